// The payment explanation (kbk explain --bayar) on fixtures/demo, payment month 2024-07:
// every number from the hand calculation in fixtures/demo/PERHITUNGAN.md ("Payable
// capitation, 2024-07"), not from the code.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jelaskanBayar } from '../src/app/jelaskan-bayar.js';
import type { OpsiJob } from '../src/app/jobs.js';
import { parseMonth } from '../src/core/month.js';
import { UsageError } from '../src/errors.js';
import { jelaskanBayarJson, jelaskanBayarTeks } from '../src/report/jelaskan-bayar.js';
import { FIXTURES, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const JULI = parseMonth('2024-07') as number;
const opsi = (data: string, extra: Partial<OpsiJob> = {}): OpsiJob => ({ dataDir: data, outDir: tmp(), strict: false, maxRejectRate: 0.01, dialek: {}, log: () => {}, ...extra });

async function jelaskan(kode: string, data = DEMO, extra: Partial<OpsiJob> = {}) {
  const { penjelasan } = await jelaskanBayar(opsi(data, extra), JULI, kode);
  return { e: penjelasan, json: jelaskanBayarJson(penjelasan) as Record<string, unknown>, teks: jelaskanBayarTeks(penjelasan, undefined, 'en').split('\n') };
}

/** fixtures/demo with one change. */
function demoDengan(ubah: (dir: string) => void): string {
  const dir = tmp('kbk-bayar-');
  cpSync(DEMO, dir, { recursive: true });
  ubah(dir);
  return dir;
}

describe('jelaskanBayar: why a facility is paid what it is', () => {
  it('K001 (klinik): each month, the averages and their ratings, 97 %, the Rupiah', async () => {
    const { e, json, teks } = await jelaskan('K001');
    expect(json).toMatchObject({ kode_ppk: 'K001', bulan_bayar: '2024-07', jendela: 'block', aturan: 'kbk-2019', aturan_tarif: 'permenkes-3-2023', rata_rata: 'indikator', jumlah_bulan_dinilai: 3 });
    // The months: AK 750, 760, 740 of 5000; RRNS 3, 2, 4 of 100; RPPT (2/50 + 3/50)/2 = 5 each month.
    expect(json.bulan).toEqual([
      { bulan: '2024-04', aturan_bulan: 'kbk-2019', ada: true, dinilai: true, nilai: { ak: 150, rrns: 3, rppt: 5 }, rating: { ak: 4, rrns: 2, rppt: 4 }, total_nilai: 3 },
      { bulan: '2024-05', aturan_bulan: 'kbk-2019', ada: true, dinilai: true, nilai: { ak: 152, rrns: 2, rppt: 5 }, rating: { ak: 4, rrns: 4, rppt: 4 }, total_nilai: 4 },
      { bulan: '2024-06', aturan_bulan: 'kbk-2019', ada: true, dinilai: true, nilai: { ak: 148, rrns: 4, rppt: 5 }, rating: { ak: 3, rrns: 1, rppt: 4 }, total_nilai: 2.1 },
    ]);
    // (150+152+148)/3 = 150 → 4; (3+2+4)/3 = 3 → 2 (the band > 2.5 and ≤ 3); 5 → 4: 1.6 + 1 + 0.4 = 3.
    expect((json.indikator as object[]).map((i) => ({ ...i, band: undefined, nama: undefined }))).toEqual([
      { id: 'ak', satuan: '‰', dari: [150, 152, 148], nilai: 150, rating: 4, bobot: 0.4, nilai_kinerja: 1.6, band: undefined, nama: undefined },
      { id: 'rrns', satuan: '%', dari: [3, 2, 4], nilai: 3, rating: 2, bobot: 0.5, nilai_kinerja: 1, band: undefined, nama: undefined },
      { id: 'rppt', satuan: '%', dari: [5, 5, 5], nilai: 5, rating: 4, bobot: 0.1, nilai_kinerja: 0.4, band: undefined, nama: undefined },
    ]);
    expect((json.indikator as { band: unknown }[])[1]?.band).toMatchObject({ bawah: { nilai: 2.5, inklusif: false }, atas: { nilai: 3, inklusif: true } });
    // Total 3: the klinik band [3, 4) → 97 %; 12050 × 0.97 = 11688.5 above the floor min(12050, 9000).
    expect(json).toMatchObject({ total_nilai: 3, kbk_berlaku: true, alasan: [], persen_kapitasi: 97, peserta: { jumlah: 5001, bulan: '2024-07' }, kewajaran: [], catatan: [] });
    expect(json.band_pembayaran).toMatchObject({ persen: 97, bawah: { nilai: 3, inklusif: true }, atas: { nilai: 4, inklusif: false } });
    expect(json.tarif).toEqual({ dasar: 12050, setelah_kbk: 11688.5, minimal: 9000, lantai: 9000, lantai_diterapkan: false, dibayar: 11688.5 });
    // 5001 × 11688.5 = 58,454,188.5 → 58,454,189 (half-up, once); full 5001 × 12050 = 60,262,050.
    expect(json.kapitasi).toEqual({ penuh: 60262050, tepat: 58454188.5, dibayar: 58454189, potongan: 1807861 });
    expect(e.kapitasi.tepat).toEqual({ n: 116908377n, d: 2n });
    expect(e.kapitasi.dibayar).toBe(58454189n);

    expect(teks[0]).toBe('K001 Klinik Pratama Sehat (klinik_pratama), payment month 2024-07: kbk-2019, permenkes-3-2023');
    expect(teks[1]).toBe('block window 2024-04, 2024-05, 2024-06: each indicator averaged over the months assessed, then rated; 3 of 3 month(s) assessed');
    expect(teks).toContain('2024-06  kbk-2019  148.00  4.00  5.00  3/1/4            2.1');
    expect(teks).toContain('  mean of 3 month(s): (3 + 2 + 4) ÷ 3 = 3%');
    expect(teks.find((l) => l.startsWith('  rating 2 '))).toMatch(/^ {2}rating 2 \(> 2\.5 and ≤ 3; provisional: /);
    expect(teks).toContain('total nilai 1.6 + 1 + 0.4 = 3');
    expect(teks.find((l) => l.startsWith('payment band'))).toMatch(/^payment band ≥ 3 and < 4 → 97% for klinik_pratama \(provisional: /);
    expect(teks).toContain('KBK applies: 97% of the base tariff');
    expect(teks).toContain('tarif 12,050 × 97% = 11,688.5');
    expect(teks).toContain('floor min(tarif 12,050, minimum 9,000) = 9,000: not applied');
    expect(teks).toContain('kapitasi 5,001 registered participants (2024-07) × 11,688.5 = 58,454,188.5 → Rp 58,454,189 (rounded half-up, once)');
    expect(teks).toContain('kapitasi penuh 5,001 × 12,050 = Rp 60,262,050; potongan Rp 1,807,861');
    // In Indonesian: the same numbers in its format.
    const id = jelaskanBayarTeks(e, undefined, 'id').split('\n');
    expect(id[0]).toBe('K001 Klinik Pratama Sehat (klinik_pratama), bulan bayar 2024-07: kbk-2019, permenkes-3-2023');
    expect(id.some((l) => /^2024-06 +kbk-2019 +148,00 +4,00 +5,00 +3\/1\/4 +2,1$/.test(l))).toBe(true);
    expect(id).toContain('  rata-rata 3 bulan: (3 + 2 + 4) ÷ 3 = 3%');
    expect(id).toContain('total nilai 1,6 + 1 + 0,4 = 3');
    expect(id).toContain('tarif 12.050 × 97% = 11.688,5');
    expect(id).toContain('lantai min(tarif 12.050, minimal 9.000) = 9.000: tidak diterapkan');
    expect(id).toContain('kapitasi 5.001 peserta terdaftar (2024-07) × 11.688,5 = 58.454.188,5 → Rp 58.454.189 (dibulatkan setengah ke atas, sekali)');
    expect(id).toContain('kapitasi penuh 5.001 × 12.050 = Rp 60.262.050; potongan Rp 1.807.861');
  });

  it('P002 (puskesmas): 85 % gives 3400, below the floor of 3600', async () => {
    const { json, teks } = await jelaskan('P002');
    // (130+140+150)/3 = 140 → 1 (≤ 140); 4 → 1; 6 → 4: 0.4 + 0.5 + 0.4 = 1.3 → puskesmas < 2 → 85 %.
    expect((json.indikator as { nilai: number; rating: number }[]).map((i) => [i.nilai, i.rating])).toEqual([[140, 1], [4, 1], [6, 4]]);
    expect(json).toMatchObject({ total_nilai: 1.3, persen_kapitasi: 85, kbk_berlaku: true });
    expect(json.tarif).toEqual({ dasar: 4000, setelah_kbk: 3400, minimal: 3600, lantai: 3600, lantai_diterapkan: true, dibayar: 3600 });
    expect(json.kapitasi).toEqual({ penuh: 20000000, tepat: 18000000, dibayar: 18000000, potongan: 2000000 });
    expect(teks).toContain('  mean of 3 month(s): (130 + 140 + 150) ÷ 3 = 140‰');
    expect(teks).toContain('floor min(tarif 4,000, minimum 3,600) = 3,600: applied, above 3,400');
    expect(teks).toContain('tarif dibayar 3,600');
    expect(teks).toContain('kapitasi penuh 5,000 × 4,000 = Rp 20,000,000; potongan Rp 2,000,000');
  });

  it('P005: a month without registered participants is left out; not eligible, so 100 %', async () => {
    const { json, teks } = await jelaskan('P005');
    expect((json.bulan as { dinilai: boolean }[]).map((b) => b.dinilai)).toEqual([false, true, true]);
    // (120+155)/2 = 137.5 → 1; (0+2)/2 = 1 → 4; RPPT never assessed → the rule set's 4: 0.4 + 2 + 0.4 = 2.8.
    expect((json.indikator as { dari: number[]; nilai: number | null; rating: number }[]).map((i) => [i.dari, i.nilai, i.rating])).toEqual([
      [[120, 155], 137.5, 1],
      [[0, 2], 1, 4],
      [[], null, 4],
    ]);
    expect(json).toMatchObject({ jumlah_bulan_dinilai: 2, total_nilai: 2.8, kbk_berlaku: false, alasan: ['tidak layak: peserta 1000 (< 5000)'], persen_kapitasi: 100 });
    expect(json.kapitasi).toMatchObject({ dibayar: 7000000, potongan: 0 });
    expect(teks.some((l) => /^2024-04 +kbk-2019 +no registered participant: not in the average$/.test(l))).toBe(true);
    expect(teks).toContain('KBK does not apply (tidak layak: peserta 1000 (< 5000)): paid 100%');
  });

  it('a window month without its folder is named and left out of the averages', async () => {
    const data = demoDengan((dir) => rmSync(join(dir, '2024-05'), { recursive: true }));
    const { json, teks } = await jelaskan('K001', data);
    // (150+148)/2 = 149 → 3; (3+4)/2 = 3.5 → 1; 5 → 4: 1.2 + 0.5 + 0.4 = 2.1 → klinik [2, 3) → 96 %;
    // 12050 × 0.96 = 11568; 5001 × 11568 = 57,851,568; potongan 60,262,050 − 57,851,568 = 2,410,482.
    expect((json.bulan as { ada: boolean }[]).map((b) => b.ada)).toEqual([true, false, true]);
    expect((json.indikator as { nilai: number; rating: number }[]).map((i) => [i.nilai, i.rating])).toEqual([[149, 3], [3.5, 1], [5, 4]]);
    expect(json).toMatchObject({ jumlah_bulan_dinilai: 2, total_nilai: 2.1, persen_kapitasi: 96 });
    expect(json.kapitasi).toEqual({ penuh: 60262050, tepat: 57851568, dibayar: 57851568, potongan: 2410482 });
    expect(json.catatan).toContain('bulan 2024-05 tanpa data');
    expect(teks.some((l) => /^2024-05 +kbk-2019 +no data: not in the average$/.test(l))).toBe(true);
  });

  it('averaging the monthly total nilai (--average nilai)', async () => {
    const { json, teks } = await jelaskan('K001', DEMO, { rataRata: 'nilai' });
    // (3 + 4 + 2.1)/3 = 3.0333… → still the band [3, 4): 97 %.
    expect(json).toMatchObject({ rata_rata: 'nilai', total_bulanan: [3, 4, 2.1], total_nilai: 3.0333, persen_kapitasi: 97 });
    expect(teks).toContain("total nilai, the months' totals averaged: (3 + 4 + 2.1) ÷ 3 = 3.0333");
  });

  it('says when pay would stop on the facility as a damaged export', async () => {
    const data = demoDengan((dir) => {
      const f = join(dir, '2024-07', 'peserta.csv');
      writeFileSync(f, readFileSync(f, 'utf8').split('\n').filter((l) => !l.includes(',P001,')).join('\n'));
    });
    const { json } = await jelaskan('P001', data);
    expect(json.kewajaran).toEqual(['P001: not in 2024-07/peserta.csv, though it had 5,000 in 2024-06; is that file complete?']);
    expect(json.kapitasi).toMatchObject({ dibayar: 0 });
  });

  it('refuses a facility code not in fktp.csv', async () => {
    await expect(jelaskanBayar(opsi(DEMO), JULI, 'X999')).rejects.toThrow(UsageError);
  });
});
