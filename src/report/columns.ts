// Report rows as plain strings, columns following the rule set's indicators (exactly spec §3
// for kbk-2019). Indicator values print rounded half-up to 2 decimals; money and
// percentages print exactly.
import type { Capaian, Kapitasi } from '../core/assessment.js';
import { formatJendela, formatMonth, type MonthIndex } from '../core/month.js';
import { parseDecimal, rat, toFixed, toPlain, type Rational } from '../core/rational.js';
import { rumus } from '../core/rumus/index.js';
import { KOLOM_HITUNGAN, type Fktp, type HitunganBulan, type KunciHitungan } from '../core/types.js';
import type { Indikator, RuleSet } from '../rules/schema.js';

/**
 * tolak-YYYY-MM.csv: where (file, baris), the reason's machine code (kode, the same in
 * every language: src/ingest/kode-tolak.ts), the reason in the run's language (alasan),
 * then the row as it was (isi: last, it is the longest and holds anything).
 */
export const KOLOM_TOLAK = ['file', 'baris', 'kode', 'alasan', 'isi'] as const;
/** The rejects' header before the kode column (kbk before issue 19): read back only to refuse it by name. */
export const KOLOM_TOLAK_LAMA = ['file', 'baris', 'alasan', 'isi'] as const;

/** anomali-YYYY-MM.csv: one row per facility and signal that fired (src/core/sinyal.ts). */
export const KOLOM_ANOMALI = ['kode_ppk', 'sinyal', 'nilai', 'ambang', 'bukti'] as const;

const indikator = (r: Rational | null): string => (r === null ? '' : toFixed(r, 2));
const angka = (r: Rational | null | undefined, places = 4): string => (r == null ? '' : toPlain(r, places));
const rating = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** The facility's identity columns, shared by both reports. */
const identitas = (f: Fktp): { kode_ppk: string; nama_fktp: string; jenis_fktp: string } => ({
  kode_ppk: f.kodePpk,
  nama_fktp: f.namaFktp,
  jenis_fktp: f.jenisFktp,
});

/** Where an indicator's value goes: the rule set's `kolom`, else its formula's. */
export const kolomNilai = (ind: Indikator): string => ind.kolom ?? rumus(ind.rumus).kolom;

/**
 * capaian-YYYY-MM.csv's columns, following the rule set's indicators (spec §3 for
 * kbk-2019): identity, peserta_terdaftar, then per indicator the counts its formula reads
 * (each once), its sub-values and its value; then ratings, nilai, and the verdict.
 */
export function kolomCapaian(rules: RuleSet): string[] {
  const kolom = ['bulan', 'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'peserta_terdaftar'];
  for (const ind of rules.indikator) {
    const r = rumus(ind.rumus);
    for (const k of r.hitungan) if (!kolom.includes(KOLOM_HITUNGAN[k])) kolom.push(KOLOM_HITUNGAN[k]);
    kolom.push(...r.rincian, kolomNilai(ind));
  }
  kolom.push(...rules.indikator.map((i) => `rating_${i.id}`), ...rules.indikator.map((i) => `nilai_${i.id}`));
  return [...kolom, 'total_nilai', 'kbk_berlaku', 'persen_kapitasi', 'catatan'];
}

/** kapitasi-YYYY-MM.csv's columns: one averaged value per indicator (rata_<kolom>). */
export function kolomKapitasi(rules: RuleSet): string[] {
  return [
    'bulan_bayar', 'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan_penilaian', 'jumlah_bulan_dinilai',
    ...rules.indikator.map((i) => `rata_${kolomNilai(i)}`),
    'total_nilai', 'kbk_berlaku', 'persen_kapitasi', 'peserta_terdaftar', 'tarif_dasar', 'tarif_setelah_kbk', 'tarif_minimal',
    'tarif_dibayar', 'lantai_diterapkan', 'kapitasi_penuh', 'kapitasi_dibayar', 'potongan', 'catatan',
  ];
}

export function barisCapaian(c: Capaian, rules: RuleSet): Record<string, string> {
  const h = c.hitungan;
  const p = c.penilaian;
  const row: Record<string, string> = {
    bulan: formatMonth(c.bulan),
    ...identitas(c.fktp),
    aturan: c.aturan,
    peserta_terdaftar: String(h.pesertaTerdaftar),
  };
  for (const ind of rules.indikator) {
    const r = rumus(ind.rumus);
    for (const k of r.hitungan) row[KOLOM_HITUNGAN[k]] = c.tidakDiketahui?.has(k) ? '' : String(h[k]);
    r.rincian.forEach((k, i) => (row[k] = indikator(c.indikator.rincian[ind.id]?.[i] ?? null)));
    row[kolomNilai(ind)] = indikator(c.indikator.nilai[ind.id] ?? null);
  }
  for (const ind of rules.indikator) {
    row[`rating_${ind.id}`] = rating(p?.rating[ind.id]);
    row[`nilai_${ind.id}`] = angka(p?.nilai[ind.id]);
  }
  row.total_nilai = angka(p?.totalNilai);
  row.kbk_berlaku = c.kbkBerlaku ? '1' : '0';
  row.persen_kapitasi = angka(c.persenKapitasi);
  row.catatan = c.catatan.join('; ');
  return row;
}

export function barisKapitasi(k: Kapitasi, rules: RuleSet): Record<string, string> {
  const m = k.pembayaran;
  return {
    bulan_bayar: formatMonth(k.bulanBayar),
    ...identitas(k.fktp),
    aturan: k.aturan,
    aturan_tarif: k.aturanTarif,
    bulan_penilaian: formatJendela(k.jendela),
    jumlah_bulan_dinilai: String(k.jumlahBulanDinilai),
    ...Object.fromEntries(rules.indikator.map((i) => [`rata_${kolomNilai(i)}`, indikator(k.rata[i.id] ?? null)])),
    total_nilai: angka(k.penilaian?.totalNilai),
    kbk_berlaku: k.kbkBerlaku ? '1' : '0',
    persen_kapitasi: angka(k.persenKapitasi),
    peserta_terdaftar: String(k.pesertaTerdaftar),
    tarif_dasar: String(k.tarifDasar),
    tarif_setelah_kbk: angka(m.tarifSetelahKbk),
    tarif_minimal: k.tarifMinimal === null ? '' : String(k.tarifMinimal),
    tarif_dibayar: angka(m.tarifDibayar),
    lantai_diterapkan: m.lantaiDiterapkan ? '1' : '0',
    kapitasi_penuh: String(m.kapitasiPenuh),
    kapitasi_dibayar: String(m.kapitasiDibayar),
    potongan: String(m.potongan),
    catatan: k.catatan.join('; '),
  };
}

/**
 * A capaian report's row read back as the Capaian it was written from (kbk tren, kbk
 * rekredensialing: months already computed are taken from their reports): the inverse of
 * barisCapaian for the same rule set. Indicator values come back as printed (2 decimals);
 * ratings, nilai, total nilai and the percentage exactly as written; the data-quality
 * counts, which the report holds only inside catatan, as 0. `fktp`: the facility as
 * fktp.csv has it (the report holds only its code, name and type).
 */
export function capaianDariBaris(row: Readonly<Record<string, string>>, rules: RuleSet, fktp: Fktp, bulan: MonthIndex): Capaian {
  const angkaAtauNol = (v: string | undefined): number => (v === undefined || v === '' ? 0 : Number(v));
  const desimal = (v: string | undefined): Rational | null => (v === undefined || v === '' ? null : parseDecimal(v));
  const hitungan = {
    pesertaTerdaftar: 0, pesertaKontak: 0, rujukanTotal: 0, rujukanNonSpesialistik: 0, rujukanTacc: 0, dmTerdaftar: 0, htTerdaftar: 0,
    prolanisTerdaftar: 0, prolanisBerkunjung: 0, dmTerkendali: 0, htTerkendali: 0,
    kontakTidakTerdaftar: 0, kontakLuarBulan: 0, kontakLewatBatasEntri: 0, rujukanDuplikat: 0, rujukanKonflik: 0, rujukanLuarBulan: 0,
    prolanisTidakTerdaftar: 0, pengukuranLuarBulan: 0, pengukuranTanpaTanggal: 0,
  } satisfies HitunganBulan;
  const tidakDiketahui = new Set<KunciHitungan>();
  for (const [k, kolom] of Object.entries(KOLOM_HITUNGAN) as [KunciHitungan, string][]) {
    // Empty in a column the report has: a count its source could not give. A column it has not (another rule set's count): 0, as computed.
    if (row[kolom] === '') tidakDiketahui.add(k);
    hitungan[k] = angkaAtauNol(row[kolom]);
  }
  const nilai: Record<string, Rational | null> = {};
  const rincian: Record<string, (Rational | null)[]> = {};
  for (const ind of rules.indikator) {
    nilai[ind.id] = desimal(row[kolomNilai(ind)]);
    rincian[ind.id] = rumus(ind.rumus).rincian.map((k) => desimal(row[k]));
  }
  const dinilai = rules.indikator.every((i) => row[`rating_${i.id}`] !== undefined && row[`rating_${i.id}`] !== '');
  const penilaian = dinilai
    ? {
        rating: Object.fromEntries(rules.indikator.map((i) => [i.id, Number(row[`rating_${i.id}`])])),
        nilai: Object.fromEntries(rules.indikator.map((i) => [i.id, desimal(row[`nilai_${i.id}`]) ?? rat(0)])),
        totalNilai: desimal(row.total_nilai) ?? rat(0),
      }
    : null;
  const catatan = row.catatan ? row.catatan.split('; ') : [];
  return {
    bulan,
    fktp,
    aturan: row.aturan ?? rules.id,
    hitungan,
    indikator: { nilai, rincian, catatan: [], dinilai: hitungan.pesertaTerdaftar > 0 },
    penilaian,
    kbkBerlaku: row.kbk_berlaku === '1',
    persenKapitasi: desimal(row.persen_kapitasi) ?? rat(100),
    catatan,
    ...(tidakDiketahui.size > 0 ? { tidakDiketahui } : {}),
  };
}

/** An indicator's value as the reports print it (2 decimals, half-up); empty when none. */
export const teksIndikator = indikator;
/** A score or percentage as the reports print it (exact, at most 4 decimals); empty when none. */
export const teksAngka = (r: Rational | null | undefined): string => angka(r);
