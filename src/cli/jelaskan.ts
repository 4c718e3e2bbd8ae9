// commander wiring of kbk explain: one facility's assessment month step by step, or with
// --bayar its payment month (src/app/jobs.ts explain, src/app/jelaskan-bayar.ts).
import { Option, type Command } from 'commander';
import { explain } from '../app/jobs.js';
import { jelaskanBayar } from '../app/jelaskan-bayar.js';
import { WINDOW_KINDS } from '../core/month.js';
import { UsageError } from '../errors.js';
import { penjelasanJson, penjelasanTeks } from '../report/explain.js';
import { jelaskanBayarJson, jelaskanBayarTeks } from '../report/jelaskan-bayar.js';
import { bungkusProsa, lebarTerminal } from '../report/table-engine.js';
import { bahasaIo, catatanNilai, peringatan, teksIo, type Io } from './output.js';
import { bulan, dialectOptions, opsiJob, opsiVerifikasi, type OpsiCli } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarJelaskan(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const E = BANTUAN.explain;
  opsiVerifikasi(dialectOptions(program.command('explain'), t), t)
    .description(t(E.perintah))
    .requiredOption('--data <dir>', t(E.data))
    .requiredOption('--month <YYYY-MM>', t(E.month))
    .requiredOption('--ppk <kode>', t(E.ppk))
    .option('--bayar', t(E.bayar))
    .option('--rules <id|file>', t(E.rules))
    .option('--tariffs <id|file>', t(E.tariffs))
    .addOption(new Option('--window <kind>', t(E.window)).choices(WINDOW_KINDS))
    .addOption(new Option('--average <what>', t(E.average)).choices(['indikator', 'nilai']))
    .option('--profil-klinis <name>', t(E.profilKlinis))
    .option('--strict', t(E.strict))
    .option('--max-reject-rate <percent>', t(E.maxRejectRate), '1')
    .option('--json', t(E.json))
    .action(async (o: OpsiCli & { ppk: string; bayar?: boolean }) => {
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
      const { penjelasan, dipakai, peringatan: w } = await explain(opsi, bulan(o.month), o.ppk);
      catatanNilai(io, dipakai);
      peringatan(io, w);
      io.out(o.json ? JSON.stringify(penjelasanJson(penjelasan), null, 2) + '\n' : bungkusProsa(penjelasanTeks(penjelasan, bahasaIo(io)), lebarTerminal(io)));
    });
}
