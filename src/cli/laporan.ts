// commander wiring of kbk laporan (src/app/laporan.ts): laporan-YYYY-MM.html from the
// reports already in --out.
import type { Command } from 'commander';
import { laporan } from '../app/laporan.js';
import { parseRuleSet } from '../core/periksa-aturan.js';
import { parseTariffSet, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';
import { tulisSet } from '../report/write.js';
import { bahasaIo, info, teksIo, type Io } from './output.js';
import { bulan, muat, opsiTulis } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { PESAN_HTML } from '../pesan/html.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarLaporan(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const L = BANTUAN.laporan;
  program
    .command('laporan')
    .description(t(L.perintah))
    .requiredOption('--out <dir>', t(L.out))
    .requiredOption('--month <YYYY-MM>', t(L.month))
    .option('--rules <id|file>', t(L.rules))
    .option('--tariffs <id|file>', t(L.tariffs))
    .action(async (o: { out: string; month: string; rules?: string; tariffs?: string; izinkanFolderBersama?: boolean }) => {
      const h = await laporan({
        outDir: o.out,
        bulan: bulan(o.month),
        bahasa: bahasaIo(io),
        rules: muat(o.rules, '--rules', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet),
        tariffs: muat(o.tariffs, '--tariffs', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet),
      });
      tulisSet([h.file], opsiTulis(o));
      info(io, PESAN_HTML.ditulis(h.file.path));
    });
}
