// The assessment team's verification of a month (issue 20; Perber 2/2017 point 5: "dapat
// melakukan uji sampling terhadap data dan bukti pelayanan … serta menetapkan keabsahan"):
// the per-facility, per-kind summary of a filled worksheet (sah ya / tidak), and the
// invalid share's 95 % interval. Pure and exact: the interval's bounds are decimals rounded
// outward, and whether the whole interval lies above the threshold is decided exactly.
import type { Sourced } from '../rules/schema.js';
import type { MonthIndex } from './month.js';
import { add, cmp, div, mul, rat, sub, ZERO, type Rational } from './rational.js';

/** The kinds of sampled records, as the worksheet's `jenis` names them (src/report/sampel-kolom.ts JENIS_SAMPEL). */
export type JenisVerifikasi = 'kontak' | 'rujukan' | 'prolanis';
export const JENIS_VERIFIKASI: readonly JenisVerifikasi[] = ['kontak', 'rujukan', 'prolanis'];

/** An interval of a share, both ends in [0, 1]. */
export interface Interval {
  bawah: Rational;
  atas: Rational;
}

/** One facility and kind: what was checked and found invalid, out of the records that counted. */
export interface BarisVerifikasi {
  jenis: JenisVerifikasi;
  /**
   * The records of this kind that counted at the facility before the verification (the
   * population the sample was drawn from): participants contacted, non-specialistic
   * referrals, controlled Prolanis participants (DM and HT each; or, where the rule set
   * counts Prolanis visits, enrolled participants visiting).
   */
  populasi: number;
  /** Worksheet rows with sah ya or tidak. */
  diperiksa: number;
  /** Of those, sah tidak: removed from the counts. */
  tidakSah: number;
  /** Worksheet rows with sah still empty (not checked: they count as they are). */
  belumDiperiksa: number;
  /** tidakSah / diperiksa; null when nothing was checked. */
  proporsi: Rational | null;
  /** Its 95 % interval (Wilson score, finite-population corrected, see intervalWilson); null when nothing was checked. */
  interval: Interval | null;
  /** The whole interval lies above the threshold (RingkasanVerifikasi.ambang): a finding for the team. */
  ditandai: boolean;
}

/** One facility's verification: a row per kind it had worksheet rows of (kinds without rows are left out). */
export interface VerifikasiFasilitas {
  kodePpk: string;
  jenis: BarisVerifikasi[];
  /** Any of its kinds flagged. */
  ditandai: boolean;
}

/**
 * A month's verification as a run applied it (issue 20): the worksheet, the threshold and
 * the z of the interval (labelled rule values), and per facility with worksheet rows what
 * was checked and found. On the month's result (HasilJob.verifikasi) for the reports and
 * the Berita Acara.
 */
export interface RingkasanVerifikasi {
  bulan: MonthIndex;
  /** The worksheet as given (--verifikasi FILE). */
  file: string;
  /** The seed written in the worksheet (column benih), when it has one. */
  benih: string | null;
  /** The rule set whose verifikasi values were used. */
  aturan: string;
  /** verifikasi.ambangTidakSah: an invalid share (0–1) the interval must lie wholly above to flag. */
  ambang: Sourced<string>;
  /** The normal quantile of the 95 % interval. */
  z: Sourced<string>;
  /** Facilities in master order. */
  fasilitas: VerifikasiFasilitas[];
}

/** Decimal places the interval's bounds are rounded (outward) to. */
export const DESIMAL_INTERVAL = 6;

/** ⌊√n⌋ of a non-negative BigInt. */
function akarBulat(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** √r rounded down (turun) or up to `d` decimal places, exactly. */
function akar(r: Rational, d: number, turun: boolean): Rational {
  const skala = 10n ** BigInt(d);
  // √(n/dd)·10^d = √(n·dd·10^2d)/dd
  const isi = r.n * r.d * skala * skala;
  const a = akarBulat(isi);
  // floor(√isi / dd) ≤ result; for rounding up, add one unit unless exact.
  let q = a / r.d;
  if (!turun && (q * r.d) * (q * r.d) !== isi) q += 1n;
  return rat(q, skala);
}

function bulatkan(r: Rational, d: number, turun: boolean): Rational {
  const skala = 10n ** BigInt(d);
  const x = r.n * skala;
  let q = x / r.d;
  if (x % r.d !== 0n && (x < 0n ? turun : !turun)) q += x < 0n ? -1n : 1n;
  return rat(q, skala);
}

/**
 * The parts of the Wilson score interval of x invalid out of n checked, drawn without
 * replacement from N: p̂ = x/n and k = z²·(N−n)/(N−1) (the finite-population correction on
 * the variance); the interval is the set of p with (p̂ − p)² ≤ k·p(1−p)/n, i.e.
 * centre = (p̂ + k/2n)/(1 + k/n) and half-width² = k·(p̂(1−p̂)/n + k/4n²)/(1 + k/n)².
 * A census (n = N) gives k = 0: the interval is p̂ itself.
 */
function wilson(x: number, n: number, N: number, z: Rational): { tengah: Rational; setengah2: Rational; p: Rational } {
  const p = rat(x, n);
  const fpc = N > 1 ? rat(Math.max(N - n, 0), N - 1) : ZERO;
  const k = mul(mul(z, z), fpc);
  const nn = rat(n);
  const penyebut = add(rat(1), div(k, nn));
  const tengah = div(add(p, div(k, mul(rat(2), nn))), penyebut);
  const dalam = add(div(mul(p, sub(rat(1), p)), nn), div(k, mul(rat(4), mul(nn, nn))));
  const setengah2 = div(mul(k, dalam), mul(penyebut, penyebut));
  return { tengah, setengah2, p };
}

/** The 95 % interval of x invalid out of n checked from a population of N (n ≥ 1), bounds rounded outward to DESIMAL_INTERVAL places and kept in [0, 1]. */
export function intervalWilson(x: number, n: number, N: number, z: Rational): Interval {
  const { tengah, setengah2 } = wilson(x, n, N, z);
  const bawah = bulatkan(sub(tengah, akar(setengah2, DESIMAL_INTERVAL, false)), DESIMAL_INTERVAL, true);
  const atas = bulatkan(add(tengah, akar(setengah2, DESIMAL_INTERVAL, false)), DESIMAL_INTERVAL, false);
  return { bawah: cmp(bawah, ZERO) < 0 ? ZERO : bawah, atas: cmp(atas, rat(1)) > 0 ? rat(1) : atas };
}

/** Whether the whole exact interval lies above `ambang` (its lower end > ambang), decided exactly: p̂ > a and (centre − a)² > half-width². */
export function diAtasAmbang(x: number, n: number, N: number, z: Rational, ambang: Rational): boolean {
  const { tengah, setengah2 } = wilson(x, n, N, z);
  const jarak = sub(tengah, ambang);
  return cmp(jarak, ZERO) > 0 && cmp(mul(jarak, jarak), setengah2) > 0;
}

/** One facility and kind summarised: `sah` of its worksheet rows (true: ya, false: tidak, null: empty). */
export function barisVerifikasi(jenis: JenisVerifikasi, populasi: number, sah: readonly (boolean | null)[], z: Rational, ambang: Rational): BarisVerifikasi {
  const diperiksa = sah.filter((s) => s !== null).length;
  const tidakSah = sah.filter((s) => s === false).length;
  const N = Math.max(populasi, diperiksa);
  if (diperiksa === 0) return { jenis, populasi, diperiksa, tidakSah, belumDiperiksa: sah.length, proporsi: null, interval: null, ditandai: false };
  return {
    jenis,
    populasi,
    diperiksa,
    tidakSah,
    belumDiperiksa: sah.length - diperiksa,
    proporsi: rat(tidakSah, diperiksa),
    interval: intervalWilson(tidakSah, diperiksa, N, z),
    ditandai: diAtasAmbang(tidakSah, diperiksa, N, z, ambang),
  };
}
