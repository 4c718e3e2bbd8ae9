// The monthly jobs (compute, pay, run) as plans: read the exports, compute, and return the
// report files to write. Nothing is written here, so a run that fails part-way writes
// nothing; the CLI writes the returned files atomically and maps errors to exit codes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hitungCapaian, hitungKapitasi, type BulanPenilaian, type Capaian, type Kapitasi } from '../core/assessment.js';
import { jelaskan, type Penjelasan } from '../core/explain.js';
import { assessmentWindow, formatMonth, type MonthIndex, type WindowKind } from '../core/month.js';
import { catatanKualitasData } from '../core/indicators.js';
import { jumlahHitungan, type HitunganBulan } from '../core/types.js';
import { DataError, MissingInputError, UsageError } from '../errors.js';
import { bacaBulan, bacaPesertaTerdaftar, folderBulan, type KonteksBaca } from '../ingest/bulan.js';
import type { OpsiDialek } from '../ingest/csv.js';
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
  /** Progress and warnings (stderr). */
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

async function capaianBulan(ctx: KonteksBaca, opsi: OpsiJob, bulan: MonthIndex): Promise<{ rows: Capaian[]; hitungan: HitunganBulan[]; rules: RuleSet }> {
  const rules = pilihAturan(opsi, bulan);
  opsi.log(`reading ${formatMonth(bulan)} (${rules.id})`);
  const hitungan = await bacaBulan(ctx, bulan, rules);
  const rows = ctx.master.daftar.map((f, i) => hitungCapaian(f, bulan, hitungan[i] as HitunganBulan, rules));
  return { rows, hitungan, rules };
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

  const months: { bulan: MonthIndex; hitungan: HitunganBulan[] | null; aturan: string }[] = [];
  const capaian: Capaian[][] = [];
  const files: FileLaporan[] = [];
  const aturanDipakai = new Map<string, RuleSet>([[rules.id, rules]]);
  for (const bulan of window) {
    if (!folderBulan(opsi.dataDir, bulan)) {
      opsi.log(`warning: ${formatMonth(bulan)}: no month folder in ${opsi.dataDir}; averaging over the months present`);
      months.push({ bulan, hitungan: null, aturan: pilihAturan(opsi, bulan).id });
      continue;
    }
    const c = await capaianBulan(ctx, opsi, bulan);
    months.push({ bulan, hitungan: c.hitungan, aturan: c.rules.id });
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
  if (existsSync(join(opsi.dataDir, formatMonth(bulanBayar), 'peserta.csv'))) {
    opsi.log(`reading ${formatMonth(bulanBayar)}/peserta.csv`);
    peserta = await bacaPesertaTerdaftar(ctx, bulanBayar);
    pesertaBulan = bulanBayar;
  } else {
    const latest = [...months].reverse().find((m) => m.hitungan !== null) as (typeof months)[number];
    opsi.log(`warning: ${formatMonth(bulanBayar)}/peserta.csv not found; paying on the registered participants of ${formatMonth(latest.bulan)}`);
    peserta = (latest.hitungan as HitunganBulan[]).map((h) => h.pesertaTerdaftar);
    pesertaBulan = latest.bulan;
  }

  const kapitasi = ctx.master.daftar.map((fktp, i) => {
    const jendela: BulanPenilaian[] = months.map((m) => ({ bulan: m.bulan, hitungan: m.hitungan?.[i] ?? null, aturanBulan: m.aturan }));
    return hitungKapitasi({
      fktp,
      bulanBayar,
      jendela,
      peserta: { jumlah: peserta[i] as number, bulan: pesertaBulan },
      rules,
      tarif,
      rataRata: opsi.rataRata ?? rules.kebijakan.rataRata.nilai,
    });
  });
  files.push({
    path: join(opsi.outDir, `kapitasi-${formatMonth(bulanBayar)}.csv`),
    content: csvText(KOLOM_KAPITASI, kapitasi.map(barisKapitasi)),
  });
  files.push(fileTolak(opsi, bulanBayar, ctx.tolak));
  const kualitas = new Map(months.flatMap((m) => (m.hitungan ? [[m.bulan, catatanKualitasData(jumlahHitungan(m.hitungan))] as const] : [])));
  return { capaian, kapitasi, kualitas, tolak: ctx.tolak, files, dipakai: { aturan: [...aturanDipakai.values()], tarif: [tarif] } };
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
