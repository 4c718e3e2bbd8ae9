// What kbk gabung does when it runs (its options are src/cli/gabung.ts).
import { gabung as jobGabung } from '../../app/gabung.js';
import { tulisSet } from '../../report/write.js';
import { teksIo, type Io } from '../output.js';
import { opsiTulis } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';

export function gabung(io: Io, folders: string[], o: { out: string; json?: boolean; izinkanFolderBersama?: boolean }): void {
  const h = jobGabung(folders, o.out);
  tulisSet(h.files, opsiTulis(o));
  if (o.json) io.out(JSON.stringify({ gabung: h.ringkasan }, null, 2) + '\n');
  else for (const r of h.ringkasan) io.out(`${teksIo(io, PESAN_CLI.gabungBaris(r.file, r.baris, r.folder))}\n`);
}
