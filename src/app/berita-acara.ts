// kbk berita-acara: the minutes of the month's assessment (src/report/berita-acara.ts) from
// the month's own job: compute for an assessment month, pay for a payment month — the
// numbers are theirs, computed once, never again here. Written beside the minutes: the
// run's rejects (tolak-YYYY-MM.csv, owner-only), the rows the numbers leave out.
import { basename, join } from 'node:path';
import { daysOfMonth, formatDate, formatMonth, type DayNumber, type MonthIndex } from '../core/month.js';
import { dokumenBeritaAcara } from '../report/berita-acara.js';
import { namaBeritaAcara, uraiNama } from '../report/nama-laporan.js';
import type { FileLaporan } from '../report/write.js';
import { VERSI } from '../versi.js';
import { PESAN_BERITA } from '../pesan/berita-acara.js';
import { compute, pay, type HasilJob, type OpsiJob } from './jobs.js';

export interface OpsiBeritaAcara {
  /** true: `bulan` is a payment month (pay), false: an assessment month (compute). */
  bayar: boolean;
  /** --cabang or the config file's; null: a blank to fill in, and said. */
  cabang: string | null;
  /** The date of signing. */
  tanggal: DayNumber;
}

/** The minutes of `bulan` and the run's rejects, with what the job said. */
export async function beritaAcara(opsi: OpsiJob, bulan: MonthIndex, o: OpsiBeritaAcara): Promise<HasilJob> {
  const h = o.bayar ? await pay(opsi, bulan, false) : await compute(opsi, bulan);
  const dokumen = await dokumenBeritaAcara({ hasil: h, cabang: o.cabang, tanggal: o.tanggal, versi: VERSI }, opsi.bahasa ?? 'id');
  const files: FileLaporan[] = [{ path: join(opsi.outDir, namaBeritaAcara(bulan)), content: dokumen }, ...h.files.filter((f) => uraiNama(basename(f.path))?.jenis === 'tolak')];
  const peringatan = [...h.peringatan];
  if (o.cabang === null) peringatan.push(PESAN_BERITA.tanpaCabang);
  // Minutes signed before the last month they assess has ended: the data cannot be complete.
  const terakhir = o.bayar ? Math.max(...(h.kapitasi?.rows[0]?.jendela ?? [bulan - 1])) : bulan;
  if (o.tanggal < daysOfMonth(terakhir).last) peringatan.push(PESAN_BERITA.sebelumAkhirBulan(formatDate(o.tanggal), formatMonth(terakhir)));
  return { ...h, files, peringatan };
}
