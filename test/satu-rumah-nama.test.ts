// One module for the names of kbk's files (issue 17): src/report/nama-laporan.ts. The
// names are asserted as literal text against a written run, so a change in that one place
// fails here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMonth } from '../src/core/month.js';
import { jenisDariNama } from '../src/report/jenis-laporan.js';
import { JENIS_GABUNG, namaBukuKerja, namaLaporan, namaPribadi, uraiNama } from '../src/report/nama-laporan.js';
import { FIXTURES, kbk, tmp } from './helpers.js';

const M = (s: string): number => parseMonth(s) as number;

describe('the names of kbk files', () => {
  it('each kind and month, as the files are named', () => {
    expect(namaLaporan('capaian', M('2024-06'))).toBe('capaian-2024-06.csv');
    expect(namaLaporan('kapitasi', M('2024-07'))).toBe('kapitasi-2024-07.csv');
    expect(namaLaporan('rekap-cabang', M('2024-04'))).toBe('rekap-cabang-2024-04.csv');
    expect(namaLaporan('audit-rujukan', M('2024-06'))).toBe('audit-rujukan-2024-06.csv');
    expect(namaLaporan('proyeksi', M('2024-06'))).toBe('proyeksi-2024-06.csv');
    expect(namaLaporan('banding', M('2024-07'))).toBe('banding-2024-07.csv');
    expect(namaBukuKerja(M('2024-07'))).toBe('kbk-2024-07.xlsx');
  });

  it('a name read back: kind and month for the reports gabung merges, null for any other', () => {
    expect(uraiNama('rekap-cabang-2024-05.csv')).toEqual({ jenis: 'rekap-cabang', bulan: M('2024-05') });
    expect(uraiNama('rekap-2024-07.csv')).toEqual({ jenis: 'rekap', bulan: M('2024-07') });
    expect(uraiNama('tolak-2024-04.csv')).toEqual({ jenis: 'tolak', bulan: M('2024-04') });
    for (const n of ['audit-2024-06.csv', 'kbk-2024-07.xlsx', 'capaian-2024-6.csv', 'capaian-2024-06.csv.bak', 'Capaian-2024-06.csv', 'rekap-cabangan-2024-06.csv'])
      expect(uraiNama(n), n).toBeNull();
    expect(JENIS_GABUNG).toEqual(['capaian', 'kapitasi', 'tolak', 'rekap', 'rekap-cabang', 'anomali']);
    expect(jenisDariNama('rekap-cabang-2024-05.csv')?.nama).toBe('rekap-cabang');
    expect(jenisDariNama('proyeksi-2024-06.csv')).toBeNull();
  });

  it('the reports that list people', () => {
    expect(['tolak-2024-06.csv', 'audit-2024-06.csv', 'audit-rujukan-2024-06.csv', 'jangkauan-2024-06.csv'].every(namaPribadi)).toBe(true);
    expect(['capaian-2024-06.csv', 'kapitasi-2024-07.csv', 'rekap-2024-07.csv', 'anomali-2024-06.csv', 'kbk-2024-07.xlsx'].some(namaPribadi)).toBe(false);
  });

  it('a written run has exactly these names', async () => {
    const out = join(tmp('kbk-nama-'), 'out');
    const r = await kbk(['run', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out, '--xlsx', '--format', 'rekap-cabang']);
    expect(r.code).toBe(0);
    const bulan = ['2024-04', '2024-05', '2024-06'];
    const harap = [
      ...bulan.map((b) => `anomali-${b}.csv`),
      ...bulan.map((b) => `capaian-${b}.csv`),
      'kapitasi-2024-07.csv',
      'kbk-2024-07.xlsx',
      'rekap-2024-07.csv',
      ...bulan.map((b) => `rekap-cabang-${b}.csv`),
      ...bulan.map((b) => `tolak-${b}.csv`),
      'tolak-2024-07.csv',
    ];
    expect(readdirSync(out).sort()).toEqual(harap);
    // And the module names each of them.
    const dariModul = [
      ...bulan.map((b) => namaLaporan('anomali', M(b))),
      ...bulan.map((b) => namaLaporan('capaian', M(b))),
      namaLaporan('kapitasi', M('2024-07')),
      namaBukuKerja(M('2024-07')),
      namaLaporan('rekap', M('2024-07')),
      ...bulan.map((b) => namaLaporan('rekap-cabang', M(b))),
      ...[...bulan, '2024-07'].map((b) => namaLaporan('tolak', M(b))),
    ];
    expect(dariModul).toEqual(harap);
  });
});
