// One large file read by two threads (issue 22): the main thread reads it from the start to
// a line boundary near its middle (the split point), a helper thread (src/ingest/bulan/
// pembelah.ts) the rest, each row by the same code. What the helper can only know from the
// part before it — the header, the first data row's width, the date format and where it was
// guessed — is handed over once the main thread has read its first chunk; what it finds is
// handed back and taken over as if the main thread had read on: its rejects in their order
// (line numbers shifted by the lines before the split point), its rows, bytes, dates and
// the reader's own counts. Whatever the helper could not decide as a sequential read would
// (a format it had to guess, a split point inside a quoted value, an error that stops the
// file), it leaves to the main thread, which then reads the rest itself: slower, never
// different.
import type { Pesan, Teks } from '../pesan/index.js';
import type { Dialek } from './dialek.js';
import type { JenisFile } from './headers.js';
import type { PotretTanggal, AsalTanggal, FormatTanggal } from './dates.js';
import type { Tolak } from './rejects.js';

/** The bytes a file must have before it is split (below: a helper's hand-over costs more than half the read saves). */
export const BELAH_MIN_BYTES = 4 << 20;

/** What the helper needs to read pieces of the file as the sequential read would go on. */
export interface TugasCsv {
  jenis: JenisFile;
  path: string;
  label: string;
  /** The pieces' bounds, each a line start: piece j is [batas[j], batas[j + 1]); the last bound is the file's size. */
  batas: number[];
  dialek: Dialek;
  header: string[];
  /** Values in the file's first data row. */
  pola: number;
  /** kbk validate: collect the distinct kode_ppk values too. */
  hitungFasilitas: boolean;
  /** The date format in use and where it came from (null: no date read before the handover). */
  tanggal: { format: FormatTanggal; asal: AsalTanggal | null } | null;
}

/** A reject as the helper met it (Penolakan.tolak or sisihkan), to be replayed in order. */
export interface TolakDirekam {
  salah: boolean;
  t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>;
  teks?: Teks;
  hilang?: { baris: number; bytes: number };
}

/** Past this many rejects the helper gives up and leaves its part to the main thread (which spills them to disk). */
export const BELAH_MAKS_TOLAK = 100_000;

/** The helper's rejects collector for one piece: records, never stops, never writes. `sisa`: how many more its file's pieces may record. */
export class PerekamTolak {
  readonly rekaman: TolakDirekam[] = [];
  constructor(private readonly sisa: { n: number }) {}
  tolak(t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>, teks?: Teks, hilang?: { baris: number; bytes: number }): void {
    this.simpan({ salah: true, t, teks, hilang });
  }
  sisihkan(t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>, teks?: Teks): void {
    this.simpan({ salah: false, t, teks });
  }
  ukuranFile(): void {
    // the main thread records the whole file's size
  }
  private simpan(r: TolakDirekam): void {
    if (this.sisa.n-- <= 0) throw new BelahTerlaluBanyakTolak();
    this.rekaman.push(r);
  }
}

/**
 * What reading a whole file on the helper did to the run, in order (bacaFile's and the
 * reader's side effects), for the main thread to do again when the sequential read would
 * have read that file: rejects, a file's size, its row count, the rejects threshold checked,
 * warnings, progress lines.
 */
export type Peristiwa =
  | { t: 'tolak'; r: TolakDirekam }
  | { t: 'ukuran'; label: string; bytes: number }
  | { t: 'ambang'; label: string }
  | { t: 'baris'; label: string; n: number }
  | { t: 'peringatan'; p: Pesan }
  | { t: 'log'; p: Pesan };

/** The helper's collector when it reads a whole file: every call recorded as a Peristiwa, the threshold never checked here. */
export class PerekamPeristiwa {
  readonly peristiwa: Peristiwa[] = [];
  private sisa = BELAH_MAKS_TOLAK;
  tolak(t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>, teks?: Teks, hilang?: { baris: number; bytes: number }): void {
    this.simpan({ salah: true, t, teks, hilang });
  }
  sisihkan(t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>, teks?: Teks): void {
    this.simpan({ salah: false, t, teks });
  }
  private simpan(r: TolakDirekam): void {
    if (this.sisa-- <= 0) throw new BelahTerlaluBanyakTolak();
    this.peristiwa.push({ t: 'tolak', r });
  }
  ukuranFile(label: string, bytes: number): void {
    this.peristiwa.push({ t: 'ukuran', label, bytes });
  }
  pesanMelebihi(label: string): null {
    this.peristiwa.push({ t: 'ambang', label });
    return null;
  }
  /** The context's row counts, warnings and progress, recording as they are written. */
  barisDibaca(): Map<string, number> {
    const p = this.peristiwa;
    return new (class extends Map<string, number> {
      override set(label: string, n: number): this {
        p.push({ t: 'baris', label, n });
        return super.set(label, n);
      }
    })();
  }
  peringatan(): Pesan[] {
    const p = this.peristiwa;
    const a: Pesan[] = [];
    a.push = (...x: Pesan[]): number => {
      for (const q of x) p.push({ t: 'peringatan', p: q });
      return Array.prototype.push.apply(a, x);
    };
    return a;
  }
  log = (q: Pesan): void => void this.peristiwa.push({ t: 'log', p: q });
}

/** Thrown in the helper when its part holds more rejects than it keeps: the main thread reads the part. */
export class BelahTerlaluBanyakTolak extends Error {}

/** One piece as the CSV reader ends it (lines relative: its first line is 1). */
export interface HasilCsvBelahan {
  rows: number;
  /** UTF-8 bytes read. */
  bytes: number;
  /** Lines the piece holds (its line terminators; what the next piece's lines are shifted by). */
  baris: number;
  /** A record under way at the piece's end (its bound is no record's end): the split is void. */
  tertunda: boolean;
  tanpaAkhirBaris: boolean;
  kutipTerbuka: number | null;
  /** Line of its last record (0: none). */
  barisTerakhir: number;
  tanggal: PotretTanggal;
  fasilitas: string[];
}

/** One piece the helper read: how it ended, its rejects, what of the reader's counts goes in file order (`urut`). */
export interface PotonganBelahan {
  j: number;
  csv: HasilCsvBelahan;
  tolak: TolakDirekam[];
  urut: unknown;
}

/** The helper's pieces of one file, in file order, and the counts that add up whatever the order (`keadaan`). */
export interface HasilBelahan {
  potongan: PotonganBelahan[];
  keadaan: unknown;
}

/**
 * The main thread's side, as the CSV reader sees it. A file is cut into pieces at line
 * starts; the main thread reads them from the front, the helper from the back, each taking
 * the next piece as it finishes one, until they meet: whichever thread runs faster reads
 * more, and neither waits for the other longer than a piece. Made per month by
 * src/ingest/bulan/pembelah.ts.
 */
export interface Pembelah {
  /** The pieces' bounds (TugasCsv.batas; `akhirBaris`: the line terminator byte), or null: read the file whole. */
  potong(path: string, akhirBaris: number): number[] | null;
  /** Hands the pieces from the back to the helper (the main thread holds piece 0). */
  kirim(tugas: TugasCsv): void;
  /** The main thread takes the next piece from the front; false: the helper has it, and every one after it. */
  ambilDepan(): boolean;
  /** The helper's pieces, or null when it left them to the main thread. */
  hasil(): Promise<HasilBelahan | null>;
  /** Told when the helper's pieces of a file were taken over: how many (what tests and measurements look at). */
  diambilAlih?(label: string, potongan: number): void;
}

/** What a reader offers when its file may be split: how to take the helper's counts over. */
export interface TawaranBelah {
  pembelah: Pembelah;
  /** Whether the reader reads a date on its rows (the pieces then wait for the format to be known, or for the first chunk's end). */
  bertanggal: boolean;
  /** Adds a piece's counts that go in file order (PotonganBelahan.urut); `geser`: the lines before the piece. */
  gabungUrut?(urut: unknown, geser: number): void;
  /** Adds the helper's other counts (HasilBelahan.keadaan). */
  gabung(keadaan: unknown): void;
}

/** Replays the helper's rejects into the run's collector, in order, as the main thread would have met them. */
export function tolakUlang(tolak: { tolak: PerekamTolak['tolak']; sisihkan: PerekamTolak['sisihkan'] }, rekaman: readonly TolakDirekam[], geser: number): void {
  for (const r of rekaman) {
    const t = { ...r.t, baris: r.t.baris + geser };
    if (r.salah) tolak.tolak(t, r.teks, r.hilang);
    else tolak.sisihkan(t, r.teks);
  }
}
