// commander wiring of kbk laporan (src/app/laporan.ts): laporan-YYYY-MM.html from the
// reports already in --out. What it does when it runs is src/cli/aksi/laporan.ts, loaded then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarLaporan(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const L = BANTUAN.laporan;
  program
    .command('laporan')
    .description(t(L.perintah))
    .requiredOption('--out <dir>', t(L.out))
    .requiredOption('--month <YYYY-MM>', t(L.month))
    .option('--rules <id|file>', t(L.rules))
    .option('--tariffs <id|file>', t(L.tariffs))
    .action(saatJalan(io, async () => (await import('./aksi/laporan.js')).laporan));
}
