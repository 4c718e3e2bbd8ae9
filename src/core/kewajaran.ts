// Sanity across months (kewajaran): what a cut or mislabelled export looks like in the
// counts. A facility whose registered participants fall far below its previous month, or
// vanish, is far more often a truncated peserta.csv than a real exodus; a facility paid
// Rp 0 is never paid so by accident; a tariff outside its type's regulated range is a
// typo in fktp.csv until someone says otherwise. Signals only: the caller decides whether to stop.
import { cmp, rat, type Rational } from './rational.js';
import type { MonthIndex } from './month.js';
import type { Fktp } from './types.js';
import type { JenisFktp, TariffSet } from '../rules/schema.js';

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

export interface TarifDiLuar {
  /** Facility index (master order). */
  f: number;
  kolom: 'tarif_kapitasi' | 'tarif_minimal';
  nilai: bigint;
  jenis: JenisFktp;
  /** The type's regulated range in the tariff set; a null bound is unknown. */
  min: number | null;
  max: number | null;
  tarif: string;
  /**
   * The range is read in the regulation's own text (status verified): outside it, pay stops.
   * A provisional or design range is kbk's best evidence, not the rule: outside it is a
   * warning (the dentist's Rp 2.000 of Permenkes 52/2016 comes from the news).
   */
  pasti: boolean;
}

/**
 * Each facility's tarif_kapitasi and tarif_minimal (when fktp.csv gives one) against its
 * type's regulated range in the tariff set in force: a value below the range's min or
 * above its max is a typo far more often than a rate (×1000, 1, 0, 100,000,000 — each
 * changes the payment). A bound the tariff set does not know (null) is not checked.
 */
export function tarifDiLuarRentang(daftar: readonly Fktp[], tarif: TariffSet): TarifDiLuar[] {
  const out: TarifDiLuar[] = [];
  daftar.forEach((fktp, f) => {
    const { min, max, status } = tarif.rentang[fktp.jenisFktp];
    const cek = (kolom: TarifDiLuar['kolom'], nilai: bigint | null): void => {
      if (nilai === null) return;
      if ((min !== null && nilai < BigInt(min)) || (max !== null && nilai > BigInt(max)))
        out.push({ f, kolom, nilai, jenis: fktp.jenisFktp, min, max, tarif: tarif.id, pasti: status === 'verified' });
    };
    cek('tarif_kapitasi', fktp.tarifKapitasi);
    cek('tarif_minimal', fktp.tarifMinimal);
  });
  return out;
}

/**
 * What a month file's dates say (counted by ingest): its dated rows, and of them those
 * outside the file's month, per month they belong to.
 */
export interface TanggalFile {
  /** "2024-06/kontak.csv". */
  label: string;
  bulan: MonthIndex;
  /** Rows read with a usable date (a kontak or rujukan row, a dated Prolanis measurement). */
  bertanggal: number;
  /** Of them, outside `bulan`: count per month of their dates. */
  luar: ReadonlyMap<MonthIndex, number>;
}

export interface LuarBulan {
  label: string;
  bulan: MonthIndex;
  bertanggal: number;
  /** Rows outside the month. */
  jumlah: number;
  /** jumlah / bertanggal. */
  bagian: Rational;
  /** The months the outside rows belong to, most rows first (then earlier month first). */
  bulanLain: { bulan: MonthIndex; jumlah: number }[];
  /** Above `batas`: the wrong file (stop unless accepted); else above `peringatan`: a warning. */
  berhenti: boolean;
}

/**
 * Month files whose dated rows fall outside their month: those above `batas` (a share,
 * e.g. 1/10) look like another month's export and stop the run; those above `peringatan`
 * (and up to `batas`, or above it with fewer than `minBaris` rows) are warned about. At or below `peringatan`, the rows are only set
 * aside (the caller's rejects and catatan), and the file is not listed.
 */
export function luarBulan(files: readonly TanggalFile[], batas: Rational, peringatan: Rational, minBaris = 1): LuarBulan[] {
  const out: LuarBulan[] = [];
  for (const f of files) {
    let jumlah = 0;
    for (const n of f.luar.values()) jumlah += n;
    if (jumlah === 0 || f.bertanggal === 0) continue;
    const bagian = rat(jumlah, f.bertanggal);
    const berhenti = cmp(bagian, batas) > 0 && jumlah >= minBaris;
    if (!berhenti && cmp(bagian, peringatan) <= 0) continue;
    const bulanLain = [...f.luar].map(([bulan, n]) => ({ bulan, jumlah: n })).sort((a, b) => b.jumlah - a.jumlah || a.bulan - b.bulan);
    out.push({ label: f.label, bulan: f.bulan, bertanggal: f.bertanggal, jumlah, bagian, bulanLain, berhenti });
  }
  return out;
}
