// The report set of a run is written as one unit: every file goes to a temporary file in
// the target folder first (flushed to disk), then all are renamed over their targets, so
// a failed run (disk full, a bad folder) leaves the previous set intact and leaves no
// temporary behind. A journal listed before the renames lets the next run finish a set
// that a kill -9 interrupted mid-rename, and a lock file makes two runs on one folder
// take turns (each set complete; the later one wins).
//
// Every name kbk writes here is created new (O_CREAT|O_EXCL|O_NOFOLLOW): the temporaries
// (random names, unknowable in advance), the lock and the journal. A link or a file already
// at such a name — planted by another user of a shared folder, or left by a mistake — is
// exit 73 naming it, never followed and never truncated; so is a report name that is a link.
import { closeSync, constants, fchmodSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import { PESAN_TULIS, type JenisNama } from '../pesan/tulis.js';
import { daftarkan, lepaskan, prosesHidup } from '../sementara.js';

/** A file's content: text, bytes (a workbook), or chunks of either made as they are written (a rejects file or an audit can be large). */
export type Isi = string | Uint8Array | (() => Iterable<string | Uint8Array>);

export interface FileLaporan {
  path: string;
  content: Isi;
  /**
   * It lists people (card numbers: rejects, audit, outreach): written owner-only (0600),
   * as UU 27/2022 on personal data protection asks of whoever processes them.
   */
  pribadi?: boolean;
}

export function isiTeks(isi: Isi): string {
  if (typeof isi === 'string') return isi;
  if (isi instanceof Uint8Array) return Buffer.from(isi).toString('utf8');
  // Chunks of bytes decoded together: a character is never read in two halves.
  return Buffer.concat([...isi()].map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))).toString('utf8');
}

const KUNCI = '.kbk.lock';
/** Held for the instant of taking over a dead run's lock, so two runs cannot both take it. */
const AMBIL_ALIH = '.kbk.lock.ambil';
const JURNAL = '.kbk-jurnal.json';
/**
 * This run's temporaries: `.kbk-<token>-<name>.tmp`, backups of the files it replaces:
 * `.kbk-<token>-<name>.lama`; the token is random (24 hex digits), new for every set. Under
 * the lock only this run writes here, so any other token is a killed run's. kbk before
 * random names used its pid as the token: those match too.
 */
const SEMENTARA = /^\.kbk-([0-9a-f]+)-.+\.(tmp|lama)$/;
/** Temporaries of kbk before the report set was one unit: `.<name>.<pid>.tmp`. */
const SEMENTARA_LAMA = /^\..+\.(\d+)\.tmp$/;

/** Created new, never through a link, never over an existing file. */
const BARU = constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW | constants.O_WRONLY;
const BACA = constants.O_RDONLY | constants.O_NOFOLLOW;

export interface OpsiTulis {
  /** How long to wait for another run's lock on the folder (ms). */
  tungguKunci?: number;
  /** --izinkan-folder-bersama: write into an output folder others can write (no sticky bit). */
  izinkanFolderBersama?: boolean;
  /** The random token of the temporaries' names (tests make it predictable; default crypto.randomBytes). */
  acak?: () => string;
}

const acakBawaan = (): string => randomBytes(12).toString('hex');

/** What is at a path, for a message (lstat: a link is a link). */
function jenisDi(path: string): JenisNama {
  try {
    const st = lstatSync(path);
    return st.isSymbolicLink() ? 'tautan' : st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'lain';
  } catch {
    return 'file'; // gone again since: it was there when the open failed
  }
}

/** Opens a name that must not exist yet; something there (a planted link or file) is 73 naming it. */
function bukaBaru(path: string, mode: number): number {
  try {
    return openSync(path, BARU, mode);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ELOOP') throw new OutputError(PESAN_TULIS.sudahAda(path, jenisDi(path)));
    throw e;
  }
}

/** Writes every file or none (see the top of this file). Files may be in several folders; each folder's files are one set. */
export function tulisSet(files: readonly FileLaporan[], opsi: OpsiTulis = {}): void {
  const perFolder = new Map<string, FileLaporan[]>();
  for (const f of files) {
    const dir = resolve(dirname(f.path));
    perFolder.set(dir, [...(perFolder.get(dir) ?? []), f]);
  }
  for (const [dir, set] of perFolder) tulisSatuFolder(dir, set, opsi);
}

/**
 * A write the system refused: the folder named, the report too when it was one (`laporan`),
 * never the lock, journal or temporary kbk keeps there; the cause in words (PESAN_TULIS).
 */
const gagal = (dir: string, e: unknown, laporan?: string): OutputError =>
  e instanceof OutputError ? e : new OutputError(PESAN_TULIS.tidakDapatDitulis(dir, laporan === undefined ? null : basename(laporan), (e as NodeJS.ErrnoException).code));

function tulisSatuFolder(dir: string, files: readonly FileLaporan[], opsi: OpsiTulis): void {
  buatFolder(dir);
  periksaFolder(dir, opsi.izinkanFolderBersama === true);
  const lepasKunci = kunci(dir, opsi.tungguKunci ?? 120_000);
  const sementara: string[] = [];
  const buang = (): void => {
    for (const t of sementara) {
      rmSync(t, { force: true });
      lepaskan(t);
    }
  };
  try {
    pulihkan(dir);
    // A link where a report goes: rename would replace the link itself, but a link there
    // is an attack or a mistake, and is said before anything is written.
    for (const f of files) {
      const target = join(dir, basename(f.path));
      if (jenisAda(target) === 'tautan') throw new OutputError(PESAN_TULIS.laporanTautan(target));
    }
    const token = (opsi.acak ?? acakBawaan)();
    const pasangan: { tmp: string; target: string; lama: string | null }[] = [];
    for (const f of files) {
      const target = join(dir, basename(f.path));
      const tmp = join(dir, `.kbk-${token}-${basename(f.path)}.tmp`);
      try {
        tulisFile(tmp, f.content, f.pribadi ? 0o600 : 0o644, (path) => {
          sementara.push(path);
          daftarkan(path);
        });
      } catch (e) {
        throw gagal(dir, e, target);
      }
      pasangan.push({ tmp, target, lama: null });
    }
    // Backups of the files being replaced (hard links: no copy), so a failed rename can
    // put the previous set back. link() never follows a link at its new name.
    for (const p of pasangan) {
      const lama = join(dir, `.kbk-${token}-${basename(p.target)}.lama`);
      try {
        linkSync(p.target, lama);
        sementara.push(lama);
        daftarkan(lama);
        p.lama = lama;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputError(PESAN_TULIS.sudahAda(lama, jenisDi(lama)));
        // No previous file (or no hard links here): nothing to put back.
      }
    }
    // The journal is created new too; cut short by a kill it does not parse, and no rename
    // had happened yet then.
    const jurnal = join(dir, JURNAL);
    try {
      tulisFile(jurnal, JSON.stringify({ pid: process.pid, pasangan }), 0o644, (path) => sementara.push(path));
    } catch (e) {
      throw gagal(dir, e);
    }
    syncFolder(dir);
    const selesai: typeof pasangan = [];
    try {
      for (const p of pasangan) {
        renameSync(p.tmp, p.target);
        selesai.push(p);
      }
    } catch (e) {
      // Put back what this run replaced; remove what it created.
      try {
        for (const p of selesai) {
          if (p.lama) renameSync(p.lama, p.target);
          else rmSync(p.target, { force: true });
        }
      } catch {
        // The journal is kept: the next run finishes this set instead.
        sementara.splice(sementara.indexOf(jurnal), 1);
      }
      throw gagal(dir, e, pasangan[selesai.length]?.target);
    }
    syncFolder(dir);
    buang(); // the journal and the backups: the new set is complete
  } catch (e) {
    buang();
    throw gagal(dir, e);
  } finally {
    lepasKunci();
  }
}

/** Writes a new file (see bukaBaru); `dibuat` is told its path as soon as it exists, to be removed on failure. */
function tulisFile(path: string, content: Isi, mode = 0o644, dibuat: (path: string) => void = () => {}): void {
  const fd = bukaBaru(path, mode);
  dibuat(path);
  try {
    // The umask can only take permissions away: reports are never wider than 0644 (no one else
    // may change a payment), owner-only is owner-only, whatever the umask is.
    fchmodSync(fd, mode & ~umaskNow());
    if (content instanceof Uint8Array) tulisSemua(fd, content);
    else for (const chunk of typeof content === 'string' ? [content] : content()) typeof chunk === 'string' ? writeSync(fd, chunk) : tulisSemua(fd, chunk);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every byte of `b`: a write may take fewer than it is given. */
function tulisSemua(fd: number, b: Uint8Array): void {
  for (let o = 0; o < b.length; ) o += writeSync(fd, b, o, b.length - o);
}

/** The process's umask, read without changing it for longer than the call. */
function umaskNow(): number {
  const u = process.umask(0o022);
  process.umask(u);
  return u;
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder; the renames are done either way.
  }
}

/**
 * The output folder and its missing parents, one level at a time: Node 20's recursive
 * mkdir loops forever on some paths (/proc/kbk), and every failure here is exit 73.
 */
function buatFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; ) {
    let st;
    try {
      st = statSync(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || dirname(d) === d) throw new OutputError(PESAN_TULIS.folderTidakDapatDipakai(dir, d, code));
      missing.push(d);
      d = dirname(d);
      continue;
    }
    if (!st.isDirectory()) throw new OutputError(PESAN_TULIS.bukanFolder(dir, d));
    break;
  }
  for (const d of missing.reverse()) {
    try {
      // Owner-only (the umask can only narrow it): reports list people.
      mkdirSync(d, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(PESAN_TULIS.folderTidakDapatDipakai(dir, d, (e as NodeJS.ErrnoException).code));
    }
  }
}

/** What is at a path, or null when nothing is. */
function jenisAda(path: string): JenisNama | null {
  try {
    lstatSync(path);
  } catch {
    return null;
  }
  return jenisDi(path);
}

/**
 * An output folder others can write (group or world, without the sticky bit that keeps
 * them from removing or renaming kbk's files) is refused unless --izinkan-folder-bersama:
 * whoever can write there can swap a report between two runs.
 */
function periksaFolder(dir: string, izinkan: boolean): void {
  if (izinkan) return;
  let mode: number;
  try {
    mode = statSync(dir).mode;
  } catch (e) {
    throw gagal(dir, e);
  }
  if ((mode & 0o022) !== 0 && (mode & 0o1000) === 0) throw new OutputError(PESAN_TULIS.folderBersama(dir, `0${(mode & 0o7777).toString(8).padStart(3, '0')}`));
}

/** A small file kbk wrote (a lock, a journal) read without following a link: a link there is 73 naming it. */
function bacaKecil(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, BACA);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new OutputError(PESAN_TULIS.sudahAda(path, 'tautan'));
    throw e;
  }
  try {
    const buf = Buffer.alloc(1 << 20);
    let n = 0;
    for (let k = readSync(fd, buf, n, buf.length - n, null); k > 0 && n < buf.length; k = readSync(fd, buf, n, buf.length - n, null)) n += k;
    return buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

const tidur = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Takes the folder's lock, waiting for another live run's lock to go; a lock whose
 * process is gone (kill -9) is taken over. Returns the release.
 */
function kunci(dir: string, tunggu: number): () => void {
  const path = join(dir, KUNCI);
  const batas = Date.now() + tunggu;
  for (;;) {
    try {
      const fd = bukaBaru(path, 0o644);
      daftarkan(path);
      try {
        writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      } catch (e) {
        rmSync(path, { force: true });
        lepaskan(path);
        throw e;
      } finally {
        closeSync(fd);
      }
      return () => {
        rmSync(path, { force: true });
        lepaskan(path);
      };
    } catch (e) {
      // Something at the lock's name: another run's lock (a regular file) is waited for or
      // taken over; anything else there (a link, a folder) is 73 naming it.
      if (!(e instanceof OutputError) || jenisAda(path) !== 'file') throw gagal(dir, e);
    }
    const pemilik = pemilikKunci(path);
    if (pemilik === null) {
      ambilAlih(dir); // its run is gone: take it over
      continue;
    }
    if (Date.now() >= batas)
      throw new OutputError(PESAN_TULIS.sedangDitulisi(dir, String(pemilik)));
    tidur(100);
  }
}

/**
 * Removes a dead run's lock. Two runs can find the same dead lock; the first removes it
 * and creates its own, and the second must not remove that one: removal happens only
 * while holding AMBIL_ALIH (created new), after deciding again that the lock there is
 * dead. A run killed while holding it (an instant) leaves it; its pid tells, or its age.
 */
function ambilAlih(dir: string): void {
  const path = join(dir, KUNCI);
  const jaga = join(dir, AMBIL_ALIH);
  let fd: number;
  try {
    fd = bukaBaru(jaga, 0o644);
  } catch (e) {
    if (!(e instanceof OutputError) || jenisAda(jaga) !== 'file') throw gagal(dir, e);
    let pid = NaN;
    let umur = 0;
    try {
      pid = Number(bacaKecil(jaga).trim());
      umur = Date.now() - lstatSync(jaga).mtimeMs;
    } catch {
      // gone meanwhile
    }
    if (umur > 10_000 || (Number.isInteger(pid) && pid > 0 && !prosesHidup(pid))) rmSync(jaga, { force: true });
    else tidur(20);
    return;
  }
  daftarkan(jaga);
  try {
    writeSync(fd, `${process.pid}\n`);
    if (jenisAda(path) === 'file' && pemilikKunci(path) === null) rmSync(path, { force: true });
  } finally {
    closeSync(fd);
    rmSync(jaga, { force: true });
    lepaskan(jaga);
  }
}

/** The pid holding a lock file, or null when that run is gone (or the file is not a lock). */
function pemilikKunci(path: string): number | null {
  let isi: string;
  try {
    isi = bacaKecil(path);
  } catch (e) {
    if (e instanceof OutputError) throw e;
    return null;
  }
  const [pid, host] = isi.split('\n');
  // Half-written by a run that is still creating it: give it a moment.
  if (pid === undefined || pid === '' || host === undefined) {
    try {
      return Date.now() - lstatSync(path).mtimeMs < 2000 ? -1 : null;
    } catch {
      return null;
    }
  }
  if (host !== hostname()) {
    // Another machine's run (a shared folder): its pid means nothing here; trust it for an hour.
    try {
      return Date.now() - lstatSync(path).mtimeMs < 3_600_000 ? Number(pid) : null;
    } catch {
      return null;
    }
  }
  return prosesHidup(Number(pid)) ? Number(pid) : null;
}

/**
 * Under the lock: finishes a set whose renames a killed run left half done (its journal
 * lists the temporaries, all complete before the first rename), then removes every
 * temporary a gone run left.
 */
function pulihkan(dir: string): void {
  const jurnal = join(dir, JURNAL);
  let pasangan: { tmp: string; target: string }[] = [];
  const ada = jenisAda(jurnal);
  if (ada !== null && ada !== 'file') throw new OutputError(PESAN_TULIS.sudahAda(jurnal, ada));
  try {
    pasangan = (JSON.parse(bacaKecil(jurnal)) as { pasangan: typeof pasangan }).pasangan ?? [];
  } catch (e) {
    if (e instanceof OutputError) throw e;
    // No journal (the usual case), or one cut short: it was written before any rename.
  }
  for (const p of pasangan) {
    const tmp = join(dir, basename(p.tmp));
    const target = join(dir, basename(p.target));
    try {
      renameSync(tmp, target);
    } catch {
      // Already renamed before the kill.
    }
  }
  rmSync(jurnal, { force: true });
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    // Under the lock no other run writes here, and this run has not written yet: every
    // temporary is a killed run's. kbk before the lock existed wrote without one, so its
    // (.NAME.PID.tmp) are spared while their process is alive. rm removes a link, not
    // what it points to.
    const baru = SEMENTARA.exec(n);
    const lama = baru ? null : SEMENTARA_LAMA.exec(n);
    if (baru || (lama && !prosesHidup(Number(lama[1])))) rmSync(join(dir, n), { force: true });
  }
}
