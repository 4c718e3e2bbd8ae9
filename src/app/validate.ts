// kbk validate: read every export the way compute would, count and list what is wrong,
// compute nothing. Every file is read even after one fails, so one run says all there is
// to fix.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catatanKualitasData } from '../core/indicators.js';
import { formatMonth, parseMonth, type MonthIndex } from '../core/month.js';
import { jumlahHitungan } from '../core/types.js';
import { MissingInputError } from '../errors.js';
import { bacaBulan, FILE_BULAN, folderBulan } from '../ingest/bulan.js';
import { folderMirip } from '../ingest/mirip.js';
import type { StatistikFile } from '../ingest/file.js';
import { penolakanUntuk, type Penolakan } from '../ingest/rejects.js';
import { batasUkurDari, fileTolak, konteks, type FileLaporan, type OpsiJob } from './jobs.js';
import { ruleSetFor, type RuleSet } from '../rules/index.js';
import { PESAN_APP } from '../pesan/app.js';
import type { Teks } from '../pesan/index.js';
import { pesanLuarBulan, salinanBulan, temuanLuarBulan, terimaFile } from './bulan-salah.js';

export interface HasilValidasi {
  bulan: MonthIndex[];
  files: StatistikFile[];
  tolak: Penolakan;
  /** Per month, the data-quality figures of its rows (as in catatan), over all facilities. */
  kualitas: Map<MonthIndex, string[]>;
  /** Months not read because fktp.csv failed. */
  tidakDibaca: MonthIndex[];
  /** The rejects files (written only when --out is given). */
  laporan: FileLaporan[];
}

function semuaBulan(dataDir: string): MonthIndex[] {
  return readdirSync(dataDir)
    .map((n) => parseMonth(n))
    .filter((m): m is MonthIndex => m !== null && folderBulan(dataDir, m) !== null)
    .sort((a, b) => a - b);
}

export async function validate(opsi: OpsiJob, bulan: MonthIndex | null): Promise<HasilValidasi> {
  if (!existsSync(opsi.dataDir) || !statSync(opsi.dataDir).isDirectory()) throw new MissingInputError(PESAN_APP.folderDataTidakAda(opsi.dataDir));
  const months = bulan === null ? semuaBulan(opsi.dataDir) : [bulan];
  if (bulan !== null && !folderBulan(opsi.dataDir, bulan))
    throw new MissingInputError(PESAN_APP.folderBulanTidakAda(join(opsi.dataDir, formatMonth(bulan)), FILE_BULAN, folderMirip(opsi.dataDir, bulan)));
  if (months.length === 0) throw new MissingInputError(PESAN_APP.tanpaFolderBulan(opsi.dataDir));

  const stats = new Map<string, StatistikFile>();
  const ctx = await konteks(opsi, penolakanUntuk({ strict: false, maxRejectRate: opsi.maxRejectRate }), stats);
  const masterGagal = stats.get('fktp.csv')?.gagal != null;
  const kualitas = new Map<MonthIndex, string[]>();
  for (const m of masterGagal ? [] : months) {
    // Reading records the facts, which validation only counts; the rule set in force says
    // only what a measurement can be (none in force: read unchecked, as compute would refuse the month).
    const rules = opsi.rules ?? aturanBulan(m);
    const { fakta, tanggal } = await bacaBulan(rules ? { ...ctx, ukur: batasUkurDari(rules, opsi) } : ctx, m);
    kualitas.set(m, catatanKualitasData(jumlahHitungan(fakta.dasar)));
    // A file from the wrong month, or another month's copy: the file fails, as compute would stop on it (src/app/bulan-salah.ts).
    const gagal = (label: string, t: Teks): void => {
      const stat = stats.get(label);
      if (!stat || stat.gagal !== null) return;
      stat.gagal = t.en;
      stat.teks.gagal = t;
    };
    for (const s of salinanBulan(opsi.dataDir, m)) if (s.salinan.startsWith(formatMonth(m)) && !terimaFile(opsi, s.salinan) && !terimaFile(opsi, s.asli)) gagal(s.salinan, PESAN_APP.salinanBulan(s.salinan, s.asli));
    for (const l of rules ? temuanLuarBulan(tanggal, rules) : []) {
      const t = pesanLuarBulan(l);
      if (l.berhenti && !terimaFile(opsi, l.label)) gagal(l.label, t);
      else {
        const stat = stats.get(l.label);
        stat?.peringatan.push(t.en);
        stat?.teks.peringatan.push(t);
      }
    }
  }
  return {
    bulan: months,
    files: [...stats.values()],
    tolak: ctx.tolak,
    kualitas,
    tidakDibaca: masterGagal ? months : [],
    laporan: months.map((m) => fileTolak(opsi, m, ctx.tolak, (file) => !parseMonth(file.slice(0, 7)) || file.startsWith(formatMonth(m)))),
  };
}

/** The rule set in force for a month; undefined when none is. */
function aturanBulan(m: MonthIndex): RuleSet | undefined {
  try {
    return ruleSetFor(m);
  } catch {
    return undefined;
  }
}
