// The CLI on the hand-checked fixture months: whole reports compared byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

function expectSameFiles(expectedDir: string, outDir: string): void {
  const expected = readdirSync(expectedDir).sort();
  expect(readdirSync(outDir).sort()).toEqual(expected);
  for (const f of expected) expect(readFileSync(join(outDir, f), 'utf8'), f).toBe(readFileSync(join(expectedDir, f), 'utf8'));
}

describe('kbk run on fixtures/demo (kbk-2019, 2024-07)', () => {
  it('writes exactly the hand-computed capaian and kapitasi reports', async () => {
    const out = tmp();
    const r = await kbk(['run', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out]);
    expect(r.code).toBe(0);
    expectSameFiles(join(FIXTURES, 'demo', 'expected'), out);
    // The terminal summary: the totals of the hand calculation, in the language's words and
    // number format (English here: helpers.ts sets LANG=en_US; Indonesian in pesan-laporan.test.ts).
    expect(r.out).toContain('Total paid Rp 237,244,189   cut Rp 4,809,861');
    expect(r.out).not.toMatch(/\u001b\[/); // not a TTY: no colour
    // Provisional values are announced once, on stderr.
    expect(r.err.match(/provisional or design values/g)).toHaveLength(1);
  });

  it('is byte-identical on a re-run', async () => {
    const a = tmp();
    const b = tmp();
    await kbkKode(0, ['run', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', a]);
    await kbkKode(0, ['run', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', b]);
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f))).toEqual(readFileSync(join(a, f)));
  });

  it('compute writes one month and pay writes only the payment report', async () => {
    const out = tmp();
    expect((await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['anomali-2024-06.csv', 'capaian-2024-06.csv', 'rekap-2024-06.csv', 'tolak-2024-06.csv']);
    expect(readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'demo/expected/capaian-2024-06.csv'), 'utf8'));

    const out2 = tmp();
    expect((await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out2])).code).toBe(0);
    expect(readdirSync(out2).sort()).toEqual(['kapitasi-2024-07.csv', 'rekap-2024-07.csv', 'tolak-2024-04.csv', 'tolak-2024-05.csv', 'tolak-2024-06.csv', 'tolak-2024-07.csv']);
    expect(readFileSync(join(out2, 'kapitasi-2024-07.csv'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'demo/expected/kapitasi-2024-07.csv'), 'utf8'));
  });

  it('--window rolling for 2024-08 averages 2024-05..07 and pays on 2024-07 participants (flagged)', async () => {
    const out = tmp();
    const r = await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-08', '--window', 'rolling', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).kapitasi as Record<string, unknown>[];
    const d001 = rows.find((x) => x.kode_ppk === 'D001');
    // AK (149+142+139)/3 = 143.33 → 2; RRNS (2.5+3+3.5)/3 = 3 → 2; RPPT (4+3+2)/3 = 3 → 2.
    expect(d001).toMatchObject({ bulan_penilaian: '2024-05..2024-07', rata_angka_kontak: 143.33, rata_rrns: 3, rata_rppt: 3, total_nilai: 2, persen_kapitasi: 100 });
    const p002 = rows.find((x) => x.kode_ppk === 'P002');
    // AK (140+150+150)/3 = 146.67 → 3, RRNS 4 → 1, RPPT 6 → 4: 1.2+0.5+0.4 = 2.1 → 90 %; 4000 × 90 % = 3600 = the minimum.
    expect(p002).toMatchObject({ total_nilai: 2.1, persen_kapitasi: 90, tarif_setelah_kbk: 3600, tarif_dibayar: 3600, lantai_diterapkan: 0, kapitasi_dibayar: 18000000, potongan: 2000000 });
    expect(String(p002?.catatan)).toContain('peserta dari 2024-07: peserta.csv bulan bayar tidak ada');
    expect(r.err).toContain('2024-08/peserta.csv not found; paying on the registered participants of 2024-07');
  });

  it('--average nilai averages the monthly total nilai instead', async () => {
    const r = await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--average', 'nilai', '--out', tmp(), '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).kapitasi as Record<string, unknown>[];
    // K001 monthly totals 3, 4, 2.1 → 9.1/3 = 3.0333 → 97 %; P002 1.3, 1.3, 2.5 → 1.7 → 85 %.
    expect(rows.find((x) => x.kode_ppk === 'K001')).toMatchObject({ total_nilai: 3.0333, persen_kapitasi: 97 });
    expect(rows.find((x) => x.kode_ppk === 'P002')).toMatchObject({ total_nilai: 1.7, persen_kapitasi: 85 });
  });

  it('--json keeps codes as strings and prints numbers as numbers', async () => {
    const r = await kbkKode(0, ['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-04', '--out', tmp(), '--json']);
    const rows = JSON.parse(r.out).capaian[0] as Record<string, unknown>[];
    expect(rows.find((x) => x.kode_ppk === 'K003')).toMatchObject({ angka_kontak: 145.5, rrns: 2.02, rppt: 4.94, rating_ak: 3, total_nilai: 3, bulan: '2024-04' });
    expect(rows.find((x) => x.kode_ppk === 'P005')).toMatchObject({ peserta_terdaftar: 0, angka_kontak: null, total_nilai: null });
  });
});

describe('kbk run on fixtures/perber-2018 (perber-2017, permenkes-52-2016)', () => {
  it('writes exactly the hand-computed reports', async () => {
    const out = tmp();
    const r = await kbk(['run', '--data', join(FIXTURES, 'perber-2018'), '--month', '2018-04', '--out', out]);
    expect(r.code).toBe(0);
    expectSameFiles(join(FIXTURES, 'perber-2018', 'expected'), out);
    expect(r.err).toContain('warning: 2018-01: no month folder');
  });
});

describe('terminal colour', () => {
  it('colours a TTY and respects NO_COLOR and --no-color', async () => {
    const args = ['compute', '--data', join(FIXTURES, 'perber-2018'), '--month', '2018-03', '--out', tmp()];
    expect((await kbkKode(0, args, { isTTY: true })).out).toMatch(/\u001b\[/);
    expect((await kbkKode(0, args, { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(/\u001b\[/);
    expect((await kbkKode(0, [...args, '--no-color'], { isTTY: true })).out).not.toMatch(/\u001b\[/);
  });
});

describe('order does not matter', () => {
  it('shuffled rows of every 2024-06 file give the same capaian', async () => {
    const { cpSync, writeFileSync: write } = await import('node:fs');
    const copy = join(tmp(), 'demo');
    cpSync(join(FIXTURES, 'demo'), copy, { recursive: true });
    let seed = 20240601;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const f of ['peserta.csv', 'kontak.csv', 'rujukan.csv', 'prolanis.csv']) {
      const [header, ...rows] = readFileSync(join(copy, '2024-06', f), 'utf8').trimEnd().split('\n');
      for (let i = rows.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [rows[i], rows[j]] = [rows[j] as string, rows[i] as string];
      }
      write(join(copy, '2024-06', f), [header, ...rows].join('\n') + '\n');
    }
    const out = tmp();
    expect((await kbk(['compute', '--data', copy, '--month', '2024-06', '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'demo/expected/capaian-2024-06.csv'), 'utf8'));
  });
});
