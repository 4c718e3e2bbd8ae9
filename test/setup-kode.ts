// With KBK_UJI_KODE=1, a test that ran kbk (helpers.ts `kbk`) and never read the run's exit
// code fails, naming where the run started: a run that ended in 64, 65 or 70 must not pass a
// test that only looks for a word in its output. `KBK_UJI_KODE=1 npx vitest run` checks the
// whole suite (the async stack may name the caller of a local wrapper instead of its line).
import { afterEach, expect } from 'vitest';
import { tanpaKode } from './helpers.js';

afterEach(() => {
  if (!process.env.KBK_UJI_KODE) return;
  const lupa = tanpaKode.filter((r) => !r.read).map((r) => r.where);
  tanpaKode.length = 0;
  expect(lupa, 'runs whose exit code no assertion read').toEqual([]);
});
