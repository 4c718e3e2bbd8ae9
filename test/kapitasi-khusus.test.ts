// Issue 18: facilities paid "kapitasi khusus" are not KBK-adjusted (BPJS statement, Dec
// 2024). fktp.csv's optional kapitasi_khusus column marks them: their indicators are still
// reported, kbk_berlaku 0, paid 100 %, and the reason is in catatan and explain.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tmp } from './helpers.js';

function demoDengan(nilai: Record<string, string>, kolom = 'kapitasi_khusus'): string {
  const data = tmp();
  cpSync(join(FIXTURES, 'demo'), data, { recursive: true });
  const lines = readFileSync(join(data, 'fktp.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(data, 'fktp.csv'), [`${lines[0]},${kolom}`, ...lines.slice(1).map((l) => `${l},${nilai[l.split(',')[0] as string] ?? ''}`)].join('\n') + '\n');
  return data;
}
const baca = (path: string): Record<string, string>[] => parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];

describe('kapitasi khusus', () => {
  it('K001 flagged: indicators as before, kbk_berlaku 0, paid 100 %, the reason in catatan', async () => {
    const out = tmp();
    const r = await kbk(['run', '--data', demoDengan({ K001: 'ya', K002: 'tidak', P001: '0' }), '--month', '2024-07', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const k = baca(join(out, 'kapitasi-2024-07.csv')).find((x) => x.kode_ppk === 'K001') as Record<string, string>;
    // 5,001 participants × 12,050 (100 %) = 60,262,050; nothing cut.
    expect([k.rata_angka_kontak, k.total_nilai, k.kbk_berlaku, k.persen_kapitasi, k.kapitasi_dibayar, k.potongan]).toEqual(['150.00', '3', '0', '100', '60262050', '0']);
    expect(k.catatan).toContain('kapitasi khusus: tanpa penyesuaian KBK');
    const c = baca(join(out, 'capaian-2024-06.csv')).find((x) => x.kode_ppk === 'K001') as Record<string, string>;
    const asli = baca(join(FIXTURES, 'demo', 'expected', 'capaian-2024-06.csv')).find((x) => x.kode_ppk === 'K001') as Record<string, string>;
    expect([c.angka_kontak, c.rrns, c.rppt, c.total_nilai, c.kbk_berlaku, c.persen_kapitasi]).toEqual([asli.angka_kontak, asli.rrns, asli.rppt, asli.total_nilai, '0', '100']);
    // Everyone else as in the hand-checked reports (K002 'tidak' and P001 '0' are not flagged).
    const lain = (p: string) => baca(p).filter((x) => x.kode_ppk !== 'K001').map(({ catatan: _c, ...rest }) => rest);
    expect(lain(join(out, 'kapitasi-2024-07.csv'))).toEqual(lain(join(FIXTURES, 'demo', 'expected', 'kapitasi-2024-07.csv')));
  });

  it('explain --bayar says why', async () => {
    const r = await kbk(['explain', '--data', demoDengan({ K001: 'true' }), '--month', '2024-07', '--ppk', 'K001', '--bayar']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('KBK does not apply (kapitasi khusus: tanpa penyesuaian KBK): paid 100%');
  });

  it('a value that is not yes/no is a rejected master row', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', demoDengan({ K001: 'mungkin' }), '--month', '2024-06', '--out', out, '--strict']);
    expect(r.code).toBe(65);
    expect(r.err).toContain('fktp.csv:7 column kapitasi_khusus');
  });
});
