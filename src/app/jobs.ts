// The monthly jobs (compute, pay, run) as plans: read the exports, compute, and return the
// report files to write. Nothing is written here, so a run that fails part-way writes
// nothing; the CLI writes the returned files atomically and maps errors to exit codes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hitungCapaian, hitungKapitasi, type BulanPenilaian, type Capaian, type Kapitasi } from '../core/assessment.js';
import { jelaskan, type Penjelasan } from '../core/explain.js';
import { assessmentWindow, formatMonth, type MonthIndex, type WindowKind } from '../core/month.js';
import { catatanKualitasData } from '../core/indicators.js';
import { penurunanPeserta, type Penurunan, type PesertaBulan } from '../core/kewajaran.js';
import { parseDecimal } from '../core/rational.js';
import type { BatasUkuran } from '../ingest/csv.js';
import { jumlahHitungan, type HitunganBulan } from '../core/types.js';
import { DataError, MissingInputError, UsageError } from '../errors.js';
import { bacaBulan, bacaPesertaTerdaftar, folderBulan, type KonteksBaca } from '../ingest/bulan.js';
import type { OpsiDialek } from '../ingest/dialek.js';
import type { KonteksFile, StatistikFile } from '../ingest/file.js';
import { bacaDiagnosa, bacaFktp } from '../ingest/master.js';
import { Penolakan } from '../ingest/rejects.js';
import { RulesError, ruleSetFor, tariffSetFor } from '../rules/index.js';
import { daftarNilaiAturan, daftarNilaiTarif, jumlahBelumTerverifikasi } from '../rules/provenance.js';
import type { RuleSet, TariffSet } from '../rules/schema.js';
import { barisCapaian, barisKapitasi, KOLOM_CAPAIAN, KOLOM_KAPITASI, KOLOM_TOLAK } from '../report/columns.js';
import { csvPotongan, csvText, type Isi } from '../report/write.js';

export interface OpsiJob {
  dataDir: string;
  outDir: string;
  strict: boolean;
  maxRejectRate: number;
  /** --delimiter, --encoding, --date-format (sniffed per file when absent). */
  dialek: OpsiDialek;
  /** --rules: one rule set used for every month instead of selection by month. */
  rules?: RuleSet;
  /** --tariffs: one tariff set used instead of selection by payment month. */
  tariffs?: TariffSet;
  window?: WindowKind;
  rataRata?: 'indikator' | 'nilai';
  /**
   * --terima-penurunan: facilities whose sharp fall of registered participants (or Rp 0
   * payment) the caller accepts as real; 'semua' accepts every one.
   */
  terimaPenurunan?: ReadonlySet<string> | 'semua';
  /** --max-row-bytes, --max-field-bytes. */
  batas?: BatasUkuran;
  /** Progress (stderr). */
  log: (message: string) => void;
}

export interface FileLaporan {
  path: string;
  content: Isi;
}

export interface HasilJob {
  capaian: Capaian[][];
  kapitasi: Kapitasi[] | null;
  tolak: Penolakan;
  files: FileLaporan[];
  /** Per assessment month read, the data-quality figures over all facilities (as in catatan). */
  kualitas: Map<MonthIndex, string[]>;
  /** Rule and tariff sets the reports used, for the provisional-values notice. */
  dipakai: { aturan: RuleSet[]; tarif: TariffSet[] };
  /** What the files' shape means for the numbers, and accepted falls: said on stderr. */
  peringatan: string[];
}

/** The set in force for a month (or the one forced by a flag); none in force is a usage error. */
function pilih<T>(forced: T | undefined, select: () => T, flag: string): T {
  try {
    return forced ?? select();
  } catch (e) {
    if (e instanceof RulesError) throw new UsageError(`${e.message}; pass ${flag} FILE to supply one`);
    throw e;
  }
}

const pilihAturan = (opsi: OpsiJob, bulan: MonthIndex): RuleSet => pilih(opsi.rules, () => ruleSetFor(bulan), '--rules');
const pilihTarif = (opsi: OpsiJob, bulan: MonthIndex): TariffSet => pilih(opsi.tariffs, () => tariffSetFor(bulan), '--tariffs');

export async function konteks(opsi: OpsiJob, tolak: Penolakan, periksaSemua?: Map<string, StatistikFile>): Promise<KonteksBaca> {
  if (!existsSync(opsi.dataDir)) throw new MissingInputError(`${opsi.dataDir}: data folder does not exist`);
  const file: KonteksFile = {
    tolak,
    dialek: opsi.dialek,
    barisDibaca: new Map(),
    log: opsi.log,
    periksaSemua,
    peringatan: [],
    batas: opsi.batas,
  };
  const master = await bacaFktp(file, opsi.dataDir);
  const diagnosa = await bacaDiagnosa(file, opsi.dataDir);
  return { ...file, dataDir: opsi.dataDir, master, diagnosa };
}

function fileCapaian(opsi: OpsiJob, bulan: MonthIndex, rows: Capaian[]): FileLaporan {
  return { path: join(opsi.outDir, `capaian-${formatMonth(bulan)}.csv`), content: csvText(KOLOM_CAPAIAN, rows.map(barisCapaian)) };
}

/** tolak-M.csv: every rejected or set-aside row of the run (or those `pilih` keeps). */
export function fileTolak(opsi: OpsiJob, bulan: MonthIndex, tolak: Penolakan, pilih: (file: string) => boolean = () => true): FileLaporan {
  function* rows(): Generator<Record<string, string>> {
    for (const t of tolak.semua()) if (pilih(t.file)) yield { file: t.file, baris: String(t.baris), alasan: t.alasan, isi: t.isi };
  }
  return { path: join(opsi.outDir, `tolak-${formatMonth(bulan)}.csv`), content: () => csvPotongan(KOLOM_TOLAK, rows())() };
}

async function capaianBulan(ctx: KonteksBaca, opsi: OpsiJob, bulan: MonthIndex): Promise<{ rows: Capaian[]; hitungan: HitunganBulan[]; catatan: string[]; rules: RuleSet }> {
  const rules = pilihAturan(opsi, bulan);
  opsi.log(`reading ${formatMonth(bulan)} (${rules.id})`);
  const { hitungan, catatan } = await bacaBulan(ctx, bulan, rules);
  const catatanData = [...ctx.master.catatan, ...catatan];
  const rows = ctx.master.daftar.map((f, i) => hitungCapaian(f, bulan, hitungan[i] as HitunganBulan, rules, catatanData));
  return { rows, hitungan, catatan, rules };
}

/**
 * Runs a job; when bad data stops it, the error carries the run's rejects file, so the
 * analyst gets every bad row found though no report is written.
 */
async function denganTolak<T>(opsi: OpsiJob, bulan: MonthIndex, job: (tolak: Penolakan) => Promise<T>): Promise<T> {
  const tolak = new Penolakan({ strict: opsi.strict, maxRejectRate: opsi.maxRejectRate });
  try {
    return await job(tolak);
  } catch (e) {
    if (e instanceof DataError) e.tolak = { ...fileTolak(opsi, bulan, tolak), ringkasan: tolak.ringkasan() };
    throw e;
  }
}

/** kbk compute: one assessment month → capaian-M.csv and tolak-M.csv. */
export function compute(opsi: OpsiJob, bulan: MonthIndex): Promise<HasilJob> {
  return denganTolak(opsi, bulan, (tolak) => computeDengan(opsi, bulan, tolak));
}

async function computeDengan(opsi: OpsiJob, bulan: MonthIndex, tolak: Penolakan): Promise<HasilJob> {
  const ctx = await konteks(opsi, tolak);
  const { rows, rules, hitungan } = await capaianBulan(ctx, opsi, bulan);
  return {
    capaian: [rows],
    kualitas: new Map([[bulan, catatanKualitasData(jumlahHitungan(hitungan))]]),
    kapitasi: null,
    tolak: ctx.tolak,
    files: [fileCapaian(opsi, bulan, rows), fileTolak(opsi, bulan, ctx.tolak)],
    dipakai: { aturan: [rules], tarif: [] },
    peringatan: ctx.peringatan,
  };
}

/**
 * kbk pay / kbk run: the window's assessment months, averaged, pay month P.
 * withCapaian (run) also returns each window month's capaian report.
 */
export function pay(opsi: OpsiJob, bulanBayar: MonthIndex, withCapaian: boolean): Promise<HasilJob> {
  return denganTolak(opsi, bulanBayar, (tolak) => payDengan(opsi, bulanBayar, withCapaian, tolak));
}

async function payDengan(opsi: OpsiJob, bulanBayar: MonthIndex, withCapaian: boolean, tolak: Penolakan): Promise<HasilJob> {
  const ctx = await konteks(opsi, tolak);
  const kind: WindowKind = opsi.window ?? pilihAturan(opsi, bulanBayar - 1).kebijakan.jendela.nilai;
  const window = assessmentWindow(bulanBayar, kind);
  const last = window[window.length - 1] as MonthIndex;
  const rules = pilihAturan(opsi, last);
  const tarif = pilihTarif(opsi, bulanBayar);

  const months: { bulan: MonthIndex; hitungan: HitunganBulan[] | null; catatan: string[]; aturan: string }[] = [];
  const capaian: Capaian[][] = [];
  const files: FileLaporan[] = [];
  const aturanDipakai = new Map<string, RuleSet>([[rules.id, rules]]);
  for (const bulan of window) {
    if (!folderBulan(opsi.dataDir, bulan)) {
      opsi.log(`warning: ${formatMonth(bulan)}: no month folder in ${opsi.dataDir}; averaging over the months present`);
      months.push({ bulan, hitungan: null, catatan: [], aturan: pilihAturan(opsi, bulan).id });
      continue;
    }
    const c = await capaianBulan(ctx, opsi, bulan);
    months.push({ bulan, hitungan: c.hitungan, catatan: c.catatan, aturan: c.rules.id });
    if (withCapaian) {
      capaian.push(c.rows);
      files.push(fileCapaian(opsi, bulan, c.rows));
      aturanDipakai.set(c.rules.id, c.rules);
    }
  }
  if (months.every((m) => m.hitungan === null))
    throw new MissingInputError(
      `${opsi.dataDir}: none of the assessment months ${window.map(formatMonth).join(', ')} (${kind} window for ${formatMonth(bulanBayar)}) has a month folder`,
    );

  // Participants paid on: the payment month's peserta.csv, else the latest assessed month.
  let peserta: number[];
  let pesertaBulan: MonthIndex;
  const catatanBulan = new Map(months.map((m) => [m.bulan, m.catatan]));
  if (existsSync(join(opsi.dataDir, formatMonth(bulanBayar), 'peserta.csv'))) {
    opsi.log(`reading ${formatMonth(bulanBayar)}/peserta.csv`);
    const p = await bacaPesertaTerdaftar(ctx, bulanBayar);
    peserta = p.jumlah;
    catatanBulan.set(bulanBayar, p.catatan);
    pesertaBulan = bulanBayar;
  } else {
    const latest = [...months].reverse().find((m) => m.hitungan !== null) as (typeof months)[number];
    opsi.log(`warning: ${formatMonth(bulanBayar)}/peserta.csv not found; paying on the registered participants of ${formatMonth(latest.bulan)}`);
    peserta = (latest.hitungan as HitunganBulan[]).map((h) => h.pesertaTerdaftar);
    pesertaBulan = latest.bulan;
  }

  // Sanity across months: a sharp fall or a vanished facility is a cut export until the caller says otherwise.
  const seri: PesertaBulan[] = months.flatMap((m) => (m.hitungan ? [{ bulan: m.bulan, jumlah: m.hitungan.map((h) => h.pesertaTerdaftar) }] : []));
  if (pesertaBulan === bulanBayar) seri.push({ bulan: bulanBayar, jumlah: peserta });
  const turun = penurunanPeserta(seri, parseDecimal(rules.kewajaran.batasPenurunanPeserta.nilai));
  const umum = [...ctx.master.catatan, ...catatanPerBulan(catatanBulan)];
  const kapitasi = ctx.master.daftar.map((fktp, i) => {
    const jendela: BulanPenilaian[] = months.map((m) => ({ bulan: m.bulan, hitungan: m.hitungan?.[i] ?? null, aturanBulan: m.aturan }));
    const diterima = turun.filter((t) => t.f === i).map((t) => `penurunan peserta diterima: ${t.dari.jumlah} (${formatMonth(t.dari.bulan)}) → ${t.ke.jumlah} (${formatMonth(t.ke.bulan)})`);
    return hitungKapitasi({
      fktp,
      bulanBayar,
      jendela,
      peserta: { jumlah: peserta[i] as number, bulan: pesertaBulan },
      rules,
      tarif,
      rataRata: opsi.rataRata ?? rules.kebijakan.rataRata.nilai,
      catatanData: [...umum, ...diterima],
    });
  });
  const peringatan = [...ctx.peringatan, ...periksaKewajaran(opsi, ctx, turun, kapitasi, rules)];
  files.push({
    path: join(opsi.outDir, `kapitasi-${formatMonth(bulanBayar)}.csv`),
    content: csvText(KOLOM_KAPITASI, kapitasi.map(barisKapitasi)),
  });
  files.push(fileTolak(opsi, bulanBayar, ctx.tolak));
  const kualitas = new Map(months.flatMap((m) => (m.hitungan ? [[m.bulan, catatanKualitasData(jumlahHitungan(m.hitungan))] as const] : [])));
  return { capaian, kapitasi, kualitas, tolak: ctx.tolak, files, dipakai: { aturan: [...aturanDipakai.values()], tarif: [tarif] }, peringatan };
}

/**
 * Month notes for a report spanning months: each note once, with the months it holds for
 * ("peserta.csv tanpa kolom status: … (2024-04, 2024-05)").
 */
function catatanPerBulan(perBulan: Map<MonthIndex, string[]>): string[] {
  const bulanNya = new Map<string, MonthIndex[]>();
  for (const [m, notes] of perBulan) for (const n of notes) bulanNya.set(n, [...(bulanNya.get(n) ?? []), m]);
  return [...bulanNya].map(([n, ms]) => `${n} (${ms.map(formatMonth).join(', ')})`);
}

/**
 * Falls of registered participants and Rp 0 payments: a DataError listing every facility
 * not accepted by --terima-penurunan; the accepted ones come back as warnings.
 */
function periksaKewajaran(opsi: OpsiJob, ctx: KonteksBaca, turun: Penurunan[], kapitasi: Kapitasi[], rules: RuleSet): string[] {
  const terima = opsi.terimaPenurunan;
  const diterima = (kode: string): boolean => terima === 'semua' || (terima?.has(kode) ?? false);
  const batas = rules.kewajaran.batasPenurunanPeserta.nilai;
  const temuan: { kode: string; pesan: string }[] = [];
  for (const t of turun) {
    const kode = ctx.master.daftar[t.f]?.kodePpk as string;
    const ke = `${t.ke.jumlah.toLocaleString('en-US')} in ${formatMonth(t.ke.bulan)}`;
    const dari = `${t.dari.jumlah.toLocaleString('en-US')} in ${formatMonth(t.dari.bulan)}`;
    temuan.push({
      kode,
      pesan:
        t.ke.jumlah === 0
          ? `${kode}: not in ${formatMonth(t.ke.bulan)}/peserta.csv, though it had ${dari}; is that file complete?`
          : `${kode}: registered participants fell from ${dari} to ${ke}, below ${batas} × the month before; is ${formatMonth(t.ke.bulan)}/peserta.csv complete?`,
    });
  }
  for (const k of kapitasi)
    if (k.pembayaran.kapitasiDibayar === 0n && !turun.some((t) => ctx.master.daftar[t.f] === k.fktp))
      temuan.push({ kode: k.fktp.kodePpk, pesan: `${k.fktp.kodePpk}: paid Rp 0 (${k.pesertaTerdaftar} registered participants, tarif ${k.tarifDasar})` });
  const tolak = temuan.filter((t) => !diterima(t.kode));
  if (tolak.length > 0)
    throw new DataError(
      `${tolak.length === 1 ? 'one facility looks' : `${tolak.length} facilities look`} like a damaged export, so no payment is written:\n  ${tolak.map((t) => t.pesan).join('\n  ')}\nIf the change is real, accept it with --terima-penurunan ${[...new Set(tolak.map((t) => t.kode))].join(',')} (or --terima-penurunan semua)`,
    );
  return temuan.map((t) => `accepted by --terima-penurunan: ${t.pesan}`);
}

/** kbk explain: one facility's month, with the way to the next rating and payment band. */
export async function explain(opsi: OpsiJob, bulan: MonthIndex, kodePpk: string): Promise<{ penjelasan: Penjelasan; dipakai: HasilJob['dipakai'] }> {
  const ctx = await konteks(opsi, new Penolakan({ strict: opsi.strict, maxRejectRate: opsi.maxRejectRate }));
  if (!ctx.master.indeks.has(kodePpk))
    throw new UsageError(`--ppk "${kodePpk}" is not in fktp.csv (it has ${ctx.master.daftar.length} facilities, e.g. ${ctx.master.daftar.slice(0, 3).map((f) => f.kodePpk).join(', ')})`);
  const { rows, rules } = await capaianBulan(ctx, opsi, bulan);
  const c = rows[ctx.master.indeks.get(kodePpk) as number] as Capaian;
  return { penjelasan: jelaskan(c, rules), dipakai: { aturan: [rules], tarif: [] } };
}

/** The one stderr notice that a report rests on values that are not verified (spec §4.4). */
export function catatanProvisional(dipakai: HasilJob['dipakai']): string | null {
  const parts: string[] = [];
  for (const rs of dipakai.aturan) {
    const n = jumlahBelumTerverifikasi(daftarNilaiAturan(rs));
    if (n > 0) parts.push(`${rs.id}: ${n} values`);
  }
  for (const ts of dipakai.tarif) {
    const n = jumlahBelumTerverifikasi(daftarNilaiTarif(ts));
    if (n > 0) parts.push(`${ts.id}: ${n} values`);
  }
  if (parts.length === 0) return null;
  const ids = [...dipakai.aturan, ...dipakai.tarif].map((s) => s.id);
  return `note: this report uses provisional or design values (${parts.join(', ')}); see \`kbk rules show ${ids[0]}\` and override with --rules FILE`;
}
