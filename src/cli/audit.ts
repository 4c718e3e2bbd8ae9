// commander wiring of kbk audit (src/app/audit.ts): the month read as compute reads it,
// listed participant by participant and referral by referral. What it does when it runs is
// src/cli/aksi/audit.ts, loaded then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { jobOptions, opsiVerifikasi } from './opsi-perintah.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarAudit(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  opsiVerifikasi(jobOptions(program.command('audit').description(t(BANTUAN.audit.perintah)), t, false), t)
    .option('--ppk <kode,…>', t(BANTUAN.audit.ppk), (v: string, all: string[] = []) => [...all, v])
    .action(saatJalan(io, async () => (await import('./aksi/audit.js')).audit));
}
