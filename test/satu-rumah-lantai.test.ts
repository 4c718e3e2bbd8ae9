// One owner for the tariff floor (issue 17): explain --bayar shows the floor's terms as
// hitungPembayaran (src/core/money.ts) computed them; it derives nothing itself. Every
// Rupiah from fixtures/demo/PERHITUNGAN.md ("Payable capitation, 2024-07"), or worked out
// by hand in the comments.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jelaskanBayar } from '../src/app/jelaskan-bayar.js';
import { parseMonth } from '../src/core/month.js';
import { jelaskanBayarJson } from '../src/report/jelaskan-bayar.js';
import { FIXTURES, kbk, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');

async function bayar(kode: string, data = DEMO): Promise<{ code: number; json: Record<string, unknown>; teks: string[] }> {
  const j = await kbk(['explain', '--data', data, '--month', '2024-07', '--ppk', kode, '--bayar', '--json']);
  const t = await kbk(['explain', '--data', data, '--month', '2024-07', '--ppk', kode, '--bayar']);
  expect([j.code, t.code]).toEqual([0, 0]);
  return { code: j.code, json: JSON.parse(j.out) as Record<string, unknown>, teks: t.out.split('\n') };
}

describe('explain --bayar: the floor as money.ts computed it', () => {
  it('K002: 9200 × 96 % = 8832 is under tarif_minimal 9000, so 9000 is paid', async () => {
    const { json, teks } = await bayar('K002');
    expect(json.tarif).toEqual({ dasar: 9200, setelah_kbk: 8832, minimal: 9000, lantai: 9000, lantai_diterapkan: true, dibayar: 9000 });
    // 5010 × 9000 = 45,090,000; full 5010 × 9200 = 46,092,000; cut 1,002,000.
    expect(json.kapitasi).toEqual({ penuh: 46092000, tepat: 45090000, dibayar: 45090000, potongan: 1002000 });
    expect(teks).toContain('floor min(tarif 9,200, minimum 9,000) = 9,000: applied, above 8,832');
    expect(teks).toContain('tarif dibayar 9,000');
  });

  it('a tarif_minimal above the base tariff: the floor is the base tariff, never more', async () => {
    // P002: tarif 4000, 85 % → 3400; tarif_minimal 4500 → floor min(4000, 4500) = 4000,
    // applied; 5000 × 4000 = Rp 20,000,000, nothing cut.
    const dir = tmp('kbk-lantai-');
    cpSync(DEMO, dir, { recursive: true });
    const f = join(dir, 'fktp.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace('P002,Puskesmas Sukajadi,PUSKESMAS,4000,2016-02-01,Y,,', 'P002,Puskesmas Sukajadi,PUSKESMAS,4000,2016-02-01,Y,4500,'));
    expect(readFileSync(f, 'utf8')).toMatch(/^P002,.*,4500,/m);
    const { json, teks } = await bayar('P002', dir);
    expect(json.tarif).toEqual({ dasar: 4000, setelah_kbk: 3400, minimal: 4500, lantai: 4000, lantai_diterapkan: true, dibayar: 4000 });
    expect(json.kapitasi).toEqual({ penuh: 20000000, tepat: 20000000, dibayar: 20000000, potongan: 0 });
    expect(teks).toContain('floor min(tarif 4,000, minimum 4,500) = 4,000: applied, above 3,400');
  });
});

describe('explain --bayar and kapitasi-2024-07.csv say the same payment', () => {
  it('every facility of the demo: the expected report (worked out by hand) against explain --bayar --json', async () => {
    const [head, ...rows] = readFileSync(join(DEMO, 'expected', 'kapitasi-2024-07.csv'), 'utf8').trimEnd().split('\n');
    const kolom = (head as string).split(',');
    const ambil = (baris: string, k: string): string => (baris.match(/("[^"]*"|[^,]*)(,|$)/g) ?? []).map((x) => x.replace(/,$/, ''))[kolom.indexOf(k)] ?? '';
    expect(rows.length).toBe(10);
    const opsi = { dataDir: DEMO, outDir: tmp(), strict: false, maxRejectRate: 0.01, dialek: {}, log: () => {} };
    for (const baris of rows) {
      const kode = ambil(baris, 'kode_ppk');
      const { penjelasan } = await jelaskanBayar(opsi, parseMonth('2024-07') as number, kode);
      const j = jelaskanBayarJson(penjelasan) as { tarif: Record<string, number | boolean | null>; kapitasi: Record<string, number>; peserta: { jumlah: number } };
      const n = (k: string): number | null => (ambil(baris, k) === '' ? null : Number(ambil(baris, k)));
      expect([kode, j.peserta.jumlah, j.tarif.dasar, j.tarif.setelah_kbk, j.tarif.minimal, j.tarif.dibayar, j.tarif.lantai_diterapkan ? 1 : 0, j.kapitasi.penuh, j.kapitasi.dibayar, j.kapitasi.potongan]).toEqual([
        kode, n('peserta_terdaftar'), n('tarif_dasar'), n('tarif_setelah_kbk'), n('tarif_minimal'), n('tarif_dibayar'), n('lantai_diterapkan'), n('kapitasi_penuh'), n('kapitasi_dibayar'), n('potongan'),
      ]);
    }
  });
});
