// What kbk audit does when it runs (its options are src/cli/audit.ts).
import { audit as jobAudit, PESAN_RINGKASAN as PESAN_RINGKASAN_AUDIT, ringkasanJson as ringkasanJsonAudit, tabelAudit } from '../../app/audit.js';
import { UsageError } from '../../errors.js';
import { lebarTerminal } from '../../report/table-engine.js';
import { tulisSet } from '../../report/write.js';
import { bahasaIo, chalkFor, info, peringatan, ringkasTolak, type Io } from '../output.js';
import { catatanNilai } from './catatan.js';
import { bulan, opsiJob, opsiTulis, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';

export async function audit(io: Io, o: OpsiCli & { ppk?: string[] }): Promise<void> {
  if (o.summary !== undefined) throw new UsageError(PESAN_RINGKASAN_AUDIT);
  if (o.xlsx || o.format?.some((f) => f !== 'csv-excel')) throw new UsageError(PESAN_CLI.auditHanyaCsv);
  const h = await jobAudit(opsiJob(o, io), bulan(o.month), o.ppk);
  tulisSet(h.files, opsiTulis(o));
  catatanNilai(io, h.dipakai);
  peringatan(io, h.peringatan);
  ringkasTolak(h.tolak.ringkasan(), io);
  info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
  io.out(o.json ? JSON.stringify({ audit: ringkasanJsonAudit(h.ringkasan) }, null, 2) + '\n' : tabelAudit(h.ringkasan, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)));
}
