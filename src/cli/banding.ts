// commander wiring of kbk banding (src/app/banding.ts): the payment month under two sets of
// terms (the run's and the *-banding ones) from one read of the exports, side by side. What it
// does when it runs is src/cli/aksi/banding.ts, loaded then.
import { Option, type Command } from 'commander';
import { WINDOW_KINDS } from '../core/month.js';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { jobOptions } from './opsi-perintah.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarBanding(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  jobOptions(program.command('banding').description(t(BANTUAN.banding.perintah)), t, true, false)
    .option('--rules-banding <id|file>', t(BANTUAN.banding.rules))
    .option('--profil-klinis-banding <name>', t(BANTUAN.banding.profilKlinis))
    .option('--tariffs-banding <id|file>', t(BANTUAN.banding.tariffs))
    .addOption(new Option('--window-banding <kind>', t(BANTUAN.banding.window)).choices(WINDOW_KINDS))
    .action(saatJalan(io, async () => (await import('./aksi/banding.js')).banding));
}
