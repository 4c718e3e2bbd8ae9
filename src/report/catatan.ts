// Notes for people about a run, beside its reports.
import type { RuleSet, TariffSet } from '../rules/schema.js';
import { daftarNilaiAturan, daftarNilaiTarif, jumlahBelumTerverifikasi } from '../rules/provenance.js';
import { SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';

/**
 * The one stderr notice that a report rests on values that are not verified (spec §4.4),
 * pointing to where they can be read: `kbk rules show ID` for a shipped set, the file
 * itself for a --rules FILE (its id is not one `rules show` knows).
 */
export function catatanProvisional(dipakai: { aturan: RuleSet[]; tarif: TariffSet[] }): string | null {
  const parts: string[] = [];
  for (const rs of dipakai.aturan) {
    const n = jumlahBelumTerverifikasi(daftarNilaiAturan(rs));
    if (n > 0) parts.push(`${rs.id}: ${n} values`);
  }
  for (const ts of dipakai.tarif) {
    const n = jumlahBelumTerverifikasi(daftarNilaiTarif(ts));
    if (n > 0) parts.push(`${ts.id}: ${n} values`);
  }
  if (parts.length === 0) return null;
  const shipped = [...dipakai.aturan, ...dipakai.tarif].find((s) => SHIPPED_RULE_SETS.includes(s as RuleSet) || SHIPPED_TARIFF_SETS.includes(s as TariffSet));
  const lihat = shipped ? `see \`kbk rules show ${shipped.id}\`` : 'see the status of each value in the --rules/--tariffs file';
  return `note: this report uses provisional or design values (${parts.join(', ')}); ${lihat} and override with --rules FILE`;
}
