// kbk rekredensialing (issue 20, item 4): "Hasil capaian kinerja dari Praktek Mandiri Dokter
// menjadi pertimbangan dalam proses rekredensialing" (Per BPJS 7/2019, 3.a.5). For each
// facility whose type the rule set reports rather than adjusts (perlakuanJenis
// `dilaporkan`: praktik_dokter under kbk-2019 and perber-2017), its months over the review
// from the trend engine (src/app/tren.ts): the months assessed, each indicator's monthly
// values and ratings, the months at each rating, the direction of each series
// (src/core/tren.ts: the sign of the least-squares slope, a design rule), and the months
// with anomaly signals. Nothing is computed that the trend did not.
import { join } from 'node:path';
import { arahBaik, arahTren, hitungRating } from '../core/tren.js';
import type { MonthIndex } from '../core/month.js';
import type { Rational } from '../core/rational.js';
import type { JenisFktp } from '../rules/schema.js';
import type { BarisRekredensialing, HasilRekredensialing, SeriRekredensialing } from '../report/hasil.js';
import { namaLaporan } from '../report/nama-laporan.js';
import { barisRekredensialing, kolomRekredensialing } from '../report/rekredensialing.js';
import { csvExcel } from '../report/csv-excel.js';
import { csvText } from '../report/tulis-csv.js';
import { PESAN_TREN } from '../pesan/tren.js';
import { pilihAturan } from './jobs.js';
import type { OpsiJob } from './opsi.js';
import { tren } from './tren.js';

export type { HasilRekredensialing } from '../report/hasil.js';

/**
 * The months reviewed when --jumlah-bulan is not given: a year, the issue's own example
 * (`--bulan 12`). A default of the tool, not a rule: the regulations name no period for
 * what a credentialing meeting considers.
 */
export const BULAN_REKREDENSIALING = 12;

/** The review's months: the `jumlahBulan` months up to `sampai` (the range checks of tren apply: at most BATAS_BULAN_TREN). */
export async function rekredensialing(opsi: OpsiJob, o: { sampai: MonthIndex; jumlahBulan: number }): Promise<HasilRekredensialing> {
  const rules = pilihAturan(opsi, o.sampai);
  const jenis = (Object.keys(rules.perlakuanJenis) as JenisFktp[]).filter((j) => rules.perlakuanJenis[j].nilai === 'dilaporkan');
  const h = await tren(opsi, { dari: o.sampai - o.jumlahBulan + 1, sampai: o.sampai });
  const bulan = h.bulan.map((b) => b.bulan);
  const baris: BarisRekredensialing[] = [];
  h.fasilitas.forEach((fktp, f) => {
    if (!jenis.includes(fktp.jenisFktp)) return;
    const dinilai = h.bulan.filter((b) => b.baris[f]?.penilaian != null).map((b) => b.bulan);
    const seri: SeriRekredensialing[] = rules.indikator.map((ind) => {
      const nilai = h.bulan.map((b) => (b.rules.indikator.some((i) => i.id === ind.id) ? (b.baris[f]?.indikator.nilai[ind.id] ?? null) : null));
      const rating = h.bulan.map((b) => b.baris[f]?.penilaian?.rating[ind.id] ?? null);
      const semua = [...new Set(ind.band.map((x) => x.rating))].sort((a, b) => b - a);
      return { id: ind.id, nilai, rating, perRating: hitungRating(rating, semua).perRating, arah: arahTren(titik(bulan, nilai)), baik: arahBaik(ind) };
    });
    const total = h.bulan.map((b) => b.baris[f]?.penilaian?.totalNilai ?? null);
    seri.push({ id: 'total_nilai', nilai: total, rating: total.map(() => null), perRating: new Map(), arah: arahTren(titik(bulan, total)), baik: 1 });
    const sinyal = h.bulan.flatMap((b) => {
      const s = b.sinyal.filter((x) => x.f === f).map((x) => x.sinyal);
      return s.length > 0 ? [{ bulan: b.bulan, sinyal: s }] : [];
    });
    baris.push({ fktp, bulanDinilai: dinilai, seri, sinyal });
  });
  if (baris.length === 0) h.peringatan.push(PESAN_TREN.tanpaPraktik(jenis, rules.id));
  const hasil: HasilRekredensialing = { tren: h, bulan, rules, baris, files: [] };
  const kolom = kolomRekredensialing(hasil);
  const rows = barisRekredensialing(hasil);
  hasil.files.push({ path: join(opsi.outDir, namaLaporan('rekredensialing', o.sampai)), content: opsi.format?.csvExcel ? csvExcel(kolom, rows) : csvText(kolom, rows) });
  return hasil;
}

/** The months with a value, as points for the trend (x: the month's index). */
const titik = (bulan: readonly MonthIndex[], nilai: readonly (Rational | null)[]) =>
  bulan.flatMap((m, i) => {
    const y = nilai[i];
    return y == null ? [] : [{ x: m, y }];
  });

