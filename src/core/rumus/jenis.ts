// What every indicator formula declares: the counts it reads, the values it gives, how it
// is explained and how it can be moved. One module per formula; the registry (index.ts)
// is the list a rule set's `indikator[].rumus` names.
import type { Teks } from '../../pesan/index.js';
import type { RuleSet } from '../../rules/schema.js';
import type { Rational } from '../rational.js';
import type { HitunganBulan, KunciHitungan } from '../types.js';

/** The policies a formula may read (the rule set's kebijakan). */
export type Kebijakan = RuleSet['kebijakan'];

export interface HasilRumus {
  /** null: not assessable this month (the rule set's ratingTidakDinilai applies). */
  nilai: Rational | null;
  /** Sub-values reported beside the value, in the order of `rincian`. */
  rincian: (Rational | null)[];
  /** Flags for catatan. */
  catatan: string[];
}

/** One ratio of the value, for explain: numerator and denominator with what they count (in both languages, src/pesan/rumus.ts). */
export interface Bagian {
  label: string;
  pembilang: { n: number; apa: Teks };
  penyebut: { n: number; apa: Teks };
}

export interface Uraian {
  /** One ratio, or the mean of the ratios whose denominator is not zero. */
  gabung: 'tunggal' | 'rata-rata';
  bagian: Bagian[];
  /** × 1000 (‰) or × 100 (%). */
  skala: number;
  keterangan: Teks[];
}

/**
 * Which way a count lifts the value: `tambah` more of it, `kurang` fewer of it. A stable
 * code, so that explain's JSON and the projection read the direction as data, never from words.
 */
export type Arah = 'tambah' | 'kurang';

/**
 * One count that moves the value, as data (the one home of "how each count moves a
 * rating"): its key, which way lifts the value, its ceiling in the month (it can reach but
 * never pass batas), and in words (src/pesan/rumus.ts) the count (`nama`, kbk proyeksi's
 * "what a better rating needs") and the step (`apa`, explain's "k more X").
 */
export interface Gerak {
  kunci: KunciHitungan;
  arah: Arah;
  batas: (h: HitunganBulan) => number;
  nama: Teks;
  apa: Teks;
}

/** One way to move the value: k more (or fewer) of one count, and the value that gives; derived from a `Gerak` by `langkah`. */
export interface Langkah {
  kunci: KunciHitungan;
  arah: Arah;
  apa: Teks;
  max: number;
  nilai: (k: number) => Rational | null;
}

export interface Rumus {
  id: string;
  nama: string;
  satuan: '‰' | '%';
  /** The least and greatest value it can give: a rule set's bands must cover them exactly once. */
  domain: readonly [string, string];
  /** Report column of the value, unless the rule set names another. */
  kolom: string;
  /** Counts it reads, in report order (shown as columns). */
  hitungan: readonly KunciHitungan[];
  /** Report columns of its sub-values. */
  rincian: readonly string[];
  hitung(h: HitunganBulan, k: Kebijakan): HasilRumus;
  uraian(h: HitunganBulan, k: Kebijakan): Uraian;
  /** The counts that move the value, in report order (a subset of `hitungan`). */
  gerak: readonly Gerak[];
}
