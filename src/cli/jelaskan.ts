// commander wiring of kbk explain: one facility's assessment month step by step, or with
// --bayar its payment month (src/app/jobs.ts explain, src/app/jelaskan-bayar.ts). What it
// does when it runs is src/cli/aksi/jelaskan.ts, loaded then.
import { Option, type Command } from 'commander';
import { WINDOW_KINDS } from '../core/month.js';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { dialectOptions, opsiVerifikasi } from './opsi-perintah.js';
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
    .action(saatJalan(io, async () => (await import('./aksi/jelaskan.js')).explain));
}
