// The command line's flags as a job's options (OpsiJob): the checks on each flag's value (a
// usage error, 64, when wrong), and the rule and tariff sets named by --rules / --tariffs.
// Every command's action (src/cli/aksi/*.ts) reads its flags through here, so a flag means the
// same in every command; the option declarations the reading commands share are
// src/cli/opsi-perintah.ts (loaded at start-up; this file only when a command runs).
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { OpsiJob } from '../app/jobs.js';
import { parseDate, parseMonth, type DayNumber, type WindowKind } from '../core/month.js';
import { DataError, MissingInputError, UsageError } from '../errors.js';
import { bacaJson, RulesError, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS, parseTariffSet } from '../rules/index.js';
import { parseRuleSet } from '../core/periksa-aturan.js';
import { pemisahDari, type Encoding, type OpsiDialek } from '../ingest/dialek.js';
import { FORMAT_TANGGAL, type FormatTanggal } from '../ingest/dates.js';
import { BATAS_BAWAAN } from '../ingest/batas.js';
import { tulisSet, type OpsiTulis } from '../report/write.js';
import { hmacKartu, kekuatanKunci, KUNCI_ACAK_MIN, kunciDari, PANJANG_KUNCI_MIN, UKURAN_KUNCI_MAKS } from '../report/samaran.js';
import { kemajuanTerminal } from '../report/kemajuan.js';
import { bahasaIo, info, peringatan, ringkasTolak, teksIo, type Io } from './output.js';
import { catatanKonfig } from './config.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { PESAN_VERIFIKASI } from '../pesan/verifikasi.js';
import type { Pesan, Teks } from '../pesan/index.js';

export function bulan(text: string, flag = '--month'): number {
  const m = parseMonth(text);
  if (m === null) throw new UsageError(PESAN_CLI.bukanBulan(flag, text));
  return m;
}

/** A rules or tariff file: its JSON, and the keys written twice in it (bacaJson). */
export function readJson(file: string): { nilai: unknown; ganda: Teks[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MissingInputError(code === 'ENOENT' ? PESAN_CLI.fileTidakAda(file) : code === 'EISDIR' ? PESAN_CLI.fileAdalahFolder(file) : PESAN_CLI.fileTidakTerbaca(file, code ?? String(e)));
  }
  try {
    return bacaJson(text);
  } catch (e) {
    throw new DataError(PESAN_CLI.bukanJson(file, (e as Error).message));
  }
}

/** --rules / --tariffs: a shipped id, or a JSON file validated against the schema. */
export function muat<T extends { id: string }>(
  arg: string | undefined,
  flag: string,
  what: Pesan,
  shipped: readonly T[],
  parseFile: (v: unknown, origin: string, ganda: Teks[]) => T,
): T | undefined {
  if (arg === undefined) return undefined;
  const hit = shipped.find((s) => s.id === arg);
  if (hit) return hit;
  if (!existsSync(arg)) throw new UsageError(PESAN_CLI.bukanIdAtauFile(flag, arg, typeof what === 'string' ? { id: what, en: what } : what, shipped.map((s) => s.id)));
  try {
    const { nilai, ganda } = readJson(arg);
    return parseFile(nilai, arg, ganda);
  } catch (e) {
    throw e instanceof RulesError ? new DataError(e.teks) : e;
  }
}

export interface OpsiCli {
  data: string;
  month: string;
  out: string;
  rules?: string;
  tariffs?: string;
  json?: boolean;
  strict?: boolean;
  maxRejectRate: string;
  color: boolean;
  window?: WindowKind;
  average?: 'indikator' | 'nilai';
  delimiter?: string;
  encoding?: string;
  dateFormat?: string[];
  terimaPenurunan?: string[];
  terimaTarif?: string[];
  terimaLuarBulan?: string[];
  profilKlinis?: string;
  maxRowBytes?: string;
  maxFieldBytes?: string;
  summary?: string;
  labelBulan?: 'layanan' | 'bayar';
  xlsx?: boolean;
  html?: boolean;
  csvExcel?: boolean;
  format?: string[];
  sampai?: string;
  wajibLengkap?: boolean;
  samarkan?: string;
  gdpSatuan?: 'mg' | 'mmol';
  izinkanKunciTerbuka?: boolean;
  izinkanFolderBersama?: boolean;
  verifikasi?: string[];
}

/** How the reports are written: --izinkan-folder-bersama (every command with --out has it, see umum() in main.ts). */
export const opsiTulis = (o: { izinkanFolderBersama?: boolean }): OpsiTulis => ({ izinkanFolderBersama: o.izinkanFolderBersama === true });

const ENCODING: Record<string, Encoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'windows-1252': 'windows-1252', cp1252: 'windows-1252', ansi: 'windows-1252', latin1: 'windows-1252', 'iso-8859-1': 'windows-1252',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', unicode: 'utf-16le',
};

function opsiDialek(o: Pick<OpsiCli, 'delimiter' | 'encoding' | 'dateFormat'>): OpsiDialek {
  const delimiter = o.delimiter === undefined ? undefined : pemisahDari(o.delimiter);
  if (o.delimiter !== undefined && delimiter === undefined)
    throw new UsageError(PESAN_CLI.pemisahSalah(o.delimiter));
  const encoding = o.encoding === undefined ? undefined : ENCODING[o.encoding.toLowerCase()];
  if (o.encoding !== undefined && encoding === undefined)
    throw new UsageError(PESAN_CLI.encodingSalah(o.encoding));
  const dateFormat = new Map<string, FormatTanggal>();
  for (const arg of o.dateFormat ?? []) {
    const eq = arg.lastIndexOf('=');
    const [file, format] = eq < 0 ? ['', arg] : [arg.slice(0, eq), arg.slice(eq + 1)];
    if (!(FORMAT_TANGGAL as readonly string[]).includes(format))
      throw new UsageError(PESAN_CLI.formatTanggalSalah(arg, FORMAT_TANGGAL));
    dateFormat.set(file, format as FormatTanggal);
  }
  return { delimiter, encoding, dateFormat };
}

/** --max-row-bytes / --max-field-bytes: a whole number of bytes, at least 1 KiB. */
function bytes(arg: string | undefined, flag: string, bawaan: number): number {
  if (arg === undefined) return bawaan;
  const n = Number(arg);
  if (!/^\d+$/.test(arg) || n < 1024 || !Number.isSafeInteger(n)) throw new UsageError(PESAN_CLI.bukanByte(flag, arg));
  return n;
}

/** --terima-penurunan, --terima-tarif: KODE[,KODE] (repeatable) or semua/all. */
function terima(args: string[] | undefined): ReadonlySet<string> | 'semua' | undefined {
  if (args === undefined) return undefined;
  const kode = args.flatMap((a) => a.split(',')).map((k) => k.trim()).filter((k) => k !== '');
  if (kode.some((k) => k === 'semua' || k === 'all')) return 'semua';
  return new Set(kode);
}

/**
 * --samarkan KEYFILE: the keyed hash of card numbers, with the branch's key. The file is
 * read through one descriptor to at most UKURAN_KUNCI_MAKS + 1 bytes (so /dev/zero or a
 * wrong file ends at once), and refused (64: the key is a setting, not the month's data)
 * when larger, when others than its owner can read or change it (unless
 * --izinkan-kunci-terbuka, then a warning), shorter than 16 bytes, or easy to guess.
 */
function samarkanDengan(path: string, io: Io, izinkanTerbuka: boolean): (kartu: string) => string {
  const isi = Buffer.alloc(UKURAN_KUNCI_MAKS + 1);
  let n = 0;
  let mode = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    mode = fstatSync(fd).mode;
    for (let k = -1; k !== 0 && n < isi.length; n += k) k = readSync(fd, isi, n, isi.length - n, null);
  } catch (e) {
    throw new MissingInputError(PESAN_CLI.kunciTakTerbaca(path, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (n > UKURAN_KUNCI_MAKS) throw new UsageError(PESAN_CLI.kunciBesar(path, UKURAN_KUNCI_MAKS));
  if ((mode & 0o077) !== 0) {
    if (!izinkanTerbuka) throw new UsageError(PESAN_CLI.kunciTerbukaDitolak(path, (mode & 0o777).toString(8).padStart(4, '0')));
    peringatan(io, [PESAN_CLI.kunciTerbuka(path)]);
  }
  const kunci = kunciDari(isi.subarray(0, n));
  if (kunci.length < PANJANG_KUNCI_MIN)
    throw new UsageError(PESAN_CLI.kunciPendek(path, kunci.length, PANJANG_KUNCI_MIN));
  const kuat = kekuatanKunci(kunci);
  if (kuat.acak < KUNCI_ACAK_MIN) throw new UsageError(PESAN_CLI.kunciLemah(path, kunci.length, kuat.acak, KUNCI_ACAK_MIN, kuat.kata));
  return hmacKartu(kunci);
}

/** A YYYY-MM-DD flag (--sampai, --tanggal): a usage error (64) when it is not a real date. */
export function tanggal(text: string, flag: string): DayNumber {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDate(text) : null;
  if (d === null) throw new UsageError(PESAN_CLI.bukanTanggal(flag, text));
  return d;
}

export function opsiJob(o: OpsiCli, io: Io): OpsiJob {
  const rate = Number(o.maxRejectRate);
  if (!/^\d+(\.\d+)?$/.test(o.maxRejectRate) || rate > 100)
    throw new UsageError(PESAN_CLI.bukanPersen(o.maxRejectRate));
  const baris = bytes(o.maxRowBytes, '--max-row-bytes', BATAS_BAWAAN.baris);
  if (o.summary !== undefined && o.profilKlinis !== undefined)
    throw new UsageError(PESAN_CLI.profilDenganRingkasan);
  if (o.summary !== undefined && o.gdpSatuan === 'mmol') throw new UsageError(PESAN_CLI.gdpSatuanDenganRingkasan);
  if (o.summary !== undefined && o.verifikasi?.length) throw new UsageError(PESAN_VERIFIKASI.denganRingkasan);
  return {
    bahasa: bahasaIo(io),
    kemajuan: io.terminalErr && !io.diam ? kemajuanTerminal(io.terminalErr, bahasaIo(io)).kemajuan : undefined,
    ringkasan: o.summary === undefined ? undefined : { path: o.summary, labelBulan: o.labelBulan ?? 'layanan' },
    format: { xlsx: o.xlsx || o.format?.includes('xlsx'), html: o.html === true, csvExcel: o.csvExcel || o.format?.includes('csv-excel'), rekapCabang: o.format?.includes('rekap-cabang') },
    profilKlinis: o.profilKlinis,
    gdpSatuan: o.gdpSatuan,
    utas: io.env.KBK_THREADS,
    tanpaJalur: io.env.KBK_JALUR === '0',
    padaBerhenti(tolak, ringkasan) {
      // A run stopped by bad data writes no report, but its rejects: the rows to fix.
      try {
        tulisSet(tolak, opsiTulis(o));
        ringkasTolak(ringkasan, io);
        // Said with --quiet too: the run failed, and this is where to look (when there is anything to look at).
        let n = 0;
        for (const perAlasan of ringkasan.values()) for (const k of perAlasan.values()) n += k;
        if (n > 0) io.err(`kbk: ${teksIo(io, PESAN_CLI.tanpaLaporan(tolak.map((t) => t.path)))}\n`);
      } catch (w) {
        io.err(`kbk: ${teksIo(io, PESAN_CLI.tolakGagalDitulis((w as Error).message))}\n`);
      }
    },
    terimaPenurunan: terima(o.terimaPenurunan),
    terimaTarif: terima(o.terimaTarif),
    terimaLuarBulan: terima(o.terimaLuarBulan),
    batas: { baris, nilai: Math.min(baris, bytes(o.maxFieldBytes, '--max-field-bytes', BATAS_BAWAAN.nilai)) },
    dataDir: o.data,
    outDir: o.out,
    strict: Boolean(o.strict),
    maxRejectRate: rate / 100,
    dialek: opsiDialek(o),
    rules: muat(o.rules, '--rules', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet),
    tariffs: muat(o.tariffs, '--tariffs', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet),
    window: o.window,
    rataRata: o.average,
    sampai: o.sampai === undefined ? undefined : tanggal(o.sampai, '--sampai'),
    wajibLengkap: Boolean(o.wajibLengkap),
    samarkan: o.samarkan === undefined ? undefined : samarkanDengan(o.samarkan, io, Boolean(o.izinkanKunciTerbuka)),
    log: (m) => info(io, m),
    catatanRun: catatanKonfig(),
    verifikasi: o.verifikasi,
  };
}
