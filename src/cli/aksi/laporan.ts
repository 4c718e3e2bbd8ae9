// What kbk laporan does when it runs (its options are src/cli/laporan.ts).
import { laporan as jobLaporan } from '../../app/laporan.js';
import { parseRuleSet } from '../../core/periksa-aturan.js';
import { parseTariffSet, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../../rules/index.js';
import { tulisSet } from '../../report/write.js';
import { bahasaIo, info, type Io } from '../output.js';
import { bulan, muat, opsiTulis } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';
import { PESAN_HTML } from '../../pesan/html.js';

export async function laporan(io: Io, o: { out: string; month: string; rules?: string; tariffs?: string; izinkanFolderBersama?: boolean }): Promise<void> {
  const h = await jobLaporan({
    outDir: o.out,
    bulan: bulan(o.month),
    bahasa: bahasaIo(io),
    rules: muat(o.rules, '--rules', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet),
    tariffs: muat(o.tariffs, '--tariffs', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet),
  });
  tulisSet([h.file], opsiTulis(o));
  info(io, PESAN_HTML.ditulis(h.file.path));
}
