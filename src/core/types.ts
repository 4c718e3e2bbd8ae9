import type { JenisFktp } from '../rules/schema.js';
import type { DayNumber } from './month.js';

/** One row of the facility master (fktp.csv). */
export interface Fktp {
  kodePpk: string;
  namaFktp: string;
  jenisFktp: JenisFktp;
  /** Base tariff, whole Rupiah per participant per month. */
  tarifKapitasi: bigint;
  tglKerjaSama: DayNumber | null;
  jaringanData: boolean;
  /** Overrides the tariff set's minimum when given. */
  tarifMinimal: bigint | null;
  kabKota: string;
  /** Paid "kapitasi khusus" (fktp.csv kapitasi_khusus): not KBK-adjusted where the rule set says so. */
  kapitasiKhusus: boolean;
}

/**
 * What one month's exports say about one facility, before any KBK policy: the counts the
 * indicator formulas read, plus the data-quality counts the report's catatan carries.
 * Whether a Prolanis participant is controlled is not here: that is the rule set's
 * clinical profile applied to the measurements (FaktaProlanis, src/core/klinis.ts).
 */
export interface HitunganDasar {
  pesertaTerdaftar: number;
  /** Distinct registered participants with ≥1 contact at this facility dated in the month. */
  pesertaKontak: number;
  /** Distinct referrals (duplicate no_rujukan once), TACC included. */
  rujukanTotal: number;
  /** Non-specialistic and not TACC. */
  rujukanNonSpesialistik: number;
  rujukanTacc: number;
  /** Registered participants diagnosed DM (enrolled in Prolanis or not). */
  dmTerdaftar: number;
  htTerdaftar: number;
  /** Registered participants enrolled in Prolanis (any programme, once). */
  prolanisTerdaftar: number;
  /** Of those, with a contact or a measurement dated in the month. */
  prolanisBerkunjung: number;
  // Data quality: rows that were readable but do not count.
  kontakTidakTerdaftar: number;
  kontakLuarBulan: number;
  /** Contacts entered (tgl_entri) after the rule set's entry deadline where it says they do not count (kebijakan.batasEntri). */
  kontakLewatBatasEntri: number;
  rujukanDuplikat: number;
  /** Rows rejected because their no_rujukan is on rows with other content (none of them counts). */
  rujukanKonflik: number;
  rujukanLuarBulan: number;
  prolanisTidakTerdaftar: number;
  pengukuranLuarBulan: number;
  /** Measurements with no tgl_periksa: taken as of the month. */
  pengukuranTanpaTanggal: number;
}

/** A facility's month once the clinical profile has decided who is controlled: what formulas read. */
export interface HitunganBulan extends HitunganDasar {
  /** Enrolled in Prolanis DM, measured, and controlled by the profile's criteria. */
  dmTerkendali: number;
  htTerkendali: number;
}

/** The counts a report shows as columns, with their column names (the data-quality counts go to catatan). */
export const KOLOM_HITUNGAN = {
  pesertaTerdaftar: 'peserta_terdaftar',
  pesertaKontak: 'peserta_kontak',
  rujukanTotal: 'rujukan_total',
  rujukanNonSpesialistik: 'rujukan_non_spesialistik',
  rujukanTacc: 'rujukan_tacc',
  dmTerdaftar: 'dm_terdaftar',
  dmTerkendali: 'dm_terkendali',
  htTerdaftar: 'ht_terdaftar',
  htTerkendali: 'ht_terkendali',
  prolanisTerdaftar: 'prolanis_terdaftar',
  prolanisBerkunjung: 'prolanis_berkunjung',
} as const satisfies Partial<Record<keyof HitunganBulan, string>>;

export type KunciHitungan = keyof typeof KOLOM_HITUNGAN;

/** Flags of a participant in prolanis.csv (FaktaProlanis.flags). */
export const DIAG_DM = 1;
export const PROLANIS_DM = 2;
export const DIAG_HT = 4;
export const PROLANIS_HT = 8;

/** Programme of a measurement. */
export const PROGRAM_DM = 0;
export const PROGRAM_HT = 1;

/** A measurement without tgl_periksa: as of the month, older than any dated one. */
export const TANPA_TANGGAL = -2147483647;

/** Measurement values are kept as integers × 10^6: exact for any value with at most six decimals. */
export const SKALA_UKUR = 1_000_000;

/**
 * The Prolanis facts of a month: each participant registered at a facility who appears in
 * prolanis.csv, with what they were diagnosed and enrolled in, and every measurement of
 * theirs dated in the month (or undated). Typed arrays: no object per row.
 */
export interface FaktaProlanis {
  /** Per participant: facility index (master order). */
  fasilitas: Int32Array;
  /** Per participant: DIAG_DM | PROLANIS_DM | DIAG_HT | PROLANIS_HT. */
  flags: Uint8Array;
  /** Measurements: participant (index into the arrays above), programme, date, values × SKALA_UKUR (GDP, or systolic and diastolic), line in prolanis.csv. */
  ukur: { n: number; peserta: Int32Array; program: Uint8Array; tanggal: Int32Array; a: Float64Array; b: Float64Array; baris: Int32Array };
  /**
   * --verifikasi: measurements (indices into ukur) the assessment team marked tidak. They
   * stay measurements of the month (the participant visited), but the clinical decision
   * leaves them out (src/core/klinis.ts putuskan). Absent without a worksheet.
   */
  tidakSah?: ReadonlySet<number>;
}

/** Days of a month, as bins of the daily facts: facility f, day d (1–31) at f·31 + d − 1. */
export const HARI = 31;

/** Entry delay bins: days after the month's last day (0: within it or on it), the last bin for all later. */
export const HARI_ENTRI = 64;

/**
 * What the month's dates say, per facility: the signals of padding and the projection of a
 * partial month read these; no count of a formula does.
 */
export interface FaktaHarian {
  /** Counted contact rows (registered participants, dated in the month) per facility and day. */
  kontak: Int32Array;
  /** Registered participants per facility by the day of their first contact of the month. */
  kontakPertama: Int32Array;
  /** Counted referrals per facility and day, and the non-specialistic ones among them. */
  rujukan: Int32Array;
  rujukanNonSpesialistik: Int32Array;
  /** With jenis_kontak: counted contacts of a "sehat" (healthy) visit, and of them those with no vital sign recorded. */
  sehat: Int32Array;
  sehatTanpaVital: Int32Array;
  /** With tgl_entri: counted contacts per facility by how many days after the month's end they were entered (bins of HARI_ENTRI). */
  entri: Int32Array;
  /** Which optional kontak columns the export had. */
  ada: { jenis: boolean; vital: boolean; entri: boolean };
  /** The latest contact date dated in the month, over every facility; null when none. */
  kontakTerakhir: number | null;
}

/** Daily facts of nF facilities, all zero. */
export function harianKosong(nF: number): FaktaHarian {
  return {
    kontak: new Int32Array(nF * HARI),
    kontakPertama: new Int32Array(nF * HARI),
    rujukan: new Int32Array(nF * HARI),
    rujukanNonSpesialistik: new Int32Array(nF * HARI),
    sehat: new Int32Array(nF),
    sehatTanpaVital: new Int32Array(nF),
    entri: new Int32Array(nF * HARI_ENTRI),
    ada: { jenis: false, vital: false, entri: false },
    kontakTerakhir: null,
  };
}


/** A month as ingest reads it: neutral counts per facility (master order), the Prolanis facts, the daily facts. */
export interface FaktaBulan {
  dasar: HitunganDasar[];
  prolanis: FaktaProlanis;
  harian: FaktaHarian;
}

export function hitunganKosong(): HitunganBulan {
  return { ...dasarKosong(), dmTerkendali: 0, htTerkendali: 0 };
}

export function dasarKosong(): HitunganDasar {
  return {
    pesertaTerdaftar: 0,
    pesertaKontak: 0,
    rujukanTotal: 0,
    rujukanNonSpesialistik: 0,
    rujukanTacc: 0,
    dmTerdaftar: 0,
    htTerdaftar: 0,
    prolanisTerdaftar: 0,
    prolanisBerkunjung: 0,
    kontakTidakTerdaftar: 0,
    kontakLuarBulan: 0,
    kontakLewatBatasEntri: 0,
    rujukanDuplikat: 0,
    rujukanKonflik: 0,
    rujukanLuarBulan: 0,
    prolanisTidakTerdaftar: 0,
    pengukuranLuarBulan: 0,
    pengukuranTanpaTanggal: 0,
  };
}

/** The month's counts over all facilities (for the data-quality line of the summaries). */
export function jumlahHitungan(hs: readonly HitunganDasar[]): HitunganBulan {
  const total = hitunganKosong();
  for (const h of hs) for (const k of Object.keys(total) as (keyof HitunganBulan)[]) total[k] += (h as HitunganBulan)[k] ?? 0;
  return total;
}
