// A report as Excel on Indonesian Windows opens it with a double click: UTF-8 with a BOM
// (without it Excel reads Windows-1252), `;` between values (the id-ID list separator),
// CRLF, and a decimal comma in numbers (a decimal point makes 150.25 a date or text).
// Text stays as it is, so a code or a note never changes.
import { stringify } from 'csv-stringify/sync';
import { KOLOM_CABANG } from '../core/cabang.js';

const BOM = '\ufeff';

/** Columns that hold text (codes, names, months, notes), whatever their cells look like; the branch layout's too. */
const KOLOM_TEKS = new Set([
  'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan', 'bulan_bayar', 'bulan_penilaian',
  'catatan', 'file', 'alasan', 'isi', 'laporan', 'ukuran',
  ...KOLOM_CABANG.filter((k) => k.isi.jenis === 'bulan' || k.isi.jenis === 'identitas').map((k) => k.judul),
]);

const teks = (kolom: string): boolean => KOLOM_TEKS.has(kolom) || kolom.startsWith('ketentuan_');

/** Only a plain decimal ("150.25", "-0.5") changes; integers have nothing to change. */
const DESIMAL = /^-?\d+\.\d+$/;

/** Facility codes: all digits with a leading zero lose it when Excel opens them, unless written ="0112". */
const KODE = new Set(['kode_ppk', ...KOLOM_CABANG.filter((k) => k.isi.jenis === 'identitas' && k.isi.kunci === 'kodePpk').map((k) => k.judul)]);

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
