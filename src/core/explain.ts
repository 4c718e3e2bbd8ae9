// Why a facility got its numbers, and what would lift it: each indicator from its counts,
// its band and nilai, and the smallest change in counts that reaches the next rating and
// the next payment band. Pure and structured: src/report/explain.ts words it for people,
// --json prints it as numbers.
import type { Teks } from '../pesan/index.js';
import type { Band, Indikator, PersenBand, RuleSet } from '../rules/schema.js';
import type { Capaian } from './assessment.js';
import { add, cmp, mul, parseDecimal, rat, sub, type Rational } from './rational.js';
import { cari } from './bagi-dua.js';
import { langkah, rumus, type Arah, type Uraian } from './rumus/index.js';
import { bandDari, bandIndikator, bandLebihBaik, inBand, ratingIndikator, ratingLebihBaik, tabelPembayaran } from './scoring.js';
import type { HitunganBulan, KunciHitungan } from './types.js';
import type { VerifikasiFasilitas } from './verifikasi.js';

/** k more (or fewer) of something, and the value and rating it gives. */
export interface Perubahan {
  jumlah: number;
  /** The count that changes, and which way (the formula's `gerak`, as data). */
  kunci: KunciHitungan;
  arah: Arah;
  /** What changes, in both languages (src/pesan/rumus.ts). */
  apa: Teks;
  nilai: Rational;
  rating: number;
}

/** For each way to move the indicator, the smallest change that reaches rating ≥ target. */
function perubahanMinimal(ind: Indikator, h: HitunganBulan, rules: RuleSet, target: number): Perubahan[] {
  const out: Perubahan[] = [];
  for (const l of langkah(rumus(ind.rumus), h, rules.kebijakan)) {
    // Smallest k in 0..max that reaches the target (ratings only improve as k grows).
    const k = cari(0, l.max, (x) => ratingIndikator(l.nilai(x), ind, rules.id) >= target);
    if (k === null || k === 0) continue;
    const v = l.nilai(k) as Rational;
    out.push({ jumlah: k, kunci: l.kunci, arah: l.arah, apa: l.apa, nilai: v, rating: ratingIndikator(v, ind, rules.id) });
  }
  return out;
}

export interface PenjelasanIndikator {
  id: string;
  nama: string;
  satuan: string;
  uraian: Uraian;
  nilai: Rational | null;
  rating: number | null;
  /** The band the value fell in; null when not assessed (then the rating is the rule set's ratingTidakDinilai). */
  band: Band | null;
  bobot: string;
  nilaiKinerja: Rational | null;
  /** The next rating up, and the smallest changes in counts that reach it. */
  berikutnya: { rating: number; band: Band; cara: Perubahan[] } | null;
}

/** One change of one indicator that moves the payment to the next band. */
export interface Peluang {
  persen: string;
  indikator: string;
  rating: number;
  totalNilai: Rational;
  cara: Perubahan;
}

export interface Penjelasan {
  kodePpk: string;
  namaFktp: string;
  jenisFktp: string;
  bulan: number;
  aturan: string;
  indikator: PenjelasanIndikator[];
  totalNilai: Rational | null;
  /** The payment band the total fell in, for the facility's type. */
  bandPembayaran: PersenBand | null;
  kbkBerlaku: boolean;
  persenKapitasi: Rational;
  /** What would move the payment to the next band. */
  peluang: Peluang[];
  catatan: string[];
  /**
   * --verifikasi: the month's worksheet and what it found at this facility per kind (null:
   * no row of this facility); absent without --verifikasi. The counts above are already
   * without the records marked tidak.
   */
  verifikasi?: { file: string; fasilitas: VerifikasiFasilitas | null };
}

export function jelaskan(c: Capaian, rules: RuleSet, verifikasi?: Penjelasan['verifikasi']): Penjelasan {
  const h = c.hitungan;
  const p = c.penilaian;
  const indikator: PenjelasanIndikator[] = rules.indikator.map((ind) => {
    const v = c.indikator.nilai[ind.id] ?? null;
    const rating = p ? (p.rating[ind.id] ?? null) : null;
    const band = v === null || rating === null ? null : bandIndikator(v, ind);
    const better = rating === null ? undefined : bandLebihBaik(ind, rating);
    return {
      id: ind.id,
      nama: ind.nama,
      satuan: ind.satuan,
      uraian: rumus(ind.rumus).uraian(h, rules.kebijakan),
      nilai: v,
      rating,
      band,
      bobot: ind.bobot.nilai,
      nilaiKinerja: p ? (p.nilai[ind.id] ?? null) : null,
      berikutnya: better && v !== null ? { rating: better.rating, band: better, cara: perubahanMinimal(ind, h, rules, better.rating) } : null,
    };
  });

  const peluang: Peluang[] = [];
  let bandPembayaran: PersenBand | null = null;
  if (p) {
    const table = tabelPembayaran(c.fktp.jenisFktp, rules);
    if (table) {
      bandPembayaran = bandDari(p.totalNilai, table.band);
      const next = table.band
        .filter((b) => cmp(parseDecimal(b.persen), parseDecimal(bandPembayaran?.persen ?? '0')) > 0)
        .sort((a, b) => cmp(parseDecimal(a.persen), parseDecimal(b.persen)))[0];
      if (next) {
        const reaches = (total: Rational): boolean => table.band.some((b) => inBand(total, b) && cmp(parseDecimal(b.persen), parseDecimal(next.persen)) >= 0);
        for (const ind of rules.indikator) {
          if (c.indikator.nilai[ind.id] === null) continue;
          const r0 = p.rating[ind.id] as number;
          const w = parseDecimal(ind.bobot.nilai);
          const ratings = ratingLebihBaik(ind, r0);
          // Per way of moving the indicator: the smallest change whose rating lifts the total far enough.
          const found = new Map<KunciHitungan, Peluang>();
          for (const r of ratings)
            for (const ch of perubahanMinimal(ind, h, rules, r)) {
              const total = add(sub(p.totalNilai, p.nilai[ind.id] as Rational), mul(w, rat(ch.rating)));
              if (!found.has(ch.kunci) && reaches(total)) found.set(ch.kunci, { persen: next.persen, indikator: ind.id, rating: ch.rating, totalNilai: total, cara: ch });
            }
          peluang.push(...found.values());
        }
      }
    }
  }
  return {
    kodePpk: c.fktp.kodePpk,
    namaFktp: c.fktp.namaFktp,
    jenisFktp: c.fktp.jenisFktp,
    bulan: c.bulan,
    aturan: c.aturan,
    indikator,
    totalNilai: p?.totalNilai ?? null,
    bandPembayaran,
    kbkBerlaku: c.kbkBerlaku,
    persenKapitasi: c.persenKapitasi,
    peluang,
    catatan: c.catatan,
    ...(verifikasi ? { verifikasi } : {}),
  };
}
