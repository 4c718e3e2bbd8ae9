// What kbk rules list, show and validate do when they run (their options are src/cli/aturan.ts).
import { bungkusProsa, bungkusTeks, lebarTampak, lebarTerminal } from '../../report/table-engine.js';
import { existsSync } from 'node:fs';
import { DataError, UsageError } from '../../errors.js';
import { findRuleSet, findTariffSet, parseTariffSet, RulesError, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../../rules/index.js';
import { parseRuleSet } from '../../core/periksa-aturan.js';
import { nilaiDariKesepakatan, tampilanNilaiAturan, tampilanNilaiTarif } from '../../rules/provenance.js';
import { berlakuTeks, type TariffSet } from '../../rules/schema.js';
import { teksIo, type Io } from '../output.js';
import { muat, readJson } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';
import { kataStatus, SEMUA_STATUS } from '../../pesan/laporan.js';
import type { Teks } from '../../pesan/index.js';

/** kbk rules list: the shipped rule and tariff sets. */
export function list(io: Io, o: { json?: boolean }): void {
  const t = (p: Teks): string => teksIo(io, p);
  const semua = [...SHIPPED_RULE_SETS, ...SHIPPED_TARIFF_SETS];
  if (o.json) return io.out(JSON.stringify(semua.map((s) => ({ id: s.id, schema: s.schema, berlaku: s.berlaku, nama: s.nama })), null, 2) + '\n');
  const k = PESAN_CLI.kolomDaftarAturan;
  io.out(`${t(k.id).padEnd(20)} ${t(k.berlaku).padEnd(19)} ${t(k.nama)}\n`);
  // In a narrow terminal the name continues under itself, on words (piped: one line as ever).
  for (const s of semua) io.out(bungkusTeks(`${s.id.padEnd(20)} ${berlakuTeks(s.berlaku).padEnd(19)} ${s.nama}`, lebarTerminal(io), ' '.repeat(41)).join('\n') + '\n');
}

/** kbk rules show: one set's values with their status and source. */
export function show(io: Io, id: string, o: { json?: boolean }): void {
  const t = (p: Teks): string => teksIo(io, p);
  // A shipped id, or a rule file (a derived set shows which values its agreement changed).
  const rs = findRuleSet(id) ?? (findTariffSet(id) || !existsSync(id) || (readJson(id).nilai as { schema?: unknown })?.schema === 'kbk-tarif/1' ? undefined : muat(id, 'rules show', PESAN_CLI.aturan, SHIPPED_RULE_SETS, parseRuleSet));
  const ts = rs ? undefined : (findTariffSet(id) ?? (existsSync(id) ? muat(id, 'rules show', PESAN_CLI.tarif, SHIPPED_TARIFF_SETS, parseTariffSet) : undefined));
  if (!rs && !ts) throw new UsageError(PESAN_CLI.idTidakDikenal(id));
  if (o.json) return io.out(JSON.stringify(rs ?? ts, null, 2) + '\n');
  // The workbook lists the same values as the file writes them; here numbers are in the language's notation.
  const values = rs ? tampilanNilaiAturan(rs) : tampilanNilaiTarif(ts as TariffSet);
  const dasar = rs?.turunan ? findRuleSet(rs.turunan.dasar) : undefined;
  const dariKesepakatan = rs && dasar ? nilaiDariKesepakatan(rs, dasar) : new Set<number>();
  const k = PESAN_CLI.kolomNilaiAturan;
  // Status words in the run's language (terverifikasi/sementara/rancangan); the column as wide as its longest word.
  const lebarStatus = Math.max(...SEMUA_STATUS.map((s) => t(s).length));
  // In a terminal too narrow for the line, the source goes under it, wrapped on words (piped: one line as ever).
  const lebar = lebarTerminal(io);
  const baris = (path: string, nilai: string, status: string, sumber: string): string => {
    const satu = `${path.padEnd(44)} ${nilai.padEnd(18)} ${status.padEnd(lebarStatus)} ${sumber}`;
    if (lebar === undefined || lebarTampak(satu) <= lebar) return satu + '\n';
    return [`${path.padEnd(44)} ${nilai.padEnd(18)} ${status}`.trimEnd(), ...bungkusTeks(`    ${sumber}`, lebar, '    ')].map((l) => bungkusProsa(l, lebar)).join('\n') + '\n';
  };
  io.out(bungkusProsa(`${(rs ?? ts)?.id}: ${(rs ?? ts)?.nama}`, lebar) + '\n');
  if (rs?.turunan) io.out(bungkusProsa(t(PESAN_CLI.turunanDari(rs.turunan.dasar)), lebar) + '\n');
  io.out(baris(t(k.path), t(k.nilai), t(k.status), t(k.sumber)));
  values.forEach((v, i) => io.out(baris(`${dariKesepakatan.has(i) ? '* ' : ''}${t(v.path)}`, t(v.nilai), t(kataStatus(v.status)), v.sumber)));
}

/** kbk rules validate: a rule or tariff file checked the way --rules / --tariffs read it. */
export function validate(io: Io, file: string): void {
  const { nilai, ganda } = readJson(file);
  const v = nilai as { schema?: unknown };
  // The same parsing --rules/--tariffs does: what passes here runs.
  try {
    if (v?.schema === 'kbk-tarif/1') parseTariffSet(v, file, ganda);
    else parseRuleSet(v, file, ganda);
  } catch (e) {
    throw e instanceof RulesError ? new DataError(e.teks) : e;
  }
  io.out(`${teksIo(io, PESAN_CLI.berkasSah(file, v?.schema === 'kbk-rules/1'))}\n`);
}
