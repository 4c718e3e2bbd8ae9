// Report rows as plain strings, in exactly the column order of spec §3. Indicator values
// print rounded half-up to 2 decimals; money and percentages print exactly.
import type { Capaian, Kapitasi } from '../core/assessment.js';
import { formatMonth } from '../core/month.js';
import { toFixed, toPlain, type Rational } from '../core/rational.js';
import type { Fktp } from '../core/types.js';

export const KOLOM_CAPAIAN = [
  'bulan', 'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'peserta_terdaftar', 'peserta_kontak',
  'angka_kontak', 'rujukan_total', 'rujukan_non_spesialistik', 'rujukan_tacc', 'rrns', 'dm_terdaftar',
  'dm_terkendali', 'ht_terdaftar', 'ht_terkendali', 'rppt_dm', 'rppt_ht', 'rppt', 'rating_ak',
  'rating_rrns', 'rating_rppt', 'nilai_ak', 'nilai_rrns', 'nilai_rppt', 'total_nilai', 'kbk_berlaku',
  'persen_kapitasi', 'catatan',
] as const;

export const KOLOM_KAPITASI = [
  'bulan_bayar', 'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan_penilaian',
  'jumlah_bulan_dinilai', 'rata_angka_kontak', 'rata_rrns', 'rata_rppt', 'total_nilai', 'kbk_berlaku',
  'persen_kapitasi', 'peserta_terdaftar', 'tarif_dasar', 'tarif_setelah_kbk', 'tarif_minimal',
  'tarif_dibayar', 'lantai_diterapkan', 'kapitasi_penuh', 'kapitasi_dibayar', 'potongan', 'catatan',
] as const;

export const KOLOM_TOLAK = ['file', 'baris', 'alasan', 'isi'] as const;

const indikator = (r: Rational | null): string => (r === null ? '' : toFixed(r, 2));
const angka = (r: Rational | null | undefined, places = 4): string => (r == null ? '' : toPlain(r, places));
const rating = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** The facility's identity columns, shared by both reports. */
const identitas = (f: Fktp): { kode_ppk: string; nama_fktp: string; jenis_fktp: string } => ({
  kode_ppk: f.kodePpk,
  nama_fktp: f.namaFktp,
  jenis_fktp: f.jenisFktp,
});

export function barisCapaian(c: Capaian): Record<(typeof KOLOM_CAPAIAN)[number], string> {
  const h = c.hitungan;
  const p = c.penilaian;
  return {
    bulan: formatMonth(c.bulan),
    ...identitas(c.fktp),
    aturan: c.aturan,
    peserta_terdaftar: String(h.pesertaTerdaftar),
    peserta_kontak: String(h.pesertaKontak),
    angka_kontak: indikator(c.indikator.ak),
    rujukan_total: String(h.rujukanTotal),
    rujukan_non_spesialistik: String(h.rujukanNonSpesialistik),
    rujukan_tacc: String(h.rujukanTacc),
    rrns: c.indikator.ak === null ? '' : indikator(c.indikator.rrns),
    dm_terdaftar: String(h.dmTerdaftar),
    dm_terkendali: String(h.dmTerkendali),
    ht_terdaftar: String(h.htTerdaftar),
    ht_terkendali: String(h.htTerkendali),
    rppt_dm: indikator(c.indikator.rpptDm),
    rppt_ht: indikator(c.indikator.rpptHt),
    rppt: indikator(c.indikator.rppt),
    rating_ak: rating(p?.rating.ak),
    rating_rrns: rating(p?.rating.rrns),
    rating_rppt: rating(p?.rating.rppt),
    nilai_ak: angka(p?.nilai.ak),
    nilai_rrns: angka(p?.nilai.rrns),
    nilai_rppt: angka(p?.nilai.rppt),
    total_nilai: angka(p?.totalNilai),
    kbk_berlaku: c.kbkBerlaku ? '1' : '0',
    persen_kapitasi: angka(c.persenKapitasi),
    catatan: c.catatan.join('; '),
  };
}

export function barisKapitasi(k: Kapitasi): Record<(typeof KOLOM_KAPITASI)[number], string> {
  const m = k.pembayaran;
  return {
    bulan_bayar: formatMonth(k.bulanBayar),
    ...identitas(k.fktp),
    aturan: k.aturan,
    aturan_tarif: k.aturanTarif,
    bulan_penilaian: `${formatMonth(k.jendela[0] as number)}..${formatMonth(k.jendela[k.jendela.length - 1] as number)}`,
    jumlah_bulan_dinilai: String(k.jumlahBulanDinilai),
    rata_angka_kontak: indikator(k.rata.ak),
    rata_rrns: indikator(k.rata.rrns),
    rata_rppt: indikator(k.rata.rppt),
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
