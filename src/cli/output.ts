// What the CLI says to people, and how: the language, --quiet, colour, card masking. Every
// line on stderr goes through here, so one place decides that a clean cron run prints
// only its warnings (--quiet), that errors are one line, and that the words are the
// catalog's (src/pesan) in the chosen language. The lines every job ends with (its rejects
// per reason, the provisional-values note) and the --json rows are here too.
import { Chalk, type ChalkInstance } from 'chalk';
import { angka, dalam, type Bahasa, type Pesan } from '../pesan/index.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { alasanTolak } from '../pesan/ingest.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** stderr when it is a terminal: a progress bar goes there while long files are read. */
  terminalErr?: NodeJS.WriteStream;
  /** The terminal's width in columns when stdout is one; the tables fit to it (COLUMNS in env, when a number, wins). */
  lebar?: number;
  /** Where a config file is looked for (process.cwd() when absent). */
  cwd?: string;
  /** Set by main(): the language of everything printed, and --quiet. */
  bahasa?: Bahasa;
  diam?: boolean;
}

export const bahasaIo = (io: Io): Bahasa => io.bahasa ?? 'id';
export const teksIo = (io: Io, p: Pesan): string => dalam(p, bahasaIo(io));

/** Progress and notes: "kbk: …" on stderr, nothing with --quiet. */
export function info(io: Io, p: Pesan): void {
  if (!io.diam) io.err(`kbk: ${teksIo(io, p)}\n`);
}

/** Lines under an info line (indented), nothing with --quiet. */
export function infoBaris(io: Io, p: Pesan): void {
  if (!io.diam) io.err(`${teksIo(io, p)}\n`);
}

/** Each warning once (a column absent in three months is said for each file, but a repeated text once); also with --quiet. */
export function peringatan(io: Io, items: readonly Pesan[]): void {
  const label = teksIo(io, PESAN_CLI.peringatan);
  for (const w of new Set(items.map((p) => teksIo(io, p)))) io.err(`kbk: ${label}: ${w}\n`);
}

/**
 * The terminal's colours: --no-color and FORCE_COLOR=0 turn them off; FORCE_COLOR (any
 * other value) turns them on even into a pipe; NO_COLOR turns them off; else on a TTY only.
 */
export function warna(io: Io, color = true): ChalkInstance {
  const paksa = io.env.FORCE_COLOR;
  const mati = !color || paksa === '0' || paksa === 'false' || (paksa === undefined && (io.env.NO_COLOR !== undefined || !io.isTTY));
  return new Chalk({ level: mati ? 0 : 1 });
}

export const chalkFor = (o: { color: boolean }, io: Io): ChalkInstance => warna(io, o.color);

/** Rejected and set-aside rows per file and reason (stderr; not with --quiet: the rejects files hold them). */
export function ringkasTolak(ringkasan: Map<string, Map<string, number>>, io: Io): void {
  let n = 0;
  for (const reasons of ringkasan.values()) for (const k of reasons.values()) n += k;
  if (n === 0) return;
  info(io, PESAN_CLI.barisDitolak(n));
  for (const [file, reasons] of ringkasan) {
    infoBaris(io, `  ${file}`);
    for (const [reason, k] of reasons) infoBaris(io, `    ${alasanTolak(reason, bahasaIo(io))}: ${angka(k, bahasaIo(io))}`);
  }
}

const TEXT_COLUMNS = new Set(['bulan', 'bulan_bayar', 'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan_penilaian', 'catatan', 'ketentuan_a', 'ketentuan_b', 'laporan', 'ukuran', 'jenis', 'ambang_tidak_sah', 'ambang_status']);

/** CSV strings → JSON values (--json): numbers as numbers, empty cells as null, codes stay strings. */
export function jsonRow(row: Record<string, string>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(row)) out[k] = TEXT_COLUMNS.has(k) ? v : v === '' ? null : Number(v);
  return out;
}
