// Notes for people about a run, beside its reports.
import type { RuleSet, TariffSet } from '../rules/schema.js';
import { daftarNilaiAturan, daftarNilaiTarif, jumlahBelumTerverifikasi } from '../rules/provenance.js';
import { SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';
import { gabungTeks, type Teks } from '../pesan/index.js';
import { parseMonth, type MonthIndex } from '../rules/periode.js';
import { PESAN_LAPORAN } from '../pesan/laporan.js';

/**
 * The one stderr notice that a report rests on values that are not verified (spec §4.4),
 * pointing to where they can be read: `kbk rules show ID` for a shipped set, the file
 * itself for a --rules FILE (its id is not one `rules show` knows). In both languages: the
 * CLI prints it in the run's.
 */
export function catatanProvisional(dipakai: { aturan: RuleSet[]; tarif: TariffSet[]; bulanBayar?: MonthIndex }): Teks | null {
  const usang = dipakai.bulanBayar === undefined ? [] : dipakai.tarif.flatMap((ts) => (tarifMungkinUsang(ts, dipakai.bulanBayar as MonthIndex) ? [ts] : []));
  const perSet: { id: string; n: number }[] = [];
  for (const rs of dipakai.aturan) {
    const n = jumlahBelumTerverifikasi(daftarNilaiAturan(rs));
    if (n > 0) perSet.push({ id: rs.id, n });
  }
  for (const ts of dipakai.tarif) {
    const n = jumlahBelumTerverifikasi(daftarNilaiTarif(ts));
    if (n > 0) perSet.push({ id: ts.id, n });
  }
  const shipped = [...dipakai.aturan, ...dipakai.tarif].find((s) => SHIPPED_RULE_SETS.includes(s as RuleSet) || SHIPPED_TARIFF_SETS.includes(s as TariffSet));
  const catatan = perSet.length === 0 ? null : PESAN_LAPORAN.catatanProvisional(perSet, shipped ? shipped.id : null);
  // A tariff set past the review its regulation requires, with none found: it may be outdated.
  const tambahan = usang.map((ts) => PESAN_LAPORAN.tarifMungkinUsang(ts.id, ts.tinjauan?.setiapBulan.nilai as number, ts.tinjauan?.dicariSampai as string, ts.tinjauan?.setiapBulan.sumber as string));
  if (catatan === null && tambahan.length === 0) return null;
  return gabungTeks([...(catatan ? [catatan] : []), ...tambahan], '\n');
}

/** A payment month past the review a tariff set's regulation requires (tinjauan), with no review found since. */
export function tarifMungkinUsang(ts: TariffSet, bulanBayar: MonthIndex): boolean {
  if (!ts.tinjauan || ts.berlaku.dari === null) return false;
  const dari = parseMonth(ts.berlaku.dari) as MonthIndex;
  return bulanBayar >= dari + ts.tinjauan.setiapBulan.nilai;
}
