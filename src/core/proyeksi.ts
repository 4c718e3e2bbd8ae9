// Mid-month projection (P-Care's "Capaian MID KBK"): from a month's exports so far, each
// indicator so far, a projected month-end value with an honest range, and what each better
// rating needs by the month's last day. It works on counts: every count a formula reads is
// projected with a range, and the rule set's formulas (src/core/rumus/) give the values, so
// it follows the rule set's indicator list. Pure and exact.
//
// How a count is projected (MetodeHitungan):
// - kurva: a count with daily facts (participants by their first contact, referrals,
//   non-specialistic referrals). The facility's own earlier full months say how a month
//   fills up: this month's count by day d × (month-end count ÷ count by day d) of each earlier
//   month, or, when either count by day d is 0, this month's count plus what came after day d
//   then. A ratio rather than an addition, so a facility busier this month keeps its pace.
//   An earlier month with none of the count at all is left out (unless this month has none
//   so far either): it says nothing of how a month fills up.
//   Projection: their mean. Range: their least and greatest, widened by two standard
//   deviations of a Poisson count for what is still to come (⌈2√(rest + 1)⌉: the rest of a
//   month is itself a count of chance visits, and a rest of none still allows a couple).
// - laju: no earlier month: the linear run-rate, count by day d × days in month ÷ d. Distinct
//   participants accumulate more slowly than visits (a second visit adds nobody), so it leans
//   high; the range runs from the count so far (a count cannot fall) to the run-rate plus the
//   same Poisson margin.
// - sebanding: TACC referrals have no daily facts: they grow in proportion to all referrals.
// - diukur: Prolanis counts. Measurements come about once a month, so those measured so far
//   stand; the participants still open — enrolled and not measured yet, and those an earlier
//   month had that this month has not shown yet — are projected controlled at the share the
//   earlier months had. The range lets every open one end either way, and a couple (the
//   Poisson margin of none) be measured again either way. Without an earlier month the
//   projection is the value as measured so far, and nothing bounds the participants still to
//   come.
// - tetap: registered participants, the month's list, known whole.
// - lengkap: the data run to the month's last day: nothing is left to project.
import type { Teks } from '../pesan/index.js';
import type { Indikator, JenisFktp, RuleSet } from '../rules/schema.js';
import { taccPalingBanyak } from './kosakata.js';
import type { DayNumber } from './month.js';
import { max, mean, min, parseDecimal, rat, roundHalfUp, type Rational } from './rational.js';
import { cari } from './bagi-dua.js';
import { rumus } from './rumus/index.js';
import { ratingIndikator, ratingLebihBaik } from './scoring.js';
import { HARI, KOLOM_HITUNGAN, type FaktaHarian, type FaktaProlanis, type HitunganBulan, type KunciHitungan } from './types.js';

/** The counts with daily facts, and the array of FaktaHarian that holds each per day. */
const HITUNGAN_HARIAN = {
  pesertaKontak: 'kontakPertama',
  rujukanTotal: 'rujukan',
  rujukanNonSpesialistik: 'rujukanNonSpesialistik',
} as const satisfies Partial<Record<KunciHitungan, keyof FaktaHarian>>;
export type KunciHarian = keyof typeof HITUNGAN_HARIAN;
const KUNCI_HARIAN = Object.keys(HITUNGAN_HARIAN) as KunciHarian[];

/** Facility f's count by day `hari` (1–31): its daily facts summed over days 1..hari. */
function sampaiHari(harian: FaktaHarian, kunci: KunciHarian, f: number, hari: number): number {
  const perHari = harian[HITUNGAN_HARIAN[kunci]];
  let n = 0;
  for (let d = 0; d < Math.min(hari, HARI); d++) n += perHari[f * HARI + d] as number;
  return n;
}

/** Every daily count of facility f by day `hari`. */
export const semuaSampaiHari = (harian: FaktaHarian, f: number, hari: number): Record<KunciHarian, number> =>
  Object.fromEntries(KUNCI_HARIAN.map((k) => [k, sampaiHari(harian, k, f, hari)])) as Record<KunciHarian, number>;

/**
 * A facility's counts with the rows dated after day `hari` left out: the daily counts from
 * their days. TACC referrals have no daily facts: kept as read, at most the referrals left
 * that are not non-specialistic (exact while TACC stays in the RRNS denominator).
 */
export function hitunganSampai(h: HitunganBulan, harian: FaktaHarian, f: number, hari: number): HitunganBulan {
  const s = { ...h, ...semuaSampaiHari(harian, f, hari) };
  return { ...s, rujukanTacc: taccPalingBanyak(h.rujukanTacc, s.rujukanTotal, s.rujukanNonSpesialistik) };
}

/** The Prolanis facts with the measurements dated after `sampai` left out (undated ones stay: they are as of the month). */
export function prolanisSampai(p: FaktaProlanis, sampai: DayNumber): FaktaProlanis {
  const u = p.ukur;
  const tetap: number[] = [];
  for (let i = 0; i < u.n; i++) if ((u.tanggal[i] as number) <= sampai) tetap.push(i);
  return {
    ...p,
    ukur: {
      n: tetap.length,
      peserta: Int32Array.from(tetap, (i) => u.peserta[i] as number),
      program: Uint8Array.from(tetap, (i) => u.program[i] as number),
      tanggal: Int32Array.from(tetap, (i) => u.tanggal[i] as number),
      a: Float64Array.from(tetap, (i) => u.a[i] as number),
      b: Float64Array.from(tetap, (i) => u.b[i] as number),
      baris: Int32Array.from(tetap, (i) => u.baris[i] as number),
    },
  };
}

export type MetodeHitungan = 'tetap' | 'kurva' | 'laju' | 'sebanding' | 'diukur' | 'lengkap';

export interface ProyeksiHitungan {
  sejauhIni: number;
  proyeksi: number;
  rendah: number;
  /** null: nothing bounds it (no earlier month says how many are still to come). */
  tinggi: number | null;
  metode: MetodeHitungan;
}

/** One of the facility's earlier full months, as the curves read it. */
export interface BulanLalu {
  /** The whole month's counts, controlled decided by the same clinical profile. */
  akhir: HitunganBulan;
  /** Its daily counts by the day of the month this month's data run to. */
  sampaiHari: Record<KunciHarian, number>;
}

export interface MasukanProyeksi {
  /** Counts up to the data-through date, controlled decided on the measurements up to it. */
  sejauhIni: HitunganBulan;
  /** Enrolled participants per programme not measured up to the data-through date. */
  belumDiukur: { dm: number; ht: number };
  /** The day of the month the data run to, and the month's days. */
  hari: number;
  hariBulan: number;
  /** The facility's earlier full months (up to three); months without a registered participant are not used. */
  lalu: readonly BulanLalu[];
}

/** Two standard deviations of a Poisson count with mean `sisa`, rounded up: ⌈2√(sisa + 1)⌉, by an exact integer root. */
function simpangan(sisa: number): number {
  const n = 4 * (sisa + 1);
  let r = Math.floor(Math.sqrt(n));
  while (r * r > n) r--;
  while ((r + 1) * (r + 1) <= n) r++;
  return r * r === n ? r : r + 1;
}

/** ⌊r⌋ and ⌈r⌉ of a non-negative rational. */
const bulatBawah = (r: Rational): number => Number(r.n / r.d);
const bulatAtas = (r: Rational): number => Number((r.n + r.d - 1n) / r.d);

/** A count with daily facts: kurva over the earlier months, else laju; never above `batas`. */
function proyeksiHarian(s: number, semuaLalu: { sampai: number; akhir: number }[], hari: number, hariBulan: number, batas: number | null): ProyeksiHitungan {
  // A month with none of it says nothing of how a month fills up, unless this one has none so far either.
  const lalu = semuaLalu.filter((l) => l.akhir > 0 || s === 0);
  const akhir =
    lalu.length > 0
      ? lalu.map((l) => (s > 0 && l.sampai > 0 ? rat(BigInt(s) * BigInt(l.akhir), l.sampai) : rat(s + l.akhir - l.sampai)))
      : [rat(BigInt(s) * BigInt(hariBulan), hari)];
  const proyeksi = Number(roundHalfUp(mean(akhir)));
  const margin = simpangan(proyeksi - s);
  const paling = (n: number): number => (batas === null ? n : Math.min(n, batas));
  return {
    sejauhIni: s,
    proyeksi: paling(proyeksi),
    rendah: lalu.length > 0 ? paling(Math.max(s, bulatBawah(akhir.reduce(min)) - margin)) : s,
    tinggi: paling(bulatAtas(akhir.reduce(max)) + margin),
    metode: lalu.length > 0 ? 'kurva' : 'laju',
  };
}

/** Diagnosed (or enrolled) participants: as shown so far, up to the most an earlier month had (the projection too); unbounded without one. */
function proyeksiTerdaftar(terdaftar: number, lalu: number[]): ProyeksiHitungan {
  const tinggi = lalu.length > 0 ? Math.max(terdaftar, ...lalu) : null;
  return { sejauhIni: terdaftar, proyeksi: tinggi ?? terdaftar, rendah: terdaftar, tinggi, metode: 'diukur' };
}

/**
 * The controlled among a programme's diagnosed participants (`t`: their projection). Those
 * still open (not measured, or not shown yet) end controlled at the share the earlier months
 * had (`lalu`: their controlled and diagnosed); the range lets each open one end either way.
 */
function proyeksiTerkendali(t: ProyeksiHitungan, terkendali: number, belumDiukur: number, lalu: { terkendali: number; terdaftar: number }[]): ProyeksiHitungan {
  const ulang = simpangan(0);
  const terbuka = belumDiukur + (t.proyeksi - t.sejauhIni);
  const [k, d] = lalu.reduce(([a, b], l) => [a + l.terkendali, b + l.terdaftar], [0, 0]);
  return {
    sejauhIni: terkendali,
    proyeksi: d === 0 ? terkendali : Math.min(t.proyeksi, terkendali + Number(roundHalfUp(rat(BigInt(terbuka) * BigInt(k), d)))),
    rendah: Math.max(0, terkendali - ulang),
    tinggi: t.tinggi === null ? null : Math.min(t.tinggi, terkendali + belumDiukur + (t.tinggi - t.sejauhIni) + ulang),
    metode: 'diukur',
  };
}

/** Every count a formula may read, projected to the month's end. */
export function proyeksiHitungan(m: MasukanProyeksi): Record<KunciHitungan, ProyeksiHitungan> {
  const h = m.sejauhIni;
  const tetap = (n: number, metode: MetodeHitungan): ProyeksiHitungan => ({ sejauhIni: n, proyeksi: n, rendah: n, tinggi: n, metode });
  if (m.hari >= m.hariBulan)
    return Object.fromEntries((Object.keys(KOLOM_HITUNGAN) as KunciHitungan[]).map((k) => [k, tetap(h[k], 'lengkap')])) as Record<KunciHitungan, ProyeksiHitungan>;
  const lalu = m.lalu.filter((l) => l.akhir.pesertaTerdaftar > 0);
  const harian = (k: KunciHarian, batas: number | null): ProyeksiHitungan =>
    proyeksiHarian(h[k], lalu.map((l) => ({ sampai: l.sampaiHari[k], akhir: l.akhir[k] })), m.hari, m.hariBulan, batas);
  const terdaftar = (k: 'dmTerdaftar' | 'htTerdaftar' | 'prolanisTerdaftar'): ProyeksiHitungan => proyeksiTerdaftar(h[k], lalu.map((l) => l.akhir[k]));
  const rujukanTotal = harian('rujukanTotal', null);
  // TACC referrals in proportion to all referrals: so far × projected ÷ so far.
  const sebanding = (n: number, bulat: (r: Rational) => number): number => (h.rujukanTotal === 0 ? h.rujukanTacc : bulat(rat(BigInt(h.rujukanTacc) * BigInt(n), h.rujukanTotal)));
  const dmTerdaftar = terdaftar('dmTerdaftar');
  const htTerdaftar = terdaftar('htTerdaftar');
  const prolanisTerdaftar = terdaftar('prolanisTerdaftar');
  return {
    pesertaTerdaftar: tetap(h.pesertaTerdaftar, 'tetap'),
    pesertaKontak: harian('pesertaKontak', h.pesertaTerdaftar),
    rujukanTotal,
    rujukanNonSpesialistik: harian('rujukanNonSpesialistik', null),
    rujukanTacc: {
      sejauhIni: h.rujukanTacc,
      proyeksi: sebanding(rujukanTotal.proyeksi, (r) => Number(roundHalfUp(r))),
      rendah: h.rujukanTacc,
      tinggi: sebanding(rujukanTotal.tinggi as number, bulatAtas),
      metode: 'sebanding',
    },
    dmTerdaftar,
    dmTerkendali: proyeksiTerkendali(dmTerdaftar, h.dmTerkendali, m.belumDiukur.dm, lalu.map((l) => ({ terkendali: l.akhir.dmTerkendali, terdaftar: l.akhir.dmTerdaftar }))),
    htTerdaftar,
    htTerkendali: proyeksiTerkendali(htTerdaftar, h.htTerkendali, m.belumDiukur.ht, lalu.map((l) => ({ terkendali: l.akhir.htTerkendali, terdaftar: l.akhir.htTerdaftar }))),
    prolanisTerdaftar,
    // As visited so far; every enrolled participant may still visit.
    prolanisBerkunjung: { ...tetap(h.prolanisBerkunjung, 'diukur'), tinggi: prolanisTerdaftar.tinggi },
  };
}

/**
 * What a better rating needs, counted from the month so far, the other counts as projected:
 * `tambah` N more by the last day (a count that lifts the rating), or `paling_banyak` N more
 * at most this month (one that lowers it); jumlah null: out of reach this month, and so every
 * better rating through that count.
 */
export interface Celah {
  rating: number;
  kunci: KunciHitungan;
  /** What the count is, in both languages (src/pesan/rumus.ts). */
  apa: Teks;
  arah: 'tambah' | 'paling_banyak';
  sejauhIni: number;
  jumlah: number | null;
  /** The month's count that gives it (so far + jumlah). */
  total: number | null;
}

export interface ProyeksiIndikator {
  id: string;
  nama: string;
  satuan: string;
  sejauhIni: Rational | null;
  proyeksi: Rational | null;
  /** The least and greatest value the month can end at (null: not assessable at either end). */
  rendah: Rational | null;
  tinggi: Rational | null;
  /** How its counts were projected (tetap left out). */
  metode: MetodeHitungan[];
  /** The counts its formula reads, projected. */
  hitungan: { kunci: KunciHitungan; proyeksi: ProyeksiHitungan }[];
  /** null: the facility is not rated (its type, or no registered participant). rendah/tinggi: the worst and best rating in the range. */
  rating: { sejauhIni: number; proyeksi: number; rendah: number; tinggi: number } | null;
  /** For each rating better than the projected one. */
  celah: Celah[];
}

/** Every combination of each count's ends (one end when it has no range or no upper bound). */
function sudut(dasar: HitunganBulan, ps: readonly { kunci: KunciHitungan; proyeksi: ProyeksiHitungan }[]): HitunganBulan[] {
  let out = [dasar];
  for (const { kunci, proyeksi: p } of ps) {
    const ujung = p.tinggi === null || p.tinggi === p.rendah ? [p.rendah] : [p.rendah, p.tinggi];
    out = out.flatMap((h) => ujung.map((n) => ({ ...h, [kunci]: n })));
  }
  return out;
}

function celahIndikator(ind: Indikator, rules: RuleSet, proyeksi: HitunganBulan, sejauhIni: HitunganBulan, dari: number): Celah[] {
  const r = rumus(ind.rumus);
  const target = ratingLebihBaik(ind, dari);
  const out: Celah[] = [];
  // A count that cannot reach a rating cannot reach a better one: said once.
  const buntu = new Set<KunciHitungan>();
  for (const rating of target)
    // The counts that move the value and their ceilings: the formula's `gerak`, the data explain reads too.
    for (const g of r.gerak) {
      const kunci = g.kunci;
      if (buntu.has(kunci)) continue;
      const s = sejauhIni[kunci];
      const cap = Math.max(s, g.batas(proyeksi));
      const ratingDi = (c: number): number => ratingIndikator(r.hitung({ ...proyeksi, [kunci]: c }, rules.kebijakan).nilai, ind, rules.id);
      // The formula is monotone in each count: the count's ends (none, all) tell which way it moves the rating.
      const [diNol, diCap] = [ratingDi(0), ratingDi(cap)];
      if (diNol === diCap) continue;
      const naik = diCap > diNol;
      const c = cari(s, cap, (x) => ratingDi(x) >= rating, !naik);
      if (c === null) buntu.add(kunci);
      out.push({ rating, kunci, apa: g.nama, arah: naik ? 'tambah' : 'paling_banyak', sejauhIni: s, jumlah: c === null ? null : c - s, total: c });
    }
  return out;
}

/** One indicator so far and projected, with its range; `dinilai`: the facility is rated. */
function proyeksiIndikator(ind: Indikator, rules: RuleSet, ps: Record<KunciHitungan, ProyeksiHitungan>, sejauhIni: HitunganBulan, dinilai: boolean): ProyeksiIndikator {
  const r = rumus(ind.rumus);
  const nilai = (h: HitunganBulan): Rational | null => r.hitung(h, rules.kebijakan).nilai;
  const hitungan = r.hitungan.map((kunci) => ({ kunci, proyeksi: ps[kunci] }));
  const hProyeksi = { ...sejauhIni, ...Object.fromEntries(hitungan.map((x) => [x.kunci, x.proyeksi.proyeksi])) };
  const [dMin, dMax] = r.domain.map(parseDecimal) as [Rational, Rational];
  // A count nothing bounds can take the value anywhere in the formula's domain; corners past it are clamped into it.
  const ujung = [...sudut(sejauhIni, hitungan).map(nilai), ...(hitungan.some((x) => x.proyeksi.tinggi === null) ? [dMin, dMax] : [])].map((v) =>
    v === null ? null : max(dMin, min(dMax, v)),
  );
  const ada = ujung.filter((v): v is Rational => v !== null);
  const rating = (v: Rational | null): number => ratingIndikator(v, ind, rules.id);
  const vProyeksi = nilai(hProyeksi);
  const ratingUjung = ujung.map(rating);
  return {
    id: ind.id,
    nama: ind.nama,
    satuan: ind.satuan,
    sejauhIni: nilai(sejauhIni),
    proyeksi: vProyeksi,
    rendah: ada.length > 0 ? ada.reduce(min) : null,
    tinggi: ada.length > 0 ? ada.reduce(max) : null,
    metode: [...new Set(hitungan.map((x) => x.proyeksi.metode).filter((m) => m !== 'tetap'))],
    hitungan,
    rating: dinilai ? { sejauhIni: rating(nilai(sejauhIni)), proyeksi: rating(vProyeksi), rendah: Math.min(...ratingUjung), tinggi: Math.max(...ratingUjung) } : null,
    celah: dinilai ? celahIndikator(ind, rules, hProyeksi, sejauhIni, rating(vProyeksi)) : [],
  };
}

/** A facility's indicators, as the rule set lists them, so far and projected to the month's end. */
export function proyeksiFasilitas(m: MasukanProyeksi, jenis: JenisFktp, rules: RuleSet): ProyeksiIndikator[] {
  const ps = proyeksiHitungan(m);
  // Rated as capaian rates: a registered participant, and a type that is rated at all.
  const dinilai = m.sejauhIni.pesertaTerdaftar > 0 && rules.perlakuanJenis[jenis].nilai !== 'tidak_dinilai';
  return rules.indikator.map((ind) => proyeksiIndikator(ind, rules, ps, m.sejauhIni, dinilai));
}
