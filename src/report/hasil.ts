// The results the jobs of src/app return and the writers of src/report take: plain data,
// declared here — the lowest layer that reads them — so report never imports the job that
// makes them (src/app re-exports each beside its job). Each holds what the job computed;
// nothing here computes.
import type { Capaian, Kapitasi } from '../core/assessment.js';
import type { NilaiIndikator } from '../core/indicators.js';
import type { DayNumber, MonthIndex, WindowKind } from '../core/month.js';
import type { ProyeksiIndikator } from '../core/proyeksi.js';
import type { Rational } from '../core/rational.js';
import type { Sinyal } from '../core/sinyal.js';
import type { Fktp } from '../core/types.js';
import type { RingkasanVerifikasi } from '../core/verifikasi.js';
import type { Penolakan } from '../ingest/rejects.js';
import type { Band, PersenBand, ProfilKlinis, RuleSet, TariffSet } from '../rules/schema.js';
import type { Pesan, Teks } from '../pesan/index.js';
import type { FileLaporan } from './write.js';

// kbk compute, pay, run (src/app/jobs.ts).

/** A signal as a run reports it: its month and facility code beside it. */
export interface SinyalBulan extends Sinyal {
  bulan: MonthIndex;
  kodePpk: string;
}

export interface HasilJob {
  /** The month the run is named after: the assessment month of compute, the payment month of pay and run. */
  bulan: MonthIndex;
  capaian: { rows: Capaian[]; rules: RuleSet }[];
  kapitasi: { rows: Kapitasi[]; rules: RuleSet } | null;
  tolak: Penolakan;
  files: FileLaporan[];
  /** Per assessment month read, the data-quality figures over all facilities (as in catatan). */
  kualitas: Map<MonthIndex, string[]>;
  /** Rule and tariff sets the reports used, for the provisional-values notice. */
  /** The rule and tariff sets used; `bulanBayar` when a payment was computed (whether a tariff set is past its review). */
  dipakai: { aturan: RuleSet[]; tarif: TariffSet[]; bulanBayar?: MonthIndex };
  /** What the files' shape means for the numbers, and accepted falls: said on stderr. */
  peringatan: Pesan[];
  /** The anomaly signals of the months with capaian reports (anomali-M.csv). */
  sinyal: SinyalBulan[];
  /**
   * --verifikasi: per assessment month given a filled worksheet, what the team checked and
   * found invalid per facility and kind, with the invalid share's interval and flag (the
   * Berita Acara prints it; verifikasi-M.csv is written from it). Absent without --verifikasi.
   */
  verifikasi?: RingkasanVerifikasi[];
}

export type { RingkasanVerifikasi } from '../core/verifikasi.js';

// kbk banding (src/app/banding.ts).

/** What a payment is computed under: the rule set of the window's last month (or --rules), a clinical profile, a tariff set. */
export interface Ketentuan {
  rules: RuleSet;
  profil: ProfilKlinis;
  tarif: TariffSet;
  rataRata: 'indikator' | 'nilai';
}

export interface BarisBanding {
  kapitasiA: Kapitasi;
  kapitasiB: Kapitasi;
  selisih: bigint;
}

export interface HasilBanding {
  bulanBayar: MonthIndex;
  a: Ketentuan & { label: string };
  b: Ketentuan & { label: string };
  baris: BarisBanding[];
  total: { a: bigint; b: bigint; selisih: bigint };
  files: FileLaporan[];
  peringatan: Pesan[];
  /** The rule and tariff sets used; `bulanBayar` when a payment was computed (whether a tariff set is past its review). */
  dipakai: { aturan: RuleSet[]; tarif: TariffSet[]; bulanBayar?: MonthIndex };
}

// kbk proyeksi (src/app/proyeksi.ts).

export interface HasilProyeksi {
  bulan: MonthIndex;
  /** The date the data run to: --sampai, else the month's latest contact. */
  sampai: DayNumber;
  /** Its day of the month, and the month's days. */
  hari: number;
  hariBulan: number;
  /** --sampai was given: rows dated after it are left out. */
  dipotong: boolean;
  rules: RuleSet;
  /** The earlier months read for the curves. */
  bulanLalu: MonthIndex[];
  fasilitas: { fktp: Fktp; indikator: ProyeksiIndikator[] }[];
  /** proyeksi-M.csv, for the caller to write when asked. */
  file: FileLaporan;
  tolak: Penolakan;
  dipakai: HasilJob['dipakai'];
  peringatan: Pesan[];
}

// kbk explain --bayar (src/app/jelaskan-bayar.ts).

/** One month of the window, judged under the payment's rule set and clinical profile. */
export interface BulanJendela {
  bulan: MonthIndex;
  /** The rule set in force for the month itself (the payment's may differ). */
  aturanBulan: string;
  /** false: no month folder (or summary sheet): not in the average. */
  ada: boolean;
  /** false: no registered participant that month: not in the average. */
  dinilai: boolean;
  nilai: NilaiIndikator;
  /** Ratings and total nilai of the month; null when the facility's type is not rated. */
  rating: Record<string, number> | null;
  totalNilai: Rational | null;
}

/** One indicator averaged over the months assessed, and rated. */
export interface RataIndikator {
  id: string;
  nama: string;
  satuan: string;
  /** The monthly values averaged (the months assessed where it had a value). */
  dari: Rational[];
  nilai: Rational | null;
  rating: number | null;
  /** The band the average fell in; null when not assessed (the rule set's ratingTidakDinilai then). */
  band: Band | null;
  bobot: string;
  nilaiKinerja: Rational | null;
}

export interface PenjelasanBayar {
  fktp: Fktp;
  bulanBayar: MonthIndex;
  jendela: WindowKind;
  aturan: string;
  aturanTarif: string;
  rataRata: 'indikator' | 'nilai';
  bulan: BulanJendela[];
  indikator: RataIndikator[];
  /** Months that went into the averages. */
  jumlahBulanDinilai: number;
  /** With rataRata 'nilai', the monthly totals averaged into totalNilai. */
  totalBulanan: Rational[];
  totalNilai: Rational | null;
  /** The payment band the total fell in for the facility's type (paid only when kbkBerlaku). */
  bandPembayaran: PersenBand | null;
  kbkBerlaku: boolean;
  /** Why the adjustment does not apply (type treatment, eligibility); empty when it does. */
  alasan: string[];
  persenKapitasi: Rational;
  /** Registered participants paid on, and the month they come from. */
  peserta: { jumlah: number; bulan: MonthIndex };
  tarif: { dasar: bigint; setelahKbk: Rational; minimal: bigint | null; lantai: Rational | null; lantaiDiterapkan: boolean; dibayar: Rational };
  /** peserta × tarif dibayar exactly, then rounded half-up once. */
  kapitasi: { penuh: bigint; tepat: Rational; dibayar: bigint; potongan: bigint };
  /** What would stop pay for this facility as a damaged export (unless --terima-penurunan), in both languages. */
  kewajaran: Teks[];
  catatan: string[];
}

// kbk berita-acara (src/app/berita-acara.ts, src/report/berita-acara.ts).

/** What the minutes of a month hold: the job's result as computed, and what the office adds. */
export interface IsiBeritaAcara {
  /** compute's result (an assessment month) or pay's (a payment month: `kapitasi` set). */
  hasil: HasilJob;
  /** --cabang or the config file's `cabang`; null: left blank to fill in by hand. */
  cabang: string | null;
  /** The date of signing (--tanggal, else today). */
  tanggal: DayNumber;
  /** kbk's version, named in the basis. */
  versi: string;
}

// kbk tren and kbk rekredensialing (src/app/tren.ts, src/app/rekredensialing.ts).

/**
 * Where a month of a trend comes from: `laporan`, the capaian (and anomali) reports an
 * earlier run left in --out, read back (`laporan` names the capaian file); `hitung`,
 * computed now by the compute job's own steps (`alasan`: why a report in --out was not
 * used; null when there was none); `tidak_ada`, no month folder (or summary
 * sheet): nothing is shown for it, never an invented month.
 */
export type SumberBulanTren = { jenis: 'laporan'; laporan: string } | { jenis: 'hitung'; alasan: Teks | null } | { jenis: 'tidak_ada' };

export interface BulanTren {
  bulan: MonthIndex;
  sumber: SumberBulanTren;
  /** The rule set in force for the month (or --rules). */
  rules: RuleSet;
  /**
   * The month of each facility of HasilTren.fasilitas, in that order: a capaian row, or
   * null when the month is missing. A facility with no registered participant that month
   * has its row, with no indicator values (shown empty).
   */
  baris: (Capaian | null)[];
  /** The month's anomaly signals (anomali-M.csv read back, or computed with the month); empty for a missing month. */
  sinyal: SinyalBulan[];
}

export interface HasilTren {
  dari: MonthIndex;
  sampai: MonthIndex;
  /** fktp.csv's facilities (after --ppk), by code (the capaian report's order). */
  fasilitas: Fktp[];
  /** Every month of the range, in order, the missing ones included. */
  bulan: BulanTren[];
  /** The rows rejected while computing months (their tolak files are compute's to write). */
  tolak: Penolakan;
  files: FileLaporan[];
  peringatan: Pesan[];
  dipakai: HasilJob['dipakai'];
}

/** One indicator (or the total nilai) of one doctor's practice over the months of a credentialing review. */
export interface SeriRekredensialing {
  /** An indicator id of the rule set, or 'total_nilai'. */
  id: string;
  /** Per month of the review (HasilRekredensialing.bulan's order): the value, its rating; null when none. */
  nilai: (Rational | null)[];
  rating: (number | null)[];
  /** Months at each rating (every rating of the indicator's bands, at 0 too); empty for total_nilai. */
  perRating: Map<number, number>;
  /** The direction of the series (src/core/tren.ts arahTren); null with fewer than two months. */
  arah: 'naik' | 'turun' | 'tetap' | null;
  /** Which way of the value is better (src/core/tren.ts arahBaik): 1 higher, −1 lower, null not said. */
  baik: 1 | -1 | null;
}

export interface BarisRekredensialing {
  fktp: Fktp;
  /** Months with a rated row (assessed). */
  bulanDinilai: MonthIndex[];
  seri: SeriRekredensialing[];
  /** The months with anomaly signals, and which. */
  sinyal: { bulan: MonthIndex; sinyal: string[] }[];
}

export interface HasilRekredensialing {
  tren: HasilTren;
  /** The months reviewed (the range of tren). */
  bulan: MonthIndex[];
  /** The rule set whose indicators and bands the review follows: the last month's. */
  rules: RuleSet;
  baris: BarisRekredensialing[];
  files: FileLaporan[];
}
