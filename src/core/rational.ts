// Exact rational arithmetic on BigInt. Every comparison against a band limit and every
// Rupiah amount goes through here, so that no binary floating point ever decides a rating
// or a payment.

export interface Rational {
  readonly n: bigint;
  /** Always > 0; the pair is kept reduced. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('rational with zero denominator');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  const g = gcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const ZERO = rat(0);

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);

/** -1, 0 or 1. */
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

export function mean(values: readonly Rational[]): Rational {
  if (values.length === 0) throw new RangeError('mean of no values');
  return div(sum(values), rat(values.length));
}

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

/** Parses a plain decimal ("150", "2.5", "92,5") exactly. Throws on anything else. */
export function parseDecimal(text: string): Rational {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new SyntaxError(`not a decimal number: "${text}"`);
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '0') + frac) * (m[1] === '-' ? -1n : 1n);
  return rat(n, 10n ** BigInt(frac.length));
}

/** Rounds half away from zero (half-up for the non-negative amounts we handle) to an integer. */
export function roundHalfUp(r: Rational): bigint {
  const neg = r.n < 0n;
  const n = neg ? -r.n : r.n;
  const q = (2n * n + r.d) / (2n * r.d);
  return neg ? -q : q;
}

/** Fixed number of decimals, rounded half-up: toFixed(r, 2) of 1/3 → "0.33". */
export function toFixed(r: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = roundHalfUp(mul(r, rat(scale)));
  const neg = scaled < 0n;
  const abs = neg ? -scaled : scaled;
  const whole = abs / scale;
  const frac = (abs % scale).toString().padStart(places, '0');
  return (neg ? '-' : '') + whole.toString() + (places > 0 ? '.' + frac : '');
}

/**
 * Plain number with no trailing zeros: exact when the value terminates within maxPlaces
 * decimals ("92.5", "7708.025", "4"), otherwise rounded half-up to maxPlaces.
 */
export function toPlain(r: Rational, maxPlaces: number): string {
  const s = toFixed(r, maxPlaces);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export function toNumber(r: Rational): number {
  return Number(r.n) / Number(r.d);
}
