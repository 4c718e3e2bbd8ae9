// kbk laporan: the HTML report (src/report/html.ts) of a month whose reports a run already
// wrote in --out — kapitasi-M.csv for a payment month (with the window's capaian reports
// that are there), else capaian-M.csv for an assessment month; the anomali reports of those
// months, and the capaian reports of up to 12 months for the trend; read by kbk's report
// reader (either dialect, every value checked), each row back to the Capaian it was written
// from (src/report/columns.ts capaianDariBaris) for kbk explain's "what would lift it".
//
// Also --html of compute, pay and run (denganHalaman): the page of the run's own results,
// with the trend of the data folder's earlier months from the tren engine (trenHalaman).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Capaian } from '../core/assessment.js';
import { parseMonth, type MonthIndex } from '../core/month.js';
import type { Fktp } from '../core/types.js';
import { DataError, KbkError, MissingInputError, UsageError } from '../errors.js';
import { bacaLaporan, type Laporan } from '../ingest/laporan.js';
import { SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';
import type { JenisFktp, RuleSet, TariffSet } from '../rules/schema.js';
import { jelaskan } from '../core/explain.js';
import { catatanProvisional } from '../report/catatan.js';
import { halamanHtml, isiDariHasil, trenDari, type BulanCapaian, type CapaianHtml, type IsiHtml } from '../report/html.js';
import type { HasilJob } from '../report/hasil.js';
import { folderBulan } from '../ingest/bulan.js';
import { tren } from './tren.js';
import { capaianDariBaris } from '../report/columns.js';
import { JENIS_LAPORAN } from '../report/jenis-laporan.js';
import { namaHalaman, namaLaporan } from '../report/nama-laporan.js';
import type { FileLaporan } from '../report/write.js';
import type { Bahasa, Pesan } from '../pesan/index.js';
import { PESAN_HTML } from '../pesan/html.js';
import type { OpsiJob } from './opsi.js';

/** The most months the HTML report's trend shows (issue 21: the months of the data folder, up to 12). */
export const BULAN_TREN_HALAMAN = 12;

/**
 * The trend the HTML report of a run shows: the run's own months, after the earlier months
 * of the data folder (up to BULAN_TREN_HALAMAN in all) that the tren engine gives — read
 * back from the capaian reports in --out where it trusts them, computed where not. A month
 * it cannot give (a damaged export of last year) does not stop the run's own reports: the
 * page says why there is no trend, and so does a warning.
 */
export async function trenHalaman(opsi: OpsiJob, h: HasilJob): Promise<{ tren: IsiHtml['tren']; peringatan: Pesan[] }> {
  const sendiri: BulanCapaian[] = h.dihitung.map((d) => ({ bulan: d.bulan, rules: d.rules, rows: d.rows }));
  const akhir = sendiri[sendiri.length - 1]?.bulan;
  const pertama = sendiri[0]?.bulan;
  if (akhir === undefined || pertama === undefined) return { tren: { tidak: PESAN_HTML.trenTanpaBulan }, peringatan: [] };
  // The earlier months there are (a --summary workbook: the run's months alone).
  const lebihDulu: MonthIndex[] = [];
  if (!opsi.ringkasan) for (let m = Math.max(akhir - BULAN_TREN_HALAMAN + 1, 0); m < pertama; m++) if (folderBulan(opsi.dataDir, m) !== null) lebihDulu.push(m);
  let dulu: BulanCapaian[] = [];
  const peringatan: Pesan[] = [];
  if (lebihDulu.length > 0) {
    try {
      // No rejects file is written for these months (padaBerhenti: none): they are the trend's, not the run's.
      // Nor its own CSV, workbook or page: only its months are wanted.
      const t = await tren({ ...opsi, padaBerhenti: undefined, format: { ...opsi.format, xlsx: false, html: false } }, { dari: lebihDulu[0] as MonthIndex, sampai: pertama - 1 });
      dulu = t.bulan.map((b) => ({ bulan: b.bulan, rules: b.sumber.jenis === 'tidak_ada' ? null : b.rules, rows: b.baris.filter((c): c is Capaian => c !== null) }));
      peringatan.push(...t.peringatan);
    } catch (e) {
      if (!(e instanceof KbkError)) throw e;
      return { tren: { tidak: PESAN_HTML.trenGagal(e.teks) }, peringatan: [PESAN_HTML.trenGagalPeringatan(e.teks)] };
    }
  }
  const t = trenDari([...dulu, ...sendiri]);
  return { tren: t ?? { tidak: PESAN_HTML.trenTanpaBulan }, peringatan };
}

/** --html of compute, pay and run: laporan-M.html added to the run's report set (written with it, atomically). */
export async function denganHalaman(opsi: OpsiJob, h: HasilJob): Promise<HasilJob> {
  const t = await trenHalaman(opsi, h);
  const file: FileLaporan = { path: join(opsi.outDir, namaHalaman(h.bulan)), content: await halamanHtml(isiDariHasil(h, h.dihitung, t.tren), opsi.bahasa ?? 'id') };
  return { ...h, files: [...h.files, file], peringatan: [...h.peringatan, ...t.peringatan] };
}

export interface OpsiLaporan {
  outDir: string;
  bulan: MonthIndex;
  bahasa: Bahasa;
  /** --rules: a rule file of one's own that the reports were rated by (the shipped sets are found by their id). */
  rules?: RuleSet;
  /** --tariffs: likewise, for the provenance note. */
  tariffs?: TariffSet;
}

const baca = (opsi: OpsiLaporan, jenis: 'capaian' | 'kapitasi' | 'anomali', bulan: MonthIndex): Laporan | null => {
  const path = join(opsi.outDir, namaLaporan(jenis, bulan));
  return existsSync(path) ? bacaLaporan(path, JENIS_LAPORAN[jenis] ?? null) : null;
};

/** The rule set a report names (its `aturan` column): a shipped one, or the one given with --rules. */
function aturanDari(l: Laporan, kolom: 'aturan' | 'aturan_tarif'): string {
  const ids = [...new Set(l.rows.map((r) => r[kolom] ?? ''))];
  if (ids.length !== 1) throw new DataError(PESAN_HTML.laporanAturanCampur(l.path, kolom, ids));
  return ids[0] as string;
}

function cariAturan(opsi: OpsiLaporan, l: Laporan): RuleSet {
  const id = aturanDari(l, 'aturan');
  const rs = opsi.rules?.id === id ? opsi.rules : SHIPPED_RULE_SETS.find((s) => s.id === id);
  if (!rs) throw new UsageError(PESAN_HTML.laporanAturanTidakDikenal(l.path, id, SHIPPED_RULE_SETS.map((s) => s.id)));
  return rs;
}

/** The facility of a report's row: the report holds its code, name and type (fktp.csv's other columns do not matter to explain). */
const fktpDari = (r: Readonly<Record<string, string>>): Fktp => ({
  kodePpk: r.kode_ppk as string,
  namaFktp: r.nama_fktp ?? '',
  jenisFktp: r.jenis_fktp as JenisFktp,
  tarifKapitasi: 0n,
  tglKerjaSama: null,
  jaringanData: true,
  tarifMinimal: null,
  kabKota: '',
  kapitasiKhusus: false,
});

/** A capaian report's rows as the Capaian they were written from (src/report/columns.ts capaianDariBaris). */
const capaianLaporan = (l: Laporan, bulan: MonthIndex, rules: RuleSet): Capaian[] => l.rows.map((r) => capaianDariBaris(r, rules, fktpDari(r), bulan));

/** The months of a kapitasi row's bulan_penilaian ("2024-04..2024-06", or one month). */
function bulanJendela(l: Laporan): MonthIndex[] {
  const teks = l.rows[0]?.bulan_penilaian ?? '';
  const [a, b] = teks.split('..');
  const dari = parseMonth(a ?? '');
  const sampai = parseMonth(b ?? a ?? '');
  if (dari === null || sampai === null || sampai < dari) throw new DataError(PESAN_HTML.laporanJendela(l.path, teks));
  return Array.from({ length: sampai - dari + 1 }, (_, k) => dari + k);
}

/** kbk laporan: laporan-M.html from the reports in --out. */
export async function laporan(opsi: OpsiLaporan): Promise<{ file: FileLaporan; dibaca: string[] }> {
  const dibaca: string[] = [];
  const kapitasi = baca(opsi, 'kapitasi', opsi.bulan);
  const bulanCapaian = kapitasi ? bulanJendela(kapitasi) : [opsi.bulan];
  const capaian: { l: Laporan; bulan: MonthIndex; rules: RuleSet }[] = [];
  for (const m of bulanCapaian) {
    const l = baca(opsi, 'capaian', m);
    if (l) capaian.push({ l, bulan: m, rules: cariAturan(opsi, l) });
  }
  if (!kapitasi && capaian.length === 0)
    throw new MissingInputError(PESAN_HTML.laporanTidakAda(opsi.outDir, namaLaporan('kapitasi', opsi.bulan), namaLaporan('capaian', opsi.bulan)));
  if (kapitasi) dibaca.push(kapitasi.path);
  dibaca.push(...capaian.map((c) => c.l.path));
  const sinyal: IsiHtml['sinyal'][number][] = [];
  for (const c of capaian) {
    const a = baca(opsi, 'anomali', c.bulan);
    if (!a) continue;
    dibaca.push(a.path);
    for (const r of a.rows) sinyal.push({ bulan: c.bulan, kode_ppk: r.kode_ppk ?? '', sinyal: r.sinyal ?? '', nilai: r.nilai ?? '', ambang: r.ambang ?? '', bukti: r.bukti ?? '' });
  }
  const akhir = capaian[capaian.length - 1];
  const penjelasan = akhir ? capaianLaporan(akhir.l, akhir.bulan, akhir.rules).map((c) => jelaskan(c, akhir.rules)) : [];
  // The trend: the capaian reports in --out of up to BULAN_TREN_HALAMAN months to the last one (kbk tren reads the same reports back).
  const bulanTren: BulanCapaian[] = [];
  if (akhir)
    for (let m = Math.max(0, akhir.bulan - BULAN_TREN_HALAMAN + 1); m <= akhir.bulan; m++) {
      const sudah = capaian.find((c) => c.bulan === m);
      const l = sudah?.l ?? baca(opsi, 'capaian', m);
      if (!l) {
        if (bulanTren.length > 0) bulanTren.push({ bulan: m, rules: null, rows: [] });
        continue;
      }
      if (!sudah) dibaca.push(l.path);
      const rules = sudah?.rules ?? cariAturan(opsi, l);
      bulanTren.push({ bulan: m, rules, rows: capaianLaporan(l, m, rules) });
    }
  const tren = trenDari(bulanTren);
  const rulesBayar = kapitasi ? cariAturan(opsi, kapitasi) : null;
  const tarifId = kapitasi ? aturanDari(kapitasi, 'aturan_tarif') : null;
  const tarif = tarifId === null ? undefined : opsi.tariffs?.id === tarifId ? opsi.tariffs : SHIPPED_TARIFF_SETS.find((s) => s.id === tarifId);
  if (tarifId !== null && !tarif) throw new UsageError(PESAN_HTML.laporanTarifTidakDikenal(kapitasi?.path as string, tarifId, SHIPPED_TARIFF_SETS.map((s) => s.id)));
  const aturan = [...new Map([...(rulesBayar ? [rulesBayar] : []), ...capaian.map((c) => c.rules)].map((r) => [r.id, r])).values()];
  const isi: IsiHtml = {
    bulan: opsi.bulan,
    capaian: capaian.map((c): CapaianHtml => ({ bulan: c.bulan, rules: c.rules, baris: c.l.rows })),
    kapitasi: kapitasi && rulesBayar ? { rules: rulesBayar, baris: kapitasi.rows } : null,
    sinyal,
    penjelasan,
    tren: tren ?? { tidak: PESAN_HTML.trenTanpaBulan },
    catatan: catatanProvisional({ aturan, tarif: tarif ? [tarif] : [], ...(kapitasi ? { bulanBayar: opsi.bulan } : {}) }),
  };
  return { file: { path: join(opsi.outDir, namaHalaman(opsi.bulan)), content: await halamanHtml(isi, opsi.bahasa) }, dibaca };
}
