// The per-record audit (kbk audit) in words: what a participant's or a referral's row says
// about why it counts or does not, and who is on the outreach list. Pure: the reading and
// the bookkeeping are src/app/audit.ts, the files src/report/audit.ts. The texts are for
// people at a facility, in Indonesian like catatan; they never hold a card number.
import { formatDate, type DayNumber } from './month.js';
import { SKALA_UKUR, TANPA_TANGGAL, type KunciHitungan } from './types.js';

/**
 * What happened to a (facility, card) pair besides being counted, one kind per event; a
 * row's events are listed in this order, then by line. DITOLAK_* follow their file.
 */
export const PERISTIWA = {
  TIDAK_AKTIF: 1,
  KONFLIK: 2,
  KONTAK_LAIN: 3,
  KONTAK_LUAR: 4,
  PROLANIS_LAIN: 5,
  UKUR_LUAR: 6,
  DITOLAK_PESERTA: 7,
  DITOLAK_KONTAK: 8,
  DITOLAK_PROLANIS: 9,
} as const;

/** The counts of capaian that are per participant (a participant adds 0 or 1 to each), in bit order. */
export const HITUNGAN_PESERTA = [
  'pesertaTerdaftar',
  'pesertaKontak',
  'dmTerdaftar',
  'dmTerkendali',
  'htTerdaftar',
  'htTerkendali',
  'prolanisTerdaftar',
  'prolanisBerkunjung',
] as const;

export type HitunganPeserta = (typeof HITUNGAN_PESERTA)[number];

/** Every count of KOLOM_HITUNGAN but the referral ones is per participant: a new one does not compile until the audit counts it. */
type BelumDiaudit = Exclude<Exclude<KunciHitungan, `rujukan${string}`>, HitunganPeserta>;
export const SEMUA_DIAUDIT: [BelumDiaudit] extends [never] ? true : BelumDiaudit = true;

/** Bit of a per-participant count in a participant's mask. */
export const BIT: Record<HitunganPeserta, number> = Object.fromEntries(HITUNGAN_PESERTA.map((k, i) => [k, 1 << i])) as Record<HitunganPeserta, number>;

/**
 * jangkauan-YYYY-MM.csv's `perlu`, in the order a participant's rows are listed:
 * - kontak: registered, no counted contact this month (AK);
 * - ukur_dm / ukur_ht: enrolled in Prolanis DM/HT, not measured this month (RPPT);
 * - kendali_dm / kendali_ht: enrolled, measured, and the deciding measurement not controlled (RPPT);
 * - daftar_prolanis_dm / daftar_prolanis_ht: diagnosed, not enrolled: counted in RPPT's
 *   denominator but never in its numerator;
 * - kunjungan_prolanis: enrolled, no contact and no Prolanis row dated this month (RPPB).
 */
export const PERLU = ['kontak', 'ukur_dm', 'kendali_dm', 'daftar_prolanis_dm', 'ukur_ht', 'kendali_ht', 'daftar_prolanis_ht', 'kunjungan_prolanis'] as const;

export type Perlu = (typeof PERLU)[number];

export const BIT_PERLU: Record<Perlu, number> = Object.fromEntries(PERLU.map((k, i) => [k, 1 << i])) as Record<Perlu, number>;

/** "P001", "P001 dan P002", "P001, P002 dan P003". */
export function daftarKode(kode: readonly string[]): string {
  if (kode.length <= 1) return kode.join('');
  return `${kode.slice(0, -1).join(', ')} dan ${kode[kode.length - 1]}`;
}

/** A card active at several facilities: counted at none of them. */
export function teksKonflik(kode: readonly string[]): string {
  return kode.length === 2
    ? `aktif di dua fasilitas: ${daftarKode(kode)}; tidak dihitung di keduanya`
    : `aktif di ${kode.length} fasilitas: ${daftarKode(kode)}; tidak dihitung di satu pun`;
}

/** A measurement value kept × SKALA_UKUR, as a plain decimal (110, 7.5). */
export function angkaUkur(v: number): string {
  const bulat = Math.trunc(v / SKALA_UKUR);
  const sisa = Math.abs(v - bulat * SKALA_UKUR);
  if (sisa === 0) return String(bulat);
  const tanda = v < 0 && bulat === 0 ? '-' : '';
  return `${tanda}${bulat}.${String(sisa).padStart(6, '0').replace(/0+$/, '')}`;
}

/** A measurement's date, or that it had none (taken as of the month). */
export const tanggalUkur = (t: number): string => (t === TANPA_TANGGAL ? 'tanpa tanggal' : formatDate(t as DayNumber));

/** "GDP 110 (2024-06-10, baris 12)" or "150/95 (2024-06-10, baris 13)". */
export function teksUkur(dm: boolean, a: number, b: number, tanggal: number, baris: number): string {
  return `${dm ? `GDP ${angkaUkur(a)}` : `${angkaUkur(a)}/${angkaUkur(b)}`} (${tanggalUkur(tanggal)}, baris ${baris})`;
}

/** n more events of a kind than the one shown. */
export const lainnya = (n: number): string => (n > 0 ? ` (+${n} lainnya)` : '');
