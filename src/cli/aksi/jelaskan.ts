// What kbk explain does when it runs (its options are src/cli/jelaskan.ts).
import { explain as jobExplain } from '../../app/jobs.js';
import { jelaskanBayar } from '../../app/jelaskan-bayar.js';
import { UsageError } from '../../errors.js';
import { penjelasanJson, penjelasanTeks } from '../../report/explain.js';
import { jelaskanBayarJson, jelaskanBayarTeks } from '../../report/jelaskan-bayar.js';
import { bungkusProsa, lebarTerminal } from '../../report/table-engine.js';
import { bahasaIo, peringatan, type Io } from '../output.js';
import { catatanNilai } from './catatan.js';
import { bulan, opsiJob, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';

export async function explain(io: Io, o: OpsiCli & { ppk: string; bayar?: boolean }): Promise<void> {
  if (!o.bayar && (o.tariffs !== undefined || o.window !== undefined || o.average !== undefined))
    throw new UsageError(PESAN_CLI.bayarTanpaBayar);
  const opsi = opsiJob({ ...o, out: '.', color: false }, io);
  if (o.bayar) {
    const { penjelasan, dipakai, peringatan: w } = await jelaskanBayar(opsi, bulan(o.month), o.ppk);
    catatanNilai(io, dipakai);
    peringatan(io, w);
    io.out(o.json ? JSON.stringify(jelaskanBayarJson(penjelasan), null, 2) + '\n' : jelaskanBayarTeks(penjelasan, lebarTerminal(io), bahasaIo(io)));
    return;
  }
  const { penjelasan, dipakai, peringatan: w } = await jobExplain(opsi, bulan(o.month), o.ppk);
  catatanNilai(io, dipakai);
  peringatan(io, w);
  io.out(o.json ? JSON.stringify(penjelasanJson(penjelasan), null, 2) + '\n' : bungkusProsa(penjelasanTeks(penjelasan, bahasaIo(io)), lebarTerminal(io)));
}
