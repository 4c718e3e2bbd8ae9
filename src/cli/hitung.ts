// commander wiring of kbk compute, pay and run: the assessment months and the payment month.
// What each run does and ends with is src/cli/aksi/hitung.ts, loaded when one of them runs.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { jobOptions, opsiVerifikasi } from './opsi-perintah.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarHitung(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const html = (cmd: Command): Command => cmd.option('--html', t(BANTUAN.job.html));
  html(opsiVerifikasi(jobOptions(program.command('compute').description(t(BANTUAN.compute)), t, false, false, BANTUAN.job.monthPenilaian), t)).action(
    saatJalan(io, async () => (await import('./aksi/hitung.js')).compute),
  );
  html(opsiVerifikasi(jobOptions(program.command('pay').description(t(BANTUAN.pay)), t, true, true, BANTUAN.job.monthBayar), t)).action(
    saatJalan(io, async () => (await import('./aksi/hitung.js')).pay),
  );
  html(opsiVerifikasi(jobOptions(program.command('run').description(t(BANTUAN.run)), t, true, true, BANTUAN.job.monthBayar), t)).action(
    saatJalan(io, async () => (await import('./aksi/hitung.js')).run),
  );
}
