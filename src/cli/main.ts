// commander wiring only: parse options, call a job, write its files, print. Errors travel
// up to main(), the single point that maps them to exit codes.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { Command, Help, InvalidArgumentError, Option, type Argument, type HelpConfiguration } from 'commander';
import { check, type Beda } from '../app/check.js';
import { validate } from '../app/validate.js';
import { banding, barisBanding } from '../app/banding.js';
import { gabung } from '../app/gabung.js';
import { compute, explain, pay, type HasilJob, type OpsiJob } from '../app/jobs.js';
import { catatanProvisional } from '../report/catatan.js';
import { penjelasanJson, penjelasanTeks } from '../report/explain.js';
import { formatMonth, monthOfDay, parseDate, parseMonth, WINDOW_KINDS, type DayNumber, type WindowKind } from '../core/month.js';
import { DataError, KbkError, MissingInputError, UsageError } from '../errors.js';
import { bacaJson, findRuleSet, findTariffSet, parseRuleSet, parseTariffSet, RulesError, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';
import { nilaiDariKesepakatan, tampilanNilaiAturan, tampilanNilaiTarif } from '../rules/provenance.js';
import { berlakuTeks, type RuleSet, type TariffSet } from '../rules/schema.js';
import { pemisahDari, type Encoding, type OpsiDialek } from '../ingest/dialek.js';
import { FORMAT_TANGGAL, type FormatTanggal } from '../ingest/dates.js';
import { barisCapaian, barisKapitasi } from '../report/columns.js';
import { lebarTerminal, tabelBanding, tabelCapaian, tabelKapitasi, tabelValidasi } from '../report/tabel-kbk.js';
import { barisRekap, tabelRekap } from '../report/rekap.js';
import { tulisSet, type OpsiTulis } from '../report/write.js';
import { hmacKartu, kekuatanKunci, KUNCI_ACAK_MIN, kunciDari, masker, maskerKeluaran, PANJANG_KUNCI_MIN, UKURAN_KUNCI_MAKS } from '../report/samaran.js';
import { hapusSemua } from '../sementara.js';
import { kemajuanTerminal } from '../report/kemajuan.js';
import { BATAS_BAWAAN } from '../ingest/csv.js';
import { CheckFailed, EXIT, exitCodeFor } from './exit.js';
import { bahasaIo, info, infoBaris, peringatan, teksIo, warna, type Io } from './keluaran.js';
import { muatKonfigurasi, rapikanDaftar, setelanEfektif, terapkanKonfigurasi, type Konfigurasi } from './konfigurasi.js';
import { galatCommander, PESAN_CLI } from '../pesan/cli.js';
import { angka, dalam, pilihBahasa, type Bahasa, type Pesan, type Teks } from '../pesan/index.js';
import { BANTUAN } from '../pesan/bantuan.js';
import { alasanTolak } from '../pesan/ingest.js';
import { audit, PESAN_RINGKASAN as PESAN_RINGKASAN_AUDIT, ringkasanJson as ringkasanJsonAudit, tabelAudit } from '../app/audit.js';
import { daftarProyeksi } from './proyeksi.js';
import { VERSI } from '../versi.js';
import { jelaskanBayar } from '../app/jelaskan-bayar.js';
import { jelaskanBayarJson, jelaskanBayarTeks } from '../report/jelaskan-bayar.js';

export type { Io } from './keluaran.js';

const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  terminalErr: process.stderr.isTTY ? process.stderr : undefined,
  lebar: process.stdout.isTTY ? process.stdout.columns : undefined,
});

function bulan(text: string, flag = '--month'): number {
  const m = parseMonth(text);
  if (m === null) throw new UsageError(PESAN_CLI.bukanBulan(flag, text));
  return m;
}

/** A rules or tariff file: its JSON, and the keys written twice in it (bacaJson). */
function readJson(file: string): { nilai: unknown; ganda: Teks[] } {
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
function muat<T extends { id: string }>(
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

interface OpsiCli {
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
  csvExcel?: boolean;
  format?: string[];
  sampai?: string;
  wajibLengkap?: boolean;
  samarkan?: string;
  gdpSatuan?: 'mg' | 'mmol';
  izinkanKunciTerbuka?: boolean;
  izinkanFolderBersama?: boolean;
}

/** How the reports are written: --izinkan-folder-bersama (every command with --out has it, see umum()). */
const opsiTulis = (o: { izinkanFolderBersama?: boolean }): OpsiTulis => ({ izinkanFolderBersama: o.izinkanFolderBersama === true });

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

/** A check difference for the terminal. */
function teksBeda(d: Beda, b: Bahasa): string {
  if (d.jenis === 'gagal') return dalam(PESAN_CLI.checkGagal(d.file, d.pesan ? d.pesan[b] : ''), b);
  if (d.jenis === 'tidak_dibuat') return dalam(PESAN_CLI.checkTidakDibuat(d.file), b);
  return dalam(PESAN_CLI.checkBerbeda(d.file, d.baris ?? 0, d.diharapkan ?? null, d.didapat ?? null), b);
}

function tanggal(text: string, flag: string): DayNumber {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDate(text) : null;
  if (d === null) throw new UsageError(PESAN_CLI.bukanTanggal(flag, text));
  return d;
}

function opsiJob(o: OpsiCli, io: Io): OpsiJob {
  const rate = Number(o.maxRejectRate);
  if (!/^\d+(\.\d+)?$/.test(o.maxRejectRate) || rate > 100)
    throw new UsageError(PESAN_CLI.bukanPersen(o.maxRejectRate));
  const baris = bytes(o.maxRowBytes, '--max-row-bytes', BATAS_BAWAAN.baris);
  if (o.summary !== undefined && o.profilKlinis !== undefined)
    throw new UsageError(PESAN_CLI.profilDenganRingkasan);
  if (o.summary !== undefined && o.gdpSatuan === 'mmol') throw new UsageError(PESAN_CLI.gdpSatuanDenganRingkasan);
  return {
    kemajuan: io.terminalErr && !io.diam ? kemajuanTerminal(io.terminalErr, bahasaIo(io)).kemajuan : undefined,
    ringkasan: o.summary === undefined ? undefined : { path: o.summary, labelBulan: o.labelBulan ?? 'layanan' },
    format: { xlsx: o.xlsx || o.format?.includes('xlsx'), csvExcel: o.csvExcel || o.format?.includes('csv-excel'), rekapCabang: o.format?.includes('rekap-cabang') },
    profilKlinis: o.profilKlinis,
    gdpSatuan: o.gdpSatuan,
    padaBerhenti(tolak, ringkasan) {
      // A run stopped by bad data writes no report, but its rejects: the rows to fix.
      try {
        tulisSet(tolak, opsiTulis(o));
        ringkasTolak(ringkasan, io);
        // Said with --quiet too: the run failed, and this is where to look.
        io.err(`kbk: ${teksIo(io, PESAN_CLI.tanpaLaporan(tolak.map((t) => t.path)))}\n`);
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
    catatanRun: catatanKonfig,
  };
}

const chalkFor = (o: { color: boolean }, io: Io): ChalkInstance => warna(io, o.color);

/** Rejected and set-aside rows per file and reason (stderr; not with --quiet: the rejects files hold them). */
function ringkasTolak(ringkasan: Map<string, Map<string, number>>, io: Io): void {
  let n = 0;
  for (const reasons of ringkasan.values()) for (const k of reasons.values()) n += k;
  if (n === 0) return;
  info(io, PESAN_CLI.barisDitolak(n));
  for (const [file, reasons] of ringkasan) {
    infoBaris(io, `  ${file}`);
    for (const [reason, k] of reasons) infoBaris(io, `    ${alasanTolak(reason, bahasaIo(io))}: ${angka(k, bahasaIo(io))}`);
  }
}

/** The anomaly signals per month (stderr): the first ones in full, the rest in anomali-M.csv; one line a month with --quiet. */
function ringkasSinyal(h: HasilJob, io: Io, tampil = 20): void {
  const perBulan = new Map<number, HasilJob['sinyal']>();
  for (const s of h.sinyal) perBulan.set(s.bulan, [...(perBulan.get(s.bulan) ?? []), s]);
  for (const [bulan, semua] of perBulan) {
    if (io.diam) {
      peringatan(io, [PESAN_CLI.sinyalDiam(semua.length, formatMonth(bulan))]);
      continue;
    }
    info(io, PESAN_CLI.sinyalJudul(semua.length, formatMonth(bulan)));
    for (const s of semua.slice(0, tampil)) infoBaris(io, PESAN_CLI.sinyalBaris(s.kodePpk, s.sinyal, s.nilai, s.ambang, s.bukti, bahasaIo(io)));
    if (semua.length > tampil) infoBaris(io, PESAN_CLI.sinyalLagi(semua.length - tampil, formatMonth(bulan)));
  }
}

/** The provisional-values note (stderr, not with --quiet). */
function catatanNilai(io: Io, dipakai: Parameters<typeof catatanProvisional>[0]): void {
  const note = catatanProvisional(dipakai);
  if (note) info(io, note);
}

function selesai(h: HasilJob, o: OpsiCli, io: Io): void {
  tulisSet(h.files, opsiTulis(o));
  catatanNilai(io, h.dipakai);
  peringatan(io, h.peringatan);
  ringkasTolak(h.tolak.ringkasan(), io);
  for (const [bulan, items] of h.kualitas) if (items.length > 0) info(io, PESAN_CLI.kualitasData(formatMonth(bulan), items));
  ringkasSinyal(h, io);
  info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
  if (o.json) {
    io.out(
      JSON.stringify(
        {
          capaian: h.capaian.map((c) => c.rows.map((r) => jsonRow(barisCapaian(r, c.rules)))),
          kapitasi: h.kapitasi?.rows.map((r) => jsonRow(barisKapitasi(r, h.kapitasi?.rules as RuleSet))) ?? null,
          // The rows themselves are in tolak-YYYY-MM.csv, which can be large.
          tolak: { baris: h.tolak.size, perFile: Object.fromEntries([...h.tolak.ringkasan()].map(([f, m]) => [f, Object.fromEntries(m)])) },
          rekap: barisRekap(h).map(jsonRow),
          sinyal: h.sinyal.map((s) => ({ bulan: formatMonth(s.bulan), kode_ppk: s.kodePpk, sinyal: s.sinyal, nilai: s.nilai, ambang: s.ambang, bukti: s.bukti })),
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  const c = chalkFor(o, io);
  for (const cap of h.capaian) io.out(tabelCapaian(cap.rows, cap.rules, c, lebarTerminal(io), bahasaIo(io)) + '\n\n');
  if (h.kapitasi) io.out(tabelKapitasi(h.kapitasi.rows, c, lebarTerminal(io), bahasaIo(io)) + '\n\n');
  io.out(tabelRekap(h, c, lebarTerminal(io), bahasaIo(io)) + '\n');
}

const TEXT_COLUMNS = new Set(['bulan', 'bulan_bayar', 'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan_penilaian', 'catatan', 'ketentuan_a', 'ketentuan_b', 'laporan', 'ukuran']);

/** CSV strings → JSON values: numbers as numbers, empty cells as null, codes stay strings. */
function jsonRow(row: Record<string, string>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(row)) out[k] = TEXT_COLUMNS.has(k) ? v : v === '' ? null : Number(v);
  return out;
}

/** The dialect flags: what sniffing decides per file unless the analyst says otherwise; and the size limits. */
function dialectOptions(cmd: Command, t: (p: Teks) => string): Command {
  return cmd
    .option('--max-row-bytes <n>', t(BANTUAN.maxRowBytes(BATAS_BAWAAN.baris)))
    .option('--max-field-bytes <n>', t(BANTUAN.maxFieldBytes(BATAS_BAWAAN.nilai)))
    .option('--delimiter <char>', t(BANTUAN.delimiter))
    .option('--encoding <name>', t(BANTUAN.encoding))
    .addOption(new Option('--gdp-satuan <satuan>', t(BANTUAN.gdpSatuan)).choices(['mg', 'mmol']))
    .option(
      '--date-format <[file=]format>',
      t(BANTUAN.dateFormat(FORMAT_TANGGAL)),
      (v: string, all: string[] = []) => [...all, v],
    )
    .option('--terima-luar-bulan <file,…>', t(BANTUAN.terimaLuarBulan), (v: string, all: string[] = []) => [...all, v]);
}

function jobOptions(cmd: Command, t: (p: Teks) => string, withWindow: boolean, terima = withWindow): Command {
  const J = BANTUAN.job;
  dialectOptions(cmd, t)
    .requiredOption('--data <dir>', t(J.data))
    .requiredOption('--month <YYYY-MM>', t(J.month))
    .option('--out <dir>', t(J.out), '.')
    .option('--rules <id|file>', t(J.rules))
    .option('--tariffs <id|file>', t(J.tariffs))
    .option('--profil-klinis <name>', t(J.profilKlinis))
    .option('--summary <file>', t(J.summary))
    .addOption(new Option('--label-bulan <what>', t(J.labelBulan)).choices(['layanan', 'bayar']))
    .option('--json', t(J.json))
    .option('--xlsx', t(J.xlsx))
    .option('--csv-excel', t(J.csvExcel))
    .addOption(
      new Option('--format <name>', t(J.format))
        .choices(['rekap-cabang', 'xlsx', 'csv-excel'])
        .argParser((v: string, all: string[] = []) => {
          if (!['rekap-cabang', 'xlsx', 'csv-excel'].includes(v)) throw new InvalidArgumentError(`Allowed choices are rekap-cabang, xlsx, csv-excel.`);
          return [...all, v];
        }),
    )
    .option('--strict', t(J.strict))
    .option('--max-reject-rate <percent>', t(J.maxRejectRate), '1')
    .option('--no-color', t(J.noColor))
    .option('--samarkan <keyfile>', t(J.samarkan))
    .option('--izinkan-kunci-terbuka', t(J.izinkanKunciTerbuka))
    .option('--sampai <YYYY-MM-DD>', t(J.sampai));
  if (terima)
    cmd
      .option(
        '--terima-penurunan <kode,…|semua>',
        t(J.terimaPenurunan),
        (v: string, all: string[] = []) => [...all, v],
      )
      .option('--terima-tarif <kode,…|semua>', t(J.terimaTarif), (v: string, all: string[] = []) => [...all, v]);
  if (withWindow) {
    cmd.addOption(new Option('--window <kind>', t(J.window)).choices(WINDOW_KINDS));
    cmd.addOption(new Option('--average <what>', t(J.average)).choices(['indikator', 'nilai']));
    cmd.option('--wajib-lengkap', t(J.wajibLengkap));
  }
  return cmd;
}

/**
 * commander's own words on a help page in the run's language. English is commander's as it
 * is; in Indonesian the few fixed words it writes (the headings, the "(choices: …,
 * default: …)" after a description, the [options] and [command] of a usage line) are
 * swapped for the catalog's (src/pesan/bantuan.ts). Set on the program before its
 * subcommands exist, which inherit it.
 */
function kataBantuan(b: Bahasa): HelpConfiguration {
  if (b === 'en') return {};
  // Only what commander appends after the description is its own: kbk's words stay untouched.
  const ekor = (asli: string, deskripsi: string): string => {
    const awal = deskripsi && asli.startsWith(deskripsi) ? deskripsi.length : 0;
    return asli.slice(0, awal) + asli.slice(awal).replace(/\b(?:choices|default|preset|env): /g, (k) => BANTUAN.tambahan[k] ?? k);
  };
  return {
    styleTitle: (judul: string): string => BANTUAN.judul[judul] ?? judul,
    optionDescription(this: Help, option: Option): string {
      return ekor(Help.prototype.optionDescription.call(this, option), option.description);
    },
    argumentDescription(this: Help, argument: Argument): string {
      return ekor(Help.prototype.argumentDescription.call(this, argument), argument.description);
    },
    commandUsage(this: Help, cmd: Command): string {
      const asli = Help.prototype.commandUsage.call(this, cmd);
      const usage = cmd.usage();
      if (!asli.endsWith(usage)) return asli;
      const kata = usage.split(' ');
      let i = 0;
      if (kata[i] === '[options]') kata[i++] = BANTUAN.usage['[options]'] as string;
      if (cmd.commands.length > 0 && kata[i] === '[command]') kata[i] = BANTUAN.usage['[command]'] as string;
      return asli.slice(0, asli.length - usage.length) + kata.join(' ');
    },
    subcommandTerm(this: Help, cmd: Command): string {
      const asli = Help.prototype.subcommandTerm.call(this, cmd);
      const kepala = `${cmd.name()}${cmd.aliases()[0] ? `|${cmd.aliases()[0]}` : ''} [options]`;
      return asli.startsWith(kepala) ? `${kepala.slice(0, -'[options]'.length)}${BANTUAN.usage['[options]']}${asli.slice(kepala.length)}` : asli;
    },
  };
}

/** The language of the signal and stdout handlers of jalankan(), set by main(). */
let bahasaProses: Bahasa = 'id';

export function buildProgram(io: Io, konfig: Konfigurasi | null = null): Command {
  const t = (p: Teks): string => teksIo(io, p);
  const program = new Command('kbk');
  // Set before any subcommand exists: the help option, help command and help words are inherited.
  program
    .configureHelp(kataBantuan(bahasaIo(io)))
    .helpOption('-h, --help', t(BANTUAN.opsiBantuan))
    .helpCommand(t(BANTUAN.perintahBantuanNama), t(BANTUAN.perintahBantuan))
    .description(t(BANTUAN.program))
    .version(VERSI, '-V, --version', t(BANTUAN.versi))
    .exitOverride();

  jobOptions(program.command('compute').description(t(BANTUAN.compute)), t, false).action(
    async (o: OpsiCli) => {
      const opsi = opsiJob(o, io);
      const m = bulan(o.month);
      if (opsi.sampai !== undefined && monthOfDay(opsi.sampai) !== m) throw new UsageError(PESAN_CLI.sampaiBukanBulan(o.sampai as string, o.month));
      selesai(await compute(opsi, m), o, io);
    },
  );
  jobOptions(program.command('pay').description(t(BANTUAN.pay)), t, true).action(
    async (o: OpsiCli) => selesai(await pay(opsiJob(o, io), bulan(o.month), false), o, io),
  );
  jobOptions(program.command('run').description(t(BANTUAN.run)), t, true).action(
    async (o: OpsiCli) => selesai(await pay(opsiJob(o, io), bulan(o.month), true), o, io),
  );

  // kbk audit (src/app/audit.ts): the month read as compute reads it, listed participant by participant and referral by referral.
  jobOptions(program.command('audit').description(t(BANTUAN.audit.perintah)), t, false)
    .option('--ppk <kode,…>', t(BANTUAN.audit.ppk), (v: string, all: string[] = []) => [...all, v])
    .action(async (o: OpsiCli & { ppk?: string[] }) => {
      if (o.summary !== undefined) throw new UsageError(PESAN_RINGKASAN_AUDIT);
      if (o.xlsx || o.format?.some((f) => f !== 'csv-excel')) throw new UsageError(PESAN_CLI.auditHanyaCsv);
      const h = await audit(opsiJob(o, io), bulan(o.month), o.ppk);
      tulisSet(h.files, opsiTulis(o));
      catatanNilai(io, h.dipakai);
      peringatan(io, h.peringatan);
      ringkasTolak(h.tolak.ringkasan(), io);
      info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
      io.out(o.json ? JSON.stringify({ audit: ringkasanJsonAudit(h.ringkasan) }, null, 2) + '\n' : tabelAudit(h.ringkasan, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)));
    });

  jobOptions(program.command('banding').description(t(BANTUAN.banding.perintah)), t, true, false)
    .option('--rules-banding <id|file>', t(BANTUAN.banding.rules))
    .option('--profil-klinis-banding <name>', t(BANTUAN.banding.profilKlinis))
    .option('--tariffs-banding <id|file>', t(BANTUAN.banding.tariffs))
    .addOption(new Option('--window-banding <kind>', t(BANTUAN.banding.window)).choices(WINDOW_KINDS))
    .action(async (o: OpsiCli & { rulesBanding?: string; profilKlinisBanding?: string; tariffsBanding?: string; windowBanding?: WindowKind }) => {
      const opsi = opsiJob(o, io);
      const h = await banding(opsi, bulan(o.month), {
        rules: muat(o.rulesBanding, '--rules-banding', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet),
        profilKlinis: o.profilKlinisBanding,
        tariffs: muat(o.tariffsBanding, '--tariffs-banding', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet),
        window: o.windowBanding,
      });
      tulisSet(h.files, opsiTulis(o));
      catatanNilai(io, h.dipakai);
      peringatan(io, h.peringatan);
      info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
      if (o.json) io.out(JSON.stringify({ banding: barisBanding(h).map(jsonRow) }, null, 2) + '\n');
      else io.out(tabelBanding(h, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)) + '\n');
    });

  const V = BANTUAN.validate;
  dialectOptions(program.command('validate'), t)
    .description(t(V.perintah))
    .requiredOption('--data <dir>', t(V.data))
    .option('--month <YYYY-MM>', t(V.month))
    .option('--out <dir>', t(V.out))
    .option('--max-reject-rate <percent>', t(V.maxRejectRate), '1')
    .option('--strict', t(V.strict))
    .option('--json', t(V.json))
    .action(async (o: OpsiCli & { out?: string }) => {
      // The table says per file what the progress lines would.
      const opsi = { ...opsiJob({ ...o, out: o.out ?? '.', color: false }, io), log: () => {} };
      const h = await validate(opsi, o.month === undefined ? null : bulan(o.month));
      if (o.out !== undefined) tulisSet(h.laporan, opsiTulis(o));
      const perFile = h.tolak.ringkasan();
      if (o.json) {
        const files = h.files.map((f) => ({ ...f, ditolak: Object.fromEntries(perFile.get(f.label) ?? []) }));
        io.out(JSON.stringify({ bulan: h.bulan.map(formatMonth), files, kualitas: Object.fromEntries([...h.kualitas].map(([m, v]) => [formatMonth(m), v])) }, null, 2) + '\n');
      } else io.out(masker(tabelValidasi(h.files, perFile, h.kualitas, lebarTerminal(io), bahasaIo(io)))); // it quotes rows: cards masked
      for (const m of h.tidakDibaca) peringatan(io, [PESAN_CLI.validasiTidakDibaca(formatMonth(m))]);
      if (h.files.some((f) => f.hilang)) throw new MissingInputError(PESAN_CLI.validasiHilang(h.files.filter((f) => f.hilang).length));
      const gagal = h.files.filter((f) => f.gagal !== null);
      if (gagal.length > 0) throw new DataError(PESAN_CLI.validasiGagal(gagal.length, h.files.length, gagal.map((f) => f.label)));
    });

  const E = BANTUAN.explain;
  dialectOptions(program.command('explain'), t)
    .description(t(E.perintah))
    .requiredOption('--data <dir>', t(E.data))
    .requiredOption('--month <YYYY-MM>', t(E.month))
    .requiredOption('--ppk <kode>', t(E.ppk))
    .option('--bayar', t(E.bayar))
    .option('--rules <id|file>', t(E.rules))
    .option('--tariffs <id|file>', t(E.tariffs))
    .addOption(new Option('--window <kind>', t(E.window)).choices(WINDOW_KINDS))
    .addOption(new Option('--average <what>', t(E.average)).choices(['indikator', 'nilai']))
    .option('--profil-klinis <name>', t(E.profilKlinis))
    .option('--strict', t(E.strict))
    .option('--max-reject-rate <percent>', t(E.maxRejectRate), '1')
    .option('--json', t(E.json))
    .action(async (o: OpsiCli & { ppk: string; bayar?: boolean }) => {
      if (!o.bayar && (o.tariffs !== undefined || o.window !== undefined || o.average !== undefined))
        throw new UsageError(PESAN_CLI.bayarTanpaBayar);
      const opsi = opsiJob({ ...o, out: '.', color: false }, io);
      if (o.bayar) {
        const { penjelasan, dipakai, peringatan: w } = await jelaskanBayar(opsi, bulan(o.month), o.ppk);
        catatanNilai(io, dipakai);
        peringatan(io, w);
        io.out(o.json ? JSON.stringify(jelaskanBayarJson(penjelasan), null, 2) + '\n' : jelaskanBayarTeks(penjelasan, lebarTerminal(io), bahasaIo(io)));
        return;
      }
      const { penjelasan, dipakai, peringatan: w } = await explain(opsi, bulan(o.month), o.ppk);
      catatanNilai(io, dipakai);
      peringatan(io, w);
      io.out(o.json ? JSON.stringify(penjelasanJson(penjelasan), null, 2) + '\n' : penjelasanTeks(penjelasan, bahasaIo(io)));
    });

  daftarProyeksi(program, io, { opsiJob, bulan, dialek: (cmd) => dialectOptions(cmd, t) });


  program
    .command('gabung')
    .description(t(BANTUAN.gabung.perintah))
    .argument('<folders...>', t(BANTUAN.gabung.folders))
    .requiredOption('--out <dir>', t(BANTUAN.gabung.out))
    .option('--json', t(BANTUAN.gabung.json))
    .action((folders: string[], o: { out: string; json?: boolean; izinkanFolderBersama?: boolean }) => {
      const h = gabung(folders, o.out);
      tulisSet(h.files, opsiTulis(o));
      if (o.json) io.out(JSON.stringify({ gabung: h.ringkasan }, null, 2) + '\n');
      else for (const r of h.ringkasan) io.out(`${teksIo(io, PESAN_CLI.gabungBaris(r.file, r.baris, r.folder))}\n`);
    });

  program
    .command('check')
    .description(t(BANTUAN.check.perintah))
    .argument('<fixtures_dir>', t(BANTUAN.check.fixtures))
    .option('--json', t(BANTUAN.check.json))
    .action(async (dir: string, o: { json?: boolean }) => {
      const r = await check(dir, (m) => info(io, m));
      if (o.json) io.out(JSON.stringify({ fixtures: r.fixtures, laporan: r.files, beda: r.beda.map((b) => ({ ...b, pesan: b.pesan?.en })) }, null, 2) + '\n');
      else {
        for (const d of r.beda) io.out(masker(`DIFF ${teksBeda(d, bahasaIo(io))}\n`)); // a differing line can hold a card
        io.out(`${teksIo(io, PESAN_CLI.checkRingkas(r.fixtures, r.files, r.beda.length))}\n`);
      }
      if (r.beda.length > 0) throw new CheckFailed();
    });

  const rules = program.command('rules').description(t(BANTUAN.rules.perintah));
  rules
    .command('list')
    .description(t(BANTUAN.rules.list))
    .option('--json', t(BANTUAN.rules.listJson))
    .action((o: { json?: boolean }) => {
      const semua = [...SHIPPED_RULE_SETS, ...SHIPPED_TARIFF_SETS];
      if (o.json) return io.out(JSON.stringify(semua.map((s) => ({ id: s.id, schema: s.schema, berlaku: s.berlaku, nama: s.nama })), null, 2) + '\n');
      const k = PESAN_CLI.kolomDaftarAturan;
      io.out(`${t(k.id).padEnd(20)} ${t(k.berlaku).padEnd(19)} ${t(k.nama)}\n`);
      for (const s of semua) io.out(`${s.id.padEnd(20)} ${berlakuTeks(s.berlaku).padEnd(19)} ${s.nama}\n`);
    });
  rules
    .command('show')
    .description(t(BANTUAN.rules.show))
    .argument('<id>', t(BANTUAN.rules.id))
    .option('--json', t(BANTUAN.rules.showJson))
    .action((id: string, o: { json?: boolean }) => {
      // A shipped id, or a rule file (a derived set shows which values its agreement changed).
      const rs = findRuleSet(id) ?? (findTariffSet(id) || !existsSync(id) || (readJson(id).nilai as { schema?: unknown })?.schema === 'kbk-tarif/1' ? undefined : muat(id, 'rules show', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet));
      const ts = rs ? undefined : (findTariffSet(id) ?? (existsSync(id) ? muat(id, 'rules show', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet) : undefined));
      if (!rs && !ts) throw new UsageError(PESAN_CLI.idTidakDikenal(id));
      if (o.json) return io.out(JSON.stringify(rs ?? ts, null, 2) + '\n');
      // The workbook lists the same values as the file writes them; here numbers are in the language's notation.
      const values = rs ? tampilanNilaiAturan(rs) : tampilanNilaiTarif(ts as TariffSet);
      const dasar = rs?.turunan ? findRuleSet(rs.turunan.dasar) : undefined;
      const dariKesepakatan = rs && dasar ? nilaiDariKesepakatan(rs, dasar) : new Set<number>();
      const k = PESAN_CLI.kolomNilaiAturan;
      const baris = (path: string, nilai: string, status: string, sumber: string): string => `${path.padEnd(44)} ${nilai.padEnd(18)} ${status.padEnd(11)} ${sumber}\n`;
      io.out(`${(rs ?? ts)?.id}: ${(rs ?? ts)?.nama}\n`);
      if (rs?.turunan) io.out(`${t(PESAN_CLI.turunanDari(rs.turunan.dasar))}\n`);
      io.out(baris(t(k.path), t(k.nilai), t(k.status), t(k.sumber)));
      values.forEach((v, i) => io.out(baris(`${dariKesepakatan.has(i) ? '* ' : ''}${t(v.path)}`, t(v.nilai), v.status, v.sumber)));
    });
  rules
    .command('validate')
    .description(t(BANTUAN.rules.validate))
    .argument('<file>', t(BANTUAN.rules.file))
    .action((file: string) => {
      const { nilai, ganda } = readJson(file);
      const v = nilai as { schema?: unknown };
      // The same parsing --rules/--tariffs does: what passes here runs.
      try {
        if (v?.schema === 'kbk-tarif/1') parseTariffSet(v, file, ganda);
        else parseRuleSet(v, file, ganda);
      } catch (e) {
        throw e instanceof RulesError ? new DataError(e.teks) : e;
      }
      io.out(`${teksIo(io, PESAN_CLI.berkasSah(file, v?.schema === 'kbk-rules/1'))}\n`);
    });

  program
    .command('config')
    .description(t(BANTUAN.config.perintah))
    .argument(t(BANTUAN.config.argumen), t(BANTUAN.config.command), 'run')
    .option('--json', t(BANTUAN.config.json))
    .action((nama: string, o: { json?: boolean }) => {
      const cmd = program.commands.find((c) => c.name() === nama);
      if (!cmd || nama === 'config') throw new UsageError(PESAN_CLI.perintahTidakDikenal(nama, program.commands.map((c) => c.name()).filter((n) => n !== 'config')));
      const setelan = setelanEfektif(cmd, konfig);
      const asal = (a: string): string => (a === 'default' || a === 'cli' || a === 'env' ? teksIo(io, PESAN_CLI.asal[a]) : a === '' ? teksIo(io, PESAN_CLI.asal.tanpa) : a);
      if (o.json) return io.out(JSON.stringify({ perintah: nama, konfigurasi: konfig?.path ?? null, setelan: setelan.map((x) => ({ opsi: x.opsi, nilai: x.nilai ?? null, asal: x.asal || null })) }, null, 2) + '\n');
      io.out(`${teksIo(io, PESAN_CLI.konfigJudul(konfig?.path ?? null, nama))}\n`);
      const lebar = Math.max(...setelan.map((x) => x.opsi.length));
      for (const x of setelan) io.out(`  ${x.opsi.padEnd(lebar)}  ${x.nilai === undefined ? '-' : JSON.stringify(x.nilai)}  (${asal(x.asal)})\n`);
    });

  umum(program, io);
  if (konfig) terapkanKonfigurasi(program, konfig);
  program.hook('preAction', (_program, cmd) => {
    perintahAktif = namaPerintah(cmd);
    rapikanDaftar(cmd, konfig);
    if (konfig && cmd.name() !== 'config') katakanKonfigurasi(io, cmd, konfig);
  });
  return program;
}

/** The command's words after "kbk" (rules show), for "see kbk rules show --help". */
const namaPerintah = (cmd: Command): string => {
  const nama: string[] = [];
  for (let c: Command | null = cmd; c && c.parent; c = c.parent) nama.unshift(c.name());
  return nama.join(' ');
};

let perintahAktif = '';

/** The settings of this run's config file that change what its reports say (named in their catatan). */
// Acceptances too: a planted config that accepts what would stop a payment must show in the reports.
const SETELAN_CATATAN = ['rules', 'tariffs', 'out', 'samarkan', 'terimaPenurunan', 'terimaTarif', 'terimaLuarBulan', 'maxRejectRate'];
/** This run's catatan from its config file (set before the action runs, read by opsiJob). */
let catatanKonfig: string[] = [];

/**
 * A run that uses a config file says so in one line that --quiet keeps: the file and the
 * settings it gave this command (those the command line did not replace); the ones that
 * change the reports also go into the reports' catatan.
 */
function katakanKonfigurasi(io: Io, cmd: Command, konfig: Konfigurasi): void {
  const dari = (cmd.options as Option[]).filter((o) => cmd.getOptionValueSource(o.attributeName()) === 'config');
  const nama = (o: Option): string => (o.long ?? o.attributeName()).replace(/^--/, '');
  io.err(`kbk: ${teksIo(io, PESAN_CLI.konfigDipakai(basename(konfig.path), konfig.path, dari.map(nama)))}\n`);
  const angkaCatatan = dari.filter((o) => SETELAN_CATATAN.includes(o.attributeName()));
  if (angkaCatatan.length === 0) return;
  const nilai = (o: Option): string => {
    const v = cmd.getOptionValue(o.attributeName()) as unknown;
    return Array.isArray(v) ? v.join(',') : String(v);
  };
  catatanKonfig = [`konfigurasi: ${angkaCatatan.map((o) => `${nama(o)}=${nilai(o)}`).join(', ')} dari ${konfig.path}`];
}

/**
 * What every command takes (README "Every command"): --lang, --quiet, --no-color; and
 * commander's own errors in one line of the chosen language with where to read more.
 */
function umum(program: Command, io: Io): void {
  const semua = (c: Command): Command[] => [c, ...c.commands.flatMap(semua)];
  for (const cmd of semua(program)) {
    const ada = (long: string): boolean => cmd.options.some((o) => o.long === long);
    if (cmd !== program && cmd.commands.length === 0) {
      if (!ada('--lang')) cmd.addOption(new Option('--lang <bahasa>', teksIo(io, BANTUAN.lang)).choices(['id', 'en']));
      if (!ada('--quiet')) cmd.option('-q, --quiet', teksIo(io, BANTUAN.quiet));
      if (!ada('--no-color')) cmd.option('--no-color', teksIo(io, BANTUAN.tanpaWarna));
      // Every command that writes (has --out) may be told to accept a folder others can write.
      if (ada('--out') && !ada('--izinkan-folder-bersama')) cmd.option('--izinkan-folder-bersama', teksIo(io, BANTUAN.izinkanFolderBersama));
    }
    cmd.configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (str, write) => {
        // Help is not repeated after a mistake: one line, and the command whose --help says more.
        perintahAktif = namaPerintah(cmd);
        write(`kbk: ${teksIo(io, PESAN_CLI.galat)}: ${teksIo(io, galatCommander(str))} (${teksIo(io, PESAN_CLI.lihatBantuan(perintahAktif))})\n`);
      },
    });
  }
}

/** --lang and --quiet are read before commander parses, so its own errors already speak the language. */
function opsiAwal(argv: readonly string[]): { lang?: string; diam: boolean } {
  let lang: string | undefined;
  let diam = false;
  argv.forEach((a, i) => {
    if (a === '--lang') lang = argv[i + 1];
    else if (a.startsWith('--lang=')) lang = a.slice(7);
    else if (a === '--quiet' || a === '-q') diam = true;
  });
  return { lang, diam };
}

export async function main(argv: string[], ioAsli: Io = defaultIo()): Promise<number> {
  const awal = opsiAwal(argv.slice(2));
  // Card numbers are personal data: whatever reaches stderr (errors quoting a row, warnings) is
  // masked, and so is stdout: tables and lines whole, a --json document inside its strings.
  const io: Io = { ...ioAsli, out: (s) => ioAsli.out(maskerKeluaran(s)), err: (s) => ioAsli.err(masker(s)), bahasa: pilihBahasa(awal.lang, ioAsli.env), diam: awal.diam };
  perintahAktif = '';
  catatanKonfig = [];
  try {
    // A config file skipped as untrusted is said, with --quiet too (the run differs from what it would hold).
    const konfig = muatKonfigurasi(io.cwd ?? process.cwd(), io.env, (p) => peringatan(io, [p]));
    if (awal.lang === undefined && typeof konfig?.nilai.lang === 'string') io.bahasa = pilihBahasa(konfig.nilai.lang, {});
    if (konfig?.nilai.quiet === true) io.diam = true;
    bahasaProses = io.bahasa as Bahasa;
    await buildProgram(io, konfig).parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    const code = exitCodeFor(e);
    if (e instanceof KbkError) {
      const lihat = e instanceof UsageError ? ` (${teksIo(io, PESAN_CLI.lihatBantuan(perintahAktif))})` : '';
      io.err(`kbk: ${teksIo(io, PESAN_CLI.galat)}: ${teksIo(io, e.teks)}${lihat}\n`);
    } else if (code === EXIT.software) io.err(`kbk: ${teksIo(io, PESAN_CLI.galatInternal)}: ${(e as Error)?.stack ?? String(e)}\n`);
    return code;
  } finally {
    hapusSemua(); // the rejects spill file, and anything a failure left registered
  }
}

/**
 * The process around main(), for bin/kbk.js: SIGINT/SIGTERM remove this run's temporary
 * files before ending (130/143); standard output that cannot be written ends with 73
 * (the report files are already written by then), except a pipe closed by its reader
 * (`kbk … | head`), which is how a reader says it has enough: the run's own code stands.
 */
export async function jalankan(argv: string[]): Promise<void> {
  for (const [sinyal, kode] of [['SIGINT', 130], ['SIGTERM', 143]] as const)
    process.once(sinyal, () => {
      hapusSemua();
      process.stderr.write(`kbk: ${dalam(PESAN_CLI.dihentikan(sinyal), bahasaProses)}\n`);
      process.exit(kode);
    });
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`kbk: ${dalam(PESAN_CLI.galat, bahasaProses)}: ${dalam(PESAN_CLI.stdoutGagal(e.code ?? e.message), bahasaProses)}\n`);
    process.exit(process.exitCode ? process.exitCode : EXIT.cantcreat);
  });
  process.stderr.on('error', () => {
    // Nowhere left to say anything; the exit code still tells.
  });
  process.exitCode = await main(argv);
}
