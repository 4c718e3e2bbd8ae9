// Issue 18: a regional agreement is a derived rule set: its base, its own id, period and
// source, and only the values it changes, each with its own provenance.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tmp } from './helpers.js';

const SUMBER = 'Kesepakatan KC Contoh dan Asosiasi FKTP 2024';
const band = (rating: number, bawah: [string, boolean] | null, atas: [string, boolean] | null) => ({
  rating,
  ...(bawah ? { bawah: { nilai: bawah[0], inklusif: bawah[1] } } : {}),
  ...(atas ? { atas: { nilai: atas[0], inklusif: atas[1] } } : {}),
  status: 'provisional',
  sumber: SUMBER,
});
function turunan(ubah: Record<string, unknown>, over: Record<string, unknown> = {}): string {
  const file = join(tmp(), 'kc.json');
  writeFileSync(
    file,
    JSON.stringify({
      schema: 'kbk-rules/2',
      id: 'kc-contoh-2024',
      nama: 'Kesepakatan KC Contoh 2024',
      dasar: 'kbk-2019',
      berlaku: { dari: '2024-01', sampai: '2024-12', status: 'provisional', sumber: SUMBER },
      ubah,
      ...over,
    }),
  );
  return file;
}
// RRNS rating 4 up to 4 % instead of 2 %: K001 (97 % under kbk-2019, PERHITUNGAN.md) reaches 100 %.
const RRNS = {
  indikator: { rrns: { band: [band(4, null, ['4', true]), band(3, ['4', false], ['4.5', true]), band(2, ['4.5', false], ['5', true]), band(1, ['5', false], null)] } },
};

describe('a derived rule set', () => {
  it('is the base with the agreement\'s values, validated as a whole, and shows which values came from the agreement', async () => {
    const file = turunan(RRNS);
    expect((await kbk(['rules', 'validate', file])).code).toBe(0);
    const r = await kbk(['rules', 'show', file]);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('kc-contoh-2024: Kesepakatan KC Contoh 2024');
    expect(lines[1]).toBe('derived from kbk-2019: values marked * come from the agreement, the rest from kbk-2019');
    expect(lines.filter((l) => l.startsWith('* ')).map((l) => l.split(/\s{2,}/)[0])).toEqual(['* berlaku', '* rrns.rating 4', '* rrns.rating 3', '* rrns.rating 2', '* rrns.rating 1']);
    // Everything else is kbk-2019's, with kbk-2019's provenance.
    expect(lines.find((l) => l.startsWith('ak.rating 4'))).toContain('Secondary sources citing Peraturan BPJS Kesehatan No. 7 Tahun 2019');
  });

  it('banding compares it with its base by default', async () => {
    const out = tmp();
    const r = await kbk(['banding', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--rules', turunan(RRNS), '--out', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/A = kc-contoh-2024\/standar\/permenkes-3-2023, B = kbk-2019\/standar\/permenkes-3-2023/);
    const k001 = readFileSync(join(out, 'banding-2024-07.csv'), 'utf8').split('\n').find((l) => l.startsWith('2024-07,K001,')) as string;
    // A: 5,001 × 12,050 (100 %) = 60,262,050; B: Rp 58,454,189 as in PERHITUNGAN.md.
    expect(k001.split(',').slice(5)).toEqual(['4', '100', '60262050', 'kbk-2019/standar/permenkes-3-2023', '3', '97', '58454189', '-1807861']);
  });

  it('refuses a value without its own provenance, a path the base lacks, an unknown base, and a result that breaks the whole', async () => {
    const salah = async (file: string) => {
      const r = await kbk(['rules', 'validate', file]);
      return [r.code, r.err.trim()];
    };
    expect(await salah(turunan({ kelayakan: { minPeserta: { nilai: 4000 } } }))).toEqual([65, expect.stringContaining('ubah.kelayakan.minPeserta: a changed value must bring its own status and source')]);
    expect(await salah(turunan({ kelayakan: { minPesrta: { nilai: 4000, status: 'provisional', sumber: SUMBER } } }))).toEqual([65, expect.stringContaining('ubah.kelayakan.minPesrta: not in the base rule set')]);
    expect(await salah(turunan({ indikator: { akk: {} } }))).toEqual([65, expect.stringContaining('ubah.indikator.akk: the base has no such indicator (it has: ak, rrns, rppt)')]);
    expect(await salah(turunan(RRNS, { dasar: 'kbk-2030' }))).toEqual([65, expect.stringContaining('dasar: unknown rule set "kbk-2030"')]);
    // A gap between bands is found in the merged result, as in any rule file.
    const celah = { indikator: { rrns: { band: [band(4, null, ['2', true]), band(3, ['3', false], null)] } } };
    const r = await kbk(['rules', 'validate', turunan(celah)]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('indikator[1].band');
  });
});
