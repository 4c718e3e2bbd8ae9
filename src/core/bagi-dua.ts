// The one bisection (pembagian dua) of the core: the edge of a predicate that holds on one
// side of a point. Explain's smallest change and the projection's "what a better rating
// needs" both search with it.

/**
 * Smallest (or, `terbesar`, greatest) c in lo..hi with ok(c), by bisection: ok holds on
 * one side of a point (from it upwards, or with `terbesar` from it downwards). null when
 * ok holds nowhere in lo..hi (or the range is empty).
 */
export function cari(lo: number, hi: number, ok: (c: number) => boolean, terbesar = false): number | null {
  if (hi < lo || !ok(terbesar ? lo : hi)) return null;
  while (lo < hi) {
    if (terbesar) {
      const mid = (lo + hi + 1) >>> 1;
      if (ok(mid)) lo = mid;
      else hi = mid - 1;
    } else {
      const mid = (lo + hi) >>> 1;
      if (ok(mid)) hi = mid;
      else lo = mid + 1;
    }
  }
  return lo;
}
