// A file's dialect: delimiter, encoding and line terminator, sniffed from its first 64 KiB
// unless the analyst forces them (--delimiter, --encoding, --date-format).
import { isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import { DataError, MissingInputError } from '../errors.js';
import type { FormatTanggal } from './dates.js';
import { utf8Di } from './utf8.js';
import { berkasMirip } from './mirip.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
import type { Teks } from '../pesan/index.js';

/** The one delimiter table: the character, its name in messages, and what --delimiter accepts. */
export const PEMISAH: readonly { char: string; nama: string; ejaan: readonly string[] }[] = [
  { char: ',', nama: 'comma', ejaan: [',', 'comma', 'koma'] },
  { char: ';', nama: 'semicolon', ejaan: [';', 'semicolon', 'titik-koma'] },
  { char: '\t', nama: 'tab', ejaan: ['tab', '\\t', '\t'] },
  { char: '|', nama: 'pipe', ejaan: ['|', 'pipe'] },
];

/** "comma", or the character quoted when it is not in the table. */
export const namaPemisah = (c: string): string => PEMISAH.find((p) => p.char === c)?.nama ?? `"${c}"`;

/** --delimiter's argument → the character; undefined when kbk does not read it. */
export const pemisahDari = (arg: string): string | undefined => PEMISAH.find((p) => p.ejaan.includes(arg.toLowerCase()) || p.ejaan.includes(arg))?.char;

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Dialek {
  delimiter: string;
  encoding: Encoding;
  /** "\n" for LF and CRLF files, "\r" for old Mac files. */
  akhirBaris: '\n' | '\r';
  /**
   * Why the encoding is not UTF-8, when sniffed, in English (validate --json shows it);
   * sniff returns it in both languages as a warning for stderr (it changes every non-ASCII value).
   */
  catatan: string | null;
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

export function formatUntuk(paksa: OpsiDialek, label: string): FormatTanggal | undefined {
  const m = paksa.dateFormat;
  return m?.get(label) ?? m?.get(label.slice(label.lastIndexOf('/') + 1)) ?? m?.get('');
}

const SNIFF_BYTES = 64 * 1024;
export const SEP = /^sep=(.)[\r\n]*$/i;

/** UTF-16LE without a BOM: in its first 64 bytes every odd byte is zero and no even one is. */
function pasanganNol(head: Buffer): boolean {
  const n = Math.min(head.length, 64) & ~1;
  if (n < 8) return false;
  for (let i = 0; i < n; i += 2) if (head[i] === 0 || head[i + 1] !== 0) return false;
  return true;
}

/**
 * The first byte that is not UTF-8, and whether the window also holds UTF-8 multi-byte
 * characters; null when all of `head` is UTF-8 (a character cut at its end included).
 */
function periksaUtf8(head: Buffer): { pos: number; adaMultibyte: boolean } | null {
  if (isUtf8(head)) return null;
  let pos = -1;
  let adaMultibyte = false;
  const n = head.length;
  for (let i = 0; i < n; ) {
    const u = utf8Di(head, i);
    if (u.jenis === 'terpotong') break; // a character cut by the sniffed window
    if (u.jenis === 'salah') {
      if (pos === -1) pos = i;
    } else if (u.jenis !== 'satu') adaMultibyte = true; // utuh, or the shape of one (bentuk)
    i += u.panjang;
  }
  return pos === -1 ? null : { pos, adaMultibyte };
}

const barisKe = (head: Buffer, pos: number): number => {
  let k = 1;
  for (let i = head.indexOf(10); i !== -1 && i < pos; i = head.indexOf(10, i + 1)) k++;
  return k;
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function bukaKepala(path: string, label: string): Promise<Buffer> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new MissingInputError(code === 'ENOENT' ? PESAN_INGEST.berkasTidakDitemukan(label, path, berkasMirip(path)) : PESAN_INGEST.tidakDapatDibuka(label, path, code));
  }
  if (st.isDirectory()) throw new MissingInputError(PESAN_INGEST.folderBukanBerkas(label, path));
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } catch (e) {
    throw new MissingInputError(PESAN_INGEST.pathTidakTerbaca(label, path, (e as NodeJS.ErrnoException).code ?? String(e)));
  } finally {
    await fh?.close();
  }
}

/** The file's dialect, and the warning a sniffed Windows-1252 gives (null for none). */
export async function sniff(path: string, label: string, paksa: OpsiDialek): Promise<{ dialek: Dialek; peringatan: Teks | null }> {
  const head = await bukaKepala(path, label);
  // A workbook under a .csv name (zip: xlsx; OLE2: Excel 97–2003): no encoding makes it CSV.
  if (ZIP.every((b, i) => head[i] === b) || OLE2.every((b, i) => head[i] === b)) throw new DataError(PESAN_INGEST.bukanCsvTapiExcel(label));
  let encoding: Encoding = 'utf-8';
  let peringatan: Teks | null = null;
  if (paksa.encoding) encoding = paksa.encoding;
  // Excel's "Unicode text" is UTF-16LE with a BOM (and tab-delimited); without the BOM
  // it shows as ASCII with a zero after every byte.
  else if ((head[0] === 0xff && head[1] === 0xfe) || pasanganNol(head)) encoding = 'utf-16le';
  else {
    const salah = periksaUtf8(head);
    if (salah !== null) {
      const byte = `0x${(head[salah.pos] as number).toString(16).toUpperCase()}`;
      // UTF-8 characters beside a non-UTF-8 byte: a damaged UTF-8 file, not a Windows-1252 one.
      if (salah.adaMultibyte)
        throw new DataError(PESAN_INGEST.byteBukanUtf8(label, barisKe(head, salah.pos), byte));
      encoding = 'windows-1252';
      peringatan = PESAN_INGEST.dibacaWindows1252(label, byte, barisKe(head, salah.pos));
    }
  }
  const text = new TextDecoder(encoding).decode(head);
  const akhirBaris = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const dialek = (delimiter: string): { dialek: Dialek; peringatan: Teks | null } => ({ dialek: { delimiter, encoding, akhirBaris, catatan: peringatan?.en ?? null }, peringatan });
  if (paksa.delimiter) return dialek(paksa.delimiter);
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const hint = SEP.exec(firstLine);
  if (hint) return dialek(hint[1] as string);
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
  return dialek(delimiter);
}
