// A month's indicator values, as the rule set lists them: each indicator's formula (from
// the registry in src/core/rumus/) applied to the facility's counts. Exact rationals;
// null = not assessed. No policy is decided here: formulas read the rule set.
import type { RuleSet } from '../rules/schema.js';
import type { Rational } from './rational.js';
import { rumus } from './rumus/index.js';
import type { HitunganBulan } from './types.js';

/** Indicator values by indicator id (null: not assessed). */
export type NilaiIndikator = Record<string, Rational | null>;

export interface IndikatorBulan {
  nilai: NilaiIndikator;
  /** Sub-values per indicator id, in the order of its formula's `rincian`. */
  rincian: Record<string, (Rational | null)[]>;
  /** Flags for catatan (spec §1.3–1.4). */
  catatan: string[];
  /** false: the facility had no registered participant, so nothing was assessed. */
  dinilai: boolean;
}

export function indikatorBulan(h: HitunganBulan, rules: RuleSet): IndikatorBulan {
  const nilai: NilaiIndikator = {};
  const rincian: Record<string, (Rational | null)[]> = {};
  // No registered participant: nothing to assess that month (a new or closed facility).
  if (h.pesertaTerdaftar === 0) {
    for (const ind of rules.indikator) {
      nilai[ind.id] = null;
      rincian[ind.id] = rumus(ind.rumus).rincian.map(() => null);
    }
    return { nilai, rincian, catatan: ['tidak ada peserta terdaftar: tidak dinilai'], dinilai: false };
  }
  const catatan: string[] = [];
  for (const ind of rules.indikator) {
    const r = rumus(ind.rumus).hitung(h, rules.kebijakan);
    nilai[ind.id] = r.nilai;
    rincian[ind.id] = r.rincian;
    catatan.push(...r.catatan);
  }
  return { nilai, rincian, catatan, dinilai: true };
}

/** Data-quality counts as catatan entries (only the non-zero ones). */
export function catatanKualitasData(h: HitunganBulan): string[] {
  const items: [string, number][] = [
    ['kontak peserta tidak terdaftar', h.kontakTidakTerdaftar],
    ['kontak di luar bulan', h.kontakLuarBulan],
    ['kontak dientri setelah batas entri', h.kontakLewatBatasEntri],
    ['rujukan duplikat', h.rujukanDuplikat],
    ['rujukan konflik ditolak', h.rujukanKonflik],
    ['rujukan di luar bulan', h.rujukanLuarBulan],
    ['prolanis peserta tidak terdaftar', h.prolanisTidakTerdaftar],
    ['pengukuran di luar bulan', h.pengukuranLuarBulan],
    ['pengukuran tanpa tanggal', h.pengukuranTanpaTanggal],
  ];
  return items.filter(([, n]) => n > 0).map(([label, n]) => `${label}=${n}`);
}
