// The readers' words (src/ingest): what a file, a header or a row is wrong about, the
// warnings about a file's shape, and the progress lines. Part of the one catalog
// (src/pesan/index.ts).
//
// A row's message (a RowError) is also its reason in tolak-YYYY-MM.csv, in the run's
// language there; scripts match the row's kode (src/ingest/kode-tolak.ts), which is the
// same in every language. Numbers that were written bare in English stay bare there (the
// English texts are what the rejects and the tests have always had); the Indonesian
// texts group them (34.201).
import { angka, desimal, teks, type Bahasa, type Teks } from './index.js';

const daftar = (xs: readonly string[]): string => xs.join(', ');

/** A workbook's name: saved from Excel as CSV, not renamed. */
const workbook = (nama: string): boolean => /\.xls[xmb]?$/i.test(nama);
const dasar = (p: string): string => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
/** What is present instead of a missing file or folder (src/ingest/mirip.ts), and what to do with it. */
export const miripId = (mirip: readonly string[], dicari: string): string =>
  mirip.length === 0
    ? ''
    : `; yang ada: ${daftar(mirip)}: ${mirip.every(workbook) ? `buka di Excel dan simpan sebagai CSV UTF-8 bernama ${dasar(dicari)}` : `${mirip.length === 1 ? 'ganti namanya' : 'ganti nama yang benar'} menjadi ${dasar(dicari)}`}`;
export const miripEn = (mirip: readonly string[], dicari: string): string =>
  mirip.length === 0
    ? ''
    : `; present instead: ${daftar(mirip)}: ${mirip.every(workbook) ? `open it in Excel and save it as CSV UTF-8 named ${dasar(dicari)}` : `${mirip.length === 1 ? 'rename it' : 'rename the right one'} to ${dasar(dicari)}`}`;
/** A whole number in Indonesian (34.201): the English texts keep theirs as they were. */
const n = (x: number): string => angka(x, 'id');

/** The delimiter's name in each language ("comma" / "koma"), or the character quoted. */
const PEMISAH: Record<string, Teks> = {
  ',': teks('koma', 'comma'),
  ';': teks('titik koma', 'semicolon'),
  '\t': teks('tab', 'tab'),
  '|': teks('garis tegak', 'pipe'),
};
const pemisah = (c: string): Teks => PEMISAH[c] ?? teks(`"${c}"`, `"${c}"`);
/** A range as the rule set writes it ("2.5–35") in Indonesian notation ("2,5–35"). */
const rentangId = (r: string): string => r.split('–').map((x) => desimal(x, 'id')).join('–');

export const PESAN_INGEST = {
  // Pieces of other messages.
  /** "file:line column C", the shape every located message starts with. */
  lokasi: (file: string, baris: number, kolom: string): Teks => teks(`${file}:${baris} kolom ${kolom}`, `${file}:${baris} column ${kolom}`),
  /** A header cell: "tanggal" (column 3). */
  selHeader: (nama: string, i: number): Teks => teks(`"${nama}" (kolom ${n(i + 1)})`, `"${nama}" (column ${i + 1})`),
  namaPemisah: pemisah,

  // Progress.
  barisDibaca: (label: string, rows: number): Teks => teks(`${label}: ${angka(rows, 'id')} baris`, `${label}: ${angka(rows, 'en')} rows`),
  batasLembar: (label: string, baris: number): Teks =>
    teks(
      `${label}: tepat ${angka(baris, 'id')} baris dengan header, batas satu lembar spreadsheet: ekspor ini mungkin terpotong oleh Excel; ekspor langsung sebagai CSV dan bandingkan`,
      `${label}: exactly ${angka(baris, 'en')} lines with its header, a spreadsheet sheet's limit: the export was probably cut by Excel; export it as CSV directly and compare`,
    ),

  // Opening a file (exit 66) and its encoding.
  berkasTidakDitemukan: (label: string, path: string, mirip: readonly string[] = []): Teks =>
    teks(`${label}: berkas tidak ditemukan (dicari di ${path})${miripId(mirip, path)}`, `${label}: file not found (looked for ${path})${miripEn(mirip, path)}`),
  /** A workbook (zip/xlsx or Excel 97–2003) under a .csv name. */
  bukanCsvTapiExcel: (label: string): Teks =>
    teks(
      `${label}: ini workbook Excel, bukan CSV: simpan sebagai CSV UTF-8 (atau pakai --summary untuk workbook cabang)`,
      `${label}: this is an Excel workbook, not CSV: save it as CSV UTF-8 (or use --summary for the branch workbook)`,
    ),
  tidakDapatDibuka: (label: string, path: string, kode: string): Teks => teks(`${label}: ${path} tidak dapat dibuka (${kode})`, `${label}: cannot open ${path} (${kode})`),
  folderBukanBerkas: (label: string, path: string): Teks => teks(`${label}: ${path} adalah folder, bukan berkas`, `${label}: ${path} is a folder, not a file`),
  pathTidakTerbaca: (label: string, path: string, kode: string): Teks => teks(`${label}: ${path} tidak dapat dibaca (${kode})`, `${label}: cannot read ${path} (${kode})`),
  tidakTerbaca: (label: string, kode: string): Teks => teks(`${label}: tidak dapat dibaca (${kode})`, `${label}: cannot read (${kode})`),
  byteBukanUtf8: (label: string, baris: number, byte: string): Teks =>
    teks(
      `${label}:${baris}: byte ${byte} bukan UTF-8, padahal berkas ini memuat teks UTF-8: berkasnya rusak atau mencampur encoding; ekspor ulang, atau berikan --encoding agar seluruhnya dibaca dengan satu encoding`,
      `${label}:${baris}: byte ${byte} is not UTF-8, though the file holds UTF-8 text: the file is damaged or mixes encodings; re-export it, or pass --encoding to read all of it one way`,
    ),
  dibacaWindows1252: (label: string, byte: string, baris: number): Teks =>
    teks(
      `${label}: dibaca sebagai Windows-1252: byte ${byte} di baris ${n(baris)} bukan UTF-8; jika berkas ini UTF-8 dan byte itu kerusakan, perbaiki barisnya (atau berikan --encoding utf-8 agar pembacaan berhenti di sana)`,
      `${label}: read as Windows-1252: byte ${byte} on line ${baris} is not UTF-8; if the file is UTF-8 and that byte is damage, fix the line (or pass --encoding utf-8 to stop at it)`,
    ),
  bukanUtf8DiTengah: (label: string, baris: number): Teks =>
    teks(
      `${label}:${baris}: bukan UTF-8 yang sah, padahal 64 KiB pertama berkas ini UTF-8; jika berkas disimpan sebagai Windows-1252 (ANSI), berikan --encoding windows-1252`,
      `${label}:${baris}: not valid UTF-8, though the file's first 64 KiB were; if it was saved as Windows-1252 (ANSI), pass --encoding windows-1252`,
    ),

  // A file's shape (exit 65) and what it means for the numbers (warnings).
  headerTakTerbaca: (label: string, baris: number, sebab: string): Teks =>
    teks(`${label}:${baris}: baris header tidak dapat dibaca sebagai CSV: ${sebab}`, `${label}:${baris}: the header line is not readable as CSV: ${sebab}`),
  headerKebesaran: (label: string, baris: number, bytes: number, batas: number): Teks =>
    teks(
      `${label}:${baris}: baris header berukuran ${n(bytes)} byte, melebihi --max-row-bytes ${n(batas)}; ini bukan header`,
      `${label}:${baris}: the header line has ${angka(bytes, 'en')} bytes, more than --max-row-bytes ${angka(batas, 'en')}; this is not a header`,
    ),
  kutipTerbuka: (label: string, baris: number): Teks =>
    teks(
      `${label}:${baris}: sebuah nilai berkutip dibuka di baris ini dan tidak pernah ditutup, sehingga seluruh sisa berkas akan terbaca sebagai satu nilai; periksa tanda kutip di baris ${n(baris)}`,
      `${label}:${baris}: a quoted value opens on this line and is never closed, so the rest of the file would be one value; check the quotes on line ${baris}`,
    ),
  berkasKosong: (label: string): Teks => teks(`${label}:1: berkas kosong; yang diharapkan baris header dan baris data`, `${label}:1: the file is empty; expected a header line and data rows`),
  tanpaBarisData: (label: string): Teks =>
    teks(
      `${label}:2: berkas memiliki header tetapi tidak ada baris data; ekspor tanpa baris dianggap ekspor yang gagal`,
      `${label}:2: the file has a header but no data rows; an export without rows is taken as a failed export`,
    ),
  tanpaAkhirBaris: (label: string, baris: number): Teks =>
    teks(
      `${label}: baris terakhir (${n(baris)}) tidak diakhiri pergantian baris: berkas mungkin terpotong; periksa apakah ekspornya lengkap`,
      `${label}: the last line (${baris}) has no line break after it: the file may have been cut short; check that the export is complete`,
    ),

  // The header (exit 65 when a column would be read wrong; warnings otherwise).
  kolomGanda: (label: string, baris: number, kolom: string, a: Teks, b: Teks): Teks =>
    teks(
      `${label}:${baris}: ${kolom} muncul dua kali di header, sebagai ${a.id} dan ${b.id}; kbk tidak dapat menentukan mana yang dipakai: hapus atau ganti nama salah satunya`,
      `${label}:${baris}: ${kolom} appears twice in the header, as ${a.en} and ${b.en}; kbk cannot tell which to use: remove or rename one`,
    ),
  namaLainTidakDipakai: (label: string, kolom: string, dipakai: Teks, lain: Teks): Teks =>
    teks(
      `${label}: ${kolom} dibaca dari ${dipakai.id}; ${lain.id} adalah nama lain kolom itu dan tidak dipakai`,
      `${label}: ${kolom} is read from ${dipakai.en}; ${lain.en} is another name for it and is not used`,
    ),
  /** One absent required column, with the header cell that looks like it misspelt (see kolomWajibTidakAda). */
  wajibTidakAda: (kolom: string, diterima: readonly string[], dekat: Teks | null): Teks =>
    teks(
      `${kolom} tidak ada (diterima: ${daftar(diterima)})${dekat === null ? '' : `; header memuat ${dekat.id}, mirip ${kolom}: salah eja?`}`,
      `${kolom} (accepted: ${daftar(diterima)})${dekat === null ? '' : `; the header has ${dekat.en}, close to ${kolom}: is it misspelt?`}`,
    ),
  kolomWajibTidakAda: (label: string, baris: number, bagian: readonly Teks[], header: readonly string[], pemisahTunggal: string | null, miripData: boolean): Teks => {
    const satu = (b: Bahasa): string =>
      pemisahTunggal === null
        ? ''
        : b === 'id'
          ? `; header hanya satu kolom bila dipisah dengan ${pemisah(pemisahTunggal).id}: jika berkas memakai pemisah lain, berikan --delimiter`
          : `; the header is a single column when split on ${pemisah(pemisahTunggal).en}: if the file uses another delimiter, pass --delimiter`;
    const data = (b: Bahasa): string =>
      !miripData ? '' : b === 'id' ? '; baris pertama tampak seperti baris data: apakah baris header-nya hilang?' : '; the first line looks like a data row: is the header line missing?';
    return teks(
      `${label}:${baris}: kolom wajib ${bagian.map((p) => p.id).join('; ')}; isi header: ${daftar(header)}${satu('id')}${data('id')}`,
      `${label}:${baris}: missing required column ${bagian.map((p) => p.en).join('; ')}; header is: ${daftar(header)}${satu('en')}${data('en')}`,
    );
  },
  miripKolomOpsional: (label: string, baris: number, sel: Teks, kolom: string, diterima: readonly string[], akibat: Teks | null): Teks =>
    teks(
      `${label}:${baris}: header memuat ${sel.id}, yang bukan kolom yang dikenal kbk tetapi mirip kolom opsional ${kolom} (diterima: ${daftar(diterima)})${akibat === null ? '' : `; bila dibaca tanpa kolom itu, ${akibat.id}`}. Ganti namanya menjadi ${kolom} jika memang itu isinya, atau ganti dengan nama yang tidak mirip`,
      `${label}:${baris}: the header has ${sel.en}, which is not a column kbk knows but is close to the optional column ${kolom} (accepted: ${daftar(diterima)})${akibat === null ? '' : `; read without it, ${akibat.en}`}. Rename it to ${kolom} if that is what it holds, or rename it to something unlike it`,
    ),
  tanpaKolom: (label: string, kolom: readonly string[], akibat: Teks): Teks =>
    teks(`${label} tidak memiliki kolom ${kolom.join('/')}: ${akibat.id}`, `${label} has no ${kolom.join('/')} column: ${akibat.en}`),
  kolomTidakDipakai: (label: string, sel: readonly Teks[]): Teks =>
    teks(`${label}: kolom yang tidak dipakai kbk: ${daftar(sel.map((s) => s.id))}`, `${label}: ${sel.length === 1 ? 'column' : 'columns'} not used by kbk: ${daftar(sel.map((s) => s.en))}`),
  /** What an absent optional column changes (src/ingest/headers.ts TANPA_KOLOM). */
  akibat: {
    kerjaSama: teks('setiap fasilitas dianggap sudah cukup lama bekerja sama untuk KBK', 'every facility is taken as cooperating long enough for KBK'),
    jaringanData: teks('setiap fasilitas dianggap memiliki jaringan data', 'every facility is taken as having a data network'),
    status: teks('setiap peserta dianggap aktif', 'every participant is taken as active'),
    tacc: teks('tidak ada rujukan yang dapat dikenali sebagai TACC', 'no referral can be recognised as TACC'),
    tglPeriksa: teks('setiap pengukuran dianggap dilakukan dalam bulan ini', 'every measurement is taken as of the month'),
    gdp: teks('tidak ada peserta DM yang dapat dihitung terkendali', 'no DM participant can count as controlled'),
    tensi: teks('tidak ada peserta HT yang dapat dihitung terkendali', 'no HT participant can count as controlled'),
  },

  // A row's shape (RowError: the row goes to the rejects).
  barisTakTerbaca: (sebab: string): Teks => teks(`baris ini tidak dapat dibaca sebagai CSV: ${sebab}`, `the row is not readable as CSV: ${sebab}`),
  barisKebesaran: (bytes: number, batas: number, pratinjau: number): Teks =>
    teks(
      `baris ini berukuran ${n(bytes)} byte, melebihi --max-row-bytes ${n(batas)}; tidak dibaca (isi memuat ${n(pratinjau)} byte pertamanya)`,
      `the row has ${angka(bytes, 'en')} bytes, more than --max-row-bytes ${angka(batas, 'en')}; not read (isi holds its first ${pratinjau} bytes)`,
    ),
  nilaiBerlebih: (nilai: number, kolom: number, pertama: number | null, delim: string): Teks =>
    teks(
      `baris ini memiliki ${n(nilai)} nilai, padahal header memiliki ${n(kolom)} kolom${pertama === null ? '' : ` (dan baris pertama ${n(pertama)})`}; kemungkinan ada nilai yang memuat ${pemisah(delim).id} tanpa tanda kutip`,
      `the row has ${nilai} values but the header has ${kolom} columns${pertama === null ? '' : ` (and the first row ${pertama})`}; a value probably contains an unquoted ${pemisah(delim).en}`,
    ),
  nilaiTerlaluPanjang: (bytes: number, batas: number): Teks =>
    teks(`nilai ini berukuran ${n(bytes)} byte, melebihi --max-field-bytes ${n(batas)}`, `the value has ${angka(bytes, 'en')} bytes, more than --max-field-bytes ${angka(batas, 'en')}`),
  kurangNilai: (nilai: number, kolom: number, hilang: string, pemisahLain: string | null): Teks =>
    teks(
      `baris ini memiliki ${n(nilai)} nilai, padahal header memiliki ${n(kolom)} kolom: ${hilang} dan kolom-kolom sesudahnya tidak ada${pemisahLain === null ? '' : `; tampaknya baris ini memakai ${pemisah(pemisahLain).id} sebagai pemisah, tidak seperti header`}`,
      `the row has ${nilai} value${nilai === 1 ? '' : 's'} but the header has ${kolom} columns: ${hilang} and what follows are missing${pemisahLain === null ? '' : `; it seems to use ${pemisah(pemisahLain).en} as delimiter, unlike the header`}`,
    ),

  // The rejects as a whole (exit 65).
  strictBerhenti: (lokasi: Teks, alasan: Teks): Teks => teks(`${lokasi.id}: ${alasan.id} (--strict berhenti pada baris salah pertama)`, `${lokasi.en}: ${alasan.en} (--strict stops at the first bad row)`),
  /** `persen` and `batas`: percentages with two decimals written with a dot ("50.00"). */
  tolakMelebihi: (file: string, ditolak: number, rows: number, persen: string, batas: string, baris: number, kolom: string, alasan: Teks): Teks =>
    teks(
      `${file}: ${n(ditolak)} dari ${n(rows)} baris ditolak (${desimal(persen, 'id')}%, di atas --max-reject-rate ${desimal(batas, 'id')}%); yang pertama: baris ${n(baris)} kolom ${kolom}: ${alasan.id}`,
      `${file}: ${ditolak} of ${rows} rows rejected (${persen}%, above --max-reject-rate ${batas}%); first: line ${baris} column ${kolom}: ${alasan.en}`,
    ),
  /** Rejected records that hold many lines (line ends changing style part-way): the lines lost, not the records, against the threshold. */
  tolakMelebihiBaris: (file: string, ditolak: number, hilang: number, semua: number, persen: string, bytes: number, bytesFile: number, batas: string, baris: number, kolom: string, alasan: Teks): Teks =>
    teks(
      `${file}: ${n(ditolak)} baris data yang ditolak memuat ${n(hilang)} dari ${n(semua)} baris teks berkas (${desimal(persen, 'id')}%, di atas --max-reject-rate ${desimal(batas, 'id')}%) dan ${n(bytes)} dari ${n(bytesFile)} bytenya; akhir baris yang berganti gaya di tengah berkas (baris berakhiran CR saja dalam berkas LF) membuat satu baris data memuat sisa berkas; yang pertama: baris ${n(baris)} kolom ${kolom}: ${alasan.id}`,
      `${file}: ${angka(ditolak, 'en')} rejected ${ditolak === 1 ? 'row holds' : 'rows hold'} ${angka(hilang, 'en')} of the file's ${angka(semua, 'en')} lines (${persen}%, above --max-reject-rate ${batas}%) and ${angka(bytes, 'en')} of its ${angka(bytesFile, 'en')} bytes; line ends that change style part-way (CR-only lines in an LF file) make one row of the rest of the file; first: line ${baris} column ${kolom}: ${alasan.en}`,
    ),

  // Dates (src/ingest/dates.ts).
  /** yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy: the formats a file may be guessed to be in. */
  formatTebakan: teks('yyyy-mm-dd, dd-mm-yyyy atau dd/mm/yyyy', 'yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy'),
  /** Where the file's date format came from: --date-format, or the line it was guessed from. */
  asalFormat: (tebakan: { line: number; value: string } | null): Teks =>
    tebakan === null ? teks('ditetapkan oleh --date-format', 'set by --date-format') : teks(`ditebak dari baris ${n(tebakan.line)} "${tebakan.value}"`, `guessed from line ${tebakan.line} "${tebakan.value}"`),
  bukanTanggal: (kolom: string, v: string, format: string | null, serial: string | null): Teks => {
    const harap = format === null ? PESAN_INGEST.formatTebakan : teks(format, format);
    return teks(
      `${kolom} "${v}" bukan tanggal (yang diharapkan ${harap.id})${serial === null ? '' : `; tampaknya ini nomor seri tanggal Excel (${v} berarti ${serial}): format kolomnya sebagai tanggal sebelum mengekspor`}`,
      `${kolom} "${v}" is not a date (expected ${harap.en})${serial === null ? '' : `; it looks like an Excel date serial number (${v} would be ${serial}): format the column as a date before exporting`}`,
    );
  },
  formatLain: (kolom: string, v: string, format: string, asal: Teks): Teks =>
    teks(
      `${kolom} "${v}" tidak dalam format tanggal berkas ini, ${format} (${asal.id}); satu berkas dibaca dalam satu format`,
      `${kolom} "${v}" is not in this file's date format ${format} (${asal.en}); a file is read in one format`,
    ),
  tidakAdaBulan: (m: number): Teks => teks(`tidak ada bulan ${m}`, `there is no month ${m}`),
  jumlahHari: (bulan: string, hari: number, d: number): Teks => teks(`${bulan} hanya memiliki ${hari} hari, bukan ${d}`, `${bulan} has ${hari} days, not ${d}`),
  /** `lawan`: the other day/month order, when the value is a date read that way. */
  bukanTanggalNyata: (kolom: string, v: string, format: string, sebab: Teks, lawan: string | null): Teks =>
    teks(
      `${kolom} "${v}" bukan tanggal yang sah dalam format ${format}: ${sebab.id}${lawan === null ? '' : `; dalam format ${lawan} tanggal ini sah: jika berkas memang ditulis begitu, berikan --date-format ${lawan}`}`,
      `${kolom} "${v}" is not a real date as ${format}: ${sebab.en}${lawan === null ? '' : `; it would be a ${lawan} date: if the file is written that way, pass --date-format ${lawan}`}`,
    ),
  tanggalAmbigu: (kolom: string, v: string, format: string, asal: Teks, tanggal: string, bulan: string, lawan: string, tanggalLawan: string): Teks =>
    teks(
      `${kolom} "${v}" ambigu: dalam format ${format} (${asal.id}) tanggalnya ${tanggal}, di luar ${bulan}; dalam format ${lawan} tanggalnya ${tanggalLawan}, di dalam bulan itu. Mungkin Excel menukar hari dan bulannya; tidak dihitung`,
      `${kolom} "${v}" is ambiguous: as ${format} (${asal.en}) it is ${tanggal}, outside ${bulan}; as ${lawan} it is ${tanggalLawan}, inside. Excel may have swapped its day and month; not counted`,
    ),
  tanggalBerkasAmbigu: (label: string, format: string, asal: Teks, baris: number, nilai: string, lawan: string): Teks =>
    teks(
      `${label}: tanggalnya ambigu: dibaca dalam format ${format} (${asal.id}), tetapi baris ${n(baris)} "${nilai}" hanya cocok dengan ${lawan} dan tidak ada baris yang hanya cocok dengan ${format}; ekspor ulang tanggalnya sebagai yyyy-mm-dd, atau berikan --date-format ${lawan} jika berkas memang ditulis begitu`,
      `${label}: dates are ambiguous: read as ${format} (${asal.en}), but line ${baris} "${nilai}" fits only ${lawan} and no line fits only ${format}; re-export the dates as yyyy-mm-dd, or pass --date-format ${lawan} if the file is written that way`,
    ),
  bukanTanggalLain: (kolom: string, v: string): Teks =>
    teks(
      `${kolom} "${v}" bukan tanggal (yang diharapkan yyyy-mm-dd atau dd/mm/yyyy; jam sesudahnya diabaikan)`,
      `${kolom} "${v}" is not a date (expected yyyy-mm-dd or dd/mm/yyyy, a time after it is ignored)`,
    ),

  // Rows set aside (src/ingest/bulan/berkas.ts): listed in the rejects in the run's language, not counted.
  disisihkanLuarBulan: (kolom: string, v: string, bulan: string): Teks =>
    teks(
      `${kolom} "${v}" di luar ${bulan}; disisihkan, tidak dihitung (lihat catatan)`,
      `${kolom} "${v}" is outside ${bulan}; set aside, not counted (see catatan)`,
    ),
  disisihkanTerlambat: (v: string, batas: string, bulan: string): Teks =>
    teks(
      `tgl_entri "${v}" sesudah batas entri ${batas} untuk ${bulan}; disisihkan, tidak dihitung (lihat catatan)`,
      `tgl_entri "${v}" is after the entry deadline ${batas} of ${bulan}; set aside, not counted (see catatan)`,
    ),

  // Values (src/ingest/values.ts).
  kosong: (kolom: string): Teks => teks(`${kolom} kosong; nilainya wajib diisi`, `${kolom} is empty; a value is required`),
  kartuNolHilang: (v: string): Teks =>
    teks(
      `no_kartu "${v}" hanya ${n(v.length)} digit, bukan 13: angka nol di depannya kemungkinan hilang (Excel menyimpan kolom itu sebagai angka); kbk tidak menambahkannya, ekspor kolom itu sebagai teks`,
      `no_kartu "${v}" has ${v.length} digits, not 13: its leading zeros were probably lost (Excel stores the column as a number); kbk does not pad it, export the column as text`,
    ),
  kartuNotasiIlmiah: (v: string): Teks =>
    teks(
      `no_kartu "${v}" dalam notasi ilmiah: Excel mengubah nomor kartu menjadi angka dan digitnya hilang; ekspor kolom itu sebagai teks`,
      `no_kartu "${v}" is in scientific notation: Excel turned the card number into a number and its digits are lost; export the column as text`,
    ),
  bukanKartu: (v: string): Teks => teks(`no_kartu "${v}" bukan nomor kartu 13 digit`, `no_kartu "${v}" is not a 13-digit card number`),
  bukanYaTidak: (kolom: string, v: string): Teks =>
    teks(`${kolom} "${v}" bukan nilai ya/tidak (yang diharapkan 1/0, Y/N, true/false)`, `${kolom} "${v}" is not a yes/no value (expected 1/0, Y/N, true/false)`),
  rupiahNegatif: (kolom: string, v: string): Teks =>
    teks(`${kolom} "${v}" negatif; tarif adalah jumlah Rupiah bulat yang tidak negatif`, `${kolom} "${v}" is negative; a tariff is a whole, non-negative Rupiah amount`),
  bukanRupiahBulat: (kolom: string, v: string): Teks =>
    teks(
      `${kolom} "${v}" bukan jumlah Rupiah bulat; tarif ditulis dalam Rupiah bulat (yang diharapkan mis. 10000 atau 10.000)`,
      `${kolom} "${v}" is not a whole Rupiah amount; tariffs are whole Rupiah (expected e.g. 10000 or 10.000)`,
    ),
  bukanRupiah: (kolom: string, v: string): Teks =>
    teks(`${kolom} "${v}" bukan jumlah Rupiah (yang diharapkan mis. 10000 atau 10.000)`, `${kolom} "${v}" is not a Rupiah amount (expected e.g. 10000 or 10.000)`),
  bukanAngka: (kolom: string, v: string): Teks => teks(`${kolom} "${v}" bukan angka (yang diharapkan mis. 126 atau 6,8)`, `${kolom} "${v}" is not a number (expected e.g. 126 or 6,8)`),
  bukanUkuran: (kolom: string, v: string): Teks =>
    teks(
      `${kolom} "${v}" memiliki lebih dari enam angka desimal atau terlalu besar untuk sebuah hasil pengukuran`,
      `${kolom} "${v}" has more than six decimals or is too large to be a measurement`,
    ),
  jenisFktpTidakDikenal: (kolom: string, v: string, jenis: readonly string[]): Teks =>
    teks(
      `${kolom} "${v}" bukan jenis fasilitas yang dikenal (yang diharapkan ${daftar(jenis)} atau ejaan BPJS seperti KLINIK PRATAMA)`,
      `${kolom} "${v}" is not a known facility type (expected ${daftar(jenis)} or a BPJS spelling such as KLINIK PRATAMA)`,
    ),
  bukanIcd: (kolom: string, v: string): Teks =>
    teks(
      `${kolom} "${v}" bukan kode ICD-10 (yang diharapkan satu huruf, dua angka dan paling banyak dua angka lagi, mis. K29 atau K29.7)`,
      `${kolom} "${v}" is not an ICD-10 code (expected a letter, two digits and at most two more, e.g. K29 or K29.7)`,
    ),

  // The facility master and diagnosa.csv (src/ingest/master.ts).
  tanpaFasilitas: (label: string): Teks =>
    teks(`${label}: tidak ada baris fasilitas yang dapat dipakai; yang diharapkan paling sedikit satu`, `${label}: no usable facility row; expected at least one`),
  fasilitasGanda: (kode: string): Teks => teks(`kode_ppk "${kode}" muncul dua kali di master fasilitas`, `kode_ppk "${kode}" appears twice in the facility master`),
  tarifKosong: teks('tarif_kapitasi kosong; jumlah Rupiah bulat wajib diisi', 'tarif_kapitasi is empty; a whole Rupiah amount is required'),
  tarifNol: teks(
    'tarif_kapitasi 0; fasilitas dibayar dengan tarif positif per peserta (0 berarti fasilitas dibayar Rp 0)',
    'tarif_kapitasi is 0; a facility is paid a positive tariff per participant (0 would pay it Rp 0)',
  ),
  diagnosaBertentangan: (lokasi: Teks, kode: string, tanda: number, tandaLain: number, barisLain: number): Teks =>
    teks(
      `${lokasi.id}: kode_diagnosa ${kode} bernilai non_spesialistik=${tanda} di sini tetapi ${tandaLain} di baris ${n(barisLain)}; satu kode hanya boleh satu nilai`,
      `${lokasi.en}: kode_diagnosa ${kode} is non_spesialistik=${tanda} here but ${tandaLain} on line ${barisLain}; one code needs one flag`,
    ),

  // A month's exports (src/ingest/bulan.ts).
  bulanTidakAda: (folder: string, files: readonly string[], mirip: readonly string[] = []): Teks =>
    teks(
      `${folder}: folder bulan tidak ada; yang diharapkan ${daftar(files)} di dalamnya${miripId(mirip, folder)}`,
      `${folder}: month folder is missing; expected ${daftar(files)} inside it${miripEn(mirip, folder)}`,
    ),
  fasilitasDitolak: (kode: string): Teks => teks(`kode_ppk "${kode}": barisnya di fktp.csv ditolak (lihat penolakan)`, `kode_ppk "${kode}": its fktp.csv row was rejected (see the rejects)`),
  /** `tanpaNol`: the master's code this one may be, its leading zeros lost. */
  fasilitasTidakDikenal: (kode: string, tanpaNol: string | null): Teks =>
    teks(
      `kode_ppk "${kode}" tidak ada di fktp.csv${tanpaNol === null ? '' : `; fktp.csv memuat "${tanpaNol}": apakah angka nol di depannya hilang (Excel)?`}`,
      `kode_ppk "${kode}" is not in fktp.csv${tanpaNol === null ? '' : `; fktp.csv has "${tanpaNol}": were its leading zeros lost (Excel)?`}`,
    ),
  statusTidakDikenal: (v: string): Teks => teks(`status "${v}" bukan aktif atau tidak aktif`, `status "${v}" is not aktif or tidak aktif`),
  kartuDuaFasilitas: (kode: readonly (string | undefined)[]): Teks =>
    teks(
      `no_kartu aktif di dua fasilitas dalam bulan ini (${kode.join(' dan ')}); tidak satu pun pendaftarannya dihitung`,
      `no_kartu is active at two facilities in the month (${kode.join(' and ')}); none of its registrations is counted`,
    ),
  /** A no_rujukan on two or more rows with other content (src/ingest/duplikat.ts): `baris` a line of other content, `beda` "kode_diagnosa J06 vs K29". */
  rujukanKonflik: (no: string, baris: number, fasilitasLain: boolean, beda: string): Teks =>
    teks(
      `no_rujukan ${no} juga di baris ${n(baris)} ${fasilitasLain ? 'di fasilitas lain' : 'dengan isi lain'} (${beda}); tidak satu pun barisnya dihitung`,
      `no_rujukan ${no} also on line ${baris} ${fasilitasLain ? 'at another facility' : 'with other content'} (${beda}); none of its rows is counted`,
    ),
  /** The month's conflicting no_rujukan, said once as a warning (--quiet keeps it): how many, the first with its lines, the facilities that lose them. */
  rujukanKonflikFile: (file: string, nomor: number, baris: number, pertama: string, barisPertama: readonly number[], fasilitas: readonly string[]): Teks =>
    teks(
      `${file}: ${n(nomor)} no_rujukan ada pada baris dengan isi berbeda (pertama ${pertama}, baris ${barisPertama.map(n).join(', ')}); ${n(baris)} barisnya ditolak, tidak satu pun dihitung (fasilitas: ${daftar(fasilitas)}); lihat penolakan`,
      `${file}: ${nomor} no_rujukan on rows with other content (first ${pertama}, lines ${barisPertama.join(', ')}); their ${baris} rows are rejected, none counted (facilities: ${daftar(fasilitas)}); see the rejects`,
    ),
  bukanDmHt: (v: string): Teks =>
    teks(`diagnosa "${v}" bukan DM maupun HT (yang diharapkan DM, HT, atau kdKelompok 01/02)`, `diagnosa "${v}" is neither DM nor HT (expected DM, HT, or kdKelompok 01/02)`),
  /** `kode`: the TACC codes as the vocabulary lists them ("1 Time, 2 Age, …", src/core/kosakata.ts). */
  bukanTacc: (v: string, kode: string): Teks =>
    teks(
      `kd_tacc "${v}" bukan kode TACC (yang diharapkan -1, 0 atau kosong bila tidak ada, ${kode})`,
      `kd_tacc "${v}" is not a TACC code (expected -1, 0 or empty for none, ${kode})`,
    ),
  tanpaNonSpesialistik: (lokasi: Teks, kode: string): Teks =>
    teks(
      `${lokasi.id}: rujukan ini tidak memiliki nilai non_spesialistik dan folder data tidak memiliki diagnosa.csv untuk mencari kode_diagnosa "${kode}"; kbk tidak menebak. Tambahkan kolom itu atau diagnosa.csv`,
      `${lokasi.en}: the referral has no non_spesialistik value and the data folder has no diagnosa.csv to look up kode_diagnosa "${kode}"; kbk does not guess. Add the column or diagnosa.csv`,
    ),
  tensiSeparuh: (kolom: string): Teks =>
    teks(`${kolom} kosong; tekanan darah memerlukan sistole dan diastole`, `${kolom} is empty; a blood pressure needs both sistole and diastole`),

  // What a measurement can be (issue 15; the ranges are the rule set's klinis.wajar). `rentang` as the rule set writes it ("20–600").
  diLuarWajar: (kolom: string, v: string, rentang: string, satuan: string, petunjuk: 'mmol' | 'mg' | null): Teks =>
    teks(
      `${kolom} "${v}" di luar rentang wajar ${rentangId(rentang)} ${satuan}${petunjuk === 'mmol' ? '; sebagai mmol/L nilainya wajar: bila berkasnya dalam mmol/L, berikan --gdp-satuan mmol' : ''}`,
      `${kolom} "${v}" is outside the plausible range ${rentang} ${satuan}${petunjuk === 'mmol' ? '; as mmol/L it would be plausible: if the file is in mmol/L, pass --gdp-satuan mmol' : ''}`,
    ),
  /** --gdp-satuan mmol: the value converted is outside the range. */
  mmolDiLuarWajar: (kolom: string, v: string, faktor: string, mg: string, rentang: string, petunjuk: boolean): Teks =>
    teks(
      `${kolom} "${v}" mmol/L (× ${desimal(faktor, 'id')} = ${desimal(mg, 'id')} mg/dL) di luar rentang wajar ${rentangId(rentang)} mg/dL${petunjuk ? '; sebagai mg/dL nilainya wajar: bila berkasnya dalam mg/dL, jangan berikan --gdp-satuan mmol' : ''}`,
      `${kolom} "${v}" mmol/L (× ${faktor} = ${mg} mg/dL) is outside the plausible range ${rentang} mg/dL${petunjuk ? '; as mg/dL it would be plausible: if the file is in mg/dL, drop --gdp-satuan mmol' : ''}`,
    ),
  mmolTidakEksak: (kolom: string, v: string, faktor: string): Teks =>
    teks(
      `${kolom} "${v}" mmol/L × ${desimal(faktor, 'id')} memerlukan lebih dari enam angka desimal dalam mg/dL; alat ukur memberi paling banyak satu desimal dalam mmol/L`,
      `${kolom} "${v}" mmol/L × ${faktor} needs more than six decimals in mg/dL; a meter gives at most one decimal in mmol/L`,
    ),
  sistoleTidakDiAtas: (sis: string, dia: string): Teks =>
    teks(
      `sistole "${sis}" tidak di atas diastole "${dia}": tekanan sistolik selalu yang lebih tinggi; apakah kolomnya tertukar?`,
      `sistole "${sis}" is not above diastole "${dia}": the systolic pressure is always the higher; are the columns swapped?`,
    ),
  /** A whole file (exit 65): GDP in the other unit, blood pressures swapped. */
  tampakMmol: (label: string, n: number, total: number, min: string, faktor: string): Teks =>
    teks(
      `${label}: gdp tampak dalam mmol/L (${angka(n, 'id')} dari ${angka(total, 'id')} nilai di bawah ${desimal(min, 'id')} mg/dL dan wajar setelah dikali ${desimal(faktor, 'id')}); ekspor dalam mg/dL, atau berikan --gdp-satuan mmol untuk mengonversinya`,
      `${label}: gdp looks like mmol/L (${n} of ${total} values are below ${min} mg/dL and plausible once multiplied by ${faktor}); export in mg/dL, or pass --gdp-satuan mmol to convert`,
    ),
  tampakMg: (label: string, n: number, total: number, max: string, faktor: string): Teks =>
    teks(
      `${label}: gdp tampak dalam mg/dL, bukan mmol/L seperti kata --gdp-satuan mmol (${angka(n, 'id')} dari ${angka(total, 'id')} nilai wajar apa adanya dan di atas ${desimal(max, 'id')} mg/dL setelah dikali ${desimal(faktor, 'id')}); jalankan tanpa --gdp-satuan mmol`,
      `${label}: gdp looks like mg/dL, not mmol/L as --gdp-satuan mmol says (${n} of ${total} values are plausible as written and above ${max} mg/dL once multiplied by ${faktor}); run without --gdp-satuan mmol`,
    ),
  tensiTertukar: (label: string, n: number, total: number): Teks =>
    teks(
      `${label}: sistole dan diastole tampak tertukar (${angka(n, 'id')} dari ${angka(total, 'id')} tekanan darah memiliki sistole yang tidak di atas diastole); periksa urutan kolom ekspornya`,
      `${label}: sistole and diastole look swapped (${n} of ${total} blood pressures have sistole not above diastole); check the export's column order`,
    ),

  // A branch's summary workbook or CSV (src/ingest/ringkasan.ts).
  bulanTanpaTahun: (kolom: string, v: string): Teks => teks(`${kolom} "${v}" tidak menyebut tahun`, `${kolom} "${v}" has no year`),
  jumlahAmbigu: (kolom: string, v: string): Teks =>
    teks(
      `${kolom} "${v}" ambigu: koma ribuan (en-US) atau koma desimal (id-ID)? Tulis jumlahnya tanpa pemisah atau dengan titik (1.234)`,
      `${kolom} "${v}" is ambiguous: a thousands comma (en-US) or a decimal comma (id-ID)? Write the count without separators or with dots (1.234)`,
    ),
  jumlahNegatif: (kolom: string, v: string): Teks => teks(`${kolom} "${v}" negatif; jumlah adalah bilangan bulat ≥ 0`, `${kolom} "${v}" is negative; a count is a whole number ≥ 0`),
  bukanJumlah: (kolom: string, v: string): Teks =>
    teks(`${kolom} "${v}" bukan jumlah (yang diharapkan bilangan bulat seperti 1234 atau 1.234)`, `${kolom} "${v}" is not a count (expected a whole number such as 1234 or 1.234)`),
  kodePpkTidakDikenal: (kode: string): Teks =>
    teks(
      `Kode PPK "${kode}" tidak ada di fktp.csv; master fasilitas itulah yang memberi tarif dan jenis setiap fasilitas`,
      `Kode PPK "${kode}" is not in fktp.csv; the facility master gives each facility's tariff and type`,
    ),
  tipeBerbeda: (lokasi: Teks, tipe: string, jenis: string, kode: string): Teks =>
    teks(`${lokasi.id}: "${tipe}" tetapi menurut fktp.csv ${kode} adalah ${jenis}; yang dipakai fktp.csv`, `${lokasi.en}: "${tipe}" but fktp.csv says ${jenis} for ${kode}; fktp.csv is used`),
  jumlahTidakCocok: (kolom: string, nilai: number, kolomDari: string, nilaiDari: number): Teks =>
    teks(
      `${kolom} ${n(nilai)} lebih besar daripada ${kolomDari} ${n(nilaiDari)}: kedua jumlah itu tidak mungkin sama-sama benar`,
      `${kolom} ${nilai} is more than ${kolomDari} ${nilaiDari}: the counts cannot both be right`,
    ),
  bukanTercapai: (lokasi: Teks, v: string): Teks =>
    teks(`${lokasi.id}: "${v}" bukan Tercapai maupun Tidak Tercapai; tidak dicocokkan`, `${lokasi.en}: "${v}" is neither Tercapai nor Tidak Tercapai; not cross-checked`),
  bukanAngkaSaja: (kolom: string, v: string): Teks => teks(`${kolom} "${v}" bukan angka`, `${kolom} "${v}" is not a number`),
  fasilitasDuaKali: (kode: string, bulan: string, label: string, baris: number): Teks =>
    teks(
      `Kode PPK "${kode}" sudah ada di ${bulan} (${label} baris ${n(baris)}); satu fasilitas hanya satu baris per bulan`,
      `Kode PPK "${kode}" is already in ${bulan} (${label} row ${baris}); a facility has one row a month`,
    ),
  tanpaBulanFasilitas: (file: string): Teks => teks(`${file}: tidak ditemukan bulan yang berisi baris fasilitas`, `${file}: no month with facility rows was found`),
  csvTanpaBulanKapitasi: (label: string): Teks =>
    teks(
      `${label}:1: CSV ringkasan memerlukan kolom Bulan Kapitasi (bulan tiap baris; workbook dapat menamai bulannya lewat nama sheet)`,
      `${label}:1: a summary CSV needs the column Bulan Kapitasi (the month of each row; a workbook can name its months by sheet instead)`,
    ),
  rumusTanpaNilai: (label: string, sel: string): Teks =>
    teks(
      `${label} sel ${sel}: rumus tanpa nilai tersimpan; buka workbook di Excel lalu simpan, agar nilainya tersimpan`,
      `${label} cell ${sel}: a formula without a saved value; open the workbook in Excel and save it, so its values are stored`,
    ),
  xlsxTidakDitemukan: (path: string): Teks => teks(`${path}: berkas tidak ditemukan`, `${path}: file not found`),
  /** --summary workbook over an input-safety limit (src/ingest/xlsx-batas.ts). `nilai`: what was found, when known. */
  xlsxBatas: (lokasi: string, apa: Teks, nilai: string | number | undefined, batas: string | number): Teks => {
    const f = (v: string | number, b: 'id' | 'en'): string => (typeof v === 'number' ? angka(v, b) : v);
    const ada = (b: 'id' | 'en'): string => (nilai === undefined ? '' : ` ${f(nilai, b)}`);
    return teks(
      `${lokasi}: ${apa.id}${ada('id')} melewati batas ${f(batas, 'id')} untuk workbook --summary (batas keamanan masukan, bukan aturan KBK); workbook tidak dibaca`,
      `${lokasi}: ${apa.en}${ada('en')} over the limit of ${f(batas, 'en')} for a --summary workbook (an input-safety limit, not a KBK rule); the workbook is not read`,
    );
  },
  xlsxUkuranBerkas: teks('ukuran berkas', 'file size'),
  xlsxJumlahEntri: teks('jumlah entri zip', 'zip entries'),
  xlsxUkuranTerurai: teks('ukuran setelah diurai', 'uncompressed size'),
  xlsxRasio: teks('rasio kompresi', 'compression ratio'),
  xlsxBaris: teks('baris', 'row'),
  xlsxKolom: teks('kolom', 'column'),
  xlsxSel: teks('jumlah sel', 'cells'),
  xlsxDefinisiKolom: teks('definisi kolom', 'column definitions'),
  xlsxJumlahString: teks('jumlah teks bersama (shared strings)', 'shared strings'),
  xlsxPanjangString: teks('panjang satu teks (karakter)', 'length of one text (characters)'),
  xlsxPanjangTag: teks('panjang satu tag XML', 'length of one XML tag'),
  bukanXlsx: (file: string, sebab: string): Teks =>
    teks(
      `${file}: tidak dapat dibaca sebagai workbook .xlsx (${sebab}); simpan sebagai "Excel Workbook (.xlsx)", atau ekspor sheet-sheetnya sebagai CSV`,
      `${file}: not readable as an .xlsx workbook (${sebab}); save it as "Excel Workbook (.xlsx)", or export the sheets as CSV`,
    ),
  sheetTanpaHeader: (label: string, kolom: readonly string[]): Teks =>
    teks(
      `${label}: tidak ada header dengan ${daftar(kolom)} di 10 baris pertamanya; sheet tidak dibaca`,
      `${label}: no header with ${daftar(kolom)} in its first 10 rows; sheet not read`,
    ),
  bulanLainDiSheet: (bulan: string, bulanSheet: string): Teks =>
    teks(`Bulan Kapitasi ${bulan} berbeda dari bulan sheet ini, ${bulanSheet}; satu sheet satu bulan`, `Bulan Kapitasi ${bulan} differs from this sheet's ${bulanSheet}; one sheet is one month`),
  bulanSheetTidakDiketahui: (label: string, baris: number, nama: string, bulanTanpaTahun: boolean): Teks =>
    teks(
      `${label}:${baris}: bulan sheet ini tidak diketahui: namanya "${nama}" bukan bulan${bulanTanpaTahun ? ' dengan tahun yang dapat ditentukan kbk' : ''} dan Bulan Kapitasi kosong; ganti nama sheet (mis. "Juni 24") atau isi Bulan Kapitasi`,
      `${label}:${baris}: the month of this sheet is unknown: its name "${nama}" is not a month${bulanTanpaTahun ? ' with a year kbk can tell' : ''} and Bulan Kapitasi is empty; rename the sheet (e.g. "Juni 24") or fill Bulan Kapitasi`,
    ),
  namaSheetBerbeda: (label: string, menurutNama: string, menurutSel: string): Teks =>
    teks(
      `${label}: nama sheet menyebut ${menurutNama} tetapi sel Bulan Kapitasi-nya menyebut ${menurutSel}; dibaca sebagai ${menurutSel}`,
      `${label}: the sheet's name says ${menurutNama} but its Bulan Kapitasi cells say ${menurutSel}; read as ${menurutSel}`,
    ),
  bulanDiDuaSheet: (file: string, bulan: string, a: string, b: string): Teks =>
    teks(`${file}: bulan ${bulan} ada di dua sheet, "${a}" dan "${b}"; apakah salah satunya salah label?`, `${file}: month ${bulan} is in two sheets, "${a}" and "${b}"; is one of them mislabelled?`),

  // kbk's own reports read back (src/ingest/laporan.ts: gabung, the signals' history, check): exit 65.
  laporanBukanBerkasBiasa: (path: string, macam: string): Teks =>
    teks(`${path}: bukan berkas biasa (${macam}); kbk membaca laporannya hanya dari berkas biasa`, `${path}: not a regular file (${macam}); kbk reads its reports from regular files only`),
  laporanBukanUtf8: (path: string, baris: number): Teks =>
    teks(`${path}:${baris}: bukan UTF-8; kbk menulis laporannya dalam UTF-8, jadi berkas ini rusak atau bukan laporan kbk`, `${path}:${baris}: not UTF-8; kbk writes its reports in UTF-8, so this file is damaged or not a kbk report`),
  laporanTerlaluBesar: (path: string, bytes: number): Teks =>
    teks(`${path}: ${n(bytes)} byte, terlalu besar untuk dibaca kembali sebagai laporan kbk`, `${path}: ${angka(bytes, 'en')} bytes, too large to read back as a kbk report`),
  laporanKosong: (path: string): Teks =>
    teks(`${path}:1: berkas kosong; laporan kbk selalu memiliki baris header`, `${path}:1: the file is empty; a kbk report always has its header line`),
  laporanTerpotong: (path: string, baris: number): Teks =>
    teks(
      `${path}:${baris}: berkas berakhir di tengah baris ${n(baris)}: laporan ini terpotong (setiap baris yang ditulis kbk diakhiri pergantian baris)`,
      `${path}:${baris}: the file ends in the middle of line ${baris}: this report was cut short (every line kbk writes ends with a line break)`,
    ),
  laporanKutipPembuka: teks('tanda kutip di tengah nilai', 'a quote in the middle of a value'),
  laporanKutipPenutup: teks('ada teks sesudah tanda kutip penutup', 'text after a closing quote'),
  laporanKutipTerbuka: teks('nilai berkutip yang dibuka di baris ini tidak pernah ditutup', 'a quoted value opened on this line is never closed'),
  laporanCsvLain: (kode: string, pesan: string): Teks => teks(`${kode}: ${pesan}`, `${kode}: ${pesan}`),
  laporanCsvRusak: (path: string, baris: number, alasan: Teks): Teks =>
    teks(`${path}:${baris}: bukan CSV seperti yang ditulis kbk: ${alasan.id}`, `${path}:${baris}: not CSV as kbk writes it: ${alasan.en}`),
  laporanJumlahKolom: (path: string, baris: number, header: number, ada: number): Teks =>
    teks(
      `${path}:${baris}: ${n(ada)} nilai, padahal header-nya ${n(header)} kolom; laporan ini rusak atau dipotong`,
      `${path}:${baris}: ${ada} value${ada === 1 ? '' : 's'} where the header has ${header} columns; this report is damaged or cut`,
    ),
  laporanHeaderAsing: (path: string, jenis: string, awal: string): Teks =>
    teks(`${path}:1: bukan header laporan ${jenis} kbk (${awal}…)`, `${path}:1: not the header of a kbk ${jenis} report (${awal}…)`),
  laporanHeaderLama: (path: string, jenis: string): Teks =>
    teks(
      `${path}:1: laporan ${jenis} ini ditulis kbk versi lama (tanpa kolom kode); jalankan ulang bulan itu dengan kbk ini agar semua berkas yang digabung sama bentuknya`,
      `${path}:1: this ${jenis} report was written by an older kbk (no kode column); run that month again with this kbk so that every file merged has the same columns`,
    ),
  laporanTanpaBaris: (path: string, jenis: string): Teks =>
    teks(
      `${path}:2: hanya header, tanpa baris; kbk selalu menulis laporan ${jenis} dengan barisnya, jadi proses yang membuatnya gagal atau berkasnya terpotong`,
      `${path}:2: a header and no rows; kbk always writes a ${jenis} report with its rows, so the run that made it failed or the file was cut`,
    ),
  laporanNilaiKosong: (path: string, baris: number, kolom: string): Teks =>
    teks(`${path}:${baris} kolom ${kolom}: kosong, padahal kbk selalu mengisinya`, `${path}:${baris} column ${kolom}: empty, though kbk always fills it`),
  laporanBukanAngka: (path: string, baris: number, kolom: string, v: string, isi: 'cacah' | 'bulat' | 'bilangan'): Teks => {
    const harus = {
      cacah: teks('bilangan bulat 0 atau lebih (jumlah atau Rupiah bulat)', 'a whole number, 0 or more (a count or whole Rupiah)'),
      bulat: teks('bilangan bulat', 'a whole number'),
      bilangan: teks('angka', 'a number'),
    }[isi];
    return teks(`${path}:${baris} kolom ${kolom}: "${v}" bukan ${harus.id}`, `${path}:${baris} column ${kolom}: "${v}" is not ${harus.en}`);
  },
};

/**
 * The kinds of reject (RowError.jenis, the summaries' keys) as Indonesian words for the
 * summaries people read; the keys stay English in --json. In the rejects file each kind
 * is its kode (src/ingest/kode-tolak.ts).
 */
const JENIS_TOLAK: Record<string, string> = {
  'ambiguous count': 'jumlah ambigu',
  'ambiguous date': 'tanggal ambigu',
  'card at two facilities': 'kartu aktif di dua fasilitas',
  'conflicting duplicate': 'rujukan ganda berbeda isi',
  'counts do not fit': 'jumlah tidak masuk akal',
  'duplicate facility': 'fasilitas ganda',
  empty: 'kosong',
  'entered after the deadline': 'dientri setelah batas entri',
  'facility rejected': 'fasilitas ditolak',
  'facility twice': 'fasilitas dua kali',
  'half a blood pressure': 'tekanan darah tidak lengkap',
  'implausible value': 'nilai tidak wajar',
  'leading zeros lost': 'nol di depan hilang',
  'month without a year': 'bulan tanpa tahun',
  'negative amount': 'nilai uang negatif',
  'negative count': 'jumlah negatif',
  'not a 13-digit card': 'bukan kartu 13 digit',
  'not a count': 'bukan jumlah',
  'not a date': 'bukan tanggal',
  'not a measurement': 'bukan hasil ukur',
  'not a number': 'bukan angka',
  'not a TACC code': 'bukan kode TACC',
  'not CSV': 'bukan CSV',
  'not an amount': 'bukan nilai uang',
  'not an ICD-10 code': 'bukan kode ICD-10',
  'not DM or HT': 'bukan DM atau HT',
  'not whole Rupiah': 'bukan Rupiah bulat',
  'not yes/no': 'bukan ya/tidak',
  'other date format': 'format tanggal lain',
  'other month': 'bulan lain',
  'outside the month': 'di luar bulan',
  'row too long': 'baris terlalu panjang',
  'scientific notation': 'notasi ilmiah',
  'sistole not above diastole': 'sistole tidak di atas diastole',
  'too few values': 'nilai kurang',
  'too many values': 'nilai berlebih',
  'unknown facility': 'fasilitas tidak dikenal',
  'unknown facility type': 'jenis fasilitas tidak dikenal',
  'unknown status': 'status tidak dikenal',
  'value too long': 'nilai terlalu panjang',
  'zero tariff': 'tarif nol',
};

/** A rejects summary key ("tgl_kontak: outside the month") for people: the column as it is, the kind in the language. */
export function alasanTolak(kunci: string, b: Bahasa): string {
  if (b === 'en') return kunci;
  const i = kunci.indexOf(': ');
  const [kolom, jenis] = i < 0 ? ['', kunci] : [kunci.slice(0, i + 2), kunci.slice(i + 2)];
  return kolom + (JENIS_TOLAK[jenis] ?? jenis);
}
