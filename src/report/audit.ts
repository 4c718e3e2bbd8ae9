// The audit's three files (kbk audit): their columns (the lines are made by
// src/report/audit-baris.ts and written by src/report/tulis-csv.ts), and the terminal
// summary.
import { HITUNGAN_PESERTA, PERLU, type HitunganPeserta, type Perlu } from '../core/audit.js';
import { KOLOM_HITUNGAN } from '../core/types.js';
import type { RuleSet } from '../rules/schema.js';
import { kolomCapaian } from './columns.js';
import { bungkusSemua, tabel, type Kolom } from './table-engine.js';
import type { ChalkInstance } from 'chalk';
import { angka, dalam, type Bahasa } from '../pesan/index.js';
import { PESAN_LAPORAN } from '../pesan/laporan.js';

/**
 * The per-participant counts of capaian-YYYY-MM.csv under these rules, named and ordered as
 * there (kbk-2019: peserta_terdaftar, peserta_kontak, dm_terdaftar, dm_terkendali,
 * ht_terdaftar, ht_terkendali; perber-2017: peserta_terdaftar, peserta_kontak,
 * prolanis_terdaftar, prolanis_berkunjung).
 */
export function hitunganAudit(rules: RuleSet): { kunci: HitunganPeserta; kolom: string }[] {
  const perKolom = new Map(HITUNGAN_PESERTA.map((k) => [KOLOM_HITUNGAN[k] as string, k]));
  return kolomCapaian(rules).flatMap((kolom) => {
    const kunci = perKolom.get(kolom);
    return kunci === undefined ? [] : [{ kunci, kolom }];
  });
}

/** audit-YYYY-MM.csv: kode_ppk, no_kartu, the per-participant counts (0/1), alasan. */
export const kolomAudit = (rules: RuleSet): string[] => ['kode_ppk', 'no_kartu', ...hitunganAudit(rules).map((h) => h.kolom), 'alasan'];

/** audit-rujukan-YYYY-MM.csv: one row per rujukan.csv row, in file order. */
export const KOLOM_AUDIT_RUJUKAN = ['kode_ppk', 'no_rujukan', 'no_kartu', 'baris', 'rujukan_total', 'rujukan_non_spesialistik', 'rujukan_tacc', 'alasan'] as const;

/** jangkauan-YYYY-MM.csv: the participants to reach, one row per participant and need (PERLU). */
export const KOLOM_JANGKAUAN = ['kode_ppk', 'no_kartu', 'perlu', 'keterangan'] as const;

/** Per facility: what the audit lists (the terminal summary, --json). */
export interface RingkasanAudit {
  kodePpk: string;
  /** The facility's name from fktp.csv (empty for a code found only in the month's files). */
  namaFktp?: string;
  /** Rows in audit-M.csv: registered participants and the other pairs touched. */
  baris: number;
  terdaftar: number;
  kontak: number;
  /** Rows in audit-rujukan-M.csv. */
  rujukan: number;
  /** Rows in jangkauan-M.csv per need. */
  jangkauan: Record<Perlu, number>;
}

/** A column name over lines of at most 11 characters, split at its '_' (perlu_daftar_prolanis_dm → perlu / daftar / prolanis_dm). */
function bertumpuk(nama: string): string {
  const lines: string[] = [];
  for (const bagian of nama.split('_')) {
    const akhir = lines[lines.length - 1];
    if (akhir !== undefined && akhir.length + 1 + bagian.length <= 11) lines[lines.length - 1] = `${akhir}_${bagian}`;
    else lines.push(bagian);
  }
  return lines.join('\n');
}

/** The terminal summary: one line per facility, its counts in the run's language; the columns left out named under it. */
export function tabelAudit(rs: readonly RingkasanAudit[], c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const perlu = PERLU.filter((p) => rs.some((r) => r.jangkauan[p] > 0));
  // Columns go (when the terminal is narrow) from the outreach needs, last first; the counts stay.
  // The name is shortened as in every kbk table (and goes last); the headings stack on '_' when the table does not fit.
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: dalam(PESAN_LAPORAN.judul.nama, bahasa), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: perlu.length + 3 },
    { judul: 'baris_audit', judulPendek: bertumpuk('baris_audit'), kanan: true, buang: perlu.length + 2 },
    { judul: 'peserta_terdaftar', judulPendek: bertumpuk('peserta_terdaftar'), kanan: true },
    { judul: 'peserta_kontak', judulPendek: bertumpuk('peserta_kontak'), kanan: true },
    { judul: 'baris_rujukan', judulPendek: bertumpuk('baris_rujukan'), kanan: true, buang: perlu.length + 1 },
    ...perlu.map((p, i): Kolom => ({ judul: `perlu_${p}`, judulPendek: bertumpuk(`perlu_${p}`), kanan: true, buang: perlu.length - i })),
  ];
  const a = (n: number): string => angka(n, bahasa);
  const rows = rs.map((r) => [r.kodePpk, r.namaFktp ?? '', a(r.baris), a(r.terdaftar), a(r.kontak), a(r.rujukan), ...perlu.map((p) => a(r.jangkauan[p]))]);
  const t = tabel(kolom, rows, c, lebar);
  const note = t.dibuang.length > 0 && lebar !== undefined ? bungkusSemua([dalam(PESAN_LAPORAN.tidakDitampilkanJson(t.dibuang, lebar), bahasa)], lebar) : [];
  return [t.teks, ...note].join('\n') + '\n';
}

export const ringkasanJson = (rs: readonly RingkasanAudit[]): Record<string, unknown>[] =>
  rs.map((r) => ({ kode_ppk: r.kodePpk, baris_audit: r.baris, peserta_terdaftar: r.terdaftar, peserta_kontak: r.kontak, baris_rujukan: r.rujukan, jangkauan: r.jangkauan }));
