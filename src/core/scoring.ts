// Ratings, nilai, total nilai, eligibility and payment percentage (spec §1.1). All limits
// come from the rule set; comparisons are exact.
import type { Band, Indikator, JenisFktp, Perlakuan, PersenBand, RatingBand, RuleSet } from '../rules/schema.js';
import { wholeMonthsSince, type MonthIndex } from './month.js';
import { add, cmp, mul, parseDecimal, rat, type Rational } from './rational.js';
import type { Fktp } from './types.js';
import type { NilaiIndikator } from './indicators.js';

export function inBand(value: Rational, band: Band): boolean {
  if (band.bawah) {
    const c = cmp(value, parseDecimal(band.bawah.nilai));
    if (c < 0 || (c === 0 && !band.bawah.inklusif)) return false;
  }
  if (band.atas) {
    const c = cmp(value, parseDecimal(band.atas.nilai));
    if (c > 0 || (c === 0 && !band.atas.inklusif)) return false;
  }
  return true;
}

/** The band of `bands` the value falls in; null when none (a validated rule set always has one). */
export function bandDari<B extends Band>(value: Rational, bands: readonly B[]): B | null {
  return bands.find((b) => inBand(value, b)) ?? null;
}

/** The band an indicator's value falls in. */
export const bandIndikator = (value: Rational, ind: Indikator): RatingBand | null => bandDari(value, ind.band);

/** The band of the next rating above `rating` (the lowest better one); undefined at the top. */
export function bandLebihBaik(ind: Indikator, rating: number): RatingBand | undefined {
  return ind.band.filter((b) => b.rating > rating).sort((a, b) => a.rating - b.rating)[0];
}

/** The ratings of an indicator's bands better than `rating`, lowest first. */
export function ratingLebihBaik(ind: Indikator, rating: number): number[] {
  return [...new Set(ind.band.map((b) => b.rating))].filter((r) => r > rating).sort((a, b) => a - b);
}

/** The rule set's payment table for a facility type; undefined when it has none (its type is not adjusted). */
export function tabelPembayaran(jenis: JenisFktp, rules: RuleSet): RuleSet['pembayaran'][number] | undefined {
  return rules.pembayaran.find((t) => t.jenis.includes(jenis));
}

/** The payment band a total nilai falls in for a facility type; null without a table. */
export function bandPembayaran(totalNilai: Rational, jenis: JenisFktp, rules: RuleSet): PersenBand | null {
  const table = tabelPembayaran(jenis, rules);
  return table ? bandDari(totalNilai, table.band) : null;
}

function findBand<B extends Band>(value: Rational, bands: readonly B[], what: string): B {
  const hits = bands.filter((b) => inBand(value, b));
  // The validator proves every band table covers its range exactly once; reaching this is a kbk bug.
  if (hits.length !== 1)
    throw new Error(`${what}: value ${value.n}/${value.d} falls in ${hits.length} bands; the rule set must cover every value exactly once`);
  return hits[0] as B;
}

/** Rating of one indicator value; null (not assessed) takes the rule set's ratingTidakDinilai. */
export function ratingIndikator(value: Rational | null, ind: Indikator, ruleSetId: string): number {
  return value === null ? ind.ratingTidakDinilai.nilai : findBand(value, ind.band, `${ruleSetId} ${ind.id}`).rating;
}

export interface Penilaian {
  /** By indicator id. */
  rating: Record<string, number>;
  nilai: Record<string, Rational>;
  totalNilai: Rational;
}

/**
 * Rates each indicator and scores it: nilai = bobot × rating. An indicator that could not
 * be assessed (null) takes the rule set's ratingTidakDinilai.
 */
export function nilaiKinerja(values: NilaiIndikator, rules: RuleSet): Penilaian {
  const rating: Record<string, number> = {};
  const nilai: Record<string, Rational> = {};
  let totalNilai = rat(0);
  for (const ind of rules.indikator) {
    const r = ratingIndikator(values[ind.id] ?? null, ind, rules.id);
    const n = mul(parseDecimal(ind.bobot.nilai), rat(r));
    rating[ind.id] = r;
    nilai[ind.id] = n;
    totalNilai = add(totalNilai, n);
  }
  return { rating, nilai, totalNilai };
}

/** Payment percentage for a total nilai and facility type, from the rule set's table. */
export function persenKapitasi(totalNilai: Rational, jenis: JenisFktp, rules: RuleSet): Rational {
  const table = tabelPembayaran(jenis, rules);
  if (!table) throw new Error(`${rules.id}: no payment table for facility type ${jenis}`);
  return parseDecimal(findBand(totalNilai, table.band, `${rules.id} pembayaran ${jenis}`).persen);
}

export interface Kelayakan {
  perlakuan: Perlakuan;
  /** True when the KBK adjustment applies to the payment. */
  kbkBerlaku: boolean;
  /** Why it does not apply; empty when it does. */
  alasan: string[];
}

/**
 * Whether the KBK adjustment applies (spec §1.1): facility type, months of cooperation to
 * `month`, registered participants in `month`, data network. No tgl_kerja_sama = eligible.
 */
export function kelayakan(f: Fktp, month: MonthIndex, pesertaTerdaftar: number, rules: RuleSet): Kelayakan {
  const perlakuan = rules.perlakuanJenis[f.jenisFktp].nilai;
  const alasan: string[] = [];
  if (perlakuan === 'dilaporkan') alasan.push(`${f.jenisFktp}: dilaporkan saja, tanpa penyesuaian kapitasi`);
  if (perlakuan === 'tidak_dinilai') alasan.push(`${f.jenisFktp}: tidak dinilai`);
  const k = rules.kelayakan;
  if (f.tglKerjaSama !== null) {
    const bulan = wholeMonthsSince(f.tglKerjaSama, month);
    if (bulan < k.minBulanKerjaSama.nilai)
      alasan.push(`tidak layak: kerja sama ${bulan} bulan (< ${k.minBulanKerjaSama.nilai})`);
  }
  if (pesertaTerdaftar < k.minPeserta.nilai)
    alasan.push(`tidak layak: peserta ${pesertaTerdaftar} (< ${k.minPeserta.nilai})`);
  if (k.wajibJaringanData.nilai && !f.jaringanData) alasan.push('tidak layak: tanpa jaringan data');
  if (f.kapitasiKhusus && k.kecualiKapitasiKhusus.nilai) alasan.push('kapitasi khusus: tanpa penyesuaian KBK');
  return { perlakuan, kbkBerlaku: alasan.length === 0, alasan };
}
