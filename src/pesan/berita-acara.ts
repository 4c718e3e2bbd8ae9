// The words of the Berita Acara (src/report/berita-acara.ts, kbk berita-acara): the minutes
// of the month's assessment as a Kantor Cabang signs them, in Indonesian (the default) and
// English (--lang en). The title is the regulation's own (Perber BPJS-Kemenkes 2/2017 point
// 7; Per BPJS 7/2019 3.a.5): "Hasil penilaian … dituangkan dalam Berita Acara Hasil
// Penilaian Pemenuhan Komitmen Pelayanan". Part of the one catalog (src/pesan/index.ts):
// callers pass numbers and dates already in the document's notation (angka, desimal,
// rupiah, tanggalKata there).
import { teks, type Teks } from './index.js';

/** A list in prose: "a, b dan c" / "a, b and c". */
const daftar = (x: readonly string[], dan: string): string => (x.length <= 1 ? (x[0] ?? '') : `${x.slice(0, -1).join(', ')} ${dan} ${x[x.length - 1]}`);

export const PESAN_BERITA = {
  judul: teks('BERITA ACARA HASIL PENILAIAN PEMENUHAN KOMITMEN PELAYANAN', 'MINUTES OF THE ASSESSMENT OF THE SERVICE COMMITMENT'),
  subjudul: teks('FASILITAS KESEHATAN TINGKAT PERTAMA (FKTP) — KAPITASI BERBASIS KINERJA', 'PRIMARY CARE FACILITIES (FKTP) — PERFORMANCE-BASED CAPITATION (KBK)'),
  /** The footer: which minutes, and the page. */
  judulPendek: (bulan: Teks): Teks => teks(`Berita Acara Hasil Penilaian ${bulan.id}`, `Assessment minutes ${bulan.en}`),
  halaman: teks('Halaman', 'Page'),
  dari: teks('dari', 'of'),
  nomor: teks('Nomor: ....................................', 'Number: ....................................'),
  /** The branch, or a blank to fill by hand when none was given. */
  kantorCabang: (cabang: string | null): Teks =>
    teks(`Kantor Cabang ${cabang ?? '....................................'}`, `Branch office ${cabang ?? '....................................'}`),
  bulanPenilaian: (bulan: Teks): Teks => teks(`Bulan penilaian: ${bulan.id}`, `Assessment month: ${bulan.en}`),
  bulanBayar: (bulan: Teks, penilaian: readonly Teks[]): Teks =>
    teks(
      `Bulan pembayaran kapitasi: ${bulan.id} (bulan penilaian ${daftar(penilaian.map((p) => p.id), 'dan')})`,
      `Capitation payment month: ${bulan.en} (assessment months ${daftar(penilaian.map((p) => p.en), 'and')})`,
    ),
  /** The opening: who assessed what, when, from which data. */
  pembuka: (hari: Teks, tanggal: Teks, cabang: string | null, bulan: Teks): Teks =>
    teks(
      `Pada hari ini ${hari.id}, tanggal ${tanggal.id}, Tim Penilai${cabang ? ` Kantor Cabang ${cabang}` : ''} telah melaksanakan penilaian pemenuhan komitmen pelayanan Fasilitas Kesehatan Tingkat Pertama (FKTP) bulan pelayanan ${bulan.id} berdasarkan data luaran aplikasi BPJS Kesehatan, dengan hasil sebagai berikut.`,
      `On this day, ${hari.en} ${tanggal.en}, the assessment team${cabang ? ` of the ${cabang} branch office` : ''} assessed the primary care facilities' (FKTP) fulfilment of the service commitment for the month of service ${bulan.en}, from the output data of the BPJS Kesehatan applications, with the results below.`,
    ),
  pembukaBayar: (hari: Teks, tanggal: Teks, cabang: string | null, penilaian: readonly Teks[], bayar: Teks): Teks =>
    teks(
      `Pada hari ini ${hari.id}, tanggal ${tanggal.id}, Tim Penilai${cabang ? ` Kantor Cabang ${cabang}` : ''} telah melaksanakan penilaian pemenuhan komitmen pelayanan Fasilitas Kesehatan Tingkat Pertama (FKTP) atas bulan pelayanan ${daftar(penilaian.map((p) => p.id), 'dan')} berdasarkan data luaran aplikasi BPJS Kesehatan, sebagai dasar pembayaran kapitasi bulan ${bayar.id}, dengan hasil sebagai berikut.`,
      `On this day, ${hari.en} ${tanggal.en}, the assessment team${cabang ? ` of the ${cabang} branch office` : ''} assessed the primary care facilities' (FKTP) fulfilment of the service commitment over the months of service ${daftar(penilaian.map((p) => p.en), 'and')}, from the output data of the BPJS Kesehatan applications, as the basis of the capitation paid for ${bayar.en}, with the results below.`,
    ),

  /** The sections, lettered A, B, … in the order they appear (the verification's only with --verifikasi). */
  bagian: {
    dasar: teks('Dasar', 'Basis'),
    hasil: teks('Hasil penilaian per FKTP', 'Results per facility'),
    rekap: teks('Rekapitulasi', 'Summary'),
    catatan: teks('Catatan per FKTP', 'Notes per facility'),
    verifikasi: teks('Hasil verifikasi (uji sampling)', 'Verification (sample check) results'),
    sementara: teks('Nilai aturan yang belum terverifikasi', 'Rule values not yet verified'),
    lampiranFktp: teks('Lampiran 1. Tanda tangan FKTP', 'Annex 1. Signatures of the facilities'),
    lampiranAturan: teks('Lampiran 2. Nilai aturan yang belum terverifikasi', 'Annex 2. Rule values not yet verified'),
  },

  /** The legal basis: the rule set's regulation, the tariff set's. */
  dasarAturan: (nama: string, id: string, berlaku: string): Teks =>
    teks(`${nama} (set aturan kbk ${id}, berlaku ${berlaku}): indikator, bobot, rating dan persentase pembayaran kapitasi.`, `${nama} (kbk rule set ${id}, in force ${berlaku}): the indicators, weights, ratings and capitation payment percentages.`),
  dasarTarif: (nama: string, id: string, berlaku: string): Teks =>
    teks(`${nama} (set tarif kbk ${id}, berlaku ${berlaku}): tarif kapitasi dan tarif minimal.`, `${nama} (kbk tariff set ${id}, in force ${berlaku}): the capitation tariffs and minimum tariffs.`),
  dasarProses: teks(
    'Peraturan Bersama BPJS Kesehatan dan Kementerian Kesehatan Nomor 2 Tahun 2017 angka 5–7 dan Peraturan BPJS Kesehatan Nomor 7 Tahun 2019 angka 3.a.5: penilaian setiap bulan oleh Tim Penilai, dituangkan dalam Berita Acara Hasil Penilaian Pemenuhan Komitmen Pelayanan.',
    'Joint Regulation of BPJS Kesehatan and the Ministry of Health No. 2 of 2017, points 5–7, and BPJS Kesehatan Regulation No. 7 of 2019, 3.a.5: a monthly assessment by the assessment team, set down in the minutes of the assessment of the service commitment.',
  ),
  dihitungOleh: (versi: string): Teks =>
    teks(`Angka-angka dihitung dengan kbk ${versi} dari ekspor bulanan; dokumen ini dapat disunting sebelum ditandatangani.`, `The figures were computed by kbk ${versi} from the monthly exports; this document may be edited before it is signed.`),

  // Said on stderr by kbk berita-acara.
  satuBulan: teks(
    'berikan tepat satu dari --month YYYY-MM (bulan penilaian) atau --bayar YYYY-MM (bulan bayar)',
    'give exactly one of --month YYYY-MM (an assessment month) or --bayar YYYY-MM (a payment month)',
  ),
  tanpaCabang: teks(
    'nama kantor cabang tidak diberikan (--cabang NAMA, atau "cabang" di berkas konfigurasi): dibiarkan kosong di berita acara untuk diisi',
    'no branch office name was given (--cabang NAME, or "cabang" in the config file): left blank in the minutes, to fill in',
  ),
  sebelumAkhirBulan: (tanggal: string, bulan: string): Teks =>
    teks(
      `tanggal berita acara ${tanggal} sebelum bulan ${bulan} berakhir: data bulan itu belum dapat lengkap (--tanggal YYYY-MM-DD)`,
      `the minutes are dated ${tanggal}, before ${bulan} has ended: that month's data cannot be complete yet (--tanggal YYYY-MM-DD)`,
    ),

  kolom: {
    no: teks('No', 'No'),
    kode: teks('Kode PPK', 'PPK code'),
    nama: teks('Nama FKTP', 'Facility'),
    jenis: teks('Jenis', 'Type'),
    /** An indicator's heading over its value and rating: AK (‰). */
    indikator: (id: string, satuan: string): Teks => teks(`${id.toUpperCase()} (${satuan})`, `${id.toUpperCase()} (${satuan})`),
    rataRata: teks('Rata-rata', 'Mean'),
    rating: teks('Rating', 'Rating'),
    totalNilai: teks('Total Nilai', 'Total score'),
    kbk: teks('KBK Berlaku', 'KBK applies'),
    persen: teks('Persen Kapitasi', 'Capitation %'),
    bulanDinilai: teks('Bulan Dinilai', 'Months assessed'),
    peserta: teks('Peserta', 'Participants'),
    tarifDibayar: teks('Tarif Dibayar', 'Tariff paid'),
    kapitasiDibayar: teks('Kapitasi Dibayar', 'Capitation paid'),
    potongan: teks('Potongan', 'Cut'),
    fasilitas: teks('Jumlah FKTP', 'Facilities'),
    dinilai: teks('Dinilai', 'Rated'),
    sebaranPersen: teks('Sebaran Persen Kapitasi', 'Capitation % bands'),
    kapitasiPenuh: teks('Kapitasi Penuh', 'Full capitation'),
    namaPenanggungJawab: teks('Nama Penanggung Jawab', 'Name of the person responsible'),
    tandaTangan: teks('Tanda Tangan', 'Signature'),
    nilaiAturan: teks('Nilai Aturan', 'Rule value'),
    nilai: teks('Nilai', 'Value'),
    status: teks('Status', 'Status'),
    sumber: teks('Sumber', 'Source'),
    set: teks('Set', 'Set'),
    jenisRekaman: teks('Jenis Rekaman', 'Record kind'),
    populasi: teks('Populasi', 'Population'),
    diperiksa: teks('Diperiksa', 'Checked'),
    tidakSah: teks('Tidak Sah', 'Invalid'),
    belumDiperiksa: teks('Belum Diperiksa', 'Not checked'),
    proporsi: teks('Proporsi Tidak Sah', 'Invalid share'),
    interval: teks('Interval 95 %', '95 % interval'),
    ditandai: teks('Ditandai', 'Flagged'),
  },
  ya: teks('ya', 'yes'),
  tidak: teks('tidak', 'no'),
  total: teks('TOTAL', 'TOTAL'),
  semua: teks('semua', 'all'),
  tidakDinilai: '–',

  keteranganPenilaian: teks(
    '– : tidak dinilai. KBK Berlaku "tidak": kapitasi tidak disesuaikan dengan hasil penilaian dan dibayar 100 % (alasannya di bagian Catatan per FKTP).',
    '– : not assessed. KBK applies "no": the capitation is not adjusted to the assessment and is paid at 100 % (why: the notes per facility).',
  ),
  keteranganBayar: teks(
    'Setiap indikator dirata-ratakan atas bulan penilaian, lalu diberi rating. Kapitasi dibayar = peserta × tarif dibayar, dibulatkan ke rupiah terdekat; tarif dibayar adalah tarif sesudah persentase KBK, tidak kurang dari tarif minimal. – : tidak dinilai.',
    'Each indicator is averaged over the assessment months, then rated. Capitation paid = participants × tariff paid, rounded to the nearest rupiah; the tariff paid is the tariff after the KBK percentage, never below the minimum tariff. – : not assessed.',
  ),
  tanpaCatatan: teks('Tidak ada catatan.', 'No notes.'),

  sementara: (n: number, rincian: string): Teks =>
    teks(
      `${n} nilai aturan yang dipakai dalam penilaian ini belum terverifikasi terhadap naskah peraturannya (${rincian}); rinciannya, dengan sumber masing-masing, ada di Lampiran 2. Hasil di atas dapat berubah bila nilai itu ternyata berbeda.`,
      `${n} rule values used in this assessment are not yet verified against the regulation's text (${rincian}); each, with its source, is listed in Annex 2. The results above may change should a value turn out to differ.`,
    ),
  rincianStatus: (provisional: number, design: number): Teks =>
    teks(`${provisional} sementara (provisional), ${design} keputusan rancangan kbk (design)`, `${provisional} provisional, ${design} kbk design decisions`),
  semuaTerverifikasi: teks('Semua nilai aturan yang dipakai telah terverifikasi terhadap naskah peraturannya.', "Every rule value used is verified against the regulation's text."),

  /** Section E: the worksheet, its seed, the threshold and the interval; what the verification did to section B. */
  verifikasiDasar: (bulan: Teks, file: string, benih: string | null, ambang: string, ambangStatus: string, z: string): Teks =>
    teks(
      `Bulan ${bulan.id}: lembar verifikasi ${file}${benih ? ` (benih ${benih})` : ''}. Rekaman yang dinyatakan tidak sah tidak dihitung dalam hasil di bagian B. Interval 95 % proporsi tidak sah: Wilson dengan koreksi populasi terbatas, z = ${z}; sebuah FKTP ditandai bila seluruh intervalnya di atas ${ambang} % (nilai aturan, ${ambangStatus}). Proporsi tidak sah tidak diperluas ke rekaman yang tidak disampel.`,
      `${bulan.en}: verification worksheet ${file}${benih ? ` (seed ${benih})` : ''}. Records found invalid are left out of the results in section B. The invalid share's 95 % interval: Wilson with the finite-population correction, z = ${z}; a facility is flagged when its whole interval lies above ${ambang} % (a rule value, ${ambangStatus}). Invalid shares are not extended to the records not sampled.`,
    ),
  verifikasiDitandai: (kode: readonly string[]): Teks =>
    kode.length === 0
      ? teks('Tidak ada FKTP yang ditandai.', 'No facility is flagged.')
      : teks(`Ditandai (temuan untuk Tim Penilai): ${kode.join(', ')}.`, `Flagged (a finding for the assessment team): ${kode.join(', ')}.`),
  verifikasiKosong: teks('Lembar verifikasi tidak memuat baris FKTP mana pun.', 'The worksheet has no row of any facility.'),

  penutup: teks(
    'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    'These minutes are drawn up truthfully, to be used as required.',
  ),
  tempatTanggal: (cabang: string | null, tanggal: Teks): Teks =>
    teks(`${cabang ?? '....................'}, ${tanggal.id}`, `${cabang ?? '....................'}, ${tanggal.en}`),
  ttd: {
    timPenilai: teks('Tim Penilai', 'Assessment team'),
    ketuaTim: teks('Ketua Tim Penilai', 'Head of the assessment team'),
    kepalaCabang: (cabang: string | null): Teks =>
      teks(`Kepala Kantor Cabang${cabang ? ` ${cabang}` : ''}`, `Head of the${cabang ? ` ${cabang}` : ''} branch office`),
    fktp: teks('Perwakilan FKTP', 'For the facilities (FKTP)'),
    mengetahui: teks('Mengetahui,', 'Acknowledged,'),
    menyetujui: teks('Menyetujui,', 'Agreed,'),
    garis: '(....................................)',
    npp: teks('NPP/NIP ..............................', 'Staff no. ..............................'),
  },
};
