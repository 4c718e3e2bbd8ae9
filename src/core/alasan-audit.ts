// kbk audit's reasons in words: why a participant's row of audit-M.csv has its 0s and 1s,
// why a referral counted or not (audit-rujukan-M.csv), and what a participant on the
// outreach list (jangkauan-M.csv) needs. Pure functions of plain values: the collecting is
// src/ingest/jejak.ts, the rows src/report/audit-baris.ts. The texts are for people at a
// facility, in Indonesian like catatan; they never hold a card number.
import { PERISTIWA, type Perlu } from './audit.js';
import { NAMA_TACC, taccDisebut } from './kosakata.js';
import { formatDate, type DayNumber } from './month.js';
import { SKALA_UKUR, TANPA_TANGGAL } from './types.js';

/** "P001", "P001 dan P002", "P001, P002 dan P003". */
export function daftarKode(kode: readonly string[]): string {
  if (kode.length <= 1) return kode.join('');
  return `${kode.slice(0, -1).join(', ')} dan ${kode[kode.length - 1]}`;
}

/** A card active at several facilities: counted at none of them. */
export function teksKonflik(kode: readonly string[]): string {
  return kode.length === 2
    ? `aktif di dua fasilitas: ${daftarKode(kode)}; tidak dihitung di keduanya`
    : `aktif di ${kode.length} fasilitas: ${daftarKode(kode)}; tidak dihitung di satu pun`;
}

/** A measurement value kept × SKALA_UKUR, as a plain decimal (110, 7.5). */
export function angkaUkur(v: number): string {
  const bulat = Math.trunc(v / SKALA_UKUR);
  const sisa = Math.abs(v - bulat * SKALA_UKUR);
  if (sisa === 0) return String(bulat);
  const tanda = v < 0 && bulat === 0 ? '-' : '';
  // The fraction's digits without its trailing zeros (kbk audit writes hundreds of thousands: no regex).
  let pecahan = sisa;
  let digit = DIGIT_SKALA;
  while (pecahan % 10 === 0) {
    pecahan /= 10;
    digit--;
  }
  return `${tanda}${bulat}.${String(pecahan).padStart(digit, '0')}`;
}
/** Decimal digits of SKALA_UKUR's fraction (10^6: six). */
const DIGIT_SKALA = String(SKALA_UKUR).length - 1;

/** A measurement's date, or that it had none (taken as of the month). */
export const tanggalUkur = (t: number): string => (t === TANPA_TANGGAL ? 'tanpa tanggal' : formatDate(t as DayNumber));

/** "GDP 110 (2024-06-10, baris 12)" or "150/95 (2024-06-10, baris 13)". */
export function teksUkur(dm: boolean, a: number, b: number, tanggal: number, baris: number): string {
  return `${dm ? `GDP ${angkaUkur(a)}` : `${angkaUkur(a)}/${angkaUkur(b)}`} (${tanggalUkur(tanggal)}, baris ${baris})`;
}

/** n more events of a kind than the one shown. */
export const lainnya = (n: number): string => (n > 0 ? ` (+${n} lainnya)` : '');

/**
 * A counted referral's verdict: TACC and where that came from (kd_tacc as written, or
 * without kd_tacc the name or reason that says so), or (non-)specialistic and whether the
 * row's flag or diagnosa.csv decided. `kdTacc` null: the file has no kd_tacc.
 */
export function putusanRujukan(tacc: boolean, kdTacc: string | null, nmTacc: string, alasanTacc: string, nonSpes: boolean, flagBaris: string, kodeDiagnosa: string): string {
  if (tacc) {
    let dari: string;
    if (kdTacc !== null) dari = `kd_tacc ${kdTacc}${NAMA_TACC[kdTacc] ? ` ${NAMA_TACC[kdTacc]}` : ''}`;
    else dari = taccDisebut(nmTacc) ? `nm_tacc "${nmTacc}"` : `alasan_tacc "${alasanTacc}"`;
    return `dihitung; TACC (${dari}): tidak dihitung non-spesialistik`;
  }
  const sumber = flagBaris !== '' ? 'kolom non_spesialistik' : `diagnosa.csv (${kodeDiagnosa})`;
  return `dihitung; ${nonSpes ? 'non-spesialistik' : 'spesialistik'} menurut ${sumber}`;
}

/** A referral's row that did not count: a duplicate of the line that counted its number, dated outside the month, or rejected (`teks`: why). */
export const rujukanDuplikat = (barisPertama: number): string => `duplikat no_rujukan dari baris ${barisPertama}`;
export const rujukanLuarBulan = (tgl: number): string => `tgl_rujukan ${formatDate(tgl)} di luar bulan`;
export const rujukanDitolak = (teks: string): string => `ditolak (${teks})`;

/** A record the assessment team marked `tidak` in the verification worksheet (--verifikasi): what the audit says of it. */
export const TIDAK_SAH_VERIFIKASI = 'tidak sah menurut verifikasi sampel Tim Penilai (sah = tidak): tidak dihitung';

/** A counted non-specialistic referral marked tidak: its verdict, then the verification's. */
export const rujukanTidakSah = (putusan: string): string => `${putusan}; ${TIDAK_SAH_VERIFIKASI} non-spesialistik`;

/** A rejected row's reason as the audit keeps it: the column as the file names it, and the kind of error. */
export const alasanDitolak = (kolom: string, jenis: string): string => `${kolom}: ${jenis}`;

/**
 * One event of a (facility, card) pair as text (PERISTIWA): its line, and by kind the date
 * (`info`), a rejected row's reason (`teks[info]`) or the facilities of a card active at
 * several (`kodeKonflik`). `terdaftar`: the pair's participant is registered (and counted) there.
 */
export function teksPeristiwa(jenis: number, baris: number, info: number, teks: readonly string[], kodeKonflik: readonly string[], terdaftar: boolean): string {
  switch (jenis) {
    case PERISTIWA.TIDAK_AKTIF:
      return terdaftar ? `peserta.csv baris ${baris} tidak aktif, baris lain aktif` : `tidak aktif (peserta.csv baris ${baris})`;
    case PERISTIWA.KONFLIK:
      return teksKonflik(kodeKonflik);
    case PERISTIWA.KONTAK_LAIN:
      return `kontak ${formatDate(info)} baris ${baris} tidak dihitung`;
    case PERISTIWA.KONTAK_LUAR:
      return `kontak ${formatDate(info)} baris ${baris} di luar bulan`;
    case PERISTIWA.KONTAK_TERLAMBAT:
      return `kontak ${formatDate(info)} baris ${baris} dientri setelah batas entri`;
    case PERISTIWA.PROLANIS_LAIN:
      return `prolanis.csv baris ${baris} tidak dihitung`;
    case PERISTIWA.UKUR_LUAR:
      return `pemeriksaan Prolanis ${formatDate(info)} baris ${baris} di luar bulan`;
    case PERISTIWA.KONTAK_TIDAK_SAH:
      return `kontak ${formatDate(info)} baris ${baris} ${TIDAK_SAH_VERIFIKASI}`;
    case PERISTIWA.UKUR_TIDAK_SAH:
      return `pemeriksaan Prolanis ${tanggalUkur(info)} baris ${baris} ${TIDAK_SAH_VERIFIKASI}`;
    case PERISTIWA.DITOLAK_PESERTA:
      return `peserta.csv baris ${baris} ditolak (${teks[info]})`;
    case PERISTIWA.DITOLAK_KONTAK:
      return `kontak.csv baris ${baris} ditolak (${teks[info]})`;
    default:
      return `prolanis.csv baris ${baris} ditolak (${teks[info]})`;
  }
}

/** A registered participant's contact: its first counted one (day, line), or none. */
export const teksKontak = (tanggal: string, baris: number): string => `kontak ${tanggal} baris ${baris}`;
export const TANPA_KONTAK = 'tidak ada kontak bulan ini';

/** "DM", "HT" or "DM dan HT": the Prolanis programmes a participant is enrolled in. */
export const programProlanis = (dm: boolean, ht: boolean): string => [dm ? 'DM' : '', ht ? 'HT' : ''].filter((s) => s !== '').join(' dan ');

/**
 * DM or HT of a diagnosed participant: enrolled or not (`ikut`) and, when the rule set
 * counts control (`kendali`), the deciding measurement (`ukur`, as teksUkur says it) and the
 * verdict (`status`: 1 controlled, 0 not, -1 not measured).
 */
export function teksProgram(nama: 'DM' | 'HT', ikut: boolean, kendali: boolean, status: number, ukur: string): string {
  if (!kendali) return `${nama}: ${ikut ? 'peserta Prolanis' : 'terdiagnosis, bukan peserta Prolanis'}`;
  const label = ikut ? nama : `${nama} (bukan peserta Prolanis)`;
  if (status === -1) return `${label}: tidak diukur bulan ini`;
  return `${label}: ${ukur} ${status === 1 ? 'terkendali' : 'tidak terkendali'}`;
}

/** An enrolled participant's Prolanis visit (RPPB): a Prolanis row dated in the month (its line), a contact, or none. */
export function teksKunjungan(program: string, diukur: boolean, kontak: boolean, barisProlanis: number): string {
  const prog = `Prolanis ${program}`;
  return diukur ? `${prog}: berkunjung (prolanis.csv baris ${barisProlanis})` : kontak ? `${prog}: berkunjung (kontak)` : `${prog}: tidak berkunjung bulan ini`;
}

/** A diagnosis without enrolment, when the rule set counts Prolanis visits but not that programme's control. */
export const terdiagnosisBukanProlanis = (nama: 'DM' | 'HT'): string => `${nama}: terdiagnosis, bukan peserta Prolanis`;

/** A pair whose card is not registered at the facility: registered nowhere (active), elsewhere, or at `kode`. */
export const tidakTerdaftar = (diManaPun: boolean): string => (diManaPun ? 'tidak terdaftar aktif di fasilitas mana pun' : 'tidak terdaftar di fasilitas ini');
export const terdaftarDi = (kode: string): string => `terdaftar di ${kode}`;

/**
 * jangkauan-M.csv's `keterangan` of a need (PERLU), but `kontak` (its missed rows are the
 * caller's): `ukur` the deciding measurement of a control need, `program` the enrolled
 * programmes of a visit need.
 */
export function keteranganPerlu(k: Exclude<Perlu, 'kontak'>, ukur: string, program: string): string {
  switch (k) {
    case 'ukur_dm':
      return 'peserta Prolanis DM, GDP tidak diukur bulan ini';
    case 'kendali_dm':
      return `DM: ${ukur} tidak terkendali`;
    case 'daftar_prolanis_dm':
      return 'terdiagnosis DM, bukan peserta Prolanis DM';
    case 'ukur_ht':
      return 'peserta Prolanis HT, tekanan darah tidak diukur bulan ini';
    case 'kendali_ht':
      return `HT: ${ukur} tidak terkendali`;
    case 'daftar_prolanis_ht':
      return 'terdiagnosis HT, bukan peserta Prolanis HT';
    case 'kunjungan_prolanis':
      return `peserta Prolanis ${program}, tanpa kontak atau pemeriksaan Prolanis bulan ini`;
  }
}
