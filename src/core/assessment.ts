// The monthly assessment (capaian) and the payable capitation (kapitasi) of one facility,
// assembled from the pure pieces: indicators → ratings → eligibility → percentage → money.
import type { RuleSet, TariffSet } from '../rules/schema.js';
import { catatanKualitasData, indikatorBulan, type IndikatorBulan, type NilaiIndikator } from './indicators.js';
import { formatMonth, type MonthIndex } from './month.js';
import { hitungPembayaran, type Pembayaran } from './money.js';
import { mean, rat, type Rational } from './rational.js';
import { kelayakan, nilaiKinerja, persenKapitasi, type Penilaian } from './scoring.js';
import type { Fktp, HitunganBulan, KunciHitungan } from './types.js';

const SERATUS = rat(100);

export interface Capaian {
  bulan: MonthIndex;
  fktp: Fktp;
  aturan: string;
  hitungan: HitunganBulan;
  indikator: IndikatorBulan;
  /** null: not rated (praktik dokter gigi, or no registered participant). */
  penilaian: Penilaian | null;
  kbkBerlaku: boolean;
  persenKapitasi: Rational;
  catatan: string[];
  /** Counts the source could not give (a summary workbook has no rujukan_tacc): reported empty. */
  tidakDiketahui?: ReadonlySet<KunciHitungan>;
}

/** Rates a month and applies eligibility; shared by capaian and the averaged kapitasi. */
function nilaiDanPersen(
  fktp: Fktp,
  values: NilaiIndikator,
  assessed: boolean,
  month: MonthIndex,
  pesertaTerdaftar: number,
  rules: RuleSet,
  totalOverride?: Rational,
): { penilaian: Penilaian | null; kbkBerlaku: boolean; persen: Rational; alasan: string[] } {
  const k = kelayakan(fktp, month, pesertaTerdaftar, rules);
  const penilaian = assessed && k.perlakuan !== 'tidak_dinilai' ? nilaiKinerja(values, rules) : null;
  if (penilaian && totalOverride) penilaian.totalNilai = totalOverride;
  const kbkBerlaku = k.kbkBerlaku && penilaian !== null;
  const persen = kbkBerlaku && penilaian ? persenKapitasi(penilaian.totalNilai, fktp.jenisFktp, rules) : SERATUS;
  return { penilaian, kbkBerlaku, persen, alasan: k.alasan };
}

/**
 * One facility's month. `catatanData`: what the files' shape changes for every facility
 * (an absent optional column), appended to catatan.
 */
export function hitungCapaian(fktp: Fktp, bulan: MonthIndex, hitungan: HitunganBulan, rules: RuleSet, catatanData: readonly string[] = []): Capaian {
  const indikator = indikatorBulan(hitungan, rules);
  const r = nilaiDanPersen(fktp, indikator.nilai, indikator.dinilai, bulan, hitungan.pesertaTerdaftar, rules);
  return {
    bulan,
    fktp,
    aturan: rules.id,
    hitungan,
    indikator,
    penilaian: r.penilaian,
    kbkBerlaku: r.kbkBerlaku,
    persenKapitasi: r.persen,
    catatan: [...indikator.catatan, ...r.alasan, ...catatanKualitasData(hitungan), ...catatanData],
  };
}

export interface BulanPenilaian {
  bulan: MonthIndex;
  /** null: no export for that month (missing folder). */
  hitungan: HitunganBulan | null;
  /** The rule set in force for that month itself, to flag a window that straddles two. */
  aturanBulan: string;
}

export interface Kapitasi {
  bulanBayar: MonthIndex;
  fktp: Fktp;
  aturan: string;
  aturanTarif: string;
  jendela: MonthIndex[];
  jumlahBulanDinilai: number;
  /** Each indicator averaged over the months assessed, by indicator id. */
  rata: NilaiIndikator;
  penilaian: Penilaian | null;
  kbkBerlaku: boolean;
  persenKapitasi: Rational;
  pesertaTerdaftar: number;
  tarifDasar: bigint;
  tarifMinimal: bigint | null;
  pembayaran: Pembayaran;
  catatan: string[];
}

function meanOrNull(values: (Rational | null)[]): Rational | null {
  const present = values.filter((v): v is Rational => v !== null);
  return present.length === 0 ? null : mean(present);
}

/**
 * Payable capitation for payment month P (spec §1.2–1.3): each indicator is averaged over
 * the window months in which the facility was assessed (or, rataRata = "nilai", the
 * monthly total nilai), rated and scored with `rules`, then eligibility is judged on P.
 */
export function hitungKapitasi(args: {
  fktp: Fktp;
  bulanBayar: MonthIndex;
  jendela: BulanPenilaian[];
  /** Registered participants paid on, and the month they come from. */
  peserta: { jumlah: number; bulan: MonthIndex };
  rules: RuleSet;
  tarif: TariffSet;
  rataRata: 'indikator' | 'nilai';
  /** Appended to catatan: the files' shape (absent columns), accepted falls of participants. */
  catatanData?: readonly string[];
}): Kapitasi {
  const { fktp, bulanBayar, rules, tarif, peserta } = args;
  const catatan: string[] = [];
  const monthly: IndikatorBulan[] = [];
  for (const b of args.jendela) {
    if (b.hitungan === null) {
      catatan.push(`bulan ${formatMonth(b.bulan)} tanpa data`);
      continue;
    }
    const ind = indikatorBulan(b.hitungan, rules);
    if (!ind.dinilai) continue;
    monthly.push(ind);
    if (b.aturanBulan !== rules.id) catatan.push(`bulan ${formatMonth(b.bulan)} dinilai dengan ${rules.id} (berlaku: ${b.aturanBulan})`);
  }
  const rata: NilaiIndikator = Object.fromEntries(rules.indikator.map((i) => [i.id, meanOrNull(monthly.map((m) => m.nilai[i.id] ?? null))]));
  if (monthly.length === 0) catatan.push('tidak ada bulan dinilai: dibayar 100%');
  else if (monthly.length < args.jendela.length) catatan.push(`rata-rata ${monthly.length} dari ${args.jendela.length} bulan`);
  for (const i of rules.indikator) if (monthly.length > 0 && rata[i.id] === null) catatan.push(`${i.id.toUpperCase()} tidak dinilai di semua bulan`);
  if (peserta.bulan !== bulanBayar) catatan.push(`peserta dari ${formatMonth(peserta.bulan)}: peserta.csv bulan bayar tidak ada`);

  let totalOverride: Rational | undefined;
  if (args.rataRata === 'nilai' && monthly.length > 0) {
    totalOverride = mean(monthly.map((m) => nilaiKinerja(m.nilai, rules).totalNilai));
  }
  const r = nilaiDanPersen(fktp, rata, monthly.length > 0, bulanBayar, peserta.jumlah, rules, totalOverride);
  catatan.push(...r.alasan);

  const tarifMinimal = fktp.tarifMinimal ?? (tarif.rentang[fktp.jenisFktp].min === null ? null : BigInt(tarif.rentang[fktp.jenisFktp].min as number));
  if (tarifMinimal === null) catatan.push(`tarif minimal tidak diketahui di ${tarif.id}: tanpa lantai`);
  catatan.push(...(args.catatanData ?? []));
  const pembayaran = hitungPembayaran({
    pesertaTerdaftar: peserta.jumlah,
    tarifDasar: fktp.tarifKapitasi,
    persenKapitasi: r.persen,
    tarifMinimal,
  });
  return {
    bulanBayar,
    fktp,
    aturan: rules.id,
    aturanTarif: tarif.id,
    jendela: args.jendela.map((b) => b.bulan),
    jumlahBulanDinilai: monthly.length,
    rata,
    penilaian: r.penilaian,
    kbkBerlaku: r.kbkBerlaku,
    persenKapitasi: r.persen,
    pesertaTerdaftar: peserta.jumlah,
    tarifDasar: fktp.tarifKapitasi,
    tarifMinimal,
    pembayaran,
    catatan,
  };
}
