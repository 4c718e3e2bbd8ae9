// Issue 10: a national month runs as independent branch runs, merged by kbk gabung. The
// demo split in two branches (puskesmas; clinics and practices), run apart and merged,
// gives the demo's own reports: the same rows, the recap added up.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cabangDemo as cabang, FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');


describe('issue 10: kbk gabung', () => {
  it('two branch runs merged give the whole demo: capaian, kapitasi and the recap', async () => {
    const outs = [];
    for (const [nama, awalan] of [['kc-puskesmas', ['P']], ['kc-klinik', ['K', 'D', 'G']]] as const) {
      const out = join(tmp(), nama);
      const r = await kbk(['run', '--data', cabang([...awalan]), '--month', '2024-07', '--out', out]);
      expect(r.code, r.err).toBe(0);
      outs.push(out);
    }
    const merged = tmp();
    const g = await kbk(['gabung', ...outs, '--out', merged]);
    expect(g.code, g.err).toBe(0);
    expect(g.out).toContain('kapitasi-2024-07.csv: 10 rows from 2 folders\n');
    for (const f of ['capaian-2024-04.csv', 'capaian-2024-05.csv', 'capaian-2024-06.csv', 'kapitasi-2024-07.csv', 'rekap-2024-07.csv'])
      expect(readFileSync(join(merged, f), 'utf8'), f).toBe(readFileSync(join(DEMO, 'expected', f), 'utf8'));
    const tolak = parse(readFileSync(join(merged, 'tolak-2024-06.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(tolak.map((t) => t.file.split('/')[0]).sort()).toEqual(['kc-puskesmas', 'kc-puskesmas', 'kc-puskesmas', 'kc-puskesmas']);
    expect(readdirSync(merged).sort()).toEqual(readdirSync(join(DEMO, 'expected')).sort());
  });

  it('a facility in two branches, or a report one branch lacks, stops the merge', async () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', a])).code).toBe(0);
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', b])).code).toBe(0);
    const r = await kbk(['gabung', a, b, '--out', tmp()]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(`kbk: error: capaian-2024-06.csv: facility D001 is in both ${a} and ${b}; a facility belongs to one branch\n`);
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-05', '--out', b])).code).toBe(0);
    const r2 = await kbkKode(65, ['gabung', a, b, '--out', tmp()]);
    expect(r2.err).toContain(`kbk: error: anomali-2024-05.csv is in 1 of the folders but not in ${a}; merge only runs of the same months\n`);
  });
});
