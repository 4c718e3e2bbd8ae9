// kbk tren (issue 21) and the months kbk rekredensialing reviews (issue 20): every facility's
// months over a range, side by side. THE ENGINE: `tren(opsi, { dari, sampai, ppk })` returns
// a HasilTren (src/report/hasil.ts) — per month where its numbers come from, the rule set in
// force, each facility's capaian row (indicators, ratings, total nilai, persen kapitasi) and
// the month's anomaly signals. Writers (CSV, terminal, xlsx, HTML) only read that shape.
//
// A month's numbers come from one of three places, and say which (BulanTren.sumber):
// - `laporan`: capaian-M.csv and anomali-M.csv that an earlier run (compute, run, a cron)
//   left in --out, read back by kbk's report reader — only when they can be trusted to be
//   what compute would write now (laporanBulan below says how that is decided);
// - `hitung`: computed now by the compute job's own steps (konteks, bacaDenganAturan,
//   capaianDari, sinyalUntuk of src/app/jobs.ts and src/app/sinyal.ts): no second computation;
// - `tidak_ada`: the data folder has no such month: shown empty, never invented.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Capaian } from '../core/assessment.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { NAMA_SINYAL, type NamaSinyal } from '../core/sinyal.js';
import type { HitunganDasar } from '../core/types.js';
import { UsageError, MissingInputError } from '../errors.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import { bacaLaporan } from '../ingest/laporan.js';
import type { RuleSet } from '../rules/schema.js';
import { capaianDariBaris, kolomCapaian } from '../report/columns.js';
import type { BulanTren, HasilTren, SinyalBulan, SumberBulanTren } from '../report/hasil.js';
import { JENIS_LAPORAN } from '../report/jenis-laporan.js';
import { namaLaporan, namaTren } from '../report/nama-laporan.js';
import { barisTren, bukuTren, kolomTren } from '../report/tren.js';
import { halamanTrenDari } from '../report/html.js';
import { csvExcel } from '../report/csv-excel.js';
import { csvText } from '../report/tulis-csv.js';
import type { FileLaporan } from '../report/write.js';
import type { Pesan, Teks } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import { PESAN_TREN } from '../pesan/tren.js';
import { FILE_BERTANGGAL } from './bulan-salah.js';
import { adaBulan, bacaDenganAturan, capaianDari, denganTolak, konteks, pilihAturan } from './jobs.js';
import type { OpsiJob } from './opsi.js';
import { sinyalUntuk } from './sinyal.js';

export type { BulanTren, HasilTren, SumberBulanTren } from '../report/hasil.js';

/**
 * The most months one trend holds: a tool limit (a branch's workbook covers 16; two years
 * read month by month is already minutes on a large branch), not a KBK rule.
 */
export const BATAS_BULAN_TREN = 24;

export interface OpsiTren {
  dari: MonthIndex;
  sampai: MonthIndex;
  /** --ppk: only these facilities (codes of fktp.csv); absent: all. */
  ppk?: readonly string[];
  /** --hitung-ulang: compute every month, whatever reports --out holds. */
  hitungUlang?: boolean;
}

/** The months of a range, checked: forward, at most BATAS_BULAN_TREN (a usage error, 64, otherwise). */
export function rentangBulan(dari: MonthIndex, sampai: MonthIndex): MonthIndex[] {
  if (dari > sampai) throw new UsageError(PESAN_TREN.rentangTerbalik(formatMonth(dari), formatMonth(sampai)));
  const n = sampai - dari + 1;
  if (n > BATAS_BULAN_TREN) throw new UsageError(PESAN_TREN.rentangTerlalu(formatMonth(dari), formatMonth(sampai), n, BATAS_BULAN_TREN));
  return Array.from({ length: n }, (_, i) => dari + i);
}

/** The options that change a month's numbers without the report saying so: with one of them, no report is trusted. */
function opsiPengubah(opsi: OpsiJob): string | null {
  if (opsi.profilKlinis !== undefined) return '--profil-klinis';
  if (opsi.gdpSatuan === 'mmol') return '--gdp-satuan';
  if (opsi.ringkasan !== undefined) return '--summary';
  if (opsi.sampai !== undefined) return '--sampai';
  return null;
}

/** The newest input a month's report was computed from: fktp.csv, diagnosa.csv, every file of the month folder. */
function masukanTerbaru(opsi: OpsiJob, bulan: MonthIndex): { path: string; mtimeMs: number } | null {
  let terbaru: { path: string; mtimeMs: number } | null = null;
  const lihat = (path: string): void => {
    try {
      const st = statSync(path);
      if (st.isFile() && (terbaru === null || st.mtimeMs > terbaru.mtimeMs)) terbaru = { path, mtimeMs: st.mtimeMs };
    } catch {
      // Not there: nothing it could be newer than.
    }
  };
  lihat(join(opsi.dataDir, 'fktp.csv'));
  lihat(join(opsi.dataDir, 'diagnosa.csv'));
  const dir = join(opsi.dataDir, formatMonth(bulan));
  for (const nama of readdirSync(dir)) lihat(join(dir, nama));
  return terbaru;
}

const mtime = (path: string): number | null => {
  try {
    const st = statSync(path);
    return st.isFile() ? st.mtimeMs : null;
  } catch {
    return null;
  }
};

/**
 * A month from the reports in --out, or why not. Trusted only when all of these hold (each
 * is what a capaian report can tell about how it was made; it records no hash of its
 * inputs): capaian-M.csv and anomali-M.csv are both there (compute writes both); neither is
 * older than fktp.csv, diagnosa.csv or any file of the month folder (an export replaced
 * since is computed again); its header is the capaian header of the rule set in force for
 * the month and every row's `aturan` is that set's id (a report of another rule set, or an
 * older kbk's columns, is not this month's); every count is there (a report computed from a
 * --summary workbook leaves rujukan_tacc empty: it is not this folder's); every row is of
 * the month; its facilities are
 * exactly fktp.csv's. A report that cannot be read at all is a DataError (65) naming file
 * and line, as for the signals' history: a damaged report is said, never skipped in silence.
 */
function laporanBulan(ctx: KonteksBaca, opsi: OpsiJob, bulan: MonthIndex, rules: RuleSet): { rows: Capaian[]; sinyal: SinyalBulan[]; laporan: string } | { alasan: Teks } {
  const namaCapaian = namaLaporan('capaian', bulan);
  const namaAnomali = namaLaporan('anomali', bulan);
  const pathCapaian = join(opsi.outDir, namaCapaian);
  const pathAnomali = join(opsi.outDir, namaAnomali);
  const waktuCapaian = mtime(pathCapaian);
  const waktuAnomali = mtime(pathAnomali);
  if (waktuCapaian === null || waktuAnomali === null) return { alasan: PESAN_TREN.alasanTanpaLaporan };
  const masukan = masukanTerbaru(opsi, bulan);
  if (masukan !== null && Math.min(waktuCapaian, waktuAnomali) < masukan.mtimeMs) return { alasan: PESAN_TREN.alasanLebihLama(namaCapaian, masukan.path) };
  const capaian = bacaLaporan(pathCapaian, JENIS_LAPORAN.capaian ?? null);
  const kolom = kolomCapaian(rules);
  if (capaian.header.length !== kolom.length || capaian.header.some((k, i) => k !== kolom[i])) return { alasan: PESAN_TREN.alasanKolom(namaCapaian) };
  const daftar = ctx.master.daftar;
  const rows: (Capaian | undefined)[] = daftar.map(() => undefined);
  for (const r of capaian.rows) {
    if (r.aturan !== rules.id) return { alasan: PESAN_TREN.alasanAturan(namaCapaian, r.aturan ?? '', rules.id) };
    if (r.bulan !== formatMonth(bulan)) return { alasan: PESAN_TREN.alasanBulan(namaCapaian, r.bulan ?? '') };
    const f = ctx.master.indeks.get(r.kode_ppk ?? '');
    if (f === undefined || rows[f] !== undefined || r.persen_kapitasi === '') return { alasan: PESAN_TREN.alasanFasilitas(namaCapaian) };
    const c = capaianDariBaris(r, rules, daftar[f] as Capaian['fktp'], bulan);
    // A count left empty is a report computed from a --summary workbook (which has no rujukan_tacc), not from this data folder.
    if (c.tidakDiketahui !== undefined) return { alasan: PESAN_TREN.alasanRingkasan(namaCapaian) };
    rows[f] = c;
  }
  if (rows.some((r) => r === undefined)) return { alasan: PESAN_TREN.alasanFasilitas(namaCapaian) };
  const anomali = bacaLaporan(pathAnomali, JENIS_LAPORAN.anomali ?? null);
  const sinyal: SinyalBulan[] = [];
  for (const r of anomali.rows) {
    const f = ctx.master.indeks.get(r.kode_ppk ?? '');
    if (f === undefined || !(NAMA_SINYAL as readonly string[]).includes(r.sinyal ?? '')) return { alasan: PESAN_TREN.alasanFasilitas(namaAnomali) };
    sinyal.push({ f, sinyal: r.sinyal as NamaSinyal, nilai: r.nilai ?? '', ambang: r.ambang ?? '', bukti: r.bukti ?? '', bulan, kodePpk: r.kode_ppk as string });
  }
  return { rows: rows as Capaian[], sinyal, laporan: namaCapaian };
}

/** The facilities --ppk names (each checked against fktp.csv: an unknown code is a usage error), as master indices. */
function pilihFasilitas(ctx: KonteksBaca, ppk: readonly string[] | undefined): number[] {
  if (ppk === undefined) return ctx.master.daftar.map((_, i) => i);
  if (ppk.length === 0) throw new UsageError(PESAN_APP.ppkKosong);
  return [...new Set(ppk)].map((kode) => {
    const f = ctx.master.indeks.get(kode);
    if (f === undefined) throw new UsageError(PESAN_APP.ppkTidakAda(kode, ctx.master.daftar.length, ctx.master.daftar.slice(0, 3).map((x) => x.kodePpk)));
    return f;
  }).sort((a, b) => a - b);
}

/**
 * kbk tren: every month of dari..sampai for every facility (or --ppk's). No file is
 * written here: the caller writes `files` (the CLI adds the CSV, xlsx and HTML writers' files).
 */
export function tren(opsi: OpsiJob, t: OpsiTren): Promise<HasilTren> {
  const bulanRentang = rentangBulan(t.dari, t.sampai);
  return denganTolak(opsi, t.sampai, async (tolak) => {
    const ctx = await konteks(opsi, tolak);
    const pilih = pilihFasilitas(ctx, t.ppk);
    const pengubah = opsiPengubah(opsi);
    const peringatan: Pesan[] = [];
    const aturan = new Map<string, RuleSet>();
    const dihitung = new Map<MonthIndex, readonly HitunganDasar[]>();
    const bulan: BulanTren[] = [];
    const bayarSaja = new Set<MonthIndex>();
    for (const m of bulanRentang) {
      const rules = pilihAturan(opsi, m);
      if (!adaBulan(ctx, opsi, m)) {
        bulan.push({ bulan: m, sumber: { jenis: 'tidak_ada' }, rules, baris: pilih.map(() => null), sinyal: [] });
        continue;
      }
      // A payment month's folder holds only peserta.csv: no assessment to show, said (not an error, not invented).
      // A folder with some of the dated files and not others is damage, and compute's own read stops on it.
      if (!ctx.ringkasan && FILE_BERTANGGAL.every((f) => !existsSync(join(opsi.dataDir, formatMonth(m), f)))) {
        bayarSaja.add(m);
        bulan.push({ bulan: m, sumber: { jenis: 'tidak_ada' }, rules, baris: pilih.map(() => null), sinyal: [] });
        continue;
      }
      const dariLaporan = t.hitungUlang ? { alasan: PESAN_TREN.alasanHitungUlang } : pengubah !== null ? { alasan: PESAN_TREN.alasanOpsi(pengubah) } : laporanBulan(ctx, opsi, m, rules);
      if ('rows' in dariLaporan) {
        opsi.log(PESAN_TREN.dariLaporan(formatMonth(m), dariLaporan.laporan));
        aturan.set(rules.id, rules);
        const pilihSinyal = dariLaporan.sinyal.filter((s) => pilih.includes(s.f));
        bulan.push({ bulan: m, sumber: { jenis: 'laporan', laporan: dariLaporan.laporan }, rules, baris: pilih.map((f) => dariLaporan.rows[f] as Capaian), sinyal: pilihSinyal });
        continue;
      }
      // The compute job's own steps, in its order: read under the month's rule set, capaian, signals.
      const b = await bacaDenganAturan(ctx, opsi, m);
      const c = capaianDari(ctx, opsi, b);
      const sinyal = sinyalUntuk(ctx, opsi, b, c.hitungan, c.rows, dihitung, c.peringatan);
      dihitung.set(m, c.hitungan);
      peringatan.push(...c.peringatan);
      aturan.set(b.rules.id, b.rules);
      const sumber: SumberBulanTren = { jenis: 'hitung', alasan: dariLaporan.alasan === PESAN_TREN.alasanTanpaLaporan ? null : dariLaporan.alasan };
      opsi.log(PESAN_TREN.dihitung(formatMonth(m), sumber.alasan));
      bulan.push({ bulan: m, sumber, rules: b.rules, baris: pilih.map((f) => c.rows[f] as Capaian), sinyal: sinyal.filter((s) => pilih.includes(s.f)) });
    }
    const hilang = bulan.filter((b) => b.sumber.jenis === 'tidak_ada' && !bayarSaja.has(b.bulan)).map((b) => formatMonth(b.bulan));
    if (hilang.length === bulan.length) throw new MissingInputError(PESAN_TREN.semuaBulanTidakAda(opsi.ringkasan?.path ?? opsi.dataDir, formatMonth(t.dari), formatMonth(t.sampai)));
    // Said once, every missing month named: a warning (--quiet keeps it), never a month made up.
    if (hilang.length > 0) peringatan.unshift(PESAN_TREN.bulanTidakAda(hilang, opsi.ringkasan?.path ?? opsi.dataDir));
    if (bayarSaja.size > 0) peringatan.unshift(PESAN_TREN.bulanBayarSaja([...bayarSaja].map(formatMonth)));
    // Signals name their facility by master index; re-index to the chosen facilities' order.
    const posisi = new Map(pilih.map((f, i) => [f, i]));
    for (const b of bulan) b.sinyal = b.sinyal.map((s) => ({ ...s, f: posisi.get(s.f) as number }));
    const h: HasilTren = {
      dari: t.dari,
      sampai: t.sampai,
      fasilitas: pilih.map((f) => ctx.master.daftar[f] as Capaian['fktp']),
      bulan,
      tolak: ctx.tolak,
      files: [],
      peringatan: [...ctx.peringatan, ...peringatan],
      dipakai: { aturan: [...aturan.values()], tarif: [] },
    };
    h.files.push(...(await filesTren(opsi, h)));
    return h;
  });
}

/** tren-DARI-SAMPAI.csv (either CSV dialect), with --xlsx tren-DARI-SAMPAI.xlsx, with --html tren-DARI-SAMPAI.html (the trend charts alone). */
export async function filesTren(opsi: OpsiJob, h: HasilTren): Promise<FileLaporan[]> {
  const kolom = kolomTren(h);
  const rows = barisTren(h);
  const files: FileLaporan[] = [{ path: join(opsi.outDir, namaTren(h.dari, h.sampai, 'csv')), content: opsi.format?.csvExcel ? csvExcel(kolom, rows) : csvText(kolom, rows) }];
  if (opsi.format?.xlsx) files.push({ path: join(opsi.outDir, namaTren(h.dari, h.sampai, 'xlsx')), content: await bukuTren(h, opsi.bahasa) });
  if (opsi.format?.html) files.push({ path: join(opsi.outDir, namaTren(h.dari, h.sampai, 'html')), content: await halamanTrenDari(h, opsi.bahasa ?? 'id') });
  return files;
}
