// Issue 17 item 4: cases that fail when a rule's one home changes.
//  - the tariff floor: `kbk explain --bayar --json` for EVERY facility of the demo's payment
//    month agrees, column by column, with the hand-computed kapitasi-2024-07.csv
//    (fixtures/demo/PERHITUNGAN.md), and the text of the two facilities whose floor applies
//    (tarif_minimal above the tariff after KBK: K002, P002) is checked line by line;
//  - TACC in a projection: P001 has two TACC referrals in 2024-06 (R20240601B kd_tacc 1,
//    R20240601C kd_tacc 3); a --sampai 2024-06-15 cut, every count and bound below worked
//    out by hand from fixtures/demo/2024-0{4,5,6}/rujukan.csv.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbkKode, tinyMonth, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const KAPITASI: Record<string, string>[] = parse(readFileSync(join(DEMO, 'expected', 'kapitasi-2024-07.csv'), 'utf8'), { columns: true });

/** The CSV cell's number as --json prints it ('' → null). */
const angka = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

describe('explain --bayar --json against kapitasi-2024-07.csv, every facility of the demo', () => {
  it('has the ten facilities of the hand calculation', () => {
    expect(KAPITASI.map((r) => r.kode_ppk)).toEqual(['D001', 'G001', 'K001', 'K002', 'K003', 'P001', 'P002', 'P003', 'P004', 'P005']);
  });

  for (const baris of KAPITASI) {
    it(`${baris.kode_ppk}: every column`, async () => {
      const r = await kbkKode(0, ['explain', '--data', DEMO, '--month', '2024-07', '--ppk', baris.kode_ppk as string, '--bayar', '--json']);
      const e = JSON.parse(r.out);
      const nilaiIndikator = (id: string): number | null => e.indikator.find((i: { id: string }) => i.id === id)?.nilai ?? null;
      const bulan = e.bulan.map((b: { bulan: string }) => b.bulan) as string[];
      expect({
        bulan_bayar: e.bulan_bayar,
        kode_ppk: e.kode_ppk,
        nama_fktp: e.nama_fktp,
        jenis_fktp: e.jenis_fktp,
        aturan: e.aturan,
        aturan_tarif: e.aturan_tarif,
        bulan_penilaian: `${bulan[0]}..${bulan.at(-1)}`,
        jumlah_bulan_dinilai: e.jumlah_bulan_dinilai,
        // The file prints averages with two decimals; --json keeps them exact.
        rata_angka_kontak: nilaiIndikator('ak')?.toFixed(2) ?? '',
        rata_rrns: nilaiIndikator('rrns')?.toFixed(2) ?? '',
        rata_rppt: nilaiIndikator('rppt')?.toFixed(2) ?? '',
        total_nilai: e.total_nilai,
        kbk_berlaku: e.kbk_berlaku ? 1 : 0,
        persen_kapitasi: e.persen_kapitasi,
        peserta_terdaftar: e.peserta.jumlah,
        tarif_dasar: e.tarif.dasar,
        tarif_setelah_kbk: e.tarif.setelah_kbk,
        tarif_minimal: e.tarif.minimal,
        tarif_dibayar: e.tarif.dibayar,
        lantai_diterapkan: e.tarif.lantai_diterapkan ? 1 : 0,
        kapitasi_penuh: e.kapitasi.penuh,
        kapitasi_dibayar: e.kapitasi.dibayar,
        potongan: e.kapitasi.potongan,
      }).toEqual({
        bulan_bayar: baris.bulan_bayar,
        kode_ppk: baris.kode_ppk,
        nama_fktp: baris.nama_fktp,
        jenis_fktp: baris.jenis_fktp,
        aturan: baris.aturan,
        aturan_tarif: baris.aturan_tarif,
        bulan_penilaian: baris.bulan_penilaian,
        jumlah_bulan_dinilai: angka(baris.jumlah_bulan_dinilai),
        rata_angka_kontak: baris.rata_angka_kontak,
        rata_rrns: baris.rata_rrns,
        rata_rppt: baris.rata_rppt,
        total_nilai: angka(baris.total_nilai),
        kbk_berlaku: angka(baris.kbk_berlaku),
        persen_kapitasi: angka(baris.persen_kapitasi),
        peserta_terdaftar: angka(baris.peserta_terdaftar),
        tarif_dasar: angka(baris.tarif_dasar),
        tarif_setelah_kbk: angka(baris.tarif_setelah_kbk),
        tarif_minimal: angka(baris.tarif_minimal),
        tarif_dibayar: angka(baris.tarif_dibayar),
        lantai_diterapkan: angka(baris.lantai_diterapkan),
        kapitasi_penuh: angka(baris.kapitasi_penuh),
        kapitasi_dibayar: angka(baris.kapitasi_dibayar),
        potongan: angka(baris.potongan),
      });
      // The floor is min(base tariff, minimum); it applies when the tariff after KBK is below it.
      expect(e.tarif.lantai).toBe(Math.min(e.tarif.dasar, e.tarif.minimal));
    });
  }

  it('the floors of the hand calculation, in exact Rupiah: K002 and P002 are paid the floor, K001 is not', async () => {
    const tarif = async (ppk: string): Promise<unknown> =>
      JSON.parse((await kbkKode(0, ['explain', '--data', DEMO, '--month', '2024-07', '--ppk', ppk, '--bayar', '--json'])).out);
    // K002: 9200 × 96 % = 8832 < minimum 9000 → 9000; 5010 × 9000 = 45,090,000; 5010 × 9200 = 46,092,000.
    expect(await tarif('K002')).toMatchObject({
      persen_kapitasi: 96,
      tarif: { dasar: 9200, setelah_kbk: 8832, minimal: 9000, lantai: 9000, lantai_diterapkan: true, dibayar: 9000 },
      kapitasi: { penuh: 46092000, tepat: 45090000, dibayar: 45090000, potongan: 1002000 },
    });
    // P002: 4000 × 85 % = 3400 < minimum 3600 → 3600; 5000 × 3600 = 18,000,000; cut 2,000,000.
    expect(await tarif('P002')).toMatchObject({
      persen_kapitasi: 85,
      tarif: { dasar: 4000, setelah_kbk: 3400, minimal: 3600, lantai: 3600, lantai_diterapkan: true, dibayar: 3600 },
      kapitasi: { penuh: 20000000, tepat: 18000000, dibayar: 18000000, potongan: 2000000 },
    });
    // K001: 12050 × 97 % = 11688.5 above minimum 9000: not applied; 5001 × 11688.5 = 58,454,188.5 → 58,454,189.
    expect(await tarif('K001')).toMatchObject({
      tarif: { dasar: 12050, setelah_kbk: 11688.5, minimal: 9000, lantai: 9000, lantai_diterapkan: false, dibayar: 11688.5 },
      kapitasi: { penuh: 60262050, dibayar: 58454189, potongan: 1807861 },
    });
  });

  it('explain --bayar shows the floor applied, line by line (K002, P002)', async () => {
    const k002 = (await kbkKode(0, ['explain', '--data', DEMO, '--month', '2024-07', '--ppk', 'K002', '--bayar'])).out.split('\n');
    expect(k002).toContain('KBK applies: 96% of the base tariff');
    expect(k002).toContain('tarif 9,200 × 96% = 8,832');
    expect(k002).toContain('floor min(tarif 9,200, minimum 9,000) = 9,000: applied, above 8,832');
    expect(k002).toContain('tarif dibayar 9,000');
    expect(k002).toContain('kapitasi 5,010 registered participants (2024-07) × 9,000 = 45,090,000 → Rp 45,090,000 (rounded half-up, once)');
    expect(k002).toContain('kapitasi penuh 5,010 × 9,200 = Rp 46,092,000; potongan Rp 1,002,000');
    const p002 = (await kbkKode(0, ['explain', '--data', DEMO, '--month', '2024-07', '--ppk', 'P002', '--bayar'])).out.split('\n');
    expect(p002).toContain('KBK applies: 85% of the base tariff');
    expect(p002).toContain('tarif 4,000 × 85% = 3,400');
    expect(p002).toContain('floor min(tarif 4,000, minimum 3,600) = 3,600: applied, above 3,400');
    expect(p002).toContain('tarif dibayar 3,600');
    expect(p002).toContain('kapitasi 5,000 registered participants (2024-07) × 3,600 = 18,000,000 → Rp 18,000,000 (rounded half-up, once)');
    expect(p002).toContain('kapitasi penuh 5,000 × 4,000 = Rp 20,000,000; potongan Rp 2,000,000');
  });
});

describe('tarif_minimal above the base tariff: the floor is the base tariff, in pay and explain --bayar alike', () => {
  it('K002 with tarif_minimal 9,500 (in the rs_d_pratama range 9,000–16,000) over its tariff 9,200', async () => {
    const data = join(tmp(), 'demo');
    cpSync(DEMO, data, { recursive: true });
    const fktp = readFileSync(join(data, 'fktp.csv'), 'utf8');
    const baru = fktp.replace('K002,RS D Pratama Medika,RS D PRATAMA,9200,2019-01-01,Y,,', 'K002,RS D Pratama Medika,RS D PRATAMA,9200,2019-01-01,Y,9500,');
    expect(baru).not.toBe(fktp);
    writeFileSync(join(data, 'fktp.csv'), baru);
    // floor min(9200, 9500) = 9200 > 9200 × 96 % = 8832: applied; 5010 × 9200 = 46,092,000, nothing cut.
    const e = JSON.parse((await kbkKode(0, ['explain', '--data', data, '--month', '2024-07', '--ppk', 'K002', '--bayar', '--json'])).out);
    expect(e.tarif).toEqual({ dasar: 9200, setelah_kbk: 8832, minimal: 9500, lantai: 9200, lantai_diterapkan: true, dibayar: 9200 });
    expect(e.kapitasi).toEqual({ penuh: 46092000, tepat: 46092000, dibayar: 46092000, potongan: 0 });
    const teks = (await kbkKode(0, ['explain', '--data', data, '--month', '2024-07', '--ppk', 'K002', '--bayar'])).out.split('\n');
    expect(teks).toContain('floor min(tarif 9,200, minimum 9,500) = 9,200: applied, above 8,832');
    expect(teks).toContain('kapitasi penuh 5,010 × 9,200 = Rp 46,092,000; potongan Rp 0');
    const pay = JSON.parse((await kbkKode(0, ['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '--json'])).out);
    expect(pay.kapitasi.find((x: { kode_ppk: string }) => x.kode_ppk === 'K002')).toMatchObject({
      tarif_dasar: 9200, tarif_setelah_kbk: 8832, tarif_minimal: 9500, tarif_dibayar: 9200, lantai_diterapkan: 1, kapitasi_dibayar: 46092000, potongan: 0,
    });
  });
});

describe('kbk proyeksi with TACC referrals: P001, 2024-06 cut at 2024-06-15', () => {
  it('counts, projections and the RRNS range, TACC in the denominator', async () => {
    const r = await kbkKode(0, ['proyeksi', '--data', DEMO, '--month', '2024-06', '--sampai', '2024-06-15', '--json', '--out', tmp()]);
    const p001 = JSON.parse(r.out).fasilitas.find((f: { kode_ppk: string }) => f.kode_ppk === 'P001');
    const rrns = p001.indikator.find((i: { id: string }) => i.id === 'rrns');
    // By hand from rujukan.csv (P001 rows dated 2024-06-01..15):
    //  - 62 rows, R20240601A twice (one counted) → 61 referrals so far; non-specialistic 1
    //    (R20240601A, K29.7 → diagnosa K29); R20240601B (flag 1, kd_tacc 1) and R20240601C
    //    (kd_tacc 3) are TACC: 2, not non-specialistic, in the denominator. RRNS 1/61 = 1.64 %.
    //  - April and May: 59 referrals by day 15 of 100; the one non-specialistic dated the 2nd.
    //    Total: 61 × 100/59 = 103.39 → 103; margin ⌈√(4 × (42 + 1))⌉ = ⌈√172⌉ = 14:
    //    low max(61, 103 − 14) = 89, high ⌈103.39⌉ + 14 = 118.
    //    Non-specialistic: 1 × 1/1 = 1; margin √(4 × 1) = 2: low max(1, 1 − 2) = 1, high 1 + 2 = 3.
    //  - TACC in proportion to all referrals: 2 × 103/61 = 3.38 → 3; low 2 (as read);
    //    high ⌈2 × 118/61⌉ = ⌈3.87⌉ = 4.
    //  - RRNS projected 1/103 = 0.97 %; best 1/118 = 0.85 %; worst 3/89 = 3.37 %.
    //    (TACC out of the denominator would give 1/(103 − 3) = 1.00 %.)
    expect(rrns.hitungan).toEqual({
      rujukan_total: { sejauh_ini: 61, proyeksi: 103, rendah: 89, tinggi: 118, metode: 'kurva' },
      rujukan_non_spesialistik: { sejauh_ini: 1, proyeksi: 1, rendah: 1, tinggi: 3, metode: 'kurva' },
      rujukan_tacc: { sejauh_ini: 2, proyeksi: 3, rendah: 2, tinggi: 4, metode: 'sebanding' },
    });
    expect(rrns).toMatchObject({ sejauh_ini: 1.64, proyeksi: 0.97, rendah: 0.85, tinggi: 3.37, metode: ['kurva', 'sebanding'] });
    // kbk-2019 RRNS bands: ≤ 2 → 4, > 3 → 1. The lowest rating is that of the worst case 3.37 %.
    expect(rrns.rating).toEqual({ sejauh_ini: 4, proyeksi: 4, rendah: 1, tinggi: 4 });
    expect(rrns.celah).toEqual([]);
  });
});

describe('kbk proyeksi: a cut before the TACC referrals are dated keeps them within the referrals so far', () => {
  it('facility A, 2024-06 cut at 2024-06-10 (day 10 of 30), no earlier month', async () => {
    const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
    // R1 on the 1st (specialistic), R2 (kd_tacc 1) on the 20th, R3 (kd_tacc 2) on the 25th, R4 on the 28th.
    const data = tinyMonth({
      'rujukan.csv':
        'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,kd_tacc,non_spesialistik\n' +
        `R1,${c(1)},A,2024-06-01,N18.5,,0\nR2,${c(2)},A,2024-06-20,J06.9,1,1\nR3,${c(3)},A,2024-06-25,K29.7,2,0\nR4,${c(4)},A,2024-06-28,N18.5,,0\n`,
    });
    const r = await kbkKode(0, ['proyeksi', '--data', data, '--month', '2024-06', '--sampai', '2024-06-10', '--json', '--out', tmp()]);
    const rrns = JSON.parse(r.out).fasilitas[0].indikator.find((i: { id: string }) => i.id === 'rrns');
    // By the 10th: 1 referral (R1), 0 non-specialistic. TACC referrals have no daily facts: the
    // month's 2, bounded by the referrals so far that are not non-specialistic: min(2, 1 − 0) = 1.
    // No earlier month, so laju: total 1 × 30/10 = 3; margin ⌈√(4 × (3 − 1 + 1))⌉ = ⌈√12⌉ = 4:
    // 1..3 + 4 = 7. Non-specialistic 0 → 0, margin √4 = 2: 0..2. TACC in proportion: 1 × 3/1 = 3,
    // 1 × 7/1 = 7, low 1 (as bounded).
    expect(rrns.hitungan).toEqual({
      rujukan_total: { sejauh_ini: 1, proyeksi: 3, rendah: 1, tinggi: 7, metode: 'laju' },
      rujukan_non_spesialistik: { sejauh_ini: 0, proyeksi: 0, rendah: 0, tinggi: 2, metode: 'laju' },
      rujukan_tacc: { sejauh_ini: 1, proyeksi: 3, rendah: 1, tinggi: 7, metode: 'sebanding' },
    });
    // RRNS 0/1 = 0 %, 0/3 = 0 %; lowest 0/7 = 0 %; highest 2/1 = 200 % held to the formula's domain: 100 %.
    expect(rrns).toMatchObject({ sejauh_ini: 0, proyeksi: 0, rendah: 0, tinggi: 100, metode: ['laju', 'sebanding'] });
  });
});
