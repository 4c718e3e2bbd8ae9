// The anomaly signals of a run's months (src/core/sinyal.ts decides; this gathers what it
// reads): the month's daily facts, and each facility's earlier months — those read in the
// same run, else the capaian reports an earlier run left in --out (a monthly cron's folder).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MonthIndex } from '../core/month.js';
import { sinyalBulan, type AkBulan } from '../core/sinyal.js';
import type { HitunganDasar } from '../core/types.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import type { Capaian } from '../core/assessment.js';
import type { BulanDibaca, OpsiJob } from './opsi.js';
import { bacaLaporan } from '../ingest/laporan.js';
import { KOLOM_ANOMALI } from '../report/columns.js';
import { JENIS_LAPORAN } from '../report/jenis-laporan.js';
import { namaLaporan } from '../report/nama-laporan.js';
import { csvExcel } from '../report/csv-excel.js';
import { csvText } from '../report/tulis-csv.js';
import type { FileLaporan } from '../report/write.js';
import type { Pesan } from '../pesan/index.js';
import type { SinyalBulan } from '../report/hasil.js';

export type { SinyalBulan } from '../report/hasil.js';

/** How many earlier months the AK signals look back. */
const LIHAT_KEMBALI = (b: BulanDibaca): number => Math.max(3, b.rules.kewajaran.sinyal.tepatTargetBulan.nilai - 1);

/**
 * Each facility's earlier months for month `b`: from `dibaca` (this run's months), else
 * capaian-M.csv in --out, read by kbk's report reader (either dialect). A report there
 * that is damaged stops the run (65, naming the file and line): the history decides
 * signals, and a history read wrong would hide a fall or invent a jump.
 */
function riwayat(ctx: KonteksBaca, opsi: OpsiJob, b: BulanDibaca, dibaca: ReadonlyMap<MonthIndex, readonly HitunganDasar[]>): AkBulan[][] {
  const out: AkBulan[][] = ctx.master.daftar.map(() => []);
  // Later months of the same run (a payment window): only the volume falls read them.
  for (const [m, run] of dibaca)
    if (m > b.bulan) run.forEach((h, f) => out[f]?.push({ bulan: m, pesertaKontak: h.pesertaKontak, pesertaTerdaftar: h.pesertaTerdaftar, rujukanTotal: h.rujukanTotal, prolanis: h.dmTerdaftar + h.htTerdaftar }));
  for (let m = b.bulan - LIHAT_KEMBALI(b); m < b.bulan; m++) {
    const run = dibaca.get(m);
    if (run) {
      run.forEach((h, f) => out[f]?.push({ bulan: m, pesertaKontak: h.pesertaKontak, pesertaTerdaftar: h.pesertaTerdaftar, rujukanTotal: h.rujukanTotal, prolanis: h.dmTerdaftar + h.htTerdaftar }));
      continue;
    }
    const nama = namaLaporan('capaian', m);
    const path = join(opsi.outDir, nama);
    if (!existsSync(path)) continue;
    // A file of another kind under the name, or one kbk cannot read, is a DataError (65) with its line.
    const { rows } = bacaLaporan(path, JENIS_LAPORAN.capaian ?? null);
    for (const r of rows) {
      const f = ctx.master.indeks.get(r.kode_ppk ?? '');
      const kontak = Number(r.peserta_kontak);
      const terdaftar = Number(r.peserta_terdaftar);
      if (f === undefined || !Number.isInteger(kontak) || !Number.isInteger(terdaftar) || r.peserta_kontak === '' || r.peserta_terdaftar === '') continue;
      // The referral and Prolanis counts where the report has them (rujukan_total; dm_ and ht_terdaftar under kbk-2019).
      const bulat = (k: string): number | undefined => (r[k] !== undefined && /^\d+$/.test(r[k] as string) ? Number(r[k]) : undefined);
      const dm = bulat('dm_terdaftar');
      const ht = bulat('ht_terdaftar');
      out[f]?.push({ bulan: m, pesertaKontak: kontak, pesertaTerdaftar: terdaftar, rujukanTotal: bulat('rujukan_total'), prolanis: dm === undefined || ht === undefined ? undefined : dm + ht, sumber: nama });
    }
  }
  return out;
}

/**
 * The signals of month `b` (its counts `dasar`), added to its capaian rows' catatan.
 * `dibaca`: the counts of the run's other months, for the AK history.
 */
export function sinyalUntuk(
  ctx: KonteksBaca,
  opsi: OpsiJob,
  b: BulanDibaca,
  dasar: readonly HitunganDasar[],
  rows: Capaian[],
  dibaca: ReadonlyMap<MonthIndex, readonly HitunganDasar[]>,
  // Kept for the callers: the history no longer warns (a damaged earlier report stops the run).
  _peringatan: Pesan[],
): SinyalBulan[] {
  const semua = sinyalBulan({ bulan: b.bulan, dasar, harian: b.fakta?.harian ?? null, riwayat: riwayat(ctx, opsi, b, dibaca), rules: b.rules });
  const out = semua.map((s) => ({ ...s, bulan: b.bulan, kodePpk: ctx.master.daftar[s.f]?.kodePpk ?? '' }));
  for (const s of out) rows[s.f]?.catatan.push(`sinyal ${s.sinyal}: ${s.nilai} (ambang ${s.ambang})`);
  return out;
}

/** anomali-M.csv: one row per facility and signal that fired (a header alone when none did). */
export function fileAnomali(opsi: OpsiJob, bulan: MonthIndex, sinyal: readonly SinyalBulan[]): FileLaporan {
  const rows = sinyal.map((s) => ({ kode_ppk: s.kodePpk, sinyal: s.sinyal, nilai: s.nilai, ambang: s.ambang, bukti: s.bukti }));
  return { path: join(opsi.outDir, namaLaporan('anomali', bulan)), content: opsi.format?.csvExcel ? csvExcel(KOLOM_ANOMALI, rows) : csvText(KOLOM_ANOMALI, rows) };
}
