// The words of kbk tren and kbk rekredensialing (src/app/tren.ts, src/app/rekredensialing.ts,
// src/report/tren.ts, src/cli/tren.ts): part of the one catalog (src/pesan/index.ts).
import { angka, teks, type Teks } from './index.js';

const daftar = (xs: readonly string[]): string => xs.join(', ');

export const PESAN_TREN = {
  // The range.
  rentangTerbalik: (dari: string, sampai: string): Teks =>
    teks(`--dari ${dari} sesudah --sampai ${sampai}: rentang harus maju`, `--dari ${dari} is after --sampai ${sampai}: the range must run forward`),
  rentangTerlalu: (dari: string, sampai: string, n: number, maks: number): Teks =>
    teks(
      `${dari}..${sampai} adalah ${angka(n, 'id')} bulan; kbk tren memuat paling banyak ${maks} bulan (batas alat, bukan aturan KBK): bagi rentangnya`,
      `${dari}..${sampai} is ${n} months; kbk tren holds at most ${maks} months (a tool limit, not a KBK rule): split the range`,
    ),
  jumlahBulanSalah: (flag: string, v: string, maks: number): Teks =>
    teks(
      `${flag} "${v}": diharapkan jumlah bulan 1–${maks} (bulan terakhirnya --sampai YYYY-MM)`,
      `${flag} "${v}": expected a number of months 1–${maks} (the last month is --sampai YYYY-MM)`,
    ),
  duaJumlahBulan: (a: string, b: string): Teks =>
    teks(`--jumlah-bulan ${a} dan --bulan ${b} berbeda: berikan satu saja`, `--jumlah-bulan ${a} and --bulan ${b} differ: give one`),
  semuaBulanTidakAda: (dir: string, dari: string, sampai: string): Teks =>
    teks(`${dir}: tidak ada satu pun folder bulan ${dari}..${sampai}`, `${dir}: not one month folder of ${dari}..${sampai}`),

  // Where each month comes from (stderr, info).
  bulanTidakAda: (bulan: readonly string[], dir: string): Teks =>
    teks(
      `${daftar(bulan)}: tidak ada folder bulan di ${dir}; ${bulan.length > 1 ? 'bulan-bulan ini' : 'bulan ini'} kosong di tren (tidak dikarang)`,
      `${daftar(bulan)}: no month folder in ${dir}; ${bulan.length > 1 ? 'these months are' : 'the month is'} empty in the trend (never invented)`,
    ),
  bulanBayarSaja: (bulan: readonly string[]): Teks =>
    teks(
      `${daftar(bulan)}: folder bulan tanpa kontak.csv, rujukan.csv dan prolanis.csv (bulan bayar saja, hanya peserta.csv): tidak dinilai, kosong di tren`,
      `${daftar(bulan)}: a month folder without kontak.csv, rujukan.csv and prolanis.csv (a payment month, peserta.csv only): not assessed, empty in the trend`,
    ),
  dariLaporan: (bulan: string, laporan: string): Teks => teks(`${bulan}: diambil dari ${laporan}`, `${bulan}: taken from ${laporan}`),
  dihitung: (bulan: string, alasan: Teks | null): Teks =>
    teks(`${bulan}: dihitung${alasan ? ` (${alasan.id})` : ''}`, `${bulan}: computed${alasan ? ` (${alasan.en})` : ''}`),

  // Why a report in --out is not used (BulanTren.sumber.alasan).
  alasanTanpaLaporan: teks('tidak ada capaian/anomali di --out', 'no capaian/anomali report in --out'),
  alasanHitungUlang: teks('--hitung-ulang', '--hitung-ulang'),
  alasanOpsi: (opsi: string): Teks => teks(`${opsi} mengubah angka; laporan di --out tidak dipakai`, `${opsi} changes the numbers; the reports in --out are not used`),
  alasanLebihLama: (laporan: string, masukan: string): Teks => teks(`${laporan} lebih lama dari ${masukan}`, `${laporan} is older than ${masukan}`),
  alasanAturan: (laporan: string, aturan: string, berlaku: string): Teks =>
    teks(`${laporan} dihitung dengan ${aturan}, yang berlaku ${berlaku}`, `${laporan} was computed under ${aturan}, the rule set in force is ${berlaku}`),
  alasanKolom: (laporan: string): Teks => teks(`kolom ${laporan} bukan kolom aturan bulan ini`, `${laporan}'s columns are not those of the month's rule set`),
  alasanFasilitas: (laporan: string): Teks => teks(`fasilitas ${laporan} berbeda dengan fktp.csv`, `${laporan}'s facilities differ from fktp.csv`),
  alasanRingkasan: (laporan: string): Teks => teks(`${laporan} dihitung dari --summary, bukan dari folder data`, `${laporan} was computed from --summary, not from the data folder`),
  alasanBulan: (laporan: string, bulan: string): Teks => teks(`${laporan} memuat baris bulan ${bulan}`, `${laporan} holds rows of ${bulan}`),
  // The terminal view.
  judulTren: (dari: string, sampai: string, n: number): Teks =>
    teks(`Tren ${dari}..${sampai} (${angka(n, 'id')} fasilitas)`, `Trend ${dari}..${sampai} (${n} ${n === 1 ? 'facility' : 'facilities'})`),
  kolomFasilitas: teks('Fasilitas', 'Facility'),
  kolomIndikator: teks('Indikator', 'Indicator'),
  kolomGaris: teks('Bulan ke bulan', 'Month by month'),
  kolomAwal: teks('Awal', 'First'),
  kolomAkhir: teks('Akhir', 'Last'),
  kolomRating: teks('Rating', 'Ratings'),
  legenda: (dari: string, sampai: string): Teks =>
    teks(
      `garis: ${dari}..${sampai}, tiap bulan satu tanda (tinggi = nilai relatif terhadap bulan lain fasilitas itu); · bulan tanpa nilai; ratingnya per bulan`,
      `line: ${dari}..${sampai}, one mark a month (height = value relative to the facility's other months); · a month with no value; ratings per month`,
    ),
  sumberBulan: (laporan: readonly string[], hitung: readonly string[], tidakAda: readonly string[]): Teks =>
    teks(
      `dari laporan: ${laporan.length ? daftar(laporan) : '—'}; dihitung: ${hitung.length ? daftar(hitung) : '—'}; tidak ada: ${tidakAda.length ? daftar(tidakAda) : '—'}`,
      `from reports: ${laporan.length ? daftar(laporan) : '—'}; computed: ${hitung.length ? daftar(hitung) : '—'}; missing: ${tidakAda.length ? daftar(tidakAda) : '—'}`,
    ),
  tolakTren: (n: number): Teks =>
    teks(
      `${angka(n, 'id')} baris ditolak di bulan yang dihitung; kbk compute untuk bulan itu menulis tolak-YYYY-MM.csv-nya`,
      `${n} rows rejected in the months computed; kbk compute for that month writes its tolak-YYYY-MM.csv`,
    ),

  // kbk rekredensialing.
  judulRekredensialing: (dari: string, sampai: string, n: number): Teks =>
    teks(`Rekredensialing praktik mandiri dokter ${dari}..${sampai} (${angka(n, 'id')} praktik)`, `Re-credentialing of doctors' practices ${dari}..${sampai} (${n} ${n === 1 ? 'practice' : 'practices'})`),
  tanpaPraktik: (jenis: readonly string[], aturan: string): Teks =>
    teks(`tidak ada fasilitas berjenis ${daftar(jenis)} (dilaporkan untuk rekredensialing menurut ${aturan}) di fktp.csv`, `no facility of type ${daftar(jenis)} (reported for re-credentialing under ${aturan}) in fktp.csv`),
  kolomDinilai: teks('Bulan dinilai', 'Months assessed'),
  kolomTren: teks('Tren', 'Trend'),
  kolomPerRating: teks('Bulan per rating', 'Months per rating'),
  kolomSinyal: teks('Bulan bersinyal', 'Months with signals'),
  arah: { naik: teks('naik', 'up'), turun: teks('turun', 'down'), tetap: teks('tetap', 'flat'), kurang: teks('< 2 bulan', '< 2 months') },
  membaik: teks('membaik', 'better'),
  memburuk: teks('memburuk', 'worse'),
  legendaRekredensialing: teks(
    'tren: arah garis kuadrat terkecil nilai bulanan (aturan rancangan kbk; lihat src/core/tren.ts); membaik/memburuk menurut arah rating indikator itu',
    "trend: the direction of the monthly values' least-squares line (a kbk design rule; see src/core/tren.ts); better/worse by the direction of the indicator's ratings",
  ),
};

/** The help pages of kbk tren and kbk rekredensialing (src/cli/tren.ts). */
export const BANTUAN_TREN = {
  tren: {
    perintah: teks(
      'tren beberapa bulan (paling banyak 24): indikator, rating, total nilai dan persen kapitasi setiap fasilitas tiap bulan, dari laporan capaian di --out bila ada dan masih berlaku, dihitung bila tidak',
      "a trend over months (at most 24): each facility's indicators, ratings, total nilai and capitation percentage each month, from the capaian reports in --out where present and current, computed where not",
    ),
    data: teks('folder data: fktp.csv, diagnosa.csv (tidak wajib), satu folder YYYY-MM per bulan', 'data folder: fktp.csv, optional diagnosa.csv, one YYYY-MM folder per month'),
    dari: teks('bulan pertama', 'the first month'),
    sampai: teks('bulan terakhir', 'the last month'),
    ppk: teks('hanya fasilitas ini (KODE[,KODE], dapat diulang)', 'only these facilities (KODE[,KODE], repeatable)'),
    out: teks('folder tren-YYYY-MM-YYYY-MM.csv, dan tempat laporan capaian/anomali yang dipakai ulang', 'folder for tren-YYYY-MM-YYYY-MM.csv, and where the capaian/anomali reports reused are'),
    xlsx: teks(
      'tulis juga tren-YYYY-MM-YYYY-MM.xlsx: satu sheet per indikator (fasilitas × bulan) dan tiap bulan dalam tata letak "Capaian KBK" cabang, yang dibaca --summary',
      'also write tren-YYYY-MM-YYYY-MM.xlsx: a sheet per indicator (facilities × months) and each month in the branch\'s "Capaian KBK" layout, which --summary reads',
    ),
    hitungUlang: teks('hitung setiap bulan, walau laporannya ada di --out', 'compute every month, even where its reports are in --out'),
  },
  rekredensialing: {
    perintah: teks(
      'bahan rekredensialing praktik mandiri dokter: bulan yang dinilai, nilai dan rating tiap indikator per bulan, jumlah bulan per rating, trennya, bulan bersinyal anomali',
      "re-credentialing material for doctors' practices: months assessed, each indicator's monthly values and ratings, months per rating, the trend, months with anomaly signals",
    ),
    sampai: teks('bulan terakhir yang ditinjau', 'the last month reviewed'),
    jumlahBulan: teks('banyaknya bulan yang ditinjau, sampai --sampai (1–24)', 'how many months are reviewed, up to --sampai (1–24)'),
    bulan: teks('sama dengan --jumlah-bulan (di perintah ini --bulan adalah banyaknya bulan, bukan --month)', 'the same as --jumlah-bulan (in this command --bulan is a number of months, not --month)'),
    out: teks('folder rekredensialing-YYYY-MM.csv, dan tempat laporan capaian/anomali yang dipakai ulang', 'folder for rekredensialing-YYYY-MM.csv, and where the capaian/anomali reports reused are'),
  },
};
