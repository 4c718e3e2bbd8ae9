// A month from a summary workbook (--summary) as the jobs use it: the counts per facility
// in master order, and the cross-check of the workbook's own verdicts against kbk's.
import type { Capaian } from '../core/assessment.js';
import { putusanCabang, TERCAPAI, TIDAK_TERCAPAI } from '../core/cabang.js';
import { HITUNGAN_TACC } from '../core/kosakata.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { cmp, rat, toPlain } from '../core/rational.js';
import { rumus } from '../core/rumus/index.js';
import { hitunganKosong, KOLOM_HITUNGAN, type HitunganBulan, type KunciHitungan } from '../core/types.js';
import { DataError } from '../errors.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import type { BarisRingkasan } from '../ingest/ringkasan.js';
import type { RuleSet } from '../rules/schema.js';
import type { Pesan } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';

export interface BulanRingkasan {
  hitungan: HitunganBulan[];
  /** The workbook row of each facility (master order); null when the month has none. */
  baris: (BarisRingkasan | null)[];
  tidakDiketahui: ReadonlySet<KunciHitungan>;
  catatan: string[];
}

/**
 * A summary's month in master order; null when the workbook lacks it. A facility with no
 * row that month has no registered participant there (not assessed, and pay's sanity check
 * sees it vanish). Referrals with a TACC reason are taken as already left out of "Kasus
 * Non Spesialistik" (rujukan_tacc 0 in the formula, empty in the report).
 */
export function bulanRingkasan(ctx: KonteksBaca, bulan: MonthIndex, rules: RuleSet): BulanRingkasan | null {
  const ringkasan = ctx.ringkasan;
  const rows = ringkasan?.bulan.get(bulan);
  if (!ringkasan || !rows) return null;
  for (const ind of rules.indikator) {
    const kurang = rumus(ind.rumus).hitungan.filter((k) => k !== HITUNGAN_TACC && ringkasan.tidakDiketahui.has(k));
    if (kurang.length > 0)
      throw new DataError(PESAN_APP.ringkasanKurangKolom(formatMonth(bulan), rules.id, ind.id, kurang.map((k) => KOLOM_HITUNGAN[k])));
  }
  const hitungan = ctx.master.daftar.map(() => hitunganKosong());
  const baris: (BarisRingkasan | null)[] = ctx.master.daftar.map(() => null);
  for (const r of rows) {
    const f = ctx.master.indeks.get(r.kodePpk) as number;
    Object.assign(hitungan[f] as HitunganBulan, r.hitungan);
    baris[f] = r;
  }
  const catatan = rules.kebijakan.taccDalamPenyebut.nilai ? [] : [`ringkasan: TACC tidak diketahui, tetap dalam penyebut RRNS (aturan ${rules.id} mengeluarkannya)`];
  return { hitungan, baris, tidakDiketahui: ringkasan.tidakDiketahui, catatan };
}

const teks = (b: boolean): string => (b ? TERCAPAI : TIDAK_TERCAPAI);

/**
 * The workbook's derived columns against kbk's verdict (src/core/cabang.ts). A difference
 * is never settled silently either way: the row's catatan names it and a warning lists it.
 */
export function cocokkanRingkasan(rows: Capaian[], r: BulanRingkasan, rules: RuleSet): Pesan[] {
  const peringatan: Pesan[] = [];
  rows.forEach((c, i) => {
    const b = r.baris[i];
    if (!b) return;
    const kbk = putusanCabang(c, rules);
    const beda: string[] = [];
    for (const ind of rules.indikator) {
      const tulisan = b.keterangan[ind.rumus];
      const milik = kbk.keterangan[ind.rumus];
      if (tulisan !== undefined && milik !== null && milik !== undefined && tulisan !== milik)
        beda.push(`Keterangan ${ind.id.toUpperCase()} "${teks(tulisan)}", kbk: ${teks(milik)}`);
    }
    if (b.jumlahTercapai !== undefined && kbk.jumlahTercapai !== null && b.jumlahTercapai !== kbk.jumlahTercapai)
      beda.push(`Jumlah indikator tercapai ${b.jumlahTercapai}, kbk: ${kbk.jumlahTercapai}`);
    // Capaian KBK BI: kbk reads it as the total nilai (1–4); a value above that is taken as the percentage paid.
    if (b.capaianKbk !== undefined && kbk.capaianKbk !== null) {
      const persen = cmp(b.capaianKbk, rat(4)) > 0;
      const milik = persen ? c.persenKapitasi : kbk.capaianKbk;
      if (cmp(b.capaianKbk, milik) !== 0) beda.push(`Capaian KBK BI ${toPlain(b.capaianKbk, 4)}, kbk: ${toPlain(milik, 4)}${persen ? '%' : ''}`);
    }
    if (beda.length === 0) return;
    c.catatan.push(`ringkasan berbeda: ${beda.join('; ')}`);
    peringatan.push(PESAN_APP.ringkasanBerbeda(`${b.asal.label}:${b.asal.baris}`, c.fktp.kodePpk, formatMonth(c.bulan), beda));
  });
  return peringatan;
}
