// Issue 18: Permenkes 3/2023 requires its tariffs reviewed «minimal setiap 2 (dua) tahun
// sekali»; none was found through 2026-01, so payment months from 2025-01 are told the set may
// be outdated. And BPJS's director said in July 2025 that the Puskesmas maximum actually paid
// is Rp 7.000: a base tariff above that SDM maximum is warned about (inside the range: paid).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kbk, tinyMonth, tmp } from './helpers.js';

function bulan(b: string, tarif = '6000'): string {
  const data = tinyMonth({ 'fktp.csv': `kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,${tarif}\n` });
  renameSync(join(data, '2024-06'), join(data, b));
  for (const f of readdirSync(join(data, b))) {
    const p = join(data, b, f);
    writeFileSync(p, readFileSync(p, 'utf8').replaceAll('2024-06-', `${b}-`));
  }
  return data;
}

describe('permenkes-3-2023 past its review, and the SDM maximum', () => {
  it('a payment month from 2025-01 is told the tariff set may be outdated; 2024-12 is not', async () => {
    const r = await kbk(['pay', '--data', bulan('2024-12'), '--month', '2025-01', '--window', 'bulanan', '--out', tmp()]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      'note: tariff set permenkes-3-2023 may be outdated: its regulation requires a review every 24 months (Permenkes No. 3 Tahun 2023: the standard tariff is reviewed «minimal setiap 2 (dua) tahun sekali»), and none was found through 2026-01; check the tariffs in force and pass --tariffs FILE if they changed\n',
    );
    const s = await kbk(['pay', '--data', bulan('2024-11'), '--month', '2024-12', '--window', 'bulanan', '--out', tmp()]);
    expect(s.code, s.err).toBe(0);
    expect(s.err).not.toContain('may be outdated');
  });

  it('kbk rules show lists the review and the SDM maximum with their sources', async () => {
    const r = await kbk(['rules', 'show', 'permenkes-3-2023']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\ntinjauan +every 24 months; none found through 2026-01 verified +Permenkes No\. 3 Tahun 2023: the standard tariff is reviewed «minimal setiap 2 \(dua\) tahun sekali»\n/);
    expect(r.out).toMatch(/\nmaksSdm\.puskesmas +Rp 7,000 +provisional +BPJS Kesehatan's director, July 2025/);
  });

  it('a puskesmas base tariff of Rp 8.000 (inside 3.600–9.000, above the SDM maximum 7.000): paid, warned under --quiet', async () => {
    const r = await kbk(['pay', '--data', bulan('2024-05', '8000'), '--month', '2024-06', '--window', 'bulanan', '--out', tmp(), '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      'kbk: warning: A: tarif_kapitasi Rp 8,000 is above the highest puskesmas tariff the SDM criteria give, Rp 7,000 (permenkes-3-2023, maksSdm); still inside its range, so paid, but check fktp.csv\n',
    );
    const t = await kbk(['pay', '--data', bulan('2024-05', '7000'), '--month', '2024-06', '--window', 'bulanan', '--out', tmp(), '-q']);
    expect([t.code, t.err.includes('SDM')]).toEqual([0, false]);
  });
});
