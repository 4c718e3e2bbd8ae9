// What kbk banding does when it runs (its options are src/cli/banding.ts).
import { banding as jobBanding, barisBanding } from '../../app/banding.js';
import type { WindowKind } from '../../core/month.js';
import { SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS, parseTariffSet } from '../../rules/index.js';
import { parseRuleSet } from '../../core/periksa-aturan.js';
import { tabelBanding } from '../../report/tabel-kbk.js';
import { lebarTerminal } from '../../report/table-engine.js';
import { tulisSet } from '../../report/write.js';
import { bahasaIo, chalkFor, info, jsonRow, peringatan, type Io } from '../output.js';
import { catatanNilai } from './catatan.js';
import { bulan, muat, opsiJob, opsiTulis, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';

export async function banding(io: Io, o: OpsiCli & { rulesBanding?: string; profilKlinisBanding?: string; tariffsBanding?: string; windowBanding?: WindowKind }): Promise<void> {
  const opsi = opsiJob(o, io);
  const h = await jobBanding(opsi, bulan(o.month), {
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
}
