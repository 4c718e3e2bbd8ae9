// commander wiring of kbk audit (src/app/audit.ts): the month read as compute reads it,
// listed participant by participant and referral by referral.
import type { Command } from 'commander';
import { audit, PESAN_RINGKASAN as PESAN_RINGKASAN_AUDIT, ringkasanJson as ringkasanJsonAudit, tabelAudit } from '../app/audit.js';
import { UsageError } from '../errors.js';
import { lebarTerminal } from '../report/table-engine.js';
import { tulisSet } from '../report/write.js';
import { bahasaIo, catatanNilai, chalkFor, info, peringatan, ringkasTolak, teksIo, type Io } from './output.js';
import { bulan, jobOptions, opsiJob, opsiTulis, opsiVerifikasi, type OpsiCli } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarAudit(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  opsiVerifikasi(jobOptions(program.command('audit').description(t(BANTUAN.audit.perintah)), t, false), t)
    .option('--ppk <kode,…>', t(BANTUAN.audit.ppk), (v: string, all: string[] = []) => [...all, v])
    .action(async (o: OpsiCli & { ppk?: string[] }) => {
      if (o.summary !== undefined) throw new UsageError(PESAN_RINGKASAN_AUDIT);
      if (o.xlsx || o.format?.some((f) => f !== 'csv-excel')) throw new UsageError(PESAN_CLI.auditHanyaCsv);
      const h = await audit(opsiJob(o, io), bulan(o.month), o.ppk);
      tulisSet(h.files, opsiTulis(o));
      catatanNilai(io, h.dipakai);
      peringatan(io, h.peringatan);
      ringkasTolak(h.tolak.ringkasan(), io);
      info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
      io.out(o.json ? JSON.stringify({ audit: ringkasanJsonAudit(h.ringkasan) }, null, 2) + '\n' : tabelAudit(h.ringkasan, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)));
    });
}
