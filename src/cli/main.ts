// commander wiring only: parse options, call a job, write its files, print. Errors travel
// up to main(), the single point that maps them to exit codes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ChalkInstance } from 'chalk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { check, type Beda } from '../app/check.js';
import { validate } from '../app/validate.js';
import { banding, barisBanding } from '../app/banding.js';
import { gabung } from '../app/gabung.js';
import { compute, explain, pay, type HasilJob, type OpsiJob } from '../app/jobs.js';
import { catatanProvisional } from '../report/catatan.js';
import { penjelasanJson, penjelasanTeks } from '../report/explain.js';
import { formatMonth, monthOfDay, parseDate, parseMonth, type DayNumber, type WindowKind } from '../core/month.js';
import { DataError, KbkError, MissingInputError, UsageError } from '../errors.js';
import { findRuleSet, findTariffSet, parseRuleSet, parseTariffSet, RulesError, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';
import { daftarNilaiAturan, daftarNilaiTarif } from '../rules/provenance.js';
import { berlakuTeks, type RuleSet, type TariffSet } from '../rules/schema.js';
import { pemisahDari, type Encoding, type OpsiDialek } from '../ingest/dialek.js';
import { FORMAT_TANGGAL, type FormatTanggal } from '../ingest/dates.js';
import { barisCapaian, barisKapitasi } from '../report/columns.js';
import { lebarTerminal, tabelBanding, tabelCapaian, tabelKapitasi, tabelValidasi } from '../report/table.js';
import { barisRekap, tabelRekap } from '../report/rekap.js';
import { tulisSet } from '../report/write.js';
import { hmacKartu, kunciDari, masker, PANJANG_KUNCI_MIN } from '../report/samaran.js';
import { hapusSemua } from '../sementara.js';
import { kemajuanTerminal } from '../report/kemajuan.js';
import { BATAS_BAWAAN } from '../ingest/csv.js';
import { CheckFailed, EXIT, exitCodeFor } from './exit.js';
import { bahasaIo, info, infoBaris, peringatan, teksIo, warna, type Io } from './keluaran.js';
import { muatKonfigurasi, rapikanDaftar, setelanEfektif, terapkanKonfigurasi, type Konfigurasi } from './konfigurasi.js';
import { galatCommander, PESAN_CLI } from '../pesan/cli.js';
import { angka, dalam, pilihBahasa, type Bahasa, type Pesan } from '../pesan/index.js';
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

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MissingInputError(code === 'ENOENT' ? PESAN_CLI.fileTidakAda(file) : code === 'EISDIR' ? PESAN_CLI.fileAdalahFolder(file) : PESAN_CLI.fileTidakTerbaca(file, code ?? String(e)));
  }
  try {
    return JSON.parse(text);
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
  parseFile: (v: unknown, origin: string) => T,
): T | undefined {
  if (arg === undefined) return undefined;
  const hit = shipped.find((s) => s.id === arg);
  if (hit) return hit;
  if (!existsSync(arg)) throw new UsageError(PESAN_CLI.bukanIdAtauFile(flag, arg, typeof what === 'string' ? { id: what, en: what } : what, shipped.map((s) => s.id)));
  try {
    return parseFile(readJson(arg), arg);
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
}

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

/** --terima-penurunan KODE[,KODE] (repeatable) or semua/all. */
function terima(args: string[] | undefined): ReadonlySet<string> | 'semua' | undefined {
  if (args === undefined) return undefined;
  const kode = args.flatMap((a) => a.split(',')).map((k) => k.trim()).filter((k) => k !== '');
  if (kode.some((k) => k === 'semua' || k === 'all')) return 'semua';
  return new Set(kode);
}

/** --samarkan KEYFILE: the keyed hash of card numbers, with the branch's key. */
function samarkanDengan(path: string, io: Io): (kartu: string) => string {
  let isi: Uint8Array;
  try {
    isi = readFileSync(path);
  } catch (e) {
    throw new MissingInputError(PESAN_CLI.kunciTakTerbaca(path, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  const kunci = kunciDari(isi);
  if (kunci.length < PANJANG_KUNCI_MIN)
    throw new UsageError(PESAN_CLI.kunciPendek(path, kunci.length, PANJANG_KUNCI_MIN));
  if ((statSync(path).mode & 0o077) !== 0) peringatan(io, [PESAN_CLI.kunciTerbuka(path)]);
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
  return {
    kemajuan: io.terminalErr && !io.diam ? kemajuanTerminal(io.terminalErr, bahasaIo(io)).kemajuan : undefined,
    ringkasan: o.summary === undefined ? undefined : { path: o.summary, labelBulan: o.labelBulan ?? 'layanan' },
    format: { xlsx: o.xlsx || o.format?.includes('xlsx'), csvExcel: o.csvExcel || o.format?.includes('csv-excel'), rekapCabang: o.format?.includes('rekap-cabang') },
    profilKlinis: o.profilKlinis,
    padaBerhenti(tolak, ringkasan) {
      // A run stopped by bad data writes no report, but its rejects: the rows to fix.
      try {
        tulisSet(tolak);
        ringkasTolak(ringkasan, io);
        // Said with --quiet too: the run failed, and this is where to look.
        io.err(`kbk: ${teksIo(io, PESAN_CLI.tanpaLaporan(tolak.map((t) => t.path)))}\n`);
      } catch (w) {
        io.err(`kbk: ${teksIo(io, PESAN_CLI.tolakGagalDitulis((w as Error).message))}\n`);
      }
    },
    terimaPenurunan: terima(o.terimaPenurunan),
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
    samarkan: o.samarkan === undefined ? undefined : samarkanDengan(o.samarkan, io),
    log: (m) => info(io, m),
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
  tulisSet(h.files);
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
function dialectOptions(cmd: Command): Command {
  return cmd
    .option('--max-row-bytes <n>', `a row longer than this is rejected unread, its first bytes kept in the rejects (default ${BATAS_BAWAAN.baris})`)
    .option('--max-field-bytes <n>', `a value longer than this rejects its row (default ${BATAS_BAWAAN.nilai})`)
    .option('--delimiter <char>', 'field delimiter of every file: , ; tab or | (default: sniffed per file)')
    .option('--encoding <name>', 'text encoding of every file: utf-8, windows-1252 or utf-16le (default: sniffed per file)')
    .option(
      '--date-format <[file=]format>',
      `date format (${FORMAT_TANGGAL.join(', ')}) of every file, or of one file (kontak.csv=mm/dd/yyyy, 2024-06/kontak.csv=…); repeatable (default: guessed per file from its first date)`,
      (v: string, all: string[] = []) => [...all, v],
    );
}

function jobOptions(cmd: Command, withWindow: boolean, terima = withWindow): Command {
  dialectOptions(cmd)
    .requiredOption('--data <dir>', 'data folder: fktp.csv, optional diagnosa.csv, one YYYY-MM folder per month')
    .requiredOption('--month <YYYY-MM>', 'the month')
    .option('--out <dir>', 'folder for the reports', '.')
    .option('--rules <id|file>', 'use this rule set for every month (an id, or a JSON file in the kbk-rules/2 schema; /1 is read too)')
    .option('--tariffs <id|file>', 'use this tariff set (an id, or a JSON file in the kbk-tarif/1 schema)')
    .option('--profil-klinis <name>', 'the rule set\'s clinical profile that decides "terkendali" (kbk-2019: standar, ketat; default: the rule set\'s bawaan)')
    .option('--summary <file>', 'read the months\' counts per facility from a branch "Capaian KBK" workbook (.xlsx, a sheet a month) or CSV instead of the month folders; --data still gives fktp.csv')
    .addOption(new Option('--label-bulan <what>', 'with --summary: the workbook\'s months are the months of service (layanan, default) or payment months, one later (bayar)').choices(['layanan', 'bayar']))
    .option('--json', 'print the reports as JSON on stdout instead of a table')
    .option('--xlsx', 'also write kbk-YYYY-MM.xlsx: a workbook of the reports, the recap, the rejects and the rule values')
    .option('--csv-excel', 'write the CSV reports the way Indonesian Excel opens them (BOM, ;, decimal comma, CRLF)')
    .addOption(
      new Option('--format <name>', 'more reports: rekap-cabang (the months in the branch\'s own "Capaian KBK" layout), xlsx, csv-excel; repeatable')
        .choices(['rekap-cabang', 'xlsx', 'csv-excel'])
        .argParser((v: string, all: string[] = []) => {
          if (!['rekap-cabang', 'xlsx', 'csv-excel'].includes(v)) throw new InvalidArgumentError(`Allowed choices are rekap-cabang, xlsx, csv-excel.`);
          return [...all, v];
        }),
    )
    .option('--strict', 'stop at the first bad row')
    .option('--max-reject-rate <percent>', 'stop when a file has more rejected rows than this share', '1')
    .option('--no-color', 'no colour in the terminal table')
    .option('--samarkan <keyfile>', 'replace the card numbers in the files that list people (tolak, audit, jangkauan) by their HMAC-SHA-256 with this key: a facility holding the same key can match its own list')
    .option('--sampai <YYYY-MM-DD>', 'the exports hold data up to this day only (a mid-month export): the month is reported as incomplete; kbk also sees it alone when the latest contact is days before the month\'s end');
  if (terima)
    cmd.option(
      '--terima-penurunan <kode,…|semua>',
      'accept, for these facilities (or all), a fall of registered participants below the rule set\'s share of the month before, or a payment of Rp 0, which otherwise stop the run as a probably damaged export; repeatable',
      (v: string, all: string[] = []) => [...all, v],
    );
  if (withWindow) {
    cmd.addOption(new Option('--window <kind>', 'assessment window: block (calendar quarter before) or rolling (P-3..P-1); default from the rule set').choices(['block', 'rolling']));
    cmd.addOption(new Option('--average <what>', 'average each indicator, or the monthly total nilai; default from the rule set').choices(['indikator', 'nilai']));
    cmd.option('--wajib-lengkap', 'refuse (exit 65) a window with a missing or incomplete month instead of averaging the months there are with a warning');
  }
  return cmd;
}

/** The language of the signal and stdout handlers of jalankan(), set by main(). */
let bahasaProses: Bahasa = 'id';

export function buildProgram(io: Io, konfig: Konfigurasi | null = null): Command {
  const program = new Command('kbk');
  program
    .description('Kapitasi Berbasis Kinerja: performance-adjusted FKTP capitation from BPJS monthly exports')
    .version(VERSI)
    .exitOverride();

  jobOptions(program.command('compute').description('assess one month: capaian-YYYY-MM.csv (AK, RRNS, RPPT, ratings, nilai)'), false).action(
    async (o: OpsiCli) => {
      const opsi = opsiJob(o, io);
      const m = bulan(o.month);
      if (opsi.sampai !== undefined && monthOfDay(opsi.sampai) !== m) throw new UsageError(PESAN_CLI.sampaiBukanBulan(o.sampai as string, o.month));
      selesai(await compute(opsi, m), o, io);
    },
  );
  jobOptions(program.command('pay').description('payable capitation for payment month YYYY-MM: kapitasi-YYYY-MM.csv'), true).action(
    async (o: OpsiCli) => selesai(await pay(opsiJob(o, io), bulan(o.month), false), o, io),
  );
  jobOptions(program.command('run').description('compute the assessment months the payment month needs, then pay'), true).action(
    async (o: OpsiCli) => selesai(await pay(opsiJob(o, io), bulan(o.month), true), o, io),
  );

  // kbk audit (src/app/audit.ts): the month read as compute reads it, listed participant by participant and referral by referral.
  jobOptions(program.command('audit').description('which participants and referrals of one month were counted, and why: audit-, audit-rujukan- and jangkauan-YYYY-MM.csv (personal data: written 0600)'), false)
    .option('--ppk <kode,…>', 'only these facilities\' rows (comma-separated; repeatable)', (v: string, all: string[] = []) => [...all, v])
    .action(async (o: OpsiCli & { ppk?: string[] }) => {
      if (o.summary !== undefined) throw new UsageError(PESAN_RINGKASAN_AUDIT);
      if (o.xlsx || o.format?.some((f) => f !== 'csv-excel')) throw new UsageError(PESAN_CLI.auditHanyaCsv);
      const h = await audit(opsiJob(o, io), bulan(o.month), o.ppk);
      tulisSet(h.files);
      catatanNilai(io, h.dipakai);
      peringatan(io, h.peringatan);
      ringkasTolak(h.tolak.ringkasan(), io);
      info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
      io.out(o.json ? JSON.stringify({ audit: ringkasanJsonAudit(h.ringkasan) }, null, 2) + '\n' : tabelAudit(h.ringkasan, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)));
    });

  jobOptions(program.command('banding').description('one payment month under two rule sets, clinical profiles or tariff sets: banding-YYYY-MM.csv, per facility and in total'), true, false)
    .option('--rules-banding <id|file>', 'the rule set to compare with (default: the same as --rules or the one in force)')
    .option('--profil-klinis-banding <name>', 'the clinical profile to compare with (e.g. ketat)')
    .option('--tariffs-banding <id|file>', 'the tariff set to compare with')
    .action(async (o: OpsiCli & { rulesBanding?: string; profilKlinisBanding?: string; tariffsBanding?: string }) => {
      const opsi = opsiJob(o, io);
      const h = await banding(opsi, bulan(o.month), {
        rules: muat(o.rulesBanding, '--rules-banding', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet),
        profilKlinis: o.profilKlinisBanding,
        tariffs: muat(o.tariffsBanding, '--tariffs-banding', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet),
      });
      tulisSet(h.files);
      catatanNilai(io, h.dipakai);
      peringatan(io, h.peringatan);
      info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
      if (o.json) io.out(JSON.stringify({ banding: barisBanding(h).map(jsonRow) }, null, 2) + '\n');
      else io.out(tabelBanding(h, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)) + '\n');
    });

  dialectOptions(program.command('validate'))
    .description('read every export as compute would and report per file (rows, rejects by reason, facilities, dates); compute nothing')
    .requiredOption('--data <dir>', 'data folder')
    .option('--month <YYYY-MM>', 'only this month (default: every YYYY-MM folder)')
    .option('--out <dir>', 'write tolak-YYYY-MM.csv for each month here (default: write nothing)')
    .option('--max-reject-rate <percent>', 'a file with more rejected rows than this share fails', '1')
    .option('--strict', 'a file fails at its first bad row')
    .option('--json', 'print the per-file summary as JSON')
    .action(async (o: OpsiCli & { out?: string }) => {
      // The table says per file what the progress lines would.
      const opsi = { ...opsiJob({ ...o, out: o.out ?? '.', color: false }, io), log: () => {} };
      const h = await validate(opsi, o.month === undefined ? null : bulan(o.month));
      if (o.out !== undefined) tulisSet(h.laporan);
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

  dialectOptions(program.command('explain'))
    .description('how each number of one facility and month was reached, and the gap to the next rating and payment band')
    .requiredOption('--data <dir>', 'data folder')
    .requiredOption('--month <YYYY-MM>', 'the assessment month (with --bayar: the payment month)')
    .requiredOption('--ppk <kode>', 'the facility code (kode_ppk)')
    .option('--bayar', 'explain the payment of payment month --month: the window\'s months, each month\'s indicators and ratings, the averaging, the floor, the Rupiah')
    .option('--rules <id|file>', 'use this rule set instead of the one in force')
    .option('--tariffs <id|file>', 'with --bayar: use this tariff set')
    .addOption(new Option('--window <kind>', 'with --bayar: assessment window, block or rolling (default from the rule set)').choices(['block', 'rolling']))
    .addOption(new Option('--average <what>', 'with --bayar: average each indicator, or the monthly total nilai (default from the rule set)').choices(['indikator', 'nilai']))
    .option('--profil-klinis <name>', 'the rule set\'s clinical profile that decides "terkendali" (default: the rule set\'s bawaan)')
    .option('--strict', 'stop at the first bad row')
    .option('--max-reject-rate <percent>', 'stop when a file has more rejected rows than this share', '1')
    .option('--json', 'print the explanation as JSON')
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

  daftarProyeksi(program, io, { opsiJob, bulan, dialek: dialectOptions });


  program
    .command('gabung')
    .description('merge the reports of several runs (one per branch, same months) into one set: capaian, kapitasi and tolak concatenated, the recap added up')
    .argument('<folders...>', 'the report folders of the runs')
    .requiredOption('--out <dir>', 'folder for the merged reports')
    .option('--json', 'print what was merged as JSON')
    .action((folders: string[], o: { out: string; json?: boolean }) => {
      const h = gabung(folders, o.out);
      tulisSet(h.files);
      if (o.json) io.out(JSON.stringify({ gabung: h.ringkasan }, null, 2) + '\n');
      else for (const r of h.ringkasan) io.out(`${teksIo(io, PESAN_CLI.gabungBaris(r.file, r.baris, r.folder))}\n`);
    });

  program
    .command('check')
    .description('recompute every fixture month and compare with its expected reports (exit 1 on a difference)')
    .argument('<fixtures_dir>', 'a fixture (data folder with expected/) or a folder of fixtures')
    .option('--json', 'print the result as JSON: fixtures, reports, and each difference with its first differing line')
    .action(async (dir: string, o: { json?: boolean }) => {
      const r = await check(dir, (m) => info(io, m));
      if (o.json) io.out(JSON.stringify({ fixtures: r.fixtures, laporan: r.files, beda: r.beda.map((b) => ({ ...b, pesan: b.pesan?.en })) }, null, 2) + '\n');
      else {
        for (const d of r.beda) io.out(masker(`DIFF ${teksBeda(d, bahasaIo(io))}\n`)); // a differing line can hold a card
        io.out(`${teksIo(io, PESAN_CLI.checkRingkas(r.fixtures, r.files, r.beda.length))}\n`);
      }
      if (r.beda.length > 0) throw new CheckFailed();
    });

  const rules = program.command('rules').description('the rule sets and tariff sets, with the provenance of every number');
  rules
    .command('list')
    .description('list the shipped rule sets and tariff sets')
    .option('--json', 'print the list as JSON: id, schema, validity period, name')
    .action((o: { json?: boolean }) => {
      const semua = [...SHIPPED_RULE_SETS, ...SHIPPED_TARIFF_SETS];
      if (o.json) return io.out(JSON.stringify(semua.map((s) => ({ id: s.id, schema: s.schema, berlaku: s.berlaku, nama: s.nama })), null, 2) + '\n');
      for (const s of semua) io.out(`${s.id.padEnd(20)} ${berlakuTeks(s.berlaku).padEnd(19)} ${s.nama}\n`);
    });
  rules
    .command('show')
    .description('every number of a rule set or tariff set with its status (verified/provisional/design) and source')
    .argument('<id>', 'rule set or tariff set id')
    .option('--json', 'print the set itself as JSON')
    .action((id: string, o: { json?: boolean }) => {
      const rs = findRuleSet(id);
      const ts = rs ? undefined : findTariffSet(id);
      if (!rs && !ts) throw new UsageError(PESAN_CLI.idTidakDikenal(id));
      if (o.json) return io.out(JSON.stringify(rs ?? ts, null, 2) + '\n');
      const values = rs ? daftarNilaiAturan(rs) : daftarNilaiTarif(ts as TariffSet);
      io.out(`${id}: ${(rs ?? ts)?.nama}\n`);
      for (const v of values) io.out(`${v.path.padEnd(44)} ${v.nilai.padEnd(18)} ${v.status.padEnd(11)} ${v.sumber}\n`);
    });
  rules
    .command('validate')
    .description('check a rules or tariff file against the schema')
    .argument('<file>', 'JSON file (kbk-rules/1 or kbk-tarif/1)')
    .action((file: string) => {
      const v = readJson(file) as { schema?: unknown };
      // The same parsing --rules/--tariffs does: what passes here runs.
      try {
        if (v?.schema === 'kbk-tarif/1') parseTariffSet(v, file);
        else parseRuleSet(v, file);
      } catch (e) {
        throw e instanceof RulesError ? new DataError(e.teks) : e;
      }
      io.out(`${teksIo(io, PESAN_CLI.berkasSah(file, v?.schema === 'kbk-rules/1'))}\n`);
    });

  program
    .command('config')
    .description('the settings a command runs with, and where each comes from (a config file, the default)')
    .argument('[command]', 'the command (default: run)', 'run')
    .option('--json', 'print the settings as JSON')
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

/**
 * What every command takes (README "Every command"): --lang, --quiet, --no-color; and
 * commander's own errors in one line of the chosen language with where to read more.
 */
function umum(program: Command, io: Io): void {
  const semua = (c: Command): Command[] => [c, ...c.commands.flatMap(semua)];
  for (const cmd of semua(program)) {
    const ada = (long: string): boolean => cmd.options.some((o) => o.long === long);
    if (cmd !== program && cmd.commands.length === 0) {
      if (!ada('--lang')) cmd.addOption(new Option('--lang <bahasa>', 'language of what is printed: id (Indonesian, the default) or en; LANG/LC_ALL starting with en also gives English').choices(['id', 'en']));
      if (!ada('--quiet')) cmd.option('-q, --quiet', 'print warnings and errors only (no progress, notes or summaries on stderr)');
      if (!ada('--no-color')) cmd.option('--no-color', 'no colour in what is printed');
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
  // Card numbers are personal data: whatever reaches stderr (errors quoting a row, warnings) is masked.
  const io: Io = { ...ioAsli, err: (s) => ioAsli.err(masker(s)), bahasa: pilihBahasa(awal.lang, ioAsli.env), diam: awal.diam };
  perintahAktif = '';
  try {
    const konfig = muatKonfigurasi(io.cwd ?? process.cwd(), io.env);
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
