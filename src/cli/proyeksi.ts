// commander wiring of kbk proyeksi (src/app/proyeksi.ts): a mid-month export projected to
// the month's end. What it does when it runs is src/cli/aksi/proyeksi.ts, loaded then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { dialectOptions } from './opsi-perintah.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarProyeksi(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const P = BANTUAN.proyeksi;
  dialectOptions(program.command('proyeksi'), t)
    .description(t(P.perintah))
    .requiredOption('--data <dir>', t(P.data))
    .requiredOption('--month <YYYY-MM>', t(P.month))
    .option('--sampai <YYYY-MM-DD>', t(P.sampai))
    .option('--out <dir>', t(P.out))
    .option('--rules <id|file>', t(P.rules))
    .option('--profil-klinis <name>', t(P.profilKlinis))
    .option('--json', t(P.json))
    .option('--strict', t(P.strict))
    .option('--max-reject-rate <percent>', t(P.maxRejectRate), '1')
    .option('--no-color', t(P.noColor))
    .action(saatJalan(io, async () => (await import('./aksi/proyeksi.js')).proyeksi));
}
