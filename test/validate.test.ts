// kbk validate: every file read and summarised, nothing computed; exit 0 clean, 65 when a
// file fails, 66 when one is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tinyMonth, tmp } from './helpers.js';

/** Data rows of a CSV counted without kbk: non-empty lines after the header (the demo has no quoted line breaks). */
const dataRows = (path: string): number => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').length - 1;
const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;

describe('kbk validate', () => {
  it('summarises every file of fixtures/demo and exits 0', async () => {
    const demo = join(FIXTURES, 'demo');
    const r = await kbk(['validate', '--data', demo]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    const files = ['fktp.csv', 'diagnosa.csv', ...['2024-04', '2024-05', '2024-06', '2024-07'].flatMap((m) => ['peserta', 'kontak', 'rujukan', 'prolanis'].map((f) => `${m}/${f}.csv`))];
    const total = files.reduce((a, f) => a + dataRows(join(demo, f)), 0);
    expect(lines.at(-1)).toBe(`18 files, ${total.toLocaleString('en-US')} rows, 4 in the rejects, 0 failing`);
    const kontak = lines.find((l) => l.startsWith('2024-06/kontak.csv')) as string;
    expect(kontak.split(/\s{2,}/)).toEqual(['2024-06/kontak.csv', dataRows(join(demo, '2024-06/kontak.csv')).toLocaleString('en-US'), '3', '10', '2024-05-15..2024-07-01', 'comma, utf-8, dates yyyy-mm-dd (guessed from line 2)']);
    expect(lines[lines.indexOf(kontak) + 1]).toBe('    tgl_kontak: outside the month: 3');
    expect(lines).toContain('data quality 2024-06: kontak peserta tidak terdaftar=4, kontak di luar bulan=3, rujukan duplikat=1, rujukan di luar bulan=1, prolanis peserta tidak terdaftar=1, pengukuran di luar bulan=1');
  });

  it('reads on past a failing file, reports each failure, and exits 65', async () => {
    const data = tinyMonth({
      'kontak.csv': `no_kartu,kode_ppk,tanggal\n${c(1)},A,2024-06-01\n`,
      'rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,${c(1)},A,2024-06-03,J06.9,1\nR2,123,A,2024-06-03,N18.5,0\n`,
    });
    const out = tmp();
    const r = await kbk(['validate', '--data', data, '--month', '2024-06', '--out', out]);
    expect(r.code).toBe(65);
    expect(r.out).toContain(
      '    FAILS: 2024-06/kontak.csv:1: missing required column tgl_kontak (accepted: tgl_kontak, tgldaftar, tgl_kunjungan, tgl_pelayanan, tglkunjungan, tglpelayanan); the header has "tanggal" (column 3), close to tgl_kontak: is it misspelt?; header is: no_kartu, kode_ppk, tanggal\n',
    );
    expect(r.out).toContain('    no_kartu: leading zeros lost: 1\n    FAILS: 2024-06/rujukan.csv: 1 of 2 rows rejected (50.00%, above --max-reject-rate 1.00%); first: line 3 column no_kartu:');
    expect(r.out).toMatch(/\n2024-06\/prolanis\.csv +4 +0 +1 +2024-06-10\.\.2024-06-10 /);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('5 files, 17 rows, 1 in the rejects, 2 failing'); // no diagnosa.csv; kontak.csv stopped at its header
    expect(r.err).toBe('kbk: error: 2 of 5 files fail: 2024-06/kontak.csv, 2024-06/rujukan.csv\n');
    // Nothing computed; the rejects only, because --out was given.
    expect(readdirSync(out)).toEqual(['tolak-2024-06.csv']);
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8')).toContain('2024-06/rujukan.csv,3,kartu_nol_hilang,"no_kartu ""123"" has 3 digits, not 13');
  });

  it('writes the rejects with --out, and nothing without', async () => {
    const cwd = tmp();
    const r = await kbk(['validate', '--data', tinyMonth(), '--out', join(cwd, 'x')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'x'))).toEqual(['tolak-2024-06.csv']);
    const quiet = await kbk(['validate', '--data', tinyMonth(), '--json']);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.out).files.map((f: { label: string; rows: number }) => `${f.label}=${f.rows}`)).toEqual([
      'fktp.csv=1', '2024-06/peserta.csv=10', '2024-06/kontak.csv=3', '2024-06/rujukan.csv=4', '2024-06/prolanis.csv=4',
    ]);
    expect(existsSync('tolak-2024-06.csv')).toBe(false);
  });

  it('a missing file is exit 66, the other files are still read', async () => {
    const r = await kbk(['validate', '--data', tinyMonth({ 'rujukan.csv': null })]);
    expect(r.code).toBe(66);
    expect(r.out).toMatch(/\n    FAILS: 2024-06\/rujukan\.csv: file not found \(looked for .*\)\n/);
    expect(r.out).toMatch(/\n2024-06\/prolanis\.csv +4 /);
  });

  it('a month with no folder is exit 66', async () => {
    const data = tinyMonth();
    const r = await kbk(['validate', '--data', data, '--month', '2024-05']);
    expect([r.code, r.err]).toEqual([66, `kbk: error: ${join(data, '2024-05')}: month folder is missing; expected peserta.csv, kontak.csv, rujukan.csv, prolanis.csv inside it\n`]);
  });
});
