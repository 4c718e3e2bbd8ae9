// commander wiring of the two commands that examine rather than pay: kbk validate (a month's
// exports read file by file, nothing computed) and kbk check (kbk's reports recomputed for
// each fixture folder and compared with its expected/ set; exit 1 when one differs). What they
// do when they run is src/cli/aksi/periksa.ts, loaded then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { dialectOptions } from './opsi-perintah.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarValidate(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const V = BANTUAN.validate;
  dialectOptions(program.command('validate'), t)
    .description(t(V.perintah))
    .requiredOption('--data <dir>', t(V.data))
    .option('--month <YYYY-MM>', t(V.month))
    .option('--out <dir>', t(V.out))
    .option('--max-reject-rate <percent>', t(V.maxRejectRate), '1')
    .option('--strict', t(V.strict))
    .option('--json', t(V.json))
    .action(saatJalan(io, async () => (await import('./aksi/periksa.js')).validate));
}

export function daftarCheck(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  program
    .command('check')
    .description(t(BANTUAN.check.perintah))
    .argument('<fixtures_dir>', t(BANTUAN.check.fixtures))
    .option('--json', t(BANTUAN.check.json))
    .action(saatJalan(io, async () => (await import('./aksi/periksa.js')).check));
}
