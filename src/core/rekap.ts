// The branch recap of a run, as branch decks show it each month: per assessment month, how
// many facilities of each type sit in each rating of each indicator and in each payment
// band; per payment month, what each type is paid. Pure: src/report/rekap.ts words it.
import { JENIS_FKTP, type JenisFktp, type RuleSet } from '../rules/schema.js';
import type { Capaian, Kapitasi } from './assessment.js';
import type { MonthIndex } from './month.js';
import { cmp, parseDecimal, type Rational } from './rational.js';
import type { Fktp } from './types.js';

/** The row of every facility type together. */
export const SEMUA = 'semua';
export type JenisRekap = JenisFktp | typeof SEMUA;

/** How many facilities hold one value (a rating, a payment percentage). */
export interface Sebaran<T> {
  nilai: T;
  jumlah: number;
}

export interface RekapJenisCapaian {
  jenis: JenisRekap;
  fasilitas: number;
  /** Facilities with ratings (not a type the rule set leaves unrated, not without participants). */
  dinilai: number;
  /** Facilities whose payment the KBK adjusts. */
  kbkBerlaku: number;
  /** Per indicator (rule set order): rated facilities per rating, best first. */
  rating: { id: string; sebaran: Sebaran<number>[] }[];
  /** Facilities the KBK adjusts, per payment percentage, highest first. */
  persen: Sebaran<Rational>[];
}

export interface RekapCapaian {
  bulan: MonthIndex;
  aturan: string;
  perJenis: RekapJenisCapaian[];
}

export interface RekapJenisKapitasi {
  jenis: JenisRekap;
  fasilitas: number;
  kbkBerlaku: number;
  persen: Sebaran<Rational>[];
  kapitasiPenuh: bigint;
  kapitasiDibayar: bigint;
  /** The positive potongan: what the KBK cut. */
  potongan: bigint;
  /** The negative potongan as a positive amount: a band above 100 % pays more than the base. */
  insentif: bigint;
}

export interface RekapKapitasi {
  bulanBayar: MonthIndex;
  aturan: string;
  perJenis: RekapJenisKapitasi[];
}

/** The types present (JENIS_FKTP order) with their rows, then every row as SEMUA. */
function perJenis<T extends { fktp: Fktp }>(rows: readonly T[]): { jenis: JenisRekap; daftar: JenisFktp[]; rows: T[] }[] {
  const ada = JENIS_FKTP.filter((j) => rows.some((r) => r.fktp.jenisFktp === j));
  return [...ada.map((j) => ({ jenis: j as JenisRekap, daftar: [j], rows: rows.filter((r) => r.fktp.jenisFktp === j) })), { jenis: SEMUA, daftar: ada, rows: [...rows] }];
}

/**
 * Counts per value. Every value in `kunci` is listed, also at 0, so a month's chart has the
 * same bars as the last; a value seen outside `kunci` is listed too. Highest first.
 */
function sebaran<T>(kunci: readonly T[], nilai: readonly T[], banding: (a: T, b: T) => number): Sebaran<T>[] {
  const out: Sebaran<T>[] = [];
  for (const v of [...kunci, ...nilai]) if (!out.some((s) => banding(s.nilai, v) === 0)) out.push({ nilai: v, jumlah: 0 });
  for (const v of nilai) (out.find((s) => banding(s.nilai, v) === 0) as Sebaran<T>).jumlah++;
  return out.sort((a, b) => banding(b.nilai, a.nilai));
}

/** The payment percentages of the tables covering the types the rule set adjusts. */
function bandPersen(rules: RuleSet, daftar: readonly JenisFktp[]): Rational[] {
  const disesuaikan = daftar.filter((j) => rules.perlakuanJenis[j].nilai === 'disesuaikan');
  return rules.pembayaran.filter((t) => t.jenis.some((j) => disesuaikan.includes(j))).flatMap((t) => t.band.map((b) => parseDecimal(b.persen)));
}

const sebaranPersen = (rules: RuleSet, daftar: readonly JenisFktp[], rows: readonly (Capaian | Kapitasi)[]): Sebaran<Rational>[] =>
  sebaran(bandPersen(rules, daftar), rows.filter((r) => r.kbkBerlaku).map((r) => r.persenKapitasi), cmp);

export function rekapCapaian(rows: readonly Capaian[], rules: RuleSet): RekapCapaian {
  const bulan = rows[0]?.bulan as MonthIndex;
  const perJenisRekap = perJenis(rows).map(({ jenis, daftar, rows: rs }): RekapJenisCapaian => {
    const dinilai = rs.filter((r) => r.penilaian !== null);
    const dirating = daftar.some((j) => rules.perlakuanJenis[j].nilai !== 'tidak_dinilai');
    return {
      jenis,
      fasilitas: rs.length,
      dinilai: dinilai.length,
      kbkBerlaku: rs.filter((r) => r.kbkBerlaku).length,
      rating: rules.indikator.map((ind) => ({
        id: ind.id,
        sebaran: sebaran(
          dirating ? [...ind.band.map((b) => b.rating), ind.ratingTidakDinilai.nilai] : [],
          dinilai.map((r) => r.penilaian?.rating[ind.id] as number),
          (a, b) => a - b,
        ),
      })),
      persen: sebaranPersen(rules, daftar, rs),
    };
  });
  return { bulan, aturan: rules.id, perJenis: perJenisRekap };
}

export function rekapKapitasi(rows: readonly Kapitasi[], rules: RuleSet): RekapKapitasi {
  const bulanBayar = rows[0]?.bulanBayar as MonthIndex;
  const perJenisRekap = perJenis(rows).map(({ jenis, daftar, rows: rs }): RekapJenisKapitasi => {
    const jumlah = (f: (k: Kapitasi) => bigint): bigint => rs.reduce((t, k) => t + f(k), 0n);
    return {
      jenis,
      fasilitas: rs.length,
      kbkBerlaku: rs.filter((r) => r.kbkBerlaku).length,
      persen: sebaranPersen(rules, daftar, rs),
      kapitasiPenuh: jumlah((k) => k.pembayaran.kapitasiPenuh),
      kapitasiDibayar: jumlah((k) => k.pembayaran.kapitasiDibayar),
      potongan: jumlah((k) => (k.pembayaran.potongan > 0n ? k.pembayaran.potongan : 0n)),
      insentif: jumlah((k) => (k.pembayaran.potongan < 0n ? -k.pembayaran.potongan : 0n)),
    };
  });
  return { bulanBayar, aturan: rules.id, perJenis: perJenisRekap };
}
