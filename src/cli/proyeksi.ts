// commander wiring of kbk proyeksi: registered on the program by src/cli/main.ts, which
// lends its option parsing (opsiJob, bulan, and the dialect options).
import type { Command } from 'commander';
import type { OpsiJob } from '../app/jobs.js';
import { proyeksi } from '../app/proyeksi.js';
import { catatanProvisional } from '../report/catatan.js';
import { proyeksiJson, tabelProyeksi } from '../report/proyeksi.js';
import { lebarTerminal } from '../report/tabel.js';
import { tulisSet } from '../report/write.js';
import { bahasaIo, info, peringatan, warna, type Io } from './keluaran.js';
import { PESAN_CLI } from '../pesan/cli.js';

export interface BantuCli {
  /** The job options from the parsed flags (main.ts): --sampai becomes opsi.sampai there. */
  opsiJob: (o: any, io: Io) => OpsiJob;
  /** --month as a month index (a usage error when it is not one). */
  bulan: (text: string) => number;
  /** Adds the dialect and size-limit options every reading command takes. */
  dialek?: (cmd: Command) => Command;
}

/** The flags read here; the others go to opsiJob as they are. */
interface OpsiProyeksi {
  data: string;
  month: string;
  out?: string;
  json?: boolean;
  color: boolean;
}

export function daftarProyeksi(program: Command, io: Io, bantu: BantuCli): void {
  const cmd = program.command('proyeksi');
  (bantu.dialek ? bantu.dialek(cmd) : cmd)
    .description("a month's partial exports (taken mid-month) projected to its end: each indicator so far, projected with its method and range, and what each better rating needs")
    .requiredOption('--data <dir>', 'data folder: fktp.csv, optional diagnosa.csv, one YYYY-MM folder per month (up to three before the month give the curves)')
    .requiredOption('--month <YYYY-MM>', 'the month being exported')
    .option('--sampai <YYYY-MM-DD>', "the date the data run to; rows after it are left out (default: the month's latest contact)")
    .option('--out <dir>', 'write proyeksi-YYYY-MM.csv here (default: write nothing)')
    .option('--rules <id|file>', 'use this rule set instead of the one in force')
    .option('--profil-klinis <name>', 'the rule set\'s clinical profile that decides "terkendali" (default: the rule set\'s bawaan)')
    .option('--json', 'print the projection as JSON')
    .option('--strict', 'stop at the first bad row')
    .option('--max-reject-rate <percent>', 'stop when a file has more rejected rows than this share', '1')
    .option('--no-color', 'no colour in the terminal table')
    .action(async (o: OpsiProyeksi) => {
      const opsi = bantu.opsiJob({ ...o, out: o.out ?? '.' }, io);
      const h = await proyeksi(opsi, bantu.bulan(o.month));
      if (o.out !== undefined) {
        tulisSet([h.file]);
        info(io, PESAN_CLI.ditulis([h.file.path]));
      }
      const note = catatanProvisional(h.dipakai);
      if (note) info(io, note);
      peringatan(io, h.peringatan);
      if (h.tolak.size > 0) info(io, PESAN_CLI.proyeksiTolak(h.tolak.size, o.data, o.month));
      io.out(o.json ? JSON.stringify(proyeksiJson(h), null, 2) + '\n' : tabelProyeksi(h, warna(io, o.color), lebarTerminal(io), bahasaIo(io)) + '\n');
    });
}
