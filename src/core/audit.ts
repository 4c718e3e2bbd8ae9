// The per-record audit (kbk audit): the kinds of what happened to a participant's row, the
// per-participant counts it lists, and the outreach needs. Pure: the collecting is
// src/ingest/jejak.ts, the texts src/core/alasan-audit.ts, the rows src/report/audit-baris.ts,
// the files src/report/audit.ts, the job src/app/audit.ts.
import type { KunciHitungan } from './types.js';

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
  KONTAK_TERLAMBAT: 10,
  /** --verifikasi: a counted contact, or a Prolanis measurement, marked tidak by the assessment team. */
  KONTAK_TIDAK_SAH: 11,
  UKUR_TIDAK_SAH: 12,
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
