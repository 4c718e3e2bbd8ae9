// The assessment team's verification sample (issue 20; Perber 2/2017 points 5–7, Per BPJS
// 7/2019 3.a.5: "dapat melakukan uji sampling terhadap data dan bukti pelayanan"): how many
// counted records to draw per facility and kind, and which. Pure and exact: the size is
// computed in rationals from the rule set's `verifikasi` block, the draw from a documented
// integer PRNG on BigInt, so the same population and seed give the same sample anywhere.
import type { AturanVerifikasi } from '../rules/schema.js';
import { add, cmp, div, mul, parseDecimal, rat, sub, type Rational } from './rational.js';

/**
 * The sample size for a population of N counted records: simple random sampling without
 * replacement to estimate a share within ±e at confidence z,
 *   n0 = z²·p(1−p)/e²,   n = n0 / (1 + (n0 − 1)/N)   (the finite-population correction),
 * rounded up and at most N; a facility with a signal (`sinyal`) takes ⌈faktorSinyal × n⌉,
 * at most N. `ukuran` (--ukuran) replaces the rule, at most N. All exact: 1.96, 0.5 and 0.10
 * give n0 = 96.04 and, for N = 50, 96.04 / 2.9008 = 33.1… → 34.
 */
export function ukuranSampel(N: number, v: AturanVerifikasi, o: { sinyal?: boolean; ukuran?: number } = {}): number {
  if (!Number.isInteger(N) || N < 0) throw new RangeError(`population ${N}`);
  if (N === 0) return 0;
  if (o.ukuran !== undefined) return Math.min(o.ukuran, N);
  const n = ukuranDasar(N, v);
  if (!o.sinyal) return n;
  return Math.min(N, ceil(mul(parseDecimal(v.faktorSinyal.nilai), rat(n))));
}

/** n0 = z²·p(1−p)/e², exactly. */
export function n0(v: AturanVerifikasi): Rational {
  const z = parseDecimal(v.z.nilai);
  const p = parseDecimal(v.proporsiDuga.nilai);
  const e = parseDecimal(v.batasGalat.nilai);
  return div(mul(mul(z, z), mul(p, sub(rat(1), p))), mul(e, e));
}

/** ⌈n0 / (1 + (n0 − 1)/N)⌉, at most N (N > 0). */
function ukuranDasar(N: number, v: AturanVerifikasi): number {
  const a = n0(v);
  const n = div(a, add(rat(1), div(sub(a, rat(1)), rat(N))));
  return Math.min(N, ceil(n));
}

/** The least integer ≥ r (r ≥ 0). */
function ceil(r: Rational): number {
  const q = r.n / r.d;
  return Number(r.n % r.d === 0n ? q : q + 1n);
}

// ---------------------------------------------------------------------------------------
// The PRNG: SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014; the generator Java's SplittableRandom and xoshiro's seeding
// use), on BigInt modulo 2^64. Its output is a bijective mix of a state advanced by the
// golden-ratio constant, so every 64-bit state gives a stream of period 2^64.

const M64 = (1n << 64n) - 1n;
const GAMMA = 0x9e3779b97f4a7c15n;

/** SplitMix64's finaliser (Stafford's "Mix13"): a bijection of 64-bit integers. */
export function campur64(x: bigint): bigint {
  let z = x & M64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
  return z ^ (z >> 31n);
}

/** A SplitMix64 stream from a 64-bit state: each call advances it by GAMMA and returns the mixed state. */
export class SplitMix64 {
  private s: bigint;
  constructor(keadaan: bigint) {
    this.s = keadaan & M64;
  }
  next(): bigint {
    this.s = (this.s + GAMMA) & M64;
    return campur64(this.s);
  }
  /** A uniform integer in [0, m), m ≥ 1: rejection of the top 2^64 mod m outputs, so no value is favoured. */
  bawah(m: number): number {
    const mm = BigInt(m);
    const batas = (1n << 64n) - ((1n << 64n) % mm);
    for (;;) {
      const x = this.next();
      if (x < batas) return Number(x % mm);
    }
  }
}

/**
 * The stream of one facility and kind: its state is the seed mixed (campur64 of seed + GAMMA),
 * then each UTF-8 byte of `kode_ppk`, a 0 byte, and each byte of `jenis` folded in
 * (state = campur64(state ^ byte) + GAMMA). One facility's sample depends on the seed, its
 * code, the kind and its own population only, never on other facilities or on order.
 */
export function aliran(benih: bigint, kodePpk: string, jenis: string): SplitMix64 {
  let s = (campur64((benih + GAMMA) & M64) + GAMMA) & M64;
  for (const b of new TextEncoder().encode(`${kodePpk}\u0000${jenis}`)) s = (campur64(s ^ BigInt(b)) + GAMMA) & M64;
  return new SplitMix64(s);
}

/**
 * A simple random sample without replacement of n of the positions 0..N−1 (a partial
 * Fisher–Yates shuffle: position i swapped with a uniform one of i..N−1, for i < n),
 * returned in increasing order. The caller orders its population canonically (by file and
 * line), so the sample is a function of the data and the stream only.
 */
export function pilihAcak(N: number, n: number, acak: SplitMix64): number[] {
  if (n > N || n < 0) throw new RangeError(`sample ${n} of ${N}`);
  const a = Array.from({ length: N }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + acak.bawah(N - i);
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
  return a.slice(0, n).sort((x, y) => x - y);
}

/** The largest seed --seed takes: 2^53 − 1, so that it survives any spreadsheet or JSON reader as a number. */
export const BENIH_MAKS = Number.MAX_SAFE_INTEGER;

/** Whether a text is a seed: a non-negative whole number in decimal digits, at most BENIH_MAKS. */
export function benihSah(teks: string): boolean {
  return /^\d{1,16}$/.test(teks) && cmp(rat(BigInt(teks)), rat(BENIH_MAKS)) <= 0;
}
