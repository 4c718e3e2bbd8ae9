// commander wiring of kbk rules list / show / validate: the shipped rule and tariff sets,
// one set's values with their status and source, and a rule or tariff file checked the way
// --rules / --tariffs read it. What they do when they run is src/cli/aksi/aturan.ts, loaded
// then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarAturan(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const rules = program.command('rules').description(t(BANTUAN.rules.perintah));
  rules
    .command('list')
    .description(t(BANTUAN.rules.list))
    .option('--json', t(BANTUAN.rules.listJson))
    .action(saatJalan(io, async () => (await import('./aksi/aturan.js')).list));
  rules
    .command('show')
    .description(t(BANTUAN.rules.show))
    .argument('<id>', t(BANTUAN.rules.id))
    .option('--json', t(BANTUAN.rules.showJson))
    .action(saatJalan(io, async () => (await import('./aksi/aturan.js')).show));
  rules
    .command('validate')
    .description(t(BANTUAN.rules.validate))
    .argument('<file>', t(BANTUAN.rules.file))
    .action(saatJalan(io, async () => (await import('./aksi/aturan.js')).validate));
}
