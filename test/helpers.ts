import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { expect } from 'vitest';
import { main, type Io } from '../src/cli/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');

/** The environment of a kbk started as a process by a test: English messages whatever the machine's locale, no config file. */
export const ENV_PROSES: NodeJS.ProcessEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', KBK_CONFIG: 'none' };

/** The folders tmp() made in this test file: removed once it has run (test/setup-sementara.ts). */
const sementara: string[] = [];

/** A fresh folder in TMPDIR, removed after the test file (KBK_UJI_SIMPAN=1 keeps it, to look at). */
export function tmp(prefix = 'kbk-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  sementara.push(dir);
  return dir;
}

/** Removes this test file's tmp() folders (a suite run made ~20,000 of them, exports included, and left them on a shared machine). */
export function hapusSementara(): void {
  if (process.env.KBK_UJI_SIMPAN) return;
  for (const dir of sementara.splice(0))
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // a mount the test could not take down: left, as before
    }
}

export interface Result {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI in-process with captured output. The language is English unless `env` says
 * otherwise (LANG, --lang in args): most tests pin the English messages; the Indonesian
 * default has its own tests. No config file is looked for unless `env.KBK_CONFIG` or
 * `cwd` asks for one, so a developer's own .kbkrc cannot change a test.
 */
export async function kbk(args: string[], opts: { env?: NodeJS.ProcessEnv; isTTY?: boolean; lebar?: number; cwd?: string } = {}): Promise<Result> {
  let out = '';
  let err = '';
  const env = { LANG: 'en_US.UTF-8', ...(opts.cwd === undefined ? { KBK_CONFIG: 'none' } : {}), ...opts.env };
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), env, isTTY: opts.isTTY ?? false, lebar: opts.lebar, cwd: opts.cwd };
  const code = await main(['node', 'kbk', ...args], io);
  if (process.env.KBK_UJI_KODE) return diawasi({ code, out, err }, args);
  return { code, out, err };
}

/** Runs whose exit code no test has read yet (KBK_UJI_KODE=1; test/setup-kode.ts fails the test that leaves one). */
export const tanpaKode: { read: boolean; where: string }[] = [];

/** The result with a getter on `code` that marks it read, and where the run was started. */
function diawasi(r: Result, args: string[]): Result {
  const rec = { read: false, where: `${(new Error().stack ?? '').split('\n').find((l) => l.includes('.test.ts'))?.trim() ?? '?'} (kbk ${args[0] ?? ''})` };
  tanpaKode.push(rec);
  const { code } = r;
  return Object.defineProperty({ out: r.out, err: r.err } as Result, 'code', { enumerable: true, get: () => ((rec.read = true), code) });
}

/**
 * `kbk` that asserts how the run ended: the exit code (stderr as the message when it differs).
 * Every run a test reads must say which code it expects; a run that ended in 64, 65 or 70
 * would otherwise pass a test that only looks for a word in its output.
 */
export async function kbkKode(kode: number, args: string[], opts: Parameters<typeof kbk>[1] = {}): Promise<Result> {
  const r = await kbk(args, opts);
  expect(r.code, r.err).toBe(kode);
  return r;
}

/** Writes a data folder from {relative path: content}. */
export function dataDir(files: Record<string, string>): string {
  const dir = tmp('kbk-data-');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

/**
 * A tiny month, countable at a glance: facility A has 10 participants, cards 1..3 have
 * contacts, 4 referrals (1 non-specialistic), 2 DM (1 controlled), 2 HT (1 controlled).
 */
export function tinyMonth(over: Partial<Record<'fktp.csv' | 'peserta.csv' | 'kontak.csv' | 'rujukan.csv' | 'prolanis.csv' | 'diagnosa.csv', string | null>> = {}): string {
  const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
  const base: Record<string, string | null> = {
    'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\n',
    'peserta.csv': 'no_kartu,kode_ppk\n' + Array.from({ length: 10 }, (_, i) => `${c(i + 1)},A\n`).join(''),
    'kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${c(1)},A,2024-06-03\n${c(2)},A,2024-06-04\n${c(3)},A,2024-06-05\n`,
    'rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,${c(1)},A,2024-06-03,J06.9,1\nR2,${c(2)},A,2024-06-03,N18.5,0\nR3,${c(3)},A,2024-06-03,N18.5,0\nR4,${c(4)},A,2024-06-03,N18.5,0\n`,
    'prolanis.csv': `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,DM,1,2024-06-10,200,,\n${c(9)},A,HT,1,2024-06-10,,120,80\n${c(10)},A,HT,1,2024-06-10,,160,100\n`,
    'diagnosa.csv': null,
  };
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries({ ...base, ...over })) {
    if (content === null) continue;
    files[name === 'fktp.csv' || name === 'diagnosa.csv' ? name : `2024-06/${name}`] = content;
  }
  return dataDir(files);
}

/** mulberry32: a small seeded generator, so a failure names its seed and replays. */
export function acak(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILES_DEMO = ['fktp.csv', 'diagnosa.csv', ...['2024-04', '2024-05', '2024-06', '2024-07'].flatMap((m) => ['peserta', 'kontak', 'rujukan', 'prolanis'].map((f) => `${m}/${f}.csv`))];

/** A branch of the demo: the rows of the facilities whose code starts with one of `awalan` (kbk gabung's tests). */
export function cabangDemo(awalan: string[]): string {
  const dir = tmp('kbk-cabang-');
  for (const f of FILES_DEMO) {
    const rows = parseCsv(readFileSync(join(FIXTURES, 'demo', f), 'utf8'), { columns: true }) as Record<string, string>[];
    const kept = f === 'diagnosa.csv' ? rows : rows.filter((r) => awalan.some((a) => (r.kode_ppk ?? '').startsWith(a)));
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), stringifyCsv(kept, { header: true, columns: Object.keys(rows[0] ?? {}) }));
  }
  return dir;
}

/** Every file under `dir`, by relative path, with its bytes. */
export function isiFolder(dir: string): Record<string, string> {
  const hasil: Record<string, string> = {};
  if (!existsSync(dir)) return hasil;
  for (const n of readdirSync(dir, { recursive: true }) as string[]) {
    const p = join(dir, n);
    if (statSync(p).isFile()) hasil[n] = readFileSync(p, 'latin1');
  }
  return hasil;
}

/**
 * The same command with KBK_THREADS=`utas[0]` and `utas[1]`, into the same --out (so paths
 * in stderr are equal): exit code `kode` the first way, and stdout, stderr, exit code and
 * every file written equal byte for byte the second way.
 */
export async function samaDuaUtas(args: string[], kode: number, utas: [string, string]): Promise<void> {
  const out = tmp('kbk-utas-out-');
  const hasil = [];
  for (const u of utas) {
    rmSync(out, { recursive: true, force: true });
    const r = await kbk([...args, '--out', out], { env: { KBK_THREADS: u } });
    hasil.push({ code: r.code, out: r.out, err: r.err, files: isiFolder(out) });
  }
  const [a, b] = hasil as [(typeof hasil)[0], (typeof hasil)[0]];
  expect(a.code, a.err).toBe(kode);
  expect(b.code).toBe(a.code);
  expect(b.err).toBe(a.err);
  expect(b.out).toBe(a.out);
  expect(Object.keys(b.files).sort()).toEqual(Object.keys(a.files).sort());
  for (const [n, bytes] of Object.entries(a.files)) expect(b.files[n], n).toBe(bytes);
}
