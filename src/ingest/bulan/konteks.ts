// What reading a month needs and tells: the context every reader of a month file gets, the
// hooks kbk audit listens with (JejakBulan), and the per-participant flags and referral
// endings both sides share.
import type { DayNumber, MonthIndex } from '../../core/month.js';
import type { FaktaHarian, HitunganDasar } from '../../core/types.js';
import type { JenisSampel, KodeDihitung } from '../../core/sampel-kolom.js';
import type { BatasUkur } from '../../core/wajar.js';
import type { Pembelah, Peristiwa } from '../belah.js';
import type { Baris } from '../csv.js';
import type { KonteksFile } from '../file.js';
import type { MasterFktp, RujukanDiagnosa } from '../master.js';
import type { IndeksPeserta, KunciKartu } from '../peserta-index.js';
import type { Ringkasan } from '../ringkasan.js';
import type { RowError } from '../row-error.js';

export const FILE_BULAN = ['peserta.csv', 'kontak.csv', 'rujukan.csv', 'prolanis.csv'] as const;

/** A month file by its kind. */
export type JenisBulan = 'peserta' | 'kontak' | 'rujukan' | 'prolanis';

export interface KonteksBaca extends KonteksFile {
  dataDir: string;
  master: MasterFktp;
  diagnosa: RujukanDiagnosa | null;
  /** --summary: the months' counts from a branch workbook, read once. */
  ringkasan?: Ringkasan;
  /** kbk audit: told what the month's read decides row by row (see JejakBulan); absent on every other path. */
  jejak?: JejakBulan;
  /**
   * What a Prolanis measurement can be, and GDP's unit (issue 15): the month's rule set's
   * klinis.wajar and --gdp-satuan, set per month where the rule set is chosen (app/jobs.ts
   * bacaDenganAturan). Absent: values are read as they are, unchecked.
   */
  ukur?: BatasUkur;
  /**
   * The last day a contact of the month may be entered (tgl_entri) and still count, where the
   * rule set says late entries do not count (kebijakan.batasEntri, src/core/batas-entri.ts);
   * absent: every contact counts whenever it was entered.
   */
  batasEntri?: DayNumber;
  /**
   * --verifikasi (issue 20): the month's filled worksheet rows by kind and source line, set
   * per month where the rule set is chosen (app/jobs.ts bacaDenganAturan). Each reader
   * checks a listed line against what it counted (CekVerifikasi) and leaves a row marked
   * `tidak` uncounted; absent: one test of undefined per row.
   */
  verifikasi?: VerifikasiBaca;
  /**
   * The month's helper thread (src/ingest/bulan/pembelah.ts): large files are read half here,
   * half there (src/ingest/belah.ts); absent: every file is read here, whole.
   */
  pembelah?: PembelahBulanan;
  /**
   * Whether this month's large files may be split with a helper thread (issue 22): set by the
   * app where a month is read alone on the main thread; `paksa` (KBK_THREADS=N) splits files
   * of any size, as the tests need. Absent: never split.
   */
  belah?: { paksa: boolean };
  /** --verifikasi: the run's worksheets by the month each verifies, read once (src/app/verifikasi.ts). */
  lembarVerifikasi?: ReadonlyMap<number, LembarVerifikasi>;
}

/* The filled verification worksheet (read by src/ingest/verifikasi.ts). */

/** One worksheet row as read. */
export interface BarisLembar {
  /** Its line in the worksheet, and how messages name its key cells. */
  baris: number;
  lokasiBaris: string;
  kodePpk: string;
  jenis: JenisSampel;
  noKartu: string;
  /** The month file as the rejects name it ("2024-06/kontak.csv") and its line; `berkas`: which file it is (a Prolanis visit may be a contact). */
  file: string;
  berkas: JenisSampel;
  barisSumber: number;
  dihitungSebagai: KodeDihitung;
  /** true ya, false tidak, null empty (not checked). */
  sah: boolean | null;
}

/** A filled worksheet: its month, seed and rows. */
export interface LembarVerifikasi {
  path: string;
  /** How messages name it (its file name). */
  label: string;
  bulan: MonthIndex;
  benih: string | null;
  baris: BarisLembar[];
}

/** One worksheet row as a month's readers check it: what it claims, and what the read found. */
export interface CekVerifikasi {
  /** The worksheet row's facility (master index; -1: not in fktp.csv) and card as written. */
  f: number;
  noKartu: string;
  /** sah: true ya, false tidak, null empty (not checked). */
  sah: boolean | null;
  /** What the row says the record counted for. */
  dihitung: KodeDihitung;
  /** Set by the reader: the line is a record of that facility and card that counted (for a Prolanis visit, of an enrolled participant; for control, the job checks the decision). */
  cocok: boolean;
  /** The participant's position in the month's index (-1 until found). */
  p: number;
  /** prolanis.csv: the measurement's index into FaktaProlanis.ukur (-1: none). */
  ukur: number;
}

/**
 * A month's worksheet rows per source file, by line (the line tolak-*.csv numbers): a line
 * may be listed twice (a contact sampled as the participant's contact and as an enrolled
 * participant's Prolanis visit).
 */
export interface VerifikasiBaca {
  kontak: Map<number, CekVerifikasi[]>;
  rujukan: Map<number, CekVerifikasi[]>;
  prolanis: Map<number, CekVerifikasi[]>;
  /** Filled by the readers, per facility: participants no longer contacted, enrolled participants no longer visiting, because of records marked tidak. */
  kontakBatal: Int32Array;
  berkunjungBatal: Int32Array;
  /** Every row, in the worksheet's order (LembarVerifikasi.baris). */
  urut: CekVerifikasi[];
}

/** How a rujukan.csv row ended (JejakBulan.rujukan). */
export const RUJUKAN_DIHITUNG = 0;
export const RUJUKAN_DUPLIKAT = 1;
export const RUJUKAN_LUAR_BULAN = 2;
/** A rujukan.csv row rejected (never told by bacaBulan: the audit's collector marks it). */
export const RUJUKAN_DITOLAK = 3;

// Per-participant flags while reading: the four Prolanis ones of src/core/types.ts, and two more.
export const KONTAK = 16;
export const DIUKUR = 32;
/** With --verifikasi only, while the month is read: a counted contact, or a Prolanis row counted as a visit, of the participant was marked tidak (cleared when the read is over). */
export const KONTAK_TIDAK_SAH = 64;
export const DIUKUR_TIDAK_SAH = 128;

/**
 * kbk audit (the collector src/ingest/jejak.ts): what bacaBulan decides row by row, told as
 * it reads. On every other path it is absent, and each hook costs one test of undefined:
 * compute reads no slower and keeps nothing more per participant.
 */
export interface JejakBulan {
  /** The month's card keys: shared, so that every key, interned ones too, turns back into the card as written. */
  readonly kartu: KunciKartu;
  /** A peserta.csv row whose registration is not active. */
  tidakAktif(kunci: number, f: number, baris: number): void;
  /**
   * peserta.csv read: the index and the cards active at two or more facilities. Returns
   * per-position columns for the reader to fill: the line of each participant's first
   * counted contact, and of its first prolanis.csv row dated in the month (0: none).
   */
  indeks(indeks: IndeksPeserta, konflik: ReadonlyMap<number, ReadonlySet<number>>): { barisKontak: Int32Array; barisProlanis: Int32Array };
  /** A kontak.csv row not counted: dated outside the month, or its card not registered (active) at facility f. */
  kontakLain(kunci: number, f: number, tgl: number, baris: number, luarBulan: boolean): void;
  /** A kontak.csv row entered after the entry deadline the rule set applies (KonteksBaca.batasEntri): set aside. */
  kontakTerlambat(kunci: number, f: number, tgl: number, baris: number): void;
  /** A rujukan.csv row read: RUJUKAN_DIHITUNG, _DUPLIKAT or _LUAR_BULAN, with what was decided about it. */
  rujukan(b: Baris, kunci: number, f: number, tgl: number, status: number, tacc: boolean, nonSpesialistik: boolean): void;
  /** A rujukan.csv row told before (rujukan) rejected after the read: its no_rujukan has rows with other content; `alasan` names them. */
  rujukanKonflik(baris: number, alasan: string): void;
  /** A prolanis.csv row not counted (its card not registered at f), or a measurement of a registered participant dated outside the month. */
  prolanisLain(kunci: number, f: number, tgl: number, baris: number, luarBulan: boolean): void;
  /** A row that counted, marked `tidak` in the verification worksheet (--verifikasi): not counted. */
  tidakSah(jenis: 'kontak' | 'rujukan' | 'prolanis', kunci: number, f: number, tgl: number, baris: number): void;
  /** A row of a month file rejected by a RowError (the file's own checks or the row's values). */
  ditolak(jenis: JenisBulan, b: Baris, e: RowError): void;
  /** The read's end: per position the flags (DIAG_DM… and KONTAK, DIUKUR), the day of the first counted contact, the Prolanis participant (-1: none). */
  selesai(flags: Uint8Array, hariPertama: Uint8Array, ringkas: Int32Array): void;
}

/**
 * What a reader of a month file counts in its part of a split file (src/ingest/belah.ts),
 * in the shapes the main thread's read fills: counts per facility, flags per participant,
 * the daily facts, the file's dated rows.
 */
export interface KeadaanBagian {
  h: HitunganDasar[];
  /** The participants whose flags it set (positions, ascending), and those flags. */
  dipakai: Int32Array;
  flags: Uint8Array;
  harian: FaktaHarian;
  tanggal: { bertanggal: number; luar: Map<MonthIndex, number> };
}

/** rujukan.csv as a helper thread read it whole (pembelah.ts): what it did to the run, its counts and catatan. */
export interface RujukanUtuh {
  peristiwa: Peristiwa[];
  keadaan: KeadaanBagian;
  catatan: string[] | null;
}

/** A month's helper thread as the month's readers use it (src/ingest/bulan/pembelah.ts). */
export interface PembelahBulanan extends Pembelah {
  /** The month's participant index, once peserta.csv is read (the helper probes it for the files after). */
  pakaiIndeks?(indeks: IndeksPeserta): void;
  /** rujukan.csv as the helper read it whole while peserta.csv was read here (undefined or null: read it here). */
  rujukan?(): Promise<RujukanUtuh | null>;
}
