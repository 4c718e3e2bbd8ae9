// A file from the wrong month or period (issue 15): a month file whose dated rows are
// mostly another month's, or that is byte for byte another month's file, stops the run
// (65) unless --terima-luar-bulan accepts it; a smaller share outside the month is a
// warning that --quiet keeps. And a facility's volume falling far below its own earlier
// months (the signals penurunan_kontak, _rujukan, _prolanis) is, in pay and run, a warning
// naming the facility and the file, a stop under --wajib-lengkap. src/core/kewajaran.ts
// and src/core/sinyal.ts decide; this applies the run's options.
import { luarBulan, type LuarBulan, type TanggalFile } from '../core/kewajaran.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { parseDecimal, rat, toFixed } from '../core/rational.js';
import { DataError } from '../errors.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import { cariSalinan, type Salinan } from '../ingest/salinan.js';
import type { RuleSet } from '../rules/schema.js';
import type { Teks } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import type { OpsiJob } from './opsi.js';
import type { SinyalBulan } from '../report/hasil.js';

/** The month files with dated rows: those compared with the other months' (peserta.csv may rightly stay the same). */
export const FILE_BERTANGGAL = ['kontak.csv', 'rujukan.csv', 'prolanis.csv'] as const;

/** Whether --terima-luar-bulan accepts a month file: by its label ("2024-06/kontak.csv"), its name in every month ("kontak.csv"), or semua. */
export function terimaFile(opsi: Pick<OpsiJob, 'terimaLuarBulan'>, label: string): boolean {
  const t = opsi.terimaLuarBulan;
  if (t === undefined) return false;
  return t === 'semua' || t.has(label) || t.has(label.slice(label.indexOf('/') + 1));
}

/** "45", "4.9", "100": a share as a percentage with at most one decimal. */
function persen(l: LuarBulan): string {
  return toFixed(rat(l.bagian.n * 100n, l.bagian.d), 1).replace(/\.0$/, '');
}

/** The message of one finding: a stop, or a warning. */
export function pesanLuarBulan(l: LuarBulan, diterima = false): Teks {
  const lain = l.bulanLain.map((b) => ({ bulan: formatMonth(b.bulan), jumlah: b.jumlah }));
  if (!l.berhenti) return PESAN_APP.luarBulanPeringatan(l.label, formatMonth(l.bulan), persen(l), l.jumlah, l.bertanggal, lain);
  return PESAN_APP.luarBulanBerhenti(l.label, formatMonth(l.bulan), persen(l), l.jumlah, l.bertanggal, lain, !diterima);
}

/** The findings about a month's dated files under a rule set (luarBulan with its thresholds). */
export function temuanLuarBulan(tanggal: readonly TanggalFile[], rules: RuleSet): LuarBulan[] {
  const k = rules.kewajaran;
  return luarBulan(tanggal, parseDecimal(k.batasLuarBulan.nilai), parseDecimal(k.peringatanLuarBulan.nilai), k.minLuarBulan.nilai);
}

/** The month's dated files identical to another month folder's same file. */
export function salinanBulan(dataDir: string, bulan: MonthIndex): Salinan[] {
  return FILE_BERTANGGAL.flatMap((file) => cariSalinan(dataDir, bulan, file));
}

/**
 * Before month `bulan` is read: a dated file identical to another month's stops the run
 * unless accepted (the acceptance said on stderr and in `catatan`).
 */
export function periksaSalinan(ctx: KonteksBaca, opsi: OpsiJob, bulan: MonthIndex, catatan: string[]): void {
  const tolak: Teks[] = [];
  for (const s of salinanBulan(opsi.dataDir, bulan)) {
    if (terimaFile(opsi, s.salinan) || terimaFile(opsi, s.asli)) {
      ctx.peringatan.push(PESAN_APP.luarBulanDiterima(PESAN_APP.salinanBulan(s.salinan, s.asli, false)));
      catatan.push(`diterima --terima-luar-bulan: ${s.salinan} identik dengan ${s.asli}`);
    } else tolak.push(PESAN_APP.salinanBulan(s.salinan, s.asli));
  }
  if (tolak.length > 0) throw new DataError(PESAN_APP.bulanSalah(tolak));
}

/**
 * After month `bulan` is read: its dated files' rows outside the month. Above the rule
 * set's share, a stop unless accepted; above the warning share, a warning (--quiet keeps it).
 */
export function periksaLuarBulan(ctx: KonteksBaca, opsi: OpsiJob, tanggal: readonly TanggalFile[], rules: RuleSet, catatan: string[]): void {
  const tolak: Teks[] = [];
  for (const l of temuanLuarBulan(tanggal, rules)) {
    const t = pesanLuarBulan(l);
    if (!l.berhenti) ctx.peringatan.push(t);
    else if (terimaFile(opsi, l.label)) {
      ctx.peringatan.push(PESAN_APP.luarBulanDiterima(pesanLuarBulan(l, true)));
      catatan.push(`diterima --terima-luar-bulan: ${l.label} ${persen(l)}% di luar bulan`);
    } else tolak.push(t);
  }
  if (tolak.length > 0) throw new DataError(PESAN_APP.bulanSalah(tolak));
}

const FILE_SINYAL: Record<string, string> = { penurunan_kontak: 'kontak.csv', penurunan_rujukan: 'rujukan.csv', penurunan_prolanis: 'prolanis.csv' };

/**
 * pay and run: each fall of a facility's volume against its earlier months, as a warning
 * naming the facility and the file; with --wajib-lengkap a stop, unless --terima-penurunan
 * accepts the facility (then a warning saying so).
 */
export function peringatanPenurunan(opsi: OpsiJob, sinyal: readonly SinyalBulan[]): Teks[] {
  const turun = sinyal.filter((s) => FILE_SINYAL[s.sinyal] !== undefined);
  const pesan = turun.map((s) => ({
    kode: s.kodePpk,
    teks: PESAN_APP.penurunanVolume(s.kodePpk, `${formatMonth(s.bulan)}/${FILE_SINYAL[s.sinyal]}`, s.sinyal, s.nilai, s.ambang, s.turun?.kini ?? 0, s.turun?.rata ?? '', (s.turun?.bulan ?? []).map(formatMonth)),
  }));
  if (!opsi.wajibLengkap) return pesan.map((p) => p.teks);
  const terima = opsi.terimaPenurunan;
  const diterima = (kode: string): boolean => terima === 'semua' || (terima?.has(kode) ?? false);
  const tolak = pesan.filter((p) => !diterima(p.kode));
  if (tolak.length > 0)
    throw new DataError(
      PESAN_APP.penurunanWajibLengkap(
        tolak.map((p) => p.teks),
        [...new Set(tolak.map((p) => p.kode))],
      ),
    );
  return pesan.map((p) => PESAN_APP.diterima(p.teks));
}
