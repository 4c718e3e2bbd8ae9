// The help texts (`kbk … --help`): what every command and option is for, and commander's
// own fixed words around them (Usage:, Options:, "(default: …)"). Part of the one catalog
// (src/pesan/index.ts). The English is commander's and kbk's as they always were; the
// Indonesian keeps what is typed or read as it is: option names, placeholders (<dir>),
// file names, codes and values (block, rolling, layanan, bayar, kbk-rules/2).
import { angka, teks, type Teks } from './index.js';

/** The options several commands share, one text each. */
const BERSAMA = {
  strict: teks('berhenti pada baris bermasalah pertama', 'stop at the first bad row'),
  maxRejectRate: teks('berhenti bila baris yang ditolak dalam satu berkas melebihi persentase ini', 'stop when a file has more rejected rows than this share'),
  rulesGanti: teks('pakai aturan ini, bukan aturan yang berlaku', 'use this rule set instead of the one in force'),
  profilKlinis: teks(
    'profil klinis aturan yang menentukan "terkendali" (bawaan: profil bawaan aturan)',
    'the rule set\'s clinical profile that decides "terkendali" (default: the rule set\'s bawaan)',
  ),
  tanpaWarnaTabel: teks('tabel di terminal tanpa warna', 'no colour in the terminal table'),
  folderData: teks('folder data', 'data folder'),
};

export const BANTUAN = {
  // commander's own words.
  program: teks(
    'Kapitasi Berbasis Kinerja: kapitasi FKTP yang disesuaikan dengan kinerja, dari ekspor bulanan BPJS',
    'Kapitasi Berbasis Kinerja: performance-adjusted FKTP capitation from BPJS monthly exports',
  ),
  versi: teks('tampilkan nomor versi', 'output the version number'),
  opsiBantuan: teks('tampilkan bantuan perintah ini', 'display help for command'),
  perintahBantuan: teks('tampilkan bantuan sebuah perintah', 'display help for command'),
  /** The help command and its argument (kbk help [command]). */
  perintahBantuanNama: teks('help [perintah]', 'help [command]'),
  /** The headings of a help page (commander's styleTitle), English → Indonesian. */
  judul: { 'Usage:': 'Penggunaan:', 'Arguments:': 'Argumen:', 'Options:': 'Opsi:', 'Global Options:': 'Opsi Umum:', 'Commands:': 'Perintah:' } as Record<string, string>,
  /** The usage line's placeholders for commander's generated parts. */
  usage: { '[options]': '[opsi]', '[command]': '[perintah]' } as Record<string, string>,
  /** The values' placeholders in <…> of an option or argument (English as declared → Indonesian); the rest (YYYY-MM, id, n) read the same. */
  tempat: {
    dir: 'folder', file: 'berkas', what: 'apa', percent: 'persen', name: 'nama', number: 'angka', kind: 'jenis', char: 'karakter', string: 'teks',
    'id|file': 'id|berkas', fixtures_dir: 'folder_fixture', 'folders...': 'folder...', keyfile: 'berkas_kunci', 'file,…': 'berkas,…', '[file=]format': '[berkas=]format',
  } as Record<string, string>,
  /** The words inside commander's "(choices: …, default: …)" after a description, English → Indonesian. */
  tambahan: { 'choices: ': 'pilihan: ', 'default: ': 'bawaan: ', 'preset: ': 'tanpa nilai: ', 'env: ': 'variabel lingkungan: ' } as Record<string, string>,

  // What every command takes (src/cli/main.ts umum).
  lang: teks(
    'bahasa keluaran: id (Indonesia, bawaan) atau en; LANG/LC_ALL yang diawali en juga memberi bahasa Inggris',
    'language of what is printed: id (Indonesian, the default) or en; LANG/LC_ALL starting with en also gives English',
  ),
  quiet: teks('cetak peringatan dan galat saja (tanpa kemajuan, catatan atau ringkasan di stderr)', 'print warnings and errors only (no progress, notes or summaries on stderr)'),
  /** --quiet of a command that writes reports (has --out): its stdout is silent too. */
  quietLaporan: teks(
    'cetak peringatan dan galat saja (tanpa kemajuan, catatan atau ringkasan di stderr), dan tanpa tabel di stdout kecuali --json: laporannya ada di berkas (untuk cron)',
    'print warnings and errors only (no progress, notes or summaries on stderr), and nothing on stdout unless --json: the reports are the files (for cron)',
  ),
  tanpaWarna: teks('keluaran tanpa warna', 'no colour in what is printed'),
  /** After every --month's text: the Indonesian spelling kbk also takes (src/cli/main.ts). */
  jugaBulan: teks('juga: --bulan', 'also: --bulan'),
  izinkanFolderBersama: teks(
    'tulis juga ke folder keluaran yang dapat ditulisi pengguna lain (tanpa sticky bit); tanpa ini kbk menolaknya (73)',
    'write even into an output folder other users can write (without the sticky bit); without it kbk refuses one (73)',
  ),

  // The dialect and size-limit options of every reading command.
  maxRowBytes: (bawaan: number): Teks =>
    teks(
      `baris yang lebih panjang dari ini ditolak tanpa dibaca, byte-byte awalnya disimpan di penolakan (bawaan ${angka(bawaan, 'id')})`,
      `a row longer than this is rejected unread, its first bytes kept in the rejects (default ${bawaan})`,
    ),
  maxFieldBytes: (bawaan: number): Teks =>
    teks(`nilai yang lebih panjang dari ini membuat barisnya ditolak (bawaan ${angka(bawaan, 'id')})`, `a value longer than this rejects its row (default ${bawaan})`),
  gdpSatuan: teks(
    'satuan gdp di prolanis.csv: mg (mg/dL, bawaan) atau mmol (mmol/L, dikonversi tepat ke mg/dL dengan faktor aturan, dan dicatat)',
    "unit of gdp in prolanis.csv: mg (mg/dL, the default) or mmol (mmol/L, converted exactly to mg/dL by the rule set's factor, and said)",
  ),
  delimiter: teks('pemisah kolom semua berkas: , ; tab atau | (bawaan: dikenali per berkas)', 'field delimiter of every file: , ; tab or | (default: sniffed per file)'),
  encoding: teks(
    'encoding teks semua berkas: utf-8, windows-1252 atau utf-16le (bawaan: dikenali per berkas)',
    'text encoding of every file: utf-8, windows-1252 or utf-16le (default: sniffed per file)',
  ),
  dateFormat: (format: readonly string[]): Teks =>
    teks(
      `format tanggal (${format.join(', ')}) semua berkas, atau satu berkas (kontak.csv=mm/dd/yyyy, 2024-06/kontak.csv=…); dapat diulang (bawaan: ditebak per berkas dari tanggal pertamanya)`,
      `date format (${format.join(', ')}) of every file, or of one file (kontak.csv=mm/dd/yyyy, 2024-06/kontak.csv=…); repeatable (default: guessed per file from its first date)`,
    ),
  terimaLuarBulan: teks(
    'terima berkas bulan ini (2024-06/kontak.csv, atau kontak.csv untuk setiap bulan, atau semua) walau lebih dari proporsi aturan baris bertanggalnya di luar bulan, atau walau identik dengan berkas bulan lain, yang biasanya menghentikan proses; baris di luar bulan tetap disisihkan; dapat diulang',
    'accept these month files (2024-06/kontak.csv, or kontak.csv for every month, or semua) although more than the rule set\'s share of their dated rows are outside the month, or although identical to another month\'s file, which otherwise stop the run; rows outside the month are still set aside; repeatable',
  ),

  // compute, pay, run, audit, banding (src/cli/main.ts jobOptions).
  job: {
    data: teks('folder data: fktp.csv, diagnosa.csv (tidak wajib), satu folder YYYY-MM per bulan', 'data folder: fktp.csv, optional diagnosa.csv, one YYYY-MM folder per month'),
    month: teks('bulan yang diproses', 'the month'),
    monthPenilaian: teks('bulan penilaian (bulan layanan yang dinilai)', 'the assessment month (the month of service assessed)'),
    monthBayar: teks('bulan bayar (bulan kapitasi dibayarkan; bulan penilaiannya sebelum itu)', 'the payment month (the month the capitation is paid; its assessment months come before it)'),
    out: teks('folder untuk laporan', 'folder for the reports'),
    rules: teks(
      'pakai aturan ini untuk setiap bulan (sebuah id, atau berkas JSON berskema kbk-rules/2; /1 juga dibaca)',
      'use this rule set for every month (an id, or a JSON file in the kbk-rules/2 schema; /1 is read too)',
    ),
    tariffs: teks('pakai tarif ini (sebuah id, atau berkas JSON berskema kbk-tarif/1)', 'use this tariff set (an id, or a JSON file in the kbk-tarif/1 schema)'),
    profilKlinis: teks(
      'profil klinis aturan yang menentukan "terkendali" (kbk-2019: standar, ketat; bawaan: profil bawaan aturan)',
      'the rule set\'s clinical profile that decides "terkendali" (kbk-2019: standar, ketat; default: the rule set\'s bawaan)',
    ),
    summary: teks(
      'baca jumlah per fasilitas tiap bulan dari workbook "Capaian KBK" cabang (.xlsx, satu sheet per bulan) atau CSV, bukan dari folder bulan; fktp.csv tetap dari --data',
      'read the months\' counts per facility from a branch "Capaian KBK" workbook (.xlsx, a sheet a month) or CSV instead of the month folders; --data still gives fktp.csv',
    ),
    labelBulan: teks(
      'dengan --summary: bulan di workbook adalah bulan layanan (layanan, bawaan) atau bulan bayar, sebulan sesudahnya (bayar)',
      'with --summary: the workbook\'s months are the months of service (layanan, default) or payment months, one later (bayar)',
    ),
    json: teks('cetak laporan sebagai JSON di stdout, bukan tabel', 'print the reports as JSON on stdout instead of a table'),
    xlsx: teks(
      'tulis juga kbk-YYYY-MM.xlsx: workbook berisi laporan, rekap, penolakan dan nilai-nilai aturan',
      'also write kbk-YYYY-MM.xlsx: a workbook of the reports, the recap, the rejects and the rule values',
    ),
    csvExcel: teks(
      'tulis laporan CSV sebagaimana Excel berbahasa Indonesia membukanya (BOM, ;, koma desimal, CRLF), menggantikan CSV mesin dengan nama yang sama; Excel berbahasa Inggris membaca angkanya sebagai teks: di sana pakai --xlsx',
      'write the CSV reports the way Indonesian Excel opens them (BOM, ;, decimal comma, CRLF), in place of the machine CSVs under the same names; an English-locale Excel reads their decimals as text: use --xlsx there',
    ),
    format: teks(
      'laporan tambahan: rekap-cabang (bulan-bulannya dalam tata letak "Capaian KBK" milik cabang), xlsx, csv-excel; dapat diulang',
      'more reports: rekap-cabang (the months in the branch\'s own "Capaian KBK" layout), xlsx, csv-excel; repeatable',
    ),
    strict: BERSAMA.strict,
    maxRejectRate: BERSAMA.maxRejectRate,
    noColor: BERSAMA.tanpaWarnaTabel,
    samarkan: teks(
      'ganti nomor kartu di berkas yang mendaftar orang (tolak, audit, jangkauan) dengan HMAC-SHA-256-nya memakai kunci ini: fasilitas yang memegang kunci yang sama dapat mencocokkan daftarnya sendiri',
      'replace the card numbers in the files that list people (tolak, audit, jangkauan) by their HMAC-SHA-256 with this key: a facility holding the same key can match its own list',
    ),
    izinkanKunciTerbuka: teks(
      'pakai berkas kunci --samarkan walau dapat dibaca atau diubah selain pemiliknya (biasanya ditolak)',
      'use the --samarkan key file even when others than its owner can read or change it (refused otherwise)',
    ),
    sampai: teks(
      'ekspor hanya memuat data sampai tanggal ini (ekspor pertengahan bulan): bulannya dilaporkan tidak lengkap; kbk juga mengenalinya sendiri bila kontak terakhir beberapa hari sebelum akhir bulan',
      'the exports hold data up to this day only (a mid-month export): the month is reported as incomplete; kbk also sees it alone when the latest contact is days before the month\'s end',
    ),
    terimaPenurunan: teks(
      'terima, untuk fasilitas-fasilitas ini (atau semua), peserta terdaftar yang turun di bawah proporsi bulan sebelumnya menurut aturan, atau pembayaran Rp 0, yang biasanya menghentikan proses karena ekspornya kemungkinan rusak; dapat diulang',
      'accept, for these facilities (or all), a fall of registered participants below the rule set\'s share of the month before, or a payment of Rp 0, which otherwise stop the run as a probably damaged export; repeatable',
    ),
    terimaTarif: teks(
      'terima, untuk fasilitas-fasilitas ini (atau semua), tarif_kapitasi atau tarif_minimal di fktp.csv yang berada di luar rentang jenisnya di set tarif, yang biasanya menghentikan proses sebagai salah ketik; dapat diulang',
      'accept, for these facilities (or all), a tarif_kapitasi or tarif_minimal in fktp.csv outside its type\'s range in the tariff set, which otherwise stops the run as a typo; repeatable',
    ),
    window: teks(
      'jendela penilaian: block (triwulan kalender sebelumnya), rolling (P-3..P-1) atau bulanan (P-1 saja, tanpa rata-rata); bawaan dari aturan',
      'assessment window: block (calendar quarter before), rolling (P-3..P-1) or bulanan (P-1 alone, no averaging); default from the rule set',
    ),
    average: teks('rata-ratakan tiap indikator, atau total nilai bulanan; bawaan dari aturan', 'average each indicator, or the monthly total nilai; default from the rule set'),
    wajibLengkap: teks(
      'tolak (keluar 65) jendela yang salah satu bulannya hilang atau tidak lengkap, alih-alih merata-ratakan bulan yang ada dengan peringatan',
      'refuse (exit 65) a window with a missing or incomplete month instead of averaging the months there are with a warning',
    ),
  },

  compute: teks('menilai satu bulan: capaian-YYYY-MM.csv (AK, RRNS, RPPT, rating, nilai)', 'assess one month: capaian-YYYY-MM.csv (AK, RRNS, RPPT, ratings, nilai)'),
  pay: teks('kapitasi yang dibayarkan untuk bulan bayar YYYY-MM: kapitasi-YYYY-MM.csv', 'payable capitation for payment month YYYY-MM: kapitasi-YYYY-MM.csv'),
  run: teks('menghitung bulan-bulan penilaian yang diperlukan bulan bayar, lalu kapitasinya (pay)', 'compute the assessment months the payment month needs, then pay'),

  audit: {
    perintah: teks(
      'peserta dan rujukan mana dari satu bulan yang dihitung, dan mengapa: audit-, audit-rujukan- dan jangkauan-YYYY-MM.csv (data pribadi: ditulis 0600)',
      'which participants and referrals of one month were counted, and why: audit-, audit-rujukan- and jangkauan-YYYY-MM.csv (personal data: written 0600)',
    ),
    ppk: teks('hanya baris fasilitas-fasilitas ini (dipisah koma; dapat diulang)', 'only these facilities\' rows (comma-separated; repeatable)'),
  },

  sampel: {
    perintah: teks(
      'sampel verifikasi Tim Penilai satu bulan: per fasilitas dan jenis (kontak, rujukan, prolanis) sampel acak record yang dihitung, sampel-YYYY-MM.csv dengan kolom sah untuk diisi (data pribadi: ditulis 0600)',
      "the assessment team's verification sample of one month: per facility and kind (kontak, rujukan, prolanis) a random sample of the records that counted, sampel-YYYY-MM.csv with a sah column to fill in (personal data: written 0600)",
    ),
    seed: teks('benih sampel: bilangan bulat 0 sampai 2^53−1; tanpa ini diambil acak dan dicetak (juga di berkas)', 'the sample seed: a whole number from 0 to 2^53−1; without it one is drawn and printed (and is in the file)'),
    benih: teks('sama dengan --seed', 'the same as --seed'),
    ukuran: teks('ukuran sampel per fasilitas dan jenis, bukan aturan verifikasi (paling banyak populasinya)', 'the sample size per facility and kind instead of the verification rule (at most its population)'),
    xlsx: teks('tulis juga sampel-YYYY-MM.xlsx (kolom sah berupa pilihan ya/tidak)', 'also write sampel-YYYY-MM.xlsx (the sah column a ya/tidak choice)'),
  },

  banding: {
    perintah: teks(
      'satu bulan bayar di bawah dua aturan, profil klinis, tarif atau jendela: banding-YYYY-MM.csv, per fasilitas dan totalnya',
      'one payment month under two rule sets, clinical profiles, tariff sets or windows: banding-YYYY-MM.csv, per facility and in total',
    ),
    rules: teks('aturan pembanding (bawaan: sama dengan --rules, atau aturan yang berlaku)', 'the rule set to compare with (default: the same as --rules or the one in force)'),
    profilKlinis: teks('profil klinis pembanding (mis. ketat)', 'the clinical profile to compare with (e.g. ketat)'),
    tariffs: teks('tarif pembanding', 'the tariff set to compare with'),
    window: teks('jendela pembanding (mis. bulanan terhadap block)', 'the assessment window to compare with (e.g. bulanan against block)'),
  },

  validate: {
    perintah: teks(
      'membaca setiap ekspor seperti compute membacanya dan melaporkan per berkas (baris, penolakan per alasan, fasilitas, tanggal); tanpa menghitung apa pun',
      'read every export as compute would and report per file (rows, rejects by reason, facilities, dates); compute nothing',
    ),
    data: BERSAMA.folderData,
    month: teks('hanya bulan ini (bawaan: setiap folder YYYY-MM)', 'only this month (default: every YYYY-MM folder)'),
    out: teks('tulis tolak-YYYY-MM.csv tiap bulan ke sini (bawaan: tidak menulis apa pun)', 'write tolak-YYYY-MM.csv for each month here (default: write nothing)'),
    maxRejectRate: teks('berkas gagal bila baris yang ditolak melebihi persentase ini', 'a file with more rejected rows than this share fails'),
    strict: teks('berkas gagal pada baris bermasalah pertamanya', 'a file fails at its first bad row'),
    json: teks('cetak ringkasan per berkas sebagai JSON', 'print the per-file summary as JSON'),
  },

  explain: {
    perintah: teks(
      'bagaimana setiap angka satu fasilitas pada satu bulan diperoleh, dan selisihnya ke rating dan rentang pembayaran berikutnya',
      'how each number of one facility and month was reached, and the gap to the next rating and payment band',
    ),
    data: BERSAMA.folderData,
    month: teks('bulan penilaian (dengan --bayar: bulan bayar)', 'the assessment month (with --bayar: the payment month)'),
    ppk: teks('kode fasilitas (kode_ppk)', 'the facility code (kode_ppk)'),
    bayar: teks(
      'jelaskan pembayaran bulan bayar --month: bulan-bulan jendela, indikator dan rating tiap bulan, perata-rataan, lantai tarif, Rupiahnya',
      'explain the payment of payment month --month: the window\'s months, each month\'s indicators and ratings, the averaging, the floor, the Rupiah',
    ),
    rules: BERSAMA.rulesGanti,
    tariffs: teks('dengan --bayar: pakai tarif ini', 'with --bayar: use this tariff set'),
    window: teks('dengan --bayar: jendela penilaian, block, rolling atau bulanan (bawaan dari aturan)', 'with --bayar: assessment window, block, rolling or bulanan (default from the rule set)'),
    average: teks(
      'dengan --bayar: rata-ratakan tiap indikator, atau total nilai bulanan (bawaan dari aturan)',
      'with --bayar: average each indicator, or the monthly total nilai (default from the rule set)',
    ),
    profilKlinis: BERSAMA.profilKlinis,
    strict: BERSAMA.strict,
    maxRejectRate: BERSAMA.maxRejectRate,
    json: teks('cetak penjelasan sebagai JSON', 'print the explanation as JSON'),
  },

  proyeksi: {
    perintah: teks(
      'ekspor parsial sebuah bulan (diambil di pertengahan bulan) diproyeksikan ke akhir bulan: setiap indikator sejauh ini, proyeksinya dengan metode dan rentangnya, dan apa yang diperlukan untuk tiap rating yang lebih baik',
      "a month's partial exports (taken mid-month) projected to its end: each indicator so far, projected with its method and range, and what each better rating needs",
    ),
    data: teks(
      'folder data: fktp.csv, diagnosa.csv (tidak wajib), satu folder YYYY-MM per bulan (sampai tiga bulan sebelumnya memberi kurvanya)',
      'data folder: fktp.csv, optional diagnosa.csv, one YYYY-MM folder per month (up to three before the month give the curves)',
    ),
    month: teks('bulan yang sedang diekspor', 'the month being exported'),
    sampai: teks('tanggal akhir data; baris sesudahnya tidak dihitung (bawaan: kontak terakhir bulan itu)', "the date the data run to; rows after it are left out (default: the month's latest contact)"),
    out: teks('tulis proyeksi-YYYY-MM.csv ke sini (bawaan: tidak menulis apa pun)', 'write proyeksi-YYYY-MM.csv here (default: write nothing)'),
    rules: BERSAMA.rulesGanti,
    profilKlinis: BERSAMA.profilKlinis,
    json: teks('cetak proyeksi sebagai JSON', 'print the projection as JSON'),
    strict: BERSAMA.strict,
    maxRejectRate: BERSAMA.maxRejectRate,
    noColor: BERSAMA.tanpaWarnaTabel,
  },

  beritaAcara: {
    perintah: teks(
      'berita acara hasil penilaian pemenuhan komitmen pelayanan sebulan: dokumen Word (berita-acara-YYYY-MM.docx) yang dapat disunting lalu ditandatangani Tim Penilai, Kepala Kantor Cabang dan FKTP',
      'the minutes of a month\'s assessment of the service commitment: a Word document (berita-acara-YYYY-MM.docx) to edit, then sign by the assessment team, the head of the branch office and the facilities',
    ),
    month: teks('bulan penilaian: indikator, rating, total nilai dan persen kapitasi bulan itu', "an assessment month: that month's indicators, ratings, total nilai and capitation percentage"),
    bayar: teks(
      'bulan bayar: rata-rata bulan penilaiannya, rating, persen kapitasi dan rupiah yang dibayarkan sesudah tarif minimal (seperti kbk pay)',
      'a payment month: the averages over its assessment months, ratings, capitation percentage and the Rupiah paid after the minimum tariff (as kbk pay)',
    ),
    out: teks('folder untuk berita acara (dan berkas penolakannya)', 'folder for the minutes (and the rejects)'),
    cabang: teks('nama kantor cabang di berita acara (atau "cabang" di berkas konfigurasi); tanpa itu dibiarkan kosong untuk diisi', 'the branch office\'s name in the minutes (or "cabang" in the config file); without it, left blank to fill in'),
    tanggal: teks('tanggal penandatanganan (bawaan: hari ini)', 'the date of signing (default: today)'),
  },

  gabung: {
    perintah: teks(
      'menggabungkan laporan beberapa proses (satu per cabang, bulan yang sama) menjadi satu set: capaian, kapitasi dan tolak disambung, rekap dijumlahkan',
      'merge the reports of several runs (one per branch, same months) into one set: capaian, kapitasi and tolak concatenated, the recap added up',
    ),
    folders: teks('folder laporan dari proses-proses itu', 'the report folders of the runs'),
    out: teks('folder untuk laporan gabungan', 'folder for the merged reports'),
    json: teks('cetak apa yang digabung sebagai JSON', 'print what was merged as JSON'),
  },

  check: {
    perintah: teks(
      'menghitung ulang setiap bulan fixture dan membandingkannya dengan laporan yang diharapkan (keluar dengan kode 1 bila ada perbedaan)',
      'recompute every fixture month and compare with its expected reports (exit 1 on a difference)',
    ),
    fixtures: teks('sebuah fixture (folder data dengan expected/) atau folder berisi fixture', 'a fixture (data folder with expected/) or a folder of fixtures'),
    json: teks(
      'cetak hasilnya sebagai JSON: fixture, laporan, dan setiap perbedaan dengan baris pertama yang berbeda',
      'print the result as JSON: fixtures, reports, and each difference with its first differing line',
    ),
  },

  rules: {
    perintah: teks('aturan dan tarif, dengan asal-usul setiap angkanya', 'the rule sets and tariff sets, with the provenance of every number'),
    list: teks('daftar aturan dan tarif bawaan kbk', 'list the shipped rule sets and tariff sets'),
    listJson: teks('cetak daftar sebagai JSON: id, schema, masa berlaku, nama', 'print the list as JSON: id, schema, validity period, name'),
    show: teks(
      'setiap angka sebuah aturan atau tarif dengan statusnya (terverifikasi/sementara/rancangan) dan sumbernya',
      'every number of a rule set or tariff set with its status (verified/provisional/design) and source',
    ),
    id: teks('id aturan atau tarif', 'rule set or tariff set id'),
    showJson: teks('cetak set itu sendiri sebagai JSON', 'print the set itself as JSON'),
    validate: teks('periksa berkas aturan atau tarif terhadap skemanya', 'check a rules or tariff file against the schema'),
    file: teks('berkas JSON (kbk-rules/1 atau kbk-tarif/1)', 'JSON file (kbk-rules/1 or kbk-tarif/1)'),
  },

  config: {
    perintah: teks(
      'setelan yang dipakai sebuah perintah, dan dari mana asal masing-masing (berkas konfigurasi, bawaan)',
      'the settings a command runs with, and where each comes from (a config file, the default)',
    ),
    /** Its argument, named as commander names its own [command]. */
    argumen: teks('[perintah]', '[command]'),
    command: teks('nama perintahnya', 'the command (default: run)'),
    json: teks('cetak setelan sebagai JSON', 'print the settings as JSON'),
  },
};
