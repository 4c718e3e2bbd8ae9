// The words of --verifikasi (issue 20): what is wrong with a filled verification worksheet
// (each naming the worksheet, its line and column, and what was expected), and the summary
// of what the verification removed. Part of the one catalog (src/pesan/index.ts).
import { angka, desimal, teks, type Teks } from './index.js';

const daftar = (xs: readonly string[]): string => xs.join(', ');

export const PESAN_VERIFIKASI = {
  bantuan: teks(
    'lembar verifikasi yang sudah diisi Tim Penilai (sampel-YYYY-MM.csv atau .xlsx dari kbk sampel, kolom sah ya/tidak): rekaman bertanda tidak, tidak dihitung; verifikasi-YYYY-MM.csv ditulis; satu berkas per bulan penilaian (boleh diulang)',
    "the assessment team's filled verification worksheet (kbk sampel's sampel-YYYY-MM.csv or .xlsx, column sah ya/tidak): records marked tidak do not count; verifikasi-YYYY-MM.csv is written; one file per assessment month (repeatable)",
  ),
  /** "sampel-2024-06.csv:4 kolom sah": a worksheet cell. */
  lokasi: (file: string, baris: number, kolom: string): Teks => teks(`${file}:${baris} kolom ${kolom}`, `${file}:${baris} column ${kolom}`),
  sahSalah: (lokasi: Teks, v: string): Teks =>
    teks(`${lokasi.id}: sah "${v}" tidak dikenal; isi ya, tidak, atau kosongkan (belum diperiksa)`, `${lokasi.en}: sah "${v}" is not known; write ya, tidak, or leave it empty (not checked)`),
  jenisSalah: (lokasi: Teks, v: string, boleh: readonly string[]): Teks =>
    teks(`${lokasi.id}: jenis "${v}" tidak dikenal; yang diharapkan: ${daftar(boleh)}`, `${lokasi.en}: jenis "${v}" is not known; expected one of ${daftar(boleh)}`),
  dihitungSalah: (lokasi: Teks, v: string, jenis: string, harap: string): Teks =>
    teks(`${lokasi.id}: dihitung_sebagai "${v}" tidak sesuai jenis ${jenis}; yang diharapkan: ${harap}`, `${lokasi.en}: dihitung_sebagai "${v}" does not fit jenis ${jenis}; expected ${harap}`),
  dihitungCampur: (lokasi: Teks, v: string, pertama: string): Teks =>
    teks(
      `${lokasi.id}: dihitung_sebagai ${v}, padahal baris Prolanis sebelumnya ${pertama}; satu lembar dari satu set aturan`,
      `${lokasi.en}: dihitung_sebagai ${v}, but the Prolanis rows before are ${pertama}; one worksheet comes from one rule set`,
    ),
  bulanSalah: (lokasi: Teks, v: string): Teks => teks(`${lokasi.id}: bulan "${v}" bukan bulan YYYY-MM`, `${lokasi.en}: bulan "${v}" is not a month YYYY-MM`),
  bulanCampur: (lokasi: Teks, v: string, pertama: string): Teks =>
    teks(
      `${lokasi.id}: bulan ${v}, padahal baris sebelumnya ${pertama}; satu lembar verifikasi untuk satu bulan (beri --verifikasi sekali per bulan)`,
      `${lokasi.en}: bulan ${v}, but the rows before are ${pertama}; one verification worksheet per month (give --verifikasi once per month)`,
    ),
  fileSalah: (lokasi: Teks, v: string, harap: string): Teks =>
    teks(`${lokasi.id}: file "${v}" tidak sesuai bulan dan jenis baris ini; yang diharapkan: ${harap}`, `${lokasi.en}: file "${v}" does not fit the row's month and kind; expected ${harap}`),
  barisSalah: (lokasi: Teks, v: string): Teks => teks(`${lokasi.id}: baris "${v}" bukan nomor baris (bilangan bulat ≥ 2)`, `${lokasi.en}: baris "${v}" is not a line number (a whole number ≥ 2)`),
  kartuSalah: (lokasi: Teks, alasan: Teks): Teks => teks(`${lokasi.id}: ${alasan.id}`, `${lokasi.en}: ${alasan.en}`),
  barisGanda: (lokasi: Teks, file: string, baris: number, barisLain: number): Teks =>
    teks(`${lokasi.id}: ${file} baris ${angka(baris, 'id')} sudah ada di baris ${angka(barisLain, 'id')} lembar ini; satu rekaman satu baris`, `${lokasi.en}: ${file} line ${baris} is already on line ${barisLain} of this worksheet; one record, one row`),
  tidakCocok: (lokasi: Teks, file: string, baris: number, jenis: string, kode: string, kartu: string, dihitung: string): Teks =>
    teks(
      `${lokasi.id}: tidak cocok dengan data bulan ini: ${file} baris ${angka(baris, 'id')} bukan ${jenis} kartu ${kartu} di ${kode} yang dihitung sebagai ${dihitung}; lembar ini dibuat dari data lain, atau kode_ppk, no_kartu, file atau baris diubah`,
      `${lokasi.en}: matches nothing in the month's data: ${file} line ${baris} is not a ${jenis} of card ${kartu} at ${kode} that counted as ${dihitung}; the worksheet was drawn from other data, or kode_ppk, no_kartu, file or baris was changed`,
    ),
  bulanLain: (file: string, bulan: string, bulanJob: readonly string[]): Teks =>
    teks(
      `${file}: lembar verifikasi bulan ${bulan}, tetapi perintah ini menilai ${daftar(bulanJob)}; berikan lembar bulan yang dinilai`,
      `${file}: a verification worksheet of ${bulan}, but this command assesses ${daftar(bulanJob)}; give the worksheet of an assessed month`,
    ),
  bulanDuaKali: (bulan: string, a: string, b: string): Teks =>
    teks(`--verifikasi: dua lembar untuk bulan ${bulan} (${a} dan ${b}); satu lembar per bulan`, `--verifikasi: two worksheets for ${bulan} (${a} and ${b}); one worksheet per month`),
  lokasiTanpaHeader: (file: string): Teks =>
    teks(`${file}: lembar pertama tidak memiliki header lembar verifikasi (kode_ppk, jenis, no_kartu, file, baris, …) atau tidak ada barisnya`, `${file}: its first sheet has no verification worksheet header (kode_ppk, jenis, no_kartu, file, baris, …) or no rows`),
  denganRingkasan: teks(
    '--verifikasi memerlukan data per rekaman (folder bulan), bukan --summary: lembar verifikasi menunjuk baris file bulan',
    '--verifikasi needs record-level data (the month folders), not --summary: a worksheet names lines of the month files',
  ),
  /** kbk explain's section. */
  explainJudul: (file: string): Teks => teks(`Verifikasi sampel (${file}); rekaman tidak sah sudah tidak dihitung di atas:`, `Verification sample (${file}); invalid records are already left out of the counts above:`),
  explainTanpaBaris: teks('tidak ada baris fasilitas ini di lembar verifikasi', 'the worksheet has no row of this facility'),
  explainJenis: (jenis: string, diperiksa: number, tidakSah: number, belum: number, proporsi: string | null, interval: [string, string] | null, ditandai: boolean): Teks =>
    teks(
      `${jenis}: ${angka(diperiksa, 'id')} diperiksa, ${angka(tidakSah, 'id')} tidak sah` +
        (proporsi !== null && interval ? ` (${proporsi} %; interval 95 % ${interval[0]}–${interval[1]} %)` : '') +
        (belum > 0 ? `, ${angka(belum, 'id')} belum diperiksa` : '') +
        (ditandai ? '; DITANDAI: seluruh interval di atas ambang' : ''),
      `${jenis}: ${diperiksa} checked, ${tidakSah} invalid` +
        (proporsi !== null && interval ? ` (${proporsi} %; 95 % interval ${interval[0]}–${interval[1]} %)` : '') +
        (belum > 0 ? `, ${belum} not checked` : '') +
        (ditandai ? '; FLAGGED: the whole interval lies above the threshold' : ''),
    ),
  /** stderr, once per month verified. */
  ringkasan: (bulan: string, diperiksa: number, tidakSah: number, ditandai: readonly string[], ambang: string): Teks =>
    teks(
      `verifikasi ${bulan}: ${angka(diperiksa, 'id')} rekaman diperiksa, ${angka(tidakSah, 'id')} tidak sah dan tidak dihitung` +
        (ditandai.length > 0 ? `; proporsi tidak sah di atas ${desimal(ambang, 'id')} (seluruh interval 95 %): ${daftar(ditandai)}` : ''),
      `verification ${bulan}: ${diperiksa} records checked, ${tidakSah} invalid and not counted` + (ditandai.length > 0 ? `; invalid share above ${ambang} (the whole 95 % interval): ${daftar(ditandai)}` : ''),
    ),
};
