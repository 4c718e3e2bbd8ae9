// commander wiring of kbk proyeksi (src/app/proyeksi.ts): a mid-month export projected to
// the month's end.
import type { Command } from 'commander';
import { proyeksi } from '../app/proyeksi.js';
import { catatanProvisional } from '../report/catatan.js';
import { proyeksiJson, tabelProyeksi } from '../report/proyeksi.js';
import { lebarTerminal } from '../report/table-engine.js';
import { tulisSet } from '../report/write.js';
import { bahasaIo, info, peringatan, teksIo, warna, type Io } from './output.js';
import { bulan, dialectOptions, opsiJob, type OpsiCli } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

/** The flags read here; the others go to opsiJob as they are (--sampai becomes opsi.sampai there). */
interface OpsiProyeksi {
  data: string;
  month: string;
  out?: string;
  json?: boolean;
  color: boolean;
  izinkanFolderBersama?: boolean;
}

export function daftarProyeksi(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const P = BANTUAN.proyeksi;
  dialectOptions(program.command('proyeksi'), t)
    .description(t(P.perintah))
    .requiredOption('--data <dir>', t(P.data))
    .requiredOption('--month <YYYY-MM>', t(P.month))
    .option('--sampai <YYYY-MM-DD>', t(P.sampai))
    .option('--out <dir>', t(P.out))
    .option('--rules <id|file>', t(P.rules))
    .option('--profil-klinis <name>', t(P.profilKlinis))
    .option('--json', t(P.json))
    .option('--strict', t(P.strict))
    .option('--max-reject-rate <percent>', t(P.maxRejectRate), '1')
    .option('--no-color', t(P.noColor))
    .action(async (o: OpsiProyeksi) => {
      const opsi = opsiJob({ ...o, out: o.out ?? '.' } as OpsiCli, io);
      const h = await proyeksi(opsi, bulan(o.month));
      if (o.out !== undefined) {
        tulisSet([h.file], { izinkanFolderBersama: o.izinkanFolderBersama === true });
        info(io, PESAN_CLI.ditulis([h.file.path]));
      }
      const note = catatanProvisional(h.dipakai);
      if (note) info(io, note);
      peringatan(io, h.peringatan);
      if (h.tolak.size > 0) info(io, PESAN_CLI.proyeksiTolak(h.tolak.size, o.data, o.month));
      io.out(o.json ? JSON.stringify(proyeksiJson(h), null, 2) + '\n' : tabelProyeksi(h, warna(io, o.color), lebarTerminal(io), bahasaIo(io)) + '\n');
    });
}
