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

function barisExcel(columns: readonly string[], row: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of columns) {
    const v = row[k] ?? '';
    out[k] = KODE.has(k) && /^0\d*$/.test(v) ? `="${v}"` : !teks(k) && DESIMAL.test(v) ? v.replace('.', ',') : v;
  }
  return out;
}

const opsi = (columns: readonly string[], header: boolean) => ({ header, columns: [...columns], delimiter: ';', record_delimiter: 'windows' as const });

export function csvExcel(columns: readonly string[], rows: Iterable<Record<string, string>>): string {
  return BOM + stringify([...rows].map((r) => barisExcel(columns, r)), opsi(columns, true));
}

/** The same bytes as csvExcel, made a thousand rows at a time (a rejects file can be large). */
export function csvExcelPotongan(columns: readonly string[], rows: Iterable<Record<string, string>>): () => Iterable<string> {
  return function* () {
    yield csvExcel(columns, []);
    let batch: Record<string, string>[] = [];
    for (const r of rows) {
      batch.push(barisExcel(columns, r));
      if (batch.length === 1000) {
        yield stringify(batch, opsi(columns, false));
        batch = [];
      }
    }
    if (batch.length > 0) yield stringify(batch, opsi(columns, false));
  };
}
