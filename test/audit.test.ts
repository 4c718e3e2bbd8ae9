// kbk audit: the per-record lists add up to capaian on every fixture month, and a small
// month counted by hand gives exactly the rows written below.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/app/audit.js';
import type { OpsiJob } from '../src/app/jobs.js';
import { parseMonth } from '../src/core/month.js';
import { csvBaris } from '../src/report/tulis-csv.js';
import { csvText } from '../src/report/tulis-csv.js';
import { isiTeks, tulisSet, type FileLaporan } from '../src/report/write.js';
import { dataDir, FIXTURES, kbk, tinyMonth, tmp } from './helpers.js';

const baca = (dir: string, file: string): Record<string, string>[] => parse(readFileSync(join(dir, file), 'utf8'), { columns: true });
const header = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8').split('\n')[0] as string;
const teks = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

const KOLOM_2019 = ['peserta_terdaftar', 'peserta_kontak', 'dm_terdaftar', 'dm_terkendali', 'ht_terdaftar', 'ht_terkendali'];
const KOLOM_PERBER = ['peserta_terdaftar', 'peserta_kontak', 'prolanis_terdaftar', 'prolanis_berkunjung'];
const KOLOM_RUJUKAN = ['rujukan_total', 'rujukan_non_spesialistik', 'rujukan_tacc'];

/**
 * Runs compute and audit on the same month and checks, facility by facility, that the
 * audit's 0/1 columns add up to capaian's counts and its referral rows to capaian's
 * referral counts; and that the rows are in kode_ppk, no_kartu order, each pair once.
 */
async function cocokkan(data: string, bulan: string, kolom: string[], args: string[] = []): Promise<void> {
  const outC = tmp();
  const outA = tmp();
  const c = await kbk(['compute', '--data', data, '--month', bulan, '--out', outC, ...args]);
  expect(c.code, c.err).toBe(0);
  const a = await kbk(['audit', '--data', data, '--month', bulan, '--out', outA, ...args]);
  expect(a.code, a.err).toBe(0);
  expect(header(outA, `audit-${bulan}.csv`)).toBe(['kode_ppk', 'no_kartu', ...kolom, 'alasan'].join(','));
  const capaian = baca(outC, `capaian-${bulan}.csv`);
  const rows = baca(outA, `audit-${bulan}.csv`);
  const rujukan = baca(outA, `audit-rujukan-${bulan}.csv`);
  expect(capaian.length).toBeGreaterThan(0);
  // Per facility, the columns summed; against capaian's counts, every facility and count at once.
  const jumlah = (rs: Record<string, string>[], ks: string[]): Map<string, Record<string, number>> => {
    const m = new Map<string, Record<string, number>>();
    for (const r of rs) {
      const j = m.get(r.kode_ppk as string) ?? Object.fromEntries(ks.map((k) => [k, 0]));
      for (const k of ks) j[k] = (j[k] as number) + Number(r[k]);
      m.set(r.kode_ppk as string, j);
    }
    return m;
  };
  const perPeserta = jumlah(rows, kolom);
  const perRujukan = jumlah(rujukan, KOLOM_RUJUKAN);
  const nol = (ks: string[]): Record<string, number> => Object.fromEntries(ks.map((k) => [k, 0]));
  expect(capaian.map((cap) => ({ kode: cap.kode_ppk, ...(perPeserta.get(cap.kode_ppk as string) ?? nol(kolom)), ...(perRujukan.get(cap.kode_ppk as string) ?? nol(KOLOM_RUJUKAN)) }))).toEqual(
    capaian.map((cap) => ({ kode: cap.kode_ppk, ...Object.fromEntries([...kolom, ...KOLOM_RUJUKAN].map((k) => [k, Number(cap[k])])) })),
  );
  // A code capaian does not have (a rejected row's, as written) counts nothing.
  const lain = [...perPeserta].filter(([k]) => !capaian.some((cap) => cap.kode_ppk === k));
  expect(lain.filter(([, j]) => kolom.some((k) => j[k] !== 0))).toEqual([]);
  expect(rows.filter((r) => kolom.some((k) => r[k] !== '0' && r[k] !== '1') || r.alasan === '')).toEqual([]);
  // Order: facility, then card; every pair once.
  const tidakUrut = rows.flatMap((q, i) => {
    const p = rows[i - 1];
    return p === undefined || p.kode_ppk < (q.kode_ppk as string) || (p.kode_ppk === q.kode_ppk && (p.no_kartu as string) < (q.no_kartu as string)) ? [] : [i + 2];
  });
  expect(tidakUrut).toEqual([]);
  // audit-rujukan lists every referral row in file order.
  const baris = rujukan.map((r) => Number(r.baris));
  expect(baris).toEqual([...baris].sort((x, y) => x - y));
}

describe('kbk audit adds up to capaian, every facility and count', () => {
  for (const bulan of ['2024-04', '2024-05', '2024-06'])
    it(`fixtures/demo ${bulan}`, async () => cocokkan(join(FIXTURES, 'demo'), bulan, KOLOM_2019));
  it('fixtures/perber-2018 2018-03 (perber-2017: RPPB columns)', async () => cocokkan(join(FIXTURES, 'perber-2018'), '2018-03', KOLOM_PERBER));
  it('the tiny month', async () => cocokkan(tinyMonth(), '2024-06', KOLOM_2019));
  it('the tiny month under the ketat clinical profile', async () => cocokkan(tinyMonth(), '2024-06', KOLOM_2019, ['--profil-klinis', 'ketat']));
  it('the hand-counted month below, with its rejected rows', async () => cocokkan(kasus(), '2024-06', KOLOM_2019, ['--max-reject-rate', '100']));
});

/** Card i of the hand-counted month. */
const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;

/**
 * A month counted by hand. Facility A: c1 (two contacts, the earlier counts), c2 (contact
 * and HT measurement outside the month), c3 (its contact rejected), c4 inactive, c5 active
 * at A and B, c6 registered at B with a contact and a Prolanis row at A, c7/c8 DM controlled
 * and not, c9 DM not measured and HT not controlled, c10 HT diagnosed only, c12 nowhere
 * registered (three contacts); c11 registered at an unknown facility X (rejected); c1 also has
 * an inactive row at A.
 */
function kasus(): string {
  return dataDir({
    'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Puskesmas B,puskesmas,6000\n',
    'diagnosa.csv': 'kode_diagnosa,non_spesialistik\nK29,1\nJ06.9,1\nN18.5,0\n',
    '2024-06/peserta.csv':
      'no_kartu,kode_ppk,status\n' +
      [`${c(1)},A,aktif`, `${c(2)},A,aktif`, `${c(3)},A,aktif`, `${c(4)},A,tidak aktif`, `${c(5)},A,aktif`, `${c(5)},B,aktif`, `${c(6)},B,aktif`, `${c(7)},A,aktif`, `${c(8)},A,aktif`, `${c(9)},A,aktif`, `${c(10)},A,aktif`, `${c(11)},X,aktif`, `${c(1)},A,tidak aktif`].join('\n') +
      '\n',
    '2024-06/kontak.csv':
      'no_kartu,kode_ppk,tgl_kontak\n' +
      [`${c(1)},A,2024-06-03`, `${c(1)},A,2024-06-02`, `${c(2)},A,2024-05-30`, `${c(6)},A,2024-06-04`, `${c(12)},A,2024-06-05`, `${c(4)},A,2024-06-06`, `${c(5)},A,2024-06-07`, `${c(3)},A,2024-13-01`, `${c(9)},A,2024-06-10`, `${c(12)},A,2024-06-06`, `${c(12)},A,2024-06-07`].join('\n') +
      '\n',
    '2024-06/rujukan.csv':
      'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,kd_tacc,non_spesialistik\n' +
      [
        `R1,${c(1)},A,2024-06-03,K29,,1`,
        `R1,${c(1)},A,2024-06-03,K29,,1`,
        `R2,${c(2)},A,2024-06-03,N18.5,3,0`,
        `R3,${c(3)},A,2024-06-03,J06.9,,`,
        `R4,${c(6)},B,2024-05-20,N18.5,,0`,
        `R5,${c(6)},B,2024-06-20,N18.5,,0`,
        `R6,${c(7)},A,2024-06-05,N18.5,9,0`,
      ].join('\n') +
      '\n',
    '2024-06/prolanis.csv':
      'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n' +
      [
        `${c(7)},A,DM,1,2024-06-10,100,,`,
        `${c(8)},A,DM,1,2024-06-10,200,,`,
        `${c(9)},A,HT,1,2024-06-10,,150,95`,
        `${c(9)},A,DM,1,,,,`,
        `${c(10)},A,HT,0,2024-06-11,,120,80`,
        `${c(6)},A,DM,1,2024-06-10,110,,`,
        `${c(2)},A,HT,1,2024-05-28,,130,85`,
      ].join('\n') +
      '\n',
  });
}

describe('kbk audit on a month counted by hand', () => {
  it('audit-2024-06.csv: every pair the exports touch, with its reason', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', kasus(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100']);
    expect(r.code, r.err).toBe(0);
    expect(teks(out, 'audit-2024-06.csv')).toBe(
      [
        'kode_ppk,no_kartu,peserta_terdaftar,peserta_kontak,dm_terdaftar,dm_terkendali,ht_terdaftar,ht_terkendali,alasan',
        `A,${c(1)},1,1,0,0,0,0,"kontak 2024-06-02 baris 3; peserta.csv baris 14 tidak aktif, baris lain aktif"`,
        `A,${c(2)},1,0,0,0,1,0,tidak ada kontak bulan ini; HT: tidak diukur bulan ini; kontak 2024-05-30 baris 4 di luar bulan; pemeriksaan Prolanis 2024-05-28 baris 8 di luar bulan`,
        `A,${c(3)},1,0,0,0,0,0,tidak ada kontak bulan ini; kontak.csv baris 9 ditolak (tgl_kontak: not a date)`,
        `A,${c(4)},0,0,0,0,0,0,tidak aktif (peserta.csv baris 5); kontak 2024-06-06 baris 7 tidak dihitung`,
        `A,${c(5)},0,0,0,0,0,0,aktif di dua fasilitas: A dan B; tidak dihitung di keduanya; kontak 2024-06-07 baris 8 tidak dihitung`,
        `A,${c(6)},0,0,0,0,0,0,tidak terdaftar di fasilitas ini; terdaftar di B; kontak 2024-06-04 baris 5 tidak dihitung; prolanis.csv baris 7 tidak dihitung`,
        `A,${c(7)},1,0,1,1,0,0,"tidak ada kontak bulan ini; DM: GDP 100 (2024-06-10, baris 2) terkendali"`,
        `A,${c(8)},1,0,1,0,0,0,"tidak ada kontak bulan ini; DM: GDP 200 (2024-06-10, baris 3) tidak terkendali"`,
        `A,${c(9)},1,1,1,0,1,0,"kontak 2024-06-10 baris 10; DM: tidak diukur bulan ini; HT: 150/95 (2024-06-10, baris 4) tidak terkendali"`,
        `A,${c(10)},1,0,0,0,1,0,"tidak ada kontak bulan ini; HT (bukan peserta Prolanis): 120/80 (2024-06-11, baris 6) terkendali"`,
        `A,${c(12)},0,0,0,0,0,0,tidak terdaftar aktif di fasilitas mana pun; kontak 2024-06-05 baris 6 tidak dihitung (+2 lainnya)`,
        `B,${c(5)},0,0,0,0,0,0,aktif di dua fasilitas: A dan B; tidak dihitung di keduanya`,
        `B,${c(6)},1,0,0,0,0,0,tidak ada kontak bulan ini`,
        `X,${c(11)},0,0,0,0,0,0,peserta.csv baris 13 ditolak (kode_ppk: unknown facility)`,
        '',
      ].join('\n'),
    );
  });

  it('audit-rujukan-2024-06.csv: counted, TACC, non-specialistic from the row or diagnosa.csv, duplicate, outside the month, rejected', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', kasus(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100']);
    expect(r.code, r.err).toBe(0);
    expect(teks(out, 'audit-rujukan-2024-06.csv')).toBe(
      [
        'kode_ppk,no_rujukan,no_kartu,baris,rujukan_total,rujukan_non_spesialistik,rujukan_tacc,alasan',
        `A,R1,${c(1)},2,1,1,0,dihitung; non-spesialistik menurut kolom non_spesialistik`,
        `A,R1,${c(1)},3,0,0,0,duplikat no_rujukan dari baris 2`,
        `A,R2,${c(2)},4,1,0,1,dihitung; TACC (kd_tacc 3 Complication): tidak dihitung non-spesialistik`,
        `A,R3,${c(3)},5,1,1,0,dihitung; non-spesialistik menurut diagnosa.csv (J06.9)`,
        `B,R4,${c(6)},6,0,0,0,tgl_rujukan 2024-05-20 di luar bulan`,
        `B,R5,${c(6)},7,1,0,0,dihitung; spesialistik menurut kolom non_spesialistik`,
        `A,R6,${c(7)},8,0,0,0,ditolak (kd_tacc: not a TACC code)`,
        '',
      ].join('\n'),
    );
    // The rows the audit calls rejected are in the month's rejects, at the same lines.
    const tolak = baca(out, 'tolak-2024-06.csv').map((t) => `${t.file}:${t.baris}`);
    expect(tolak).toEqual(expect.arrayContaining(['2024-06/peserta.csv:13', '2024-06/kontak.csv:9', '2024-06/rujukan.csv:8', '2024-06/kontak.csv:4', '2024-06/rujukan.csv:6']));
  });

  it('jangkauan-2024-06.csv: who to reach for a contact, a measurement, control, or enrolment', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', kasus(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100']);
    expect(r.code, r.err).toBe(0);
    expect(teks(out, 'jangkauan-2024-06.csv')).toBe(
      [
        'kode_ppk,no_kartu,perlu,keterangan',
        `A,${c(2)},kontak,tidak ada kontak bulan ini; kontak 2024-05-30 baris 4 di luar bulan`,
        `A,${c(2)},ukur_ht,"peserta Prolanis HT, tekanan darah tidak diukur bulan ini"`,
        `A,${c(3)},kontak,tidak ada kontak bulan ini; kontak.csv baris 9 ditolak (tgl_kontak: not a date)`,
        `A,${c(7)},kontak,tidak ada kontak bulan ini`,
        `A,${c(8)},kontak,tidak ada kontak bulan ini`,
        `A,${c(8)},kendali_dm,"DM: GDP 200 (2024-06-10, baris 3) tidak terkendali"`,
        `A,${c(9)},ukur_dm,"peserta Prolanis DM, GDP tidak diukur bulan ini"`,
        `A,${c(9)},kendali_ht,"HT: 150/95 (2024-06-10, baris 4) tidak terkendali"`,
        `A,${c(10)},kontak,tidak ada kontak bulan ini`,
        `A,${c(10)},daftar_prolanis_ht,"terdiagnosis HT, bukan peserta Prolanis HT"`,
        `B,${c(6)},kontak,tidak ada kontak bulan ini`,
        '',
      ].join('\n'),
    );
  });

  it('the hand count is also what compute reports', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', kasus(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100']);
    expect(r.code, r.err).toBe(0);
    const cap = baca(out, 'capaian-2024-06.csv').map((x) => [x.kode_ppk, ...KOLOM_2019.map((k) => x[k]), ...KOLOM_RUJUKAN.map((k) => x[k])].join(','));
    expect(cap).toEqual(['A,7,2,3,1,3,0,3,2,1', 'B,1,0,0,0,0,0,1,0,0']);
  });

  it('the tiny month: its outreach list', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', tinyMonth(), '--month', '2024-06', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const t = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
    expect(baca(out, 'jangkauan-2024-06.csv').map((x) => `${x.no_kartu} ${x.perlu} ${x.keterangan}`)).toEqual([
      ...[4, 5, 6, 7].map((i) => `${t(i)} kontak tidak ada kontak bulan ini`),
      `${t(8)} kontak tidak ada kontak bulan ini`,
      `${t(8)} kendali_dm DM: GDP 200 (2024-06-10, baris 3) tidak terkendali`,
      `${t(9)} kontak tidak ada kontak bulan ini`,
      `${t(10)} kontak tidak ada kontak bulan ini`,
      `${t(10)} kendali_ht HT: 160/100 (2024-06-10, baris 5) tidak terkendali`,
    ]);
  });

  it('perber-2017: a Prolanis participant without a visit is on the list for kunjungan_prolanis', async () => {
    const data = tinyMonth({
      'prolanis.csv': `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(1)},A,DM,1,,,,\n${c(5)},A,HT,1,,,,\n${c(6)},A,HT,1,2024-06-12,,,\n`,
    });
    const out = tmp();
    const r = await kbk(['audit', '--data', data, '--month', '2024-06', '--out', out, '--rules', 'perber-2017']);
    expect(r.code, r.err).toBe(0);
    const rows = baca(out, 'audit-2024-06.csv').filter((x) => [c(1), c(5), c(6)].includes(x.no_kartu as string));
    expect(rows.map((x) => [x.no_kartu, x.prolanis_terdaftar, x.prolanis_berkunjung, x.alasan].join(' | '))).toEqual([
      `${c(1)} | 1 | 1 | kontak 2024-06-03 baris 2; Prolanis DM: berkunjung (kontak)`,
      `${c(5)} | 1 | 0 | tidak ada kontak bulan ini; Prolanis HT: tidak berkunjung bulan ini`,
      `${c(6)} | 1 | 1 | tidak ada kontak bulan ini; Prolanis HT: berkunjung (prolanis.csv baris 4)`,
    ]);
    expect(baca(out, 'jangkauan-2024-06.csv').filter((x) => x.perlu !== 'kontak').map((x) => `${x.no_kartu} ${x.perlu} ${x.keterangan}`)).toEqual([
      `${c(5)} kunjungan_prolanis peserta Prolanis HT, tanpa kontak atau pemeriksaan Prolanis bulan ini`,
    ]);
  });
});

describe('kbk audit --ppk, --summary, and what it writes', () => {
  it('--ppk keeps only those facilities in all three files', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', kasus(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '--ppk', 'B']);
    expect(r.code, r.err).toBe(0);
    expect(baca(out, 'audit-2024-06.csv').map((x) => `${x.kode_ppk} ${x.no_kartu}`)).toEqual([`B ${c(5)}`, `B ${c(6)}`]);
    expect(baca(out, 'audit-rujukan-2024-06.csv').map((x) => `${x.kode_ppk} ${x.no_rujukan} ${x.baris}`)).toEqual(['B R4 6', 'B R5 7']);
    expect(baca(out, 'jangkauan-2024-06.csv').map((x) => `${x.kode_ppk} ${x.no_kartu} ${x.perlu}`)).toEqual([`B ${c(6)} kontak`]);
    expect(r.out.split('\n')[2]).toMatch(/^B\s+Puskesmas B\s+2\s+1\s+0\s+2\s/);
  });

  it('--ppk A,B (and repeated) keeps both', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', kasus(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '--ppk', 'B,A']);
    expect(r.code, r.err).toBe(0);
    expect(new Set(baca(out, 'audit-2024-06.csv').map((x) => x.kode_ppk))).toEqual(new Set(['A', 'B']));
  });

  it('an unknown --ppk is a usage error naming a close code, or the known ones', async () => {
    const near = await kbk(['audit', '--data', kasus(), '--month', '2024-06', '--out', tmp(), '--ppk', 'b']);
    expect(near.code).toBe(64);
    expect(near.err).toContain('kbk: error: --ppk "b" is not in fktp.csv; did you mean B?');
    const far = await kbk(['audit', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '--ppk', 'P001,Q777']);
    expect(far.code).toBe(64);
    expect(far.err).toContain('kbk: error: --ppk "Q777" is not in fktp.csv; it has 10 facilities: D001, G001, K001, K002, K003, P001, P002, P003, P004, P005');
  });

  it('--summary is a usage error: the audit needs the record-level exports', async () => {
    const r = await kbk(['audit', '--data', join(FIXTURES, 'ringkasan-demo'), '--month', '2024-06', '--out', tmp(), '--summary', join(FIXTURES, 'ringkasan-demo', 'x.xlsx')]);
    expect(r.code).toBe(64);
    expect(r.err).toContain('kbk: error: --summary: kbk audit lists participants and referrals row by row, so it needs the record-level exports');
  });

  it('the three files and the rejects are written owner-only', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', tinyMonth(), '--month', '2024-06', '--out', out]);
    expect(r.code, r.err).toBe(0);
    for (const f of ['audit-2024-06.csv', 'audit-rujukan-2024-06.csv', 'jangkauan-2024-06.csv', 'tolak-2024-06.csv']) expect(statSync(join(out, f)).mode & 0o777, f).toBe(0o600);
    expect(r.err).toContain(`wrote ${join(out, 'audit-2024-06.csv')}, ${join(out, 'audit-rujukan-2024-06.csv')}, ${join(out, 'jangkauan-2024-06.csv')}, ${join(out, 'tolak-2024-06.csv')}`);
  });

  it('opsi.samarkan replaces every card number in the three files, alasan included', async () => {
    const data = kasus();
    const opsi: OpsiJob = { dataDir: data, outDir: tmp(), strict: false, maxRejectRate: 1, dialek: {}, log: () => {}, samarkan: (k) => `H${k}` };
    const h = await audit(opsi, parseMonth('2024-06') as number);
    tulisSet(h.files);
    for (const f of ['audit-2024-06.csv', 'audit-rujukan-2024-06.csv', 'jangkauan-2024-06.csv']) {
      const rows = baca(opsi.outDir, f);
      expect(rows.length, f).toBeGreaterThan(0);
      for (const row of rows) expect(row.no_kartu, f).toMatch(/^H\d{13}$/);
      // No card in clear anywhere: every 13-digit run is preceded by the H of its replacement.
      expect(teks(opsi.outDir, f).match(/(?<!H)\d{13}/g), f).toBeNull();
    }
    expect(baca(opsi.outDir, 'audit-2024-06.csv')[0]).toEqual({
      kode_ppk: 'A',
      no_kartu: `H${c(1)}`,
      peserta_terdaftar: '1',
      peserta_kontak: '1',
      dm_terdaftar: '0',
      dm_terkendali: '0',
      ht_terdaftar: '0',
      ht_terkendali: '0',
      alasan: 'kontak 2024-06-02 baris 3; peserta.csv baris 14 tidak aktif, baris lain aktif',
    });
  });

  it('a card number inside a rejected row\'s reason is replaced too', async () => {
    // Card "12345678901" (11 digits) is rejected; in the audit it is written through samarkan.
    const data = tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${c(1)},A,2024-06-03\n12345678901,A,2024-06-04\n` });
    const opsi: OpsiJob = { dataDir: data, outDir: tmp(), strict: false, maxRejectRate: 1, dialek: {}, log: () => {}, samarkan: (k) => `H${k.length}` };
    const h = await audit(opsi, parseMonth('2024-06') as number);
    const isi = isiTeks((h.files[0] as FileLaporan).content);
    expect(isi).not.toContain('12345678901');
    expect(isi).toContain('A,H11,0,0,0,0,0,0,kontak.csv baris 3 ditolak (no_kartu: leading zeros lost)');
  });

  it('rows come out by card number whatever the order of peserta.csv', async () => {
    const peserta = 'no_kartu,kode_ppk\n' + [10, 3, 7, 1, 9, 2, 8, 4, 6, 5].map((i) => `${c(i)},A\n`).join('');
    const out = tmp();
    const r = await kbk(['audit', '--data', tinyMonth({ 'peserta.csv': peserta }), '--month', '2024-06', '--out', out]);
    expect(r.code, r.err).toBe(0);
    expect(baca(out, 'audit-2024-06.csv').map((x) => x.no_kartu)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(c));
    expect(baca(out, 'jangkauan-2024-06.csv').map((x) => x.no_kartu)).toEqual([4, 5, 6, 7, 8, 8, 9, 10, 10].map(c));
  });

  it('csvBaris writes the bytes csvText writes (quotes, commas, line breaks)', () => {
    const cols = ['a', 'b', 'c'];
    const rows = [['x,y', 'say "hi"', 'two\nlines'], ['', 'plain', 'cr\r'], ['1', '2', '3']];
    const isi = [...csvBaris(cols, () => [rows.slice(0, 2), rows.slice(2)])()].join('');
    expect(isi).toBe(csvText(cols, rows.map((r) => Object.fromEntries(cols.map((k, i) => [k, r[i] as string])))));
  });

  it('--csv-excel: the Excel dialect, card numbers kept as text', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', tinyMonth(), '--month', '2024-06', '--out', out, '--csv-excel']);
    expect(r.code, r.err).toBe(0);
    const isi = teks(out, 'audit-2024-06.csv');
    expect(isi.startsWith('\ufeffkode_ppk;no_kartu;peserta_terdaftar;')).toBe(true);
    expect(isi).toContain(`\r\nA;"=""${c(1)}""";1;1;0;0;0;0;kontak 2024-06-03 baris 2\r\n`);
  });
});
