// The three KBK indicators from a month's counts (spec §1, §1.4). Exact rationals; null =
// not assessed. Every policy choice reads the rule set, never a literal here.
import type { RuleSet, SlotIndikator } from '../rules/schema.js';
import { mean, rat, type Rational } from './rational.js';
import type { HitunganBulan } from './types.js';

export type NilaiSlot = Record<SlotIndikator, Rational | null>;

export interface IndikatorBulan extends NilaiSlot {
  rpptDm: Rational | null;
  rpptHt: Rational | null;
  /** Flags for catatan (spec §1.3–1.4). */
  catatan: string[];
}

/** AK (‰): distinct registered participants with a contact ÷ registered × 1000. */
export function angkaKontak(pesertaKontak: number, pesertaTerdaftar: number): Rational | null {
  return pesertaTerdaftar === 0 ? null : rat(BigInt(pesertaKontak) * 1000n, BigInt(pesertaTerdaftar));
}

/**
 * RRNS (%). TACC referrals never count as non-specialistic (the aggregation already left
 * them out of the numerator); `taccDalamPenyebut` decides whether they stay in the
 * denominator. No referrals at all → 0 % (nothing was wrongly referred), flagged.
 */
export function rasioRujukanNonSpesialistik(
  h: Pick<HitunganBulan, 'rujukanTotal' | 'rujukanNonSpesialistik' | 'rujukanTacc'>,
  taccDalamPenyebut: boolean,
): { rrns: Rational; rujukanNol: boolean } {
  const penyebut = taccDalamPenyebut ? h.rujukanTotal : h.rujukanTotal - h.rujukanTacc;
  if (penyebut === 0) return { rrns: rat(0), rujukanNol: true };
  return { rrns: rat(BigInt(h.rujukanNonSpesialistik) * 100n, BigInt(penyebut)), rujukanNol: false };
}

const persen = (a: number, b: number): Rational | null => (b === 0 ? null : rat(BigInt(a) * 100n, BigInt(b)));

/** RPPT (%) = mean of RPPT-DM and RPPT-HT, leaving out a sub-ratio with no diagnosed participant. */
export function rasioProlanisTerkendali(h: HitunganBulan): {
  rpptDm: Rational | null;
  rpptHt: Rational | null;
  rppt: Rational | null;
} {
  const rpptDm = persen(h.dmTerkendali, h.dmTerdaftar);
  const rpptHt = persen(h.htTerkendali, h.htTerdaftar);
  const present = [rpptDm, rpptHt].filter((x): x is Rational => x !== null);
  return { rpptDm, rpptHt, rppt: present.length === 0 ? null : mean(present) };
}

/** RPPB (%, perber-2017): enrolled Prolanis participants who visited or were measured ÷ enrolled. */
export function rasioProlanisBerkunjung(h: HitunganBulan): Rational | null {
  return persen(h.prolanisBerkunjung, h.prolanisTerdaftar);
}

export function indikatorBulan(h: HitunganBulan, rules: RuleSet): IndikatorBulan {
  const ak = angkaKontak(h.pesertaKontak, h.pesertaTerdaftar);
  // No registered participant: nothing to assess that month (a new or closed facility).
  if (ak === null) return { ak: null, rrns: null, rppt: null, rpptDm: null, rpptHt: null, catatan: ['tidak ada peserta terdaftar: tidak dinilai'] };
  const catatan: string[] = [];
  const { rrns, rujukanNol } = rasioRujukanNonSpesialistik(h, rules.kebijakan.taccDalamPenyebut.nilai);
  if (rujukanNol) catatan.push('rujukan nol: RRNS = 0');
  const out: IndikatorBulan = { ak, rrns, rppt: null, rpptDm: null, rpptHt: null, catatan };
  for (const ind of rules.indikator) {
    if (ind.slot !== 'rppt') continue;
    if (ind.rumus === 'rppt') {
      Object.assign(out, rasioProlanisTerkendali(h));
      if (out.rpptDm === null && out.rpptHt === null) catatan.push('RPPT tidak dinilai: tanpa peserta DM dan HT');
      else if (out.rpptDm === null) catatan.push('tanpa peserta DM: RPPT = RPPT-HT');
      else if (out.rpptHt === null) catatan.push('tanpa peserta HT: RPPT = RPPT-DM');
    } else if (ind.rumus === 'rppb') {
      // RPPB fills the rppt column (spec §1.1); the DM/HT sub-ratios are not part of it.
      out.rppt = rasioProlanisBerkunjung(h);
      if (out.rppt === null) catatan.push('RPPB tidak dinilai: tanpa peserta Prolanis');
    } else {
      throw new Error(`rule set ${rules.id}: slot rppt cannot use formula ${ind.rumus}`);
    }
  }
  return out;
}

/** Data-quality counts as catatan entries (only the non-zero ones). */
export function catatanKualitasData(h: HitunganBulan): string[] {
  const items: [string, number][] = [
    ['kontak peserta tidak terdaftar', h.kontakTidakTerdaftar],
    ['kontak di luar bulan', h.kontakLuarBulan],
    ['rujukan duplikat', h.rujukanDuplikat],
    ['rujukan di luar bulan', h.rujukanLuarBulan],
    ['prolanis peserta tidak terdaftar', h.prolanisTidakTerdaftar],
    ['pengukuran di luar bulan', h.pengukuranLuarBulan],
    ['pengukuran tanpa tanggal', h.pengukuranTanpaTanggal],
  ];
  return items.filter(([, n]) => n > 0).map(([label, n]) => `${label}=${n}`);
}
