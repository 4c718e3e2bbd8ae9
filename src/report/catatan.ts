// Notes for people about a run, beside its reports.
import type { RuleSet, TariffSet } from '../rules/schema.js';
import { daftarNilaiAturan, daftarNilaiTarif, jumlahBelumTerverifikasi } from '../rules/provenance.js';
import { SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';
import type { Teks } from '../pesan/index.js';
import { PESAN_LAPORAN } from '../pesan/laporan.js';

/**
 * The one stderr notice that a report rests on values that are not verified (spec §4.4),
 * pointing to where they can be read: `kbk rules show ID` for a shipped set, the file
 * itself for a --rules FILE (its id is not one `rules show` knows). In both languages: the
 * CLI prints it in the run's.
 */
export function catatanProvisional(dipakai: { aturan: RuleSet[]; tarif: TariffSet[] }): Teks | null {
  const perSet: { id: string; n: number }[] = [];
  for (const rs of dipakai.aturan) {
    const n = jumlahBelumTerverifikasi(daftarNilaiAturan(rs));
    if (n > 0) perSet.push({ id: rs.id, n });
  }
  for (const ts of dipakai.tarif) {
    const n = jumlahBelumTerverifikasi(daftarNilaiTarif(ts));
    if (n > 0) perSet.push({ id: ts.id, n });
  }
  if (perSet.length === 0) return null;
  const shipped = [...dipakai.aturan, ...dipakai.tarif].find((s) => SHIPPED_RULE_SETS.includes(s as RuleSet) || SHIPPED_TARIFF_SETS.includes(s as TariffSet));
  return PESAN_LAPORAN.catatanProvisional(perSet, shipped ? shipped.id : null);
}
