// commander wiring of kbk gabung (src/app/gabung.ts): the reports of several branch folders
// merged into one set under --out.
import type { Command } from 'commander';
import { gabung } from '../app/gabung.js';
import { tulisSet } from '../report/write.js';
import { teksIo, type Io } from './output.js';
import { opsiTulis } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarGabung(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  program
    .command('gabung')
    .description(t(BANTUAN.gabung.perintah))
    .argument('<folders...>', t(BANTUAN.gabung.folders))
    .requiredOption('--out <dir>', t(BANTUAN.gabung.out))
    .option('--json', t(BANTUAN.gabung.json))
    .action((folders: string[], o: { out: string; json?: boolean; izinkanFolderBersama?: boolean }) => {
      const h = gabung(folders, o.out);
      tulisSet(h.files, opsiTulis(o));
      if (o.json) io.out(JSON.stringify({ gabung: h.ringkasan }, null, 2) + '\n');
      else for (const r of h.ringkasan) io.out(`${teksIo(io, PESAN_CLI.gabungBaris(r.file, r.baris, r.folder))}\n`);
    });
}
