// The command line's own words (src/cli): usage errors, what a run wrote, the summaries on
// stderr, check and rules. Part of the one catalog (src/pesan/index.ts).
import { angka, desimal, teks, type Bahasa, type Teks } from './index.js';
import { sebabTulis } from './tulis.js';

const daftar = (xs: readonly string[]): string => xs.join(', ');

/** The data-quality counts (catatan's Indonesian "kontak di luar bulan=3") in English words for the English summary line. */
const KUALITAS_EN: Record<string, string> = {
  'kontak peserta tidak terdaftar': 'contacts of unregistered participants',
  'kontak di luar bulan': 'contacts outside the month',
  'rujukan duplikat': 'duplicate referrals',
  'rujukan konflik ditolak': 'referrals rejected as conflicting duplicates',
  'rujukan di luar bulan': 'referrals outside the month',
  'prolanis peserta tidak terdaftar': 'Prolanis rows of unregistered participants',
  'pengukuran di luar bulan': 'measurements outside the month',
  'pengukuran tanpa tanggal': 'measurements without a date',
};
const kualitasEn = (item: string): string => {
  const [k, n] = item.split('=');
  return KUALITAS_EN[k ?? ''] !== undefined ? `${KUALITAS_EN[k ?? '']}=${n}` : item;
};

export const PESAN_CLI = {
  galat: teks('galat', 'error'),
  galatInternal: teks('galat internal', 'internal error'),
  peringatan: teks('peringatan', 'warning'),
  lihatBantuan: (perintah: string): Teks => teks(`lihat kbk ${perintah} --help`.replace(/ {2,}/g, ' '), `see kbk ${perintah} --help`.replace(/ {2,}/g, ' ')),

  bukanBulan: (flag: string, v: string): Teks => teks(`${flag} "${v}" bukan bulan; yang diharapkan YYYY-MM, mis. 2024-07`, `${flag} "${v}" is not a month; expected YYYY-MM, e.g. 2024-07`),
  bukanTanggal: (flag: string, v: string): Teks =>
    teks(`${flag} "${v}" bukan tanggal; yang diharapkan YYYY-MM-DD, mis. 2024-06-14`, `${flag} "${v}" is not a date; expected YYYY-MM-DD, e.g. 2024-06-14`),
  /** An option the command does not know, with the nearest one it does (src/cli/main.ts), before commander's required-option check. */
  opsiTidakDikenal: (opsi: string, saran: string | null): Teks =>
    teks(`opsi '${opsi}' tidak dikenal${saran ? ` (maksudnya ${saran}?)` : ''}`, `unknown option '${opsi}'${saran ? ` (did you mean ${saran}?)` : ''}`),
  fileTidakAda: (f: string): Teks => teks(`${f}: berkas tidak ditemukan`, `${f}: file not found`),
  fileAdalahFolder: (f: string): Teks => teks(`${f}: sebuah folder, bukan berkas`, `${f}: is a folder, not a file`),
  fileTidakTerbaca: (f: string, kode: string): Teks => teks(`${f}: tidak dapat dibaca (${kode})`, `${f}: cannot read (${kode})`),
  bukanJson: (f: string, why: string): Teks => teks(`${f}: bukan JSON yang sah (${why})`, `${f}: not valid JSON (${why})`),
  bukanIdAtauFile: (flag: string, v: string, apa: Teks, ids: readonly string[]): Teks =>
    teks(`${flag} "${v}" bukan id ${apa.id} (${daftar(ids)}) dan bukan berkas`, `${flag} "${v}" is neither a ${apa.en} id (${daftar(ids)}) nor a file`),
  aturan: teks('aturan', 'rule set'),
  tarif: teks('tarif', 'tariff set'),
  pemisahSalah: (v: string): Teks =>
    teks(`--delimiter "${v}" tidak dikenal kbk; yang diharapkan , ; tab atau | (juga: comma, semicolon, pipe)`, `--delimiter "${v}" is not one kbk reads; expected , ; tab or | (also: comma, semicolon, pipe)`),
  encodingSalah: (v: string): Teks =>
    teks(`--encoding "${v}" tidak dikenal kbk; yang diharapkan utf-8, windows-1252 atau utf-16le`, `--encoding "${v}" is not one kbk reads; expected utf-8, windows-1252 or utf-16le`),
  formatTanggalSalah: (v: string, format: readonly string[]): Teks =>
    teks(`--date-format "${v}": yang diharapkan [BERKAS=]FORMAT dengan FORMAT salah satu dari ${daftar(format)}`, `--date-format "${v}": expected [FILE=]FORMAT with FORMAT one of ${daftar(format)}`),
  bukanByte: (flag: string, v: string): Teks => teks(`${flag} "${v}" bukan jumlah byte (1024 atau lebih)`, `${flag} "${v}" is not a number of bytes (1024 or more)`),
  bukanPersen: (v: string): Teks => teks(`--max-reject-rate "${v}" bukan persentase 0 sampai 100`, `--max-reject-rate "${v}" is not a percentage from 0 to 100`),
  profilDenganRingkasan: teks(
    '--profil-klinis dengan --summary: jumlah peserta terkendali di workbook sudah diputuskan; profil klinis memerlukan prolanis.csv tingkat record',
    "--profil-klinis with --summary: the workbook's counts of controlled participants are already decided; a clinical profile needs the record-level prolanis.csv",
  ),
  gdpSatuanDenganRingkasan: teks(
    '--gdp-satuan mmol dengan --summary: jumlah peserta terkendali di workbook sudah diputuskan; konversi GDP memerlukan prolanis.csv tingkat record',
    "--gdp-satuan mmol with --summary: the workbook's counts of controlled participants are already decided; converting GDP needs the record-level prolanis.csv",
  ),
  kunciTakTerbaca: (p: string, kode: string): Teks => teks(`--samarkan ${p}: berkas kunci tidak dapat dibaca (${kode})`, `--samarkan ${p}: cannot read the key file (${kode})`),
  kunciPendek: (p: string, n: number, min: number): Teks =>
    teks(`--samarkan ${p}: kuncinya ${n} byte; pakai paling sedikit ${min} (mis. openssl rand -hex 32 > ${p})`, `--samarkan ${p}: the key has ${n} bytes; use at least ${min} (e.g. openssl rand -hex 32 > ${p})`),
  kunciTerbuka: (p: string): Teks =>
    teks(
      `--samarkan ${p} dapat dibaca selain pemiliknya; kunci inilah yang menjaga nomor kartu yang di-hash tetap rahasia (chmod 600 ${p})`,
      `--samarkan ${p} can be read by others than its owner; the key is what keeps the hashed card numbers private (chmod 600 ${p})`,
    ),
  kunciTerbukaDitolak: (p: string, mode: string): Teks =>
    teks(
      `--samarkan ${p}: berkas kunci dapat dibaca atau diubah selain pemiliknya (mode ${mode}); kunci inilah yang menjaga nomor kartu yang di-hash tetap rahasia: chmod 600 ${p}, atau --izinkan-kunci-terbuka untuk tetap memakainya`,
      `--samarkan ${p}: the key file can be read or changed by others than its owner (mode ${mode}); the key is what keeps the hashed card numbers private: chmod 600 ${p}, or --izinkan-kunci-terbuka to use it anyway`,
    ),
  kunciBesar: (p: string, maks: number): Teks =>
    teks(
      `--samarkan ${p}: berkas kunci lebih dari ${angka(maks, 'id')} byte; sebuah kunci hanya puluhan byte (mis. openssl rand -hex 32 > BERKAS)`,
      `--samarkan ${p}: the key file has more than ${angka(maks, 'en')} bytes; a key is a few dozen bytes (e.g. openssl rand -hex 32 > FILE)`,
    ),
  kunciLemah: (p: string, n: number, acak: number, min: number, kata: readonly string[]): Teks =>
    teks(
      `--samarkan ${p}: kunci ini mudah ditebak: hanya ${acak} dari ${n} bytenya yang bukan ulangan (aaaa), deret (abcd, 1234), pola berulang (abcabc) atau kata umum${kata.length > 0 ? ` (di sini: ${daftar(kata)})` : ''}; perlu paling sedikit ${min}: pakai byte acak (openssl rand -hex 32 > ${p})`,
      `--samarkan ${p}: the key is easy to guess: only ${acak} of its ${n} bytes are not a repeat (aaaa), a run (abcd, 1234), a repeated pattern (abcabc) or a common word${kata.length > 0 ? ` (here: ${daftar(kata)})` : ''}; it needs at least ${min}: use random bytes (openssl rand -hex 32 > ${p})`,
    ),
  sampaiBukanBulan: (s: string, m: string): Teks => teks(`--sampai ${s} tidak berada di --month ${m}`, `--sampai ${s} is not in --month ${m}`),
  bayarTanpaBayar: teks(
    '--tariffs, --window dan --average menjelaskan pembayaran: tambahkan --bayar (dan beri bulan bayar sebagai --month)',
    '--tariffs, --window and --average explain a payment: add --bayar (and give the payment month as --month)',
  ),
  sampelFormat: teks(
    'kbk sampel menulis sampel-YYYY-MM.csv (dan .xlsx dengan --xlsx): --format rekap-cabang tidak berlaku',
    'kbk sampel writes sampel-YYYY-MM.csv (and .xlsx with --xlsx): --format rekap-cabang does not apply to it',
  ),
  sampelSamarkan: teks(
    '--samarkan: lembar kerja sampel memuat nomor kartu asli agar Tim Penilai dapat menemukan bukti pelayanan tiap record (ditulis 0600)',
    '--samarkan: the sample worksheet holds the real card numbers so that the assessment team can find each record\'s evidence of service (written 0600)',
  ),
  // The largest seed said as 2^53−1: its 16 digits would be masked as a card number on stderr.
  bukanBenih: (flag: string, v: string): Teks =>
    teks(`${flag}: "${v}" bukan benih: harus bilangan bulat 0 sampai 2^53−1`, `${flag}: "${v}" is not a seed: it must be a whole number from 0 to 2^53−1`),
  benihBeda: (a: string, b: string): Teks => teks(`--seed ${a} dan --benih ${b} berbeda: berikan satu saja`, `--seed ${a} and --benih ${b} differ: give one of them`),
  bukanUkuran: (v: string): Teks => teks(`--ukuran: "${v}" bukan ukuran sampel: harus bilangan bulat 1 atau lebih`, `--ukuran: "${v}" is not a sample size: it must be a whole number of 1 or more`),
  benihDiambil: (benih: string): Teks => teks(`benih sampel: ${benih} (ulangi sampel yang sama dengan --seed ${benih})`, `sample seed: ${benih} (draw the same sample again with --seed ${benih})`),
  ukuranDiganti: (n: number): Teks =>
    teks(`ukuran sampel ditetapkan --ukuran ${n} per fasilitas dan jenis (paling banyak populasinya), bukan aturan verifikasi`, `sample size set by --ukuran ${n} per facility and kind (at most its population), not the verification rule`),
  /** The size rule's numbers as decimals written with a dot ("96.04", "1.96"), each said in the message's language. */
  aturanSampel: (n0: string, z: string, p: string, e: string, faktor: string): Teks => {
    const d = (b: Bahasa) => (s: string): string => desimal(s, b);
    const [i, n] = [d('id'), d('en')];
    return teks(
      `ukuran sampel: n0 = z²·p(1−p)/e² = ${i(n0)} (z ${i(z)}, p ${i(p)}, e ${i(e)}), n = ⌈n0/(1+(n0−1)/N)⌉ paling banyak N; fasilitas dengan sinyal ×${i(faktor)}`,
      `sample size: n0 = z²·p(1−p)/e² = ${n(n0)} (z ${n(z)}, p ${n(p)}, e ${n(e)}), n = ⌈n0/(1+(n0−1)/N)⌉ at most N; facilities with a signal ×${n(faktor)}`,
    );
  },
  auditHanyaCsv: teks(
    'kbk audit hanya menulis berkas CSV: --xlsx dan --format rekap-cabang tidak berlaku (--csv-excel berlaku)',
    'kbk audit writes CSV files only: --xlsx and --format rekap-cabang do not apply to it (--csv-excel does)',
  ),

  tanpaLaporan: (files: readonly string[]): Teks =>
    teks(`tidak ada laporan ditulis; baris bermasalah sejauh ini ada di ${daftar(files)}`, `no report written; the rows found so far are in ${daftar(files)}`),
  tolakGagalDitulis: (why: string): Teks => teks(`berkas penolakan pun tidak dapat ditulis: ${why}`, `the rejects could not be written either: ${why}`),
  barisDitolak: (n: number): Teks => teks(`${angka(n, 'id')} baris di penolakan (lihat tolak-*.csv):`, `${angka(n, 'en')} ${n === 1 ? 'row' : 'rows'} in the rejects (see tolak-*.csv):`),
  kualitasData: (bulan: string, items: readonly string[]): Teks =>
    teks(`kualitas data ${bulan}: ${daftar(items)} (per fasilitas di catatan)`, `data quality ${bulan}: ${daftar(items.map(kualitasEn))} (per facility in catatan)`),
  ditulis: (files: readonly string[]): Teks => teks(`ditulis: ${daftar(files)}`, `wrote ${daftar(files)}`),
  sinyalJudul: (n: number, bulan: string): Teks =>
    teks(
      `${angka(n, 'id')} sinyal anomali ${bulan} (untuk diperiksa, bukan vonis; anomali-${bulan}.csv):`,
      `${angka(n, 'en')} anomaly signal${n === 1 ? '' : 's'} ${bulan} (signals to look at, not verdicts; anomali-${bulan}.csv):`,
    ),
  sinyalBaris: (kode: string, sinyal: string, nilai: string, ambang: string, bukti: string, b: Bahasa): string =>
    b === 'id' ? `  ${kode} ${sinyal} ${nilai} (ambang ${ambang}): ${bukti}` : `  ${kode} ${sinyal} ${nilai} (threshold ${ambang}): ${bukti}`,
  sinyalLagi: (n: number, bulan: string): Teks => teks(`  … ${angka(n, 'id')} lagi di anomali-${bulan}.csv`, `  … ${angka(n, 'en')} more in anomali-${bulan}.csv`),
  sinyalDiam: (n: number, bulan: string): Teks =>
    teks(`${angka(n, 'id')} sinyal anomali ${bulan}: lihat anomali-${bulan}.csv`, `${angka(n, 'en')} anomaly signal${n === 1 ? '' : 's'} ${bulan}: see anomali-${bulan}.csv`),

  checkGagal: (file: string, why: string): Teks => teks(`${file}: proses gagal: ${why}`, `${file}: the run failed: ${why}`),
  checkTidakDibuat: (file: string): Teks =>
    teks(
      `${file}: tidak dihasilkan (berkas expected bernama capaian-, kapitasi-, anomali-, rekap- atau tolak-YYYY-MM.csv)`,
      `${file}: not produced (expected files are named capaian-, kapitasi-, anomali-, rekap- or tolak-YYYY-MM.csv)`,
    ),
  checkBerbeda: (file: string, baris: number, harap: string | null, dapat: string | null): Teks =>
    teks(
      `${file}: berbeda di baris ${angka(baris, 'id')}\n    diharapkan: ${harap ?? '(akhir berkas)'}\n    didapat:    ${dapat ?? '(akhir berkas)'}`,
      `${file}: differs at line ${angka(baris, 'en')}\n    expected: ${harap ?? '(end of file)'}\n    actual:   ${dapat ?? '(end of file)'}`,
    ),
  /** The mark before each difference of kbk check (a word to grep for in the run's language). */
  checkTandaBeda: teks('BEDA', 'DIFF'),
  checkRingkas: (fixtures: number, laporan: number, beda: number): Teks =>
    teks(`${angka(fixtures, 'id')} fixture, ${angka(laporan, 'id')} laporan, ${angka(beda, 'id')} perbedaan`, `${fixtures} fixtures, ${laporan} reports, ${beda} differences`),
  checkFixture: (fixture: string, n: number): Teks => teks(`${fixture}: ${angka(n, 'id')} laporan diperiksa`, `${fixture}: ${n} reports checked`),

  /** The column names over `kbk rules list` and `kbk rules show`. */
  kolomDaftarAturan: { id: teks('id', 'id'), berlaku: teks('berlaku', 'in force'), nama: teks('nama', 'name') },
  kolomNilaiAturan: { path: teks('butir', 'path'), nilai: teks('nilai', 'value'), status: teks('status', 'status'), sumber: teks('sumber', 'source') },
  turunanDari: (dasar: string): Teks =>
    teks(`aturan turunan dari ${dasar}: nilai bertanda * berasal dari kesepakatan, selebihnya dari ${dasar}`, `derived from ${dasar}: values marked * come from the agreement, the rest from ${dasar}`),
  idTidakDikenal: (id: string): Teks => teks(`id "${id}" tidak dikenal; lihat kbk rules list`, `unknown id "${id}"; see kbk rules list`),
  berkasSah: (file: string, v1: boolean): Teks =>
    teks(`${file}: sah${v1 ? ' (kbk-rules/1, dibaca sebagai kbk-rules/2)' : ''}`, `${file}: valid${v1 ? ' (kbk-rules/1, read as kbk-rules/2)' : ''}`),
  gabungBaris: (file: string, baris: number, folder: number): Teks =>
    teks(`${file}: ${angka(baris, 'id')} baris dari ${angka(folder, 'id')} folder`, `${file}: ${angka(baris, 'en')} rows from ${folder} folders`),
  validasiTidakDibaca: (bulan: string): Teks =>
    teks(`${bulan} tidak dibaca: fktp.csv gagal, dan setiap baris bulan diperiksa terhadapnya`, `${bulan} not read: fktp.csv failed, and every month row is checked against it`),
  validasiHilang: (n: number): Teks => teks(`${angka(n, 'id')} berkas hilang atau tidak terbaca`, `${n} file(s) missing or unreadable`),
  validasiGagal: (n: number, total: number, files: readonly string[]): Teks =>
    teks(`${angka(n, 'id')} dari ${angka(total, 'id')} berkas gagal: ${daftar(files)}`, `${n} of ${total} files fail: ${daftar(files)}`),

  dihentikan: (sinyal: string): Teks =>
    teks(`dihentikan oleh ${sinyal}; berkas sementara proses ini dihapus, tidak ada laporan ditulis`, `stopped by ${sinyal}; this run's temporary files are removed, no report of it written`),
  /** The cause in words (sebabTulis), as for the reports. */
  stdoutGagal: (kode: string): Teks => {
    const sebab = sebabTulis(kode);
    return teks(`keluaran standar tidak dapat ditulis: ${sebab.id}`, `standard output cannot be written: ${sebab.en}`);
  },

  konfigJudul: (path: string | null, perintah: string): Teks =>
    path === null
      ? teks(
          `kbk ${perintah}: tanpa berkas konfigurasi (dicari: kbk.config.json, .kbkrc, .kbkrc.json dari folder kerja ke atas sampai folder home atau akar repositori)`,
          `kbk ${perintah}: no config file (looked for kbk.config.json, .kbkrc, .kbkrc.json from the working folder up to the home folder or the repository root)`,
        )
      : teks(`kbk ${perintah}: konfigurasi dari ${path}`, `kbk ${perintah}: config from ${path}`),
  konfigBukanMilik: (path: string, pemilik: number, saya: number): Teks =>
    teks(
      `${path}: berkas konfigurasi diabaikan: milik uid ${pemilik}, bukan pengguna yang menjalankan kbk (uid ${saya})`,
      `${path}: config file ignored: owned by uid ${pemilik}, not by the user running kbk (uid ${saya})`,
    ),
  konfigTerbuka: (path: string, mode: string): Teks =>
    teks(
      `${path}: berkas konfigurasi diabaikan: dapat ditulis grup atau pengguna lain (mode ${mode}; chmod go-w ${path})`,
      `${path}: config file ignored: writable by group or others (mode ${mode}; chmod go-w ${path})`,
    ),
  konfigDipakai: (nama: string, path: string, setelan: readonly string[]): Teks =>
    teks(
      `memakai ${nama} (${path}): ${setelan.length > 0 ? daftar(setelan) : '(tidak ada setelan untuk perintah ini)'}`,
      `using ${nama} (${path}): ${setelan.length > 0 ? daftar(setelan) : '(no setting for this command)'}`,
    ),
  asal: { default: teks('bawaan', 'default'), cli: teks('baris perintah', 'command line'), env: teks('lingkungan', 'environment'), tanpa: teks('-', '-') },
  perintahTidakDikenal: (p: string, ada: readonly string[]): Teks => teks(`perintah "${p}" tidak dikenal (yang ada: ${daftar(ada)})`, `unknown command "${p}" (there are: ${daftar(ada)})`),
  proyeksiTolak: (n: number, data: string, bulan: string): Teks =>
    teks(
      `${angka(n, 'id')} baris ditolak atau disisihkan; kbk validate --data ${data} --month ${bulan} --out FOLDER mendaftarnya`,
      `${angka(n, 'en')} ${n === 1 ? 'row' : 'rows'} rejected or set aside; kbk validate --data ${data} --month ${bulan} --out DIR lists them`,
    ),
};

/**
 * commander's own errors (unknown option, missing value…) in the catalog's words; the
 * command is named by the caller. An error commander may add later is passed as it is.
 */
export function galatCommander(pesan: string): Teks {
  const s = pesan.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').trim();
  const cocok: [RegExp, (m: RegExpExecArray) => Teks][] = [
    [/^unknown option '(.+?)'(?: \(Did you mean (.+?)\?\))?$/, (m) => teks(`opsi '${m[1]}' tidak dikenal${m[2] ? ` (maksudnya ${m[2]}?)` : ''}`, `unknown option '${m[1]}'${m[2] ? ` (did you mean ${m[2]}?)` : ''}`)],
    [/^required option '(.+?)' not specified$/, (m) => teks(`opsi wajib '${m[1]}' tidak diberikan`, `required option '${m[1]}' not specified`)],
    [/^option '(.+?)' argument missing$/, (m) => teks(`opsi '${m[1]}' memerlukan nilai`, `option '${m[1]}' argument missing`)],
    [/^option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+?)\.$/, (m) => teks(`nilai '${m[2]}' untuk opsi '${m[1]}' tidak sah; pilihannya ${m[3]}`, `option '${m[1]}' argument '${m[2]}' is invalid; allowed choices are ${m[3]}`)],
    [/^option '(.+?)' argument '(.+?)' is invalid\. (.+)$/, (m) => teks(`nilai '${m[2]}' untuk opsi '${m[1]}' tidak sah: ${m[3]}`, `option '${m[1]}' argument '${m[2]}' is invalid: ${m[3]}`)],
    [/^unknown command '(.+?)'(?: \(Did you mean (.+?)\?\))?$/, (m) => teks(`perintah '${m[1]}' tidak dikenal${m[2] ? ` (maksudnya ${m[2]}?)` : ''}`, `unknown command '${m[1]}'${m[2] ? ` (did you mean ${m[2]}?)` : ''}`)],
    [/^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => teks(`terlalu banyak argumen: diharapkan ${m[2]}, diberikan ${m[3]}`, `too many arguments: expected ${m[2]}, got ${m[3]}`)],
    [/^missing required argument '(.+?)'$/, (m) => teks(`argumen wajib '${m[1]}' tidak diberikan`, `missing required argument '${m[1]}'`)],
  ];
  for (const [re, f] of cocok) {
    const m = re.exec(s);
    if (m) return f(m);
  }
  return teks(s, s);
}
