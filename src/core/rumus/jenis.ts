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

/** One way to move the value: k more (or fewer) of something, and the value that gives. */
export interface Langkah {
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
  langkah(h: HitunganBulan, k: Kebijakan): Langkah[];
}
