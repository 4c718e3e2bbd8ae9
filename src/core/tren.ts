// A facility's months side by side (kbk tren, kbk rekredensialing): how many months sat at
// each rating, and which way a series moved. Pure and exact.
//
// The trend is a design rule (the regulations ask a credentialing meeting to consider "hasil
// capaian kinerja" over time but say nothing of how to read a direction from it): the sign of
// the least-squares slope of the series against the month, computed exactly. Why this one:
// it uses every month assessed (a first-half/last-half comparison drops the middle month of
// an odd count and weighs a lone bad month at either end as much as a run of them), months
// with no value are simply absent (a gap does not pull the line), and the sign of
//   n·Σxy − Σx·Σy
// needs no division, so it is exact in rationals. It says only a direction, never how much:
// the meeting reads the monthly values beside it. Fewer than two months: no trend.
import type { Indikator } from '../rules/schema.js';
import { add, cmp, mul, rat, sub, ZERO, type Rational } from './rational.js';

/** naik: the series rose; turun: it fell; tetap: its least-squares line is flat; null: fewer than two months. */
export type ArahTren = 'naik' | 'turun' | 'tetap';

/** One point of a series: the month (any increasing number) and its value. */
export interface TitikTren {
  x: number;
  y: Rational;
}

/** The sign of the least-squares slope of the points (see the file's head); null with fewer than two distinct months. */
export function arahTren(titik: readonly TitikTren[]): ArahTren | null {
  if (new Set(titik.map((t) => t.x)).size < 2) return null;
  const n = rat(titik.length);
  let sx = ZERO;
  let sy = ZERO;
  let sxy = ZERO;
  for (const t of titik) {
    const x = rat(t.x);
    sx = add(sx, x);
    sy = add(sy, t.y);
    sxy = add(sxy, mul(x, t.y));
  }
  // n·Σx² − (Σx)² > 0 whenever two months differ, so the slope's sign is the numerator's.
  const s = cmp(sub(mul(n, sxy), mul(sx, sy)), ZERO);
  return s > 0 ? 'naik' : s < 0 ? 'turun' : 'tetap';
}

/** How many of the months sat at each rating (the ratings given, each listed even at 0), and the months without one. */
export function hitungRating(rating: readonly (number | null)[], semua: readonly number[]): { perRating: Map<number, number>; tanpa: number } {
  const perRating = new Map(semua.map((r) => [r, 0]));
  let tanpa = 0;
  for (const r of rating) {
    if (r === null) tanpa++;
    else perRating.set(r, (perRating.get(r) ?? 0) + 1);
  }
  return { perRating, tanpa };
}

/**
 * Which way of an indicator's value is better, from its rule set's bands: the best rating's
 * band bounded below only (AK ≥ 150 ‰: higher is better) gives 1, bounded above only
 * (RRNS ≤ 2 %: lower is better) gives −1; a best band bounded on both sides (or none) says
 * nothing: null.
 */
export function arahBaik(ind: Indikator): 1 | -1 | null {
  const terbaik = [...ind.band].sort((a, b) => b.rating - a.rating)[0];
  if (!terbaik) return null;
  if (terbaik.bawah && !terbaik.atas) return 1;
  if (terbaik.atas && !terbaik.bawah) return -1;
  return null;
}
