// Tariff after KBK, the floor, and the Rupiah paid (spec §1.2). Exact: the only rounding
// is one half-up to whole Rupiah per facility, on the facility's total.
import { cmp, max, min, mul, rat, roundHalfUp, type Rational } from './rational.js';

/**
 * The payment and every term of it, so that whoever shows it (the kapitasi report,
 * explain --bayar) reads these fields and never re-derives the floor.
 */
export interface Pembayaran {
  tarifDasar: bigint;
  tarifSetelahKbk: Rational;
  /** The known minimum tariff; null: none known, no floor. */
  tarifMinimal: bigint | null;
  /** The floor min(tarif_dasar, tarif_minimal); null when tarifMinimal is null. */
  lantai: Rational | null;
  tarifDibayar: Rational;
  /** The floor raised the tariff above tarif_setelah_kbk. */
  lantaiDiterapkan: boolean;
  kapitasiPenuh: bigint;
  /** peserta × tarif dibayar exactly, before the one rounding. */
  kapitasiTepat: Rational;
  kapitasiDibayar: bigint;
  potongan: bigint;
}

/** The floor of a tariff: min(tarif_dasar, tarif_minimal) — the floor never pays more than the base tariff; no known minimum (null) = no floor. */
export const lantaiTarif = (tarifDasar: bigint, tarifMinimal: bigint | null): Rational | null => (tarifMinimal === null ? null : min(rat(tarifDasar), rat(tarifMinimal)));

/** The Rupiah a facility's floor alone would pay: peserta × lantaiTarif (null: no floor). */
export function kapitasiLantai(pesertaTerdaftar: number, tarifDasar: bigint, tarifMinimal: bigint | null): Rational | null {
  const lantai = lantaiTarif(tarifDasar, tarifMinimal);
  return lantai === null ? null : mul(rat(BigInt(pesertaTerdaftar)), lantai);
}

/**
 * tarif_setelah_kbk = tarif_dasar × persen/100;
 * tarif_dibayar = max(tarif_setelah_kbk, min(tarif_dasar, tarif_minimal)) — the floor never
 * pays more than the base tariff; no known minimum (null) = no floor.
 */
export function hitungPembayaran(input: {
  pesertaTerdaftar: number;
  tarifDasar: bigint;
  persenKapitasi: Rational;
  tarifMinimal: bigint | null;
}): Pembayaran {
  const dasar = rat(input.tarifDasar);
  const tarifSetelahKbk = mul(dasar, mul(input.persenKapitasi, rat(1, 100)));
  const lantai = lantaiTarif(input.tarifDasar, input.tarifMinimal);
  const tarifDibayar = lantai === null ? tarifSetelahKbk : max(tarifSetelahKbk, lantai);
  const peserta = BigInt(input.pesertaTerdaftar);
  const kapitasiPenuh = peserta * input.tarifDasar;
  const kapitasiTepat = mul(rat(peserta), tarifDibayar);
  const kapitasiDibayar = roundHalfUp(kapitasiTepat);
  return {
    tarifDasar: input.tarifDasar,
    tarifSetelahKbk,
    tarifMinimal: input.tarifMinimal,
    lantai,
    tarifDibayar,
    lantaiDiterapkan: cmp(tarifDibayar, tarifSetelahKbk) > 0,
    kapitasiPenuh,
    kapitasiTepat,
    kapitasiDibayar,
    potongan: kapitasiPenuh - kapitasiDibayar,
  };
}
