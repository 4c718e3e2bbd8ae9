// The analyst's workbook (src/report/xlsx.ts): its column headings in people's words, in
// the branch workbook's style (src/core/cabang.ts: `JUMLAH KONTAK`, `PESERTA TERDAFTAR`),
// its titles, the TOTAL row's label and the yes/no of the flags. The machine column names
// stay in the workbook's `Kolom` sheet beside each heading.
import { teks, type Teks } from './index.js';

/** The heading of each report column whose name is fixed (the product contract's names). */
export const JUDUL_KOLOM: Readonly<Record<string, Teks>> = {
  bulan: teks('Bulan Pelayanan', 'Service month'),
  bulan_bayar: teks('Bulan Kapitasi', 'Capitation month'),
  kode_ppk: teks('Kode PPK', 'PPK code'),
  nama_fktp: teks('NAMA FKTP', 'FACILITY NAME'),
  jenis_fktp: teks('TIPE FKTP', 'FACILITY TYPE'),
  aturan: teks('Aturan KBK', 'KBK rules'),
  aturan_tarif: teks('Aturan Tarif', 'Tariff rules'),
  bulan_penilaian: teks('Bulan Dinilai', 'Months assessed'),
  jumlah_bulan_dinilai: teks('Jumlah Bulan Dinilai', 'Number of months assessed'),
  peserta_terdaftar: teks('PESERTA TERDAFTAR', 'REGISTERED PARTICIPANTS'),
  peserta_kontak: teks('JUMLAH KONTAK', 'PARTICIPANTS WITH A CONTACT'),
  rujukan_total: teks('Jumlah Rujukan', 'Referrals'),
  rujukan_non_spesialistik: teks('Kasus Non Spesialistik', 'Non-specialistic referrals'),
  rujukan_tacc: teks('Rujukan TACC', 'TACC referrals'),
  dm_terdaftar: teks('Peserta Diagnosa DM', 'Participants diagnosed DM'),
  dm_terkendali: teks('Prolanis DM Terkendali', 'Prolanis DM controlled'),
  ht_terdaftar: teks('Peserta Diagnosa HT', 'Participants diagnosed HT'),
  ht_terkendali: teks('Prolanis HT Terkendali', 'Prolanis HT controlled'),
  prolanis_terdaftar: teks('Peserta Prolanis', 'Prolanis participants'),
  prolanis_berkunjung: teks('Prolanis Berkunjung', 'Prolanis visiting'),
  angka_kontak: teks('Angka Kontak (‰)', 'Contact rate (‰)'),
  rrns: teks('RRNS (%)', 'RRNS (%)'),
  rppt: teks('RPPT (%)', 'RPPT (%)'),
  rppt_dm: teks('RPPT DM (%)', 'RPPT DM (%)'),
  rppt_ht: teks('RPPT HT (%)', 'RPPT HT (%)'),
  rppb: teks('RPPB (%)', 'RPPB (%)'),
  total_nilai: teks('Total Nilai', 'Total score'),
  kbk_berlaku: teks('KBK Berlaku', 'KBK applies'),
  persen_kapitasi: teks('Persen Kapitasi', 'Capitation percent'),
  tarif_dasar: teks('Tarif Dasar', 'Base tariff'),
  tarif_setelah_kbk: teks('Tarif Setelah KBK', 'Tariff after KBK'),
  tarif_minimal: teks('Tarif Minimal', 'Minimum tariff'),
  tarif_dibayar: teks('Tarif Dibayar', 'Tariff paid'),
  lantai_diterapkan: teks('Tarif Minimal Diterapkan', 'Minimum tariff applied'),
  kapitasi_penuh: teks('Kapitasi Penuh', 'Full capitation'),
  kapitasi_dibayar: teks('Kapitasi Dibayar', 'Capitation paid'),
  potongan: teks('Potongan', 'Cut'),
  insentif: teks('Insentif', 'Incentive'),
  catatan: teks('Catatan', 'Notes'),
  // Anomali
  sinyal: teks('Sinyal', 'Signal'),
  nilai: teks('Nilai', 'Value'),
  ambang: teks('Ambang', 'Threshold'),
  bukti: teks('Bukti', 'Evidence'),
  // Tolak
  file: teks('Berkas', 'File'),
  baris: teks('Baris', 'Line'),
  kode: teks('Kode', 'Code'),
  alasan: teks('Alasan', 'Reason'),
  isi: teks('Isi Baris', 'Row as found'),
  // Aturan
  set: teks('Set Aturan', 'Rule set'),
  path: teks('Nilai Aturan', 'Rule value'),
  status: teks('Status', 'Status'),
  sumber: teks('Sumber', 'Source'),
  // Rekap
  laporan: teks('Laporan', 'Report'),
  fasilitas: teks('Jumlah FKTP', 'Facilities'),
  dinilai: teks('FKTP Dinilai', 'Facilities rated'),
};

/** rating_<id>, nilai_<id>, rata_<kolom>: the indicator's id in capitals (AK, RRNS). */
export const judulRating = (id: string): Teks => teks(`Rating ${id.toUpperCase()}`, `Rating ${id.toUpperCase()}`);
export const judulNilai = (id: string): Teks => teks(`Nilai ${id.toUpperCase()}`, `Score ${id.toUpperCase()}`);
export const judulRata = (judul: Teks): Teks => teks(`Rata-rata ${judul.id}`, `Average ${judul.en}`);
/** The recap's cross-tab: facilities per rating, per payment band. */
export const judulRekapRating = (id: string, rating: number): Teks => teks(`${id.toUpperCase()} rating ${rating}`, `${id.toUpperCase()} rating ${rating}`);
export const judulRekapPersen = (persen: string): Teks => teks(`FKTP ${persen}%`, `Facilities at ${persen}%`);

export const PESAN_BUKU = {
  ya: teks('ya', 'yes'),
  tidak: teks('tidak', 'no'),
  total: teks('TOTAL', 'TOTAL'),
  kbkBerlakuJumlah: teks('FKTP KBK Berlaku', 'Facilities KBK applies to'),
  /** The printed page's header: what the sheet is. */
  judulLembar: {
    capaian: teks('Capaian KBK', 'KBK assessment'),
    kapitasi: teks('Kapitasi KBK', 'KBK capitation'),
    rekap: teks('Rekap cabang', 'Branch recap'),
    anomali: teks('Sinyal anomali', 'Anomaly signals'),
    tolak: teks('Baris ditolak', 'Rejected rows'),
    aturan: teks('Nilai aturan dan tarif yang dipakai', 'Rule and tariff values used'),
    kolom: teks('Judul kolom dan nama kolom CSV', 'Column headings and CSV column names'),
  },
  bulan: (bulan: string): Teks => teks(`Bulan ${bulan}`, `Month ${bulan}`),
  halaman: teks('Halaman &P dari &N', 'Page &P of &N'),
  /** The Kolom sheet's own headings. */
  kolomLembar: teks('Lembar', 'Sheet'),
  kolomJudul: teks('Judul', 'Heading'),
  kolomNama: teks('Kolom CSV', 'CSV column'),
  barisLagi: (n: string, berkas: string): Teks => teks(`${n} baris lagi di ${berkas}`, `${n} more row(s) in ${berkas}`),
};
