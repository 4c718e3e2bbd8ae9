// commander wiring of kbk sampel (src/app/sampel.ts). What it does when it runs (the seed
// checked or drawn, the sample's files, the table) is src/cli/aksi/sampel.ts, loaded then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { jobOptions } from './opsi-perintah.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarSampel(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const cmd = jobOptions(program.command('sampel').description(t(BANTUAN.sampel.perintah)), t, false)
    .option('--seed <n>', t(BANTUAN.sampel.seed))
    .option('--benih <n>', t(BANTUAN.sampel.benih))
    .option('--ukuran <n>', t(BANTUAN.sampel.ukuran));
  const xlsx = cmd.options.find((o) => o.long === '--xlsx');
  if (xlsx) xlsx.description = t(BANTUAN.sampel.xlsx);
  // The reading options that do not apply to a sample (refused with their reason below) are not offered.
  for (const o of cmd.options) if (['--summary', '--label-bulan', '--samarkan', '--izinkan-kunci-terbuka', '--tariffs'].includes(o.long ?? '')) o.hidden = true;
  cmd.action(saatJalan(io, async () => (await import('./aksi/sampel.js')).sampel));
}
