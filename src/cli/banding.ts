// commander wiring of kbk banding (src/app/banding.ts): the payment month under two sets of
// terms (the run's and the *-banding ones) from one read of the exports, side by side.
import { Option, type Command } from 'commander';
import { banding, barisBanding } from '../app/banding.js';
import { WINDOW_KINDS, type WindowKind } from '../core/month.js';
import { SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS, parseTariffSet } from '../rules/index.js';
import { parseRuleSet } from '../core/periksa-aturan.js';
import { tabelBanding } from '../report/tabel-kbk.js';
import { lebarTerminal } from '../report/table-engine.js';
import { tulisSet } from '../report/write.js';
import { bahasaIo, catatanNilai, chalkFor, info, jsonRow, peringatan, teksIo, type Io } from './output.js';
import { bulan, jobOptions, muat, opsiJob, opsiTulis, type OpsiCli } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarBanding(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  jobOptions(program.command('banding').description(t(BANTUAN.banding.perintah)), t, true, false)
    .option('--rules-banding <id|file>', t(BANTUAN.banding.rules))
    .option('--profil-klinis-banding <name>', t(BANTUAN.banding.profilKlinis))
    .option('--tariffs-banding <id|file>', t(BANTUAN.banding.tariffs))
    .addOption(new Option('--window-banding <kind>', t(BANTUAN.banding.window)).choices(WINDOW_KINDS))
    .action(async (o: OpsiCli & { rulesBanding?: string; profilKlinisBanding?: string; tariffsBanding?: string; windowBanding?: WindowKind }) => {
      const opsi = opsiJob(o, io);
      const h = await banding(opsi, bulan(o.month), {
        rules: muat(o.rulesBanding, '--rules-banding', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet),
        profilKlinis: o.profilKlinisBanding,
        tariffs: muat(o.tariffsBanding, '--tariffs-banding', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet),
        window: o.windowBanding,
      });
      tulisSet(h.files, opsiTulis(o));
      catatanNilai(io, h.dipakai);
      peringatan(io, h.peringatan);
      info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
      if (o.json) io.out(JSON.stringify({ banding: barisBanding(h).map(jsonRow) }, null, 2) + '\n');
      else io.out(tabelBanding(h, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)) + '\n');
    });
}
