// verifikasi-YYYY-MM.csv (--verifikasi, issue 20): per facility and kind, what the
// assessment team checked and found invalid, the invalid share with its 95 % interval
// (src/core/verifikasi.ts) and the flag against the rule set's labelled threshold. One row
// per kind, not one per facility: the sample is drawn per facility and kind (kbk sampel), so
// each kind is its own population with its own size and finite-population correction, and a
// pooled share would weigh the kinds by how many of each happened to be drawn. No share is
// extrapolated to the records not sampled.
import { formatMonth } from '../core/month.js';
import { mul, rat, toFixed, toPlain, type Rational } from '../core/rational.js';
import { desimal, type Bahasa } from '../pesan/index.js';
import { DESIMAL_INTERVAL, type RingkasanVerifikasi } from '../core/verifikasi.js';

export const KOLOM_VERIFIKASI = [
  'bulan',
  'kode_ppk',
  'jenis',
  'populasi',
  'diperiksa',
  'tidak_sah',
  'belum_diperiksa',
  'proporsi_tidak_sah',
  'interval95_bawah',
  'interval95_atas',
  'ambang_tidak_sah',
  'ambang_status',
  'ditandai',
] as const;

/** The rows of one month's verification, facilities in master order, kinds kontak, rujukan, prolanis. */
export function barisVerifikasi(r: RingkasanVerifikasi): Record<string, string>[] {
  const d = (x: Parameters<typeof toPlain>[0] | null | undefined): string => (x == null ? '' : toPlain(x, DESIMAL_INTERVAL));
  return r.fasilitas.flatMap((f) =>
    f.jenis.map((j) => ({
      bulan: formatMonth(r.bulan),
      kode_ppk: f.kodePpk,
      jenis: j.jenis,
      populasi: String(j.populasi),
      diperiksa: String(j.diperiksa),
      tidak_sah: String(j.tidakSah),
      belum_diperiksa: String(j.belumDiperiksa),
      proporsi_tidak_sah: d(j.proporsi),
      interval95_bawah: d(j.interval?.bawah),
      interval95_atas: d(j.interval?.atas),
      ambang_tidak_sah: r.ambang.nilai,
      ambang_status: r.ambang.status,
      ditandai: j.ditandai ? '1' : '0',
    })),
  );
}

/** A share (0–1) as people read it: a percentage to one decimal in the language's notation (0.6667 → 66,7 / 66.7). */
export const persenBagian = (r: Rational, b: Bahasa): string => desimal(toFixed(mul(r, rat(100)), 1), b);
