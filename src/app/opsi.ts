// What a job is asked to do (the options the CLI maps its flags to) and a month as a job
// has read it: shapes the jobs of src/app share, declared apart from src/app/jobs.ts so
// that the helpers it calls (src/app/sinyal.ts, src/app/bulan-salah.ts) need not import it.
import type { DayNumber, MonthIndex, WindowKind } from '../core/month.js';
import type { FaktaBulan } from '../core/types.js';
import type { SatuanGdp } from '../core/wajar.js';
import type { BatasUkuran, Kemajuan } from '../ingest/csv.js';
import type { OpsiDialek } from '../ingest/dialek.js';
import type { LabelBulan } from '../ingest/ringkasan.js';
import type { RuleSet, TariffSet } from '../rules/schema.js';
import type { Penolakan } from '../ingest/rejects.js';
import type { FileLaporan } from '../report/write.js';
import type { Bahasa, Pesan } from '../pesan/index.js';
import type { BulanRingkasan } from './ringkasan.js';
import type { RingkasanVerifikasi } from '../core/verifikasi.js';

export interface OpsiJob {
  dataDir: string;
  outDir: string;
  strict: boolean;
  maxRejectRate: number;
  /** --delimiter, --encoding, --date-format (sniffed per file when absent). */
  dialek: OpsiDialek;
  /** --rules: one rule set used for every month instead of selection by month. */
  rules?: RuleSet;
  /** --tariffs: one tariff set used instead of selection by payment month. */
  tariffs?: TariffSet;
  /** --profil-klinis: the rule set's clinical profile to use instead of its bawaan. */
  profilKlinis?: string;
  window?: WindowKind;
  rataRata?: 'indikator' | 'nilai';
  /**
   * --terima-penurunan: facilities whose sharp fall of registered participants (or Rp 0
   * payment) the caller accepts as real; 'semua' accepts every one.
   */
  terimaPenurunan?: ReadonlySet<string> | 'semua';
  /**
   * --terima-tarif: facilities whose tarif_kapitasi or tarif_minimal outside their type's
   * range in the tariff set the caller accepts; 'semua' accepts every one.
   */
  terimaTarif?: ReadonlySet<string> | 'semua';
  /**
   * --terima-luar-bulan: month files ("2024-06/kontak.csv", or "kontak.csv" for every
   * month) accepted although most of their dated rows are outside the month or they are
   * identical to another month's file; 'semua' accepts every one.
   */
  terimaLuarBulan?: ReadonlySet<string> | 'semua';
  /** --max-row-bytes, --max-field-bytes. */
  batas?: BatasUkuran;
  /** Which reports beside the CSVs, and how the CSVs are written (--xlsx, --html, --csv-excel, --format rekap-cabang). */
  format?: { xlsx?: boolean; html?: boolean; csvExcel?: boolean; rekapCabang?: boolean };
  /** --summary FILE: the months' counts per facility from a branch workbook or CSV instead of the month folders. */
  ringkasan?: { path: string; labelBulan: LabelBulan };
  /** The run's language (--lang, the locale), for the words in files people read (the rejects' alasan, the workbook's headings and words, proyeksi's celah); absent: Indonesian. */
  bahasa?: Bahasa;
  /** Progress (stderr). */
  log: (message: Pesan) => void;
  /** Progress of each file's read, for a terminal's progress bar. */
  kemajuan?: Kemajuan;
  /**
   * Called when bad data stops a run, with the run's rejects file: the analyst gets every
   * bad row found, though no report is written.
   */
  padaBerhenti?: (tolak: FileLaporan[], ringkasan: Map<string, Map<string, number>>) => void;
  /** --gdp-satuan: the unit of prolanis.csv's gdp (mg/dL when absent; mmol/L is converted by the rule set's factor, and said). */
  gdpSatuan?: SatuanGdp;
  /** --sampai: the exports hold data up to this day only (a mid-month export). */
  sampai?: DayNumber;
  /** --wajib-lengkap (pay, run): a window month missing or incomplete stops the run (65) instead of a warning. */
  wajibLengkap?: boolean;
  /**
   * --samarkan KEYFILE: the card numbers of the shareable outputs (rejects, audit, outreach)
   * replaced by their keyed hash (src/report/samaran.ts hmacKartu); absent: written as they are.
   */
  samarkan?: (noKartu: string) => string;
  /**
   * KBK_THREADS (the environment): how pay, run and banding read their months — '1' one after
   * the other on the main thread, 'N' on up to N worker threads whatever their size; absent:
   * on worker threads when the months are large enough for that to pay (src/app/bulan-paralel.ts).
   */
  utas?: string;
  /** KBK_JALUR=0 (the environment): the readers' fast lanes off, every row through the row path (the same numbers; the tests compare both). */
  tanpaJalur?: boolean;
  /** --verifikasi FILE (repeatable): filled verification worksheets, one per assessed month (src/app/verifikasi.ts). */
  verifikasi?: readonly string[];
  /** Notes about the run itself (settings taken from a config file), in the catatan of every row. */
  catatanRun?: readonly string[];
}

/** A month's verification as applied (src/app/verifikasi.ts): its summary, and the catatan of each facility (master index) it changed or flagged. */
export interface VerifikasiBulan {
  ringkasan: RingkasanVerifikasi;
  catatan: Map<number, string[]>;
}

/**
 * A month as read: record-level facts (the clinical profile still decides who is
 * controlled), or a summary's counts (already decided by the branch).
 */
export interface BulanDibaca {
  bulan: MonthIndex;
  catatan: string[];
  rules: RuleSet;
  fakta: FaktaBulan | null;
  ringkasan: BulanRingkasan | null;
  /** The day the month's data runs to when it stops before the month's end (a mid-month export); null: complete. */
  tidakLengkap: DayNumber | null;
  /** --verifikasi: the month's worksheet as applied (its summary and per-facility catatan); absent without one. */
  verifikasi?: VerifikasiBulan;
}

/**
 * What a job over one month's records returns beside its own summary (kbk audit, kbk
 * sampel): the month, its rule set, the files to write (the month's tolak-M.csv among
 * them), the rejects, the warnings and the sets used.
 */
export interface HasilBerkasBulan {
  bulan: MonthIndex;
  rules: RuleSet;
  files: FileLaporan[];
  tolak: Penolakan;
  peringatan: Pesan[];
  dipakai: { aturan: RuleSet[]; tarif: TariffSet[] };
}
