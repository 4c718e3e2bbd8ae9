import type { JenisFktp } from '../rules/schema.js';
import type { DayNumber } from './month.js';

/** One row of the facility master (fktp.csv). */
export interface Fktp {
  kodePpk: string;
  namaFktp: string;
  jenisFktp: JenisFktp;
  /** Base tariff, whole Rupiah per participant per month. */
  tarifKapitasi: bigint;
  tglKerjaSama: DayNumber | null;
  jaringanData: boolean;
  /** Overrides the tariff set's minimum when given. */
  tarifMinimal: bigint | null;
  kabKota: string;
}

/**
 * What one month's exports add up to for one facility: the counts every indicator is
 * computed from, plus the data-quality counts the report's catatan carries.
 */
export interface HitunganBulan {
  pesertaTerdaftar: number;
  /** Distinct registered participants with ≥1 contact at this facility dated in the month. */
  pesertaKontak: number;
  /** Distinct referrals (duplicate no_rujukan once), TACC included. */
  rujukanTotal: number;
  /** Non-specialistic and not TACC. */
  rujukanNonSpesialistik: number;
  rujukanTacc: number;
  dmTerdaftar: number;
  dmTerkendali: number;
  htTerdaftar: number;
  htTerkendali: number;
  /** RPPB (perber-2017) denominator: registered participants enrolled in Prolanis. */
  prolanisTerdaftar: number;
  /** RPPB numerator: of those, with a contact or a measurement dated in the month. */
  prolanisBerkunjung: number;
  // Data quality: rows that were readable but do not count.
  kontakTidakTerdaftar: number;
  kontakLuarBulan: number;
  rujukanDuplikat: number;
  rujukanLuarBulan: number;
  prolanisTidakTerdaftar: number;
  pengukuranLuarBulan: number;
  /** Measurements with no tgl_periksa: taken as of the month. */
  pengukuranTanpaTanggal: number;
}

export function hitunganKosong(): HitunganBulan {
  return {
    pesertaTerdaftar: 0,
    pesertaKontak: 0,
    rujukanTotal: 0,
    rujukanNonSpesialistik: 0,
    rujukanTacc: 0,
    dmTerdaftar: 0,
    dmTerkendali: 0,
    htTerdaftar: 0,
    htTerkendali: 0,
    prolanisTerdaftar: 0,
    prolanisBerkunjung: 0,
    kontakTidakTerdaftar: 0,
    kontakLuarBulan: 0,
    rujukanDuplikat: 0,
    rujukanLuarBulan: 0,
    prolanisTidakTerdaftar: 0,
    pengukuranLuarBulan: 0,
    pengukuranTanpaTanggal: 0,
  };
}

/** The month's counts over all facilities (for the data-quality line of the summaries). */
export function jumlahHitungan(hs: readonly HitunganBulan[]): HitunganBulan {
  const total = hitunganKosong();
  for (const h of hs) for (const k of Object.keys(total) as (keyof HitunganBulan)[]) total[k] += h[k];
  return total;
}
