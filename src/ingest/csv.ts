// Streaming CSV reader: reads a file in chunks, splits it into records (rekaman.ts), maps
// the header through the synonym table, and hands each row to a callback without ever
// holding the file as an array of rows. Plain records are split on the delimiter here;
// records holding a quote go to csv-parse, the parser of record.
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { DataError, MissingInputError } from '../errors.js';
import { PembacaTanggal } from './dates.js';
import { BarisCsv } from './baris.js';
import { BukanUtf8, pendekode } from './dekode.js';
import { formatUntuk, namaPemisah, PEMISAH, SEP, sniff, type Dialek, type OpsiDialek } from './dialek.js';
import { KOLOM, mirip, normalizeHeader, TANPA_KOLOM, type JenisFile, type KolomSpec } from './headers.js';
import { PemecahRekaman, PRATINJAU_BYTES } from './rekaman.js';
import type { Penolakan } from './rejects.js';
import { RowError } from './row-error.js';

import type { Baris } from './baris.js';
import type { Pesan } from '../pesan/index.js';
export type { Baris };

/** Size limits that keep memory bounded whatever a file holds (--max-row-bytes, --max-field-bytes). */
export interface BatasUkuran {
  baris: number;
  nilai: number;
}

/** Far above any real export's row (a few hundred bytes), far below what hurts memory. */
export const BATAS_BAWAAN: BatasUkuran = { baris: 1 << 20, nilai: 64 << 10 };

const CHUNK = 1 << 20;

export interface HasilBaca {
  /** Data rows read (header excluded). */
  rows: number;
  dialek: Dialek;
  /** The file's date reader: format, range of the dates read. */
  tanggal: PembacaTanggal;
  /** Distinct kode_ppk values seen (only with hitungFasilitas). */
  fasilitas: Set<string>;
  /** What the file's shape means for the numbers, said on stderr (absent optional columns, a possibly cut file…). */
  peringatan: Pesan[];
  /** Absent optional columns with what they change, for the month's catatan ("peserta.csv tanpa kolom status: …"). */
  catatan: string[];
}

/** Progress of a long read: the file, bytes read so far, its size, rows so far. */
export type Kemajuan = (label: string, dibaca: number, total: number, rows: number) => void;

/** What the record reader reports besides rows: records it could not read. */
export interface PenerimaBaris {
  /** A non-blank record (the header included), valid during the call. */
  baris(b: BarisCsv): void;
  /** A quoted record csv-parse refuses. */
  rusak(line: number, pesan: string, raw: string): void;
  /** A record longer than batas.baris: its line, length and first bytes. */
  kebesaran(line: number, bytes: number, pratinjau: Buffer): void;
}

/**
 * Reads a file's records in chunks: the record splitter, plain records as bytes, quoted
 * ones through csv-parse, blank ones skipped. Returns how the file ended.
 */
export async function bacaRekaman(
  opts: { path: string; label: string; dialek: Dialek; batas: BatasUkuran; tanggal: PembacaTanggal; kemajuan?: Kemajuan },
  ke: PenerimaBaris,
): Promise<{ tanpaAkhirBaris: boolean; kutipTerbuka: number | null; barisTerakhir: number }> {
  const { path, label, dialek } = opts;
  const delim = dialek.delimiter;
  const opsiKutip = { delimiter: delim, relax_quotes: true, relax_column_count: true, bom: false } as const;
  const baris = new BarisCsv(opts.tanggal, delim.charCodeAt(0));
  let barisTerakhir = 0;
  const pemecah = new PemecahRekaman(
    { delimiter: delim.charCodeAt(0), akhirBaris: dialek.akhirBaris.charCodeAt(0), maxBytes: opts.batas.baris },
    {
      rekaman(buf, start, end, line, kutip) {
        if (start === end) return; // empty line
        barisTerakhir = line;
        if (!kutip) baris.aturBytes(buf, start, end, line);
        else {
          const raw = buf.toString('utf8', start, end);
          try {
            baris.aturTeks((parse(raw, opsiKutip) as string[][])[0] ?? [''], raw, line);
          } catch (e) {
            return ke.rusak(line, (e as Error).message, raw);
          }
        }
        if (baris.n === 1 && baris.kosong(0)) return; // blank line
        ke.baris(baris);
      },
      kebesaran(line, bytes, pratinjau) {
        barisTerakhir = line;
        ke.kebesaran(line, bytes, pratinjau);
      },
    },
  );
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw new MissingInputError(`${label}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const dekode = pendekode(dialek.encoding);
  const total = opts.kemajuan ? (await fh.stat()).size : 0;
  let dibaca = 0;
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      let n: number;
      try {
        n = (await fh.read(chunk, 0, CHUNK, null)).bytesRead;
      } catch (e) {
        throw new MissingInputError(`${label}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
      if (n === 0) break;
      pemecah.tulis(dekode.ubah(chunk.subarray(0, n)));
      dibaca += n;
      opts.kemajuan?.(label, dibaca, total, 0);
    }
    pemecah.tulis(dekode.akhir());
  } catch (e) {
    if (e instanceof BukanUtf8)
      throw new DataError(`${label}:${await barisPadaOffset(path, e.offset)}: not valid UTF-8, though the file's first 64 KiB were; if it was saved as Windows-1252 (ANSI), pass --encoding windows-1252`);
    throw e;
  } finally {
    await fh.close();
  }
  return { ...pemecah.akhir(), barisTerakhir };
}

/**
 * Reads `path` row by row. `onRow` may throw RowError: the row then goes to `tolak` with
 * its line, column and raw content. A header lacking a required column, naming one twice,
 * or with a name that looks like a misspelt known column stops the run, as does a file
 * with no data rows.
 */
export async function bacaCsv(opts: {
  path: string;
  label: string;
  jenis: JenisFile;
  tolak: Penolakan;
  dialek?: OpsiDialek;
  batas?: BatasUkuran;
  kemajuan?: Kemajuan;
  /** The month the file's dates belong to, for the day/month ambiguity check. */
  bulan?: { first: number; last: number; nama: string };
  /** Collect the distinct kode_ppk values (kbk validate; off on the compute path). */
  hitungFasilitas?: boolean;
  onRow: (b: Baris) => void;
  /** kbk audit: a row rejected with a RowError (by the shape checks or by onRow), after it went to `tolak`. */
  padaTolak?: (b: Baris, e: RowError) => void;
}): Promise<HasilBaca> {
  const { path, label, jenis, tolak, onRow } = opts;
  const batas = opts.batas ?? BATAS_BAWAAN;
  const paksa = opts.dialek ?? {};
  const dialek = await sniff(path, label, paksa);
  const peringatan: Pesan[] = dialek.catatan === null ? [] : [dialek.catatan];
  const specs = KOLOM[jenis];
  const delim = dialek.delimiter;
  let header: string[] | null = null;
  let catatan: string[] = [];
  const tanggal = new PembacaTanggal(label, { format: formatUntuk(paksa, label), bulan: opts.bulan });
  const fasilitas = new Set<string>();
  let rows = 0;
  /** Position of the last required column: a shorter row lacks one. */
  let wajibTerakhir = 0;
  /** Values in the first data row: trailing empty values past the header are a file's habit (Excel), not a row's accident. */
  let pola: number | null = null;
  const tolakBaris = (line: number, kolom: string, alasan: string, jenisTolak: string, isi: string): void =>
    tolak.tolak({ file: label, baris: line, kolom, alasan, jenis: jenisTolak, isi });

  const akhir = await bacaRekaman(
    { path, label, dialek, batas, tanggal, kemajuan: opts.kemajuan && ((l, dibaca, total) => opts.kemajuan?.(l, dibaca, total, rows)) },
    {
      baris(baris) {
        if (header === null) {
          // "sep=;" before the header: Excel's delimiter hint (sniff already read it).
          if (baris.line === 1 && SEP.test(baris.raw)) return;
          header = Array.from({ length: baris.n }, (_, i) => baris.nilai(i));
          const h = petaHeader(header, jenis, label, delim);
          baris.aturHeader(h.index, header);
          peringatan.push(...h.peringatan);
          catatan = h.catatan;
          wajibTerakhir = Math.max(...specs.filter((k) => k.wajib).map((k) => h.index.get(k.nama) as number));
          return;
        }
        rows++;
        try {
          pola ??= baris.n;
          periksaBentuk(header, baris, pola, delim, batas.nilai);
          if (baris.n <= wajibTerakhir) kurangNilai(header, baris, specs, delim);
          if (opts.hitungFasilitas && baris.get('kode_ppk') !== '') fasilitas.add(baris.get('kode_ppk'));
          onRow(baris);
        } catch (e) {
          if (!(e instanceof RowError)) throw e;
          tolakBaris(baris.line, baris.kolom(e.kolom), e.message, e.jenis, baris.raw);
          opts.padaTolak?.(baris, e);
        }
      },
      rusak(line, pesan, raw) {
        if (header === null) throw new DataError(`${label}:${line}: the header line is not readable as CSV: ${pesan}`);
        rows++;
        tolakBaris(line, '#1', `the row is not readable as CSV: ${pesan}`, 'not CSV', raw);
      },
      kebesaran(line, bytes, pratinjau) {
        const ukuran = `${bytes.toLocaleString('en-US')} bytes`;
        if (header === null)
          throw new DataError(`${label}:${line}: the header line has ${ukuran}, more than --max-row-bytes ${batas.baris.toLocaleString('en-US')}; this is not a header`);
        rows++;
        tolakBaris(
          line,
          '#1',
          `the row has ${ukuran}, more than --max-row-bytes ${batas.baris.toLocaleString('en-US')}; not read (isi holds its first ${PRATINJAU_BYTES} bytes)`,
          'row too long',
          `${pratinjau.toString('utf8')}… [${ukuran}]`,
        );
      },
    },
  );
  if (akhir.kutipTerbuka !== null)
    throw new DataError(`${label}:${akhir.kutipTerbuka}: a quoted value opens on this line and is never closed, so the rest of the file would be one value; check the quotes on line ${akhir.kutipTerbuka}`);
  if (header === null) throw new DataError(`${label}:1: the file is empty; expected a header line and data rows`);
  if (rows === 0) throw new DataError(`${label}:2: the file has a header but no data rows; an export without rows is taken as a failed export`);
  if (akhir.tanpaAkhirBaris)
    peringatan.push(`${label}: the last line (${akhir.barisTerakhir}) has no line break after it: the file may have been cut short; check that the export is complete`);
  tanggal.selesai();
  return { rows, dialek, tanggal, fasilitas, peringatan, catatan };
}

/**
 * A row's shape against the header: too many values, a value too long. Empty values past
 * the header are accepted only as the file's habit (the first data row has them too): in
 * one row alone they mean its values moved right, a value split by an unquoted
 * delimiter ("130,5" in a comma file), and every column after the split is wrong.
 */
function periksaBentuk(header: string[], b: BarisCsv, pola: number, delim: string, maxNilai: number): void {
  const n = b.n;
  if (n > header.length) {
    let lebihIsi = n !== pola;
    for (let i = header.length; !lebihIsi && i < n; i++) lebihIsi = !b.kosong(i);
    if (lebihIsi)
      throw new RowError(
        `#${header.length + 1}`,
        `the row has ${n} values but the header has ${header.length} columns${pola !== n && pola !== header.length ? ` (and the first row ${pola})` : ''}; a value probably contains an unquoted ${namaPemisah(delim)}`,
        'too many values',
      );
  }
  for (let i = 0; i < n; i++) {
    const bytes = b.panjang(i);
    if (bytes > maxNilai)
      throw new RowError(
        header[i] === undefined ? `#${i + 1}` : (header[i] as string).trim(),
        `the value has ${bytes.toLocaleString('en-US')} bytes, more than --max-field-bytes ${maxNilai.toLocaleString('en-US')}`,
        'value too long',
      );
  }
}

/** A row too short to hold every required column: which one is missing, and why it may be. */
function kurangNilai(header: string[], b: BarisCsv, specs: readonly KolomSpec[], delim: string): never {
  const n = b.n;
  const missing = specs.find((k) => k.wajib && (b.index.get(k.nama) as number) >= n) as KolomSpec;
  const other = PEMISAH.find((d) => d.char !== delim && b.nilai(0).includes(d.char));
  const hint = other === undefined ? '' : `; it seems to use ${other.nama} as delimiter, unlike the header`;
  throw new RowError(missing.nama, `the row has ${n} value${n === 1 ? '' : 's'} but the header has ${header.length} columns: ${missing.nama} and what follows are missing${hint}`, 'too few values');
}

/** Line of a byte offset, for an encoding error found deep in a file. */
async function barisPadaOffset(path: string, offset: number): Promise<number> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let line = 1;
    for (let pos = 0; pos < offset; ) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK, offset - pos), pos);
      if (bytesRead === 0) break;
      for (let i = buf.indexOf(10); i !== -1 && i < bytesRead; i = buf.indexOf(10, i + 1)) line++;
      pos += bytesRead;
    }
    return line;
  } finally {
    await fh.close();
  }
}

export interface PetaHeader {
  index: Map<string, number>;
  peringatan: Pesan[];
  catatan: string[];
}

/**
 * The header mapped to canonical columns. Every header cell is matched or reported: a
 * cell naming a column twice, or close to an absent known column, stops the run (either
 * would silently change what is counted); other unknown cells and absent optional
 * columns are said on stderr, the latter with what they change.
 */
export function petaHeader(header: string[], jenis: JenisFile, label: string, delimiter: string, baris = 1): PetaHeader {
  const specs: readonly KolomSpec[] = KOLOM[jenis];
  const norm = header.map(normalizeHeader);
  const index = new Map<string, number>();
  const peringatan: string[] = [];
  const dipakai = new Set<number>();
  const missing: KolomSpec[] = [];
  const nama = (i: number): string => `"${(header[i] as string).trim()}" (column ${i + 1})`;
  for (const spec of specs) {
    const names = [spec.nama, ...spec.sinonim].map(normalizeHeader);
    const hits: number[] = [];
    norm.forEach((n, i) => {
      if (names.includes(n)) hits.push(i);
    });
    for (const i of hits) dipakai.add(i);
    if (hits.length === 0) {
      missing.push(spec);
      continue;
    }
    // The most preferred name wins; the same name twice cannot be told apart.
    const rank = (i: number): number => names.indexOf(norm[i] as string);
    hits.sort((a, b) => rank(a) - rank(b) || a - b);
    const [first, second] = hits as [number, number | undefined];
    if (second !== undefined && rank(second) === rank(first))
      throw new DataError(`${label}:${baris}: ${spec.nama} appears twice in the header, as ${nama(first)} and ${nama(second)}; kbk cannot tell which to use: remove or rename one`);
    index.set(spec.nama, first);
    for (const other of hits.slice(1))
      peringatan.push(`${label}: ${spec.nama} is read from ${nama(first)}; ${nama(other)} is another name for it and is not used`);
  }

  const unknown = norm.map((_, i) => i).filter((i) => !dipakai.has(i) && (norm[i] as string) !== '');
  const dekat = (spec: KolomSpec): number | undefined => {
    const names = [spec.nama, ...spec.sinonim].map(normalizeHeader);
    return unknown.find((i) => names.some((n) => mirip(norm[i] as string, n)));
  };
  const wajib = missing.filter((k) => k.wajib);
  if (wajib.length > 0) {
    const parts = wajib.map((k) => {
      const d = dekat(k);
      return `${k.nama} (accepted: ${[k.nama, ...k.sinonim].join(', ')})${d === undefined ? '' : `; the header has ${nama(d)}, close to ${k.nama}: is it misspelt?`}`;
    });
    const one = header.length === 1 ? `; the header is a single column when split on ${namaPemisah(delimiter)}: if the file uses another delimiter, pass --delimiter` : '';
    const data = header.some((h) => /^\s*(\d{6,}|\d{1,4}[-/]\d{1,2}[-/]\d{1,4})\s*$/.test(h)) ? '; the first line looks like a data row: is the header line missing?' : '';
    throw new DataError(`${label}:${baris}: missing required column ${parts.join('; ')}; header is: ${header.join(', ')}${one}${data}`);
  }
  const file = label.slice(label.lastIndexOf('/') + 1);
  const tanpa = TANPA_KOLOM[jenis] ?? [];
  for (const spec of missing) {
    const d = dekat(spec);
    if (d === undefined) continue;
    const akibat = tanpa.find((t) => t.kolom.includes(spec.nama));
    throw new DataError(
      `${label}:${baris}: the header has ${nama(d)}, which is not a column kbk knows but is close to the optional column ${spec.nama} (accepted: ${[spec.nama, ...spec.sinonim].join(', ')})${akibat ? `; read without it, ${akibat.akibat}` : ''}. Rename it to ${spec.nama} if that is what it holds, or rename it to something unlike it`,
    );
  }
  const catatan: string[] = [];
  for (const t of tanpa) {
    if (t.kolom.some((k) => index.has(k))) continue;
    peringatan.push(`${label} has no ${t.kolom.join('/')} column: ${t.akibat}`);
    catatan.push(`${file} tanpa kolom ${t.kolom.join('/')}: ${t.catatan}`);
  }
  const lain = unknown.map(nama);
  if (lain.length > 0) peringatan.push(`${label}: ${lain.length === 1 ? 'column' : 'columns'} not used by kbk: ${lain.join(', ')}`);
  return { index, peringatan, catatan };
}
