// kbk's own reports read back (kbk gabung, the signals' history in --out, kbk check): one
// reader for both dialects kbk writes — the canonical CSV (comma, LF, decimal point) and
// --csv-excel (src/report/csv-excel.ts: BOM, `;`, CRLF, decimal comma, ="0112" codes) —
// that hands back the header and the rows in the canonical form, whichever was read.
// Every way a report can be wrong (not a regular file, not UTF-8, cut short, csv-parse's
// errors, a header that is not the report's, a row of another width, a value that is not
// the number its column holds) is a DataError naming the file and the line (exit 65); a
// folder where a report should be is a MissingInputError (66), as for the input files.
//
// Which columns hold text, and which hold codes, is the Excel writer's rule too: it lives
// here, and src/report/csv-excel.ts imports it, so the writer and the reader cannot drift.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import { KOLOM_CABANG } from '../core/cabang.js';
import { DataError, MissingInputError } from '../errors.js';
import type { Teks } from '../pesan/index.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

/** Columns that hold text (codes, names, months, notes), whatever their cells look like; the branch layout's too. */
const KOLOM_TEKS = new Set([
  'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan', 'bulan_bayar', 'bulan_penilaian',
  'catatan', 'file', 'kode', 'alasan', 'isi', 'laporan', 'ukuran',
  ...KOLOM_CABANG.filter((k) => k.isi.jenis === 'bulan' || k.isi.jenis === 'identitas').map((k) => k.judul),
]);

/** A column whose cells the Excel dialect leaves as they are (text), rather than writing a decimal comma. */
export const kolomTeks = (kolom: string): boolean => KOLOM_TEKS.has(kolom) || kolom.startsWith('ketentuan_');

/** Facility codes: all digits with a leading zero lose it when Excel opens them, unless written ="0112". */
export const KOLOM_KODE: ReadonlySet<string> = new Set(['kode_ppk', ...KOLOM_CABANG.filter((k) => k.isi.jenis === 'identitas' && k.isi.kunci === 'kodePpk').map((k) => k.judul)]);

/** The two ways kbk writes a CSV report. */
export type DialekLaporan = 'kanonik' | 'excel';

/**
 * What a column of a report holds: text (as it is), a facility code, a count or whole
 * Rupiah (a whole number, 0 or more), a whole number that may be negative (potongan), or
 * a decimal that may be negative.
 */
export type IsiKolom = 'teks' | 'kode' | 'cacah' | 'bulat' | 'bilangan';

const POLA: Record<Exclude<IsiKolom, 'teks' | 'kode'>, RegExp> = {
  cacah: /^\d+$/,
  bulat: /^-?\d+$/,
  bilangan: /^-?\d+(\.\d+)?$/,
};

/** A kind of kbk report, as the reader checks it. The kinds themselves: src/report/jenis-laporan.ts. */
export interface JenisLaporan {
  /** capaian, kapitasi, tolak, rekap, rekap-cabang, anomali. */
  nama: string;
  /** The header is this report's (exactly its columns, or for rule-set-dependent ones, its fixed columns in place). */
  headerSah(header: readonly string[]): boolean;
  /** What a column holds. */
  isi(kolom: string): IsiKolom;
  /** Columns that may not be empty. */
  wajib: ReadonlySet<string>;
  /** kbk writes this report with a header alone when there is nothing to list (anomali, tolak). */
  bolehTanpaBaris: boolean;
  /** The header an older kbk wrote for this report, refused by name (the rejects before their kode column). */
  headerLama?: readonly string[];
}

export interface Laporan {
  path: string;
  dialek: DialekLaporan;
  header: string[];
  /** The rows, values in the canonical form (decimal point, codes bare). */
  rows: Record<string, string>[];
  /** Each row's first line in the file (the header is line 1). */
  baris: number[];
  /** The file's text as read (BOM included), for a comparison of bytes (kbk check). */
  teks: string;
}

const BOM = '\ufeff';

/** About the longest string Node holds (2^29 characters): a report is read back whole. */
const BATAS_BYTES = 512 << 20;

/** What a path that is not a regular file is, for the message. */
function macam(st: Stats): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'special file';
}

function bukanBerkasBiasa(path: string, st: Stats): never {
  if (st.isDirectory()) throw new MissingInputError(PESAN_INGEST.folderBukanBerkas(path, path));
  throw new DataError(PESAN_INGEST.laporanBukanBerkasBiasa(path, macam(st)));
}

/**
 * The bytes of a report, from a regular file only: checked before it is opened (a FIFO
 * would block the open), opened without blocking, and checked again on the open file
 * (the path may have changed in between).
 */
function bacaBytes(path: string): Buffer {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new MissingInputError(code === 'ENOENT' ? PESAN_INGEST.berkasTidakDitemukan(path, path) : PESAN_INGEST.tidakDapatDibuka(path, path, code));
  }
  if (!st.isFile()) bukanBerkasBiasa(path, st);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new MissingInputError(PESAN_INGEST.tidakDapatDibuka(path, path, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) bukanBerkasBiasa(path, fst);
    if (fst.size > BATAS_BYTES) throw new DataError(PESAN_INGEST.laporanTerlaluBesar(path, fst.size));
    const potongan: Buffer[] = [];
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        throw new MissingInputError(PESAN_INGEST.pathTidakTerbaca(path, path, (e as NodeJS.ErrnoException).code ?? String(e)));
      }
      if (n === 0) break;
      potongan.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(potongan);
  } finally {
    closeSync(fd);
  }
}

const barisDari = (teks: string, pos: number): number => {
  let k = 1;
  for (let i = teks.indexOf('\n'); i !== -1 && i < pos; i = teks.indexOf('\n', i + 1)) k++;
  return k;
};

/** csv-parse's reasons in both languages (its code is stable; its English message is quoted as well). */
function alasanCsv(e: CsvError): Teks {
  switch (e.code) {
    case 'INVALID_OPENING_QUOTE':
      return PESAN_INGEST.laporanKutipPembuka;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return PESAN_INGEST.laporanKutipPenutup;
    case 'CSV_QUOTE_NOT_CLOSED':
      return PESAN_INGEST.laporanKutipTerbuka;
    default:
      return PESAN_INGEST.laporanCsvLain(e.code, e.message);
  }
}

/** Undoes what the Excel dialect did to a value (src/report/csv-excel.ts barisExcel). */
function kanonik(kolom: string, v: string): string {
  if (KOLOM_KODE.has(kolom)) {
    const m = /^="(0\d*)"$/.exec(v);
    if (m) return m[1] as string;
  }
  return !kolomTeks(kolom) && /^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v;
}

/**
 * Reads one kbk report of kind `jenis` (null: any header, for a file whose kind kbk check
 * does not know) in whichever of kbk's two dialects it is written.
 */
export function bacaLaporan(path: string, jenis: JenisLaporan | null): Laporan {
  const bytes = bacaBytes(path);
  let teks: string;
  try {
    teks = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    // Longer than a string can be (~512 MiB): no report kbk writes for a month comes near.
    if (e instanceof RangeError) throw new DataError(PESAN_INGEST.laporanTerlaluBesar(path, bytes.length));
    // The first line holding a byte that is not UTF-8.
    const lossy = bytes.toString('utf8');
    throw new DataError(PESAN_INGEST.laporanBukanUtf8(path, barisDari(lossy, lossy.indexOf('\ufffd'))));
  }
  if (teks.length === 0 || teks === BOM) throw new DataError(PESAN_INGEST.laporanKosong(path));
  const bom = teks.startsWith(BOM);
  const isi = bom ? teks.slice(1) : teks;
  const akhirKepala = isi.indexOf('\n');
  const kepala = akhirKepala === -1 ? isi : isi.slice(0, akhirKepala);
  // kbk writes the Excel dialect with a BOM; a header with `;` and no comma is that dialect saved without one.
  const dialek: DialekLaporan = bom || (kepala.includes(';') && !kepala.includes(',')) ? 'excel' : 'kanonik';
  const akhirBaris = kepala.endsWith('\r') ? '\r\n' : '\n';
  // Every line kbk writes ends with its line end: a file that does not was cut short.
  if (!isi.endsWith(akhirBaris)) throw new DataError(PESAN_INGEST.laporanTerpotong(path, barisDari(isi, isi.length)));
  const barisAkhir: number[] = [];
  let records: string[][];
  try {
    records = parse(isi, {
      delimiter: dialek === 'excel' ? ';' : ',',
      record_delimiter: akhirBaris,
      bom: false,
      on_record: (r: string[], ctx: { lines: number }) => {
        barisAkhir.push(ctx.lines);
        return r;
      },
    }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const sejak = (barisAkhir[barisAkhir.length - 1] ?? 0) + 1;
    const baris = e.code === 'CSV_QUOTE_NOT_CLOSED' ? sejak : typeof e.lines === 'number' ? e.lines : sejak;
    if (e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      const header = (records0(isi, dialek, akhirBaris) ?? []).length;
      const got = Array.isArray((e as CsvError & { record?: unknown }).record) ? ((e as CsvError & { record: unknown[] }).record.length) : -1;
      throw new DataError(PESAN_INGEST.laporanJumlahKolom(path, baris, header, got));
    }
    throw new DataError(PESAN_INGEST.laporanCsvRusak(path, baris, alasanCsv(e)));
  }
  const header = records[0] ?? [];
  if (jenis?.headerLama && header.length === jenis.headerLama.length && header.every((k, i) => k === jenis.headerLama?.[i]))
    throw new DataError(PESAN_INGEST.laporanHeaderLama(path, jenis.nama));
  if (jenis && !jenis.headerSah(header)) throw new DataError(PESAN_INGEST.laporanHeaderAsing(path, jenis.nama, header.slice(0, 4).join(dialek === 'excel' ? ';' : ',')));
  if (new Set(header).size !== header.length) throw new DataError(PESAN_INGEST.laporanHeaderAsing(path, jenis?.nama ?? 'kbk', header.slice(0, 4).join(dialek === 'excel' ? ';' : ',')));
  if (jenis && !jenis.bolehTanpaBaris && records.length < 2) throw new DataError(PESAN_INGEST.laporanTanpaBaris(path, jenis.nama));
  const rows: Record<string, string>[] = [];
  const baris: number[] = [];
  for (let i = 1; i < records.length; i++) {
    const rec = records[i] as string[];
    const line = (barisAkhir[i - 1] ?? 0) + 1;
    const row: Record<string, string> = {};
    header.forEach((k, j) => {
      const mentah = rec[j] ?? '';
      const v = dialek === 'excel' ? kanonik(k, mentah) : mentah;
      if (jenis) periksaNilai(path, line, jenis, k, v);
      row[k] = v;
    });
    rows.push(row);
    baris.push(line);
  }
  return { path, dialek, header, rows, baris, teks };
}

/** The header's record alone (for the width a row should have). */
function records0(isi: string, dialek: DialekLaporan, akhirBaris: string): string[] | undefined {
  try {
    return (parse(isi, { delimiter: dialek === 'excel' ? ';' : ',', record_delimiter: akhirBaris, bom: false, to_line: 1 }) as string[][])[0];
  } catch {
    return undefined;
  }
}

function periksaNilai(path: string, line: number, jenis: JenisLaporan, kolom: string, v: string): void {
  if (v === '') {
    if (jenis.wajib.has(kolom)) throw new DataError(PESAN_INGEST.laporanNilaiKosong(path, line, kolom));
    return;
  }
  const isi = jenis.isi(kolom);
  if (isi === 'teks' || isi === 'kode') return;
  if (!POLA[isi].test(v)) throw new DataError(PESAN_INGEST.laporanBukanAngka(path, line, kolom, v, isi));
}
