// Streaming CSV reader: sniffs the dialect (BOM, UTF-8 vs Windows-1252, delimiter), maps
// the header through the synonym table, and hands each row to a callback without ever
// holding the file as an array of rows. csv-parse is the parser of record.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { DataError, MissingInputError } from '../errors.js';
import { PembacaTanggal, type FormatTanggal } from './dates.js';
import { KOLOM, normalizeHeader, type JenisFile, type KolomSpec } from './headers.js';
import type { Penolakan } from './rejects.js';
import { RowError } from './row-error.js';

export interface Baris {
  line: number;
  /** The row as read, line terminator included (the rejects strip it). */
  raw: string;
  /** Trimmed value of a canonical column; '' when the column is absent or the cell empty. */
  get(kolom: string): string;
  /** Whether the header has this canonical column. */
  has(kolom: string): boolean;
  /** The column as the file's header names it ("tglDaftar" for tgl_kontak), for messages. */
  kolom(kolom: string): string;
  /** The file's date reader: one format for the whole file. */
  tanggal: PembacaTanggal;
}

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Dialek {
  delimiter: string;
  encoding: Encoding;
}

/** --delimiter, --encoding, --date-format: what an analyst forces instead of sniffing. */
export interface OpsiDialek {
  delimiter?: string;
  encoding?: Encoding;
  /**
   * Date format by file: '' for every file, else a file name ("kontak.csv") or a label
   * ("2024-06/kontak.csv"); the most specific wins.
   */
  dateFormat?: ReadonlyMap<string, FormatTanggal>;
}

function formatUntuk(paksa: OpsiDialek, label: string): FormatTanggal | undefined {
  const m = paksa.dateFormat;
  return m?.get(label) ?? m?.get(label.slice(label.lastIndexOf('/') + 1)) ?? m?.get('');
}

export const NAMA_DELIMITER: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

const SNIFF_BYTES = 64 * 1024;
const SEP = /^sep=(.)[\r\n]*$/i;

/** UTF-16LE without a BOM: in its first 64 bytes every odd byte is zero and no even one is. */
function pasanganNol(head: Buffer): boolean {
  const n = Math.min(head.length, 64) & ~1;
  if (n < 8) return false;
  for (let i = 0; i < n; i += 2) if (head[i] === 0 || head[i + 1] !== 0) return false;
  return true;
}

async function sniff(path: string, label: string, paksa: OpsiDialek): Promise<Dialek> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new MissingInputError(code === 'ENOENT' ? `${label}: file not found (looked for ${path})` : `${label}: cannot open ${path} (${code})`);
  }
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    const head = buf.subarray(0, bytesRead);
    let encoding: Encoding = 'utf-8';
    if (paksa.encoding) encoding = paksa.encoding;
    // Excel's "Unicode text" is UTF-16LE with a BOM (and tab-delimited); without the BOM
    // it shows as ASCII with a zero after every byte.
    else if ((head[0] === 0xff && head[1] === 0xfe) || pasanganNol(head)) encoding = 'utf-16le';
    else {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      } catch {
        encoding = 'windows-1252';
      }
    }
    if (paksa.delimiter) return { delimiter: paksa.delimiter, encoding };
    const text = new TextDecoder(encoding).decode(head);
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const hint = SEP.exec(firstLine);
    if (hint) return { delimiter: hint[1] as string, encoding };
    // The header line decides: the candidate that splits it most (quoted parts ignored).
    const unquoted = firstLine.replace(/"[^"]*"/g, '');
    let delimiter = ',';
    let best = 0;
    for (const d of [',', ';', '\t']) {
      const n = unquoted.split(d).length - 1;
      if (n > best) {
        best = n;
        delimiter = d;
      }
    }
    return { delimiter, encoding };
  } finally {
    await fh.close();
  }
}

/**
 * UTF-8 is passed to csv-parse as bytes (it parses bytes; handing it text makes it encode
 * the text again: 20 % of the read). It is checked on the way: the encoding was sniffed
 * from the first 64 KiB, and a Windows-1252 byte further on must stop the read, not
 * become U+FFFD in a name or a card number.
 */
function utf8Ketat(label: string): Transform {
  let tail = Buffer.alloc(0);
  let lines = 1;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const data = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      // Hold back a multi-byte character cut by the chunk boundary.
      let cut = data.length;
      for (let i = data.length - 1; i >= Math.max(0, data.length - 4); i--) {
        const c = data[i] as number;
        if (c < 0x80) break;
        if (c >= 0xc0) {
          const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
          if (data.length - i < need) cut = i;
          break;
        }
      }
      const whole = data.subarray(0, cut);
      if (!isUtf8(whole)) {
        const text = new TextDecoder('utf-8').decode(whole);
        const line = lines + (text.slice(0, text.indexOf('\uFFFD')).split('\n').length - 1);
        return cb(new DataError(`${label}:${line}: not valid UTF-8, though the file's first 64 KiB were; if it was saved as Windows-1252 (ANSI), pass --encoding windows-1252`));
      }
      for (let i = whole.indexOf(10); i !== -1; i = whole.indexOf(10, i + 1)) lines++;
      tail = Buffer.from(data.subarray(cut));
      cb(null, whole);
    },
    flush(cb) {
      if (tail.length > 0) return cb(new DataError(`${label}:${lines}: not valid UTF-8 at the end of the file (a cut multi-byte character)`));
      cb();
    },
  });
}

/** Windows-1252 and UTF-16 → text for csv-parse. */
function decoder(encoding: Encoding): Transform {
  const td = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      cb(null, td.decode(chunk, { stream: true }));
    },
    flush(cb) {
      cb(null, td.decode());
    },
  });
}

export interface HasilBaca {
  /** Data rows read (header excluded). */
  rows: number;
  dialek: Dialek;
  /** The file's date reader: format, range of the dates read. */
  tanggal: PembacaTanggal;
  /** Distinct kode_ppk values seen (only with hitungFasilitas). */
  fasilitas: Set<string>;
}

/**
 * Reads `path` row by row. `onRow` may throw RowError: the row then goes to `tolak` with
 * its line, column and raw content. A header lacking a required column stops the run, as
 * does a file with no data rows.
 */
export async function bacaCsv(opts: {
  path: string;
  label: string;
  jenis: JenisFile;
  tolak: Penolakan;
  dialek?: OpsiDialek;
  /** The month the file's dates belong to, for the day/month ambiguity check. */
  bulan?: { first: number; last: number; nama: string };
  /** Collect the distinct kode_ppk values (kbk validate; off on the compute path). */
  hitungFasilitas?: boolean;
  onRow: (b: Baris) => void;
}): Promise<HasilBaca> {
  const { path, label, jenis, tolak, onRow } = opts;
  const paksa = opts.dialek ?? {};
  const dialek = await sniff(path, label, paksa);
  const input = createReadStream(path);
  const text = dialek.encoding === 'utf-8' ? utf8Ketat(label) : decoder(dialek.encoding);
  const parser = input.pipe(text).pipe(
    parse({
      delimiter: dialek.delimiter,
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted value (Klinik "Sehat") is kept as text.
      relax_quotes: true,
      // Not `info: true`: it copies an info object per record and triples the parse time
      // (1M rows: 4.7 s against 1.5 s). Lines are counted from the raw text instead, which
      // is why empty lines are not skipped by the parser.
      raw: true,
    }),
  );
  input.on('error', (e) => parser.destroy(e));
  text.on('error', (e) => parser.destroy(e));

  const specs = KOLOM[jenis];
  let header: string[] | null = null;
  let index: Map<string, number> | null = null;
  let fields: string[] = [];
  const tanggal = new PembacaTanggal(label, { format: formatUntuk(paksa, label), bulan: opts.bulan });
  const baris: Baris = {
    line: 0,
    raw: '',
    get(kolom) {
      const i = index?.get(kolom);
      if (i === undefined) return '';
      const v = (fields[i] ?? '').trim();
      // ="0001010000001": the formula exports use so that Excel keeps an ID's leading zeros.
      return v.charCodeAt(0) === 61 && v.length >= 3 && v.charCodeAt(1) === 34 && v.endsWith('"') ? v.slice(2, -1) : v;
    },
    has(kolom) {
      return index?.has(kolom) ?? false;
    },
    kolom(kolom) {
      const i = index?.get(kolom);
      return i === undefined ? kolom : (header?.[i]?.trim() ?? kolom);
    },
    tanggal,
  };
  const fasilitas = new Set<string>();
  let rows = 0;
  let nextLine = 1;
  /** Position of the last required column: a shorter row lacks one. */
  let wajibTerakhir = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = nextLine;
      nextLine += lineBreaks(item.raw);
      if (item.record.length === 1 && item.record[0]?.trim() === '') continue; // empty line
      if (header === null) {
        // "sep=;" before the header: Excel's delimiter hint (sniff already read it).
        if (line === 1 && SEP.test(item.raw)) continue;
        header = item.record;
        index = mapHeader(header, specs, label, dialek.delimiter);
        const idx = index;
        wajibTerakhir = Math.max(...specs.filter((k) => k.wajib).map((k) => idx.get(k.nama) as number));
        continue;
      }
      rows++;
      fields = item.record;
      baris.line = line;
      baris.raw = item.raw;
      try {
        if (fields.length > header.length && fields.slice(header.length).some((f) => f.trim() !== ''))
          throw new RowError(
            `#${header.length + 1}`,
            `the row has ${fields.length} values but the header has ${header.length} columns; a value probably contains an unquoted ${NAMA_DELIMITER[dialek.delimiter] ?? `"${dialek.delimiter}"`}`,
            'too many values',
          );
        if (fields.length <= wajibTerakhir && !(fields.length === 1 && fields[0] === '')) {
          const missing = specs.find((k) => k.wajib && (index?.get(k.nama) as number) >= fields.length) as KolomSpec;
          const other = [',', ';', '\t', '|'].find((d) => d !== dialek.delimiter && (fields[0] ?? '').includes(d));
          const hint = other === undefined ? '' : `; it seems to use ${NAMA_DELIMITER[other]} as delimiter, unlike the header`;
          throw new RowError(missing.nama, `the row has ${fields.length} value${fields.length === 1 ? '' : 's'} but the header has ${header.length} columns: ${missing.nama} and what follows are missing${hint}`, 'too few values');
        }
        if (opts.hitungFasilitas && baris.get('kode_ppk') !== '') fasilitas.add(baris.get('kode_ppk'));
        onRow(baris);
      } catch (e) {
        if (e instanceof RowError) tolak.tolak({ file: label, baris: line, kolom: baris.kolom(e.kolom), alasan: e.message, jenis: e.jenis, isi: item.raw });
        else throw e;
      }
    }
  } catch (e) {
    if (e instanceof DataError || e instanceof MissingInputError) throw e;
    const err = e as { code?: string; lines?: number; message?: string };
    if (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR')
      throw new MissingInputError(`${label}: cannot read (${err.code})`);
    if (typeof err.code === 'string' && err.code.startsWith('CSV_'))
      throw new DataError(`${label}:${err.lines ?? '?'}: not readable as CSV: ${err.message}`);
    throw e;
  }
  if (header === null) throw new DataError(`${label}:1: the file is empty; expected a header line and data rows`);
  if (rows === 0) throw new DataError(`${label}:2: the file has a header but no data rows; an export without rows is taken as a failed export`);
  tanggal.selesai();
  return { rows, dialek, tanggal, fasilitas };
}

/**
 * Line breaks in a record's raw text. csv-parse's raw ends with the first character of
 * the record delimiter ("\n", or "\r" for CRLF files), and quoted fields may hold more:
 * count "\r\n", "\n" and a lone "\r" once each.
 */
function lineBreaks(raw: string): number {
  // Fast path, nearly every row: one terminator at the very end.
  const lf = raw.indexOf('\n');
  const cr = raw.indexOf('\r');
  const last = raw.length - 1;
  if (cr === -1 && (lf === -1 || lf === last)) return lf === -1 ? 0 : 1;
  if (lf === -1 && cr === last) return 1;
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && raw.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function mapHeader(header: string[], specs: readonly KolomSpec[], label: string, delimiter: string): Map<string, number> {
  const pos = new Map<string, number>();
  header.forEach((h, i) => {
    const n = normalizeHeader(h);
    if (!pos.has(n)) pos.set(n, i);
  });
  const index = new Map<string, number>();
  const missing: string[] = [];
  for (const spec of specs) {
    const names = [spec.nama, ...spec.sinonim].map(normalizeHeader);
    const hit = names.map((n) => pos.get(n)).find((i) => i !== undefined);
    if (hit !== undefined) index.set(spec.nama, hit);
    else if (spec.wajib) missing.push(`${spec.nama} (accepted: ${[spec.nama, ...spec.sinonim].join(', ')})`);
  }
  if (missing.length > 0) {
    const one = header.length === 1 ? `; the header is a single column when split on ${NAMA_DELIMITER[delimiter] ?? `"${delimiter}"`}: if the file uses another delimiter, pass --delimiter` : '';
    const data = header.some((h) => /^\s*(\d{6,}|\d{1,4}[-/]\d{1,2}[-/]\d{1,4})\s*$/.test(h)) ? '; the first line looks like a data row: is the header line missing?' : '';
    throw new DataError(`${label}:1: missing required column ${missing.join('; ')}; header is: ${header.join(', ')}${one}${data}`);
  }
  return index;
}
