// kbk rekredensialing (issue 20, item 4): for each doctor's practice (the types the rule set
// reports rather than adjusts), the months assessed, each indicator's monthly values and
// ratings, the months at each rating, the trend, the months with anomaly signals — on a
// hand-made series whose every number is counted in the comments, and on the demo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataDir, FIXTURES, kbkKode, tmp } from './helpers.js';

const baca = (path: string): Record<string, string>[] => parse(readFileSync(path, 'utf8'), { columns: true });
const kartu = (i: number): string => `0009000000${String(i).padStart(3, '0')}`;

/**
 * Four doctors' practices D1..D4 (20 participants each) and a puskesmas P, months 2024-01,
 * 02, 04, 05 (03 absent). Contacts per month (AK = contacts / 20 × 1000 ‰):
 *   D1: 3 2 – 3 3  → 150 100 – 150 150 ‰ → ratings 4 1 – 4 4
 *   D2: 3 3 – 2 2  → 150 150 – 100 100 ‰ → ratings 4 4 – 1 1
 *   D3: 3 3 – 0 3  → 150 150 –   0 150 ‰ → ratings 4 4 – 1 4 (April: no row at all: signal tanpa_data)
 *   D4: 3 – – 3 3  → 150 (not in February's peserta.csv) – 150 150 ‰ → ratings 4 · – 4 4
 * No referral and no Prolanis participant for any D: RRNS 0 % (rujukanNol) and RPPT not
 * assessed, both at the rule set's rating 4 every month assessed.
 */
function praktik(): string {
  const files: Record<string, string> = {
    'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nD1,dr. Satu,praktik_dokter,10000\nD2,dr. Dua,praktik_dokter,10000\nD3,dr. Tiga,praktik_dokter,10000\nD4,dr. Empat,praktik_dokter,10000\nP,Puskesmas P,puskesmas,6000\n',
  };
  const kontak: Record<string, Record<string, number | null>> = {
    '2024-01': { D1: 3, D2: 3, D3: 3, D4: 3 },
    '2024-02': { D1: 2, D2: 3, D3: 3, D4: null },
    '2024-04': { D1: 3, D2: 2, D3: 0, D4: 3 },
    '2024-05': { D1: 3, D2: 2, D3: 3, D4: 3 },
  };
  for (const [m, per] of Object.entries(kontak)) {
    const peserta: string[] = Array.from({ length: 20 }, (_, i) => `${kartu(i + 1)},P`);
    const rows: string[] = [`${kartu(1)},P,${m}-28`];
    ['D1', 'D2', 'D3', 'D4'].forEach((d, k) => {
      const n = per[d];
      if (n === null || n === undefined) return;
      const awal = 21 + k * 20;
      for (let i = 0; i < 20; i++) peserta.push(`${kartu(awal + i)},${d}`);
      for (let i = 0; i < n; i++) rows.push(`${kartu(awal + i)},${d},${m}-28`);
    });
    files[`${m}/peserta.csv`] = `no_kartu,kode_ppk\n${peserta.join('\n')}\n`;
    files[`${m}/kontak.csv`] = `no_kartu,kode_ppk,tgl_kontak\n${rows.join('\n')}\n`;
    files[`${m}/rujukan.csv`] = `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR${m},${kartu(1)},P,${m}-28,J06.9,1\n`;
    files[`${m}/prolanis.csv`] = `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${kartu(2)},P,DM,1,${m}-28,100,,\n`;
  }
  return dataDir(files);
}

describe('kbk rekredensialing on a hand-made series', () => {
  it('months assessed, values and ratings per month, months per rating, the trend, the signals', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['rekredensialing', '--data', praktik(), '--sampai', '2024-05', '--bulan', '5', '--out', out]);
    const rows = baca(join(out, 'rekredensialing-2024-05.csv'));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'kode_ppk', 'nama_fktp', 'jenis_fktp', 'seri', 'bulan_dinilai',
      'nilai_2024-01', 'rating_2024-01', 'nilai_2024-02', 'rating_2024-02', 'nilai_2024-03', 'rating_2024-03', 'nilai_2024-04', 'rating_2024-04', 'nilai_2024-05', 'rating_2024-05',
      'bulan_rating_4', 'bulan_rating_3', 'bulan_rating_2', 'bulan_rating_1', 'tren', 'kinerja', 'bulan_sinyal',
    ]);
    // The puskesmas is not a doctor's practice: 4 practices × (3 indicators + total).
    expect(rows).toHaveLength(16);
    expect(rows.some((x) => x.kode_ppk === 'P')).toBe(false);
    const ak = (kode: string): Record<string, string> => rows.find((x) => x.kode_ppk === kode && x.seri === 'ak') as Record<string, string>;
    const nilai = (x: Record<string, string>): string => ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'].map((m) => `${x[`nilai_${m}`] || '-'}/${x[`rating_${m}`] || '-'}`).join(' ');
    const per = (x: Record<string, string>): string => [4, 3, 2, 1].map((n) => x[`bulan_rating_${n}`]).join(' ');
    // D1: x = months 0 1 3 4, y 150 100 150 150: n·Σxy − Σx·Σy = 4·1150 − 8·550 = 200 > 0: naik; AK higher is better: membaik.
    expect(ak('D1')).toMatchObject({ bulan_dinilai: '4', tren: 'naik', kinerja: 'membaik', bulan_sinyal: '' });
    expect(nilai(ak('D1'))).toBe('150.00/4 100.00/1 -/- 150.00/4 150.00/4');
    expect(per(ak('D1'))).toBe('3 0 0 1');
    // D2: y 150 150 100 100: 4·850 − 8·550 = −1000: turun, memburuk.
    expect(ak('D2')).toMatchObject({ bulan_dinilai: '4', tren: 'turun', kinerja: 'memburuk' });
    expect(per(ak('D2'))).toBe('2 0 0 2');
    // D3: y 150 150 0 150: 4·750 − 8·450 = −600: turun; April's empty export is a signal.
    expect(ak('D3')).toMatchObject({ bulan_dinilai: '4', tren: 'turun', kinerja: 'memburuk', bulan_sinyal: '2024-04: tanpa_data' });
    expect(nilai(ak('D3'))).toBe('150.00/4 150.00/4 -/- 0.00/1 150.00/4');
    expect(per(ak('D3'))).toBe('3 0 0 1');
    // D4: not in February's peserta.csv: 3 months assessed, all 150: tetap.
    expect(ak('D4')).toMatchObject({ bulan_dinilai: '3', tren: 'tetap', kinerja: 'tetap' });
    expect(nilai(ak('D4'))).toBe('150.00/4 -/- -/- 150.00/4 150.00/4');
    expect(per(ak('D4'))).toBe('3 0 0 0');
    // RRNS: no referral, 0 % and rating 4 every month assessed: flat.
    const rrns = rows.find((x) => x.kode_ppk === 'D1' && x.seri === 'rrns') as Record<string, string>;
    expect(nilai(rrns)).toBe('0.00/4 0.00/4 -/- 0.00/4 0.00/4');
    expect(rrns).toMatchObject({ tren: 'tetap', kinerja: 'tetap' });
    // RPPT not assessed (no participant): no value, the rule set's rating 4; no trend without values.
    const rppt = rows.find((x) => x.kode_ppk === 'D1' && x.seri === 'rppt') as Record<string, string>;
    expect(nilai(rppt)).toBe('-/4 -/4 -/- -/4 -/4');
    expect(per(rppt)).toBe('4 0 0 0');
    expect(rppt).toMatchObject({ tren: '', kinerja: '' });
    // Total nilai = 0.4·AK rating + 0.5·4 + 0.1·4: 4 with AK 4, 2.8 with AK 1. D1: 4 2.8 – 4 4: naik.
    const total = rows.find((x) => x.kode_ppk === 'D1' && x.seri === 'total_nilai') as Record<string, string>;
    expect(nilai(total)).toBe('4/- 2.8/- -/- 4/- 4/-');
    expect(per(total)).toBe('   ');
    expect(total).toMatchObject({ tren: 'naik', kinerja: 'membaik' });
    // The terminal: the meeting's table.
    expect(r.out).toContain("Re-credentialing of doctors' practices 2024-01..2024-05 (4 practices)");
    expect(r.out).toMatch(/D3 +dr\. Tiga +AK +4\/5 +██·▁█ +4 4 · 1 4 +4:3 3:0 2:0 1:1 +down \(worse\)\n/);
    expect(r.out).toContain('Months with signals: 2024-04: tanpa_data');
    expect(r.err).toContain('warning: 2024-03: no month folder');
  });

  it('months already computed into --out are read back, their signals from anomali-YYYY-MM.csv', async () => {
    const data = praktik();
    const out = tmp();
    await kbkKode(0, ['compute', '--data', data, '--month', '2024-04', '--out', out, '-q']);
    expect(readFileSync(join(out, 'anomali-2024-04.csv'), 'utf8')).toContain('D3,tanpa_data,');
    const r = await kbkKode(0, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--bulan', '5', '--out', out]);
    expect(r.err).toContain('2024-04: taken from capaian-2024-04.csv');
    const rows = baca(join(out, 'rekredensialing-2024-05.csv'));
    const d3 = rows.find((x) => x.kode_ppk === 'D3' && x.seri === 'ak') as Record<string, string>;
    expect(d3).toMatchObject({ 'nilai_2024-04': '0.00', 'rating_2024-04': '1', tren: 'turun', bulan_sinyal: '2024-04: tanpa_data' });
  });

  it('--jumlah-bulan and --bulan are the same number of months; a month given to --bulan, 0, 25 or two that differ: 64', async () => {
    const data = praktik();
    const a = tmp();
    const b = tmp();
    await kbkKode(0, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--jumlah-bulan', '2', '--out', a, '-q']);
    await kbkKode(0, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--bulan', '2', '--out', b, '-q']);
    const isi = readFileSync(join(a, 'rekredensialing-2024-05.csv'), 'utf8');
    expect(readFileSync(join(b, 'rekredensialing-2024-05.csv'), 'utf8')).toBe(isi);
    expect(isi.split('\n')[0]).toContain('nilai_2024-04,rating_2024-04,nilai_2024-05,rating_2024-05,bulan_rating_4');
    expect((await kbkKode(64, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--bulan', '2024-05', '--out', tmp()])).err).toContain(
      '--bulan "2024-05": expected a number of months 1–24 (the last month is --sampai YYYY-MM)',
    );
    await kbkKode(64, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--jumlah-bulan', '0', '--out', tmp()]);
    await kbkKode(64, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--jumlah-bulan', '25', '--out', tmp()]);
    expect((await kbkKode(64, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--jumlah-bulan', '3', '--bulan', '4', '--out', tmp()])).err).toContain('--jumlah-bulan 3 and --bulan 4 differ');
    // 12 months by default: 2023-06..2024-05, the missing ones named once.
    const r = await kbkKode(0, ['rekredensialing', '--data', data, '--sampai', '2024-05', '--out', tmp(), '-q']);
    expect(r.err).toContain('warning: 2023-06, 2023-07, 2023-08, 2023-09, 2023-10, 2023-11, 2023-12, 2024-03: no month folder');
  });
});

describe('kbk rekredensialing on the demo', () => {
  it('D001 over 2024-04..07: AK 150 149 142 139 ‰, one month at each rating, falling', async () => {
    const out = tmp();
    await kbkKode(0, ['rekredensialing', '--data', join(FIXTURES, 'demo'), '--sampai', '2024-07', '--bulan', '4', '--out', out, '-q']);
    const rows = baca(join(out, 'rekredensialing-2024-07.csv'));
    expect(rows.map((x) => x.kode_ppk + ' ' + x.seri)).toEqual(['D001 ak', 'D001 rrns', 'D001 rppt', 'D001 total_nilai']);
    const [ak, rrns] = rows as [Record<string, string>, Record<string, string>];
    // fixtures/demo/expected and PERHITUNGAN.md: 150.00 (4), 149.00 (3), 142.00 (2); July 139/1000 = 139.00 (1).
    expect([ak['nilai_2024-04'], ak['nilai_2024-05'], ak['nilai_2024-06'], ak['nilai_2024-07']]).toEqual(['150.00', '149.00', '142.00', '139.00']);
    expect(ak).toMatchObject({ bulan_dinilai: '4', bulan_rating_4: '1', bulan_rating_3: '1', bulan_rating_2: '1', bulan_rating_1: '1', tren: 'turun', kinerja: 'memburuk' });
    // RRNS rose 2.00 → 3.50 %: naik, and for RRNS higher is worse.
    expect(rrns).toMatchObject({ tren: 'naik', kinerja: 'memburuk' });
  });
});
