// kbk audit: which participants and referrals were counted, row by row, and why. The job:
// the facilities asked for, the month read exactly as compute reads it (bacaDenganAturan)
// with the collector src/ingest/jejak.ts told what the read decides, the rows made by
// src/report/audit-baris.ts (their reasons src/core/alasan-audit.ts), and the files. The
// counts in the three files add up, per facility, to capaian's by construction, and the
// rows' maker checks that they do before anything is written.
//
// Memory: per participant only typed arrays (the index's own, and three more: the card key,
// the lines of the first contact and of the first Prolanis row; the rows' maker gathers the
// registered ones' into the files' order once); per row that did not count a few numbers in
// growable typed columns. The files are made as they are written, straight into 256 KiB
// Buffers (src/report/tulis-csv.ts), a thousand lines between two chunks' checks.
import { join } from 'node:path';
import { putuskan } from '../core/klinis.js';
import type { MonthIndex } from '../core/month.js';
import type { FaktaBulan } from '../core/types.js';
import { UsageError } from '../errors.js';
import { mirip } from '../ingest/headers.js';
import { JejakAudit } from '../ingest/jejak.js';
import type { MasterFktp } from '../ingest/master.js';
import { kolomAudit, KOLOM_AUDIT_RUJUKAN, KOLOM_JANGKAUAN, type RingkasanAudit } from '../report/audit.js';
import { csvTulis } from '../report/tulis-csv.js';
import { Audit } from '../report/audit-baris.js';
import { namaLaporan } from '../report/nama-laporan.js';
import type { FileLaporan } from '../report/write.js';
import type { HasilBerkasBulan } from './opsi.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import { bacaDenganAturan, capaianDari, denganTolak, filesTolak, konteks, pilihProfil, type OpsiJob } from './jobs.js';
import { periksaBulanLembar } from './verifikasi.js';
import { PESAN_APP } from '../pesan/app.js';

export type { RingkasanAudit } from '../report/audit.js';

/** Why kbk audit takes no --summary (src/pesan/app.ts). */
export const PESAN_RINGKASAN = PESAN_APP.auditTanpaRingkasan;

export interface HasilAudit extends HasilBerkasBulan {
  /** Per facility listed: rows, registered, with a contact, referrals, outreach rows per need. */
  ringkasan: RingkasanAudit[];
}

/**
 * The month read as compute reads it with the audit's collector listening: what kbk audit
 * and kbk sampel list. The counts (capaianDari), the clinical decision (the chosen profile)
 * and the collector's facts come from the one read.
 */
export async function bacaDenganJejak(ctx: KonteksBaca, opsi: OpsiJob, bulan: MonthIndex) {
  const jejak = new JejakAudit(ctx.master);
  ctx.jejak = jejak;
  const b = await bacaDenganAturan(ctx, opsi, bulan);
  ctx.jejak = undefined;
  const { rows, hitungan, peringatan } = capaianDari(ctx, opsi, b);
  const fakta = b.fakta as FaktaBulan;
  const keputusan = putuskan(fakta.prolanis, pilihProfil(b.rules, opsi.profilKlinis));
  return { jejak, b, rows, hitungan, peringatan, fakta, keputusan };
}

/**
 * kbk audit: the month read as compute reads it; audit-M.csv (one row per facility and
 * participant the exports touch), audit-rujukan-M.csv (one row per rujukan.csv row, in
 * file order), jangkauan-M.csv (the outreach list) and tolak-M.csv. `ppk`: only these
 * facilities' rows (codes, comma-separated or not).
 */
export async function audit(opsi: OpsiJob, bulan: MonthIndex, ppk?: readonly string[]): Promise<HasilAudit> {
  if (opsi.ringkasan) throw new UsageError(PESAN_RINGKASAN);
  return denganTolak(opsi, bulan, async (tolak) => {
    const ctx = await konteks(opsi, tolak);
    const pilihan = pilihFasilitas(ctx.master, ppk);
    periksaBulanLembar(ctx, [bulan]);
    const { jejak, b, hitungan, peringatan, fakta, keputusan } = await bacaDenganJejak(ctx, opsi, bulan);
    const a = new Audit(jejak, { master: ctx.master, bulan, rules: b.rules, prolanis: fakta.prolanis, keputusan, pilihan, samarkan: opsi.samarkan });
    const ringkasan = a.periksa(hitungan);
    const excel = Boolean(opsi.format?.csvExcel);
    const files: FileLaporan[] = [
      { path: join(opsi.outDir, namaLaporan('audit', b.bulan)), content: csvTulis(kolomAudit(b.rules), (t) => a.tulisAudit(t), excel), pribadi: true },
      { path: join(opsi.outDir, namaLaporan('audit-rujukan', b.bulan)), content: csvTulis(KOLOM_AUDIT_RUJUKAN, (t) => a.tulisRujukan(t), excel), pribadi: true },
      { path: join(opsi.outDir, namaLaporan('jangkauan', b.bulan)), content: csvTulis(KOLOM_JANGKAUAN, (t) => a.tulisJangkauan(t), excel), pribadi: true },
      ...filesTolak(opsi, bulan, [bulan], ctx.tolak),
    ];
    return { bulan, rules: b.rules, files, tolak: ctx.tolak, peringatan: [...ctx.peringatan, ...peringatan], dipakai: { aturan: [b.rules], tarif: [] }, ringkasan };
  });
}

/** --ppk: the master indices asked for (null: all); an unknown code is a usage error naming a close one, or the known ones. */
export function pilihFasilitas(master: MasterFktp, ppk: readonly string[] | undefined): Set<number> | null {
  if (ppk === undefined) return null;
  const kode = ppk.flatMap((k) => k.split(',')).map((k) => k.trim()).filter((k) => k !== '');
  if (kode.length === 0) throw new UsageError(PESAN_APP.ppkKosong);
  const pilihan = new Set<number>();
  for (const k of kode) {
    const f = master.indeks.get(k);
    if (f !== undefined) {
      pilihan.add(f);
      continue;
    }
    const semua = master.daftar.map((d) => d.kodePpk);
    const kecil = k.toLowerCase();
    // The same code but for case or lost leading zeros; else one a letter or two off, or cut short.
    const sama = semua.filter((s) => s.toLowerCase() === kecil || s.replace(/^0+/, '') === k.replace(/^0+/, ''));
    const dekat = sama.length > 0 ? sama : semua.filter((s) => mirip(kecil, s.toLowerCase()));
    throw new UsageError(dekat.length > 0 ? PESAN_APP.ppkMirip(k, dekat.slice(0, 3)) : PESAN_APP.ppkTidakDikenal(k, semua));
  }
  return pilihan;
}

export { ringkasanJson, tabelAudit } from '../report/audit.js';
