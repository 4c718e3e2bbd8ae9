// Issue 18: Per BPJS 7/2019 assesses and adjusts every month ("Penilaian capaian kinerja
// dan penyesuaian kapitasi dilakukan setiap bulan"); the 3-month block is Perber 2/2017's
// clause kept as kbk's default. --window bulanan pays month P from P-1 alone. The expected
// values below are the demo's hand-checked capaian-2024-06 (fixtures/demo/PERHITUNGAN.md)
// and the Rupiah worked out from them by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const baca = (path: string): Record<string, string>[] => parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];

describe('--window bulanan', () => {
  it('pays 2024-07 from 2024-06 alone: every indicator, total nilai and percentage is that month\'s', async () => {
    const out = tmp();
    const r = await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--window', 'bulanan', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const kapitasi = baca(join(out, 'kapitasi-2024-07.csv'));
    const juni = new Map(baca(join(DEMO, 'expected', 'capaian-2024-06.csv')).map((c) => [c.kode_ppk, c]));
    expect(kapitasi).toHaveLength(10);
    for (const k of kapitasi) {
      const c = juni.get(k.kode_ppk as string) as Record<string, string>;
      expect([k.kode_ppk, k.bulan_penilaian, k.jumlah_bulan_dinilai]).toEqual([k.kode_ppk, '2024-06', '1']);
      expect([k.rata_angka_kontak, k.rata_rrns, k.rata_rppt, k.total_nilai, k.persen_kapitasi], k.kode_ppk).toEqual([c.angka_kontak, c.rrns, c.rppt, c.total_nilai, c.persen_kapitasi]);
    }
    const row = (kode: string) => kapitasi.find((k) => k.kode_ppk === kode) as Record<string, string>;
    // K001: 12050 × 96 % = 11568 a participant, 5001 participants in July.
    expect([row('K001').tarif_dibayar, row('K001').kapitasi_dibayar, row('K001').potongan]).toEqual(['11568', '57851568', '2410482']);
    // P002: 4000 × 90 % = 3600, exactly the floor (not lifted), 5000 participants.
    expect([row('P002').tarif_dibayar, row('P002').lantai_diterapkan, row('P002').kapitasi_dibayar]).toEqual(['3600', '0', '18000000']);
  });

  it('a rule file may make bulanan its default, with its lag', async () => {
    const rules = JSON.parse((await kbkKode(0, ['rules', 'show', 'kbk-2019', '--json'])).out);
    rules.id = 'kc-bulanan';
    rules.kebijakan.jendela = { nilai: 'bulanan', status: 'design', sumber: 'test' };
    const file = join(tmp(), 'kc-bulanan.json');
    writeFileSync(file, JSON.stringify(rules));
    const a = tmp();
    const b = tmp();
    expect((await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--rules', file, '--out', a])).code).toBe(0);
    expect((await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--window', 'bulanan', '--out', b])).code).toBe(0);
    const tanpaAturan = (p: string) => baca(p).map(({ aturan: _a, catatan: _c, ...rest }) => rest);
    expect(tanpaAturan(join(a, 'kapitasi-2024-07.csv'))).toEqual(tanpaAturan(join(b, 'kapitasi-2024-07.csv')));
    // A lag of 2 pays July from May.
    rules.kebijakan.jedaBulanan = { nilai: 2, status: 'design', sumber: 'test' };
    writeFileSync(file, JSON.stringify(rules));
    const c = tmp();
    expect((await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--rules', file, '--out', c])).code).toBe(0);
    expect(new Set(baca(join(c, 'kapitasi-2024-07.csv')).map((k) => k.bulan_penilaian))).toEqual(new Set(['2024-05']));
    rules.kebijakan.jedaBulanan = { nilai: 0, status: 'design', sumber: 'test' };
    writeFileSync(file, JSON.stringify(rules));
    const v = await kbk(['rules', 'validate', file]);
    expect(v.code).toBe(65);
    expect(v.err).toContain('kebijakan.jedaBulanan');
  });

  it('explain --bayar follows it', async () => {
    const r = await kbk(['explain', '--data', DEMO, '--month', '2024-07', '--ppk', 'K001', '--bayar', '--window', 'bulanan', '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect([j.jendela, j.bulan.map((b: { bulan: string }) => b.bulan), j.jumlah_bulan_dinilai]).toEqual(['bulanan', ['2024-06'], 1]);
  });

  it('banding compares block with bulanan from one read', async () => {
    const out = tmp();
    const r = await kbk(['banding', '--data', DEMO, '--month', '2024-07', '--window-banding', 'bulanan', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const rows = baca(join(out, 'banding-2024-07.csv'));
    const total = rows.find((x) => x.kode_ppk === 'TOTAL') as Record<string, string>;
    // Block: Rp 237,244,189 (PERHITUNGAN.md); bulanan: the sum of the month-by-month payments above.
    expect([total.ketentuan_a, total.kapitasi_dibayar_a, total.ketentuan_b, total.kapitasi_dibayar_b, total.selisih]).toEqual([
      'kbk-2019/standar/permenkes-3-2023/block', '237244189', 'kbk-2019/standar/permenkes-3-2023/bulanan', '236641568', '-602621',
    ]);
    // Each month read once: the rejects of 2024-06 are those of a plain run.
    const run = tmp();
    await kbkKode(0, ['pay', '--data', DEMO, '--month', '2024-07', '--out', run]);
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8')).toBe(readFileSync(join(run, 'tolak-2024-06.csv'), 'utf8'));
  });

  it('kbk-2019 says its window is a design choice and quotes 7/2019', async () => {
    const rules = JSON.parse((await kbkKode(0, ['rules', 'show', 'kbk-2019', '--json'])).out);
    expect(rules.kebijakan.jendela.status).toBe('design');
    expect(rules.kebijakan.jendela.sumber).toContain('Penilaian capaian kinerja dan penyesuaian kapitasi dilakukan setiap bulan');
    for (const ind of rules.indikator) expect([ind.id, ind.bobot.status, ind.band[0].status]).toEqual([ind.id, 'provisional', 'provisional']);
  });
});
