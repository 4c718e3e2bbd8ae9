// Sanity across months (kewajaran): what a cut or mislabelled export looks like in the
// counts. A facility whose registered participants fall far below its previous month, or
// vanish, is far more often a truncated peserta.csv than a real exodus; a facility paid
// Rp 0 is never paid so by accident. Signals only: the caller decides whether to stop.
import { cmp, rat, type Rational } from './rational.js';
import type { MonthIndex } from './month.js';

export interface PesertaBulan {
  bulan: MonthIndex;
  /** Registered participants per facility (master order). */
  jumlah: readonly number[];
}

export interface Penurunan {
  /** Facility index (master order). */
  f: number;
  dari: { bulan: MonthIndex; jumlah: number };
  ke: { bulan: MonthIndex; jumlah: number };
}

/**
 * Falls of registered participants between consecutive available months: to zero (the
 * facility vanished from the export), or below `batas` (a share, e.g. 1/2) of the
 * previous month. `seri` is in month order; a month with no export is simply not in it.
 */
export function penurunanPeserta(seri: readonly PesertaBulan[], batas: Rational): Penurunan[] {
  const out: Penurunan[] = [];
  for (let i = 1; i < seri.length; i++) {
    const a = seri[i - 1] as PesertaBulan;
    const b = seri[i] as PesertaBulan;
    a.jumlah.forEach((dari, f) => {
      const ke = b.jumlah[f] ?? 0;
      if (dari > 0 && cmp(rat(ke), rat(BigInt(dari) * batas.n, batas.d)) < 0)
        out.push({ f, dari: { bulan: a.bulan, jumlah: dari }, ke: { bulan: b.bulan, jumlah: ke } });
    });
  }
  return out;
}
