// The monthly jobs (compute, pay, run, explain, banding) as plans: read the exports,
// compute, and return the report files to write. Nothing is written here, so a run that
// fails part-way writes nothing; the CLI writes the returned files as one set and maps
// errors to exit codes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hitungCapaian, hitungKapitasi, type BulanPenilaian, type Capaian, type Kapitasi } from '../core/assessment.js';
import { jelaskan, type Penjelasan } from '../core/explain.js';
import { catatanKualitasData } from '../core/indicators.js';
import { penurunanPeserta, tarifDiLuarRentang, type Penurunan, type PesertaBulan, type TarifDiLuar } from '../core/kewajaran.js';
import { hitunganBulan, putuskan, tanggalSamaBerbeda, type KeputusanKlinis } from '../core/klinis.js';
import { assessmentWindow, daysOfMonth, formatDate, formatMonth, monthOfDay, parseMonth, type DayNumber, type MonthIndex, type WindowKind } from '../core/month.js';
import { batasEntri } from '../core/batas-entri.js';
import { KALENDER_LIBUR } from '../rules/libur.js';
import { bulanTidakLengkap } from '../core/sinyal.js';
import { batasUkur } from '../core/wajar.js';
import { parseDecimal } from '../core/rational.js';
import { jumlahHitungan, type FaktaBulan, type HitunganBulan } from '../core/types.js';
import { DataError, MissingInputError, UsageError } from '../errors.js';
import { bacaBulan, bacaPesertaTerdaftar, folderBulan, panaskanPembelah, type KonteksBaca } from '../ingest/bulan.js';
import type { KonteksFile, StatistikFile } from '../ingest/file.js';
import { bacaDiagnosa, bacaFktp } from '../ingest/master.js';
import { bacaRingkasan } from '../ingest/ringkasan.js';
import { bulanRingkasan, cocokkanRingkasan, type BulanRingkasan } from './ringkasan.js';
import type { BulanDibaca, OpsiJob } from './opsi.js';
import { fileAnomali, sinyalUntuk } from './sinyal.js';
import { Prabaca, utasDiminta } from './bulan-paralel.js';
import { periksaLuarBulan, periksaSalinan, peringatanPenurunan } from './bulan-salah.js';
import { penolakanUntuk, type Penolakan } from '../ingest/rejects.js';
import { RulesError, ruleSetFor, tariffSetFor } from '../rules/index.js';
import type { ProfilKlinis, RuleSet, TariffSet } from '../rules/schema.js';
import { barisCapaian, barisKapitasi, kolomCapaian, kolomKapitasi, KOLOM_TOLAK } from '../report/columns.js';
import { csvExcel, csvExcelPotongan } from '../report/csv-excel.js';
import { namaBukuKerja, namaLaporan } from '../report/nama-laporan.js';
import { barisRekap, barisRekapCabang, KOLOM_REKAP, KOLOM_REKAP_CABANG } from '../report/rekap.js';
import { csvPotongan, csvText } from '../report/tulis-csv.js';
import type { FileLaporan } from '../report/write.js';
import { bukuKerja } from '../report/xlsx.js';
import { gantiKartu } from '../report/samaran.js';
import type { HasilJob, Ketentuan, RingkasanVerifikasi, SinyalBulan } from '../report/hasil.js';
import { barisVerifikasi, KOLOM_VERIFIKASI } from '../report/verifikasi.js';
import { PESAN_VERIFIKASI } from '../pesan/verifikasi.js';
import { bacaSemuaLembar, periksaBulanLembar, terapkanVerifikasi, untukBaca } from './verifikasi.js';
import type { Pesan, Teks } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';

export type { FileLaporan } from '../report/write.js';
export type { HasilJob, Ketentuan } from '../report/hasil.js';
export type { BulanDibaca, OpsiJob } from './opsi.js';

/** The set in force for a month (or the one forced by a flag); none in force is a usage error. */
function pilih<T>(forced: T | undefined, select: () => T, flag: string): T {
  try {
    return forced ?? select();
  } catch (e) {
    if (e instanceof RulesError) throw new UsageError(PESAN_APP.tanpaSetBerlaku(e.teks, flag));
    throw e;
  }
}

export const pilihAturan = (opsi: OpsiJob, bulan: MonthIndex): RuleSet => pilih(opsi.rules, () => ruleSetFor(bulan), '--rules');
const pilihTarif = (opsi: OpsiJob, bulan: MonthIndex): TariffSet => pilih(opsi.tariffs, () => tariffSetFor(bulan), '--tariffs');

/** The clinical profile: --profil-klinis, else the rule set's bawaan. */
export function pilihProfil(rules: RuleSet, nama: string | undefined): ProfilKlinis {
  const n = nama ?? rules.klinis.bawaan;
  const p = rules.klinis.profil[n];
  if (!p) throw new UsageError(PESAN_APP.profilTidakAda(n, rules.id, Object.keys(rules.klinis.profil)));
  return p;
}

export async function konteks(opsi: OpsiJob, tolak: Penolakan, periksaSemua?: Map<string, StatistikFile>): Promise<KonteksBaca> {
  if (!existsSync(opsi.dataDir)) throw new MissingInputError(PESAN_APP.folderDataTidakAda(opsi.dataDir));
  const file: KonteksFile = {
    tolak,
    dialek: opsi.dialek,
    barisDibaca: new Map(),
    log: opsi.log,
    periksaSemua,
    peringatan: [],
    batas: opsi.batas,
    kemajuan: opsi.kemajuan,
    tanpaJalur: opsi.tanpaJalur,
  };
  const fktp = await bacaFktp(file, opsi.dataDir);
  const master = opsi.catatanRun?.length ? { ...fktp, catatan: [...fktp.catatan, ...opsi.catatanRun] } : fktp;
  const diagnosa = await bacaDiagnosa(file, opsi.dataDir);
  const ringkasan = opsi.ringkasan ? await bacaRingkasan(file, master, opsi.ringkasan.path, opsi.ringkasan.labelBulan) : undefined;
  const lembarVerifikasi = await bacaSemuaLembar(opsi);
  return { ...file, dataDir: opsi.dataDir, master, diagnosa, ringkasan, lembarVerifikasi, belah: belahUntuk(opsi) };
}

/** Whether a month read alone may split its large files with a helper thread: not with KBK_THREADS=1; whatever the size with KBK_THREADS=N (N ≥ 2). */
function belahUntuk(opsi: OpsiJob): KonteksBaca['belah'] {
  const n = utasDiminta(opsi.utas);
  return n === 1 ? undefined : { paksa: n !== undefined };
}

/** A CSV report: machine-readable by default, the Excel-Indonesian dialect with --csv-excel. */
function fileCsv(opsi: OpsiJob, nama: string, columns: readonly string[], rows: Record<string, string>[]): FileLaporan {
  return { path: join(opsi.outDir, nama), content: opsi.format?.csvExcel ? csvExcel(columns, rows) : csvText(columns, rows) };
}

function fileCapaian(opsi: OpsiJob, bulan: MonthIndex, rows: Capaian[], rules: RuleSet): FileLaporan {
  return fileCsv(opsi, namaLaporan('capaian', bulan), kolomCapaian(rules), rows.map((r) => barisCapaian(r, rules)));
}

/** tolak-M.csv: every rejected or set-aside row of the run (or those `pilih` keeps). */
export function fileTolak(opsi: OpsiJob, bulan: MonthIndex, tolak: Penolakan, pilih: (file: string) => boolean = () => true): FileLaporan {
  function* rows(): Generator<Record<string, string>> {
    const ganti = opsi.samarkan;
    for (const t of tolak.semua()) {
      // kode is the same in every language (scripts match it); alasan is in the run's language.
      const alasan = (opsi.bahasa ?? 'id') === 'id' ? t.alasanId : t.alasan;
      if (pilih(t.file)) yield { file: t.file, baris: String(t.baris), kode: t.kode, alasan: ganti ? gantiKartu(alasan, ganti) : alasan, isi: ganti ? gantiKartu(t.isi, ganti) : t.isi };
    }
  }
  const potong = opsi.format?.csvExcel ? csvExcelPotongan : csvPotongan;
  return { path: join(opsi.outDir, namaLaporan('tolak', bulan)), content: () => potong(KOLOM_TOLAK, rows())(), pribadi: true };
}

/** The month of a rejects entry's file ("2024-06/kontak.csv" → 2024-06); null for fktp.csv, diagnosa.csv, a summary workbook. */
const bulanFile = (file: string): MonthIndex | null => (file[7] === '/' ? parseMonth(file.slice(0, 7)) : null);

/**
 * The rejects as one file per month they come from (issue 12): tolak-2024-06.csv holds the
 * rows of 2024-06's files. Rows of the files without a month (fktp.csv, diagnosa.csv, a
 * summary workbook) go with the run's own month `bulanRun` (compute's month, pay's payment
 * month), whose file is always written. `dibaca`: the months read, each given a file even
 * when clean.
 */
export function filesTolak(opsi: OpsiJob, bulanRun: MonthIndex, dibaca: readonly MonthIndex[], tolak: Penolakan): FileLaporan[] {
  const bulan = new Set([bulanRun, ...dibaca]);
  for (const file of tolak.ringkasan().keys()) {
    const m = bulanFile(file);
    if (m !== null) bulan.add(m);
  }
  const milik = (file: string): MonthIndex => {
    const m = bulanFile(file);
    return m !== null && bulan.has(m) ? m : bulanRun;
  };
  return [...bulan].sort((a, b) => a - b).map((m) => fileTolak(opsi, m, tolak, (file) => milik(file) === m));
}

/**
 * The reports every run adds beside capaian/kapitasi: the branch recap (rekap-M.csv),
 * and on request the analyst's workbook (kbk-M.xlsx) and the months in the branch's own
 * workbook layout (rekap-cabang-M.csv). The HTML report (--html) is added by
 * src/app/laporan.ts denganHalaman, which reads the trend's earlier months.
 */
async function laporanTambahan(opsi: OpsiJob, h: HasilJob): Promise<HasilJob> {
  const files = [...h.files, fileCsv(opsi, namaLaporan('rekap', h.bulan), KOLOM_REKAP, barisRekap(h))];
  if (opsi.format?.rekapCabang)
    for (const c of h.capaian) files.push(fileCsv(opsi, namaLaporan('rekap-cabang', c.rows[0]?.bulan ?? h.bulan), KOLOM_REKAP_CABANG, barisRekapCabang(c.rows, c.rules)));
  if (opsi.format?.xlsx) files.push({ path: join(opsi.outDir, namaBukuKerja(h.bulan)), content: await bukuKerja(h, { samarkan: opsi.samarkan, bahasa: opsi.bahasa }), pribadi: true }); // its Tolak sheet quotes rows
  return { ...h, files };
}

/**
 * The entry deadline a month's contacts are held to: only where the rule set says late
 * entries do not count (kebijakan.batasEntri.akibat), from the shipped holiday calendars.
 */
function batasEntriBulan(rules: RuleSet, bulan: MonthIndex): { hari?: DayNumber; tanpaKalender?: number } {
  const aturan = rules.kebijakan.batasEntri.nilai;
  if (aturan.akibat !== 'tidak_dihitung') return {};
  const h = batasEntri(bulan, aturan, (tahun) => {
    const k = KALENDER_LIBUR.get(tahun);
    return k ? new Set(k.libur.map((l) => l.tanggal)) : undefined;
  });
  return 'hari' in h ? { hari: h.hari } : { tanpaKalender: h.tanpaKalender };
}

/** One month read (its folder, or its sheet in --summary) with the rule set in force for it. */
export async function bacaDenganAturan(ctx: KonteksBaca, opsi: OpsiJob, bulan: MonthIndex): Promise<BulanDibaca> {
  const rules = pilihAturan(opsi, bulan);
  if (ctx.ringkasan) {
    const r = bulanRingkasan(ctx, bulan, rules);
    if (r === null) throw new MissingInputError(PESAN_APP.ringkasanTanpaBulan(opsi.ringkasan?.path, formatMonth(bulan), [...ctx.ringkasan.bulan.keys()].sort((a, b) => a - b).map(formatMonth)));
    return { bulan, catatan: r.catatan, rules, fakta: null, ringkasan: r, tidakLengkap: null };
  }
  opsi.log(PESAN_APP.membaca(formatMonth(bulan), rules.id));
  // Another month's file, or an export over the wrong period: stop, or say so (src/app/bulan-salah.ts).
  const diterima: string[] = [];
  periksaSalinan(ctx, opsi, bulan, diterima);
  // The month's rule set says what a measurement can be and, under Perber 2/2017, until when a
  // contact may be entered; the reader applies both (issues 15, 18).
  const batas = batasEntriBulan(rules, bulan);
  // --verifikasi: the month's worksheet, checked by the readers row by row (src/app/verifikasi.ts).
  const lembar = ctx.lembarVerifikasi?.get(bulan);
  const cek = lembar && untukBaca(lembar, ctx.master);
  const { fakta, catatan, tanggal } = await bacaBulan({ ...ctx, ukur: batasUkurDari(rules, opsi), batasEntri: batas.hari, verifikasi: cek }, bulan);
  const verifikasi = lembar && cek ? terapkanVerifikasi(lembar, cek, fakta, rules, pilihProfil(rules, opsi.profilKlinis), ctx.master) : undefined;
  if (batas.tanpaKalender !== undefined && fakta.harian.ada.entri) {
    // A year kbk has no holiday calendar for: the deadline is not guessed, and that is said.
    ctx.peringatan.push(PESAN_APP.tanpaKalenderLibur(formatMonth(bulan), batas.tanpaKalender));
    catatan.push(`kalender hari libur ${batas.tanpaKalender} tidak ada: batas entri tidak diterapkan`);
  }
  periksaLuarBulan(ctx, opsi, tanggal, rules, diterima);
  catatan.push(...diterima);
  if (opsi.gdpSatuan === 'mmol') {
    // Never reinterpreted in silence: stderr (kept by --quiet), and catatan on every row.
    ctx.peringatan.push(PESAN_APP.gdpMmol(formatMonth(bulan), rules.klinis.wajar.faktorGdpMmol.nilai));
    catatan.push(`gdp dalam mmol/L dikonversi ke mg/dL × ${rules.klinis.wajar.faktorGdpMmol.nilai} (--gdp-satuan mmol)`);
  }
  const sampai = opsi.sampai !== undefined && monthOfDay(opsi.sampai) === bulan ? opsi.sampai : undefined;
  const terakhir = fakta.harian.kontakTerakhir;
  const tidakLengkap = bulanTidakLengkap(bulan, terakhir, rules.kewajaran.bulanTidakLengkapHari.nilai, sampai);
  if (sampai !== undefined && terakhir !== null && terakhir > sampai)
    ctx.peringatan.push(PESAN_APP.kontakSesudahSampai(formatMonth(bulan), formatDate(terakhir), formatDate(sampai)));
  if (tidakLengkap !== null) {
    // Scored as it stands, never as a full month in silence: stderr, and catatan on every row.
    const { last } = daysOfMonth(bulan);
    ctx.peringatan.push(
      PESAN_APP.bulanTidakLengkap(formatMonth(bulan), sampai !== undefined ? { sampai: formatDate(sampai) } : { terakhir: formatDate(tidakLengkap), hari: last - tidakLengkap }),
    );
    catatan.push(`bulan belum lengkap: data sampai ${formatDate(tidakLengkap)}`);
  }
  return { bulan, fakta, catatan, rules, ringkasan: null, tidakLengkap, verifikasi };
}

/** What the reader checks a month's measurements against: the rule set's plausible ranges, and --gdp-satuan. */
export const batasUkurDari = (rules: RuleSet, opsi: OpsiJob) => batasUkur(rules.klinis.wajar, opsi.gdpSatuan ?? 'mg');

/** Whether the month can be read: its folder, or its sheet in the summary. */
export const adaBulan = (ctx: KonteksBaca, opsi: OpsiJob, bulan: MonthIndex): boolean => (ctx.ringkasan ? ctx.ringkasan.bulan.has(bulan) : folderBulan(opsi.dataDir, bulan) !== null);

/**
 * A month's clinical decision and counts under a profile, made once for each pair: a run's
 * capaian reports (capaianDari) and its payment (hitungBayar) judge the same facts, most often
 * under the same profile (three months of 450,000 measurements: ~50 ms a second time).
 */
const klinisDibuat = new WeakMap<FaktaBulan, Map<ProfilKlinis, { keputusan: KeputusanKlinis; hitungan: HitunganBulan[] }>>();
function klinisBulan(fakta: FaktaBulan, profil: ProfilKlinis): { keputusan: KeputusanKlinis; hitungan: HitunganBulan[] } {
  let perProfil = klinisDibuat.get(fakta);
  if (perProfil === undefined) klinisDibuat.set(fakta, (perProfil = new Map()));
  let k = perProfil.get(profil);
  if (k === undefined) {
    const keputusan = putuskan(fakta.prolanis, profil);
    k = { keputusan, hitungan: hitunganBulan(fakta, profil, keputusan) };
    perProfil.set(profil, k);
  }
  return k;
}

const hitunganDari = (b: BulanDibaca, profil: ProfilKlinis): HitunganBulan[] => (b.fakta ? klinisBulan(b.fakta, profil).hitungan : (b.ringkasan as BulanRingkasan).hitungan);
const pesertaDari = (b: BulanDibaca): number[] => (b.fakta ? b.fakta.dasar : (b.ringkasan as BulanRingkasan).hitungan).map((h) => h.pesertaTerdaftar);

/** A month's capaian rows under its own rule set (and the chosen clinical profile). */
export function capaianDari(ctx: KonteksBaca, opsi: OpsiJob, b: BulanDibaca): { rows: Capaian[]; hitungan: HitunganBulan[]; peringatan: Pesan[] } {
  const profil = pilihProfil(b.rules, opsi.profilKlinis);
  // The clinical decision once: it gives the counts and the same-date readings that disagree.
  const keputusan = b.fakta ? klinisBulan(b.fakta, profil).keputusan : null;
  const hitungan = hitunganDari(b, profil);
  const catatanData = [...ctx.master.catatan, ...b.catatan];
  const rows = ctx.master.daftar.map((f, i) => hitungCapaian(f, b.bulan, hitungan[i] as HitunganBulan, b.rules, catatanData));
  for (const [f, teks] of b.verifikasi?.catatan ?? []) rows[f]?.catatan.push(...teks);
  if (!b.ringkasan) {
    // Measurements of one date that disagree: the profile decides, and the file is named (a row exported twice with other values looks the same).
    const beda = b.fakta ? tanggalSamaBerbeda(b.fakta.prolanis, profil, keputusan as KeputusanKlinis) : { jumlah: 0, baris: [] };
    const peringatan = beda.jumlah > 0 ? [PESAN_APP.tanggalSamaBerbeda(`${formatMonth(b.bulan)}/prolanis.csv`, beda.jumlah, beda.baris, profil.tanggalSama.nilai)] : [];
    return { rows, hitungan, peringatan };
  }
  for (const r of rows) r.tidakDiketahui = b.ringkasan.tidakDiketahui;
  return { rows, hitungan, peringatan: cocokkanRingkasan(rows, b.ringkasan, b.rules) };
}

/** Runs a job; when bad data stops it, hands the run's rejects to opsi.padaBerhenti first. */
export async function denganTolak<T>(opsi: OpsiJob, bulan: MonthIndex, job: (tolak: Penolakan) => Promise<T>): Promise<T> {
  const tolak = penolakanUntuk(opsi);
  try {
    return await job(tolak);
  } catch (e) {
    if (e instanceof DataError) opsi.padaBerhenti?.(filesTolak(opsi, bulan, [], tolak), tolak.ringkasan());
    throw e;
  }
}

/** kbk compute: one assessment month → capaian-M.csv and tolak-M.csv. */
export function compute(opsi: OpsiJob, bulan: MonthIndex): Promise<HasilJob> {
  // The month's helper thread starts now, while the rules and fktp.csv are read (src/ingest/bulan/pembelah.ts).
  if (!opsi.ringkasan && !opsi.verifikasi?.length) panaskanPembelah(opsi.dataDir, bulan, belahUntuk(opsi));
  return denganTolak(opsi, bulan, async (tolak) => {
    const ctx = await konteks(opsi, tolak);
    periksaBulanLembar(ctx, [bulan]);
    const b = await bacaDenganAturan(ctx, opsi, bulan);
    const { rows, hitungan, peringatan } = capaianDari(ctx, opsi, b);
    const sinyal = sinyalUntuk(ctx, opsi, b, hitungan, rows, new Map(), peringatan);
    const verifikasi = hasilVerifikasi(opsi, [b]);
    return laporanTambahan(opsi, {
      bulan,
      capaian: [{ rows, rules: b.rules }],
      kualitas: new Map([[bulan, catatanKualitasData(jumlahHitungan(hitungan))]]),
      kapitasi: null,
      tolak: ctx.tolak,
      files: [fileCapaian(opsi, bulan, rows, b.rules), fileAnomali(opsi, bulan, sinyal), ...filesTolak(opsi, bulan, [bulan], ctx.tolak), ...verifikasi.files],
      dipakai: { aturan: [b.rules], tarif: [] },
      peringatan: [...ctx.peringatan, ...peringatan, ...verifikasi.peringatan],
      sinyal,
      dihitung: [{ bulan, rows, rules: b.rules }],
      verifikasi: verifikasi.ringkasan,
    });
  });
}

/** The window of a payment month as read: each month's facts (null: no folder), and who is paid on. */
export interface Jendela {
  bulanBayar: MonthIndex;
  kind: WindowKind;
  months: { bulan: MonthIndex; dibaca: BulanDibaca | null; aturan: string }[];
  /** Registered participants paid on, per facility, and the month they come from. */
  peserta: number[];
  pesertaBulan: MonthIndex;
  /** The files' notes per month (the payment month's peserta.csv included). */
  catatanBulan: Map<MonthIndex, string[]>;
}

/** The assessment months of a payment month (and --sampai checked against them, before anything is read). */
export function jendelaBayar(opsi: OpsiJob, bulanBayar: MonthIndex): { kind: WindowKind; window: MonthIndex[] } {
  const kebijakan = pilihAturan(opsi, bulanBayar - 1).kebijakan;
  const kind: WindowKind = opsi.window ?? kebijakan.jendela.nilai;
  const window = assessmentWindow(bulanBayar, kind, kebijakan.jedaBulanan.nilai);
  if (opsi.sampai !== undefined && !window.includes(monthOfDay(opsi.sampai)))
    throw new UsageError(PESAN_APP.sampaiDiLuarJendela(formatDate(opsi.sampai), window.map(formatMonth), kind, formatMonth(bulanBayar)));
  return { kind, window };
}

/**
 * What a run has already read, so that a second window over the same data (banding's block
 * against bulanan) reads no month twice and files no reject twice.
 */
export interface BacaanJendela {
  bulan: Map<MonthIndex, BulanDibaca | null>;
  peserta?: { jumlah: number[]; catatan: string[] };
  /** The months being read side by side on worker threads (src/app/bulan-paralel.ts); absent or null: each read in turn. */
  prabaca?: Prabaca | null;
}

/**
 * Starts the reads of the windows' months (each kind in `jendela`; undefined: the run's own)
 * and of the payment month's peserta.csv on worker threads, where that pays; null: read in
 * turn. bacaJendela still asks for them in its order, and hears each as a sequential read.
 * The caller ends them (Prabaca.tutup) whatever happens.
 */
export function mulaiPrabaca(ctx: KonteksBaca, opsi: OpsiJob, bulanBayar: MonthIndex, jendela: (WindowKind | undefined)[]): Prabaca | null {
  const tugas: { jenis: 'bulan' | 'peserta'; bulan: MonthIndex }[] = [];
  // In the order bacaJendela reads: the first window's months, the payment month's peserta.csv, the other windows' months.
  jendela.forEach((kind, i) => {
    let window: MonthIndex[] = [];
    try {
      window = jendelaBayar({ ...opsi, window: kind ?? opsi.window }, bulanBayar).window;
    } catch {
      // bacaJendela says it, when it gets there
    }
    for (const m of window) if (!tugas.some((t) => t.bulan === m && t.jenis === 'bulan') && adaBulan(ctx, opsi, m)) tugas.push({ jenis: 'bulan', bulan: m });
    if (i === 0 && existsSync(join(opsi.dataDir, formatMonth(bulanBayar), 'peserta.csv'))) tugas.push({ jenis: 'peserta', bulan: bulanBayar });
  });
  return Prabaca.mulai(ctx, opsi, tugas);
}

/** Reads the window's assessment months and the payment month's peserta.csv, once (a month already in `sudah` is not read again). */
export async function bacaJendela(ctx: KonteksBaca, opsi: OpsiJob, bulanBayar: MonthIndex, sudah: BacaanJendela = { bulan: new Map() }): Promise<Jendela> {
  const { kind, window } = jendelaBayar(opsi, bulanBayar);
  const months: Jendela['months'] = [];
  for (const bulan of window) {
    const dibacaSudah = sudah.bulan.get(bulan);
    if (dibacaSudah !== undefined) {
      months.push({ bulan, dibaca: dibacaSudah, aturan: dibacaSudah ? dibacaSudah.rules.id : pilihAturan(opsi, bulan).id });
      continue;
    }
    if (!adaBulan(ctx, opsi, bulan)) {
      sudah.bulan.set(bulan, null);
      // A warning, not progress: --quiet keeps it (a cron must hear that a month was averaged without).
      ctx.peringatan.push(PESAN_APP.bulanTidakAda(formatMonth(bulan), ctx.ringkasan ? { ringkasan: opsi.ringkasan?.path } : { dataDir: opsi.dataDir }));
      months.push({ bulan, dibaca: null, aturan: pilihAturan(opsi, bulan).id });
      continue;
    }
    // While other months are read on worker threads, this one is read whole here (both cores are busy).
    const dibaca = await (sudah.prabaca?.bulan(bulan, pilihAturan(opsi, bulan)) ?? bacaDenganAturan(sudah.prabaca ? { ...ctx, belah: undefined } : ctx, opsi, bulan));
    sudah.bulan.set(bulan, dibaca);
    months.push({ bulan, dibaca, aturan: dibaca.rules.id });
  }
  if (months.every((m) => m.dibaca === null))
    throw new MissingInputError(
      ctx.ringkasan
        ? PESAN_APP.jendelaKosongRingkasan(opsi.ringkasan?.path, window.map(formatMonth), kind, formatMonth(bulanBayar))
        : PESAN_APP.jendelaKosong(opsi.dataDir, window.map(formatMonth), kind, formatMonth(bulanBayar)),
    );
  if (opsi.wajibLengkap) {
    // Cron's strict choice: a payment from a window with a hole or a mid-month export is no payment.
    const kurang = months.flatMap((m) =>
      m.dibaca === null ? [PESAN_APP.bulanHilang(formatMonth(m.bulan))] : m.dibaca.tidakLengkap !== null ? [PESAN_APP.bulanBelumLengkap(formatMonth(m.bulan), formatDate(m.dibaca.tidakLengkap))] : [],
    );
    if (kurang.length > 0) throw new DataError(PESAN_APP.wajibLengkap(kind, formatMonth(bulanBayar), window.map(formatMonth), kurang));
  }
  const catatanBulan = new Map(months.flatMap((m) => (m.dibaca ? [[m.bulan, m.dibaca.catatan] as const] : [])));
  // Participants paid on: the payment month's (its summary row, else its peserta.csv), else the latest assessed month.
  const bayarRingkasan = ctx.ringkasan?.bulan.has(bulanBayar) ? bulanRingkasan(ctx, bulanBayar, pilihAturan(opsi, bulanBayar)) : null;
  if (bayarRingkasan) {
    catatanBulan.set(bulanBayar, bayarRingkasan.catatan);
    return { bulanBayar, kind, months, peserta: bayarRingkasan.hitungan.map((h) => h.pesertaTerdaftar), pesertaBulan: bulanBayar, catatanBulan };
  }
  if (existsSync(join(opsi.dataDir, formatMonth(bulanBayar), 'peserta.csv'))) {
    if (!sudah.peserta) opsi.log(PESAN_APP.membacaPeserta(formatMonth(bulanBayar)));
    const p = (sudah.peserta ??= await (sudah.prabaca?.peserta(bulanBayar) ?? bacaPesertaTerdaftar(ctx, bulanBayar)));
    catatanBulan.set(bulanBayar, p.catatan);
    return { bulanBayar, kind, months, peserta: p.jumlah, pesertaBulan: bulanBayar, catatanBulan };
  }
  const latest = [...months].reverse().find((m) => m.dibaca !== null) as { bulan: MonthIndex; dibaca: BulanDibaca };
  ctx.peringatan.push(PESAN_APP.pesertaTidakAda(formatMonth(bulanBayar), formatMonth(latest.bulan)));
  return { bulanBayar, kind, months, peserta: pesertaDari(latest.dibaca), pesertaBulan: latest.bulan, catatanBulan };
}

export function ketentuanBayar(opsi: OpsiJob, j: Jendela): Ketentuan {
  const rules = pilihAturan(opsi, j.months[j.months.length - 1]?.bulan as MonthIndex);
  return { rules, profil: pilihProfil(rules, opsi.profilKlinis), tarif: pilihTarif(opsi, j.bulanBayar), rataRata: opsi.rataRata ?? rules.kebijakan.rataRata.nilai };
}

/**
 * The payment of every facility under `k`: each window month judged with k's clinical
 * profile, averaged and rated under k's rule set, paid under k's tariff set. Returns the
 * falls of registered participants too (periksaKewajaran decides on them).
 */
export function hitungBayar(ctx: KonteksBaca, j: Jendela, k: Ketentuan): { kapitasi: Kapitasi[]; turun: Penurunan[] } {
  const perBulan = j.months.map((m) => (m.dibaca ? hitunganDari(m.dibaca, k.profil) : null));
  // Sanity across months: a sharp fall or a vanished facility is a cut export until the caller says otherwise.
  const seri: PesertaBulan[] = j.months.flatMap((m) => (m.dibaca ? [{ bulan: m.bulan, jumlah: pesertaDari(m.dibaca) }] : []));
  if (j.pesertaBulan === j.bulanBayar) seri.push({ bulan: j.bulanBayar, jumlah: j.peserta });
  const turun = penurunanPeserta(seri, parseDecimal(k.rules.kewajaran.batasPenurunanPeserta.nilai));
  const umum = [...ctx.master.catatan, ...catatanPerBulan(j.catatanBulan)];
  const kapitasi = ctx.master.daftar.map((fktp, i) => {
    const jendela: BulanPenilaian[] = j.months.map((m, mi) => ({ bulan: m.bulan, hitungan: perBulan[mi]?.[i] ?? null, aturanBulan: m.aturan }));
    const diterima = turun.filter((t) => t.f === i).map((t) => `penurunan peserta diterima: ${t.dari.jumlah} (${formatMonth(t.dari.bulan)}) → ${t.ke.jumlah} (${formatMonth(t.ke.bulan)})`);
    // --verifikasi: what the worksheets removed from this facility's months, each note with its month.
    const verifikasi = j.months.flatMap((m) => (m.dibaca?.verifikasi?.catatan.get(i) ?? []).map((t) => `${t} (${formatMonth(m.bulan)})`));
    return hitungKapitasi({
      fktp,
      bulanBayar: j.bulanBayar,
      jendela,
      peserta: { jumlah: j.peserta[i] as number, bulan: j.pesertaBulan },
      rules: k.rules,
      tarif: k.tarif,
      rataRata: k.rataRata,
      catatanData: [...umum, ...diterima, ...verifikasi],
    });
  });
  return { kapitasi, turun };
}

/**
 * kbk pay / kbk run: the window's assessment months, averaged, pay month P.
 * withCapaian (run) also returns each window month's capaian report.
 */
export function pay(opsi: OpsiJob, bulanBayar: MonthIndex, withCapaian: boolean): Promise<HasilJob> {
  jendelaBayar(opsi, bulanBayar);
  return denganTolak(opsi, bulanBayar, async (tolak) => {
    const ctx = await konteks(opsi, tolak);
    // Before the months are read: a tariff typo stops the payment whatever the exports hold.
    const tarifBayar = pilihTarif(opsi, bulanBayar);
    const tarifDiterima = periksaTarifFasilitas(opsi, ctx, tarifBayar);
    // Above the highest tariff the SDM criteria give the type: inside the range, but said.
    for (const fktp of ctx.master.daftar) {
      const maks = tarifBayar.maksSdm?.[fktp.jenisFktp];
      if (maks && fktp.tarifKapitasi > BigInt(maks.nilai)) ctx.peringatan.push(PESAN_APP.tarifAtasSdm(fktp.kodePpk, fktp.tarifKapitasi, fktp.jenisFktp, maks.nilai, tarifBayar.id));
    }
    periksaBulanLembar(ctx, jendelaBayar(opsi, bulanBayar).window);
    const sudah: BacaanJendela = { bulan: new Map(), prabaca: mulaiPrabaca(ctx, opsi, bulanBayar, [undefined]) };
    let j: Jendela;
    try {
      j = await bacaJendela(ctx, opsi, bulanBayar, sudah);
    } finally {
      await sudah.prabaca?.tutup();
    }
    const k = ketentuanBayar(opsi, j);
    const capaian: HasilJob['capaian'] = [];
    const files: FileLaporan[] = [];
    const aturanDipakai = new Map<string, RuleSet>([[k.rules.id, k.rules]]);
    const kualitas = new Map<MonthIndex, string[]>();
    const cocok: Pesan[] = [];
    const sinyal: SinyalBulan[] = [];
    const turunVolume: SinyalBulan[] = [];
    const dibaca = new Map<MonthIndex, HitunganBulan[]>();
    // Every window month's counts first: a month's volume is judged against the window's other months too.
    const perBulan = j.months.flatMap((m) => (m.dibaca ? [{ m, dibacaBulan: m.dibaca, c: capaianDari(ctx, opsi, m.dibaca) }] : []));
    for (const { m, c } of perBulan) dibaca.set(m.bulan, c.hitungan);
    for (const { m, dibacaBulan, c } of perBulan) {
      cocok.push(...c.peringatan);
      kualitas.set(m.bulan, catatanKualitasData(jumlahHitungan(c.hitungan)));
      // The signals of pay too: a facility's volume far below its other months is warned about (a stop with --wajib-lengkap).
      const s = sinyalUntuk(ctx, opsi, dibacaBulan, c.hitungan, c.rows, dibaca, cocok);
      turunVolume.push(...s);
      if (!withCapaian) continue;
      sinyal.push(...s);
      capaian.push({ rows: c.rows, rules: dibacaBulan.rules });
      files.push(fileCapaian(opsi, m.bulan, c.rows, dibacaBulan.rules), fileAnomali(opsi, m.bulan, s));
      aturanDipakai.set(dibacaBulan.rules.id, dibacaBulan.rules);
    }
    const { kapitasi, turun } = hitungBayar(ctx, j, k);
    for (const t of tarifDiterima) kapitasi[t.f]?.catatan.push(catatanTarif(t));
    const peringatan = [...ctx.peringatan, ...cocok, ...tarifDiterima.map((t) => peringatanTarif(ctx, t)), ...peringatanPenurunan(opsi, turunVolume), ...periksaKewajaran(opsi, ctx, turun, kapitasi, k.rules)];
    files.push(fileCsv(opsi, namaLaporan('kapitasi', bulanBayar), kolomKapitasi(k.rules), kapitasi.map((r) => barisKapitasi(r, k.rules))));
    files.push(...filesTolak(opsi, bulanBayar, j.months.flatMap((m) => (m.dibaca ? [m.bulan] : [])), ctx.tolak));
    const dihitung = perBulan.map(({ m, dibacaBulan, c }) => ({ bulan: m.bulan, rows: c.rows, rules: dibacaBulan.rules }));
    const verifikasi = hasilVerifikasi(opsi, j.months.flatMap((m) => (m.dibaca ? [m.dibaca] : [])));
    files.push(...verifikasi.files);
    peringatan.push(...verifikasi.peringatan);
    return laporanTambahan(opsi, {
      bulan: bulanBayar,
      capaian,
      kapitasi: { rows: kapitasi, rules: k.rules },
      kualitas,
      tolak: ctx.tolak,
      files,
      dipakai: { aturan: [...aturanDipakai.values()], tarif: [k.tarif], bulanBayar },
      peringatan,
      sinyal,
      verifikasi: verifikasi.ringkasan,
      dihitung,
    });
  });
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
export function periksaKewajaran(opsi: OpsiJob, ctx: KonteksBaca, turun: Penurunan[], kapitasi: Kapitasi[], rules: RuleSet): Teks[] {
  const terima = opsi.terimaPenurunan;
  const diterima = (kode: string): boolean => terima === 'semua' || (terima?.has(kode) ?? false);
  const temuan = temuanKewajaran(ctx, turun, kapitasi, rules);
  const tolak = temuan.filter((t) => !diterima(t.kode));
  if (tolak.length > 0)
    throw new DataError(
      PESAN_APP.eksporRusak(
        tolak.map((t) => t.pesan),
        [...new Set(tolak.map((t) => t.kode))],
      ),
    );
  return temuan.map((t) => PESAN_APP.diterima(t.pesan));
}

/** A tariff outside its range in words (both languages). */
export const pesanTarif = (ctx: KonteksBaca, t: TarifDiLuar): Teks => PESAN_APP.tarifDiLuar({ ...t, kode: ctx.master.daftar[t.f]?.kodePpk as string });

/** The kapitasi row's catatan of an accepted tariff (locale-free, as every catatan). */
const catatanTarif = (t: TarifDiLuar): string =>
  `${t.pasti ? 'tarif diterima dengan --terima-tarif' : 'tarif di luar rentang sementara'}: ${t.kolom} ${t.nilai} di luar rentang ${t.jenis} ${t.min ?? '…'}–${t.max ?? '…'} (${t.tarif})`;

/** The warning of a tariff outside its range: accepted by --terima-tarif, or outside a range kbk holds only provisionally. */
export const peringatanTarif = (ctx: KonteksBaca, t: TarifDiLuar): Teks => (t.pasti ? PESAN_APP.tarifDiterima(pesanTarif(ctx, t)) : PESAN_APP.tarifLuarSementara(pesanTarif(ctx, t)));

/**
 * Each facility's tarif_kapitasi and tarif_minimal against its type's range in the tariff
 * set of the payment month (tarifDiLuarRentang): a DataError listing every facility not
 * accepted by --terima-tarif; the accepted findings come back (warned, and said in catatan).
 */
export function periksaTarifFasilitas(opsi: OpsiJob, ctx: KonteksBaca, tarif: TariffSet): TarifDiLuar[] {
  const terima = opsi.terimaTarif;
  const temuan = tarifDiLuarRentang(ctx.master.daftar, tarif);
  const kode = (t: TarifDiLuar): string => ctx.master.daftar[t.f]?.kodePpk as string;
  const tolak = temuan.filter((t) => t.pasti && !(terima === 'semua' || (terima?.has(kode(t)) ?? false)));
  if (tolak.length > 0)
    throw new DataError(
      PESAN_APP.tarifDitolak(
        tolak.map((t) => pesanTarif(ctx, t)),
        [...new Set(tolak.map(kode))],
      ),
    );
  return temuan;
}

/** What looks like a damaged export: each facility whose participants fell sharply or vanished, or that is paid Rp 0. */
export function temuanKewajaran(ctx: KonteksBaca, turun: Penurunan[], kapitasi: Kapitasi[], rules: RuleSet): { kode: string; pesan: Teks }[] {
  const batas = rules.kewajaran.batasPenurunanPeserta.nilai;
  const temuan: { kode: string; pesan: Teks }[] = [];
  for (const t of turun) {
    const kode = ctx.master.daftar[t.f]?.kodePpk as string;
    const ke = { jumlah: t.ke.jumlah, bulan: formatMonth(t.ke.bulan) };
    const dari = { jumlah: t.dari.jumlah, bulan: formatMonth(t.dari.bulan) };
    temuan.push({ kode, pesan: t.ke.jumlah === 0 ? PESAN_APP.tidakDiPeserta(kode, ke.bulan, dari) : PESAN_APP.pesertaTurun(kode, dari, ke, batas) });
  }
  for (const k of kapitasi)
    if (k.pembayaran.kapitasiDibayar === 0n && !turun.some((t) => ctx.master.daftar[t.f] === k.fktp))
      temuan.push({ kode: k.fktp.kodePpk, pesan: PESAN_APP.dibayarNol(k.fktp.kodePpk, k.pesertaTerdaftar, k.tarifDasar) });
  return temuan;
}

/**
 * --verifikasi: the months' summaries (HasilJob.verifikasi), verifikasi-M.csv per month with
 * the month's reports (one set, written atomically with them), and what was found said on
 * stderr: with the progress, or as a warning (kept by --quiet) when a facility is flagged.
 */
function hasilVerifikasi(opsi: OpsiJob, bulan: readonly BulanDibaca[]): { ringkasan: RingkasanVerifikasi[] | undefined; files: FileLaporan[]; peringatan: Pesan[] } {
  const ringkasan = bulan.flatMap((b) => (b.verifikasi ? [b.verifikasi.ringkasan] : []));
  const peringatan: Pesan[] = [];
  if (ringkasan.length === 0) return { ringkasan: undefined, files: [], peringatan };
  const files = ringkasan.map((r) => fileCsv(opsi, namaLaporan('verifikasi', r.bulan), KOLOM_VERIFIKASI, barisVerifikasi(r)));
  for (const r of ringkasan) {
    const semua = r.fasilitas.flatMap((f) => f.jenis);
    const ditandai = r.fasilitas.filter((f) => f.ditandai).map((f) => f.kodePpk);
    const pesan = PESAN_VERIFIKASI.ringkasan(formatMonth(r.bulan), semua.reduce((s, j) => s + j.diperiksa, 0), semua.reduce((s, j) => s + j.tidakSah, 0), ditandai, r.ambang.nilai);
    if (ditandai.length > 0) peringatan.push(pesan);
    else opsi.log(pesan);
  }
  return { ringkasan, files, peringatan };
}

/** kbk explain: one facility's month, with the way to the next rating and payment band. */
export async function explain(opsi: OpsiJob, bulan: MonthIndex, kodePpk: string): Promise<{ penjelasan: Penjelasan; dipakai: HasilJob['dipakai']; peringatan: Pesan[] }> {
  const ctx = await konteks(opsi, penolakanUntuk(opsi));
  if (!ctx.master.indeks.has(kodePpk))
    throw new UsageError(PESAN_APP.ppkTidakAda(kodePpk, ctx.master.daftar.length, ctx.master.daftar.slice(0, 3).map((f) => f.kodePpk)));
  periksaBulanLembar(ctx, [bulan]);
  const b = await bacaDenganAturan(ctx, opsi, bulan);
  const { rows } = capaianDari(ctx, opsi, b);
  const c = rows[ctx.master.indeks.get(kodePpk) as number] as Capaian;
  const verifikasi = b.verifikasi ? { file: b.verifikasi.ringkasan.file, fasilitas: b.verifikasi.ringkasan.fasilitas.find((f) => f.kodePpk === kodePpk) ?? null } : undefined;
  return { penjelasan: jelaskan(c, b.rules, verifikasi), dipakai: { aturan: [b.rules], tarif: [] }, peringatan: ctx.peringatan };
}
