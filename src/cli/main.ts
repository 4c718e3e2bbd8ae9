// The program skeleton: the commands registered in the order --help lists them, what every
// command takes (umum), the config file's hooks, and main(), the single point that maps
// errors to exit codes (src/cli/exit.ts) and prints them. Each command group's wiring is in
// its own file (hitung, audit, banding, periksa, jelaskan, proyeksi, gabung, aturan, config),
// the flags-to-job mapping in opsi.ts.
import { Command, Option } from 'commander';
import { KbkError, UsageError } from '../errors.js';
import { masker, maskerKeluaran } from '../report/samaran.js';
import { hapusSemua } from '../sementara.js';
import { VERSI } from '../versi.js';
import { EXIT, exitCodeFor } from './exit.js';
import { bungkusProsa, lebarTerminal } from '../report/table-engine.js';
import { bahasaIo, peringatan, teksIo, type Io } from './output.js';
import { aturCatatanKonfig, daftarKonfig, katakanKonfigurasi, muatKonfigurasi, rapikanDaftar, terapkanKonfigurasi, type Konfigurasi } from './config.js';
import { kataBantuan } from './help.js';
import { daftarHitung } from './hitung.js';
import { daftarAudit } from './audit.js';
import { daftarSampel } from './sampel.js';
import { daftarBanding } from './banding.js';
import { daftarCheck, daftarValidate } from './periksa.js';
import { daftarJelaskan } from './jelaskan.js';
import { daftarProyeksi } from './proyeksi.js';
import { daftarBeritaAcara } from './berita-acara.js';
import { daftarGabung } from './gabung.js';
import { daftarLaporan } from './laporan.js';
import { daftarRekredensialing, daftarTren } from './tren.js';
import { daftarAturan } from './aturan.js';
import { galatCommander, PESAN_CLI } from '../pesan/cli.js';
import { dalam, pilihBahasa, type Bahasa, type Teks } from '../pesan/index.js';
import { BANTUAN } from '../pesan/bantuan.js';
import { jarakEdit } from '../ingest/headers.js';

export type { Io } from './output.js';

const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  terminalErr: process.stderr.isTTY ? process.stderr : undefined,
  lebar: process.stdout.isTTY ? process.stdout.columns : undefined,
});

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

  // The order here is the order of kbk --help.
  daftarHitung(program, io); // compute, pay, run
  daftarAudit(program, io);
  daftarSampel(program, io);
  daftarBanding(program, io);
  daftarValidate(program, io);
  daftarJelaskan(program, io); // explain
  daftarProyeksi(program, io);
  daftarBeritaAcara(program, io); // the minutes of a month (issue 20)
  daftarTren(program, io);
  daftarRekredensialing(program, io);
  daftarGabung(program, io);
  daftarLaporan(program, io);
  daftarCheck(program, io);
  daftarAturan(program, io); // rules list, show, validate
  daftarKonfig(program, io, konfig); // config
  // The Indonesian names people guess (kbk hitung, kbk bayar); banding, gabung, proyeksi are the names themselves.
  for (const c of program.commands) {
    const alias = ALIAS[c.name()];
    if (alias) c.alias(alias);
  }

  umum(program, io);
  if (konfig) terapkanKonfigurasi(program, konfig);
  program.hook('preAction', (_program, cmd) => {
    perintahAktif = namaPerintah(cmd);
    // Cron-quiet: a command that writes its reports to files prints nothing on stdout with --quiet, unless --json asks.
    if (io.diam && cmd.options.some((o) => o.long === '--out') && cmd.opts().json !== true) io.out = () => {};
    rapikanDaftar(cmd, konfig);
    if (konfig && cmd.name() !== 'config') aturCatatanKonfig(katakanKonfigurasi(io, cmd, konfig));
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

/** The command's long option nearest to a mistyped one (--mnth → --month), or the ones that begin with it; null when none is near. */
function opsiTerdekat(nama: string, cmd: Command): string | null {
  if (!nama.startsWith('--')) return null;
  const semua = cmd.options.filter((o) => !o.hidden && o.long).map((o) => o.long as string);
  let terbaik: string | null = null;
  let jarak = Math.max(2, Math.floor((nama.length - 2) * 0.4));
  for (const l of semua) {
    const d = jarakEdit(nama.slice(2), l.slice(2));
    if (d <= jarak && (terbaik === null || d < jarak)) [terbaik, jarak] = [l, d];
  }
  if (terbaik !== null && jarak <= 1) return terbaik;
  const awalan = semua.filter((l) => l.startsWith(nama));
  return awalan.length > 0 && awalan.length <= 3 ? awalan.join(', ') : terbaik;
}

/** Each command's Indonesian alias (shown in help as compute|hitung). */
const ALIAS: Record<string, string> = { compute: 'hitung', pay: 'bayar', run: 'jalankan', validate: 'periksa', explain: 'jelaskan', check: 'cek', rules: 'aturan' };

/**
 * The command line before commander reads it: --bulan becomes --month, and an option the
 * command does not know is reported first, with the closest one it does (commander would
 * name a missing required option first: --mnth 2024-06 → "--month missing"). Options are
 * checked on the command that runs (the last command word); help (-h) is left to commander.
 */
function periksaArgumen(program: Command, args: string[]): string[] {
  const hasil = [...args];
  if (hasil.includes('-h') || hasil.includes('--help')) return hasil;
  let cmd = program;
  for (let i = 0; i < hasil.length; i++) {
    const a = hasil[i] as string;
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') {
      if (cmd.commands.length === 0) continue; // an argument of the command
      const sub = cmd.commands.find((c) => c.name() === a || c.aliases().includes(a));
      if (!sub) break; // commander says "unknown command"
      cmd = sub;
      continue;
    }
    if (cmd.commands.length > 0) continue;
    const eq = a.indexOf('=');
    let nama = a.startsWith('--') ? (eq < 0 ? a : a.slice(0, eq)) : a.slice(0, 2);
    if (nama === '--bulan' && cmd.options.some((o) => o.long === '--month')) {
      nama = '--month';
      hasil[i] = eq < 0 ? nama : `${nama}${a.slice(eq)}`;
    }
    const opsi = cmd.options.find((o) => o.long === nama || o.short === nama);
    if (!opsi) {
      perintahAktif = namaPerintah(cmd);
      throw new UsageError(PESAN_CLI.opsiTidakDikenal(nama, opsiTerdekat(nama, cmd)));
    }
    else if (eq < 0 && (a.startsWith('--') || a.length === 2) && (opsi.required || (opsi.optional && !(hasil[i + 1] ?? '-').startsWith('-')))) i++;
  }
  return hasil;
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
      if (!ada('--quiet')) cmd.option('-q, --quiet', teksIo(io, ada('--out') ? BANTUAN.quietLaporan : BANTUAN.quiet));
      const month = cmd.options.find((o) => o.long === '--month');
      if (month) month.description += ` (${teksIo(io, BANTUAN.jugaBulan)})`;
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
  // Lines on stderr wrap on words to stderr's width when it is a terminal (unchanged when it is not).
  const lebarErr = lebarTerminal({ isTTY: ioAsli.terminalErr !== undefined, env: ioAsli.env, lebar: ioAsli.terminalErr?.columns });
  const io: Io = { ...ioAsli, out: (s) => ioAsli.out(maskerKeluaran(s)), err: (s) => ioAsli.err(bungkusProsa(masker(s), lebarErr)), bahasa: pilihBahasa(awal.lang, ioAsli.env), diam: awal.diam };
  perintahAktif = '';
  aturCatatanKonfig([]);
  try {
    // A config file skipped as untrusted is said, with --quiet too (the run differs from what it would hold).
    const konfig = muatKonfigurasi(io.cwd ?? process.cwd(), io.env, (p) => peringatan(io, [p]));
    if (awal.lang === undefined && typeof konfig?.nilai.lang === 'string') io.bahasa = pilihBahasa(konfig.nilai.lang, {});
    if (konfig?.nilai.quiet === true) io.diam = true;
    bahasaProses = io.bahasa as Bahasa;
    const program = buildProgram(io, konfig);
    // Plain `kbk`: a person asking what kbk does; the help on stdout (cron mails stdout too), exit 0.
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv.slice(0, 2), ...periksaArgumen(program, argv.slice(2))]);
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
