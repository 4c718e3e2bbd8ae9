// A report as Excel on Indonesian Windows opens it with a double click: UTF-8 with a BOM
// (without it Excel reads Windows-1252), `;` between values (the id-ID list separator),
// CRLF, and a decimal comma in numbers (a decimal point makes 150.25 a date or text).
// Text stays as it is, so a code or a note never changes.
import { stringify } from 'csv-stringify/sync';
// Which columns are text and which are codes: the report reader's rule (src/ingest/laporan.ts), so both agree.
import { KOLOM_KODE as KODE, kolomTeks as teks } from '../ingest/laporan.js';

const BOM = '\ufeff';

/** Only a plain decimal ("150.25", "-0.5") changes; integers have nothing to change. */
const DESIMAL = /^-?\d+\.\d+$/;

/**
 * The Excel dialect's change to each value of `columns` (by its index): a code of digits
 * with a leading zero written ="0112", a plain decimal in a column that is not text with
 * its decimal comma; anything else as it is.
 */
export function pengubahExcel(columns: readonly string[]): (i: number, v: string) => string {
  const kode = columns.map((k) => KODE.has(k));
  const angka = columns.map((k) => !teks(k));
  return (i, v) => (kode[i] && /^0\d*$/.test(v) ? `="${v}"` : angka[i] && DESIMAL.test(v) ? v.replace('.', ',') : v);
}

/** A value as csvExcel writes it once changed (pengubahExcel): quoted, its quotes doubled, when it holds a ;, a quote or a CRLF (csv-stringify's rule with this delimiter and record delimiter). */
export function selExcel(v: string): string {
  return PERLU_KUTIP_EXCEL.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
const PERLU_KUTIP_EXCEL = /[;"]|\r\n/;

function barisExcel(columns: readonly string[], ubah: (i: number, v: string) => string, row: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  columns.forEach((k, i) => (out[k] = ubah(i, row[k] ?? '')));
  return out;
}

const opsi = (columns: readonly string[], header: boolean) => ({ header, columns: [...columns], delimiter: ';', record_delimiter: 'windows' as const });

export function csvExcel(columns: readonly string[], rows: Iterable<Record<string, string>>): string {
  const ubah = pengubahExcel(columns);
  return BOM + stringify([...rows].map((r) => barisExcel(columns, ubah, r)), opsi(columns, true));
}

/** The same bytes as csvExcel, made a thousand rows at a time (a rejects file can be large). */
export function csvExcelPotongan(columns: readonly string[], rows: Iterable<Record<string, string>>): () => Iterable<string> {
  return function* () {
    yield csvExcel(columns, []);
    const ubah = pengubahExcel(columns);
    let batch: Record<string, string>[] = [];
    for (const r of rows) {
      batch.push(barisExcel(columns, ubah, r));
      if (batch.length === 1000) {
        yield stringify(batch, opsi(columns, false));
        batch = [];
      }
    }
    if (batch.length > 0) yield stringify(batch, opsi(columns, false));
  };
}
