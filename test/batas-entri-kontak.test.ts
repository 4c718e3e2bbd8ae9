// Issue 18: Perber 2/2017's entry deadline applied to kontak.csv's tgl_entri. Service month
// 2018-02: the 3rd of March 2018 was a Saturday, so the deadline moves to Monday 5 March;
// a contact entered on the 6th is not counted under perber-2017 (set aside, listed, counted in
// catatan, named by the audit); under kbk-2019 ("secara real time") it still counts.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kbk, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
const KONTAK = (bulan: string, entri: [string, string, string]) =>
  `no_kartu,kode_ppk,tgl_kontak,tgl_entri\n${c(1)},A,${bulan}-03,${entri[0]}\n${c(2)},A,${bulan}-04,${entri[1]}\n${c(3)},A,${bulan}-05,${entri[2]}\n`;

/** tinyMonth moved to `bulan` (every date in its files too), kontak.csv with entry dates. */
function bulanDengan(bulan: string, entri: [string, string, string]): string {
  const data = tinyMonth();
  renameSync(join(data, '2024-06'), join(data, bulan));
  for (const f of readdirSync(join(data, bulan))) {
    const p = join(data, bulan, f);
    writeFileSync(p, readFileSync(p, 'utf8').replaceAll('2024-06-', `${bulan}-`));
  }
  writeFileSync(join(data, bulan, 'kontak.csv'), KONTAK(bulan, entri));
  return data;
}

describe('the entry deadline (kebijakan.batasEntri)', () => {
  it('perber-2017, 2018-02: entered on Sat 3 or Mon 5 March counts, on Tue 6 March does not', async () => {
    const data = bulanDengan('2018-02', ['2018-03-03', '2018-03-05', '2018-03-06']);
    const out = tmp();
    const r = await kbk(['compute', '--data', data, '--month', '2018-02', '--out', out, '--json', '-q']);
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out).capaian[0].find((x: { kode_ppk: string }) => x.kode_ppk === 'A');
    // 2 of 10 registered participants with a counted contact: AK 200 ‰.
    expect([a.aturan, a.peserta_kontak, a.angka_kontak]).toEqual(['perber-2017', 2, 200]);
    expect(a.catatan).toContain('kontak dientri setelah batas entri=1');
    const tolak = readFileSync(join(out, 'tolak-2018-02.csv'), 'utf8');
    expect(tolak).toContain('2018-02/kontak.csv,4,entri_terlambat,"tgl_entri ""2018-03-06"" is after the entry deadline 2018-03-05 of 2018-02; set aside, not counted (see catatan)"');
    // The audit names it.
    const aud = tmp();
    expect((await kbk(['audit', '--data', data, '--month', '2018-02', '--out', aud, '-q'])).code).toBe(0);
    expect(readFileSync(join(aud, 'audit-2018-02.csv'), 'utf8')).toContain(`kontak 2018-02-05 baris 4 dientri setelah batas entri`);
  });

  it('a deadline on a working day: 3 April 2018 (Tuesday) for 2018-03; the 4th is late', async () => {
    const data = bulanDengan('2018-03', ['2018-04-02', '2018-04-03', '2018-04-04']);
    const r = await kbk(['compute', '--data', data, '--month', '2018-03', '--out', tmp(), '--json', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).capaian[0].find((x: { kode_ppk: string }) => x.kode_ppk === 'A').peserta_kontak).toBe(2);
  });

  it('kbk-2019 ("secara real time"): the same late entry still counts', async () => {
    const data = bulanDengan('2024-06', ['2024-07-01', '2024-07-03', '2024-07-20']);
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--json', '-q']);
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out).capaian[0].find((x: { kode_ppk: string }) => x.kode_ppk === 'A');
    expect([a.aturan, a.peserta_kontak]).toEqual(['kbk-2019', 3]);
    expect(a.catatan).not.toContain('batas entri');
  });
});
