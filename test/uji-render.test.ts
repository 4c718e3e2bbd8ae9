// Issue 17 item 4: the terminal tables fed plain, hand-built rows (no job, no data folder),
// each compared with its exact text. Every number below is chosen by hand; the end-to-end
// runs of the same renderers stay in tabel.test.ts, e2e.test.ts and pesan-laporan.test.ts.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Capaian, Kapitasi } from '../src/core/assessment.js';
import { parseDate, parseMonth } from '../src/core/month.js';
import { rat } from '../src/core/rational.js';
import type { MetodeHitungan } from '../src/core/proyeksi.js';
import { barisProyeksi, tabelProyeksi } from '../src/report/proyeksi.js';
import { PESAN_RUMUS } from '../src/pesan/rumus.js';
import type { Fktp } from '../src/core/types.js';
import type { Band, RuleSet } from '../src/rules/schema.js';
import { tabelCapaian, tabelKapitasi } from '../src/report/tabel-kbk.js';
import { barisRekap, tabelRekap } from '../src/report/rekap.js';
import type { HasilJob } from '../src/app/jobs.js';
import { findRuleSet } from '../src/rules/index.js';
import type { Penjelasan } from '../src/core/explain.js';
import { penjelasanTeks } from '../src/report/explain.js';
import readXlsxFile from 'read-excel-file/node';
import { bukuKerja } from '../src/report/xlsx.js';
import type { PenjelasanBayar } from '../src/app/jelaskan-bayar.js';
import { jelaskanBayarJson, jelaskanBayarTeks } from '../src/report/jelaskan-bayar.js';

const polos = new Chalk({ level: 0 });
const bulan = (s: string): number => parseMonth(s) as number;
/** A hand-built rating band: [edge, inclusive] below and above, null for open. */
const band = (bawah: [number, boolean] | null, atas: [number, boolean] | null): Band => ({
  ...(bawah ? { bawah: { nilai: String(bawah[0]), inklusif: bawah[1] } } : {}),
  ...(atas ? { atas: { nilai: String(atas[0]), inklusif: atas[1] } } : {}),
  status: 'design',
  sumber: 'uji',
} as Band);

function fktp(kodePpk: string, namaFktp: string, jenisFktp: string, tarif: number): Fktp {
  return { kodePpk, namaFktp, jenisFktp: jenisFktp as Fktp['jenisFktp'], tarifKapitasi: BigInt(tarif), tglKerjaSama: null, jaringanData: true, tarifMinimal: null, kabKota: 'Kota Uji', kapitasiKhusus: false };
}

/** A payment row: the money as the rules would give it, written out by hand. */
function kapitasi(f: Fktp, o: { bulanDinilai: number; total: [number, number] | null; persen: number; peserta: number; setelah: [number, number]; dibayar: [number, number]; lantai: boolean; penuh: number; bayar: number; potongan: number }): Kapitasi {
  return {
    bulanBayar: bulan('2024-07'),
    fktp: f,
    aturan: 'kbk-2019',
    aturanTarif: 'permenkes-3-2023',
    jendela: [bulan('2024-04'), bulan('2024-05'), bulan('2024-06')],
    jumlahBulanDinilai: o.bulanDinilai,
    rata: {},
    penilaian: o.total === null ? null : { rating: {}, nilai: {}, totalNilai: rat(o.total[0], o.total[1]) },
    kbkBerlaku: o.total !== null,
    persenKapitasi: rat(o.persen),
    pesertaTerdaftar: o.peserta,
    tarifDasar: f.tarifKapitasi,
    tarifMinimal: null,
    pembayaran: {
      tarifSetelahKbk: rat(o.setelah[0], o.setelah[1]),
      tarifDibayar: rat(o.dibayar[0], o.dibayar[1]),
      lantaiDiterapkan: o.lantai,
      kapitasiPenuh: BigInt(o.penuh),
      kapitasiDibayar: BigInt(o.bayar),
      potongan: BigInt(o.potongan),
    },
    catatan: [],
  };
}

// A001: 6000 × 90 % = 5400 (floor 3600 not applied); 1000 × 5400 = 5,400,000 of 6,000,000.
// B002: 10000 × 85 % = 8500 < floor 9000 → 9000; 2000 × 9000 = 18,000,000 of 20,000,000.
// C003: 5000 × 110 % = 5500; 1000 × 5500 = 5,500,000 of 5,000,000: 500,000 more (an incentive).
// D004: not adjusted (no rating): 100 %, 500 × 7000 = 3,500,000.
// Paid 5,400,000 + 18,000,000 + 5,500,000 + 3,500,000 = 32,400,000; cut 600,000 + 2,000,000 = 2,600,000.
const KAPITASI: Kapitasi[] = [
  kapitasi(fktp('A001', 'Puskesmas Satu', 'puskesmas', 6000), { bulanDinilai: 3, total: [21, 10], persen: 90, peserta: 1000, setelah: [5400, 1], dibayar: [5400, 1], lantai: false, penuh: 6_000_000, bayar: 5_400_000, potongan: 600_000 }),
  kapitasi(fktp('B002', 'Klinik Dua Bersaudara Sejahtera', 'klinik_pratama', 10000), { bulanDinilai: 2, total: [3, 2], persen: 85, peserta: 2000, setelah: [8500, 1], dibayar: [9000, 1], lantai: true, penuh: 20_000_000, bayar: 18_000_000, potongan: 2_000_000 }),
  kapitasi(fktp('C003', 'Puskesmas Tiga', 'puskesmas', 5000), { bulanDinilai: 3, total: [4, 1], persen: 110, peserta: 1000, setelah: [5500, 1], dibayar: [5500, 1], lantai: false, penuh: 5_000_000, bayar: 5_500_000, potongan: -500_000 }),
  kapitasi(fktp('D004', 'dr. Empat', 'praktik_dokter', 7000), { bulanDinilai: 3, total: null, persen: 100, peserta: 500, setelah: [7000, 1], dibayar: [7000, 1], lantai: false, penuh: 3_500_000, bayar: 3_500_000, potongan: 0 }),
];

describe('tabelKapitasi on hand-built rows', () => {
  it('the whole table without a terminal, in English', () => {
    expect(tabelKapitasi(KAPITASI, polos, undefined, 'en')).toBe(
      [
        'Kapitasi 2024-07 (kbk-2019, permenkes-3-2023)',
        'kode_ppk  name                          months  nilai  percent  floor           paid           cut',
        '────────  ────────────────────────────  ──────  ─────  ───────  ─────  ─────────────  ────────────',
        'A001      Puskesmas Satu                   3/3   2.10      90%          Rp 5,400,000    Rp 600,000',
        'B002      Klinik Dua Bersaudara Sejah…     2/3   1.50      85%  yes    Rp 18,000,000  Rp 2,000,000',
        'C003      Puskesmas Tiga                   3/3   4.00     110%          Rp 5,500,000   +Rp 500,000',
        'D004      dr. Empat                        3/3      –     100%          Rp 3,500,000          Rp 0',
        'Total paid Rp 32,400,000   cut Rp 2,600,000   incentive Rp 500,000',
      ].join('\n'),
    );
  });

  it('in Indonesian at 60 columns: the name shortened (two lines, "…"), then the counts go; the amounts stay whole', () => {
    // With the name at its least (10): 8+2+10+2+5+2+5+2+6+2+6+2+13+2+12 = 79; bulan goes (72), then lantai
    // (64), then nilai: 8+2+10+2+6+2+13+2+12 = 57 fits; neither comes back (62, 65). The name takes the
    // 3 left: 13 columns, on words, at most two lines ("Bersaudara Sejah…" is 17: cut after "Bersaudara").
    expect(tabelKapitasi(KAPITASI, polos, 60, 'id')).toBe(
      [
        'Kapitasi 2024-07 (kbk-2019, permenkes-3-2023)',
        'kode_ppk  nama           persen        dibayar      potongan',
        '────────  ─────────────  ──────  ─────────────  ────────────',
        'A001      Puskesmas         90%   Rp 5.400.000    Rp 600.000',
        '          Satu',
        'B002      Klinik Dua        85%  Rp 18.000.000  Rp 2.000.000',
        '          Bersaudara…',
        'C003      Puskesmas        110%   Rp 5.500.000   +Rp 500.000',
        '          Tiga',
        'D004      dr. Empat        100%   Rp 3.500.000          Rp 0',
        'Total dibayar Rp 32.400.000   potongan Rp 2.600.000',
        '  insentif Rp 500.000',
        'kolom jumlah_bulan_dinilai, total_nilai, lantai_diterapkan',
        '  tidak ditampilkan: terminal 60 kolom; lihat',
        '  kapitasi-2024-07.csv',
      ].join('\n'),
    );
  });

  it('no row: the title without a month, the totals zero', () => {
    expect(tabelKapitasi([], polos, undefined, 'en')).toBe(
      [
        'Kapitasi',
        'kode_ppk  name  months  nilai  percent  floor  paid  cut',
        '────────  ────  ──────  ─────  ───────  ─────  ────  ───',
        'Total paid Rp 0   cut Rp 0',
      ].join('\n'),
    );
  });
});

/** The three indicators as kbk-2019 names them; the table reads nothing else of the rule set. */
const RULES = { indikator: [{ id: 'ak', satuan: '‰' }, { id: 'rrns', satuan: '%' }, { id: 'rppt', satuan: '%' }] } as unknown as RuleSet;

function capaian(f: Fktp, o: { nilai: [number, number][] | null; rating: number[] | null; total: [number, number] | null; kbk: boolean; persen: number }): Capaian {
  const ids = ['ak', 'rrns', 'rppt'];
  return {
    bulan: bulan('2024-06'),
    fktp: f,
    aturan: 'kbk-2019',
    hitungan: {} as Capaian['hitungan'],
    indikator: { nilai: Object.fromEntries(ids.map((id, i) => [id, o.nilai?.[i] ? rat(o.nilai[i][0], o.nilai[i][1]) : null])), rincian: {}, catatan: [], dinilai: o.nilai !== null },
    penilaian: o.rating && o.total ? { rating: Object.fromEntries(ids.map((id, i) => [id, o.rating?.[i] as number])), nilai: {}, totalNilai: rat(o.total[0], o.total[1]) } : null,
    kbkBerlaku: o.kbk,
    persenKapitasi: rat(o.persen),
    catatan: [],
  };
}

// A001: AK 740/5000 × 1000 = 148 (3), RRNS 4/100 = 4 % (1), RPPT 5 % (4): 1.2 + 0.5 + 0.4 = 2.1 → 96 %.
// B002: AK 2001/3 ‰ = 667.0 (4), RRNS 2/3 % = 0.67 (4), RPPT not assessed (rating 4 by rule): 4 → 100 %, not eligible.
// D004: no registered participant: not assessed.
const CAPAIAN: Capaian[] = [
  capaian(fktp('A001', 'Puskesmas Satu', 'puskesmas', 6000), { nilai: [[148, 1], [4, 1], [5, 1]], rating: [3, 1, 4], total: [21, 10], kbk: true, persen: 96 }),
  capaian(fktp('B002', 'Klinik Dua', 'klinik_pratama', 10000), { nilai: [[2001, 3], [2, 3], null as unknown as [number, number]], rating: [4, 4, 4], total: [4, 1], kbk: false, persen: 100 }),
  capaian(fktp('D004', 'dr. Empat', 'praktik_dokter', 7000), { nilai: null, rating: null, total: null, kbk: false, persen: 100 }),
];

describe('tabelCapaian on hand-built rows', () => {
  it('the whole table without a terminal, in English and in Indonesian', () => {
    expect(tabelCapaian(CAPAIAN, RULES, polos, undefined, 'en')).toBe(
      [
        'Capaian KBK 2024-06 (kbk-2019)',
        'kode_ppk  name                 AK   RRNS   RPPT  rating  nilai  capitation',
        '────────  ──────────────  ───────  ─────  ─────  ──────  ─────  ─────────────────────',
        'A001      Puskesmas Satu  148.00‰  4.00%  5.00%   3/1/4   2.10  96%',
        'B002      Klinik Dua      667.00‰  0.67%      –   4/4/4   4.00  100% (does not apply)',
        'D004      dr. Empat             –      –      –       –      –  100% (does not apply)',
      ].join('\n'),
    );
    expect(tabelCapaian(CAPAIAN, RULES, polos, undefined, 'id')).toBe(
      [
        'Capaian KBK 2024-06 (kbk-2019)',
        'kode_ppk  nama                 AK   RRNS   RPPT  rating  nilai  kapitasi',
        '────────  ──────────────  ───────  ─────  ─────  ──────  ─────  ────────────────────',
        'A001      Puskesmas Satu  148,00‰  4,00%  5,00%   3/1/4   2,10  96%',
        'B002      Klinik Dua      667,00‰  0,67%      –   4/4/4   4,00  100% (tidak berlaku)',
        'D004      dr. Empat             –      –      –       –      –  100% (tidak berlaku)',
      ].join('\n'),
    );
  });
});

describe('tabelRekap and barisRekap on hand-built payment rows', () => {
  const h = {
    bulan: bulan('2024-07'),
    capaian: [],
    kapitasi: { rows: KAPITASI, rules: findRuleSet('kbk-2019') },
  } as unknown as HasilJob;

  it('the payment recap: per type and in all, the Rupiah added up by hand', () => {
    // puskesmas A001 + C003: full 6,000,000 + 5,000,000; paid 5,400,000 + 5,500,000; cut 600,000; incentive 500,000.
    // klinik_pratama B002: 20,000,000, 18,000,000, cut 2,000,000. praktik_dokter D004: 3,500,000 unadjusted.
    // semua: full 34,500,000, paid 32,400,000, cut 2,600,000, incentive 500,000; kbk for 3 of 4.
    expect(tabelRekap(h, polos, undefined, 'en')).toBe(
      [
        'Rekap kapitasi 2024-07 (kbk-2019)',
        'type            fktp  kbk            percent (kbk)           full           paid           cut   incentive',
        '──────────────  ────  ───  ───────────────────────  ─────────────  ─────────────  ────────────  ──────────',
        'puskesmas          2    2          110%: 1, 90%: 1  Rp 11,000,000  Rp 10,900,000    Rp 600,000  Rp 500,000',
        'klinik_pratama     1    1                   85%: 1  Rp 20,000,000  Rp 18,000,000  Rp 2,000,000        Rp 0',
        'praktik_dokter     1    0                        –   Rp 3,500,000   Rp 3,500,000          Rp 0        Rp 0',
        'semua              4    3  110%: 1, 90%: 1, 85%: 1  Rp 34,500,000  Rp 32,400,000  Rp 2,600,000  Rp 500,000',
      ].join('\n'),
    );
    const csv = barisRekap(h).map((r) => [r.bulan, r.laporan, r.jenis_fktp, r.ukuran, r.nilai, r.jumlah].join(','));
    expect(csv.filter((l) => l.includes(',puskesmas,') || l.includes(',semua,'))).toEqual([
      '2024-07,kapitasi,puskesmas,fasilitas,,2', '2024-07,kapitasi,puskesmas,kbk_berlaku,,2',
      // every band of the rule set listed; the 110 % no band of it has, listed too
      '2024-07,kapitasi,puskesmas,persen_kapitasi,110,1', '2024-07,kapitasi,puskesmas,persen_kapitasi,100,0', '2024-07,kapitasi,puskesmas,persen_kapitasi,95,0',
      '2024-07,kapitasi,puskesmas,persen_kapitasi,90,1', '2024-07,kapitasi,puskesmas,persen_kapitasi,85,0',
      '2024-07,kapitasi,puskesmas,kapitasi_penuh,,11000000', '2024-07,kapitasi,puskesmas,kapitasi_dibayar,,10900000',
      '2024-07,kapitasi,puskesmas,potongan,,600000', '2024-07,kapitasi,puskesmas,insentif,,500000',
      '2024-07,kapitasi,semua,fasilitas,,4', '2024-07,kapitasi,semua,kbk_berlaku,,3',
      '2024-07,kapitasi,semua,persen_kapitasi,110,1', '2024-07,kapitasi,semua,persen_kapitasi,100,0', '2024-07,kapitasi,semua,persen_kapitasi,97,0',
      '2024-07,kapitasi,semua,persen_kapitasi,96,0', '2024-07,kapitasi,semua,persen_kapitasi,95,0', '2024-07,kapitasi,semua,persen_kapitasi,90,1',
      '2024-07,kapitasi,semua,persen_kapitasi,85,1',
      '2024-07,kapitasi,semua,kapitasi_penuh,,34500000', '2024-07,kapitasi,semua,kapitasi_dibayar,,32400000',
      '2024-07,kapitasi,semua,potongan,,2600000', '2024-07,kapitasi,semua,insentif,,500000',
    ]);
    // A type never adjusted lists no band.
    expect(csv.filter((l) => l.includes(',praktik_dokter,'))).toEqual([
      '2024-07,kapitasi,praktik_dokter,fasilitas,,1', '2024-07,kapitasi,praktik_dokter,kbk_berlaku,,0',
      '2024-07,kapitasi,praktik_dokter,kapitasi_penuh,,3500000', '2024-07,kapitasi,praktik_dokter,kapitasi_dibayar,,3500000',
      '2024-07,kapitasi,praktik_dokter,potongan,,0', '2024-07,kapitasi,praktik_dokter,insentif,,0',
    ]);
  });
});

describe('jelaskanBayarTeks and jelaskanBayarJson on a hand-built explanation', () => {
  // X001, payment 2024-07, block window 2024-04..06, 2024-05 without a folder: averaged over 2 months.
  // AK (140 + 150)/2 = 145 → 2 (> 140, ≤ 145) × 0.4 = 0.8; RRNS (3 + 5)/2 = 4 → 1 (> 3) × 0.5 = 0.5;
  // RPPT (4 + 6)/2 = 5 → 4 (≥ 5) × 0.1 = 0.4; total 1.7 → < 2: 85 %.
  // 4000 × 85 % = 3400 < floor min(4000, 3600) = 3600 → 3600; 1001 × 3600 = 3,603,600; full 1001 × 4000 = 4,004,000; cut 400,400.
  const e: PenjelasanBayar = {
    fktp: fktp('X001', 'Puskesmas Lantai', 'puskesmas', 4000),
    bulanBayar: bulan('2024-07'),
    jendela: 'block' as PenjelasanBayar['jendela'],
    aturan: 'kbk-2019',
    aturanTarif: 'permenkes-3-2023',
    rataRata: 'indikator',
    bulan: [
      { bulan: bulan('2024-04'), aturanBulan: 'kbk-2019', ada: true, dinilai: true, nilai: { ak: rat(140), rrns: rat(3), rppt: rat(4) }, rating: { ak: 1, rrns: 2, rppt: 3 }, totalNilai: rat(17, 10) },
      { bulan: bulan('2024-05'), aturanBulan: 'kbk-2019', ada: false, dinilai: false, nilai: {}, rating: null, totalNilai: null },
      { bulan: bulan('2024-06'), aturanBulan: 'kbk-2019', ada: true, dinilai: true, nilai: { ak: rat(150), rrns: rat(5), rppt: rat(6) }, rating: { ak: 4, rrns: 1, rppt: 4 }, totalNilai: rat(5, 2) },
    ],
    indikator: [
      { id: 'ak', nama: 'Angka Kontak (permil)', satuan: '‰', dari: [rat(140), rat(150)], nilai: rat(145), rating: 2, band: band([140, false], [145, true]), bobot: '0.4', nilaiKinerja: rat(4, 5) },
      { id: 'rrns', nama: 'Rasio Rujukan rawat jalan Non Spesialistik (%)', satuan: '%', dari: [rat(3), rat(5)], nilai: rat(4), rating: 1, band: band([3, false], null), bobot: '0.5', nilaiKinerja: rat(1, 2) },
      { id: 'rppt', nama: 'Rasio Peserta Prolanis Terkendali (%)', satuan: '%', dari: [rat(4), rat(6)], nilai: rat(5), rating: 4, band: band([5, true], null), bobot: '0.1', nilaiKinerja: rat(2, 5) },
    ],
    jumlahBulanDinilai: 2,
    totalBulanan: [],
    totalNilai: rat(17, 10),
    bandPembayaran: { ...band(null, [2, false]), persen: '85' },
    kbkBerlaku: true,
    alasan: [],
    persenKapitasi: rat(85),
    peserta: { jumlah: 1001, bulan: bulan('2024-07') },
    tarif: { dasar: 4000n, setelahKbk: rat(3400), minimal: 3600n, lantai: rat(3600), lantaiDiterapkan: true, dibayar: rat(3600) },
    kapitasi: { penuh: 4_004_000n, tepat: rat(3_603_600), dibayar: 3_603_600n, potongan: 400_400n },
    kewajaran: [],
    catatan: ['rata-rata 2 dari 3 bulan'],
  };

  it('the text, line by line', () => {
    expect(jelaskanBayarTeks(e, undefined, 'en')).toBe(
      [
        'X001 Puskesmas Lantai (puskesmas), payment month 2024-07: kbk-2019, permenkes-3-2023',
        'block window 2024-04, 2024-05, 2024-06: each indicator averaged over the months assessed, then rated; 2 of 3 month(s) assessed',
        '',
        'month    rules         AK  RRNS  RPPT  ratings  total nilai  note',
        '───────  ────────  ──────  ────  ────  ───────  ───────────  ───────────────────────────',
        '2024-04  kbk-2019  140.00  3.00  4.00  1/2/3            1.7',
        '2024-05  kbk-2019                                            no data: not in the average',
        '2024-06  kbk-2019  150.00  5.00  6.00  4/1/4            2.5',
        '',
        'AK — Angka Kontak (permil)',
        '  mean of 2 month(s): (140 + 150) ÷ 2 = 145‰',
        '  rating 2 (> 140 and ≤ 145; design: uji)',
        '  nilai 0.4 × 2 = 0.8',
        '',
        'RRNS — Rasio Rujukan rawat jalan Non Spesialistik (%)',
        '  mean of 2 month(s): (3 + 5) ÷ 2 = 4%',
        '  rating 1 (> 3; design: uji)',
        '  nilai 0.5 × 1 = 0.5',
        '',
        'RPPT — Rasio Peserta Prolanis Terkendali (%)',
        '  mean of 2 month(s): (4 + 6) ÷ 2 = 5%',
        '  rating 4 (≥ 5; design: uji)',
        '  nilai 0.1 × 4 = 0.4',
        '',
        'total nilai 0.8 + 0.5 + 0.4 = 1.7',
        'payment band < 2 → 85% for puskesmas (design: uji)',
        'KBK applies: 85% of the base tariff',
        'tarif 4,000 × 85% = 3,400',
        'floor min(tarif 4,000, minimum 3,600) = 3,600: applied, above 3,400',
        'tarif dibayar 3,600',
        'kapitasi 1,001 registered participants (2024-07) × 3,600 = 3,603,600 → Rp 3,603,600 (rounded half-up, once)',
        'kapitasi penuh 1,001 × 4,000 = Rp 4,004,000; potongan Rp 400,400',
        '',
        'catatan:',
        '  rata-rata 2 dari 3 bulan',
        '',
      ].join('\n'),
    );
  });

  it('the JSON: the floor and the Rupiah as numbers', () => {
    expect(jelaskanBayarJson(e)).toMatchObject({
      kode_ppk: 'X001',
      jumlah_bulan_dinilai: 2,
      total_nilai: 1.7,
      band_pembayaran: { bawah: null, atas: { nilai: 2, inklusif: false }, persen: 85 },
      persen_kapitasi: 85,
      peserta: { jumlah: 1001, bulan: '2024-07' },
      tarif: { dasar: 4000, setelah_kbk: 3400, minimal: 3600, lantai: 3600, lantai_diterapkan: true, dibayar: 3600 },
      kapitasi: { penuh: 4004000, tepat: 3603600, dibayar: 3603600, potongan: 400400 },
      catatan: ['rata-rata 2 dari 3 bulan'],
    });
    expect((jelaskanBayarJson(e) as { bulan: unknown[] }).bulan[1]).toEqual({ bulan: '2024-05', aturan_bulan: 'kbk-2019', ada: false, dinilai: false, nilai: {}, rating: null, total_nilai: null });
  });
});

describe('barisProyeksi and tabelProyeksi on a hand-built projection', () => {
  const hit = (sejauhIni: number, proyeksi: number, rendah: number, tinggi: number | null, metode: MetodeHitungan) => ({ sejauhIni, proyeksi, rendah, tinggi, metode });
  // Y001 cut at 2024-06-15 (day 15 of 30), earlier months 2024-04, 2024-05.
  // AK: 400 of 5000 so far = 80‰ → 700 (650–760) = 140‰ (130–152‰); ratings 1 → 1 (1–4);
  //     rating 2 (> 140) needs +301 by the last day (701 in all).
  // RRNS: 1 of 61 referrals so far, 2 of them TACC (kept in the denominator): 1/61 = 1.64 %;
  //     1 of 103 = 0.97 %; best 1 of 118 = 0.85 %, worst 3 of 89 = 3.37 %.
  const p = {
    bulan: bulan('2024-06'),
    sampai: parseDate('2024-06-15') as number,
    hari: 15,
    hariBulan: 30,
    dipotong: true,
    rules: findRuleSet('kbk-2019'),
    bulanLalu: [bulan('2024-04'), bulan('2024-05')],
    fasilitas: [
      {
        fktp: fktp('Y001', 'Puskesmas Proyeksi', 'puskesmas', 6000),
        indikator: [
          {
            id: 'ak', nama: 'Angka Kontak (permil)', satuan: '‰',
            sejauhIni: rat(80), proyeksi: rat(140), rendah: rat(130), tinggi: rat(152), metode: ['kurva'],
            hitungan: [{ kunci: 'pesertaTerdaftar', proyeksi: hit(5000, 5000, 5000, 5000, 'tetap') }, { kunci: 'pesertaKontak', proyeksi: hit(400, 700, 650, 760, 'kurva') }],
            rating: { sejauhIni: 1, proyeksi: 1, rendah: 1, tinggi: 4 },
            celah: [{ rating: 2, kunci: 'pesertaKontak', apa: PESAN_RUMUS.gerak.pesertaKontak, arah: 'tambah', sejauhIni: 400, jumlah: 301, total: 701 }],
          },
          {
            id: 'rrns', nama: 'Rasio Rujukan rawat jalan Non Spesialistik (%)', satuan: '%',
            sejauhIni: rat(100, 61), proyeksi: rat(100, 103), rendah: rat(100, 118), tinggi: rat(300, 89), metode: ['kurva', 'sebanding'],
            hitungan: [
              { kunci: 'rujukanTotal', proyeksi: hit(61, 103, 89, 118, 'kurva') },
              { kunci: 'rujukanNonSpesialistik', proyeksi: hit(1, 1, 1, 3, 'kurva') },
              { kunci: 'rujukanTacc', proyeksi: hit(2, 3, 2, 4, 'sebanding') },
            ],
            rating: { sejauhIni: 4, proyeksi: 4, rendah: 1, tinggi: 4 },
            celah: [],
          },
        ],
      },
    ],
  } as unknown as Parameters<typeof barisProyeksi>[0];

  it("the file rows: values to two decimals, the counts with their ranges, the way up in the run's language with its code beside it", () => {
    const rij = { bulan: '2024-06', sampai: '2024-06-15', kode_ppk: 'Y001' };
    expect(barisProyeksi(p, 'id').map((r) => [r.celah, r.kode_celah])).toEqual([
      ['rating 2: +301 peserta terdaftar dengan kontak sampai hari terakhir (701 seluruhnya)', '2:tambah_peserta_kontak'],
      ['', ''],
    ]);
    expect(barisProyeksi(p, 'en')).toEqual([
      {
        ...rij, indikator: 'ak', sejauh_ini: '80.00', proyeksi: '140.00', rendah: '130.00', tinggi: '152.00', metode: 'kurva',
        rating_sejauh_ini: '1', rating_proyeksi: '1', rating_rendah: '1', rating_tinggi: '4',
        celah: 'rating 2: +301 registered participant(s) with a contact by the last day (701 in all)',
        kode_celah: '2:tambah_peserta_kontak',
        hitungan: 'peserta_terdaftar 5000; peserta_kontak 400 → 700 (650–760)',
      },
      {
        ...rij, indikator: 'rrns', sejauh_ini: '1.64', proyeksi: '0.97', rendah: '0.85', tinggi: '3.37', metode: 'kurva+sebanding',
        rating_sejauh_ini: '4', rating_proyeksi: '4', rating_rendah: '1', rating_tinggi: '4',
        celah: '',
        kode_celah: '',
        hitungan: 'rujukan_total 61 → 103 (89–118); rujukan_non_spesialistik 1 → 1 (1–3); rujukan_tacc 2 → 3 (2–4)',
      },
    ]);
  });

  it('the table: the way up under its row, the methods under the table', () => {
    expect(tabelProyeksi(p, polos, undefined, 'en').trimEnd().split('\n')).toEqual([
      "Proyeksi KBK 2024-06 (kbk-2019): data to 2024-06-15, day 15 of 30 (rows after it left out); earlier months 2024-04, 2024-05",
      "kode_ppk  name                indicator  so far  projected           range  rating       method",
      "────────  ──────────────────  ─────────  ──────  ─────────  ──────────────  ───────────  ───────────────",
      "Y001      Puskesmas Proyeksi  AK         80.00‰    140.00‰  130.00–152.00‰  1 → 1 (1–4)  kurva",
      "                                rating 2: +301 registered participant(s) with a contact by the last day (701 in all)",
      "                              RRNS        1.64%      0.97%      0.85–3.37%  4 → 4 (1–4)  kurva+sebanding",
      "kurva: the facility's own earlier months (2024-04, 2024-05): the count by day d × (month-end ÷ count by day d) of each, their mean; range: their least and greatest, ± ⌈2√(rest + 1)⌉ for what is still to come (Poisson)",
      "sebanding: TACC referrals (no daily facts) in proportion to all referrals",
    ]);
  });
});

describe('bukuKerja on hand-built payment rows', () => {
  it('the Kapitasi sheet: the hand-made Rupiah as numbers, the codes as text; Rekap added up', async () => {
    const h = {
      bulan: bulan('2024-07'),
      capaian: [],
      kapitasi: { rows: KAPITASI, rules: findRuleSet('kbk-2019') },
      tolak: { size: 0, semua: () => [][Symbol.iterator]() },
      dipakai: { aturan: [], tarif: [] },
      sinyal: [],
    } as unknown as HasilJob;
    const sheets = await readXlsxFile(Buffer.from(await bukuKerja(h)), { trim: false });
    expect(sheets.map((s) => s.sheet)).toEqual(['Kapitasi 2024-07', 'Rekap', 'Anomali', 'Tolak', 'Aturan', 'Kolom']);
    // The headings are people's words; the Kolom sheet gives each one's CSV name.
    const kolom = (sheets[5] as { data: unknown[][] }).data.filter((r) => r[0] === 'Kapitasi 2024-07');
    const [judul, ...semua] = (sheets[0] as { data: unknown[][] }).data;
    expect(kolom.map((r) => r[1])).toEqual(judul);
    const kepala = kolom.map((r) => r[2]);
    const rows = semua.filter((r) => r[0] !== 'TOTAL');
    const baris = (kode: string): Record<string, unknown> => Object.fromEntries((kepala as string[]).map((k, i) => [k, (rows.find((r) => r[1] === kode) as unknown[])[i]]));
    expect(rows.map((r) => r[1])).toEqual(['A001', 'B002', 'C003', 'D004']);
    // Percentages stored as fractions (Excel's % format), months as dates, Rupiah as numbers, flags ya/tidak.
    expect(baris('B002')).toMatchObject({
      bulan_bayar: new Date('2024-07-01T00:00:00.000Z'), jenis_fktp: 'klinik_pratama', bulan_penilaian: '2024-04..2024-06', jumlah_bulan_dinilai: 2,
      total_nilai: 1.5, kbk_berlaku: 'ya', persen_kapitasi: 0.85, peserta_terdaftar: 2000, tarif_dasar: 10000, tarif_setelah_kbk: 8500, tarif_dibayar: 9000,
      lantai_diterapkan: 'ya', kapitasi_penuh: 20000000, kapitasi_dibayar: 18000000, potongan: 2000000,
    });
    expect(baris('C003')).toMatchObject({ persen_kapitasi: 1.1, tarif_setelah_kbk: 5500, kapitasi_dibayar: 5500000, potongan: -500000 });
    expect(baris('D004')).toMatchObject({ total_nilai: null, kbk_berlaku: 'tidak', persen_kapitasi: 1, kapitasi_dibayar: 3500000, potongan: 0 });
    // The TOTAL row: potongan adds the incentive as negative (2,600,000 cut − 500,000 added).
    const total = semua[semua.length - 1] as unknown[];
    expect([total[0], total[kepala.indexOf('kapitasi_penuh')], total[kepala.indexOf('kapitasi_dibayar')], total[kepala.indexOf('potongan')]]).toEqual(['TOTAL', 34500000, 32400000, 2100000]);
    const [kr, ...rekap] = (sheets[1] as { data: unknown[][] }).data;
    const s = rekap.find((r) => r[3] === 'semua') as unknown[];
    expect(['Kapitasi Penuh', 'Kapitasi Dibayar', 'Potongan', 'Insentif'].map((k) => s[(kr as string[]).indexOf(k)])).toEqual([34500000, 32400000, 2600000, 500000]);
  });
});

describe('penjelasanTeks on a hand-built explanation', () => {
  // Z001, 2024-06, one indicator: AK 740 ÷ 5000 × 1000 = 148 → 3 (> 145 and < 150) × 0.4 = 1.2;
  // rating 4 (≥ 150) with 10 more participants with a contact: 750 ÷ 5000 × 1000 = 150.
  // Total 1.2 → < 2: 85 %; to 90 %: AK to rating 4 (total 1.6).
  const cara = { jumlah: 10, apa: PESAN_RUMUS.lebihPesertaKontak, nilai: rat(150), rating: 4 };
  const e: Penjelasan = {
    kodePpk: 'Z001',
    namaFktp: 'Puskesmas Jelas',
    jenisFktp: 'puskesmas',
    bulan: bulan('2024-06'),
    aturan: 'kbk-2019',
    indikator: [
      {
        id: 'ak', nama: 'Angka Kontak (permil)', satuan: '‰',
        uraian: { gabung: 'tunggal', bagian: [{ label: 'ak', pembilang: { n: 740, apa: PESAN_RUMUS.pesertaKontak }, penyebut: { n: 5000, apa: PESAN_RUMUS.terdaftar } }], skala: 1000, keterangan: [] },
        nilai: rat(148), rating: 3, band: band([145, false], [150, false]), bobot: '0.4', nilaiKinerja: rat(6, 5),
        berikutnya: { rating: 4, band: band([150, true], null), cara: [cara] },
      },
    ],
    totalNilai: rat(6, 5),
    bandPembayaran: { ...band(null, [2, false]), persen: '85' },
    kbkBerlaku: true,
    persenKapitasi: rat(85),
    peluang: [{ persen: '90', indikator: 'ak', rating: 4, totalNilai: rat(8, 5), cara }],
    catatan: [],
  } as unknown as Penjelasan;

  it('each number from its counts, in English and in Indonesian', () => {
    expect(penjelasanTeks(e, 'en')).toBe(
      [
        "Z001 Puskesmas Jelas (puskesmas), 2024-06, kbk-2019",
        "",
        "AK — Angka Kontak (permil)",
        "  = 740 registered participants with a contact ÷ 5,000 registered × 1,000",
        "  = 148.00",
        "  rating 3 (> 145 and < 150; design: uji)",
        "  nilai 0.4 × 3 = 1.2",
        "  next: rating 4 (≥ 150) needs 10 more registered participant(s) with a contact (→ 150.00, rating 4)",
        "",
        "total nilai 1.2 = 1.2",
        "payment band < 2 → 85% for puskesmas (design: uji)",
        "KBK applies: 85% of the base tariff",
        "",
        "to reach the next payment band, any one of:",
        "  90%: AK to rating 4 (total nilai 1.6) with 10 more registered participant(s) with a contact (→ 150.00, rating 4)",
        "",
      ].join('\n'),
    );
    expect(penjelasanTeks(e, 'id')).toBe(
      [
        "Z001 Puskesmas Jelas (puskesmas), 2024-06, kbk-2019",
        "",
        "AK — Angka Kontak (permil)",
        "  = 740 peserta terdaftar dengan kontak ÷ 5.000 terdaftar × 1.000",
        "  = 148,00",
        "  rating 3 (> 145 dan < 150; rancangan: uji)",
        "  nilai 0,4 × 3 = 1,2",
        "  berikutnya: rating 4 (≥ 150) perlu 10 peserta terdaftar lagi dengan kontak (→ 150,00, rating 4)",
        "",
        "total nilai 1,2 = 1,2",
        "rentang pembayaran < 2 → 85% untuk puskesmas (rancangan: uji)",
        "KBK berlaku: 85% dari tarif dasar",
        "",
        "untuk mencapai rentang pembayaran berikutnya, salah satu dari:",
        "  90%: AK ke rating 4 (total nilai 1,6) dengan 10 peserta terdaftar lagi dengan kontak (→ 150,00, rating 4)",
        "",
      ].join('\n'),
    );
  });
});
