// kbk explain --bayar: why one facility is paid what it is for a payment month — the
// window's months and their indicators under the payment's rule set, the averages and their
// ratings, total nilai → payment band → percentage, eligibility, the tariff and its floor,
// and the Rupiah. Built from the same pieces pay uses (bacaJendela, ketentuanBayar,
// hitungBayar), so the explanation cannot drift from the payment. Structured:
// src/report/jelaskan-bayar.ts words it for people and as JSON.
import type { Capaian, Kapitasi } from '../core/assessment.js';
import type { NilaiIndikator } from '../core/indicators.js';
import type { MonthIndex, WindowKind } from '../core/month.js';
import type { Rational } from '../core/rational.js';
import { bandIndikator, bandPembayaran, kelayakan } from '../core/scoring.js';
import type { Fktp } from '../core/types.js';
import { UsageError } from '../errors.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import { penolakanUntuk } from '../ingest/rejects.js';
import type { Band, PersenBand, RuleSet } from '../rules/schema.js';
import type { Pesan, Teks } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import { bacaJendela, capaianDari, hitungBayar, ketentuanBayar, konteks, peringatanTarif, pesanTarif, temuanKewajaran, type HasilJob, type Jendela, type OpsiJob } from './jobs.js';
import { tarifDiLuarRentang } from '../core/kewajaran.js';

/** One month of the window, judged under the payment's rule set and clinical profile. */
export interface BulanJendela {
  bulan: MonthIndex;
  /** The rule set in force for the month itself (the payment's may differ). */
  aturanBulan: string;
  /** false: no month folder (or summary sheet): not in the average. */
  ada: boolean;
  /** false: no registered participant that month: not in the average. */
  dinilai: boolean;
  nilai: NilaiIndikator;
  /** Ratings and total nilai of the month; null when the facility's type is not rated. */
  rating: Record<string, number> | null;
  totalNilai: Rational | null;
}

/** One indicator averaged over the months assessed, and rated. */
export interface RataIndikator {
  id: string;
  nama: string;
  satuan: string;
  /** The monthly values averaged (the months assessed where it had a value). */
  dari: Rational[];
  nilai: Rational | null;
  rating: number | null;
  /** The band the average fell in; null when not assessed (the rule set's ratingTidakDinilai then). */
  band: Band | null;
  bobot: string;
  nilaiKinerja: Rational | null;
}

export interface PenjelasanBayar {
  fktp: Fktp;
  bulanBayar: MonthIndex;
  jendela: WindowKind;
  aturan: string;
  aturanTarif: string;
  rataRata: 'indikator' | 'nilai';
  bulan: BulanJendela[];
  indikator: RataIndikator[];
  /** Months that went into the averages. */
  jumlahBulanDinilai: number;
  /** With rataRata 'nilai', the monthly totals averaged into totalNilai. */
  totalBulanan: Rational[];
  totalNilai: Rational | null;
  /** The payment band the total fell in for the facility's type (paid only when kbkBerlaku). */
  bandPembayaran: PersenBand | null;
  kbkBerlaku: boolean;
  /** Why the adjustment does not apply (type treatment, eligibility); empty when it does. */
  alasan: string[];
  persenKapitasi: Rational;
  /** Registered participants paid on, and the month they come from. */
  peserta: { jumlah: number; bulan: MonthIndex };
  tarif: { dasar: bigint; setelahKbk: Rational; minimal: bigint | null; lantai: Rational | null; lantaiDiterapkan: boolean; dibayar: Rational };
  /** peserta × tarif dibayar exactly, then rounded half-up once. */
  kapitasi: { penuh: bigint; tepat: Rational; dibayar: bigint; potongan: bigint };
  /** What would stop pay for this facility as a damaged export (unless --terima-penurunan), in both languages. */
  kewajaran: Teks[];
  catatan: string[];
}

/** A window month's indicators under the payment's rule set (capaianDari judges with the rule set it is given). */
function bulanJendela(ctx: KonteksBaca, opsi: OpsiJob, m: Jendela['months'][number], rules: RuleSet, f: number): BulanJendela {
  if (!m.dibaca) return { bulan: m.bulan, aturanBulan: m.aturan, ada: false, dinilai: false, nilai: {}, rating: null, totalNilai: null };
  const c = capaianDari(ctx, opsi, { ...m.dibaca, rules }).rows[f] as Capaian;
  return { bulan: m.bulan, aturanBulan: m.aturan, ada: true, dinilai: c.indikator.dinilai, nilai: c.indikator.nilai, rating: c.penilaian?.rating ?? null, totalNilai: c.penilaian?.totalNilai ?? null };
}

function rataIndikator(k: Kapitasi, rules: RuleSet, bulan: BulanJendela[]): RataIndikator[] {
  return rules.indikator.map((ind) => {
    const v = k.rata[ind.id] ?? null;
    return {
      id: ind.id,
      nama: ind.nama,
      satuan: ind.satuan,
      dari: bulan.flatMap((b) => (b.dinilai && b.nilai[ind.id] ? [b.nilai[ind.id] as Rational] : [])),
      nilai: v,
      rating: k.penilaian?.rating[ind.id] ?? null,
      band: v === null ? null : bandIndikator(v, ind),
      bobot: ind.bobot.nilai,
      nilaiKinerja: k.penilaian?.nilai[ind.id] ?? null,
    };
  });
}

/** kbk explain --bayar: one facility's payment for bulanBayar, step by step. */
export async function jelaskanBayar(opsi: OpsiJob, bulanBayar: MonthIndex, kodePpk: string): Promise<{ penjelasan: PenjelasanBayar; dipakai: HasilJob['dipakai']; peringatan: Pesan[] }> {
  const ctx = await konteks(opsi, penolakanUntuk(opsi));
  const f = ctx.master.indeks.get(kodePpk);
  if (f === undefined)
    throw new UsageError(PESAN_APP.ppkTidakAda(kodePpk, ctx.master.daftar.length, ctx.master.daftar.slice(0, 3).map((x) => x.kodePpk)));
  const j = await bacaJendela(ctx, opsi, bulanBayar);
  const k = ketentuanBayar(opsi, j);
  const { kapitasi, turun } = hitungBayar(ctx, j, k);
  const kap = kapitasi[f] as Kapitasi;
  const bulan = j.months.map((m) => bulanJendela(ctx, opsi, m, k.rules, f));
  const p = kap.pembayaran;
  const total = kap.penilaian?.totalNilai ?? null;
  const dinilai = bulan.filter((b) => b.dinilai);
  const penjelasan: PenjelasanBayar = {
    fktp: kap.fktp,
    bulanBayar,
    jendela: j.kind,
    aturan: k.rules.id,
    aturanTarif: k.tarif.id,
    rataRata: k.rataRata,
    bulan,
    indikator: rataIndikator(kap, k.rules, bulan),
    jumlahBulanDinilai: kap.jumlahBulanDinilai,
    totalBulanan: k.rataRata === 'nilai' ? dinilai.flatMap((b) => (b.totalNilai ? [b.totalNilai] : [])) : [],
    totalNilai: total,
    bandPembayaran: total === null ? null : bandPembayaran(total, kap.fktp.jenisFktp, k.rules),
    kbkBerlaku: kap.kbkBerlaku,
    alasan: kelayakan(kap.fktp, bulanBayar, kap.pesertaTerdaftar, k.rules).alasan,
    persenKapitasi: kap.persenKapitasi,
    peserta: { jumlah: kap.pesertaTerdaftar, bulan: j.pesertaBulan },
    tarif: {
      dasar: p.tarifDasar,
      setelahKbk: p.tarifSetelahKbk,
      minimal: p.tarifMinimal,
      lantai: p.lantai,
      lantaiDiterapkan: p.lantaiDiterapkan,
      dibayar: p.tarifDibayar,
    },
    kapitasi: { penuh: p.kapitasiPenuh, tepat: p.kapitasiTepat, dibayar: p.kapitasiDibayar, potongan: p.potongan },
    kewajaran: temuanKewajaran(ctx, turun, kapitasi, k.rules).filter((t) => t.kode === kodePpk).map((t) => t.pesan),
    catatan: kap.catatan,
  };
  // A tariff outside its range: pay would stop (unless --terima-tarif); said here, as banding does.
  const tarif = tarifDiLuarRentang(ctx.master.daftar, k.tarif).filter((t) => t.f === f).map((t) => (t.pasti ? PESAN_APP.bayarBerhentiDiSini(pesanTarif(ctx, t)) : peringatanTarif(ctx, t)));
  return { penjelasan, dipakai: { aturan: [k.rules], tarif: [k.tarif] }, peringatan: [...ctx.peringatan, ...tarif] };
}
