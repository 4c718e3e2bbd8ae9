// The words of the HTML report (laporan-YYYY-MM.html, src/report/html.ts) and of its charts
// (src/report/grafik.ts): headings, legends, axis names, the lists beside the charts. Part of
// the one catalog (src/pesan/index.ts); numbers are written by its formatters.
import { angka, teks, type Teks } from './index.js';

export const PESAN_HTML = {
  judul: (bulan: string): Teks => teks(`Laporan KBK ${bulan}`, `KBK report ${bulan}`),
  subjudulBayar: (bulan: string, jendela: string, aturan: string): Teks =>
    teks(`Bulan bayar ${bulan} (penilaian ${jendela}), aturan ${aturan}`, `Payment month ${bulan} (assessed ${jendela}), rule set ${aturan}`),
  subjudulCapaian: (bulan: string, aturan: string): Teks => teks(`Bulan penilaian ${bulan}, aturan ${aturan}`, `Assessment month ${bulan}, rule set ${aturan}`),
  dibuat: (versi: string): Teks => teks(`Dibuat oleh kbk ${versi}. Angka resmi ada di laporan CSV; gambar ini untuk dilihat.`, `Made by kbk ${versi}. The numbers of record are in the CSV reports; these pictures are for looking.`),
  isi: teks('Isi', 'Contents'),

  bagianBand: teks('Nilai indikator terhadap rentang rating', 'Indicator values against the rating bands'),
  bandKeterangan: (dasar: Teks): Teks =>
    teks(
      `Setiap batang adalah satu FKTP (kode dan nama di sumbu); garis tegak adalah batas rentang rating dari aturan. Dasar: ${dasar.id}.`,
      `Each bar is one facility (code and name on the axis); the upright lines are the rating bands' edges from the rule set. Basis: ${dasar.en}.`,
    ),
  dasarRata: (jendela: string): Teks => teks(`rata-rata bulan penilaian ${jendela}, seperti dibayar`, `the average of the assessment months ${jendela}, as paid`),
  dasarBulan: (bulan: string): Teks => teks(`capaian bulan ${bulan}`, `the capaian of ${bulan}`),
  judulBand: (id: string, nama: string, satuan: string): Teks => {
    const judul = `${id.toUpperCase()} — ${nama}${nama.includes(satuan) ? '' : ` (${satuan})`}`;
    return teks(judul, judul);
  },
  rating: (r: number): Teks => teks(`rating ${r}`, `rating ${r}`),
  tidakDinilai: teks('tidak dinilai', 'not assessed'),

  bagianJumlah: teks('Jumlah FKTP per rating dan per rentang pembayaran, menurut jenis', 'Facilities per rating and per payment band, by type'),
  judulJumlahRating: (id: string): Teks => teks(`${id.toUpperCase()}: jumlah FKTP per rating`, `${id.toUpperCase()}: facilities per rating`),
  judulJumlahPersen: teks('Jumlah FKTP per rentang pembayaran (persen kapitasi)', 'Facilities per payment band (capitation percentage)'),
  kbkTidakBerlaku: teks('KBK tidak berlaku', 'KBK not applied'),
  sumbuJumlah: teks('jumlah FKTP', 'facilities'),

  bagianRupiah: teks('Kapitasi dibayar dibanding kapitasi penuh', 'Capitation paid against full capitation'),
  rupiahKeterangan: teks(
    'Per FKTP: kapitasi penuh (tarif dasar × peserta), yang dibayar, dan lantai (tarif minimal × peserta, tanda ◆) bila ada.',
    'Per facility: full capitation (base tariff × participants), what is paid, and the floor (minimum tariff × participants, marked ◆) where there is one.',
  ),
  penuh: teks('penuh', 'full'),
  dibayar: teks('dibayar', 'paid'),
  lantai: teks('lantai', 'floor'),

  bagianTren: teks('Tren indikator per FKTP', 'Each facility\'s indicators over the months'),
  trenKeterangan: (dari: string, sampai: string, n: number): Teks =>
    teks(`${angka(n, 'id')} bulan, ${dari} sampai ${sampai}; garis putus-putus adalah batas rentang rating.`, `${angka(n, 'en')} months, ${dari} to ${sampai}; the dashed lines are the rating bands' edges.`),
  trenTidakAda: (alasan: Teks): Teks => teks(`Tren tidak ditampilkan: ${alasan.id}.`, `No trend shown: ${alasan.en}.`),
  judulTrenHalaman: (dari: string, sampai: string): Teks => teks(`Tren KBK ${dari} sampai ${sampai}`, `KBK trend ${dari} to ${sampai}`),
  subjudulTren: (aturan: string, n: number): Teks => teks(`${angka(n, 'id')} FKTP; indikator dan rentang aturan ${aturan}`, `${angka(n, 'en')} facilities; indicators and bands of rule set ${aturan}`),
  judulTren: (id: string, nama: string): Teks => teks(`Tren ${id.toUpperCase()} — ${nama}`, `${id.toUpperCase()} trend — ${nama}`),

  bagianSinyal: teks('Sinyal anomali', 'Anomaly signals'),
  sinyalTidakAda: teks('Tidak ada sinyal anomali.', 'No anomaly signal.'),
  bagianDekat: teks('FKTP terdekat ke rentang berikutnya', 'Facilities nearest to the next band'),
  dekatKeterangan: teks(
    'Dari kbk explain ("yang akan menaikkannya"): perubahan terkecil satu indikator yang menaikkan rentang pembayaran, bulan terakhir yang dinilai.',
    'From kbk explain ("what would lift it"): the smallest change of one indicator that lifts the payment band, the last month assessed.',
  ),
  dekatTidakAda: teks('Tidak ada FKTP yang naik rentang pembayaran dengan mengubah satu indikator.', 'No facility moves up a payment band by changing one indicator.'),
  dekatBaris: (persen: string, indikator: string, rating: number, cara: string): Teks =>
    teks(`${persen}%: ${indikator} rating ${rating} dengan ${cara}`, `${persen}%: ${indikator} rating ${rating} with ${cara}`),

  bagianCatatan: teks('Catatan nilai aturan', 'The rule values\' provenance'),
  catatanTidakAda: teks('Semua nilai aturan yang dipakai terverifikasi.', 'Every rule value used is verified.'),
  bagianDaftar: teks('Daftar FKTP', 'Facilities'),

  trenTanpaBulan: teks('tidak ada bulan penilaian', 'no assessment month'),
  trenGagal: (sebab: Teks): Teks => teks(`bulan-bulan sebelumnya tidak dapat dibaca: ${sebab.id}`, `the earlier months could not be read: ${sebab.en}`),
  trenGagalPeringatan: (sebab: Teks): Teks =>
    teks(`laporan HTML tanpa tren: bulan-bulan sebelumnya tidak dapat dibaca: ${sebab.id}`, `the HTML report has no trend: the earlier months could not be read: ${sebab.en}`),

  // kbk laporan: the reports in --out it reads.
  laporanTidakAda: (out: string, kapitasi: string, capaian: string): Teks =>
    teks(`${out}: tidak ada ${kapitasi} maupun ${capaian}: jalankan dulu kbk run, pay atau compute dengan --out ${out}`, `${out}: neither ${kapitasi} nor ${capaian}: run kbk run, pay or compute with --out ${out} first`),
  laporanAturanCampur: (path: string, kolom: string, ids: readonly string[]): Teks =>
    teks(`${path}: kolom ${kolom} harus satu aturan untuk semua baris, berisi: ${ids.join(', ')}`, `${path}: column ${kolom} must name one rule set on every row, it holds: ${ids.join(', ')}`),
  laporanAturanTidakDikenal: (path: string, id: string, dikenal: readonly string[]): Teks =>
    teks(
      `${path}: aturan "${id}" tidak dikenal (bawaan: ${dikenal.join(', ')}); bila laporan dibuat dengan --rules BERKAS, berikan --rules BERKAS yang sama`,
      `${path}: rule set "${id}" is not known (shipped: ${dikenal.join(', ')}); if the reports were made with --rules FILE, give the same --rules FILE`,
    ),
  laporanTarifTidakDikenal: (path: string, id: string, dikenal: readonly string[]): Teks =>
    teks(
      `${path}: set tarif "${id}" tidak dikenal (bawaan: ${dikenal.join(', ')}); bila laporan dibuat dengan --tariffs BERKAS, berikan --tariffs BERKAS yang sama`,
      `${path}: tariff set "${id}" is not known (shipped: ${dikenal.join(', ')}); if the reports were made with --tariffs FILE, give the same --tariffs FILE`,
    ),
  laporanJendela: (path: string, teksnya: string): Teks =>
    teks(`${path}: bulan_penilaian "${teksnya}" bukan YYYY-MM atau YYYY-MM..YYYY-MM`, `${path}: bulan_penilaian "${teksnya}" is not YYYY-MM or YYYY-MM..YYYY-MM`),
  ditulis: (path: string): Teks => teks(`laporan HTML ditulis: ${path}`, `HTML report written: ${path}`),

  kolom: {
    kode: teks('kode', 'code'),
    nama: teks('nama', 'name'),
    jenis: teks('jenis', 'type'),
    bulan: teks('bulan', 'month'),
    sinyal: teks('sinyal', 'signal'),
    nilai: teks('nilai', 'value'),
    ambang: teks('ambang', 'threshold'),
    bukti: teks('bukti', 'evidence'),
    totalNilai: teks('total nilai', 'total nilai'),
    persen: teks('persen kapitasi', 'capitation %'),
    dibayar: teks('dibayar', 'paid'),
    penuh: teks('penuh', 'full'),
    cara: teks('yang akan menaikkannya', 'what would lift it'),
  },
};
