// Every row that cannot be used is kept here with file, line, column and reason, then
// written to tolak-YYYY-MM.csv: nothing is dropped silently (spec §3, §4.2). A file can be
// all bad (a whole export with its card numbers' zeros lost), so past a bound the rows go
// to a spill file on disk instead of memory; the counts stay in memory.
import { closeSync, constants, fchmodSync, lstatSync, mkdtempSync, openSync, readdir, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError, OutputError } from '../errors.js';
import { PESAN_TULIS } from '../pesan/tulis.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
import type { Teks } from '../pesan/index.js';
import { daftarkan, lepaskan, prosesHidup } from '../sementara.js';
import { kodeTolak } from './kode-tolak.js';

export interface Tolak {
  file: string;
  baris: number;
  /** The column as the file names it ("tglDaftar"), or "#6" for a value past the header. */
  kolom: string;
  /** Why, in English (the terminal's --strict message and the summaries quote it). */
  alasan: string;
  /** Why, in Indonesian: the rejects file's alasan is in the run's language. */
  alasanId: string;
  /** Short kind of problem ("not a date"), by which summaries count. */
  jenis: string;
  /** The kind's stable machine code ("bukan_tanggal", src/ingest/kode-tolak.ts), the rejects file's `kode`. */
  kode: string;
  isi: string;
  /**
   * false for rows set aside rather than bad (a contact dated in another month): they are
   * listed, but neither --strict nor --max-reject-rate counts them.
   */
  salah: boolean;
}

/** Rows kept in memory before the rest go to disk (~25 MB of typical rows)… */
const BATAS_MEMORI = 50_000;
/** …or fewer, when the rows are long (rows of up to --max-row-bytes each). */
const BATAS_BYTES_MEMORI = 32 << 20;

export class Penolakan {
  private readonly memori: Tolak[] = [];
  private spill: { dir: string; path: string; fd: number; rows: number; buffer: string[]; bytes: number } | null = null;
  private readonly salahPerFile = new Map<string, number>();
  private readonly pertamaPerFile = new Map<string, Tolak>();
  /** The first bad row's reason in both languages, per file (one per file: a file can have millions of rejects). */
  private readonly teksPertama = new Map<string, Teks>();
  private readonly perAlasan = new Map<string, Map<string, number>>();
  /** Lines and bytes held by a file's bad rows: one record can hold the rest of a file (damage measured in what was lost). */
  private readonly hilangPerFile = new Map<string, { baris: number; bytes: number }>();
  /** Each file's size in bytes (as UTF-8), once read. */
  private readonly bytesPerFile = new Map<string, number>();
  private batas: number;
  private bytesMemori = 0;

  constructor(private readonly opts: { strict: boolean; maxRejectRate: number; batasMemori?: number }) {
    this.batas = opts.batasMemori ?? BATAS_MEMORI;
    if (!spillLamaDibuang) {
      spillLamaDibuang = true;
      buangSpillLama();
    }
  }

  /**
   * A bad row. `teks`: its reason in both languages (a RowError's), for the terminal when
   * this row stops the run (--strict) or is quoted as the file's first; `t.alasan` is its
   * English text. Without it the reason reads the same in both. `hilang`: the lines and
   * bytes of the file the row holds (the CSV reader's count); one line and its isi's bytes
   * when absent.
   */
  tolak(t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>, teks?: Teks, hilang?: { baris: number; bytes: number }): void {
    const row = this.simpan(t, true, teks);
    this.salahPerFile.set(t.file, this.jumlah(t.file) + 1);
    const h = this.hilangPerFile.get(t.file) ?? { baris: 0, bytes: 0 };
    h.baris += hilang?.baris ?? 1;
    h.bytes += hilang?.bytes ?? Buffer.byteLength(t.isi);
    this.hilangPerFile.set(t.file, h);
    if (!this.pertamaPerFile.has(t.file)) {
      this.pertamaPerFile.set(t.file, row);
      this.teksPertama.set(t.file, teks ?? { id: t.alasan, en: t.alasan });
    }
    if (this.opts.strict)
      throw new DataError(PESAN_INGEST.strictBerhenti(PESAN_INGEST.lokasi(t.file, t.baris, t.kolom), teks ?? { id: t.alasan, en: t.alasan }));
  }

  /** A usable but out-of-scope row: listed in the rejects, not counted against the file. `teks`: its reason in both languages. */
  sisihkan(t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>, teks?: Teks): void {
    this.simpan(t, false, teks);
  }

  private simpan(t: Omit<Tolak, 'salah' | 'alasanId' | 'kode'>, salah: boolean, teks?: Teks): Tolak {
    const row: Tolak = { file: t.file, baris: t.baris, kolom: t.kolom, alasan: t.alasan, alasanId: teks?.id ?? t.alasan, jenis: t.jenis, kode: kodeTolak(t.jenis), isi: t.isi.replace(/[\r\n]+$/, ''), salah };
    const perFile = this.perAlasan.get(t.file) ?? new Map<string, number>();
    const k = `${t.kolom}: ${t.jenis}`;
    perFile.set(k, (perFile.get(k) ?? 0) + 1);
    this.perAlasan.set(t.file, perFile);
    return this.simpanBaris(row);
  }

  /** A row into memory, or past the bound into the spill file. */
  private simpanBaris(row: Tolak): Tolak {
    if (this.memori.length < this.batas && this.bytesMemori < BATAS_BYTES_MEMORI) {
      this.memori.push(row);
      this.bytesMemori += row.isi.length + row.alasan.length + row.alasanId.length;
      return row;
    }
    if (this.spill === null) {
      const spill = bukaSpill();
      if (spill === null) {
        // No usable temporary folder: keep the rows in memory rather than lose them.
        this.batas = Infinity;
        this.memori.push(row);
        return row;
      }
      this.spill = { ...spill, rows: 0, buffer: [], bytes: 0 };
    }
    const line = JSON.stringify(row);
    this.spill.buffer.push(line);
    this.spill.bytes += line.length;
    this.spill.rows++;
    if (this.spill.bytes > 1 << 20) this.siram();
    return row;
  }

  /** Writes the buffered spill lines (one write a megabyte, not one a row). */
  private siram(): void {
    if (this.spill === null || this.spill.buffer.length === 0) return;
    try {
      writeSync(this.spill.fd, this.spill.buffer.join('\n') + '\n');
    } catch (e) {
      // A full TMPDIR (ENOSPC), a quota: the rows cannot be kept, so the run cannot go on (73).
      throw new OutputError(PESAN_TULIS.spillGagal(this.spill.path, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    this.spill.buffer = [];
    this.spill.bytes = 0;
  }

  /** Rows in the rejects (bad and set aside). */
  get size(): number {
    return this.memori.length + (this.spill?.rows ?? 0);
  }

  /** Every row in the order found, from memory and then from the spill file. */
  *semua(): Generator<Tolak> {
    yield* this.memori;
    if (this.spill === null) return;
    this.siram();
    yield* bacaSpill(this.spill.path);
  }

  /** Removes the spill file and its folder; the rows in it are gone after this. */
  tutup(): void {
    if (this.spill === null) return;
    try {
      closeSync(this.spill.fd);
    } catch {
      // already closed
    }
    rmSync(this.spill.dir, { recursive: true, force: true });
    lepaskan(this.spill.dir);
    this.spill = null;
  }

  /** Bad rows of a file (set-aside rows excluded). */
  jumlah(file: string): number {
    return this.salahPerFile.get(file) ?? 0;
  }

  /** A CSV file's size in bytes (as UTF-8), once read: its rejected rows are then also weighed by their lines. */
  ukuranFile(file: string, bytes: number): void {
    this.bytesPerFile.set(file, bytes);
  }

  /** Lines and bytes a file's bad rows hold (each row at least one line). */
  hilang(file: string): { baris: number; bytes: number } {
    return { ...(this.hilangPerFile.get(file) ?? { baris: 0, bytes: 0 }) };
  }

  /** The share of bad rows above which a file stops the run, as a message in English; null when within. */
  melebihi(file: string, rows: number): string | null {
    return this.pesanMelebihi(file, rows)?.en ?? null;
  }

  /**
   * melebihi in both languages, the first bad row's reason quoted in each. Damage is
   * measured in what was lost: the bad rows against the rows read, and the lines the bad
   * rows hold against the file's lines (the rows read, each bad one counted as the lines
   * it holds): a file whose second half has CR-only line ends is one rejected row holding
   * most of the file, and stops here.
   */
  pesanMelebihi(file: string, rows: number): Teks | null {
    const n = this.jumlah(file);
    if (n === 0) return null;
    const first = this.pertamaPerFile.get(file) as Tolak;
    const alasan = this.teksPertama.get(file) ?? { id: first.alasan, en: first.alasan };
    const batas = (this.opts.maxRejectRate * 100).toFixed(2);
    if (n > rows * this.opts.maxRejectRate) return PESAN_INGEST.tolakMelebihi(file, n, rows, ((n / rows) * 100).toFixed(2), batas, first.baris, first.kolom, alasan);
    // Lines are a CSV file's (a workbook row's cell may hold a line break without being two rows).
    const bytesFile = this.bytesPerFile.get(file);
    const h = this.hilangPerFile.get(file);
    if (bytesFile === undefined || h === undefined) return null;
    const semua = rows - n + h.baris;
    if (h.baris <= semua * this.opts.maxRejectRate) return null;
    return PESAN_INGEST.tolakMelebihiBaris(file, n, h.baris, semua, ((h.baris / semua) * 100).toFixed(2), h.bytes, bytesFile, batas, first.baris, first.kolom, alasan);
  }

  /**
   * What this collector holds, for another thread's collector to take over (a month read on
   * a worker thread, src/app/bulan-paralel.ts): its rows in order (in memory, then the
   * spill file, left on disk and closed) and its per-file figures. The collector is not
   * used after this.
   */
  potret(): PotretPenolakan {
    let spill: string | null = null;
    if (this.spill !== null) {
      this.siram();
      closeSync(this.spill.fd);
      spill = this.spill.path;
      this.spill = null;
    }
    return {
      baris: this.memori,
      spill,
      salahPerFile: this.salahPerFile,
      pertamaPerFile: this.pertamaPerFile,
      teksPertama: this.teksPertama,
      perAlasan: this.perAlasan,
      hilangPerFile: this.hilangPerFile,
      bytesPerFile: this.bytesPerFile,
    };
  }

  /**
   * Takes over another collector's rows after this one's, as if they had been found here in
   * that order (never stopping: --strict stopped the other one already, if it had to). The
   * other's spill file is read, not removed (its owner removes it).
   */
  serap(p: PotretPenolakan): void {
    for (const row of p.baris) this.simpanBaris(row);
    if (p.spill !== null) for (const row of bacaSpill(p.spill)) this.simpanBaris(row);
    for (const [f, n] of p.salahPerFile) this.salahPerFile.set(f, this.jumlah(f) + n);
    for (const [f, t] of p.pertamaPerFile) if (!this.pertamaPerFile.has(f)) this.pertamaPerFile.set(f, t);
    for (const [f, t] of p.teksPertama) if (!this.teksPertama.has(f)) this.teksPertama.set(f, t);
    for (const [f, m] of p.perAlasan) {
      const perFile = this.perAlasan.get(f) ?? new Map<string, number>();
      for (const [k, n] of m) perFile.set(k, (perFile.get(k) ?? 0) + n);
      this.perAlasan.set(f, perFile);
    }
    for (const [f, h] of p.hilangPerFile) {
      const ada = this.hilangPerFile.get(f) ?? { baris: 0, bytes: 0 };
      this.hilangPerFile.set(f, { baris: ada.baris + h.baris, bytes: ada.bytes + h.bytes });
    }
    for (const [f, b] of p.bytesPerFile) this.bytesPerFile.set(f, b);
  }

  /** Per file, per column and kind: how many rows, for the terminal summaries. */
  ringkasan(): Map<string, Map<string, number>> {
    return new Map([...this.perAlasan].map(([f, m]) => [f, new Map(m)]));
  }
}

/** A collector's rows and figures as another thread hands them over (Penolakan.potret). */
export interface PotretPenolakan {
  baris: Tolak[];
  /** The spill file holding the rows after `baris`, or null. */
  spill: string | null;
  salahPerFile: Map<string, number>;
  pertamaPerFile: Map<string, Tolak>;
  teksPertama: Map<string, Teks>;
  perAlasan: Map<string, Map<string, number>>;
  hilangPerFile: Map<string, { baris: number; bytes: number }>;
  bytesPerFile: Map<string, number>;
}

/** The rows of a spill file, in the order written. */
function* bacaSpill(path: string): Generator<Tolak> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buf = Buffer.alloc(1 << 20);
    let rest = '';
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const lines = (rest + buf.toString('utf8', 0, n)).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) yield JSON.parse(l) as Tolak;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The spill: a private folder (mkdtemp: 0700, a name nobody can guess or plant in advance)
 * under TMPDIR, `kbk-tolak-<pid>-XXXXXX` (the pid tells the next run whether its process is
 * gone; the random part is mkdtemp's), holding `tolak.jsonl` created new, owner-only. It is
 * registered (src/sementara.ts), so every way out of the run removes it: the end of main(),
 * SIGINT/SIGTERM. null when TMPDIR cannot hold a folder at all (missing, not writable).
 */
function bukaSpill(): { dir: string; path: string; fd: number } | null {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), `kbk-tolak-${process.pid}-`));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new OutputError(PESAN_TULIS.spillGagal(join(tmpdir(), `kbk-tolak-${process.pid}-…`), code));
    return null;
  }
  daftarkan(dir);
  const path = join(dir, 'tolak.jsonl');
  try {
    const fd = openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW | constants.O_RDWR, 0o600);
    fchmodSync(fd, 0o600);
    return { dir, path, fd };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    lepaskan(dir);
    throw new OutputError(PESAN_TULIS.spillGagal(path, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

let spillLamaDibuang = false;

/**
 * Spill folders (and the older spill files) of runs that were killed (kill -9 leaves them;
 * every other exit does not): removed by the next run that keeps rejects, whether it spills
 * or not. Only what this user owns, never through a link.
 */
export function buangSpillLama(): void {
  // Listed off the main thread (a shared server's TMPDIR can hold thousands of entries, tens
  // of milliseconds to list); the run ends only once this is done, a signal's end aside.
  readdir(tmpdir(), (err, nama) => {
    if (err === null) buangDari(nama);
  });
}

function buangDari(semua: string[]): void {
  try {
    const uid = process.getuid?.();
    for (const n of semua) {
      const m = /^kbk-tolak-(\d+)-(?:\d+\.jsonl|[A-Za-z0-9]{6})$/.exec(n);
      if (!m || Number(m[1]) === process.pid || prosesHidup(Number(m[1]))) continue;
      const path = join(tmpdir(), n);
      try {
        const st = lstatSync(path);
        if (uid !== undefined && st.uid !== uid) continue;
        if (st.isDirectory() || st.isFile()) rmSync(path, { recursive: true, force: true });
      } catch {
        // Gone meanwhile, or not ours to remove.
      }
    }
  } catch {
    // An unreadable temporary folder only means nothing is cleaned.
  }
}

/**
 * The collector of a run's rejects under the run's options (--strict, --max-reject-rate):
 * every job makes its Penolakan here. `strict: false` for a job that never stops on a bad
 * row (validate reports them all).
 */
export function penolakanUntuk(opsi: { strict: boolean; maxRejectRate: number }): Penolakan {
  return new Penolakan({ strict: opsi.strict, maxRejectRate: opsi.maxRejectRate });
}
