// The rejects' machine codes: one stable snake_case Indonesian code per kind of reject
// (the `jenis` a RowError or a set-aside row carries), written in tolak-YYYY-MM.csv's
// `kode` column and the workbook's Tolak sheet. Scripts match the code, never the
// `alasan` text (that one is in the run's language), so a code never changes with the
// language and never changes once released: a new kind of reject gets a new code.
// The README's table of codes (its section "The codes") is checked against this list
// (test/tolak-kode.test.ts).

export interface KodeTolak {
  /** The kind as the readers name it (RowError.jenis, the terminal summaries' key, in English). */
  jenis: string;
  /** The machine code in the rejects file. */
  kode: string;
  /** What it means, for the README's table (English, the README's language). */
  arti: string;
}

/** Every kind of reject with its code, in the README table's order (by file shape, then by value). */
export const KODE_TOLAK: readonly KodeTolak[] = [
  // A row's shape.
  { jenis: 'not CSV', kode: 'bukan_csv', arti: 'the row is not readable as CSV (a stray quote, text after a closing quote)' },
  { jenis: 'row too long', kode: 'baris_terlalu_panjang', arti: 'the row is longer than --max-row-bytes; isi holds its first bytes and its length' },
  { jenis: 'too many values', kode: 'nilai_berlebih', arti: 'the row has more values than the header (often a decimal comma or an unquoted delimiter in a value)' },
  { jenis: 'too few values', kode: 'nilai_kurang', arti: 'the row ends before a required column' },
  { jenis: 'value too long', kode: 'nilai_terlalu_panjang', arti: 'one value is longer than --max-field-bytes' },
  // Values.
  { jenis: 'empty', kode: 'kosong', arti: 'a required value is empty (also an empty tarif_kapitasi in fktp.csv)' },
  { jenis: 'not a date', kode: 'bukan_tanggal', arti: 'a date that is not a date, or not a real day (2024-06-31), in the file\'s date format' },
  { jenis: 'other date format', kode: 'format_tanggal_lain', arti: 'a date written in another format than the rest of the file' },
  { jenis: 'ambiguous date', kode: 'tanggal_ambigu', arti: 'a date outside the month as read but inside it with day and month swapped (Excel may have swapped them); not counted' },
  { jenis: 'leading zeros lost', kode: 'kartu_nol_hilang', arti: 'a card number that lost its leading zeros (a spreadsheet turned it into a number)' },
  { jenis: 'scientific notation', kode: 'kartu_notasi_ilmiah', arti: 'a card number written in scientific notation (1.23E+12): its digits are lost' },
  { jenis: 'not a 13-digit card', kode: 'bukan_kartu', arti: 'no_kartu is not a 13-digit card number' },
  { jenis: 'not yes/no', kode: 'bukan_ya_tidak', arti: 'a flag that is neither yes nor no (1/0, true/false, Y/N)' },
  { jenis: 'negative amount', kode: 'rupiah_negatif', arti: 'a Rupiah amount below zero' },
  { jenis: 'not whole Rupiah', kode: 'bukan_rupiah_bulat', arti: 'a Rupiah amount with a fraction' },
  { jenis: 'not an amount', kode: 'bukan_rupiah', arti: 'a Rupiah amount that is not a number' },
  { jenis: 'not a number', kode: 'bukan_angka', arti: 'a number column holds something else' },
  { jenis: 'not a measurement', kode: 'bukan_ukuran', arti: 'a measurement (gdp, sistole, diastole) that is not a number, or not exact once converted from mmol/L' },
  { jenis: 'implausible value', kode: 'nilai_tidak_wajar', arti: 'a measurement outside the rule set\'s plausible range (klinis.wajar)' },
  { jenis: 'sistole not above diastole', kode: 'sistole_tidak_di_atas', arti: 'a blood pressure whose sistole is not above its diastole' },
  { jenis: 'half a blood pressure', kode: 'tensi_separuh', arti: 'a blood pressure with only one of sistole and diastole' },
  { jenis: 'not DM or HT', kode: 'bukan_dm_ht', arti: 'a prolanis diagnosa that is neither DM nor HT' },
  { jenis: 'not an ICD-10 code', kode: 'bukan_icd10', arti: 'a diagnosis that is not an ICD-10 code' },
  { jenis: 'not a TACC code', kode: 'bukan_kode_tacc', arti: 'kd_tacc is not one of the TACC codes' },
  { jenis: 'unknown status', kode: 'status_tidak_dikenal', arti: 'a participant status kbk does not know' },
  { jenis: 'unknown facility type', kode: 'jenis_fktp_tidak_dikenal', arti: 'a facility type (jenis_fktp) kbk does not know' },
  // Facilities and participants.
  { jenis: 'duplicate facility', kode: 'fasilitas_ganda', arti: 'a kode_ppk on a second row of fktp.csv' },
  { jenis: 'zero tariff', kode: 'tarif_nol', arti: 'a facility with tarif_kapitasi 0' },
  { jenis: 'unknown facility', kode: 'fasilitas_tidak_dikenal', arti: 'a kode_ppk that is not in fktp.csv' },
  { jenis: 'facility rejected', kode: 'fasilitas_ditolak', arti: 'a row of a facility whose fktp.csv row was rejected' },
  { jenis: 'card at two facilities', kode: 'kartu_dua_fasilitas', arti: 'a card registered as active at two facilities in one month' },
  { jenis: 'conflicting duplicate', kode: 'rujukan_konflik', arti: 'a no_rujukan on rows with other content: none of its rows is counted' },
  // Set aside (listed, not counted against the file).
  { jenis: 'outside the month', kode: 'di_luar_bulan', arti: 'set aside: a contact, referral or measurement dated outside the month; not counted' },
  { jenis: 'entered after the deadline', kode: 'entri_terlambat', arti: 'set aside: a contact entered (tgl_entri) after the rule set\'s entry deadline; not counted' },
  // A branch summary (--summary).
  { jenis: 'month without a year', kode: 'bulan_tanpa_tahun', arti: '--summary: a month without a year' },
  { jenis: 'other month', kode: 'bulan_lain', arti: '--summary: a row of another month than its sheet' },
  { jenis: 'ambiguous count', kode: 'jumlah_ambigu', arti: '--summary: a count whose comma may be a thousands or a decimal separator' },
  { jenis: 'negative count', kode: 'jumlah_negatif', arti: '--summary: a count below zero' },
  { jenis: 'not a count', kode: 'bukan_jumlah', arti: '--summary: a count that is not a whole number' },
  { jenis: 'counts do not fit', kode: 'jumlah_tidak_cocok', arti: '--summary: a count larger than the count it is part of' },
  { jenis: 'facility twice', kode: 'fasilitas_dua_kali', arti: '--summary: a facility on two rows of one month' },
];

const PETA = new Map(KODE_TOLAK.map((k) => [k.jenis, k.kode]));

/**
 * The code of a kind of reject. A kind without a code is a bug (a reader added a kind and
 * not its code): it fails loudly rather than write a row scripts cannot match.
 */
export function kodeTolak(jenis: string): string {
  const k = PETA.get(jenis);
  if (k === undefined) throw new Error(`kbk: reject kind "${jenis}" has no code in src/ingest/kode-tolak.ts`);
  return k;
}
