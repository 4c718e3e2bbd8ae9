// What kbk proyeksi does when it runs (its options are src/cli/proyeksi.ts).
import { proyeksi as jobProyeksi } from '../../app/proyeksi.js';
import { catatanProvisional } from '../../report/catatan.js';
import { proyeksiJson, tabelProyeksi } from '../../report/proyeksi.js';
import { lebarTerminal } from '../../report/table-engine.js';
import { tulisSet } from '../../report/write.js';
import { bahasaIo, info, peringatan, warna, type Io } from '../output.js';
import { bulan, opsiJob, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';

/** The flags read here; the others go to opsiJob as they are (--sampai becomes opsi.sampai there). */
interface OpsiProyeksi {
  data: string;
  month: string;
  out?: string;
  json?: boolean;
  color: boolean;
  izinkanFolderBersama?: boolean;
}

export async function proyeksi(io: Io, o: OpsiProyeksi): Promise<void> {
  const opsi = opsiJob({ ...o, out: o.out ?? '.' } as OpsiCli, io);
  const h = await jobProyeksi(opsi, bulan(o.month));
  if (o.out !== undefined) {
    tulisSet([h.file], { izinkanFolderBersama: o.izinkanFolderBersama === true });
    info(io, PESAN_CLI.ditulis([h.file.path]));
  }
  const note = catatanProvisional(h.dipakai);
  if (note) info(io, note);
  peringatan(io, h.peringatan);
  if (h.tolak.size > 0) info(io, PESAN_CLI.proyeksiTolak(h.tolak.size, o.data, o.month));
  io.out(o.json ? JSON.stringify(proyeksiJson(h), null, 2) + '\n' : tabelProyeksi(h, warna(io, o.color), lebarTerminal(io), bahasaIo(io)) + '\n');
}
