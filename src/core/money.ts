// Tariff after KBK, the floor, and the Rupiah paid (spec §1.2). Exact: the only rounding
// is one half-up to whole Rupiah per facility, on the facility's total.
import { cmp, max, min, mul, rat, roundHalfUp, type Rational } from './rational.js';

export interface Pembayaran {
  tarifSetelahKbk: Rational;
  tarifDibayar: Rational;
  /** The floor raised the tariff above tarif_setelah_kbk. */
  lantaiDiterapkan: boolean;
  kapitasiPenuh: bigint;
  kapitasiDibayar: bigint;
  potongan: bigint;
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
  const lantai = input.tarifMinimal === null ? null : min(dasar, rat(input.tarifMinimal));
  const tarifDibayar = lantai === null ? tarifSetelahKbk : max(tarifSetelahKbk, lantai);
  const peserta = BigInt(input.pesertaTerdaftar);
  const kapitasiPenuh = peserta * input.tarifDasar;
  const kapitasiDibayar = roundHalfUp(mul(rat(peserta), tarifDibayar));
  return {
    tarifSetelahKbk,
    tarifDibayar,
    lantaiDiterapkan: cmp(tarifDibayar, tarifSetelahKbk) > 0,
    kapitasiPenuh,
    kapitasiDibayar,
    potongan: kapitasiPenuh - kapitasiDibayar,
  };
}
