// kbk explain --bayar: why one facility is paid what it is for a payment month — the
// window's months and their indicators under the payment's rule set, the averages and their
// ratings, total nilai → payment band → percentage, eligibility, the tariff and its floor,
// and the Rupiah. Built from the same pieces pay uses (bacaJendela, ketentuanBayar,
// hitungBayar), so the explanation cannot drift from the payment. Structured:
// src/report/jelaskan-bayar.ts words it for people and as JSON.
import type { Capaian, Kapitasi } from '../core/assessment.js';
import type { MonthIndex } from '../core/month.js';
import type { Rational } from '../core/rational.js';
import { bandIndikator, bandPembayaran, kelayakan } from '../core/scoring.js';
import { UsageError } from '../errors.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import { penolakanUntuk } from '../ingest/rejects.js';
import type { RuleSet } from '../rules/schema.js';
import type { Pesan } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import { periksaBulanLembar } from './verifikasi.js';
import { bacaJendela, jendelaBayar, capaianDari, hitungBayar, ketentuanBayar, konteks, peringatanTarif, pesanTarif, temuanKewajaran, type HasilJob, type Jendela, type OpsiJob } from './jobs.js';
import { tarifDiLuarRentang } from '../core/kewajaran.js';
import type { BulanJendela, PenjelasanBayar, RataIndikator } from '../report/hasil.js';

export type { BulanJendela, PenjelasanBayar, RataIndikator } from '../report/hasil.js';

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
  periksaBulanLembar(ctx, jendelaBayar(opsi, bulanBayar).window);
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
  return { penjelasan, dipakai: { aturan: [k.rules], tarif: [k.tarif], bulanBayar: j.bulanBayar }, peringatan: [...ctx.peringatan, ...tarif] };
}
