// Cell parsers: each returns a typed value or throws RowError naming the column, the value
// and what was expected.
import { parseDate, type DayNumber } from '../core/month.js';
import { parseDecimal, type Rational } from '../core/rational.js';
import { JENIS_FKTP, type JenisFktp } from '../rules/schema.js';
import { RowError, type Baris } from './csv.js';

export function wajib(b: Baris, kolom: string): string {
  const v = b.get(kolom);
  if (v === '') throw new RowError(kolom, `${kolom} is empty; a value is required`);
  return v;
}

export function tanggal(b: Baris, kolom: string): DayNumber {
  const v = wajib(b, kolom);
  const d = parseDate(v);
  if (d === null) throw new RowError(kolom, `${kolom} "${v}" is not a date (expected yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy)`);
  return d;
}

const YA = new Set(['1', 'y', 'ya', 'yes', 'true', 't']);
const TIDAK = new Set(['0', 'n', 'no', 'tidak', 'false', 'f']);

/** 1/0, Y/N, ya/tidak, true/false; '' → fallback (undefined fallback = required). */
export function bool(b: Baris, kolom: string, fallback?: boolean): boolean {
  const v = b.get(kolom).toLowerCase();
  if (v === '' && fallback !== undefined) return fallback;
  if (YA.has(v)) return true;
  if (TIDAK.has(v)) return false;
  throw new RowError(kolom, `${kolom} "${b.get(kolom)}" is not a yes/no value (expected 1/0, Y/N, true/false)`);
}

/** Whole Rupiah; accepts Indonesian thousands separators ("10.000"). */
export function rupiah(b: Baris, kolom: string): bigint | null {
  const v = b.get(kolom);
  if (v === '') return null;
  const plain = /^\d{1,3}(\.\d{3})+$/.test(v) ? v.replace(/\./g, '') : v;
  if (!/^\d+$/.test(plain))
    throw new RowError(kolom, `${kolom} "${v}" is not a whole, non-negative Rupiah amount (expected e.g. 10000 or 10.000)`);
  return BigInt(plain);
}

/** Measurement; decimal point or decimal comma. */
export function desimal(b: Baris, kolom: string): Rational | null {
  const v = b.get(kolom);
  if (v === '') return null;
  try {
    return parseDecimal(v);
  } catch {
    throw new RowError(kolom, `${kolom} "${v}" is not a number (expected e.g. 126 or 6,8)`);
  }
}

const JENIS_SINONIM: Record<string, JenisFktp> = {
  puskesmas: 'puskesmas',
  klinik_pratama: 'klinik_pratama',
  klinik: 'klinik_pratama',
  rs_d_pratama: 'rs_d_pratama',
  rsd_pratama: 'rs_d_pratama',
  rumah_sakit_d_pratama: 'rs_d_pratama',
  rumah_sakit_kelas_d_pratama: 'rs_d_pratama',
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

export function jenisFktp(b: Baris, kolom: string): JenisFktp {
  const v = wajib(b, kolom);
  const key = v.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  const j = JENIS_SINONIM[key];
  if (!j) throw new RowError(kolom, `${kolom} "${v}" is not a known facility type (expected ${JENIS_FKTP.join(', ')} or a BPJS spelling such as KLINIK PRATAMA)`);
  return j;
}

/** ICD-10 code compared without case, dots or spaces: "K29.7" = "k297". */
export function normalizeIcd(code: string): string {
  return code.toUpperCase().replace(/[.\s]/g, '');
}
