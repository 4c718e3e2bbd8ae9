// kbk laporan: the HTML report (src/report/html.ts) of a month whose reports a run already
// wrote in --out — kapitasi-M.csv for a payment month (with the window's capaian reports
// that are there), else capaian-M.csv for an assessment month; the anomali reports of those
// months; read by kbk's report reader (either dialect, every value checked). Nothing is
// recomputed but what kbk explain needs for "what would lift it": each facility's counts in
// the capaian report, rated again under the report's rule set, which must give the report's
// own ratings (else the report is not what its counts say, and that stops the run).
//
// Also the trend the HTML report shows (trenHalaman), for --html of compute, pay and run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Capaian } from '../core/assessment.js';
import { indikatorBulan } from '../core/indicators.js';
import { parseMonth, type MonthIndex } from '../core/month.js';
import { parseDecimal } from '../core/rational.js';
import { nilaiKinerja } from '../core/scoring.js';
import { hitunganKosong, KOLOM_HITUNGAN, type HitunganBulan, type KunciHitungan } from '../core/types.js';
import { DataError, MissingInputError, UsageError } from '../errors.js';
import { bacaLaporan, type Laporan } from '../ingest/laporan.js';
import { SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../rules/index.js';
import type { JenisFktp, RuleSet, TariffSet } from '../rules/schema.js';
import { jelaskan } from '../core/explain.js';
import { catatanProvisional } from '../report/catatan.js';
import { halamanHtml, type CapaianHtml, type IsiHtml } from '../report/html.js';
import { JENIS_LAPORAN } from '../report/jenis-laporan.js';
import { namaHalaman, namaLaporan } from '../report/nama-laporan.js';
import type { FileLaporan } from '../report/write.js';
import type { Bahasa } from '../pesan/index.js';
import { PESAN_HTML } from '../pesan/html.js';
import type { OpsiJob } from './opsi.js';

/** The trend the HTML report of a run shows: the tren engine's months of --data, up to 12, ending at `bulan`. */
export async function trenHalaman(_opsi: OpsiJob, _bulan: MonthIndex): Promise<IsiHtml['tren']> {
  return { tidak: PESAN_HTML.trenBelumAda };
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

/**
 * A facility's month as its capaian row gives it, for kbk explain: the counts (the report's
 * count columns), their indicators and ratings under the rule set — checked against the
 * ratings the report wrote.
 */
function capaianDariBaris(l: Laporan, i: number, bulan: MonthIndex, rules: RuleSet): Capaian {
  const r = l.rows[i] as Record<string, string>;
  const h: HitunganBulan = hitunganKosong();
  for (const [k, kolom] of Object.entries(KOLOM_HITUNGAN) as [KunciHitungan, string][]) {
    const v = r[kolom];
    if (v !== undefined && v !== '') h[k] = Number(v);
  }
  const indikator = indikatorBulan(h, rules);
  const dinilai = rules.indikator.every((ind) => (r[`rating_${ind.id}`] ?? '') !== '');
  const penilaian = dinilai ? nilaiKinerja(indikator.nilai, rules) : null;
  if (penilaian)
    for (const ind of rules.indikator)
      if (String(penilaian.rating[ind.id]) !== r[`rating_${ind.id}`])
        throw new DataError(PESAN_HTML.laporanRatingBeda(l.path, l.baris[i] as number, ind.id, r[`rating_${ind.id}`] as string, penilaian.rating[ind.id] as number, rules.id));
  return {
    bulan,
    fktp: { kodePpk: r.kode_ppk as string, namaFktp: r.nama_fktp ?? '', jenisFktp: r.jenis_fktp as JenisFktp, tarifKapitasi: 0n, tglKerjaSama: null, jaringanData: true, tarifMinimal: null, kabKota: '', kapitasiKhusus: false },
    aturan: rules.id,
    hitungan: h,
    indikator,
    penilaian,
    kbkBerlaku: r.kbk_berlaku === '1',
    persenKapitasi: parseDecimal(r.persen_kapitasi as string),
    catatan: [],
  };
}

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
  const penjelasan = akhir ? akhir.l.rows.map((_, i) => jelaskan(capaianDariBaris(akhir.l, i, akhir.bulan, akhir.rules), akhir.rules)) : [];
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
    tren: { tidak: PESAN_HTML.trenBelumAda },
    catatan: catatanProvisional({ aturan, tarif: tarif ? [tarif] : [], ...(kapitasi ? { bulanBayar: opsi.bulan } : {}) }),
  };
  return { file: { path: join(opsi.outDir, namaHalaman(opsi.bulan)), content: await halamanHtml(isi, opsi.bahasa) }, dibaca };
}
