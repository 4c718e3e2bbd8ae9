// A month file that is byte for byte another month's file: the classic wrong-file mistake
// (May's prolanis.csv copied into June's folder). Compared cheaply: the sizes first, then
// the first 64 KiB of files whose sizes match (two months' exports of the same size differ
// in their first dates), and a hash only of files that agree so far.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatMonth, parseMonth, type MonthIndex } from '../core/month.js';

/** The month folders of a data folder (YYYY-MM), in month order. */
function bulanDiFolder(dataDir: string): MonthIndex[] {
  try {
    return readdirSync(dataDir)
      .map((n) => parseMonth(n))
      .filter((m): m is MonthIndex => m !== null)
      .sort((a, b) => a - b);
  } catch {
    return [];
  }
}

const ukuran = (path: string): number | null => {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
};

/** Bytes compared before a hash: a month's first rows carry its dates. */
const KEPALA = 64 << 10;

/** The first KEPALA bytes of a file (fewer when it is shorter); null when unreadable (the read itself will say why). */
function kepala(path: string): Buffer | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    // Zeros past a shorter file's end: the files compared have the same size.
    const buf = Buffer.alloc(KEPALA);
    for (let n = 0, k = 1; n < KEPALA && k > 0; n += k) k = readSync(fd, buf, n, KEPALA - n, n);
    return buf;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sidikJari(path: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const hash = createHash('sha256');
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
    return hash.digest('hex');
  } catch {
    return null; // unreadable: the read itself will say why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A pair of identical month files: `salinan` the later month's ("2024-06/prolanis.csv"), `asli` the earlier one's. */
export interface Salinan {
  salinan: string;
  asli: string;
}

/**
 * The month folders' `file` identical to `bulan`'s, each as a pair named later → earlier
 * (the later month's file is taken as the copy). Empty files are left to the read (an
 * empty file stops the run on its own).
 */
export function cariSalinan(dataDir: string, bulan: MonthIndex, file: string): Salinan[] {
  const path = join(dataDir, formatMonth(bulan), file);
  const size = ukuran(path);
  if (size === null || size === 0) return [];
  let sidik: string | null | undefined;
  let kepalaIni: Buffer | null | undefined;
  const out: Salinan[] = [];
  for (const m of bulanDiFolder(dataDir)) {
    if (m === bulan) continue;
    const lain = join(dataDir, formatMonth(m), file);
    if (ukuran(lain) !== size) continue;
    kepalaIni ??= kepala(path);
    const kepalaLain = kepala(lain);
    if (kepalaIni !== null && kepalaLain !== null && !kepalaIni.equals(kepalaLain)) continue;
    sidik ??= sidikJari(path);
    if (sidik === null || sidikJari(lain) !== sidik) continue;
    const [awal, akhir] = m < bulan ? [m, bulan] : [bulan, m];
    out.push({ salinan: `${formatMonth(akhir)}/${file}`, asli: `${formatMonth(awal)}/${file}` });
  }
  return out;
}
