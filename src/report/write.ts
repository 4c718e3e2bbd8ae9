// The report set of a run is written as one unit: every file goes to a temporary file in
// the target folder first (flushed to disk), then all are renamed over their targets, so
// a failed run (disk full, a bad folder) leaves the previous set intact and leaves no
// temporary behind. A journal listed before the renames lets the next run finish a set
// that a kill -9 interrupted mid-rename, and a lock file makes two runs on one folder
// take turns (each set complete; the later one wins).
import { closeSync, fchmodSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { OutputError } from '../errors.js';
import { daftarkan, lepaskan, prosesHidup } from '../sementara.js';

export function csvText(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return stringify(rows as Record<string, string>[], { header: true, columns: [...columns], record_delimiter: 'unix' });
}

/** A file's content: text, bytes (a workbook), or chunks made as they are written (a rejects file can be large). */
export type Isi = string | Uint8Array | (() => Iterable<string>);

export interface FileLaporan {
  path: string;
  content: Isi;
  /**
   * It lists people (card numbers: rejects, audit, outreach): written owner-only (0600),
   * as UU 27/2022 on personal data protection asks of whoever processes them.
   */
  pribadi?: boolean;
}

/** The same bytes as csvText, made a thousand rows at a time. */
export function csvPotongan(columns: readonly string[], rows: Iterable<Record<string, string>>): () => Iterable<string> {
  return function* () {
    yield csvText(columns, []);
    let batch: Record<string, string>[] = [];
    for (const r of rows) {
      batch.push(r);
      if (batch.length === 1000) {
        yield stringify(batch, { columns: [...columns], record_delimiter: 'unix' });
        batch = [];
      }
    }
    if (batch.length > 0) yield stringify(batch, { columns: [...columns], record_delimiter: 'unix' });
  };
}

export function isiTeks(isi: Isi): string {
  if (typeof isi === 'string') return isi;
  if (isi instanceof Uint8Array) return Buffer.from(isi).toString('utf8');
  return [...isi()].join('');
}

const KUNCI = '.kbk.lock';
const JURNAL = '.kbk-jurnal.json';
/** This run's temporaries: `.kbk-<pid>-<name>.tmp`, backups of the files it replaces: `.kbk-<pid>-<name>.lama`. */
const SEMENTARA = /^\.kbk-(\d+)-.+\.(tmp|lama)$/;
/** Temporaries of kbk before the report set was one unit: `.<name>.<pid>.tmp`. */
const SEMENTARA_LAMA = /^\..+\.(\d+)\.tmp$/;

export interface OpsiTulis {
  /** How long to wait for another run's lock on the folder (ms). */
  tungguKunci?: number;
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

const gagal = (path: string, e: unknown): OutputError =>
  e instanceof OutputError ? e : new OutputError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);

function tulisSatuFolder(dir: string, files: readonly FileLaporan[], opsi: OpsiTulis): void {
  buatFolder(dir);
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
    const pasangan: { tmp: string; target: string; lama: string | null }[] = [];
    for (const f of files) {
      const target = join(dir, basename(f.path));
      const tmp = join(dir, `.kbk-${process.pid}-${basename(f.path)}.tmp`);
      sementara.push(tmp);
      daftarkan(tmp);
      try {
        tulisFile(tmp, f.content, f.pribadi ? 0o600 : 0o666);
      } catch (e) {
        throw gagal(target, e);
      }
      pasangan.push({ tmp, target, lama: null });
    }
    // Backups of the files being replaced (hard links: no copy), so a failed rename can
    // put the previous set back.
    for (const p of pasangan) {
      const lama = join(dir, `.kbk-${process.pid}-${basename(p.target)}.lama`);
      try {
        linkSync(p.target, lama);
        sementara.push(lama);
        daftarkan(lama);
        p.lama = lama;
      } catch {
        // No previous file (or no hard links here): nothing to put back.
      }
    }
    const jurnal = join(dir, JURNAL);
    const jurnalTmp = join(dir, `.kbk-${process.pid}-jurnal.tmp`);
    sementara.push(jurnalTmp);
    daftarkan(jurnalTmp);
    try {
      tulisFile(jurnalTmp, JSON.stringify({ pid: process.pid, pasangan }));
      renameSync(jurnalTmp, jurnal);
    } catch (e) {
      throw gagal(jurnal, e);
    }
    sementara.push(jurnal);
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
      throw gagal(pasangan[selesai.length]?.target ?? dir, e);
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

function tulisFile(path: string, content: Isi, mode = 0o666): void {
  const fd = openSync(path, 'w', mode);
  try {
    // The umask can only take permissions away; owner-only is owner-only whatever it is.
    if (mode === 0o600) fchmodSync(fd, mode);
    if (content instanceof Uint8Array) writeSync(fd, content);
    else for (const chunk of typeof content === 'string' ? [content] : content()) writeSync(fd, chunk);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
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
      if (code !== 'ENOENT' || dirname(d) === d) throw new OutputError(`${dir}: cannot use as the output folder (${code ?? String(e)} at ${d})`);
      missing.push(d);
      d = dirname(d);
      continue;
    }
    if (!st.isDirectory()) throw new OutputError(`${dir}: cannot use as the output folder (${d} is not a folder)`);
    break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(`${dir}: cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? String(e)} at ${d})`);
    }
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
      const fd = openSync(path, 'wx');
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
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw gagal(path, e);
    }
    const pemilik = pemilikKunci(path);
    if (pemilik === null) {
      rmSync(path, { force: true }); // its run is gone: take it over
      continue;
    }
    if (Date.now() >= batas)
      throw new OutputError(`${dir}: another kbk run (pid ${pemilik}) is writing its reports here (${path}); try again when it has finished`);
    tidur(100);
  }
}

/** The pid holding a lock file, or null when that run is gone (or the file is not a lock). */
function pemilikKunci(path: string): number | null {
  let isi: string;
  try {
    isi = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const [pid, host] = isi.split('\n');
  // Half-written by a run that is still creating it: give it a moment.
  if (pid === undefined || pid === '' || host === undefined) {
    try {
      return Date.now() - statSync(path).mtimeMs < 2000 ? -1 : null;
    } catch {
      return null;
    }
  }
  if (host !== hostname()) {
    // Another machine's run (a shared folder): its pid means nothing here; trust it for an hour.
    try {
      return Date.now() - statSync(path).mtimeMs < 3_600_000 ? Number(pid) : null;
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
  try {
    pasangan = (JSON.parse(readFileSync(jurnal, 'utf8')) as { pasangan: typeof pasangan }).pasangan ?? [];
  } catch {
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
    // Under the lock no other run writes here: another pid's temporaries are a killed
    // run's. kbk before the lock existed wrote without one, so its are spared while alive.
    const baru = SEMENTARA.exec(n);
    const lama = baru ? null : SEMENTARA_LAMA.exec(n);
    const pid = Number((baru ?? lama)?.[1]);
    if ((baru && pid !== process.pid) || (lama && !prosesHidup(pid))) rmSync(join(dir, n), { force: true });
  }
}
