// The defaults a cron job repeats (data folder, output folder, thresholds, rule overrides)
// from a config file, found by lilconfig from the working folder up to the home folder or
// the repository root (never beyond; see batasCari): kbk.config.json,
// .kbkrc or .kbkrc.json (KBK_CONFIG=FILE names one; KBK_CONFIG=none turns the search off).
// A setting is an option's name in camelCase or as on the command line ("max-reject-rate"),
// and applies to every command that has that option; the command line always wins. A run
// that uses one says so (katakanKonfigurasi); `kbk config` shows the settings it gives.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Command, Option } from 'commander';
import { lilconfigSync } from 'lilconfig';
import { UsageError } from '../errors.js';
import { teks, type Teks } from '../pesan/index.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import { teksIo, type Io } from './output.js';

export const TEMPAT_KONFIG = ['kbk.config.json', '.kbkrc', '.kbkrc.json'];

/** Settings a config file may hold (commander attribute names), and which of them are paths. */
const SETELAN: Record<string, 'teks' | 'jalur' | 'bool' | 'daftar'> = {
  data: 'jalur',
  out: 'jalur',
  rules: 'teks',
  tariffs: 'teks',
  profilKlinis: 'teks',
  maxRejectRate: 'teks',
  strict: 'bool',
  window: 'teks',
  average: 'teks',
  lang: 'teks',
  quiet: 'bool',
  color: 'bool',
  samarkan: 'jalur',
  terimaPenurunan: 'daftar',
  terimaTarif: 'daftar',
  terimaLuarBulan: 'daftar',
  maxRowBytes: 'teks',
  maxFieldBytes: 'teks',
  delimiter: 'teks',
  encoding: 'teks',
  dateFormat: 'daftar',
  csvExcel: 'bool',
  xlsx: 'bool',
  format: 'daftar',
  wajibLengkap: 'bool',
  /** kbk berita-acara: the branch office named in the minutes. */
  cabang: 'teks',
};

export interface Konfigurasi {
  path: string;
  nilai: Record<string, unknown>;
}

const camel = (k: string): string => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Where the search stops (inclusive): the first folder from `cwd` up that is the user's
 * home or a repository root (holds `.git`); with neither above it, `cwd` itself. Never `/`
 * for a run started below a home or a repository: a file planted higher up is not read.
 */
export function batasCari(cwd: string, env: NodeJS.ProcessEnv): string {
  const rumah = resolve(env.HOME || homedir());
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (dir === rumah || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/**
 * Why a found config file is not to be trusted: not owned by the user running kbk, or
 * writable by group or others (anyone who can write it sets this run's rules and output).
 * Null when it may be read (and where uids do not exist).
 */
function tidakAman(path: string): Teks | null {
  const uid = process.getuid?.();
  if (uid === undefined) return null;
  const st = statSync(path);
  if (st.uid !== uid) return PESAN_CLI.konfigBukanMilik(path, st.uid, uid);
  if ((st.mode & 0o022) !== 0) return PESAN_CLI.konfigTerbuka(path, (st.mode & 0o777).toString(8).padStart(4, '0'));
  return null;
}

/**
 * The config file in force for `cwd`, read and checked; null when there is none. A file
 * that fails the ownership check is skipped (said through `lewati`) and the search goes
 * on above it; a file named by KBK_CONFIG that fails it stops the run (64).
 */
export function muatKonfigurasi(cwd: string, env: NodeJS.ProcessEnv, lewati: (p: Teks) => void = () => {}): Konfigurasi | null {
  const nama = env.KBK_CONFIG;
  if (nama === 'none' || nama === '') return null;
  const stopDir = batasCari(cwd, env);
  // The loaders return the text unparsed: the ownership check comes before parsing, so a
  // broken file nobody trusts is skipped, not an error for every command.
  const mentah = (_: string, isi: string): string => isi;
  const loader = lilconfigSync('kbk', { searchPlaces: TEMPAT_KONFIG, stopDir, cache: false, loaders: { '.json': mentah, noExt: mentah } });
  let hasil: { filepath: string; config: unknown } | null = null;
  try {
    if (nama !== undefined) {
      hasil = loader.load(resolve(cwd, nama));
      const why = hasil ? tidakAman(hasil.filepath) : null;
      if (why) throw new UsageError(why);
    } else
      for (let dari = resolve(cwd); ; ) {
        const h = loader.search(dari);
        if (!h) break;
        const why = tidakAman(h.filepath);
        if (!why) {
          hasil = h;
          break;
        }
        lewati(why);
        const dir = dirname(h.filepath);
        if (dir === stopDir || dirname(dir) === dir) break;
        dari = dirname(dir);
      }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const file = nama !== undefined ? resolve(cwd, nama) : 'kbk.config.json';
    throw new UsageError(teks(`${file}: berkas konfigurasi tidak terbaca sebagai JSON (${(e as Error).message})`, `${file}: the config file is not readable JSON (${(e as Error).message})`));
  }
  if (!hasil) return null;
  let isiJson: unknown;
  try {
    isiJson = typeof hasil.config === 'string' ? JSON.parse(hasil.config) : hasil.config;
  } catch (e) {
    throw new UsageError(teks(`${hasil.filepath}: berkas konfigurasi tidak terbaca sebagai JSON (${(e as Error).message})`, `${hasil.filepath}: the config file is not readable JSON (${(e as Error).message})`));
  }
  hasil = { ...hasil, config: isiJson };
  const path = hasil.filepath;
  const isi = hasil.config ?? {};
  if (typeof isi !== 'object' || Array.isArray(isi))
    throw new UsageError(teks(`${path}: berkas konfigurasi harus berisi satu objek JSON {"setelan": nilai}`, `${path}: a config file holds one JSON object {"setting": value}`));
  const nilai: Record<string, unknown> = {};
  for (const [kunciAsli, v] of Object.entries(isi as Record<string, unknown>)) {
    const k = camel(kunciAsli);
    const jenis = SETELAN[k];
    if (!jenis)
      throw new UsageError(teks(`${path}: setelan "${kunciAsli}" tidak dikenal (yang dikenal: ${Object.keys(SETELAN).join(', ')})`, `${path}: unknown setting "${kunciAsli}" (known: ${Object.keys(SETELAN).join(', ')})`));
    const salah = (apa: { id: string; en: string }): UsageError => new UsageError(teks(`${path}: "${kunciAsli}" harus ${apa.id}`, `${path}: "${kunciAsli}" must be ${apa.en}`));
    if (jenis === 'bool') {
      if (typeof v !== 'boolean') throw salah({ id: 'true atau false', en: 'true or false' });
      nilai[k] = v;
    } else if (jenis === 'daftar') {
      const daftar = typeof v === 'string' ? [v] : v;
      if (!Array.isArray(daftar) || !daftar.every((x) => typeof x === 'string')) throw salah({ id: 'teks atau daftar teks', en: 'a string or a list of strings' });
      nilai[k] = daftar;
    } else {
      if (typeof v !== 'string' && typeof v !== 'number') throw salah({ id: 'teks', en: 'a string' });
      // Paths are relative to the config file's folder, wherever kbk is started from.
      const s = String(v);
      const jalur = jenis === 'jalur' || ((k === 'rules' || k === 'tariffs') && /[/\\]|\.json$/i.test(s));
      nilai[k] = jalur && !isAbsolute(s) ? resolve(dirname(path), s) : s;
    }
  }
  return { path, nilai };
}

/** A command's options that a config file can set. */
const opsiDari = (cmd: Command): Option[] => (cmd.options as Option[]).filter((o) => SETELAN[o.attributeName()] !== undefined);

/**
 * Puts the config file's values into every command's options before parsing, as the
 * source "config": a required option (--data) is then satisfied, and the command line
 * replaces them (commander's "cli" source wins).
 */
export function terapkanKonfigurasi(program: Command, k: Konfigurasi): void {
  const semua = (c: Command): Command[] => [c, ...c.commands.flatMap(semua)];
  for (const cmd of semua(program))
    for (const o of opsiDari(cmd)) {
      const nama = o.attributeName();
      if (!(nama in k.nilai)) continue;
      // --no-color is the option; "color": false in the file means the same.
      cmd.setOptionValueWithSource(nama, k.nilai[nama], 'config');
    }
}

/**
 * A list option given both in the file and on the command line: the command line's list
 * replaces the file's (commander would append to it, the repeatable parsers collect).
 */
export function rapikanDaftar(cmd: Command, k: Konfigurasi | null): void {
  if (!k) return;
  for (const o of opsiDari(cmd)) {
    const nama = o.attributeName();
    const dariFile = k.nilai[nama];
    const v = cmd.getOptionValue(nama) as unknown;
    if (Array.isArray(dariFile) && Array.isArray(v) && cmd.getOptionValueSource(nama) === 'cli' && dariFile.every((x, i) => v[i] === x))
      cmd.setOptionValueWithSource(nama, v.slice(dariFile.length), 'cli');
  }
}

/** What `kbk config` shows for a command: every option with its value and where it came from. */
export function setelanEfektif(cmd: Command, k: Konfigurasi | null): { opsi: string; nilai: unknown; asal: string }[] {
  return (cmd.options as Option[])
    .filter((o) => o.long !== '--help' && o.long !== '--version')
    .map((o) => {
      const nama = o.attributeName();
      const src = cmd.getOptionValueSource(nama);
      return { opsi: o.long ?? nama, nilai: cmd.getOptionValue(nama) as unknown, asal: src === 'config' && k ? k.path : (src ?? '') };
    });
}

/** The settings of this run's config file that change what its reports say (named in their catatan). */
// Acceptances too: a planted config that accepts what would stop a payment must show in the reports.
const SETELAN_CATATAN = ['rules', 'tariffs', 'out', 'samarkan', 'terimaPenurunan', 'terimaTarif', 'terimaLuarBulan', 'maxRejectRate'];

/**
 * A run that uses a config file says so in one line that --quiet keeps: the file and the
 * settings it gave this command (those the command line did not replace); the ones that
 * change the reports also go into the reports' catatan, returned here (none: []).
 */
export function katakanKonfigurasi(io: Io, cmd: Command, konfig: Konfigurasi): string[] {
  const dari = (cmd.options as Option[]).filter((o) => cmd.getOptionValueSource(o.attributeName()) === 'config');
  const nama = (o: Option): string => (o.long ?? o.attributeName()).replace(/^--/, '');
  io.err(`kbk: ${teksIo(io, PESAN_CLI.konfigDipakai(basename(konfig.path), konfig.path, dari.map(nama)))}\n`);
  const angkaCatatan = dari.filter((o) => SETELAN_CATATAN.includes(o.attributeName()));
  if (angkaCatatan.length === 0) return [];
  const nilai = (o: Option): string => {
    const v = cmd.getOptionValue(o.attributeName()) as unknown;
    return Array.isArray(v) ? v.join(',') : String(v);
  };
  return [`konfigurasi: ${angkaCatatan.map((o) => `${nama(o)}=${nilai(o)}`).join(', ')} dari ${konfig.path}`];
}

/** kbk config [command]: the settings a command would run with, and where each comes from. */
export function daftarKonfig(program: Command, io: Io, konfig: Konfigurasi | null): void {
  const t = (p: Teks): string => teksIo(io, p);
  program
    .command('config')
    .description(t(BANTUAN.config.perintah))
    .argument(t(BANTUAN.config.argumen), t(BANTUAN.config.command), 'run')
    .option('--json', t(BANTUAN.config.json))
    .action((nama: string, o: { json?: boolean }) => {
      const cmd = program.commands.find((c) => c.name() === nama || c.aliases().includes(nama));
      if (!cmd || nama === 'config') throw new UsageError(PESAN_CLI.perintahTidakDikenal(nama, program.commands.map((c) => c.name()).filter((n) => n !== 'config')));
      const setelan = setelanEfektif(cmd, konfig);
      const asal = (a: string): string => (a === 'default' || a === 'cli' || a === 'env' ? teksIo(io, PESAN_CLI.asal[a]) : a === '' ? teksIo(io, PESAN_CLI.asal.tanpa) : a);
      if (o.json) return io.out(JSON.stringify({ perintah: cmd.name(), konfigurasi: konfig?.path ?? null, setelan: setelan.map((x) => ({ opsi: x.opsi, nilai: x.nilai ?? null, asal: x.asal || null })) }, null, 2) + '\n');
      io.out(`${teksIo(io, PESAN_CLI.konfigJudul(konfig?.path ?? null, cmd.name()))}\n`);
      const lebar = Math.max(...setelan.map((x) => x.opsi.length));
      // A negating flag (--no-color) holds true when not given: shown as given (true) or not (-), like every other switch.
      const tampil = (x: (typeof setelan)[number]): string =>
        x.opsi.startsWith('--no-') && typeof x.nilai === 'boolean' ? (x.nilai ? '-' : 'true') : x.nilai === undefined ? '-' : JSON.stringify(x.nilai);
      for (const x of setelan) io.out(`  ${x.opsi.padEnd(lebar)}  ${tampil(x)}  (${asal(x.asal)})\n`);
    });
}

/** This run's catatan from its config file (set by main() before the action runs, read by opsiJob). */
let catatanRun: string[] = [];
export function aturCatatanKonfig(catatan: string[]): void {
  catatanRun = catatan;
}
export const catatanKonfig = (): string[] => catatanRun;
