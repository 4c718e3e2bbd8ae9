#!/usr/bin/env node
// Kills `kbk run` with SIGKILL at random moments, alternating two data variants whose report
// sets differ, and checks after every kill that the output folder holds one complete set
// (all files from one variant) and, after the next run, no temporary file. Prints figures;
// run after `npm run build`:  node scripts/kill9.mjs [runs=200]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 200);
const work = mkdtempSync(join(tmpdir(), 'kbk-kill9-'));
const variants = ['a', 'b'].map((v) => {
  const d = join(work, v);
  cpSync(join(ROOT, 'fixtures/demo'), d, { recursive: true });
  rmSync(join(d, 'expected'), { recursive: true });
  if (v === 'b') writeFileSync(join(d, 'fktp.csv'), readFileSync(join(d, 'fktp.csv'), 'utf8').replace('Puskesmas Sukamaju', 'Puskesmas Sukamaju Baru'));
  return d;
});
const out = join(work, 'out');
const run = (data, killAfter) =>
  new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin/kbk.js'), 'run', '--data', data, '--month', '2024-07', '--out', out], { stdio: 'ignore' });
    const t = killAfter === null ? null : setTimeout(() => p.kill('SIGKILL'), killAfter);
    p.on('exit', (code, signal) => {
      if (t) clearTimeout(t);
      resolve(signal ?? code);
    });
  });
const setOf = () => {
  const files = readdirSync(out).filter((f) => !f.startsWith('.'));
  // Every capaian and kapitasi report names the facility; the others (rejects, anomalies, recap) do not.
  const names = new Set(files.filter((f) => /^(capaian|kapitasi)-/.test(f)).map((f) => (readFileSync(join(out, f), 'utf8').includes('Sukamaju Baru') ? 'b' : 'a')));
  return { files: files.length, variants: [...names], hidden: readdirSync(out).filter((f) => f.startsWith('.')) };
};

// Time a whole run to spread the kills over it, the write phase included.
let t = Date.now();
await run(variants[0], null);
const whole = Date.now() - t;
// The size of a complete set: what an uninterrupted run writes.
const FILES = setOf().files;
let killed = 0;
let mixed = 0;
let strayAfterNext = 0;
let leftovers = 0;
for (let i = 0; i < RUNS; i++) {
  const r = await run(variants[(i + 1) % 2], Math.floor(whole * (0.6 + 0.5 * Math.random())));
  if (r === 'SIGKILL') killed++;
  const s = setOf();
  if (s.files !== FILES || s.variants.length !== 1) mixed++;
  if (s.hidden.length > 0) leftovers++;
  const next = await run(variants[i % 2], null);
  const after = setOf();
  if (next !== 0 || after.hidden.length > 0 || after.files !== FILES || after.variants.length !== 1) strayAfterNext++;
}
console.log(`kill -9 at random points of ${RUNS} runs (a whole run: ${whole} ms): ${killed} killed, ${mixed} left a mixed or incomplete set, ${leftovers} left temporaries or a lock behind (killed in the write phase), ${strayAfterNext} left temporaries or a mixed set after the next run`);
rmSync(work, { recursive: true, force: true });
