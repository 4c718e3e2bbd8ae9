// One input file read under the run's rules: the dialect flags, the rejects threshold, the
// progress line, and, for `kbk validate`, the figures of every file instead of a stop at
// the first one that fails.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DataError, MissingInputError } from '../errors.js';
import { bacaCsv, type Baris, type BatasUkuran, type BuatJalur, type Kemajuan } from './csv.js';
import { tolakUlang, type HasilCsvBelahan, type Peristiwa, type TawaranBelah, type TugasCsv } from './belah.js';
import type { Dialek, OpsiDialek } from './dialek.js';
import type { JenisFile } from './headers.js';
import type { Penolakan } from './rejects.js';
import type { RowError } from './row-error.js';
import type { Pesan, Teks } from '../pesan/index.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

export interface KonteksFile {
  tolak: Penolakan;
  /** --delimiter, --encoding, --date-format. */
  dialek: OpsiDialek;
  /** Rows read per file label ("2024-07/kontak.csv"). */
  barisDibaca: Map<string, number>;
  /** Progress (stderr). */
  log?: (message: Pesan) => void;
  /**
   * What a file's shape means for the numbers (an absent optional column, a file that may
   * be cut short, a sniffed Windows-1252): said once on stderr, never only logged as progress.
   */
  peringatan: Pesan[];
  /** --max-row-bytes, --max-field-bytes. */
  batas?: BatasUkuran;
  /** Progress of each file's read (a terminal's progress bar). */
  kemajuan?: Kemajuan;
  /**
   * kbk validate: every file's figures; a file that fails is recorded here instead of
   * stopping the read, so one run reports every file.
   */
  periksaSemua?: Map<string, StatistikFile>;
  /**
   * A helper thread's context (src/ingest/belah.ts): the one file it reads is a part of a
   * file the main thread reads the rest of; how the part ended is left in `hasil` for the
   * main thread, and none of the whole file's checks is made here.
   */
  belahan?: { tugas: TugasCsv; j: number; hasil?: HasilCsvBelahan };
  /** KBK_JALUR=0: every row through the row path, no reader's fast lane (csv.ts JalurCepat); the tests read months both ways. */
  tanpaJalur?: boolean;
}

/** What `kbk validate` prints for one file. */
export interface StatistikFile {
  label: string;
  rows: number;
  dialek: Dialek | null;
  fasilitas: number;
  formatTanggal: string;
  rentangTanggal: string;
  /** Why the file fails (missing column, rejects above the threshold…), in English; null when it passes. */
  gagal: string | null;
  /** The file is missing or unreadable (exit 66 rather than 65). */
  hilang: boolean;
  /** Warnings about the file's shape (see KonteksFile.peringatan), in English. */
  peringatan: string[];
  /**
   * `gagal` and `peringatan` in both languages, for a table on the terminal. Not
   * enumerable: `validate --json` spreads each file into its output, which stays
   * locale-free (and as it was).
   */
  readonly teks: { gagal: Teks | null; peringatan: Pesan[] };
}

/** A file's figures before it is read. */
function statistikKosong(label: string): StatistikFile {
  const stat = { label, rows: 0, dialek: null, fasilitas: 0, formatTanggal: '', rentangTanggal: '', gagal: null, hilang: false, peringatan: [] } as Omit<StatistikFile, 'teks'>;
  return Object.defineProperty(stat, 'teks', { value: { gagal: null, peringatan: [] }, enumerable: false }) as StatistikFile;
}

/** Records why a file fails, in English (the JSON's) and in both languages (the terminal's). */
function gagalkan(stat: StatistikFile, alasan: Teks): void {
  stat.gagal = alasan.en;
  stat.teks.gagal = alasan;
}

/**
 * Reads one file. `setelah` runs once the rows are read and may throw a DataError about
 * the file as a whole. Returns the file's catatan (absent optional columns and what they
 * change), or null when the file failed in `kbk validate`.
 */
/** Rows a spreadsheet sheet holds at most, header included (Excel 2007+, Excel 97–2003). */
const BATAS_LEMBAR = [1_048_576, 65_536];

export async function bacaFile(
  ctx: KonteksFile,
  opts: {
    path: string;
    label: string;
    jenis: JenisFile;
    bulan?: { first: number; last: number; nama: string };
    onRow: (b: Baris) => void;
    setelah?: (rows: number) => void;
    /** kbk audit: each row the file's checks or onRow rejected with a RowError, after it went to the rejects. */
    padaTolak?: (b: Baris, e: RowError) => void;
    /** The file may be split with a helper thread (src/ingest/belah.ts). */
    belah?: TawaranBelah;
    /** The reader's fast lane (csv.ts JalurCepat). */
    cepat?: BuatJalur;
  },
): Promise<string[] | null> {
  const { label } = opts;
  if (ctx.belahan) {
    const r = await bacaCsv({ ...opts, cepat: ctx.tanpaJalur ? undefined : opts.cepat, tolak: ctx.tolak, dialek: ctx.dialek, batas: ctx.batas, hitungFasilitas: ctx.belahan.tugas.hitungFasilitas, belah: undefined, belahan: ctx.belahan });
    ctx.belahan.hasil = r.belahan;
    return r.catatan;
  }
  const stat = statistikKosong(label);
  let catatan: string[] = [];
  try {
    const r = await bacaCsv({ ...opts, cepat: ctx.tanpaJalur ? undefined : opts.cepat, tolak: ctx.tolak, dialek: ctx.dialek, batas: ctx.batas, kemajuan: ctx.kemajuan, hitungFasilitas: ctx.periksaSemua !== undefined });
    const peringatanEn = r.peringatan.map((p) => (typeof p === 'string' ? p : p.en));
    Object.assign(stat, { rows: r.rows, dialek: r.dialek, fasilitas: r.fasilitas.size, formatTanggal: r.tanggal.keterangan, rentangTanggal: r.tanggal.rentang, peringatan: peringatanEn });
    stat.teks.peringatan = r.peringatan;
    ctx.peringatan.push(...r.peringatan);
    // A sheet's row limit reached exactly (1,048,576 rows, or 65,536 in the old .xls, header
    // included): the export went through a spreadsheet that cut it. A warning --quiet keeps.
    if (BATAS_LEMBAR.includes(r.rows + 1)) {
      const p = PESAN_INGEST.batasLembar(label, r.rows + 1);
      ctx.peringatan.push(p);
      stat.peringatan.push(p.en);
      stat.teks.peringatan = [...(stat.teks.peringatan ?? []), p];
    }
    catatan = r.catatan;
    ctx.barisDibaca.set(label, r.rows);
    ctx.log?.(PESAN_INGEST.barisDibaca(label, r.rows));
    opts.setelah?.(r.rows);
    periksaAmbang(ctx, label);
  } catch (e) {
    if (!ctx.periksaSemua || !(e instanceof DataError || e instanceof MissingInputError)) throw e;
    gagalkan(stat, e.teks);
    stat.hilang = e instanceof MissingInputError;
  } finally {
    ctx.periksaSemua?.set(label, stat);
  }
  return stat.gagal === null ? catatan : null;
}

/**
 * What reading a whole file on a helper thread did to the run (src/ingest/belah.ts
 * Peristiwa), done again here, in order, when the sequential read would have read the file:
 * the same rejects, row counts, warnings and progress, and the threshold checked where it
 * was checked (so it stops the run exactly where one read would).
 */
export function ulangiPeristiwa(ctx: KonteksFile, peristiwa: readonly Peristiwa[]): void {
  for (const e of peristiwa) {
    if (e.t === 'tolak') tolakUlang(ctx.tolak, [e.r], 0);
    else if (e.t === 'ukuran') ctx.tolak.ukuranFile(e.label, e.bytes);
    else if (e.t === 'ambang') periksaAmbang(ctx, e.label);
    else if (e.t === 'baris') ctx.barisDibaca.set(e.label, e.n);
    else if (e.t === 'peringatan') ctx.peringatan.push(e.p);
    else ctx.log?.(e.p);
  }
}

/** The rejects threshold for a file already read: stop, or in `kbk validate` record. */
export function periksaAmbang(ctx: KonteksFile, label: string): void {
  const m = ctx.tolak.pesanMelebihi(label, ctx.barisDibaca.get(label) ?? 0);
  if (m === null) return;
  if (!ctx.periksaSemua) throw new DataError(m);
  const stat = ctx.periksaSemua.get(label);
  if (stat) gagalkan(stat, m);
  else throw new DataError(m); // not reachable: bacaFile records before rethrowing
}

/**
 * About how many rows a file has, from its size and its first 64 KiB's line lengths: for
 * sizing a table once. 0 when the file cannot be read (the read itself will say why).
 */
export function perkiraanBaris(path: string): number {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, 1 << 16));
    const n = readSync(fd, head, 0, head.length, 0);
    let lines = 0;
    for (let i = head.indexOf(10); i !== -1 && i < n; i = head.indexOf(10, i + 1)) lines++;
    return lines === 0 ? 0 : Math.ceil((size * lines) / n);
  } catch {
    return 0;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
