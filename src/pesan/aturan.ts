// The rule sets' and tariff sets' own words (src/rules): why a set cannot be chosen for a
// month, and every problem of a rules or tariff file, each with its JSON path — what
// `kbk rules validate FILE` and a bad --rules/--tariffs FILE print. Part of the one
// catalog (src/pesan/index.ts). The values a file holds (paths, ids, limits, JSON
// literals) are quoted as the file writes them in both languages, so the analyst finds
// them in the file.
import { gabungTeks, teks, type Pesan, type Teks } from './index.js';

const daftar = (xs: readonly string[]): string => xs.join(', ');

/** What is expected at a path of a rules or tariff file (the noun after "expected"). */
export const HARAP = {
  objekJson: teks('objek JSON', 'a JSON object'),
  objek: teks('objek', 'an object'),
  string: teks('string', 'a string'),
  stringTidakKosong: teks('string yang tidak kosong', 'a non-empty string'),
  arrayTidakKosong: teks('array yang tidak kosong', 'a non-empty array'),
  desimal: teks('string desimal', 'a decimal string'),
  desimalTidakNegatif: teks('string desimal yang tidak negatif', 'a non-negative decimal string'),
  desimal0Sampai1: teks('string desimal dari 0 sampai 1', 'a decimal string from 0 to 1'),
  desimalUkur: teks('string desimal dengan paling banyak enam angka desimal', 'a decimal string with at most six decimals'),
  bulat: teks('bilangan bulat', 'a whole number'),
  bulatHari: teks('jumlah hari sebagai bilangan bulat', 'a whole number of days'),
  benarSalah: teks('true atau false', 'true or false'),
  benarSalahAtauTidakAda: teks('true, false atau tidak ada', 'true, false or absent'),
  pilihan: (a: string, b: string): Teks => teks(`${a} atau ${b}`, `${a} or ${b}`),
  /** A literal shape ({nilai, status, sumber}, a choice list): the same in both languages. */
  bentuk: (s: string): Teks => teks(s, s),
  salahSatu: (xs: readonly string[]): Teks => teks(`salah satu dari ${daftar(xs)}`, `one of ${daftar(xs)}`),
  bulanAtauNull: teks('bulan YYYY-MM atau null', 'a month YYYY-MM or null'),
  objekBand: teks('objek band', 'a band object'),
  idPendek: teks('id pendek huruf kecil (a-z, 0-9, _)', 'a short lowercase id (a-z, 0-9, _)'),
  satuan: teks('satuannya (‰ atau %)', 'the unit (‰ or %)'),
  namaRumus: teks('nama rumus', 'a formula name'),
  namaKolom: teks('nama kolom laporan (a-z, 0-9, _)', 'a report column name (a-z, 0-9, _)'),
  jenisFktp: (jenis: readonly string[]): Teks => teks(`jenis fasilitas dari ${daftar(jenis)}`, `facility types from ${daftar(jenis)}`),
  objekPerJenis: teks('objek dengan kunci jenis fasilitas', 'an object keyed by facility type'),
  profilKlinis: teks('paling sedikit satu profil klinis dengan namanya', 'at least one clinical profile by name'),
  namaProfil: (nama: readonly string[]): Teks => teks(`nama sebuah profil (${daftar(nama)})`, `the name of a profile (${daftar(nama)})`),
  batasTekanan: teks('array batas tekanan darah yang tidak kosong', 'a non-empty array of blood-pressure limits'),
  rupiahAtauNull: teks('Rupiah bulat atau null', 'whole Rupiah or null'),
  // The schema's bounds on what a value can mean (BATAS_SKEMA in src/rules/schema.ts).
  persenBand: (maks: number): Teks =>
    teks(
      `string desimal dari 0 sampai ${maks} (batas skema; band di atas 100 % adalah insentif)`,
      `a decimal string from 0 to ${maks} (the schema's ceiling; bands above 100 % are an incentive)`,
    ),
  rating: (lo: number, hi: number): Teks =>
    teks(`rating bulat dari ${lo} sampai ${hi} (kbk-2019 memberi 1–4, perber-2017 0 atau 1)`, `a whole rating from ${lo} to ${hi} (kbk-2019 rates 1–4, perber-2017 0 or 1)`),
  bulatAntara: (lo: number, hi: number, satuan: Teks): Teks =>
    teks(`bilangan bulat dari ${lo} sampai ${hi} (${satuan.id})`, `a whole number from ${lo} to ${hi} (${satuan.en})`),
  desimalAntara: (lo: string, hi: string, satuan: Teks): Teks =>
    teks(`string desimal dari ${lo} sampai ${hi} (${satuan.id})`, `a decimal string from ${lo} to ${hi} (${satuan.en})`),
  desimalDiAtas: (lo: string, hi: string): Teks =>
    teks(`string desimal lebih dari ${lo} dan paling besar ${hi}`, `a decimal string above ${lo} and at most ${hi}`),
  /** Units of a bounded value. */
  satuanBatas: {
    bulan: teks('bulan', 'months'),
    hari: teks('hari', 'days'),
    peserta: teks('peserta', 'participants'),
    kontak: teks('kontak', 'contacts'),
    kunjungan: teks('kunjungan', 'visits'),
    proporsi: teks('proporsi', 'a share'),
    faktor: teks('faktor', 'a factor'),
    permil: teks('‰', '‰'),
    gdp: teks('mg/dL', 'mg/dL'),
    tekanan: teks('mmHg', 'mmHg'),
  },
  sumber: teks('sumbernya sebagai string yang tidak kosong', 'the source as a non-empty string'),
};

export const PESAN_ATURAN = {
  /** "aturan" / "rule set", "tarif" / "tariff set": what is chosen for a month. */
  aturan: teks('aturan', 'rule set'),
  tarif: teks('tarif', 'tariff set'),

  // Choosing the set in force for a month (src/rules/index.ts pick).
  tidakAdaBerlaku: (apa: Teks, bulan: string, dikenal: readonly string[]): Teks =>
    teks(`tidak ada ${apa.id} yang berlaku untuk ${bulan} (yang dikenal: ${daftar(dikenal)})`, `no ${apa.en} is in force for ${bulan} (known: ${daftar(dikenal)})`),
  beberapaBerlaku: (n: number, apa: Teks, bulan: string, ids: readonly string[]): Teks =>
    teks(`${n} ${apa.id} berlaku sekaligus untuk ${bulan}: ${daftar(ids)}`, `${n} ${apa.en}s are in force for ${bulan}: ${daftar(ids)}`),
  tumpang: (a: string, berlakuA: string, b: string, berlakuB: string): Teks =>
    teks(`${a} (${berlakuA}) dan ${b} (${berlakuB}) sama-sama berlaku pada sebagian bulan`, `${a} (${berlakuA}) and ${b} (${berlakuB}) are both in force for some months`),
  bawaanTumpang: (tumpang: readonly Teks[]): Teks => {
    const t = gabungTeks(tumpang);
    return teks(`set bawaan kbk tumpang tindih: ${t.id}`, `shipped sets overlap: ${t.en}`);
  },

  /** A file's problems, one a line under its name. */
  dasarTidakDikenal: (dasar: string, ada: readonly string[]): Teks =>
    teks(`dasar: aturan "${dasar}" tidak dikenal; aturan turunan dibangun di atas aturan bawaan (${ada.join(', ')})`, `dasar: unknown rule set "${dasar}"; a derived rule set builds on a shipped one (${ada.join(', ')})`),
  idBawaanBerbeda: (origin: string, id: string, path: string): Teks =>
    teks(
      `${origin}: memakai id ${id} tetapi berbeda dari ${id} bawaan kbk di ${path}; beri berkas ini id sendiri`,
      `${origin}: carries the id ${id} but differs from the shipped ${id} in ${path}; give it its own id`,
    ),
  tidakSah: (origin: string, masalah: readonly Pesan[]): Teks => {
    const t = gabungTeks(masalah, '\n  ');
    return teks(`${origin}: tidak sah:\n  ${t.id}`, `${origin}: invalid:\n  ${t.en}`);
  },
  slotV1: (i: number, slot: string, rumus: string, boleh: readonly string[]): Teks =>
    teks(
      `indikator[${i}]: slot ${slot} tidak dapat memuat rumus ${rumus} (kbk-rules/1: ${slot} menerima ${boleh.join(' atau ')})`,
      `indikator[${i}]: slot ${slot} cannot hold formula ${rumus} (kbk-rules/1: ${slot} takes ${boleh.join(' or ')})`,
    ),

  // The shape (src/rules/schema.ts).
  diharapkan: (path: string, apa: Teks, didapat?: string): Teks =>
    didapat === undefined
      ? teks(`${path}: yang diharapkan ${apa.id}`, `${path}: expected ${apa.en}`)
      : teks(`${path}: yang diharapkan ${apa.id}, didapat ${didapat}`, `${path}: expected ${apa.en}, got ${didapat}`),
  kunciTidakDikenal: (path: string, dikenal: readonly string[]): Teks =>
    teks(`${path}: bukan kunci yang dikenal kbk di sini (yang dikenal: ${daftar(dikenal)}); salah eja?`, `${path}: not a key kbk knows here (known: ${daftar(dikenal)}); is it misspelt?`),
  kunciGanda: (path: string): Teks =>
    teks(`${path}: kunci ditulis dua kali; JSON hanya membaca yang terakhir: hapus salah satunya`, `${path}: key written twice; JSON reads only the last one: remove one of them`),
  dariSesudahSampai: (path: string, dari: string, sampai: string): Teks => teks(`${path}: dari ${dari} sesudah sampai ${sampai}`, `${path}: dari ${dari} is after sampai ${sampai}`),

  // What makes a well-shaped file impossible to compute with (src/core/periksa-aturan.ts).
  /** "> 145 and < 150", "every value": the values between two limits. */
  rentang: (bagian: readonly string[]): Teks =>
    bagian.length === 0 ? teks('semua nilai', 'every value') : teks(bagian.join(' dan '), bagian.join(' and ')),
  /** "AK values", "total nilai": what falls in a band table. */
  nilaiIndikator: (id: string): Teks => teks(`nilai ${id}`, `${id} values`),
  totalNilai: teks('total nilai', 'total nilai'),
  bandKosong: (path: string, rentang: Teks): Teks =>
    teks(`${path}: ${rentang.id} tidak memuat nilai apa pun (batas bawahnya tidak di bawah batas atasnya)`, `${path}: ${rentang.en} holds no value (its lower limit is not below its upper)`),
  bandDiLuar: (path: string, rentang: Teks, apa: Teks, lo: string, hi: string): Teks =>
    teks(`${path}: ${rentang.id} berada di luar ${apa.id} yang mungkin (${lo} sampai ${hi})`, `${path}: ${rentang.en} is outside the ${apa.en} that can occur (${lo} to ${hi})`),
  celahBand: (path: string, apa: Teks, rentang: Teks, sebelum: number | null, lo: string, j: number): Teks =>
    teks(
      `${path}: tidak ada band yang mencakup ${apa.id} ${rentang.id} (antara ${sebelum === null ? `yang terendah, ${lo},` : `band[${sebelum}]`} dan band[${j}])`,
      `${path}: no band covers ${apa.en} ${rentang.en} (between ${sebelum === null ? `the lowest, ${lo},` : `band[${sebelum}]`} and band[${j}])`,
    ),
  bandTumpang: (path: string, sebelum: number | null, apa: Teks, rentang: Teks): Teks =>
    teks(
      `${path}: tumpang tindih dengan band[${sebelum}] pada ${apa.id} ${rentang.id}; nilai di situ akan mendapat dua rating`,
      `${path}: overlaps band[${sebelum}] on ${apa.en} ${rentang.en}; a value there would have two ratings`,
    ),
  celahAtas: (path: string, apa: Teks, rentang: Teks, sebelum: number | null): Teks =>
    teks(`${path}: tidak ada band yang mencakup ${apa.id} ${rentang.id} (di atas band[${sebelum}])`, `${path}: no band covers ${apa.en} ${rentang.en} (above band[${sebelum}])`),

  /** What a report column already is, or is to be. */
  kolomTetap: teks('kolom tetap laporan', 'a fixed report column'),
  kolomHitungan: teks('kolom jumlah', 'a count column'),
  kolomNilai: (i: number): Teks => teks(`capaian indikator[${i}]`, `the value of indikator[${i}]`),
  kolomRincian: (i: number): Teks => teks(`sub-capaian indikator[${i}]`, `a sub-value of indikator[${i}]`),
  kolomRating: (i: number): Teks => teks(`rating indikator[${i}]`, `the rating of indikator[${i}]`),
  kolomNilaiKinerja: (i: number): Teks => teks(`nilai indikator[${i}]`, `the nilai of indikator[${i}]`),
  kolomGanda: (path: string, kolom: string, milik: Teks, lain: Teks, saran: boolean): Teks =>
    teks(
      `${path}: kolom laporan "${kolom}" (${milik.id}) sudah menjadi ${lain.id}${saran ? `; beri indikator ini "kolom" sendiri` : ''}`,
      `${path}: report column "${kolom}" (${milik.en}) is already ${lain.en}${saran ? `; give this indicator its own "kolom"` : ''}`,
    ),
  idGanda: (path: string, id: string, lain: number | undefined): Teks =>
    teks(`${path}.id: "${id}" sudah menjadi id indikator[${lain}]`, `${path}.id: "${id}" is already the id of indikator[${lain}]`),
  bobotNegatif: (path: string, nilai: string): Teks =>
    teks(`${path}.bobot.nilai: bobot tidak boleh negatif, didapat ${nilai}`, `${path}.bobot.nilai: a weight cannot be negative, got ${nilai}`),
  rumusTidakAda: (path: string, rumus: string, ada: readonly string[]): Teks =>
    teks(`${path}.rumus: "${rumus}" bukan rumus yang dimiliki kbk (${daftar(ada)})`, `${path}.rumus: "${rumus}" is not a formula kbk has (${daftar(ada)})`),
  satuanSalah: (path: string, satuan: string, rumus: string, milik: string): Teks =>
    teks(`${path}.satuan: "${satuan}" bukan satuan rumus ${rumus}, yang menghasilkan ${milik}`, `${path}.satuan: "${satuan}" is not the unit of formula ${rumus}, which gives ${milik}`),
  jumlahBobot: (jumlah: string): Teks =>
    teks(
      `indikator: jumlah bobot ${jumlah}, bukan 1; perbaiki bobotnya, atau nyatakan jumlahnya beserta alasannya di jumlahBobot`,
      `indikator: the weights (bobot) sum to ${jumlah}, not 1; correct them, or state their sum and why in jumlahBobot`,
    ),
  jumlahBobotSalah: (nilai: string, jumlah: string): Teks =>
    teks(`jumlahBobot.nilai: ${nilai} bukan jumlah bobot, yaitu ${jumlah}`, `jumlahBobot.nilai: ${nilai} is not the sum of the weights, ${jumlah}`),
  jenisGanda: (i: number, jenis: string, lain: number | undefined): Teks =>
    teks(`pembayaran[${i}].jenis: ${jenis} sudah memiliki pembayaran[${lain}]`, `pembayaran[${i}].jenis: ${jenis} already has pembayaran[${lain}]`),
  tanpaTabel: (jenis: string): Teks =>
    teks(
      `pembayaran: tidak ada tabel untuk ${jenis}, yang perlakuanJenis-nya disesuaikan (pembayarannya mengikuti total nilainya)`,
      `pembayaran: no table for ${jenis}, whose perlakuanJenis is disesuaikan (its payment follows its total nilai)`,
    ),
  ratingTidakDinilaiDiLuar: (path: string, nilai: number, lo: number, hi: number): Teks =>
    teks(
      `${path}.ratingTidakDinilai.nilai: ${nilai} di luar rating yang diberikan band-bandnya (${lo} sampai ${hi})`,
      `${path}.ratingTidakDinilai.nilai: ${nilai} is outside the ratings its bands give (${lo} to ${hi})`,
    ),
  rentangTerbalik: (path: string, min: number, max: number): Teks =>
    teks(`${path}: min ${min} di atas max ${max}, jadi tidak ada tarif yang berada di rentang ini`, `${path}: min ${min} is above max ${max}, so no tariff is inside this range`),
  gdpTerbalik: (path: string, min: string, max: string): Teks =>
    teks(`${path}.dm: gdpMin ${min} di atas gdpMax ${max}, jadi tidak ada GDP yang terkendali`, `${path}.dm: gdpMin ${min} is above gdpMax ${max}, so no GDP is controlled`),
  /** klinis.wajar (issue 15): a plausible range whose min is above its max, a conversion factor of 0. */
  wajarTerbalik: (path: string, min: string, max: string): Teks =>
    teks(`${path}: min ${min} di atas max ${max} (rentang terbalik), jadi tidak ada nilai yang wajar`, `${path}: min ${min} is above max ${max} (an inverted range), so no value is plausible`),
  faktorNol: (path: string, nilai: string): Teks => teks(`${path}.nilai: ${nilai} bukan faktor konversi; yang diharapkan lebih dari 0`, `${path}.nilai: ${nilai} is no conversion factor; expected more than 0`),
  /** A profile's limit outside the plausible range: controlled values would be rejected. */
  batasDiLuarWajar: (path: string, nilai: string, wajar: string, min: string, max: string): Teks =>
    teks(
      `${path}: ${nilai} di luar rentang wajar ${wajar} ${min}–${max}; nilai yang terkendali akan ditolak`,
      `${path}: ${nilai} is outside the plausible range ${wajar} ${min}–${max}; controlled values would be rejected`,
    ),
  tanpaBatasHt: (path: string, dm: boolean): Teks =>
    teks(
      `${path}.ht: tidak ada batas yang berlaku untuk peserta ${dm ? 'dengan' : 'tanpa'} DM; tambahkan satu batas tanpa jikaDm di urutan terakhir`,
      `${path}.ht: no limit applies to participants ${dm ? 'with' : 'without'} DM; add one without jikaDm last`,
    ),

  /** A band's limits in words (src/rules/provenance.ts batasTeks): "> 145 and < 150", "any value". */
  batas: (bagian: readonly string[]): Teks => (bagian.length === 0 ? teks('nilai berapa pun', 'any value') : teks(bagian.join(' dan '), bagian.join(' and '))),
};
