// commander wiring of kbk gabung (src/app/gabung.ts): the reports of several branch folders
// merged into one set under --out. What it does when it runs is src/cli/aksi/gabung.ts, loaded then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarGabung(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  program
    .command('gabung')
    .description(t(BANTUAN.gabung.perintah))
    .argument('<folders...>', t(BANTUAN.gabung.folders))
    .requiredOption('--out <dir>', t(BANTUAN.gabung.out))
    .option('--json', t(BANTUAN.gabung.json))
    .action(saatJalan(io, async () => (await import('./aksi/gabung.js')).gabung));
}
