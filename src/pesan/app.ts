// The jobs' own words (src/app): why a run stops, what it warns about, what it is doing —
// compute, pay, run, explain, banding, proyeksi, audit, validate, check and gabung. Part of
// the one catalog (src/pesan/index.ts). Codes, ids, file names, months and option names
// are the same in both languages; counts go through `angka`. In English a count prints as
// it always has (grouped only where it was: the participants of a fall).
import { angka, desimal, gabungTeks, rupiah, teks, type Bahasa, type Pesan, type Teks } from './index.js';
import { miripEn, miripId } from './ingest.js';

const daftar = (xs: readonly string[]): string => xs.join(', ');
/** A regulated tariff range: Rp 9.000–16.000 / Rp 9,000–16,000; an unknown bound is "…". */
const rentangRp = (min: number | null, max: number | null, b: Bahasa): string => `Rp ${min === null ? '…' : angka(min, b)}–${max === null ? '…' : angka(max, b)}`;

export const PESAN_APP = {
  // Inputs that are not there.
  folderDataTidakAda: (dir: string): Teks => teks(`${dir}: folder data tidak ada`, `${dir}: data folder does not exist`),
  folderBulanTidakAda: (dir: string, files: readonly string[], mirip: readonly string[] = []): Teks =>
    teks(`${dir}: folder bulan tidak ada; di dalamnya diharapkan ${daftar(files)}${miripId(mirip, dir)}`, `${dir}: month folder is missing; expected ${daftar(files)} inside it${miripEn(mirip, dir)}`),
  tanpaFolderBulan: (dir: string): Teks => teks(`${dir}: tidak ada folder bulan (YYYY-MM) untuk divalidasi`, `${dir}: no month folder (YYYY-MM) to validate`),
  folderFixturesTidakAda: (dir: string): Teks => teks(`${dir}: folder fixtures tidak ada`, `${dir}: fixtures folder does not exist`),
  ringkasanTanpaBulan: (path: string | undefined, bulan: string, ada: readonly string[]): Teks =>
    teks(`${path}: tidak memuat bulan ${bulan} (yang ada: ${daftar(ada)})`, `${path}: has no month ${bulan} (it has ${daftar(ada)})`),

  // The rule set, tariff set and clinical profile.
  /** A RulesError (no set in force for the month) with the flag that supplies one. */
  tanpaSetBerlaku: (galat: Teks, flag: string): Teks => teks(`${galat.id}; berikan ${flag} BERKAS untuk memakai set sendiri`, `${galat.en}; pass ${flag} FILE to supply one`),
  profilTidakAda: (nama: string, aturan: string, ada: readonly string[]): Teks =>
    teks(`--profil-klinis "${nama}": aturan ${aturan} memiliki profil klinis ${daftar(ada)}`, `--profil-klinis "${nama}": rule set ${aturan} has the clinical profiles ${daftar(ada)}`),

  // Reading a month.
  membaca: (bulan: string, aturan: string): Teks => teks(`membaca ${bulan} (${aturan})`, `reading ${bulan} (${aturan})`),
  membacaPeserta: (bulan: string): Teks => teks(`membaca ${bulan}/peserta.csv`, `reading ${bulan}/peserta.csv`),
  /** --gdp-satuan mmol (issue 15): said once a month read, --quiet keeps it. */
  gdpMmol: (bulan: string, faktor: string): Teks =>
    teks(
      `${bulan}/prolanis.csv: gdp dibaca sebagai mmol/L (--gdp-satuan mmol) dan dikonversi ke mg/dL × ${faktor.replace('.', ',')}`,
      `${bulan}/prolanis.csv: gdp read as mmol/L (--gdp-satuan mmol) and converted to mg/dL × ${faktor}`,
    ),
  kontakSesudahSampai: (bulan: string, terakhir: string, sampai: string): Teks =>
    teks(
      `${bulan}/kontak.csv memuat kontak sampai ${terakhir}, sesudah --sampai ${sampai}; bulan ini tetap ditandai berisi data sampai ${sampai}`,
      `${bulan}/kontak.csv has contacts up to ${terakhir}, after --sampai ${sampai}; the month is still marked as data up to ${sampai}`,
    ),
  /** The incomplete-month warning: `sampai` when --sampai says so, else the latest contact and the days it is short of the month's end. */
  bulanTidakLengkap: (bulan: string, sebab: { sampai: string } | { terakhir: string; hari: number }): Teks => {
    const alasan =
      'sampai' in sebab
        ? teks(`--sampai ${sebab.sampai}`, `--sampai ${sebab.sampai}`)
        : teks(`kontak terakhir ${sebab.terakhir}, ${angka(sebab.hari, 'id')} hari sebelum hari terakhir bulan itu`, `the latest contact is ${sebab.terakhir}, ${sebab.hari} days before the month's last day`);
    return teks(
      `${bulan}: ${alasan.id}: bulan belum lengkap, dinilai dengan data sejauh ini (kbk proyeksi memproyeksikan akhir bulannya; pay --wajib-lengkap menolaknya)`,
      `${bulan}: ${alasan.en}: an incomplete month, scored on the data so far (kbk proyeksi projects its end; pay --wajib-lengkap refuses it)`,
    );
  },

  // The payment window.
  sampaiDiLuarJendela: (sampai: string, jendela: readonly string[], jenis: string, bulanBayar: string): Teks =>
    teks(
      `--sampai ${sampai} tidak berada di bulan penilaian mana pun: ${daftar(jendela)} (jendela ${jenis} untuk ${bulanBayar})`,
      `--sampai ${sampai} is in none of the assessment months ${daftar(jendela)} (${jenis} window for ${bulanBayar})`,
    ),
  /** Logged (a warning in words: --quiet leaves it out, as every log). */
  bulanTidakAda: (bulan: string, di: { ringkasan: string | undefined } | { dataDir: string }): Teks =>
    'dataDir' in di
      ? teks(`${bulan}: tidak ada folder bulan di ${di.dataDir}; rata-rata diambil dari bulan yang ada`, `${bulan}: no month folder in ${di.dataDir}; averaging over the months present`)
      : teks(`${bulan}: tidak ada bulan ini di ${di.ringkasan}; rata-rata diambil dari bulan yang ada`, `${bulan}: no month in ${di.ringkasan}; averaging over the months present`),
  jendelaKosongRingkasan: (path: string | undefined, jendela: readonly string[], jenis: string, bulanBayar: string): Teks =>
    teks(
      `${path}: tidak memuat satu pun bulan penilaian ${daftar(jendela)} (jendela ${jenis} untuk ${bulanBayar})`,
      `${path}: none of the assessment months ${daftar(jendela)} (${jenis} window for ${bulanBayar}) is in it`,
    ),
  jendelaKosong: (dataDir: string, jendela: readonly string[], jenis: string, bulanBayar: string): Teks =>
    teks(
      `${dataDir}: tidak ada folder bulan untuk bulan penilaian mana pun: ${daftar(jendela)} (jendela ${jenis} untuk ${bulanBayar})`,
      `${dataDir}: none of the assessment months ${daftar(jendela)} (${jenis} window for ${bulanBayar}) has a month folder`,
    ),
  bulanHilang: (bulan: string): Teks => teks(`${bulan} tidak ada`, `${bulan} is missing`),
  bulanBelumLengkap: (bulan: string, sampai: string): Teks => teks(`${bulan} belum lengkap (data sampai ${sampai})`, `${bulan} is incomplete (data up to ${sampai})`),
  wajibLengkap: (jenis: string, bulanBayar: string, jendela: readonly string[], kurang: readonly Teks[]): Teks => {
    const k = gabungTeks(kurang);
    return teks(
      `--wajib-lengkap: jendela ${jenis} bulan bayar ${bulanBayar} (${daftar(jendela)}) tidak lengkap: ${k.id}`,
      `--wajib-lengkap: the ${jenis} window of ${bulanBayar} (${daftar(jendela)}) is not complete: ${k.en}`,
    );
  },
  /** Logged. */
  pesertaTidakAda: (bulanBayar: string, dari: string): Teks =>
    teks(
      `${bulanBayar}/peserta.csv tidak ditemukan; pembayaran memakai peserta terdaftar ${dari}`,
      `${bulanBayar}/peserta.csv not found; paying on the registered participants of ${dari}`,
    ),

  // What looks like a damaged export (pay stops; banding and explain --bayar say it).
  tidakDiPeserta: (kode: string, bulan: string, dari: { jumlah: number; bulan: string }): Teks =>
    teks(
      `${kode}: tidak ada di ${bulan}/peserta.csv, padahal ada ${angka(dari.jumlah, 'id')} peserta terdaftar di ${dari.bulan}; apakah berkas itu lengkap?`,
      `${kode}: not in ${bulan}/peserta.csv, though it had ${angka(dari.jumlah, 'en')} in ${dari.bulan}; is that file complete?`,
    ),
  pesertaTurun: (kode: string, dari: { jumlah: number; bulan: string }, ke: { jumlah: number; bulan: string }, batas: string): Teks =>
    teks(
      `${kode}: peserta terdaftar turun dari ${angka(dari.jumlah, 'id')} di ${dari.bulan} menjadi ${angka(ke.jumlah, 'id')} di ${ke.bulan}, di bawah ${desimal(batas, 'id')} × bulan sebelumnya; apakah ${ke.bulan}/peserta.csv lengkap?`,
      `${kode}: registered participants fell from ${angka(dari.jumlah, 'en')} in ${dari.bulan} to ${angka(ke.jumlah, 'en')} in ${ke.bulan}, below ${batas} × the month before; is ${ke.bulan}/peserta.csv complete?`,
    ),
  dibayarNol: (kode: string, peserta: number, tarif: bigint): Teks =>
    teks(`${kode}: dibayar Rp 0 (${angka(peserta, 'id')} peserta terdaftar, tarif ${angka(tarif, 'id')})`, `${kode}: paid Rp 0 (${peserta} registered participants, tarif ${tarif})`),
  eksporRusak: (temuan: readonly Teks[], kode: readonly string[]): Teks => {
    const n = temuan.length;
    const baris = gabungTeks(temuan, '\n  ');
    return teks(
      `${n === 1 ? 'satu fasilitas tampak' : `${angka(n, 'id')} fasilitas tampak`} seperti ekspor yang rusak, jadi tidak ada pembayaran yang ditulis:\n  ${baris.id}\nJika perubahannya memang nyata, terima dengan --terima-penurunan ${kode.join(',')} (atau --terima-penurunan semua)`,
      `${n === 1 ? 'one facility looks' : `${n} facilities look`} like a damaged export, so no payment is written:\n  ${baris.en}\nIf the change is real, accept it with --terima-penurunan ${kode.join(',')} (or --terima-penurunan semua)`,
    );
  },
  diterima: (temuan: Teks): Teks => teks(`diterima dengan --terima-penurunan: ${temuan.id}`, `accepted by --terima-penurunan: ${temuan.en}`),
  bayarBerhentiDiSini: (temuan: Teks): Teks => teks(`pay akan berhenti di sini: ${temuan.id}`, `pay would stop here: ${temuan.en}`),

  // A tariff in fktp.csv outside its type's regulated range (pay stops unless --terima-tarif; banding says it).
  tarifDiLuar: (t: { kode: string; kolom: string; nilai: bigint; jenis: string; min: number | null; max: number | null; tarif: string }): Teks =>
    teks(
      `${t.kode}: ${t.kolom} ${rupiah(t.nilai, 'id')} di luar rentang ${t.jenis} ${rentangRp(t.min, t.max, 'id')} (${t.tarif})`,
      `${t.kode}: ${t.kolom} ${rupiah(t.nilai, 'en')} outside the ${t.jenis} range ${rentangRp(t.min, t.max, 'en')} (${t.tarif})`,
    ),
  tarifDitolak: (temuan: readonly Teks[], kode: readonly string[]): Teks => {
    const n = kode.length;
    const baris = gabungTeks(temuan, '\n  ');
    return teks(
      `${n === 1 ? 'satu fasilitas memiliki' : `${angka(n, 'id')} fasilitas memiliki`} tarif di luar rentang jenisnya di set tarif, jadi tidak ada pembayaran yang ditulis:\n  ${baris.id}\nPerbaiki fktp.csv; jika tarifnya memang benar, terima dengan --terima-tarif ${kode.join(',')} (rentang lain untuk wilayah Anda: --tariffs BERKAS)`,
      `${n === 1 ? "one facility has a tariff outside its type's range" : `${n} facilities have tariffs outside their type's range`} in the tariff set, so no payment is written:\n  ${baris.en}\nCorrect fktp.csv; if the tariff is right, accept it with --terima-tarif ${kode.join(',')} (another range for your region: --tariffs FILE)`,
    );
  },
  tanggalSamaBerbeda: (label: string, jumlah: number, baris: readonly [number, number][], tanggalSama: string): Teks => {
    const contoh = baris.map(([a, b]) => `${a}/${b}`).join(', ');
    return teks(
      `${label}: ${angka(jumlah, 'id')} peserta (per program) punya pengukuran pada tanggal penentunya yang berbeda hasilnya, terkendali dan tidak (baris ${contoh}); diputuskan oleh profil klinis (tanggalSama: ${tanggalSama}); apakah ada baris yang terekspor dua kali dengan isi lain?`,
      `${label}: ${angka(jumlah, 'en')} participant(s) (per programme) have measurements on their deciding date that disagree, one controlled and one not (lines ${contoh}); decided by the clinical profile (tanggalSama: ${tanggalSama}); was a row exported twice with other values?`,
    );
  },
  tanpaKalenderLibur: (bulan: string, tahun: number): Teks =>
    teks(
      `${bulan}/kontak.csv: kbk tidak punya kalender hari libur nasional ${tahun}, jadi batas entri (tanggal 3, digeser melewati hari libur) tidak dihitung dan tidak ditebak: setiap kontak dihitung`,
      `${bulan}/kontak.csv: kbk has no national-holiday calendar for ${tahun}, so the entry deadline (the 3rd, moved past holidays) is not worked out and not guessed: every contact counts`,
    ),
  tarifAtasSdm: (kode: string, tarif: bigint, jenis: string, maks: number, set: string): Teks =>
    teks(
      `${kode}: tarif_kapitasi ${rupiah(tarif, 'id')} di atas tarif tertinggi ${jenis} menurut kriteria SDM, ${rupiah(BigInt(maks), 'id')} (${set}, maksSdm); masih di dalam rentangnya, jadi dibayar, tetapi periksa fktp.csv`,
      `${kode}: tarif_kapitasi ${rupiah(tarif, 'en')} is above the highest ${jenis} tariff the SDM criteria give, ${rupiah(BigInt(maks), 'en')} (${set}, maksSdm); still inside its range, so paid, but check fktp.csv`,
    ),
  tarifDiterima: (temuan: Teks): Teks => teks(`diterima dengan --terima-tarif: ${temuan.id}`, `accepted by --terima-tarif: ${temuan.en}`),
  tarifLuarSementara: (temuan: Teks): Teks =>
    teks(`${temuan.id}; rentang ini sementara (bukan dari teks peraturannya), jadi pembayaran tetap ditulis`, `${temuan.en}; this range is provisional (not from the regulation's own text), so the payment is still written`),
  // A file from the wrong month or period, a copy of another month's file (issue 15).
  /**
   * More than the rule set's share of a month file's dated rows outside its month. `persen`
   * is a decimal with a dot ("45", "4.9"); `lain` the months the rows belong to, most first.
   */
  luarBulanBerhenti: (label: string, bulan: string, persen: string, jumlah: number, bertanggal: number, lain: readonly { bulan: string; jumlah: number }[], saran = true): Teks => {
    const satu = lain.length === 1;
    const rinci = (b: 'id' | 'en'): string => lain.map((l) => `${l.bulan} ${angka(l.jumlah, b)}`).join(', ');
    const utama = (lain[0] as { bulan: string }).bulan;
    return teks(
      `${label}: ${desimal(persen, 'id')}% baris bertanggalnya (${angka(jumlah, 'id')} dari ${angka(bertanggal, 'id')}) ${satu ? `dari ${utama}` : `dari luar ${bulan}: ${rinci('id')}`} — apakah ini ekspor ${utama}${satu ? '' : ', atau ekspor dengan periode yang salah'}?${saran ? ` Ekspor ulang ${label}, atau terima berkas ini dengan --terima-luar-bulan ${label} (baris di luar ${bulan} tetap disisihkan, tidak dihitung)` : ''}`,
      `${label}: ${persen}% of dated rows (${angka(jumlah, 'en')} of ${angka(bertanggal, 'en')}) are ${satu ? `from ${utama}` : `from outside ${bulan}: ${rinci('en')}`} — is this ${utama}'s export${satu ? '' : ', or one run over the wrong period'}?${saran ? ` Export ${label} again, or accept the file with --terima-luar-bulan ${label} (its rows outside ${bulan} are still set aside, not counted)` : ''}`,
    );
  },
  /** Above the warning share, up to the stop: the file and the count. */
  luarBulanPeringatan: (label: string, bulan: string, persen: string, jumlah: number, bertanggal: number, lain: readonly { bulan: string; jumlah: number }[]): Teks =>
    teks(
      `${label}: ${angka(jumlah, 'id')} dari ${angka(bertanggal, 'id')} baris bertanggal (${desimal(persen, 'id')}%) di luar ${bulan} (${lain.map((l) => `${l.bulan} ${angka(l.jumlah, 'id')}`).join(', ')}); disisihkan, tidak dihitung (lihat tolak-${bulan}.csv)`,
      `${label}: ${angka(jumlah, 'en')} of ${angka(bertanggal, 'en')} dated rows (${persen}%) are outside ${bulan} (${lain.map((l) => `${l.bulan} ${angka(l.jumlah, 'en')}`).join(', ')}); set aside, not counted (see tolak-${bulan}.csv)`,
    ),
  salinanBulan: (salinan: string, asli: string, saran = true): Teks =>
    teks(
      `${salinan} identik dengan ${asli} (sama persis, bita demi bita): berkas bulan lain yang tersalin?${saran ? ` Ekspor ulang ${salinan}, atau terima dengan --terima-luar-bulan ${salinan}` : ''}`,
      `${salinan} is identical to ${asli} (byte for byte): another month's file copied?${saran ? ` Export ${salinan} again, or accept it with --terima-luar-bulan ${salinan}` : ''}`,
    ),
  bulanSalah: (temuan: readonly Teks[]): Teks => {
    const baris = gabungTeks(temuan, '\n  ');
    return temuan.length === 1 ? baris : teks(`${angka(temuan.length, 'id')} berkas bulan tampak salah berkas:\n  ${baris.id}`, `${temuan.length} month files look like the wrong file:\n  ${baris.en}`);
  },
  luarBulanDiterima: (temuan: Teks): Teks => teks(`diterima dengan --terima-luar-bulan: ${temuan.id}`, `accepted by --terima-luar-bulan: ${temuan.en}`),

  // A fall of a facility's own volume against its earlier months (issue 15).
  /** `rasio` and `faktor` decimals with a dot. */
  penurunanVolume: (kode: string, label: string, sinyal: string, rasio: string, faktor: string, kini: number, rata: string, bulan: readonly string[]): Teks => {
    const apa = sinyal === 'penurunan_kontak' ? teks('peserta dengan kontak', 'participants with a contact') : sinyal === 'penurunan_rujukan' ? teks('rujukan', 'referrals') : teks('peserta di Prolanis (DM + HT)', 'participants in prolanis.csv (DM + HT)');
    return teks(
      `${kode}: ${label}: ${apa.id} ${angka(kini, 'id')}, rata-rata ${desimal(rata, 'id')} di ${daftar(bulan)}: ${desimal(rasio, 'id')} ×, di bawah ${desimal(faktor, 'id')} (sinyal ${sinyal}); apakah berkasnya lengkap?`,
      `${kode}: ${label}: ${apa.en} ${angka(kini, 'en')} against an average of ${rata} in ${daftar(bulan)}: ${rasio} ×, below ${faktor} (signal ${sinyal}); is the file complete?`,
    );
  },
  penurunanWajibLengkap: (temuan: readonly Teks[], kode: readonly string[]): Teks => {
    const baris = gabungTeks(temuan, '\n  ');
    return teks(
      `--wajib-lengkap: ${temuan.length === 1 ? 'satu temuan' : `${angka(temuan.length, 'id')} temuan`} jauh di bawah bulan-bulan sebelumnya, jadi tidak ada pembayaran yang ditulis:\n  ${baris.id}\nJika perubahannya memang nyata, terima dengan --terima-penurunan ${kode.join(',')}`,
      `--wajib-lengkap: ${temuan.length === 1 ? 'one finding' : `${temuan.length} findings`} far below the facilities' earlier months, so no payment is written:\n  ${baris.en}\nIf the change is real, accept it with --terima-penurunan ${kode.join(',')}`,
    );
  },

  // explain, explain --bayar, audit --ppk.
  ppkTidakAda: (kode: string, n: number, contoh: readonly string[]): Teks =>
    teks(
      `--ppk "${kode}" tidak ada di fktp.csv (berkas itu memuat ${angka(n, 'id')} fasilitas, mis. ${daftar(contoh)})`,
      `--ppk "${kode}" is not in fktp.csv (it has ${n} facilities, e.g. ${daftar(contoh)})`,
    ),
  ppkKosong: teks('--ppk: tidak ada kode fasilitas; yang diharapkan KODE[,KODE]', '--ppk: no facility code given; expected KODE[,KODE]'),
  ppkMirip: (kode: string, mirip: readonly string[]): Teks =>
    teks(`--ppk "${kode}" tidak ada di fktp.csv; maksudnya ${mirip.join(' atau ')}?`, `--ppk "${kode}" is not in fktp.csv; did you mean ${mirip.join(' or ')}?`),
  ppkTidakDikenal: (kode: string, semua: readonly string[]): Teks => {
    const n = semua.length;
    const contoh = `${semua.slice(0, 12).join(', ')}${n > 12 ? ', …' : ''}`;
    return teks(
      `--ppk "${kode}" tidak ada di fktp.csv; berkas itu memuat ${angka(n, 'id')} fasilitas: ${contoh}`,
      `--ppk "${kode}" is not in fktp.csv; it has ${n} facilit${n === 1 ? 'y' : 'ies'}: ${contoh}`,
    );
  },

  // banding.
  tanpaPembanding: teks(
    'tidak ada yang dibandingkan: berikan --rules-banding, --profil-klinis-banding, --tariffs-banding atau --window-banding (pengganti aturan, profil klinis, tarif atau jendela yang berlaku)',
    'nothing to compare: give --rules-banding, --profil-klinis-banding, --tariffs-banding or --window-banding (the alternative to the rule set, clinical profile, tariff set or window in force)',
  ),

  // proyeksi.
  proyeksiTanpaRingkasan: teks(
    'kbk proyeksi membaca folder bulan: workbook ringkasan tidak memuat tanggal untuk diproyeksikan',
    'kbk proyeksi reads the month folders: a summary workbook has no dates to project from',
  ),
  tanpaKontakBertanggal: (bulan: string): Teks =>
    teks(
      `${bulan}/kontak.csv tidak memuat kontak terhitung yang bertanggal di bulan itu, jadi tanggal akhir datanya tidak diketahui; berikan --sampai YYYY-MM-DD`,
      `${bulan}/kontak.csv has no counted contact dated in the month, so the date its data run to is unknown; pass --sampai YYYY-MM-DD`,
    ),
  bulanLaluTidakLengkap: (bulan: string, sampai: string): Teks =>
    teks(`${bulan} sendiri belum lengkap (data sampai ${sampai}): tidak dipakai untuk kurva`, `${bulan} is itself incomplete (data to ${sampai}): not used for the curves`),

  // --summary.
  ringkasanKurangKolom: (bulan: string, aturan: string, indikator: string, kolom: readonly string[]): Teks =>
    teks(
      `${bulan}: indikator ${indikator} dari aturan ${aturan} memerlukan ${daftar(kolom)}, yang tidak dimuat workbook ringkasan; pakai ekspor tingkat record bulan itu`,
      `${bulan}: rule set ${aturan}'s indicator ${indikator} needs ${daftar(kolom)}, which a summary workbook does not hold; use the month's record-level exports`,
    ),
  /** The workbook's verdicts against kbk's: `beda` quotes the workbook's columns (the same words as catatan). */
  ringkasanBerbeda: (asal: string, kode: string, bulan: string, beda: readonly string[]): Teks =>
    teks(`${asal}: ${kode} ${bulan}: workbook menyebut ${beda.join('; ')}`, `${asal}: ${kode} ${bulan}: the workbook says ${beda.join('; ')}`),

  // audit.
  auditTanpaRingkasan: teks(
    '--summary: kbk audit mendaftar peserta dan rujukan baris demi baris, jadi memerlukan ekspor tingkat record (peserta.csv, kontak.csv, rujukan.csv dan prolanis.csv di folder bulan); ringkasan hanya memuat jumlah',
    "--summary: kbk audit lists participants and referrals row by row, so it needs the record-level exports (the month folder's peserta.csv, kontak.csv, rujukan.csv and prolanis.csv); a summary holds only counts",
  ),
  sampelTanpaRingkasan: teks(
    '--summary: kbk sampel mengambil sampel record yang dihitung, jadi memerlukan ekspor tingkat record (peserta.csv, kontak.csv, rujukan.csv dan prolanis.csv di folder bulan); ringkasan hanya memuat jumlah',
    "--summary: kbk sampel draws a sample of the records that counted, so it needs the record-level exports (the month folder's peserta.csv, kontak.csv, rujukan.csv and prolanis.csv); a summary holds only counts",
  ),
  /** A bug in kbk (exit 70): the audit's rows against capaian's counts. */
  auditTidakCocok: (beda: readonly string[]): Teks =>
    teks(`baris audit tidak sama dengan jumlah di capaian (bug di kbk): ${beda.join('; ')}`, `the audit's rows do not add up to capaian's counts (a bug in kbk): ${beda.join('; ')}`),

  // gabung.
  gabungKurangFolder: teks('kbk gabung memerlukan paling sedikit dua folder laporan (satu per proses cabang)', 'kbk gabung needs at least two report folders (one per branch run)'),
  folderLaporanTidakAda: (f: string): Teks => teks(`${f}: folder laporan tidak ada`, `${f}: report folder does not exist`),
  folderGanda: (a: string, b: string, asli: string): Teks =>
    teks(
      `${a} dan ${b} adalah folder yang sama (${asli}); setiap baris dan jumlahnya akan terhitung dua kali: berikan folder setiap cabang sekali saja`,
      `${a} and ${b} are the same folder (${asli}); every row and total would count twice: give each branch's folder once`,
    ),
  dialekCampur: (excel: string, kanonik: string): Teks =>
    teks(
      `${excel} ditulis dengan --csv-excel (BOM, ;, koma desimal) tetapi ${kanonik} sebagai CSV biasa; gabungkan laporan dari proses yang ditulis dengan cara yang sama`,
      `${excel} is written with --csv-excel (BOM, ;, decimal comma) but ${kanonik} as plain CSV; merge reports of runs written the same way`,
    ),
  tanpaLaporanKbk: (folders: readonly string[]): Teks =>
    teks(
      `${daftar(folders)}: tidak ada laporan kbk (capaian-, kapitasi-, anomali-, tolak-, rekap-YYYY-MM.csv) untuk digabung`,
      `${daftar(folders)}: no kbk report (capaian-, kapitasi-, anomali-, tolak-, rekap-YYYY-MM.csv) to merge`,
    ),
  laporanTidakDiSemua: (nama: string, ada: number, tanpa: readonly string[]): Teks =>
    teks(
      `${nama} ada di ${angka(ada, 'id')} folder tetapi tidak ada di ${daftar(tanpa)}; gabungkan hanya proses untuk bulan yang sama`,
      `${nama} is in ${ada} of the folders but not in ${daftar(tanpa)}; merge only runs of the same months`,
    ),
  kolomBerbeda: (path: string, acuan: string): Teks =>
    teks(
      `${path}: kolomnya berbeda dari ${acuan} (versi kbk atau aturan yang lain?); gabungkan laporan yang dibuat dengan cara yang sama`,
      `${path}: its columns differ from ${acuan}'s (another kbk version or rule set?); merge reports made alike`,
    ),
  fasilitasDuaCabang: (nama: string, kode: string | undefined, a: string, b: string): Teks =>
    teks(
      `${nama}: fasilitas ${kode} ada di ${a} dan juga di ${b}; satu fasilitas hanya milik satu cabang`,
      `${nama}: facility ${kode} is in both ${a} and ${b}; a facility belongs to one branch`,
    ),
  utasSalah: (nilai: string): Teks =>
    teks(
      `KBK_THREADS=${nilai}: harus bilangan bulat ≥ 1 (1: bulan dibaca satu per satu; N: sampai N thread; kosong: otomatis)`,
      `KBK_THREADS=${nilai}: must be a whole number ≥ 1 (1: months read one at a time; N: up to N threads; unset: automatic)`,
    ),
} satisfies Record<string, Pesan | ((...args: never[]) => Pesan)>;
