// What a Prolanis measurement can physically be (issue 15), as plain numbers for the
// reader: the rule set's klinis.wajar scaled like the measurements (integers × SKALA_UKUR),
// and the unit the caller says GDP is in (--gdp-satuan). The reader applies these bounds
// and counts; the numbers, the shares and the conversion factor are the rule set's.
// Pure and exact: no floating point decides a rejected row or a stopped file.
import type { WajarKlinis } from '../rules/schema.js';
import { skalaUkur } from './klinis.js';
import { cmp, mul, parseDecimal, rat, type Rational } from './rational.js';
import { SKALA_UKUR } from './types.js';

/** A plausible range, both limits inclusive, × SKALA_UKUR; `teks` as the rule set writes it ("20–600"). */
export interface RentangUkur {
  min: number;
  max: number;
  teks: string;
}

/** A whole-file test: more than `bagian` of at least `minBaris` values. */
export interface UjiBerkas {
  bagian: Rational;
  minBaris: number;
}

/** GDP's unit in the exports: mg/dL (the default), or mmol/L converted by the rule set's factor. */
export type SatuanGdp = 'mg' | 'mmol';

export interface BatasUkur {
  /** mg/dL. */
  gdp: RentangUkur;
  /** mmHg. */
  sistole: RentangUkur;
  diastole: RentangUkur;
  sistoleLebihDariDiastole: boolean;
  /** mg/dL per mmol/L, exact; `faktorTeks` as the rule set writes it. */
  faktorMmol: Rational;
  faktorTeks: string;
  satuanGdp: SatuanGdp;
  /** A file whose GDP values mostly read as the other unit stops. */
  berkasGdp: UjiBerkas;
  /** A file whose blood pressures mostly have sistole ≤ diastole stops. */
  berkasTensi: UjiBerkas;
}

const skala = (s: string): number => skalaUkur(parseDecimal(s)) as number;
const rentang = (r: { min: string; max: string }): RentangUkur => ({ min: skala(r.min), max: skala(r.max), teks: `${r.min}–${r.max}` });
const uji = (t: { bagian: { nilai: string }; minBaris: { nilai: number } }): UjiBerkas => ({ bagian: parseDecimal(t.bagian.nilai), minBaris: t.minBaris.nilai });

/** The rule set's plausible ranges as the reader applies them, with GDP's unit. */
export function batasUkur(w: WajarKlinis, satuanGdp: SatuanGdp): BatasUkur {
  return {
    gdp: rentang(w.gdp),
    sistole: rentang(w.sistole),
    diastole: rentang(w.diastole),
    sistoleLebihDariDiastole: w.sistoleLebihDariDiastole.nilai,
    faktorMmol: parseDecimal(w.faktorGdpMmol.nilai),
    faktorTeks: w.faktorGdpMmol.nilai,
    satuanGdp,
    berkasGdp: uji(w.gdpMmol),
    berkasTensi: uji(w.tensiTertukar),
  };
}

export const dalamRentang = (v: number, r: RentangUkur): boolean => v >= r.min && v <= r.max;

/** A value × SKALA_UKUR times a factor, exact. */
const kali = (v: number, faktor: Rational): Rational => mul(rat(v, SKALA_UKUR), faktor);

/** mmol/L → mg/dL, × SKALA_UKUR, exact; null when the product needs more than six decimals (a mmol/L value with more decimals than a meter gives). */
export const mmolKeMg = (v: number, faktor: Rational): number | null => skalaUkur(kali(v, faktor));

/** Whether v × faktor lies in r: an implausible mg/dL value that reads as mmol/L. */
export function dalamRentangKali(v: number, faktor: Rational, r: RentangUkur): boolean {
  const x = kali(v, faktor);
  return cmp(x, rat(r.min, SKALA_UKUR)) >= 0 && cmp(x, rat(r.max, SKALA_UKUR)) <= 0;
}

/** Whether n of `total` values passes a whole-file test: at least minBaris values, more than bagian of them. */
export const melewatiUji = (n: number, total: number, u: UjiBerkas): boolean => total > 0 && total >= u.minBaris && cmp(rat(n, total), u.bagian) > 0;
