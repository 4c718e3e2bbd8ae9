// The reports' words for people (src/report): the terminal tables (capaian, kapitasi, rekap,
// banding, validate, audit, proyeksi), kbk explain and explain --bayar, the provisional-values
// note and the progress bar. Part of the one catalog (src/pesan/index.ts). Every number in
// a message is written here in the message's language (34.201 / 34,201; 150,25 / 150.25;
// Rp 58.454.189 / Rp 58,454,189): callers pass numbers, bigints, or decimals written with a
// dot ("150.25", as toFixed/toPlain give them), never numbers already formatted.
// The CSV and JSON reports do not come from here: they stay locale-free.
import { angka, dalam, desimal, jumlah, rupiah, teks, type Bahasa, type Pesan, type Teks } from './index.js';

/** The formatters of one language, handed to each side of a message. */
interface Format {
  b: Bahasa;
  /** A whole number: 34.201 / 34,201. */
  a: (n: number | bigint) => string;
  /** A decimal written with a dot: 150,25 / 150.25. */
  d: (s: string) => string;
  /** Whole Rupiah: Rp 58.454.189 / Rp 58,454,189. */
  rp: (v: bigint) => string;
  /** A text or a plain string, in this language. */
  p: (x: Pesan) => string;
}

const FORMAT: Record<Bahasa, Format> = {
  id: { b: 'id', a: (n) => angka(n, 'id'), d: (s) => desimal(s, 'id'), rp: (v) => rupiah(v, 'id'), p: (x) => dalam(x, 'id') },
  en: { b: 'en', a: (n) => angka(n, 'en'), d: (s) => desimal(s, 'en'), rp: (v) => rupiah(v, 'en'), p: (x) => dalam(x, 'en') },
};

/** A message from its Indonesian and English templates, each given its language's formatters. */
const dua = (id: (f: Format) => string, en: (f: Format) => string): Teks => teks(id(FORMAT.id), en(FORMAT.en));
/** A message whose words are the same in both languages, its numbers not. */
const sama = (f: (f: Format) => string): Teks => dua(f, f);

const daftar = (xs: readonly string[]): string => xs.join(', ');
const jamak = (n: number, satu: string, banyak: string): string => (n === 1 ? satu : banyak);

/** A rule set value's status (verified, provisional, design) in words. */
const STATUS: Record<string, Teks> = {
  verified: teks('terverifikasi', 'verified'),
  provisional: teks('sementara', 'provisional'),
  design: teks('rancangan', 'design'),
};

/** A status word for people (rules show, the workbook's Aturan sheet); --json and rule files keep verified/provisional/design. */
export const kataStatus = (status: string): Teks => STATUS[status] ?? teks(status, status);
/** The status words, for a column as wide as the longest in a language. */
export const SEMUA_STATUS: readonly Teks[] = Object.values(STATUS);

/** A band's limits, as a rule set writes them (absent: unbounded); the limits are decimals with a dot. */
export interface BatasBand {
  bawah?: { nilai: string; inklusif: boolean };
  atas?: { nilai: string; inklusif: boolean };
}

export const PESAN_LAPORAN = {
  // --- The notes under a table that left columns out -----------------------------------
  /** The report file has every column. */
  tidakDitampilkanLihat: (kolom: readonly string[], lebar: number, berkas: string): Teks =>
    dua(
      (f) => `kolom ${daftar(kolom)} tidak ditampilkan: terminal ${f.a(lebar)} kolom; lihat ${berkas}`,
      (f) => `${jamak(kolom.length, 'column', 'columns')} ${daftar(kolom)} not shown: terminal ${f.a(lebar)} columns; see ${berkas}`,
    ),
  /** --json has every column. */
  tidakDitampilkanJson: (kolom: readonly string[], lebar: number): Teks =>
    dua(
      (f) => `kolom ${daftar(kolom)} tidak ditampilkan: terminal ${f.a(lebar)} kolom; --json memuatnya`,
      (f) => `${jamak(kolom.length, 'column', 'columns')} ${daftar(kolom)} not shown: terminal ${f.a(lebar)} columns; --json has them`,
    ),

  // --- Table headings that are words (those that are report column names stay as they are) ---
  judul: {
    nama: teks('nama', 'name'),
    bulan: teks('bulan', 'month'),
    jumlahBulan: teks('bulan', 'months'),
    persen: teks('persen', 'percent'),
    persenKbk: teks('persen (kbk)', 'percent (kbk)'),
    persenA: teks('persen A', 'percent A'),
    persenB: teks('persen B', 'percent B'),
    lantai: teks('lantai', 'floor'),
    dibayar: teks('dibayar', 'paid'),
    dibayarA: teks('dibayar A', 'paid A'),
    dibayarB: teks('dibayar B', 'paid B'),
    potongan: teks('potongan', 'cut'),
    insentif: teks('insentif', 'incentive'),
    selisih: teks('selisih', 'difference'),
    kapitasi: teks('kapitasi', 'capitation'),
    jenis: teks('jenis', 'type'),
    dinilai: teks('dinilai', 'rated'),
    penuh: teks('penuh', 'full'),
    aturan: teks('aturan', 'rules'),
    rating: teks('rating', 'ratings'),
    catatan: teks('catatan', 'note'),
    indikator: teks('indikator', 'indicator'),
    sejauhIni: teks('sejauh ini', 'so far'),
    proyeksi: teks('proyeksi', 'projected'),
    rentang: teks('rentang', 'range'),
    metode: teks('metode', 'method'),
    berkas: teks('berkas', 'file'),
    baris: teks('baris', 'rows'),
    ditolak: teks('ditolak', 'rejects'),
    fasilitas: teks('fasilitas', 'facilities'),
    tanggal: teks('tanggal', 'dates'),
    dibacaSebagai: teks('dibaca sebagai', 'read as'),
  },

  // --- Capaian, kapitasi, banding (src/report/tabel-kbk.ts) ----------------------------------
  judulCapaian: (bulan: string): Teks => teks(`Capaian KBK ${bulan}`, `Capaian KBK ${bulan}`),
  judulKapitasi: (bulan: string | null): Teks => (bulan === null ? teks('Kapitasi', 'Kapitasi') : teks(`Kapitasi ${bulan}`, `Kapitasi ${bulan}`)),
  judulBanding: (bulan: string): Teks => teks(`Banding ${bulan}`, `Banding ${bulan}`),
  tidakBerlaku100: teks('100% (tidak berlaku)', '100% (does not apply)'),
  ya: teks('ya', 'yes'),
  totalDibayar: teks('Total dibayar', 'Total paid'),
  total: teks('Total', 'Total'),

  // --- kbk validate (src/report/tabel-kbk.ts) ---------------------------------------------------
  /** The delimiter a file was read with. */
  pemisah: (p: string): Teks =>
    p === ',' ? teks('koma', 'comma') : p === ';' ? teks('titik koma', 'semicolon') : p === '\t' ? teks('tab', 'tab') : p === '|' ? teks('garis tegak', 'pipe') : teks(JSON.stringify(p), JSON.stringify(p)),
  /**
   * "dates yyyy-mm-dd (guessed from line 2)": the date format a file was read with, from the
   * locale-free text `kbk validate --json` gives (StatistikFile.formatTanggal).
   */
  formatTanggal: (keterangan: string): Teks => {
    const tebak = /^(\S+) \(guessed from line (\d+)\)$/.exec(keterangan);
    return tebak
      ? dua((f) => `tanggal ${tebak[1]} (ditebak dari baris ${f.a(Number(tebak[2]))})`, (f) => `dates ${tebak[1]} (guessed from line ${f.a(Number(tebak[2]))})`)
      : teks(`tanggal ${keterangan}`, `dates ${keterangan}`);
  },
  peringatanFile: (w: Pesan): Teks => dua((f) => `peringatan: ${f.p(w)}`, (f) => `warning: ${f.p(w)}`),
  gagalFile: (why: Pesan): Teks => dua((f) => `GAGAL: ${f.p(why)}`, (f) => `FAILS: ${f.p(why)}`),
  kualitasData: (bulan: string, items: readonly Pesan[]): Teks =>
    dua((f) => `kualitas data ${bulan}: ${daftar(items.map(f.p))}`, (f) => `data quality ${bulan}: ${daftar(items.map(f.p))}`),
  ringkasValidasi: (files: number, rows: number, tolak: number, gagal: number): Teks =>
    dua(
      (f) => `${f.a(files)} berkas, ${f.a(rows)} baris, ${f.a(tolak)} di penolakan, ${f.a(gagal)} gagal`,
      (f) => `${f.a(files)} files, ${f.a(rows)} rows, ${f.a(tolak)} in the rejects, ${f.a(gagal)} failing`,
    ),

  // --- The recap (src/report/rekap.ts) ------------------------------------------------------
  judulRekapCapaian: (bulan: string): Teks => teks(`Rekap capaian ${bulan}`, `Rekap capaian ${bulan}`),
  judulRekapKapitasi: (bulan: string): Teks => teks(`Rekap kapitasi ${bulan}`, `Rekap kapitasi ${bulan}`),

  // --- kbk explain (src/report/explain.ts) and explain --bayar (src/report/jelaskan-bayar.ts) ---
  /** "> 140 and ≤ 145"; "any value" for a band without limits. */
  batas: (band: BatasBand): Teks => {
    const sisi = (f: Format): string[] =>
      [band.bawah ? `${band.bawah.inklusif ? '≥' : '>'} ${f.d(band.bawah.nilai)}` : '', band.atas ? `${band.atas.inklusif ? '≤' : '<'} ${f.d(band.atas.nilai)}` : ''].filter(Boolean);
    return dua((f) => sisi(f).join(' dan ') || 'nilai berapa pun', (f) => sisi(f).join(' and ') || 'any value');
  },
  /** "provisional: Per BPJS 7/2019". */
  sumber: (status: string, sumber: string): Teks => dua((f) => `${f.p(STATUS[status] ?? status)}: ${sumber}`, (f) => `${f.p(STATUS[status] ?? status)}: ${sumber}`),
  /** "700 registered participants with a contact ÷ 5,000 registered × 1,000 (…)": one ratio. */
  uraianTunggal: (pembilang: number, apaPembilang: Pesan, penyebut: number, apaPenyebut: Pesan, skala: number, keterangan: readonly Pesan[]): Teks =>
    sama((f) => `${f.a(pembilang)} ${f.p(apaPembilang)} ÷ ${f.a(penyebut)} ${f.p(apaPenyebut)}${keterangan.length > 0 ? ` (${keterangan.map(f.p).join('; ')})` : ''} × ${f.a(skala)}`),
  /** "(RPPT-DM 1/50 + RPPT-HT 1/50) ÷ 2, a sub-ratio without participants left out". */
  uraianRataRata: (bagian: readonly { label: string; pembilang: number; penyebut: number }[], keterangan: readonly Pesan[]): Teks => {
    const isi = (f: Format): string => `(${bagian.map((x) => `${x.label} ${f.a(x.pembilang)}/${f.a(x.penyebut)}`).join(' + ')}) ÷ ${f.a(bagian.length)}`;
    const ket = (f: Format): string => (keterangan.length > 0 ? ` (${keterangan.map(f.p).join('; ')})` : '');
    return dua((f) => `${isi(f)}, sub-rasio tanpa peserta tidak dihitung${ket(f)}`, (f) => `${isi(f)}, a sub-ratio without participants left out${ket(f)}`);
  },
  tidakDinilai: teks('tidak dinilai', 'not assessed'),
  /** "  rating 2 (> 2.5 and ≤ 3; provisional: …)", or the rule set's rating for a value not assessed. */
  ratingBand: (rating: number, band: Teks | null): Teks =>
    dua((f) => `  rating ${rating} (${band ? f.p(band) : 'tidak dinilai: rating dari aturan'})`, (f) => `  rating ${rating} (${band ? f.p(band) : 'not assessed: rating given by the rule set'})`),
  /** "  nilai 0.4 × 4 = 1.6". */
  nilaiKinerja: (bobot: string, rating: number, nilai: string): Teks => sama((f) => `  nilai ${f.d(bobot)} × ${rating} = ${f.d(nilai)}`),
  /** "26 more registered participant(s) with a contact (→ 145.20, rating 3)". */
  perubahan: (jumlahnya: number, apa: Pesan, nilai: string, rating: number): Teks => sama((f) => `${f.a(jumlahnya)} ${f.p(apa)} (→ ${f.d(nilai)}, rating ${rating})`),
  /** "  next: rating 2 (> 140 and ≤ 145) needs A, or B". */
  berikutnya: (rating: number, batas: Teks, cara: readonly Teks[]): Teks =>
    dua(
      (f) => `  berikutnya: rating ${rating} (${f.p(batas)}) perlu ${cara.length > 0 ? cara.map(f.p).join(', atau ') : 'lebih dari yang dapat diberikan hitungan bulan ini'}`,
      (f) => `  next: rating ${rating} (${f.p(batas)}) needs ${cara.length > 0 ? cara.map(f.p).join(', or ') : 'more than the counts of this month can give'}`,
    ),
  /** "total nilai 0.4 + 0.5 + 0.4 = 1.3". */
  totalNilai: (nilai: readonly string[], total: string): Teks => sama((f) => `total nilai ${nilai.map(f.d).join(' + ')} = ${f.d(total)}`),
  /** "payment band ≥ 3 and < 4 → 97% for klinik_pratama (provisional: …)". */
  bandPembayaran: (batas: Teks, persen: string, jenis: string, sumber: Teks): Teks =>
    dua(
      (f) => `rentang pembayaran ${f.p(batas)} → ${f.d(persen)}% untuk ${jenis} (${f.p(sumber)})`,
      (f) => `payment band ${f.p(batas)} → ${f.d(persen)}% for ${jenis} (${f.p(sumber)})`,
    ),
  kbkBerlaku: (persen: string): Teks => dua((f) => `KBK berlaku: ${f.d(persen)}% dari tarif dasar`, (f) => `KBK applies: ${f.d(persen)}% of the base tariff`),
  kbkTidakBerlaku: teks('KBK tidak berlaku: dibayar 100%', 'KBK does not apply: paid 100%'),
  peluangJudul: teks('untuk mencapai rentang pembayaran berikutnya, salah satu dari:', 'to reach the next payment band, any one of:'),
  /** "  90%: AK to rating 3 (total nilai 2.1) with 26 more … (→ 145.20, rating 3)". */
  peluang: (persen: string, indikator: string, rating: number, total: string, cara: Teks): Teks =>
    dua(
      (f) => `  ${f.d(persen)}%: ${indikator} ke rating ${rating} (total nilai ${f.d(total)}) dengan ${f.p(cara)}`,
      (f) => `  ${f.d(persen)}%: ${indikator} to rating ${rating} (total nilai ${f.d(total)}) with ${f.p(cara)}`,
    ),
  catatanJudul: teks('catatan:', 'catatan:'),

  // explain --bayar
  bayarJudul: (kode: string, nama: string, jenis: string, bulan: string, aturan: string, tarif: string): Teks =>
    teks(`${kode} ${nama} (${jenis}), bulan bayar ${bulan}: ${aturan}, ${tarif}`, `${kode} ${nama} (${jenis}), payment month ${bulan}: ${aturan}, ${tarif}`),
  /** "block window 2024-04, 2024-05, 2024-06: …; 3 of 3 month(s) assessed". */
  bayarJendela: (jendela: string, bulan: readonly string[], rataNilai: boolean, dinilai: number, semua: number): Teks =>
    dua(
      (f) =>
        `jendela ${jendela} ${daftar(bulan)}: ${rataNilai ? 'total nilai tiap bulan dirata-ratakan' : 'tiap indikator dirata-ratakan atas bulan yang dinilai, lalu diberi rating'}; ${f.a(dinilai)} dari ${f.a(semua)} bulan dinilai`,
      (f) =>
        `${jendela} window ${daftar(bulan)}: ${rataNilai ? "each month's total nilai averaged" : 'each indicator averaged over the months assessed, then rated'}; ${f.a(dinilai)} of ${f.a(semua)} month(s) assessed`,
    ),
  bulanTanpaData: teks('tanpa data: tidak masuk rata-rata', 'no data: not in the average'),
  bulanTanpaPeserta: teks('tanpa peserta terdaftar: tidak masuk rata-rata', 'no registered participant: not in the average'),
  tidakDinilaiSebulanPun: teks('  tidak dinilai di bulan mana pun', '  not assessed in any month'),
  /** "  mean of 3 month(s): (3 + 2 + 4) ÷ 3 = 3%". */
  rataBulan: (dari: readonly string[], nilai: string, satuan: string): Teks =>
    dua(
      (f) => `  rata-rata ${f.a(dari.length)} bulan: (${dari.map(f.d).join(' + ')}) ÷ ${f.a(dari.length)} = ${f.d(nilai)}${satuan}`,
      (f) => `  mean of ${f.a(dari.length)} month(s): (${dari.map(f.d).join(' + ')}) ÷ ${f.a(dari.length)} = ${f.d(nilai)}${satuan}`,
    ),
  /** "total nilai, the months' totals averaged: (3 + 4 + 2.1) ÷ 3 = 3.0333". */
  totalRataBulanan: (total: readonly string[], nilai: string): Teks =>
    dua(
      (f) => `total nilai, rata-rata total bulanan: (${total.map(f.d).join(' + ')}) ÷ ${f.a(total.length)} = ${f.d(nilai)}`,
      (f) => `total nilai, the months' totals averaged: (${total.map(f.d).join(' + ')}) ÷ ${f.a(total.length)} = ${f.d(nilai)}`,
    ),
  /** "KBK does not apply (tidak layak: …): paid 100%". */
  kbkTidakBerlakuKarena: (alasan: readonly Pesan[]): Teks =>
    dua(
      (f) => `KBK tidak berlaku (${alasan.length > 0 ? alasan.map(f.p).join('; ') : 'tidak ada bulan yang dinilai'}): dibayar 100%`,
      (f) => `KBK does not apply (${alasan.length > 0 ? alasan.map(f.p).join('; ') : 'no month assessed'}): paid 100%`,
    ),
  /** "tarif 12,050 × 97% = 11,688.5". */
  tarifKbk: (dasar: bigint, persen: string, setelah: string): Teks => sama((f) => `tarif ${f.a(dasar)} × ${f.d(persen)}% = ${f.d(setelah)}`),
  tanpaLantai: teks('tarif minimal tidak diketahui: tanpa lantai', 'no minimum tariff known: no floor'),
  /** "floor min(tarif 4,000, minimum 3,600) = 3,600: applied, above 3,400". */
  lantai: (dasar: bigint, minimal: bigint, lantai: string, diterapkan: boolean, setelah: string): Teks =>
    dua(
      (f) => `lantai min(tarif ${f.a(dasar)}, minimal ${f.a(minimal)}) = ${f.d(lantai)}: ${diterapkan ? `diterapkan, di atas ${f.d(setelah)}` : 'tidak diterapkan'}`,
      (f) => `floor min(tarif ${f.a(dasar)}, minimum ${f.a(minimal)}) = ${f.d(lantai)}: ${diterapkan ? `applied, above ${f.d(setelah)}` : 'not applied'}`,
    ),
  tarifDibayar: (dibayar: string): Teks => sama((f) => `tarif dibayar ${f.d(dibayar)}`),
  /** "kapitasi 5,001 registered participants (2024-07) × 11,688.5 = 58,454,188.5 → Rp 58,454,189 (rounded half-up, once)". */
  kapitasiDibayar: (peserta: number, bulan: string, tarif: string, tepat: string, dibayar: bigint): Teks =>
    dua(
      (f) => `kapitasi ${f.a(peserta)} peserta terdaftar (${bulan}) × ${f.d(tarif)} = ${f.d(tepat)} → ${f.rp(dibayar)} (dibulatkan setengah ke atas, sekali)`,
      (f) => `kapitasi ${f.a(peserta)} registered participants (${bulan}) × ${f.d(tarif)} = ${f.d(tepat)} → ${f.rp(dibayar)} (rounded half-up, once)`,
    ),
  /** "kapitasi penuh 5,001 × 12,050 = Rp 60,262,050; potongan Rp 1,807,861" (insentif for a negative potongan). */
  kapitasiPenuh: (peserta: number, dasar: bigint, penuh: bigint, potongan: bigint): Teks =>
    sama((f) => `kapitasi penuh ${f.a(peserta)} × ${f.a(dasar)} = ${f.rp(penuh)}; ${potongan >= 0n ? `potongan ${f.rp(potongan)}` : `insentif ${f.rp(-potongan)}`}`),
  kewajaranJudul: teks(
    'pembayaran fasilitas ini dihentikan sebagai ekspor yang kemungkinan rusak (terima dengan --terima-penurunan):',
    'pay stops on this facility as a probably damaged export (accept with --terima-penurunan):',
  ),

  // --- kbk proyeksi (src/report/proyeksi.ts) ---------------------------------------------------
  judulProyeksi: (bulan: string): Teks => teks(`Proyeksi KBK ${bulan}`, `Proyeksi KBK ${bulan}`),
  /** After the title: "(kbk-2019): data to 2024-06-15, day 15 of 30 (rows after it left out); earlier months 2024-04, 2024-05". */
  dataProyeksi: (aturan: string, sampai: string, hari: number, hariBulan: number, dipotong: boolean, bulanLalu: readonly string[]): Teks =>
    dua(
      (f) =>
        `(${aturan}): data sampai ${sampai}, hari ke-${f.a(hari)} dari ${f.a(hariBulan)}${dipotong ? ' (baris sesudahnya tidak dihitung)' : ''}; ${bulanLalu.length > 0 ? `bulan sebelumnya ${daftar(bulanLalu)}` : 'tanpa bulan sebelumnya'}`,
      (f) =>
        `(${aturan}): data to ${sampai}, day ${f.a(hari)} of ${f.a(hariBulan)}${dipotong ? ' (rows after it left out)' : ''}; ${bulanLalu.length > 0 ? `earlier months ${daftar(bulanLalu)}` : 'no earlier month'}`,
    ),
  /** What each projection method did (the earlier months named). */
  metode: {
    kurva: (bulanLalu: readonly string[]): Teks =>
      teks(
        `bulan-bulan sebelumnya fasilitas itu sendiri (${daftar(bulanLalu)}): hitungan sampai hari d × (akhir bulan ÷ hitungan sampai hari d) masing-masing, dirata-ratakan; rentang: yang terkecil dan terbesar, ± ⌈2√(sisa + 1)⌉ untuk yang masih akan datang (Poisson)`,
        `the facility's own earlier months (${daftar(bulanLalu)}): the count by day d × (month-end ÷ count by day d) of each, their mean; range: their least and greatest, ± ⌈2√(rest + 1)⌉ for what is still to come (Poisson)`,
      ),
    laju: teks(
      'tanpa bulan sebelumnya: laju linear, hitungan sampai hari d × jumlah hari bulan ÷ d, yang cenderung terlalu tinggi (peserta berbeda bertambah lebih lambat daripada kunjungan); rentang: dari hitungan sejauh ini (tidak bisa turun) sampai laju + ⌈2√(sisa + 1)⌉',
      'no earlier month: the linear run-rate, count by day d × days in month ÷ d, which leans high (distinct participants accumulate more slowly than visits); range: from the count so far (it cannot fall) to the run-rate + ⌈2√(rest + 1)⌉',
    ),
    sebanding: teks('rujukan TACC (tanpa data harian) sebanding dengan semua rujukan', 'TACC referrals (no daily facts) in proportion to all referrals'),
    diukurDenganLalu: teks(
      'Prolanis: yang sudah diukur tetap (pengukuran kira-kira sebulan sekali); yang masih terbuka (terdaftar, belum diukur, dan yang ada di bulan sebelumnya tetapi belum muncul) terkendali dengan porsi bulan-bulan sebelumnya; rentang: yang masih terbuka terkendali semuanya atau tidak sama sekali, ditambah beberapa yang diukur ulang',
      "Prolanis: those measured so far stand (measurements come about once a month); those still open (enrolled, not measured yet, and those an earlier month had that have not shown yet) controlled at the earlier months' share; range: every open one either way, and a couple measured again",
    ),
    diukurTanpaLalu: teks(
      'Prolanis: seperti yang diukur sejauh ini (pengukuran kira-kira sebulan sekali); tanpa bulan sebelumnya tidak ada yang membatasi peserta yang masih akan datang, jadi rentangnya seluas yang dapat diberikan rumus',
      'Prolanis: as measured so far (measurements come about once a month); without an earlier month nothing bounds the participants still to come, so the range is all the formula can give',
    ),
    lengkap: teks('data sampai hari terakhir bulan: tidak ada yang perlu diproyeksikan', "the data run to the month's last day: nothing left to project"),
    tetap: teks('daftar bulan itu, diketahui utuh', "the month's list, known whole"),
  },
  /** One way to reach a better rating: "+348 registered participant(s) with a contact by the last day (750 in all)". */
  celahCara: (c: { apa: Pesan; arah: 'tambah' | 'paling_banyak'; sejauhIni: number; jumlah: number | null; total: number | null }): Teks => {
    if (c.jumlah === null)
      return c.arah === 'tambah'
        ? dua((f) => `tidak tercapai dengan ${f.p(c.apa)} yang lebih banyak`, (f) => `not reachable by more ${f.p(c.apa)}`)
        : dua((f) => `di luar jangkauan: ${f.a(c.sejauhIni)} ${f.p(c.apa)} sejauh ini sudah terlalu banyak`, (f) => `out of reach: the ${f.a(c.sejauhIni)} ${f.p(c.apa)} so far are already too many`);
    const n = c.jumlah;
    const total = c.total ?? 0;
    return c.arah === 'tambah'
      ? dua((f) => `+${f.a(n)} ${f.p(c.apa)} sampai hari terakhir (${f.a(total)} seluruhnya)`, (f) => `+${f.a(n)} ${f.p(c.apa)} by the last day (${f.a(total)} in all)`)
      : dua((f) => `paling banyak ${f.a(n)} ${f.p(c.apa)} lagi bulan ini (${f.a(total)} seluruhnya)`, (f) => `at most ${f.a(n)} more ${f.p(c.apa)} this month (${f.a(total)} in all)`);
  },
  /** "rating 4: A, or B". */
  celahRating: (rating: number, cara: readonly Teks[]): Teks => dua((f) => `rating ${rating}: ${cara.map(f.p).join(', atau ')}`, (f) => `rating ${rating}: ${cara.map(f.p).join(', or ')}`),

  // --- Notes and progress ---------------------------------------------------------------------
  /** The one notice that a report rests on values not verified (spec §4.4). */
  tarifMungkinUsang: (id: string, bulan: number, sampai: string, sumber: string): Teks =>
    teks(
      `catatan: set tarif ${id} mungkin sudah usang: peraturannya meminta tinjauan setiap ${bulan} bulan (${sumber}), dan tidak ada tinjauan yang ditemukan sampai ${sampai}; periksa tarif yang berlaku dan berikan --tariffs BERKAS bila sudah berubah`,
      `note: tariff set ${id} may be outdated: its regulation requires a review every ${bulan} months (${sumber}), and none was found through ${sampai}; check the tariffs in force and pass --tariffs FILE if they changed`,
    ),
  catatanProvisional: (perSet: readonly { id: string; n: number }[], rulesShow: string | null): Teks => {
    const daftarSet = (f: Format): string => daftar(perSet.map((s) => `${s.id}: ${f.p(jumlah(s.n, { id: 'nilai', en: 'value' }))}`));
    return dua(
      (f) =>
        `catatan: laporan ini memakai nilai sementara atau rancangan (${daftarSet(f)}); ${rulesShow !== null ? `lihat \`kbk rules show ${rulesShow}\`` : 'lihat status tiap nilai di berkas --rules/--tariffs'} dan ganti dengan --rules BERKAS`,
      (f) =>
        `note: this report uses provisional or design values (${daftarSet(f)}); ${rulesShow !== null ? `see \`kbk rules show ${rulesShow}\`` : 'see the status of each value in the --rules/--tariffs file'} and override with --rules FILE`,
    );
  },
  /** kbk sampel (src/report/sampel.ts): the worksheet's rincian, its sheet and its terminal table. */
  sampel: {
    rincianKontak: teks('kontak pertama peserta bulan ini (yang dinamai audit)', "the participant's first contact of the month (the one the audit names)"),
    rincianRujukan: (diagnosa: string): Teks => teks(`rujukan non-spesialistik, diagnosa ${diagnosa}`, `non-specialistic referral, diagnosis ${diagnosa}`),
    /** The deciding measurement's values, decimals written with a dot ("110", "5.5"). */
    rincianUkur: (dm: boolean, a: string, b: string): Teks =>
      dua(
        (f) => (dm ? `DM: GDP ${f.d(a)} mg/dL terkendali` : `HT: TD ${f.d(a)}/${f.d(b)} mmHg terkendali`),
        (f) => (dm ? `DM: GDP ${f.d(a)} mg/dL controlled` : `HT: BP ${f.d(a)}/${f.d(b)} mmHg controlled`),
      ),
    rincianKunjungan: (program: string, diukur: boolean): Teks =>
      diukur ? teks(`Prolanis ${program}: berkunjung (baris prolanis.csv pertama bulan ini)`, `Prolanis ${program}: visited (the month's first prolanis.csv row)`) : teks(`Prolanis ${program}: berkunjung (kontak)`, `Prolanis ${program}: visited (a contact)`),
    sahPilihan: teks('isi ya atau tidak (kosong: belum diverifikasi)', 'fill in ya or tidak (empty: not verified yet)'),
    judul: (bulan: string): Teks => teks(`Sampel verifikasi ${bulan}`, `Verification sample ${bulan}`),
    kolomJenis: (jenis: string): Teks => teks(`${jenis} (sampel/populasi)`, `${jenis} (sample/population)`),
    /** The signals column: its facilities' samples are `faktor` times the rule's (a decimal written with a dot). */
    kolomSinyal: (faktor: string): Teks => dua((f) => `sinyal (sampel ×${f.d(faktor)})`, (f) => `signals (sample ×${f.d(faktor)})`),
  },
  /** The progress bar's line (cli-progress tokens in braces; rows already formatted). */
  kemajuanFormat: teks('{file} |{bar}| {percentage}% · {rows} baris · {speed} MiB/s · sisa {eta_formatted}', '{file} |{bar}| {percentage}% · {rows} rows · {speed} MiB/s · {eta_formatted} left'),
};
