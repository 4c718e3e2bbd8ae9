// The branch recap (rekap-YYYY-MM.csv, the terminal table) and the export in the branch
// workbook's layout, on the hand-checked fixtures: every count below is read off
// fixtures/*/expected/*.csv by hand, every Rupiah total added up from kapitasi-*.csv.
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { pay, type HasilJob, type OpsiJob } from '../src/app/jobs.js';
import { KOLOM_CABANG } from '../src/core/cabang.js';
import { parseMonth } from '../src/core/month.js';
import { barisRekap, barisRekapCabang, KOLOM_REKAP, KOLOM_REKAP_CABANG, tabelRekap } from '../src/report/rekap.js';
import { findRuleSet } from '../src/rules/index.js';
import type { RuleSet } from '../src/rules/schema.js';
import { FIXTURES, tmp } from './helpers.js';

const opsi = (fixture: string, extra: Partial<OpsiJob> = {}): OpsiJob => ({
  dataDir: join(FIXTURES, fixture), outDir: tmp(), strict: false, maxRejectRate: 0.01, dialek: {}, log: () => {}, ...extra,
});
const polos = new Chalk({ level: 0 });
/** The recap rows of one month and report as CSV lines (without bulan and laporan). */
const blok = (h: HasilJob, bulan: string, laporan: string): string[] =>
  barisRekap(h).filter((r) => r.bulan === bulan && r.laporan === laporan).map((r) => [r.jenis_fktp, r.ukuran, r.nilai, r.jumlah].join(','));

let demo: HasilJob;
beforeAll(async () => {
  demo = await pay(opsi('demo'), parseMonth('2024-07') as number, true);
});

describe('rekap-YYYY-MM.csv', () => {
  it('has the long layout bulan, laporan, jenis_fktp, ukuran, nilai, jumlah; the months in order', () => {
    expect(KOLOM_REKAP).toEqual(['bulan', 'laporan', 'jenis_fktp', 'ukuran', 'nilai', 'jumlah']);
    const rows = barisRekap(demo);
    expect(Object.keys(rows[0] ?? {})).toEqual([...KOLOM_REKAP]);
    expect([...new Set(rows.map((r) => `${r.bulan} ${r.laporan}`))]).toEqual(['2024-04 capaian', '2024-05 capaian', '2024-06 capaian', '2024-07 kapitasi']);
  });

  it('counts an assessment month per type and rating, every band listed, bands of adjusted types only', () => {
    // capaian-2024-06.csv: puskesmas P001 4/4/4 100 %, P002 4/1/4 90 %, P003 3/3/3, P004 2/4/3, P005 4/4/4 (P003-P005 not eligible).
    expect(blok(demo, '2024-06', 'capaian')).toEqual([
      'puskesmas,fasilitas,,5', 'puskesmas,dinilai,,5', 'puskesmas,kbk_berlaku,,2',
      'puskesmas,rating_ak,4,3', 'puskesmas,rating_ak,3,1', 'puskesmas,rating_ak,2,1', 'puskesmas,rating_ak,1,0',
      'puskesmas,rating_rrns,4,3', 'puskesmas,rating_rrns,3,1', 'puskesmas,rating_rrns,2,0', 'puskesmas,rating_rrns,1,1',
      'puskesmas,rating_rppt,4,3', 'puskesmas,rating_rppt,3,2', 'puskesmas,rating_rppt,2,0', 'puskesmas,rating_rppt,1,0',
      'puskesmas,persen_kapitasi,100,1', 'puskesmas,persen_kapitasi,95,0', 'puskesmas,persen_kapitasi,90,1', 'puskesmas,persen_kapitasi,85,0',
      // K001 3/1/4 96 %, K003 4/4/4 not eligible.
      'klinik_pratama,fasilitas,,2', 'klinik_pratama,dinilai,,2', 'klinik_pratama,kbk_berlaku,,1',
      'klinik_pratama,rating_ak,4,1', 'klinik_pratama,rating_ak,3,1', 'klinik_pratama,rating_ak,2,0', 'klinik_pratama,rating_ak,1,0',
      'klinik_pratama,rating_rrns,4,1', 'klinik_pratama,rating_rrns,3,0', 'klinik_pratama,rating_rrns,2,0', 'klinik_pratama,rating_rrns,1,1',
      'klinik_pratama,rating_rppt,4,2', 'klinik_pratama,rating_rppt,3,0', 'klinik_pratama,rating_rppt,2,0', 'klinik_pratama,rating_rppt,1,0',
      'klinik_pratama,persen_kapitasi,100,0', 'klinik_pratama,persen_kapitasi,97,0', 'klinik_pratama,persen_kapitasi,96,1', 'klinik_pratama,persen_kapitasi,95,0',
      // K002 2/3/1 96 %.
      'rs_d_pratama,fasilitas,,1', 'rs_d_pratama,dinilai,,1', 'rs_d_pratama,kbk_berlaku,,1',
      'rs_d_pratama,rating_ak,4,0', 'rs_d_pratama,rating_ak,3,0', 'rs_d_pratama,rating_ak,2,1', 'rs_d_pratama,rating_ak,1,0',
      'rs_d_pratama,rating_rrns,4,0', 'rs_d_pratama,rating_rrns,3,1', 'rs_d_pratama,rating_rrns,2,0', 'rs_d_pratama,rating_rrns,1,0',
      'rs_d_pratama,rating_rppt,4,0', 'rs_d_pratama,rating_rppt,3,0', 'rs_d_pratama,rating_rppt,2,0', 'rs_d_pratama,rating_rppt,1,1',
      'rs_d_pratama,persen_kapitasi,100,0', 'rs_d_pratama,persen_kapitasi,97,0', 'rs_d_pratama,persen_kapitasi,96,1', 'rs_d_pratama,persen_kapitasi,95,0',
      // D001 2/2/2: rated, reported only (no payment band).
      'praktik_dokter,fasilitas,,1', 'praktik_dokter,dinilai,,1', 'praktik_dokter,kbk_berlaku,,0',
      'praktik_dokter,rating_ak,4,0', 'praktik_dokter,rating_ak,3,0', 'praktik_dokter,rating_ak,2,1', 'praktik_dokter,rating_ak,1,0',
      'praktik_dokter,rating_rrns,4,0', 'praktik_dokter,rating_rrns,3,0', 'praktik_dokter,rating_rrns,2,1', 'praktik_dokter,rating_rrns,1,0',
      'praktik_dokter,rating_rppt,4,0', 'praktik_dokter,rating_rppt,3,0', 'praktik_dokter,rating_rppt,2,1', 'praktik_dokter,rating_rppt,1,0',
      // G001: not rated at all.
      'praktik_dokter_gigi,fasilitas,,1', 'praktik_dokter_gigi,dinilai,,0', 'praktik_dokter_gigi,kbk_berlaku,,0',
      'semua,fasilitas,,10', 'semua,dinilai,,9', 'semua,kbk_berlaku,,4',
      'semua,rating_ak,4,4', 'semua,rating_ak,3,2', 'semua,rating_ak,2,3', 'semua,rating_ak,1,0',
      'semua,rating_rrns,4,4', 'semua,rating_rrns,3,2', 'semua,rating_rrns,2,1', 'semua,rating_rrns,1,2',
      'semua,rating_rppt,4,5', 'semua,rating_rppt,3,2', 'semua,rating_rppt,2,1', 'semua,rating_rppt,1,1',
      // Both tables' percentages: 95 % is in both, once.
      'semua,persen_kapitasi,100,1', 'semua,persen_kapitasi,97,0', 'semua,persen_kapitasi,96,2', 'semua,persen_kapitasi,95,0',
      'semua,persen_kapitasi,90,1', 'semua,persen_kapitasi,85,0',
    ]);
  });

  it('totals the payment month per type in whole Rupiah', () => {
    // kapitasi-2024-07.csv: puskesmas 30,000,000 + 20,000,000 + 25,000,000 + 25,000,000 + 7,000,000 full,
    // P002 paid 18,000,000; K001 58,454,189 of 60,262,050, K003 18,000,000; K002 45,090,000 of 46,092,000.
    expect(blok(demo, '2024-07', 'kapitasi')).toEqual([
      'puskesmas,fasilitas,,5', 'puskesmas,kbk_berlaku,,2',
      'puskesmas,persen_kapitasi,100,1', 'puskesmas,persen_kapitasi,95,0', 'puskesmas,persen_kapitasi,90,0', 'puskesmas,persen_kapitasi,85,1',
      'puskesmas,kapitasi_penuh,,107000000', 'puskesmas,kapitasi_dibayar,,105000000', 'puskesmas,potongan,,2000000', 'puskesmas,insentif,,0',
      'klinik_pratama,fasilitas,,2', 'klinik_pratama,kbk_berlaku,,1',
      'klinik_pratama,persen_kapitasi,100,0', 'klinik_pratama,persen_kapitasi,97,1', 'klinik_pratama,persen_kapitasi,96,0', 'klinik_pratama,persen_kapitasi,95,0',
      'klinik_pratama,kapitasi_penuh,,78262050', 'klinik_pratama,kapitasi_dibayar,,76454189', 'klinik_pratama,potongan,,1807861', 'klinik_pratama,insentif,,0',
      'rs_d_pratama,fasilitas,,1', 'rs_d_pratama,kbk_berlaku,,1',
      'rs_d_pratama,persen_kapitasi,100,0', 'rs_d_pratama,persen_kapitasi,97,0', 'rs_d_pratama,persen_kapitasi,96,1', 'rs_d_pratama,persen_kapitasi,95,0',
      'rs_d_pratama,kapitasi_penuh,,46092000', 'rs_d_pratama,kapitasi_dibayar,,45090000', 'rs_d_pratama,potongan,,1002000', 'rs_d_pratama,insentif,,0',
      'praktik_dokter,fasilitas,,1', 'praktik_dokter,kbk_berlaku,,0',
      'praktik_dokter,kapitasi_penuh,,10000000', 'praktik_dokter,kapitasi_dibayar,,10000000', 'praktik_dokter,potongan,,0', 'praktik_dokter,insentif,,0',
      'praktik_dokter_gigi,fasilitas,,1', 'praktik_dokter_gigi,kbk_berlaku,,0',
      'praktik_dokter_gigi,kapitasi_penuh,,700000', 'praktik_dokter_gigi,kapitasi_dibayar,,700000', 'praktik_dokter_gigi,potongan,,0', 'praktik_dokter_gigi,insentif,,0',
      'semua,fasilitas,,10', 'semua,kbk_berlaku,,4',
      'semua,persen_kapitasi,100,1', 'semua,persen_kapitasi,97,1', 'semua,persen_kapitasi,96,1', 'semua,persen_kapitasi,95,0',
      'semua,persen_kapitasi,90,0', 'semua,persen_kapitasi,85,1',
      'semua,kapitasi_penuh,,242054050', 'semua,kapitasi_dibayar,,237244189', 'semua,potongan,,4809861', 'semua,insentif,,0',
    ]);
  });

  it('totals a negative potongan (a band above 100 %) apart, as insentif', async () => {
    const r = structuredClone(findRuleSet('kbk-2019') as RuleSet);
    r.id = 'kbk-insentif';
    (r.pembayaran[0] as RuleSet['pembayaran'][number]).band[0]!.persen = '110';
    const h = await pay(opsi('demo', { rules: r }), parseMonth('2024-07') as number, false);
    // P001 at 110 %: 5000 × 6600 = 33,000,000 paid of 30,000,000: 3,000,000 insentif; P002's cut 2,000,000 stays a cut.
    expect(blok(h, '2024-07', 'kapitasi').filter((l) => /^(puskesmas|semua),(persen|kapitasi_dibayar|potongan|insentif)/.test(l))).toEqual([
      'puskesmas,persen_kapitasi,110,1', 'puskesmas,persen_kapitasi,95,0', 'puskesmas,persen_kapitasi,90,0', 'puskesmas,persen_kapitasi,85,1',
      'puskesmas,kapitasi_dibayar,,108000000', 'puskesmas,potongan,,2000000', 'puskesmas,insentif,,3000000',
      // 100 % stays the klinik table's top band.
      'semua,persen_kapitasi,110,1', 'semua,persen_kapitasi,100,0', 'semua,persen_kapitasi,97,1', 'semua,persen_kapitasi,96,1', 'semua,persen_kapitasi,95,0',
      'semua,persen_kapitasi,90,0', 'semua,persen_kapitasi,85,1',
      'semua,kapitasi_dibayar,,240244189', 'semua,potongan,,4809861', 'semua,insentif,,3000000',
    ]);
    expect(tabelRekap(h, polos, undefined, 'id')).toContain('semua                  10    4  110%: 1, 97%: 1, 96%: 1, 85%: 1  Rp 242.054.050  Rp 240.244.189  Rp 4.809.861  Rp 3.000.000');
  });

  it('follows the rule set: perber-2017 ratings 1 (zona aman) and 0, a 92.5 % band', async () => {
    const h = await pay(opsi('perber-2018'), parseMonth('2018-04') as number, true);
    // capaian-2018-03.csv: PB01 1/0/1 95 %, PB02 0/1/0 92.5 %, PB03 0/0/0 90 %, PB04 not rated.
    expect(blok(h, '2018-03', 'capaian').filter((l) => l.startsWith('semua,'))).toEqual([
      'semua,fasilitas,,4', 'semua,dinilai,,3', 'semua,kbk_berlaku,,3',
      'semua,rating_ak,1,1', 'semua,rating_ak,0,2',
      'semua,rating_rrns,1,1', 'semua,rating_rrns,0,2',
      'semua,rating_rppb,1,1', 'semua,rating_rppb,0,2',
      'semua,persen_kapitasi,100,0', 'semua,persen_kapitasi,95,1', 'semua,persen_kapitasi,92.5,1', 'semua,persen_kapitasi,90,1',
    ]);
  });
});

describe('tabelRekap', () => {
  it('prints a table per assessment month and the payment month, aligned, in id-ID Rupiah', () => {
    const t = tabelRekap(demo, polos, undefined, 'id');
    expect(t).toContain([
      'Rekap capaian 2024-06 (kbk-2019)',
      'jenis                fktp  dinilai  kbk  AK 4/3/2/1  RRNS 4/3/2/1  RPPT 4/3/2/1             persen (kbk)',
      '───────────────────  ────  ───────  ───  ──────────  ────────────  ────────────  ───────────────────────',
      'puskesmas               5        5    2     3/1/1/0       3/1/0/1       3/2/0/0          100%: 1, 90%: 1',
      'klinik_pratama          2        2    1     1/1/0/0       1/0/0/1       2/0/0/0                   96%: 1',
      'rs_d_pratama            1        1    1     0/0/1/0       0/1/0/0       0/0/0/1                   96%: 1',
      'praktik_dokter          1        1    0     0/0/1/0       0/0/1/0       0/0/1/0                        –',
      'praktik_dokter_gigi     1        0    0           –             –             –                        –',
      'semua                  10        9    4     4/2/3/0       4/2/1/2       5/2/1/1  100%: 1, 96%: 2, 90%: 1',
    ].join('\n'));
    expect(t.endsWith([
      'Rekap kapitasi 2024-07 (kbk-2019)',
      'jenis                fktp  kbk                     persen (kbk)           penuh         dibayar      potongan',
      '───────────────────  ────  ───  ───────────────────────────────  ──────────────  ──────────────  ────────────',
      'puskesmas               5    2                  100%: 1, 85%: 1  Rp 107.000.000  Rp 105.000.000  Rp 2.000.000',
      'klinik_pratama          2    1                           97%: 1   Rp 78.262.050   Rp 76.454.189  Rp 1.807.861',
      'rs_d_pratama            1    1                           96%: 1   Rp 46.092.000   Rp 45.090.000  Rp 1.002.000',
      'praktik_dokter          1    0                                –   Rp 10.000.000   Rp 10.000.000          Rp 0',
      'praktik_dokter_gigi     1    0                                –      Rp 700.000      Rp 700.000          Rp 0',
      'semua                  10    4  100%: 1, 97%: 1, 96%: 1, 85%: 1  Rp 242.054.050  Rp 237.244.189  Rp 4.809.861',
    ].join('\n'))).toBe(true);
    expect(t.match(/^Rekap /gm)).toHaveLength(4);
    // In English: the headings that are words, and the English number format.
    const en = tabelRekap(demo, polos, undefined, 'en');
    expect(en).toMatch(/\ntype +fktp +rated +kbk +AK 4\/3\/2\/1 +RRNS 4\/3\/2\/1 +RPPT 4\/3\/2\/1 +percent \(kbk\)\n/);
    expect(en).toMatch(/\ntype +fktp +kbk +percent \(kbk\) +full +paid +cut\n/);
    expect(en.endsWith('semua                  10    4  100%: 1, 97%: 1, 96%: 1, 85%: 1  Rp 242,054,050  Rp 237,244,189  Rp 4,809,861')).toBe(true);
  });
});

describe('barisRekapCabang: the branch workbook layout', () => {
  const JUDUL = [
    'Bulan Kapitasi', 'KAB/KOTA', 'Kode PPK', 'NAMA FKTP', 'TIPE FKTP', 'JUMLAH KONTAK', 'PESERTA TERDAFTAR', 'Kasus Non Spesialistik',
    'Jumlah Rujukan', 'Prolanis DM Terkendali', 'Peserta Diangnosa DM', 'Prolanis HT Terkendali', 'Peserta Diangnosa HT', 'Capaian KBK BI',
    'Keterangan AK', 'Keterangan RNS', 'Keterangan RPPT', 'Jumlah indikator tercapai',
  ];
  const baris = (...isi: string[]): Record<string, string> => Object.fromEntries(JUDUL.map((j, i) => [j, isi[i] as string]));

  it('has exactly the branch headings, kbk verdicts and BPJS spellings (capaian-2024-06.csv, fktp.csv)', () => {
    expect(KOLOM_REKAP_CABANG).toEqual(JUDUL);
    expect(KOLOM_REKAP_CABANG).toEqual(KOLOM_CABANG.map((k) => k.judul));
    const juni = demo.capaian[2] as HasilJob['capaian'][number];
    const rows = barisRekapCabang(juni.rows, juni.rules);
    expect(rows.map((r) => Object.keys(r))).toEqual(rows.map(() => JUDUL));
    expect(rows).toEqual([
      baris('01/06/2024', 'Kota Demo', 'D001', 'dr. Andi Wijaya', 'DOKTER PRAKTIK PERORANGAN', '142', '1000', '6', '200', '2', '50', '1', '50', '2', 'Tidak Tercapai', 'Tidak Tercapai', 'Tidak Tercapai', '0'),
      // Not rated: counts, no verdicts.
      baris('01/06/2024', 'Kota Demo', 'G001', 'drg. Sari Dewi', 'DOKTER GIGI', '20', '200', '1', '10', '0', '0', '0', '0', '', '', '', '', ''),
      baris('01/06/2024', 'Kota Demo', 'K001', 'Klinik Pratama Sehat', 'KLINIK PRATAMA', '740', '5000', '4', '100', '2', '50', '3', '50', '2.1', 'Tidak Tercapai', 'Tidak Tercapai', 'Tercapai', '1'),
      baris('01/06/2024', 'Kota Demo', 'K002', 'RS D Pratama Medika', 'RS D PRATAMA', '705', '5000', '5', '200', '1', '50', '1', '50', '2.4', 'Tidak Tercapai', 'Tidak Tercapai', 'Tidak Tercapai', '0'),
      baris('01/06/2024', 'Kab Demo', 'K003', 'Klinik Kecil', 'KLINIK PRATAMA', '320', '2000', '0', '99', '4', '40', '4', '41', '4', 'Tercapai', 'Tercapai', 'Tercapai', '3'),
      baris('01/06/2024', 'Kota Demo', 'P001', 'Puskesmas Sukamaju', 'PUSKESMAS', '800', '5000', '1', '100', '5', '50', '5', '50', '4', 'Tercapai', 'Tercapai', 'Tercapai', '3'),
      baris('01/06/2024', 'Kota Demo', 'P002', 'Puskesmas Sukajadi', 'PUSKESMAS', '750', '5000', '4', '100', '3', '50', '3', '50', '2.5', 'Tercapai', 'Tidak Tercapai', 'Tercapai', '2'),
      baris('01/06/2024', 'Kota Demo', 'P003', 'Puskesmas Baru', 'PUSKESMAS', '730', '5000', '5', '200', '2', '50', '2', '50', '3', 'Tidak Tercapai', 'Tidak Tercapai', 'Tidak Tercapai', '0'),
      baris('01/06/2024', 'Kab Demo', 'P004', 'Puskesmas Terpencil', 'PUSKESMAS', '725', '5000', '2', '100', '0', '0', '2', '50', '3.1', 'Tidak Tercapai', 'Tercapai', 'Tidak Tercapai', '1'),
      baris('01/06/2024', 'Kab Demo', 'P005', 'Puskesmas Sepi', 'PUSKESMAS', '155', '1000', '1', '50', '0', '0', '0', '0', '4', 'Tercapai', 'Tercapai', 'Tercapai', '3'),
    ]);
  });

  it('under perber-2017: zona aman is Tercapai, no RPPT to judge, no KAB/KOTA in the master', async () => {
    const h = await pay(opsi('perber-2018'), parseMonth('2018-04') as number, true);
    const maret = h.capaian[0] as HasilJob['capaian'][number];
    // The DM/HT columns feed no perber-2017 indicator (PERHITUNGAN.md does not count them): left out here.
    const PROLANIS = ['Prolanis DM Terkendali', 'Peserta Diangnosa DM', 'Prolanis HT Terkendali', 'Peserta Diangnosa HT'];
    const tanpaProlanis = (r: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(r).filter(([k]) => !PROLANIS.includes(k)));
    const b = (...isi: string[]): Record<string, string> => tanpaProlanis(baris(...isi.slice(0, 9), '', '', '', '', ...isi.slice(9)));
    expect(barisRekapCabang(maret.rows, maret.rules).map(tanpaProlanis)).toEqual([
      b('01/03/2018', '', 'PB01', 'Puskesmas Lama', 'PUSKESMAS', '750', '5000', '5', '100', '2', 'Tercapai', 'Tidak Tercapai', '', '2'),
      b('01/03/2018', '', 'PB02', 'Klinik Lama', 'KLINIK PRATAMA', '749', '5000', '4', '100', '1', 'Tidak Tercapai', 'Tercapai', '', '1'),
      b('01/03/2018', '', 'PB03', 'Puskesmas Lemah', 'PUSKESMAS', '500', '5000', '10', '100', '0', 'Tidak Tercapai', 'Tidak Tercapai', '', '0'),
      b('01/03/2018', '', 'PB04', 'drg. Lama', 'DOKTER GIGI', '10', '100', '0', '0', '', '', '', '', ''),
    ]);
  });
});
