// kbk tren (issue 21, item 3): every facility in every month of a range, with the numbers of
// the hand-checked demo reports (fixtures/demo/expected); a month missing from the folder is
// said and left empty; months already in --out are read back from their reports (a doctored
// value shows through, a stale or foreign report is computed again); --ppk; the workbook read
// back by the --summary reader; the exit codes of bad ranges.
import { cpSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { arahTren } from '../src/core/tren.js';
import { rat } from '../src/core/rational.js';
import { garisTren } from '../src/report/tren.js';
import { dataDir, FIXTURES, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const baca = (path: string): Record<string, string>[] => parse(readFileSync(path, 'utf8'), { columns: true });
const KODE = ['P001', 'P002', 'P003', 'P004', 'P005', 'K001', 'K002', 'K003', 'D001', 'G001'];

/** The tren row of a facility's month. */
const sel = (rows: Record<string, string>[], kode: string, bulan: string): Record<string, string> => {
  const r = rows.filter((x) => x.kode_ppk === kode && x.bulan === bulan);
  expect(r, `${kode} ${bulan}`).toHaveLength(1);
  return r[0] as Record<string, string>;
};

/** The columns tren shares with capaian (values, ratings, total, percentage). */
const BERSAMA = ['angka_kontak', 'rating_ak', 'rrns', 'rating_rrns', 'rppt', 'rating_rppt', 'total_nilai', 'kbk_berlaku', 'persen_kapitasi', 'nama_fktp', 'jenis_fktp', 'aturan'];

describe('kbk tren on the demo', () => {
  it('every facility in every month, the numbers of the hand-checked capaian reports; 2024-03 missing and said', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2024-03', '--sampai', '2024-06', '--out', out]);
    const rows = baca(join(out, 'tren-2024-03-2024-06.csv'));
    expect(Object.keys(rows[0] ?? {})).toEqual(['kode_ppk', 'nama_fktp', 'jenis_fktp', 'bulan', 'sumber', 'aturan', 'angka_kontak', 'rating_ak', 'rrns', 'rating_rrns', 'rppt', 'rating_rppt', 'total_nilai', 'kbk_berlaku', 'persen_kapitasi']);
    // 10 facilities × 4 months, facility by facility in the capaian report's order (by code).
    expect(rows).toHaveLength(40);
    expect(rows.slice(0, 5).map((x) => `${x.kode_ppk} ${x.bulan}`)).toEqual(['D001 2024-03', 'D001 2024-04', 'D001 2024-05', 'D001 2024-06', 'G001 2024-03']);
    for (const bulan of ['2024-04', '2024-05', '2024-06']) {
      const expected = baca(join(DEMO, 'expected', `capaian-${bulan}.csv`));
      expect(expected).toHaveLength(10);
      for (const e of expected) {
        const t = sel(rows, e.kode_ppk as string, bulan);
        expect(t.sumber).toBe('hitung');
        for (const k of BERSAMA) expect(t[k], `${e.kode_ppk} ${bulan} ${k}`).toBe(e[k]);
      }
    }
    // Spot values by hand (fixtures/demo/PERHITUNGAN.md): D001's AK 150 → 149 → 142 ‰, ratings 4 → 3 → 2.
    expect(['2024-04', '2024-05', '2024-06'].map((m) => `${sel(rows, 'D001', m).angka_kontak}/${sel(rows, 'D001', m).rating_ak}`)).toEqual(['150.00/4', '149.00/3', '142.00/2']);
    // P005 had no registered participant in April: its row is there, empty.
    expect(sel(rows, 'P005', '2024-04')).toMatchObject({ sumber: 'hitung', angka_kontak: '', rating_ak: '', total_nilai: '', persen_kapitasi: '100' });
    // The missing month: every facility's row, sumber tidak_ada, nothing else.
    for (const k of KODE) {
      const t = sel(rows, k, '2024-03');
      expect(t.sumber).toBe('tidak_ada');
      for (const c of ['aturan', ...BERSAMA.filter((x) => x !== 'nama_fktp' && x !== 'jenis_fktp')]) expect(t[c], `${k} ${c}`).toBe('');
    }
    expect(r.err).toContain(`warning: 2024-03: no month folder in ${DEMO}; the month is empty in the trend (never invented)`);
    // The terminal: a line per facility and indicator, the missing month a dot.
    expect(r.out).toContain('Trend 2024-03..2024-06 (10 facilities)');
    expect(r.out).toContain('from reports: —; computed: 2024-04, 2024-05, 2024-06; missing: 2024-03');
    expect(r.out).toMatch(/D001 +dr\. Andi Wijaya +AK +·█▇▁ +150\.00‰ +142\.00‰ +· 4 3 2\n/);
  });

  it('2024-07 (no hand-checked report) equals what kbk compute writes for it', async () => {
    const out = tmp();
    const lain = tmp();
    await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2024-07', '--sampai', '2024-07', '--out', out, '-q']);
    await kbkKode(0, ['compute', '--data', DEMO, '--month', '2024-07', '--out', lain, '-q']);
    const rows = baca(join(out, 'tren-2024-07-2024-07.csv'));
    const compute = baca(join(lain, 'capaian-2024-07.csv'));
    expect(rows).toHaveLength(10);
    for (const e of compute) for (const k of BERSAMA) expect(sel(rows, e.kode_ppk as string, '2024-07')[k]).toBe(e[k]);
  });

  it('-q: nothing on stdout, the missing month still warned; --lang id words', async () => {
    const r = await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2024-03', '--sampai', '2024-04', '--out', tmp(), '-q']);
    expect(r.out).toBe('');
    expect(r.err).toContain('2024-03: no month folder');
    expect(r.err).not.toContain('reading 2024-04');
    const id = await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2024-03', '--sampai', '2024-04', '--out', tmp(), '--lang', 'id']);
    expect(id.out).toContain('Tren 2024-03..2024-04 (10 fasilitas)');
    expect(id.err).toContain('2024-03: tidak ada folder bulan');
  });

  it('--ppk keeps the facilities named, each in every month; an unknown code is 64', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2024-04', '--sampai', '2024-06', '--ppk', 'P002,D001', '--out', out]);
    const rows = baca(join(out, 'tren-2024-04-2024-06.csv'));
    // The report's order (by code), whatever the order given.
    expect(rows.map((x) => `${x.kode_ppk} ${x.bulan} ${x.angka_kontak}`)).toEqual([
      'D001 2024-04 150.00', 'D001 2024-05 149.00', 'D001 2024-06 142.00',
      'P002 2024-04 130.00', 'P002 2024-05 140.00', 'P002 2024-06 150.00',
    ]);
    expect(r.out).toContain('(2 facilities)');
    const salah = await kbkKode(64, ['tren', '--data', DEMO, '--dari', '2024-04', '--sampai', '2024-06', '--ppk', 'D009', '--out', tmp()]);
    expect(salah.err).toContain('--ppk "D009" is not in fktp.csv (it has 10 facilities, e.g. D001, G001, K001)');
  });
});

describe('months already in --out: read back, or computed again when they cannot be trusted', () => {
  /** The demo copied (its files' times under the test's control), and compute's reports of 2024-05 in `out`. */
  async function metLaporan(): Promise<{ data: string; out: string }> {
    const data = tmp();
    cpSync(DEMO, data, { recursive: true });
    const lama = new Date('2024-08-01T00:00:00Z');
    for (const f of ['fktp.csv', 'diagnosa.csv', ...['peserta', 'kontak', 'rujukan', 'prolanis'].map((x) => `2024-05/${x}.csv`)]) utimesSync(join(data, f), lama, lama);
    const out = tmp();
    await kbkKode(0, ['compute', '--data', data, '--month', '2024-05', '--out', out, '-q']);
    return { data, out };
  }

  /** D001's AK in capaian-2024-05.csv changed to 123.45 (rating left alone: only the value tells where it came from). */
  function ubahLaporan(out: string): void {
    const path = join(out, 'capaian-2024-05.csv');
    const teks = readFileSync(path, 'utf8');
    const baru = teks.replace('2024-05,D001,dr. Andi Wijaya,praktik_dokter,kbk-2019,1000,149,149.00,', '2024-05,D001,dr. Andi Wijaya,praktik_dokter,kbk-2019,1000,149,123.45,');
    expect(baru).not.toBe(teks);
    writeFileSync(path, baru);
  }

  it('a report in --out is used: its (doctored) value shows through, and the month says sumber laporan', async () => {
    const { data, out } = await metLaporan();
    ubahLaporan(out);
    const r = await kbkKode(0, ['tren', '--data', data, '--dari', '2024-04', '--sampai', '2024-06', '--out', out]);
    const rows = baca(join(out, 'tren-2024-04-2024-06.csv'));
    expect(sel(rows, 'D001', '2024-05')).toMatchObject({ sumber: 'laporan', angka_kontak: '123.45', rating_ak: '3', total_nilai: '3' });
    expect(sel(rows, 'D001', '2024-04')).toMatchObject({ sumber: 'hitung', angka_kontak: '150.00' });
    // The other facilities' values are the report's, which are compute's.
    const expected = baca(join(DEMO, 'expected', 'capaian-2024-05.csv'));
    for (const e of expected) if (e.kode_ppk !== 'D001') for (const k of BERSAMA) expect(sel(rows, e.kode_ppk as string, '2024-05')[k]).toBe(e[k]);
    expect(r.err).toContain('2024-05: taken from capaian-2024-05.csv');
    expect(r.out).toContain('from reports: 2024-05; computed: 2024-04, 2024-06; missing: —');
  });

  it('--hitung-ulang computes every month: the doctored value is gone', async () => {
    const { data, out } = await metLaporan();
    ubahLaporan(out);
    await kbkKode(0, ['tren', '--data', data, '--dari', '2024-05', '--sampai', '2024-05', '--out', out, '--hitung-ulang', '-q']);
    expect(sel(baca(join(out, 'tren-2024-05-2024-05.csv')), 'D001', '2024-05')).toMatchObject({ sumber: 'hitung', angka_kontak: '149.00' });
  });

  it('an export newer than the report: computed again, and why is said', async () => {
    const { data, out } = await metLaporan();
    ubahLaporan(out);
    const baru = new Date(Date.now() + 60_000);
    utimesSync(join(data, '2024-05', 'kontak.csv'), baru, baru);
    const r = await kbkKode(0, ['tren', '--data', data, '--dari', '2024-05', '--sampai', '2024-05', '--out', out]);
    expect(sel(baca(join(out, 'tren-2024-05-2024-05.csv')), 'D001', '2024-05')).toMatchObject({ sumber: 'hitung', angka_kontak: '149.00' });
    expect(r.err).toContain(`2024-05: computed (capaian-2024-05.csv is older than ${join(data, '2024-05', 'kontak.csv')})`);
  });

  it('a report of another rule set, or without its anomali report, is not used', async () => {
    const { data, out } = await metLaporan();
    ubahLaporan(out);
    const path = join(out, 'capaian-2024-05.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(',D001,dr. Andi Wijaya,praktik_dokter,kbk-2019,', ',D001,dr. Andi Wijaya,praktik_dokter,perber-2017,'));
    const r = await kbkKode(0, ['tren', '--data', data, '--dari', '2024-05', '--sampai', '2024-05', '--out', out]);
    expect(sel(baca(join(out, 'tren-2024-05-2024-05.csv')), 'D001', '2024-05')).toMatchObject({ sumber: 'hitung', angka_kontak: '149.00' });
    expect(r.err).toContain('2024-05: computed (capaian-2024-05.csv was computed under perber-2017, the rule set in force is kbk-2019)');
    const { data: d2, out: o2 } = await metLaporan();
    ubahLaporan(o2);
    // compute writes both; a capaian report without its anomali report is not a whole month of compute's.
    unlinkSync(join(o2, 'anomali-2024-05.csv'));
    await kbkKode(0, ['tren', '--data', d2, '--dari', '2024-05', '--sampai', '2024-05', '--out', o2, '-q']);
    expect(sel(baca(join(o2, 'tren-2024-05-2024-05.csv')), 'D001', '2024-05')).toMatchObject({ sumber: 'hitung', angka_kontak: '149.00' });
  });

  it('a report computed from a --summary workbook (rujukan_tacc empty) is not this folder\'s: computed again', async () => {
    const { data, out } = await metLaporan();
    await kbkKode(0, ['compute', '--data', data, '--summary', join(FIXTURES, 'ringkasan-demo', 'Capaian KBK (APR 24 - JUL 24).xlsx'), '--month', '2024-05', '--out', out, '-q']);
    ubahLaporan(out);
    const r = await kbkKode(0, ['tren', '--data', data, '--dari', '2024-05', '--sampai', '2024-05', '--out', out]);
    expect(sel(baca(join(out, 'tren-2024-05-2024-05.csv')), 'D001', '2024-05')).toMatchObject({ sumber: 'hitung', angka_kontak: '149.00' });
    expect(r.err).toContain('2024-05: computed (capaian-2024-05.csv was computed from --summary, not from the data folder)');
  });

  it('a damaged report in --out stops the run (65) naming file and line, as for the signals\' history', async () => {
    const { data, out } = await metLaporan();
    const path = join(out, 'capaian-2024-05.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(',D001,dr. Andi Wijaya,praktik_dokter,kbk-2019,1000,', ',D001,dr. Andi Wijaya,praktik_dokter,kbk-2019,seribu,'));
    const r = await kbkKode(65, ['tren', '--data', data, '--dari', '2024-05', '--sampai', '2024-05', '--out', out]);
    expect(r.err).toMatch(/capaian-2024-05\.csv.*peserta_terdaftar/);
  });
});

describe('the workbook (--xlsx): a sheet per indicator, and the months as the --summary reader reads them', () => {
  it('Tren AK holds facilities × months; kbk compute --summary on the workbook gives the hand-checked capaian back', async () => {
    const out = tmp();
    await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2024-03', '--sampai', '2024-06', '--out', out, '--xlsx', '-q', '--lang', 'id']);
    const path = join(out, 'tren-2024-03-2024-06.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tren AK', 'Tren RRNS', 'Tren RPPT', 'Tren Nilai', 'Tren Persen', 'Tren Sumber', '2024-04', '2024-05', '2024-06']);
    const ak = wb.getWorksheet('Tren AK') as ExcelJS.Worksheet;
    expect((ak.getRow(1).values as unknown[]).slice(1)).toEqual(['Kode PPK', 'NAMA FKTP', 'TIPE FKTP', '2024-03', '2024-04', '2024-05', '2024-06']);
    const d001 = (ak.getRow(2).values as unknown[]).slice(1);
    expect(d001).toEqual(['D001', 'dr. Andi Wijaya', 'praktik_dokter', undefined, 150, 149, 142]);
    expect(ak.rowCount).toBe(11);
    // Round trip: each month sheet read back by the summary reader gives the demo's capaian (but rujukan_tacc and catatan, which a summary cannot hold).
    for (const bulan of ['2024-04', '2024-05', '2024-06']) {
      const lagi = tmp();
      const r = await kbkKode(0, ['compute', '--data', DEMO, '--summary', path, '--month', bulan, '--out', lagi]);
      expect(r.err).not.toContain('warning');
      const tanpa = (rows: Record<string, string>[]) => rows.map(({ rujukan_tacc: _t, catatan: _c, ...rest }) => rest);
      expect(tanpa(baca(join(lagi, `capaian-${bulan}.csv`)))).toEqual(tanpa(baca(join(DEMO, 'expected', `capaian-${bulan}.csv`))));
    }
    // The missing month is no sheet, so the reader says it has no such month.
    const r = await kbkKode(66, ['compute', '--data', DEMO, '--summary', path, '--month', '2024-03', '--out', tmp()]);
    expect(r.err).toContain('has no month 2024-03 (it has 2024-04, 2024-05, 2024-06)');
  });
});

describe('bad ranges', () => {
  it('backwards, over 24 months, not a month: 64; no month of the range in the folder: 66', async () => {
    const r1 = await kbkKode(64, ['tren', '--data', DEMO, '--dari', '2024-07', '--sampai', '2024-04', '--out', tmp()]);
    expect(r1.err).toContain('--dari 2024-07 is after --sampai 2024-04: the range must run forward');
    const r2 = await kbkKode(64, ['tren', '--data', DEMO, '--dari', '2022-07', '--sampai', '2024-07', '--out', tmp()]);
    expect(r2.err).toContain('2022-07..2024-07 is 25 months; kbk tren holds at most 24 months (a tool limit, not a KBK rule): split the range');
    // 24 is allowed (and every month but the demo's four is missing).
    const r24 = await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2022-08', '--sampai', '2024-07', '--out', tmp(), '-q']);
    expect(r24.err).toContain('2022-08, 2022-09');
    const r3 = await kbkKode(64, ['tren', '--data', DEMO, '--dari', '2024-13', '--sampai', '2024-07', '--out', tmp()]);
    expect(r3.err).toContain('--dari');
    const r4 = await kbkKode(64, ['tren', '--data', DEMO, '--dari', '2024-04', '--sampai', '2024-06-30', '--out', tmp()]);
    expect(r4.err).toContain('--sampai');
    const r5 = await kbkKode(66, ['tren', '--data', DEMO, '--dari', '2024-01', '--sampai', '2024-03', '--out', tmp()]);
    expect(r5.err).toContain(`${DEMO}: not one month folder of 2024-01..2024-03`);
    await kbkKode(64, ['tren', '--data', DEMO, '--dari', '2024-04', '--out', tmp()]);
  });
});

describe('small months counted by hand', () => {
  const kartu = (i: number): string => `0009000000${String(i).padStart(3, '0')}`;
  /**
   * Two facilities, A (puskesmas) and B (praktik dokter), 20 participants each; months
   * 2024-01 and 2024-02 (2024-03 absent). A has 3 contacts in January (150 ‰), 2 in
   * February (100 ‰); B is in January only (not in February's peserta.csv: no row to
   * assess), 4 contacts (200 ‰). One referral of A's, non-specialistic (RRNS 100 %).
   */
  function bulanKecil(): string {
    const files: Record<string, string> = { 'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,dr. B,praktik_dokter,10000\n' };
    const bulan = (m: string, kontakA: number, denganB: boolean): void => {
      const peserta = [...Array.from({ length: 20 }, (_, i) => `${kartu(i + 1)},A`), ...(denganB ? Array.from({ length: 20 }, (_, i) => `${kartu(i + 21)},B`) : [])];
      const kontak = [...Array.from({ length: kontakA }, (_, i) => `${kartu(i + 1)},A,${m}-28`), ...(denganB ? Array.from({ length: 4 }, (_, i) => `${kartu(i + 21)},B,${m}-28`) : [])];
      files[`${m}/peserta.csv`] = `no_kartu,kode_ppk\n${peserta.join('\n')}\n`;
      files[`${m}/kontak.csv`] = `no_kartu,kode_ppk,tgl_kontak\n${kontak.join('\n')}\n`;
      files[`${m}/rujukan.csv`] = `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR${m},${kartu(1)},A,${m}-28,J06.9,1\n`;
      files[`${m}/prolanis.csv`] = `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${kartu(2)},A,DM,1,${m}-28,100,,\n`;
    };
    bulan('2024-01', 3, true);
    bulan('2024-02', 2, false);
    return dataDir(files);
  }

  it('each facility each month: A 150 → 100 ‰, B 200 ‰ then empty, March missing', async () => {
    const data = bulanKecil();
    const out = tmp();
    await kbkKode(0, ['tren', '--data', data, '--dari', '2024-01', '--sampai', '2024-03', '--out', out, '-q']);
    const rows = baca(join(out, 'tren-2024-01-2024-03.csv'));
    expect(rows.map((x) => [x.kode_ppk, x.bulan, x.sumber, x.angka_kontak, x.rating_ak, x.rrns, x.rating_rrns, x.rppt, x.rating_rppt].join(' '))).toEqual([
      // A: 3/20 = 150 ‰ (rating 4), 1 of 1 referral non-specialistic = 100 % (rating 1), 1 DM controlled of 1 = 100 % (rating 4).
      'A 2024-01 hitung 150.00 4 100.00 1 100.00 4',
      // 2/20 = 100 ‰ (rating 1).
      'A 2024-02 hitung 100.00 1 100.00 1 100.00 4',
      'A 2024-03 tidak_ada      ',
      // B: 4/20 = 200 ‰; no referral: RRNS 0 (the rule set's rujukanNol); no Prolanis participant: RPPT not assessed, its rating the rule set's.
      'B 2024-01 hitung 200.00 4 0.00 4  4',
      // Not in February's peserta.csv: a row with nothing assessed.
      'B 2024-02 hitung      ',
      'B 2024-03 tidak_ada      ',
    ]);
    // Total nilai by hand: A January 0.4×4 + 0.5×1 + 0.1×4 = 2.5; February 0.4×1 + 0.5 + 0.4 = 1.3; B January 4.
    expect(rows.map((x) => x.total_nilai)).toEqual(['2.5', '1.3', '', '4', '', '']);
  });
});

describe('the pieces', () => {
  it('the marks scale each series to its own lowest and highest; equal values the middle; none a dot', () => {
    expect(garisTren([rat(150), rat(149), rat(142), null])).toBe('█▇▁·');
    expect(garisTren([rat(1), rat(1)])).toBe('▄▄');
    expect(garisTren([null, null])).toBe('··');
    expect(garisTren([rat(0), rat(7), rat(1), rat(6)])).toBe('▁█▂▇');
  });

  it('the trend: the exact sign of the least-squares slope (by hand: n·Σxy − Σx·Σy)', () => {
    // x 0..3, y 150 100 150 150: 4·850 − 6·550 = 100 > 0.
    expect(arahTren([0, 1, 2, 3].map((x, i) => ({ x, y: rat([150, 100, 150, 150][i] as number) })))).toBe('naik');
    // y 150 150 100 100: 4·650 − 6·500 = −400.
    expect(arahTren([0, 1, 2, 3].map((x, i) => ({ x, y: rat([150, 150, 100, 100][i] as number) })))).toBe('turun');
    // A V: 1 0 1 → 3·2 − 3·2 = 0.
    expect(arahTren([0, 1, 2].map((x, i) => ({ x, y: rat([1, 0, 1][i] as number) })))).toBe('tetap');
    // Exact where a float would not be: thirds.
    expect(arahTren([{ x: 0, y: rat(1, 3) }, { x: 1, y: rat(1, 3) }])).toBe('tetap');
    expect(arahTren([{ x: 5, y: rat(1) }])).toBeNull();
  });
});

describe('kbk tren over a payment month that holds only peserta.csv', () => {
  it('perber-2018: 2018-03 as its hand-checked capaian, 2018-04 (peserta.csv only) empty for every facility and said, exit 0', async () => {
    const data = join(FIXTURES, 'perber-2018');
    const out = tmp();
    const r = await kbkKode(0, ['tren', '--data', data, '--dari', '2018-03', '--sampai', '2018-04', '--out', out, '--lang', 'en']);
    const rows = baca(join(out, 'tren-2018-03-2018-04.csv'));
    expect(rows).toHaveLength(8);
    const expected = baca(join(data, 'expected', 'capaian-2018-03.csv'));
    expect(expected.map((e) => e.kode_ppk)).toEqual(['PB01', 'PB02', 'PB03', 'PB04']);
    for (const e of expected) {
      const maret = sel(rows, e.kode_ppk as string, '2018-03');
      expect(maret.sumber).toBe('hitung');
      expect([maret.angka_kontak, maret.persen_kapitasi]).toEqual([e.angka_kontak, e.persen_kapitasi]);
      const april = sel(rows, e.kode_ppk as string, '2018-04');
      expect(april.sumber).toBe('tidak_ada');
      expect([april.angka_kontak, april.total_nilai, april.persen_kapitasi]).toEqual(['', '', '']);
    }
    expect(r.err).toContain('2018-04: a month folder without kontak.csv, rujukan.csv and prolanis.csv (a payment month, peserta.csv only): not assessed, empty in the trend');
  });
});
