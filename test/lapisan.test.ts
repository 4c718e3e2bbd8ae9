// The layering of src/ (issue 17): imports point down only — cli → app → report → ingest →
// core → rules — and no two files import each other round a circle, type-only imports
// included (a circle through `import type` still means neither side can be read or tested
// alone). src/errors.ts, src/pesan/*, src/sementara.ts, src/versi.ts and src/akar.ts are shared leaves:
// every layer may import them, and they import only each other. The graph is read from the
// sources as ../shared/tools/import-graph.py reads it (the same pattern), so both agree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/** Top to bottom; a file may import its own layer or a lower one. */
const LAPISAN = ['cli', 'app', 'report', 'ingest', 'core', 'rules'] as const;
const DAUN = (f: string): boolean => f === 'errors.ts' || f === 'sementara.ts' || f === 'versi.ts' || f === 'akar.ts' || f.startsWith('pesan/');

/** import … from './x.js', export … from './x.js' (type-only too, over several lines), import('./x.js'). */
const IMPOR = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function berkas(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return berkas(p);
    return n.endsWith('.ts') && !n.endsWith('.d.ts') ? [p] : [];
  });
}

function resolve(dari: string, spec: string): string | null {
  const p = normalize(join(dirname(dari), spec));
  for (const c of [p, p.replace(/\.js$/, '.ts'), `${p}.ts`, join(p, 'index.ts')]) {
    try {
      if (c.endsWith('.ts') && statSync(c).isFile()) return c;
    } catch {
      /* not this candidate */
    }
  }
  return null;
}

/** Each file of a tree (relative to it, with /) and the files of the tree it imports. */
function grafImpor(src: string): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const f of berkas(src)) {
    const ke = new Set<string>();
    for (const m of readFileSync(f, 'utf8').matchAll(IMPOR)) {
      const t = resolve(f, (m[1] ?? m[2]) as string);
      if (t !== null) ke.add(relative(src, t).split(sep).join('/'));
    }
    g.set(relative(src, f).split(sep).join('/'), ke);
  }
  return g;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function lingkaran(g: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const tumpuk: string[] = [];
  const di = new Set<string>();
  const out: string[][] = [];
  let n = 0;
  const sc = (v: string): void => {
    idx.set(v, n);
    low.set(v, n++);
    tumpuk.push(v);
    di.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        sc(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (di.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const komp: string[] = [];
      for (;;) {
        const w = tumpuk.pop() as string;
        di.delete(w);
        komp.push(w);
        if (w === v) break;
      }
      if (komp.length > 1 || g.get(v)?.has(v)) out.push(komp.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) sc(v);
  return out;
}

/** The layer of a file (0 = cli … 5 = rules), 'daun' for a shared leaf, null when it is in none. */
function lapisan(f: string): number | 'daun' | null {
  if (DAUN(f)) return 'daun';
  const i = LAPISAN.indexOf(f.split('/')[0] as (typeof LAPISAN)[number]);
  return f.includes('/') && i >= 0 ? i : null;
}

/** Every import that points up a layer, out of a leaf into a layer, or from or to a file in no layer. */
function sisiTerlarang(g: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const out: string[] = [];
  for (const [f, ke] of g) {
    const a = lapisan(f);
    if (a === null) out.push(`${f}: in no layer`);
    for (const t of ke) {
      const b = lapisan(t);
      if (a === null || b === null || b === 'daun') continue;
      if (a === 'daun' || b < a) out.push(`${f} -> ${t}`);
    }
  }
  return out.sort();
}

describe('layers of src/ (issue 17)', () => {
  const g = grafImpor(SRC);

  it('reads the imports as the graph tool does: type-only, over several lines, re-exports', () => {
    // Known edges of each kind, so a pattern that silently read nothing would fail here.
    expect(g.get('report/rekap.ts')?.has('report/hasil.ts')).toBe(true); // import type
    expect(g.get('core/month.ts')?.has('rules/periode.ts')).toBe(true); // export … from
    expect(g.get('app/jobs.ts')?.has('ingest/bulan.ts')).toBe(true);
    expect(g.get('report/xlsx.ts')?.has('report/hasil.ts')).toBe(true);
    expect(g.size).toBeGreaterThan(80);
  });

  it('has no circle between files, type-only imports included', () => {
    expect(lingkaran(g)).toEqual([]);
  });

  it('imports point down only: cli → app → report → ingest → core → rules; the shared leaves import only each other', () => {
    expect(sisiTerlarang(g)).toEqual([]);
  });

  it('the check itself finds a circle, an upward import and a leaf importing a layer', () => {
    const palsu = new Map<string, Set<string>>([
      ['core/a.ts', new Set(['core/b.ts'])],
      ['core/b.ts', new Set(['core/a.ts', 'errors.ts'])],
      ['rules/c.ts', new Set(['core/a.ts'])],
      ['report/d.ts', new Set(['app/e.ts', 'ingest/f.ts', 'pesan/index.ts'])],
      ['app/e.ts', new Set(['cli/g.ts'])],
      ['pesan/index.ts', new Set(['rules/c.ts'])],
      ['errors.ts', new Set()],
      ['lain/h.ts', new Set()],
    ]);
    expect(lingkaran(palsu)).toEqual([['core/a.ts', 'core/b.ts']]);
    expect(sisiTerlarang(palsu)).toEqual(['app/e.ts -> cli/g.ts', 'lain/h.ts: in no layer', 'pesan/index.ts -> rules/c.ts', 'report/d.ts -> app/e.ts', 'rules/c.ts -> core/a.ts']);
  });
});
