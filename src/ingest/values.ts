// Cell parsers: each returns a typed value or throws RowError naming the column, the value
// and what was expected.
import { dayNumber, type DayNumber } from '../core/month.js';
import { skalaUkur } from '../core/klinis.js';
import { SKALA_UKUR } from '../core/types.js';
import { parseDecimal, type Rational } from '../core/rational.js';
import { JENIS_FKTP, type JenisFktp } from '../rules/schema.js';
import type { Baris } from './csv.js';
import type { KunciKartu } from './peserta-index.js';
import { RowError } from './row-error.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

export function wajib(b: Baris, kolom: string): string {
  const v = b.get(kolom);
  if (v === '') throw new RowError(kolom, PESAN_INGEST.kosong(kolom), 'empty');
  return v;
}

/** A date in the file's one format (see dates.ts); decided once per distinct value of the file, in the memory named after the column (where the readers' fast lanes look it up: Ingatan.lihat). */
export function tanggal(b: Baris, kolom: string): DayNumber {
  return b.ingat(kolom, bacaTanggal, kolom);
}

/** tanggal's reading of a value not seen before (a function of its own, so that no closure is made per row). */
const bacaTanggal = (kolom: string, b: Baris): DayNumber => b.tanggal.baca(kolom, wajib(b, kolom), b.line);

/**
 * A second date column of a file (the entry date beside the contact date): its own format,
 * guessed from its own first value, since SIMRS writes it as a date-time. Kept in the memory
 * named after the column, as tanggal.
 */
export function tanggalLain(b: Baris, kolom: string): DayNumber {
  return b.ingat(kolom, () => {
    const v = wajib(b, kolom);
    const m = /^(\d{4})-(\d{2})-(\d{2})|^(\d{1,2})[/-](\d{1,2})[/-](\d{4})/.exec(v);
    const d = m === null ? null : m[1] !== undefined ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : dayNumber(Number(m[6]), Number(m[5]), Number(m[4]));
    if (d === null) throw new RowError(kolom, PESAN_INGEST.bukanTanggalLain(kolom, v), 'not a date');
    return d;
  });
}

/** An optional date; null when the cell is empty. */
export function tanggalOpsional(b: Baris, kolom: string): DayNumber | null {
  return b.get(kolom) === '' ? null : tanggal(b, kolom);
}

/**
 * A JKN card number: 13 digits, kept as a string. A shorter all-digit value is almost
 * always a card whose leading zeros Excel dropped; it is reported, never padded, because
 * a padded guess could be another participant's card.
 */
export function noKartu(b: Baris): string {
  const v = wajib(b, 'no_kartu');
  if (v.length === 13 && /^\d{13}$/.test(v)) return v;
  if (/^\d{1,12}$/.test(v))
    throw new RowError('no_kartu', PESAN_INGEST.kartuNolHilang(v), 'leading zeros lost');
  if (/^\d+([.,]\d+)?E\+?\d+$/i.test(v))
    throw new RowError('no_kartu', PESAN_INGEST.kartuNotasiIlmiah(v), 'scientific notation');
  throw new RowError('no_kartu', PESAN_INGEST.bukanKartu(v), 'not a 13-digit card');
}

/** The card's participant-index key: from the bytes for a plain 13-digit card, else through noKartu's checks. */
export function kunciKartu(b: Baris, kartu: KunciKartu): number {
  const k = b.kartu13('no_kartu');
  return k >= 0 ? k : kartu.kunci(noKartu(b));
}

const YA = new Set(['1', 'y', 'ya', 'yes', 'true', 't', 'ada']);
const TIDAK = new Set(['0', 'n', 'no', 'tidak', 'false', 'f', 'tidak ada']);

/** 1/0, Y/N, ya/tidak, true/false; '' → fallback (undefined fallback = required: decided once per distinct value, in the memory named after the column). */
export function bool(b: Baris, kolom: string, fallback?: boolean): boolean {
  // A required flag: decided once per distinct value of the column (its values are a handful).
  if (fallback === undefined) return b.ingat(kolom, boolWajib, kolom);
  return bacaBool(b, kolom, fallback);
}

const boolWajib = (kolom: string, b: Baris): boolean => bacaBool(b, kolom, undefined);

function bacaBool(b: Baris, kolom: string, fallback: boolean | undefined): boolean {
  const v = b.get(kolom).toLowerCase();
  if (v === '' && fallback !== undefined) return fallback;
  if (YA.has(v)) return true;
  if (TIDAK.has(v)) return false;
  throw new RowError(kolom, PESAN_INGEST.bukanYaTidak(kolom, b.get(kolom)), 'not yes/no');
}

/**
 * Whole Rupiah: 10000, Indonesian thousands separators (10.000) and zero sen from a
 * formatted cell (10.000,00 or 10000.00). "10,000" is refused: it is ten thousand in an
 * en-US export and ten in an Indonesian one.
 */
export function rupiah(b: Baris, kolom: string): bigint | null {
  const v = b.get(kolom).replace(/^Rp\.?\s*/i, '');
  if (v === '') return null;
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,00?)?$/.exec(v) ?? /^(\d+)\.00?$/.exec(v);
  if (m) return BigInt((m[1] as string).replace(/\./g, ''));
  const asli = b.get(kolom);
  if (/^-\s*[\d.,]+$/.test(v)) throw new RowError(kolom, PESAN_INGEST.rupiahNegatif(kolom, asli), 'negative amount');
  if (/^(\d{1,3}(\.\d{3})+|\d+)[.,]\d+$/.test(v))
    throw new RowError(kolom, PESAN_INGEST.bukanRupiahBulat(kolom, asli), 'not whole Rupiah');
  throw new RowError(kolom, PESAN_INGEST.bukanRupiah(kolom, asli), 'not an amount');
}

/** Measurement; decimal point or decimal comma. */
export function desimal(b: Baris, kolom: string): Rational | null {
  const v = b.get(kolom);
  if (v === '') return null;
  try {
    return parseDecimal(v);
  } catch {
    throw new RowError(kolom, PESAN_INGEST.bukanAngka(kolom, v), 'not a number');
  }
}

/**
 * A measurement as an exact integer × 10^6 (src/core/klinis.ts compares it with the
 * profile's limits); more than six decimals is no measurement a device gives.
 */
export function ukuran(b: Baris, kolom: string): number | null {
  // The common plain value straight from its bytes; anything else as text below.
  const cepat = b.desimalSkala(kolom, SKALA_UKUR);
  if (cepat !== undefined) return cepat;
  const r = desimal(b, kolom);
  if (r === null) return null;
  const v = skalaUkur(r);
  if (v === null) throw new RowError(kolom, PESAN_INGEST.bukanUkuran(kolom, b.get(kolom)), 'not a measurement');
  return v;
}

const JENIS_SINONIM: Record<string, JenisFktp> = {
  puskesmas: 'puskesmas',
  klinik_pratama: 'klinik_pratama',
  klinik: 'klinik_pratama',
  rs_d_pratama: 'rs_d_pratama',
  rsd_pratama: 'rs_d_pratama',
  rumah_sakit_d_pratama: 'rs_d_pratama',
  rumah_sakit_kelas_d_pratama: 'rs_d_pratama',
  rs_kelas_d_pratama: 'rs_d_pratama',
  klinik_pratama_rawat_inap: 'klinik_pratama',
  klinik_pratama_rawat_jalan: 'klinik_pratama',
  praktik_dokter_mandiri: 'praktik_dokter',
  praktek_dokter_mandiri: 'praktik_dokter',
  praktik_dokter: 'praktik_dokter',
  praktek_dokter: 'praktik_dokter',
  dokter_praktek_perorangan: 'praktik_dokter',
  dokter_praktik_perorangan: 'praktik_dokter',
  praktik_mandiri_dokter: 'praktik_dokter',
  dokter_umum: 'praktik_dokter',
  praktik_dokter_gigi: 'praktik_dokter_gigi',
  praktek_dokter_gigi: 'praktik_dokter_gigi',
  dokter_gigi: 'praktik_dokter_gigi',
  dokter_gigi_praktek_perorangan: 'praktik_dokter_gigi',
  dokter_gigi_praktik_perorangan: 'praktik_dokter_gigi',
  praktik_mandiri_dokter_gigi: 'praktik_dokter_gigi',
};

/** A facility type as BPJS or an analyst spells it ("KLINIK PRATAMA", "DOKTER GIGI"); undefined when unknown. */
export const jenisDariTeks = (v: string): JenisFktp | undefined => JENIS_SINONIM[v.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')];

export function jenisFktp(b: Baris, kolom: string): JenisFktp {
  const v = wajib(b, kolom);
  const j = jenisDariTeks(v);
  if (!j) throw new RowError(kolom, PESAN_INGEST.jenisFktpTidakDikenal(kolom, v, JENIS_FKTP), 'unknown facility type');
  return j;
}

/** ICD-10 code compared without case, dots or spaces: "K29.7" = "k297". */
export function normalizeIcd(code: string): string {
  return code.toUpperCase().replace(/[.\s]/g, '');
}

/** A WHO ICD-10 code once normalized: a letter, two digits, and up to two more (K29, K29.7, S72.00). */
const ICD10 = /^[A-Z]\d{2}\d{0,2}$/;

/**
 * An ICD-10 code, normalized. A damaged code ("J00QQQ", a code with text run into it) is
 * rejected: as a lookup key it would silently stop matching, and a referral with the
 * real code would change class.
 */
export function kodeIcd(b: Baris, kolom: string): string {
  const v = wajib(b, kolom);
  const kode = normalizeIcd(v);
  if (!ICD10.test(kode))
    throw new RowError(kolom, PESAN_INGEST.bukanIcd(kolom, v.length > 40 ? `${v.slice(0, 40)}…` : v), 'not an ICD-10 code');
  return kode;
}
