// The bad-input corpus (in the manner of Go's encoding/csv reader tests): each case is one
// damaged copy of the tiny month, with the exact exit code, file, line, column and message
// an analyst gets. Row-level cases run twice: with --strict (stop at that row) and by
// default (the row in tolak-2024-06.csv, exit 65 because one bad row of a tiny file is
// above 1 %, and no report).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { kbk, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
const FKTP = 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\n';
const FKTP_A = `${FKTP}A,Puskesmas A,puskesmas,6000\n`;
const KONTAK = 'no_kartu,kode_ppk,tgl_kontak\n';
const RUJUKAN = 'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\n';
const PROLANIS = 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n';
const PESERTA = 'no_kartu,kode_ppk,status\n' + Array.from({ length: 10 }, (_, i) => `${c(i + 1)},A,aktif\n`).join('');
const kontak = (...rows: string[]): string => KONTAK + rows.map((r) => r + '\n').join('');

type Files = Parameters<typeof tinyMonth>[0];
interface RowCase {
  name: string;
  files: Files;
  args?: string[];
  file: string;
  line: number;
  column: string;
  message: string;
  /** The message as stderr shows it, card numbers masked (personal data); the rejects keep `message`. */
  terminal?: string;
}

const ROW_CASES: RowCase[] = [
  // Dates (one format per file, spec §2)
  { name: 'date is not a date', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)},A,kemarin`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak', message: 'tgl_kontak "kemarin" is not a date (expected yyyy-mm-dd)' },
  { name: 'date before any format is known', files: { 'kontak.csv': kontak(`${c(1)},A,3 Juni 2024`) },
    file: '2024-06/kontak.csv', line: 2, column: 'tgl_kontak', message: 'tgl_kontak "3 Juni 2024" is not a date (expected yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy)' },
  { name: 'day past the end of the month', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)},A,2024-06-31`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak', message: 'tgl_kontak "2024-06-31" is not a real date as yyyy-mm-dd: 2024-06 has 30 days, not 31' },
  { name: 'month 13', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)},A,2024-13-01`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak', message: 'tgl_kontak "2024-13-01" is not a real date as yyyy-mm-dd: there is no month 13' },
  { name: '29 February of a common year', files: { 'kontak.csv': kontak(`${c(1)},A,03/06/2024`, `${c(2)},A,29/02/2023`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak', message: 'tgl_kontak "29/02/2023" is not a real date as dd/mm/yyyy: 2023-02 has 28 days, not 29' },
  { name: 'a second date format in one file', files: { 'kontak.csv': kontak(`${c(1)},A,03/06/2024`, `${c(2)},A,2024-06-04`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak', message: 'tgl_kontak "2024-06-04" is not in this file\'s date format dd/mm/yyyy (guessed from line 2 "03/06/2024"); a file is read in one format' },
  { name: 'day and month that only fit month-first', files: { 'kontak.csv': kontak(`${c(1)},A,13/06/2024`, `${c(2)},A,06/14/2024`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak',
    message: 'tgl_kontak "06/14/2024" is not a real date as dd/mm/yyyy: there is no month 14; it would be a mm/dd/yyyy date: if the file is written that way, pass --date-format mm/dd/yyyy' },
  { name: 'a date that lands in the month only read month-first', files: { 'kontak.csv': kontak(`${c(1)},A,15/06/2024`, `${c(2)},A,06/05/2024`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak',
    message: 'tgl_kontak "06/05/2024" is ambiguous: as dd/mm/yyyy (guessed from line 2 "15/06/2024") it is 2024-05-06, outside 2024-06; as mm/dd/yyyy it is 2024-06-05, inside. Excel may have swapped its day and month; not counted' },
  { name: 'dashes, day-first (P-Care) with a day past the month', files: { 'rujukan.csv': `${RUJUKAN}R1,${c(1)},A,03-06-2024,J06.9,1\nR2,${c(2)},A,31-06-2024,N18.5,0\n` },
    file: '2024-06/rujukan.csv', line: 3, column: 'tgl_rujukan', message: 'tgl_rujukan "31-06-2024" is not a real date as dd-mm-yyyy: 2024-06 has 30 days, not 31' },
  { name: 'an Excel date serial number', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)},A,45446`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak',
    message: 'tgl_kontak "45446" is not a date (expected yyyy-mm-dd); it looks like an Excel date serial number (45446 would be 2024-06-03): format the column as a date before exporting' },
  { name: 'empty date', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)},A,`) },
    file: '2024-06/kontak.csv', line: 3, column: 'tgl_kontak', message: 'tgl_kontak is empty; a value is required' },
  // Card numbers (13 digits, strings)
  { name: 'card that lost its leading zeros', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, '9000000002,A,2024-06-04') },
    file: '2024-06/kontak.csv', line: 3, column: 'no_kartu',
    message: 'no_kartu "9000000002" has 10 digits, not 13: its leading zeros were probably lost (Excel stores the column as a number); kbk does not pad it, export the column as text',
    terminal: 'no_kartu "9000•••002" has 10 digits, not 13: its leading zeros were probably lost (Excel stores the column as a number); kbk does not pad it, export the column as text' },
  { name: 'card in scientific notation with a decimal comma, unquoted', files: { 'peserta.csv': `no_kartu,kode_ppk\n${c(1)},A\n9,00000E+09,A\n` },
    file: '2024-06/peserta.csv', line: 3, column: '#3', message: 'the row has 3 values but the header has 2 columns; a value probably contains an unquoted comma' },
  { name: 'card in scientific notation, quoted', files: { 'peserta.csv': `no_kartu;kode_ppk\n${c(1)};A\n"9,00000E+09";A\n` },
    file: '2024-06/peserta.csv', line: 3, column: 'no_kartu',
    message: 'no_kartu "9,00000E+09" is in scientific notation: Excel turned the card number into a number and its digits are lost; export the column as text' },
  { name: 'card with 14 digits', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)}0,A,2024-06-04`) },
    file: '2024-06/kontak.csv', line: 3, column: 'no_kartu', message: 'no_kartu "00090000000020" is not a 13-digit card number',
    terminal: 'no_kartu "0009•••••••020" is not a 13-digit card number' },
  { name: 'card with separators', files: { 'prolanis.csv': `${PROLANIS}${c(7)},A,DM,1,2024-06-10,100,,\n0009-0000-00008,A,DM,1,2024-06-10,200,,\n` },
    file: '2024-06/prolanis.csv', line: 3, column: 'no_kartu', message: 'no_kartu "0009-0000-00008" is not a 13-digit card number' },
  { name: 'empty card', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, ',A,2024-06-04') },
    file: '2024-06/kontak.csv', line: 3, column: 'no_kartu', message: 'no_kartu is empty; a value is required' },
  { name: 'card active at two facilities', files: { 'fktp.csv': `${FKTP_A}B,Puskesmas B,puskesmas,6000\n`, 'peserta.csv': `${PESERTA}${c(3)},B,aktif\n` },
    file: '2024-06/peserta.csv', line: 4, column: 'no_kartu', message: 'no_kartu is active at two facilities in the month (A and B); none of its registrations is counted' },
  // Facility codes
  { name: 'unknown facility code', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)},Z,2024-06-04`) },
    file: '2024-06/kontak.csv', line: 3, column: 'kode_ppk', message: 'kode_ppk "Z" is not in fktp.csv' },
  { name: 'facility code that lost its leading zeros', files: { 'fktp.csv': `${FKTP_A}00120001,Klinik B,klinik_pratama,8000\n`, 'rujukan.csv': `${RUJUKAN}R1,${c(1)},A,2024-06-03,J06.9,1\nR2,${c(2)},120001,2024-06-03,N18.5,0\n` },
    file: '2024-06/rujukan.csv', line: 3, column: 'kode_ppk', message: 'kode_ppk "120001" is not in fktp.csv; fktp.csv has "00120001": were its leading zeros lost (Excel)?' },
  { name: 'empty facility code', files: { 'prolanis.csv': `${PROLANIS}${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},,DM,1,2024-06-10,200,,\n` },
    file: '2024-06/prolanis.csv', line: 3, column: 'kode_ppk', message: 'kode_ppk is empty; a value is required' },
  { name: 'unknown participant status', files: { 'peserta.csv': PESERTA.replace(`${c(5)},A,aktif`, `${c(5)},A,pindah`) },
    file: '2024-06/peserta.csv', line: 6, column: 'status', message: 'status "pindah" is not aktif or tidak aktif' },
  // Referrals
  { name: 'unknown TACC code', files: { 'rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,kd_tacc,non_spesialistik\nR1,${c(1)},A,2024-06-03,J06.9,,1\nR2,${c(2)},A,2024-06-03,N18.5,9,0\n` },
    file: '2024-06/rujukan.csv', line: 3, column: 'kd_tacc', message: 'kd_tacc "9" is not a TACC code (expected -1, 0 or empty for none, 1 Time, 2 Age, 3 Complication, 4 Comorbidity)' },
  { name: 'non-specialistic flag that is not yes/no', files: { 'rujukan.csv': `${RUJUKAN}R1,${c(1)},A,2024-06-03,J06.9,1\nR2,${c(2)},A,2024-06-03,N18.5,mungkin\n` },
    file: '2024-06/rujukan.csv', line: 3, column: 'non_spesialistik', message: 'non_spesialistik "mungkin" is not a yes/no value (expected 1/0, Y/N, true/false)' },
  { name: 'empty referral number', files: { 'rujukan.csv': `${RUJUKAN}R1,${c(1)},A,2024-06-03,J06.9,1\n,${c(2)},A,2024-06-03,N18.5,0\n` },
    file: '2024-06/rujukan.csv', line: 3, column: 'no_rujukan', message: 'no_rujukan is empty; a value is required' },
  // Prolanis
  { name: 'programme that is neither DM nor HT', files: { 'prolanis.csv': `${PROLANIS}${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,TB,1,2024-06-10,200,,\n` },
    file: '2024-06/prolanis.csv', line: 3, column: 'diagnosa', message: 'diagnosa "TB" is neither DM nor HT (expected DM, HT, or kdKelompok 01/02)' },
  { name: 'enrolment that is not yes/no', files: { 'prolanis.csv': `${PROLANIS}${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,DM,x,2024-06-10,200,,\n` },
    file: '2024-06/prolanis.csv', line: 3, column: 'prolanis', message: 'prolanis "x" is not a yes/no value (expected 1/0, Y/N, true/false)' },
  { name: 'blood sugar that is not a number', files: { 'prolanis.csv': `${PROLANIS}${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,DM,1,2024-06-10,tinggi,,\n` },
    file: '2024-06/prolanis.csv', line: 3, column: 'gdp', message: 'gdp "tinggi" is not a number (expected e.g. 126 or 6,8)' },
  { name: 'half a blood pressure', files: { 'prolanis.csv': `${PROLANIS}${c(9)},A,HT,1,2024-06-10,,120,80\n${c(10)},A,HT,1,2024-06-10,,160,\n` },
    file: '2024-06/prolanis.csv', line: 3, column: 'diastole', message: 'diastole is empty; a blood pressure needs both sistole and diastole' },
  { name: 'measurement date that is not a date', files: { 'prolanis.csv': `${PROLANIS}${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,DM,1,10 Juni,200,,\n` },
    file: '2024-06/prolanis.csv', line: 3, column: 'tgl_periksa', message: 'tgl_periksa "10 Juni" is not a date (expected yyyy-mm-dd)' },
  // The facility master
  { name: 'negative tariff', files: { 'fktp.csv': `${FKTP_A}B,Klinik B,klinik_pratama,-8000\n` },
    file: 'fktp.csv', line: 3, column: 'tarif_kapitasi', message: 'tarif_kapitasi "-8000" is negative; a tariff is a whole, non-negative Rupiah amount' },
  { name: 'tariff with sen', files: { 'fktp.csv': `${FKTP_A}B,Klinik B,klinik_pratama,"8000,50"\n` },
    file: 'fktp.csv', line: 3, column: 'tarif_kapitasi', message: 'tarif_kapitasi "8000,50" is not a whole Rupiah amount; tariffs are whole Rupiah (expected e.g. 10000 or 10.000)' },
  { name: 'tariff in words', files: { 'fktp.csv': `${FKTP_A}B,Klinik B,klinik_pratama,delapan ribu\n` },
    file: 'fktp.csv', line: 3, column: 'tarif_kapitasi', message: 'tarif_kapitasi "delapan ribu" is not a Rupiah amount (expected e.g. 10000 or 10.000)' },
  { name: 'empty tariff', files: { 'fktp.csv': `${FKTP_A}B,Klinik B,klinik_pratama,\n` },
    file: 'fktp.csv', line: 3, column: 'tarif_kapitasi', message: 'tarif_kapitasi is empty; a whole Rupiah amount is required' },
  { name: 'negative minimum tariff', files: { 'fktp.csv': `kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi,tarif_minimal\nA,Puskesmas A,puskesmas,6000,\nB,Klinik B,klinik_pratama,8000,-1\n` },
    file: 'fktp.csv', line: 3, column: 'tarif_minimal', message: 'tarif_minimal "-1" is negative; a tariff is a whole, non-negative Rupiah amount' },
  { name: 'unknown facility type', files: { 'fktp.csv': `${FKTP_A}B,Apotek B,apotek,8000\n` },
    file: 'fktp.csv', line: 3, column: 'jenis_fktp', message: 'jenis_fktp "apotek" is not a known facility type (expected puskesmas, klinik_pratama, rs_d_pratama, praktik_dokter, praktik_dokter_gigi or a BPJS spelling such as KLINIK PRATAMA)' },
  { name: 'facility listed twice', files: { 'fktp.csv': `${FKTP_A}A,Puskesmas A lagi,puskesmas,6000\n` },
    file: 'fktp.csv', line: 3, column: 'kode_ppk', message: 'kode_ppk "A" appears twice in the facility master' },
  { name: 'cooperation date that is not a date', files: { 'fktp.csv': `${FKTP.trim()},tgl_kerja_sama\nA,Puskesmas A,puskesmas,6000,2020-01-01\nB,Klinik B,klinik_pratama,8000,2023-02-30\n` },
    file: 'fktp.csv', line: 3, column: 'tgl_kerja_sama', message: 'tgl_kerja_sama "2023-02-30" is not a real date as yyyy-mm-dd: 2023-02 has 28 days, not 30' },
  { name: 'data-network flag that is not yes/no', files: { 'fktp.csv': `${FKTP.trim()},jaringan_data\nA,Puskesmas A,puskesmas,6000,Y\nB,Klinik B,klinik_pratama,8000,kadang\n` },
    file: 'fktp.csv', line: 3, column: 'jaringan_data', message: 'jaringan_data "kadang" is not a yes/no value (expected 1/0, Y/N, true/false)' },
  { name: 'facility without a name', files: { 'fktp.csv': `${FKTP_A}B,,klinik_pratama,8000\n` },
    file: 'fktp.csv', line: 3, column: 'nama_fktp', message: 'nama_fktp is empty; a value is required' },
  { name: 'unquoted delimiter inside a name', files: { 'fktp.csv': `${FKTP_A}B,Klinik B, Cabang 2,klinik_pratama,8000\n` },
    file: 'fktp.csv', line: 3, column: '#5', message: 'the row has 5 values but the header has 4 columns; a value probably contains an unquoted comma' },
  { name: 'a row with another delimiter', files: { 'kontak.csv': kontak(`${c(1)},A,2024-06-03`, `${c(2)};A;2024-06-04`) },
    file: '2024-06/kontak.csv', line: 3, column: 'kode_ppk',
    message: 'the row has 1 value but the header has 3 columns: kode_ppk and what follows are missing; it seems to use semicolon as delimiter, unlike the header' },
  { name: 'a last row cut short', files: { 'rujukan.csv': `${RUJUKAN}R1,${c(1)},A,2024-06-03,J06.9,1\nR2,${c(2)},A,2024-0` },
    file: '2024-06/rujukan.csv', line: 3, column: 'kode_diagnosa', message: 'the row has 4 values but the header has 6 columns: kode_diagnosa and what follows are missing' },
  { name: 'column named as the export names it', files: { 'kontak.csv': `noKartu;kdProvider;tglDaftar\n${c(1)};A;03-06-2024\n${c(2)};A;34-06-2024\n` },
    file: '2024-06/kontak.csv', line: 3, column: 'tglDaftar', message: 'tgl_kontak "34-06-2024" is not a real date as dd-mm-yyyy: 2024-06 has 30 days, not 34' },
];

const locate = (t: { file: string; line?: number; column?: string }): string => `${t.file}${t.line ? `:${t.line}` : ''}${t.column ? ` column ${t.column}` : ''}`;
const errorLine = (err: string): string => err.split('\n').find((l) => l.startsWith('kbk: error: ')) ?? `(no error line in: ${err})`;
const compute = (data: string, out: string, ...more: string[]) => kbk(['compute', '--data', data, '--month', '2024-06', '--out', out, ...more]);

describe('bad rows: exit 65, file, line, column and message', () => {
  it(`the corpus has ${ROW_CASES.length} row cases`, () => {
    expect(ROW_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROW_CASES.map((t) => t.name)).size).toBe(ROW_CASES.length);
  });

  it.each(ROW_CASES.map((t) => [t.name, t] as const))('--strict: %s', async (_name, t) => {
    const out = tmp();
    const r = await compute(tinyMonth(t.files), out, '--strict', ...(t.args ?? []));
    expect(errorLine(r.err)).toBe(`kbk: error: ${locate(t)}: ${t.terminal ?? t.message} (--strict stops at the first bad row)`);
    expect(r.code).toBe(65);
    expect(readdirSync(out)).toEqual(['tolak-2024-06.csv']);
  });

  it.each(ROW_CASES.map((t) => [t.name, t] as const))('default: %s goes to the rejects, and no report', async (_name, t) => {
    const out = tmp();
    const r = await compute(tinyMonth(t.files), out, ...(t.args ?? []));
    expect(r.code).toBe(65);
    expect(errorLine(r.err)).toMatch(new RegExp(`^kbk: error: ${t.file.replace(/[.]/g, '\\.')}: \\d+ of \\d+ rows rejected \\(`));
    expect(errorLine(r.err)).toContain(`first: line ${t.line} column ${t.column}: ${t.terminal ?? t.message}`);
    expect(readdirSync(out)).toEqual(['tolak-2024-06.csv']);
    const rows = parse(readFileSync(join(out, 'tolak-2024-06.csv')), { columns: true }) as Record<string, string>[];
    expect(rows.filter((x) => x.file === t.file && x.baris === String(t.line)).map((x) => x.alasan)).toEqual([t.message]);
  });
});

interface FileCase {
  name: string;
  files: Files;
  args?: string[];
  code: 65 | 66;
  /** The error after "kbk: error: ". */
  error: string | RegExp;
}

const FILE_CASES: FileCase[] = [
  { name: 'missing required column, with the synonyms accepted', files: { 'kontak.csv': `no_kartu,kode_ppk,tanggal\n${c(1)},A,2024-06-01\n` }, code: 65,
    error: '2024-06/kontak.csv:1: missing required column tgl_kontak (accepted: tgl_kontak, tgldaftar, tgl_kunjungan, tgl_pelayanan, tglkunjungan, tglpelayanan); the header has "tanggal" (column 3), close to tgl_kontak: is it misspelt?; header is: no_kartu, kode_ppk, tanggal' },
  { name: 'the wrong delimiter forced', files: {}, args: ['--delimiter', ';'], code: 65,
    error: 'fktp.csv:1: missing required column kode_ppk (accepted: kode_ppk, kdppk, kd_ppk, kode ppk, kdprovider, kd_provider); nama_fktp (accepted: nama_fktp, nama fktp, nmppk, nama_ppk, nmprovider); jenis_fktp (accepted: jenis_fktp, tipe fktp, jenis, tipe_fktp); tarif_kapitasi (accepted: tarif_kapitasi, tarif, norma_kapitasi); header is: kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi; the header is a single column when split on semicolon: if the file uses another delimiter, pass --delimiter' },
  { name: 'a header line missing', files: { 'peserta.csv': `${c(1)},A\n${c(2)},A\n` }, code: 65,
    error: '2024-06/peserta.csv:1: missing required column no_kartu (accepted: no_kartu, nokartu, no_peserta, nokapst); kode_ppk (accepted: kode_ppk, kdproviderpst, kd_provider, kdppk, kd_ppk, kdprovider); header is: 0009••••••001, A; the first line looks like a data row: is the header line missing?' },
  { name: 'empty file', files: { 'peserta.csv': '' }, code: 65, error: '2024-06/peserta.csv:1: the file is empty; expected a header line and data rows' },
  { name: 'header-only file', files: { 'rujukan.csv': RUJUKAN }, code: 65,
    error: '2024-06/rujukan.csv:2: the file has a header but no data rows; an export without rows is taken as a failed export' },
  { name: 'blank lines only after the header', files: { 'kontak.csv': `${KONTAK}\r\n\r\n` }, code: 65,
    error: '2024-06/kontak.csv:2: the file has a header but no data rows; an export without rows is taken as a failed export' },
  { name: 'missing month file', files: { 'prolanis.csv': null }, code: 66, error: /^2024-06\/prolanis\.csv: file not found \(looked for .*\/2024-06\/prolanis\.csv\)$/ },
  { name: 'missing facility master', files: { 'fktp.csv': null }, code: 66, error: /^fktp\.csv: file not found \(looked for .*\/fktp\.csv\)$/ },
  { name: 'diagnosa.csv with two flags for one code', files: { 'diagnosa.csv': 'kode_diagnosa,non_spesialistik\nJ06.9,1\nN18.5,0\nj069,0\n' }, code: 65,
    error: 'diagnosa.csv:4 column non_spesialistik: kode_diagnosa j069 is non_spesialistik=0 here but 1 on line 2; one code needs one flag' },
  // Issue 7 #11: named at the line where the quote opens, not at the file's last line.
  { name: 'a quote never closed, at the line it opens', files: { 'kontak.csv': `${KONTAK}${c(1)},A,2024-06-03\n"${c(2)},A,2024-06-04\n${c(3)},A,2024-06-05\n` }, code: 65,
    error: '2024-06/kontak.csv:3: a quoted value opens on this line and is never closed, so the rest of the file would be one value; check the quotes on line 3' },
  { name: 'no way to tell non-specialistic referrals', files: { 'rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa\nR1,${c(1)},A,2024-06-03,J06.9\n` }, code: 65,
    error: '2024-06/rujukan.csv:2 column non_spesialistik: the referral has no non_spesialistik value and the data folder has no diagnosa.csv to look up kode_diagnosa "J06.9"; kbk does not guess. Add the column or diagnosa.csv' },
  { name: 'most contacts outside the month (last month\'s export)', files: { 'kontak.csv': kontak(`${c(1)},A,2024-05-03`, `${c(2)},A,2024-05-04`, `${c(3)},A,2024-06-05`) }, code: 65,
    // Issue 15: the share, the month the dates belong to and the acceptance (src/app/bulan-salah.ts).
    error: "2024-06/kontak.csv: 66.7% of dated rows (2 of 3) are from 2024-05 — is this 2024-05's export? Export 2024-06/kontak.csv again, or accept the file with --terima-luar-bulan 2024-06/kontak.csv (its rows outside 2024-06 are still set aside, not counted)" },
  { name: 'a month-first file guessed day-first', files: { 'kontak.csv': kontak(`${c(1)},A,06/03/2024`, `${c(2)},A,06/14/2024`, `${c(3)},A,06/15/2024`) }, args: ['--max-reject-rate', '100'], code: 65,
    error: '2024-06/kontak.csv: dates are ambiguous: read as dd/mm/yyyy (guessed from line 2 "06/03/2024"), but line 3 "06/14/2024" fits only mm/dd/yyyy and no line fits only dd/mm/yyyy; re-export the dates as yyyy-mm-dd, or pass --date-format mm/dd/yyyy if the file is written that way' },
  { name: 'no usable facility', files: { 'fktp.csv': `${FKTP}A,Puskesmas A,puskesmas,enam ribu\n` }, args: ['--max-reject-rate', '100'], code: 65,
    error: 'fktp.csv: no usable facility row; expected at least one' },
];

describe('bad files: the documented exit code and one message', () => {
  it.each(FILE_CASES.map((t) => [t.name, t] as const))('%s', async (_name, t) => {
    const out = tmp();
    const r = await compute(tinyMonth(t.files), out, ...(t.args ?? []));
    const line = errorLine(r.err).replace(/^kbk: error: /, '');
    if (typeof t.error === 'string') expect(line).toBe(t.error);
    else expect(line).toMatch(t.error);
    expect(r.code).toBe(t.code);
    expect(readdirSync(out).filter((f) => !f.startsWith('tolak-'))).toEqual([]);
  });

  it('a Windows-1252 byte past the sniffed 64 KiB names its line', async () => {
    const data = tinyMonth();
    const rows = Array.from({ length: 3000 }, (_, i) => `F${String(i).padStart(5, '0')},Puskesmas Nomor ${i} dengan nama panjang,puskesmas,6000\n`).join('');
    writeFileSync(join(data, 'fktp.csv'), Buffer.concat([Buffer.from(FKTP_A + rows), Buffer.from('ZZ,Klinik Andr\xe9,puskesmas,6000\n', 'latin1')]));
    const r = await compute(data, tmp());
    expect(errorLine(r.err)).toBe("kbk: error: fktp.csv:3003: not valid UTF-8, though the file's first 64 KiB were; if it was saved as Windows-1252 (ANSI), pass --encoding windows-1252");
    expect(r.code).toBe(65);
    const ok = await compute(data, tmp(), '--encoding', 'windows-1252', '--json');
    expect(ok.code, ok.err).toBe(0);
  });
});
