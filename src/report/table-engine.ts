// Terminal tables for every kbk command, drawn by cli-table3 (which measures visible width
// with string-width, so colour codes never shift a column), and fitted to the terminal:
//
//  1. the full table when it fits, or when there is no width (stdout not a terminal: piped
//     output is for files, so it is never cut);
//  2. else the free-text columns (names, notes, method names) wrap, on word boundaries or
//     after each item of a list, each down to its longest word or item (its heading wraps
//     too, on words); a facility's name (`singkat`) goes down to LEBAR_SINGKAT columns, in
//     at most two lines ending in "…" where cut, so that it stays before any number goes;
//     headings with a `judulPendek` take it;
//  3. else the least important columns go, in the order each table gives (`buang`), until
//     it fits (a column that went before a wider one had to go comes back if it fits then),
//     and the caller says under the table which ones (`dibuang`).
//
// A column without `bungkus` is never wrapped: numbers (Rupiah, permil, percent, ratings)
// always stand whole on one line. The look is today's: a header row, a rule under it, two
// spaces between columns, numbers right-aligned, text left-aligned, no box drawing.
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';
import type { ChalkInstance } from 'chalk';
import type Table from 'cli-table3';

export interface Kolom {
  /** The heading. */
  judul: string;
  /** The column's name in the "not shown" note (the report file's column); the heading when absent. */
  nama?: string;
  /** Right-aligned (numbers); left-aligned when absent. */
  kanan?: boolean;
  /**
   * Free text that may wrap to fit: 'kata' on spaces, `{ pemisah }` after each item of a
   * list ("100%: 1, 97%: 1" with ', ', "kurva+sebanding" with '+'). Absent: never wrapped.
   */
  bungkus?: 'kata' | { pemisah: string };
  /** When the table is too wide even wrapped, columns go in this order: 1 first. Absent: never dropped. */
  buang?: number;
  /**
   * A name (with `bungkus: 'kata'`): when the table is too wide it goes down to
   * LEBAR_SINGKAT columns before any column is dropped, wrapped on words to at most this
   * many lines, the last ending in "…" when the name is longer (a word wider than the
   * column is cut with "…" too). Every kbk table shortens its facility name this way.
   */
  singkat?: number;
  /** The heading when the table does not fit (lines split by '\n'); the full `judul` when it fits (piped output). */
  judulPendek?: string;
}

/**
 * A row of cells (one a column), or lines printed under the previous row across the rest of
 * the width: from where column `dariKolom` starts (the first shown one from it on) plus two,
 * or as they are when `dariKolom` is absent.
 */
export type Baris = readonly string[] | { readonly bawah: readonly string[]; readonly dariKolom?: number };

export interface HasilTabel {
  /** The table: header, rule, rows; no trailing newline, no trailing spaces on a line. */
  teks: string;
  /** The names (Kolom.nama ?? judul) of the columns left out to fit, in the table's order; empty when none. */
  dibuang: string[];
}

const JARAK = 2;
const TANPA_GARIS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: ' '.repeat(JARAK),
};
// Colours come from the caller's chalk only: cli-table3's own (via @colors/colors) would
// ignore NO_COLOR, --no-color and pipes.
const GAYA = { 'padding-left': 0, 'padding-right': 0, head: [], border: [], compact: true };

export type Sel = string | { content: string; wordWrap: boolean };

/**
 * Rows drawn (and measured) per cli-table3 table: its layout is quadratic in the rows (a
 * national run prints thousands of facilities); with the widths fixed, the pieces join
 * seamlessly.
 */
const PER_GAMBAR = 50;

/**
 * cli-table3, loaded when a table is first drawn: every run wraps its stderr lines with this
 * file (bungkusProsa), and a run that draws no table (--version, --help, --json, a report
 * written with --quiet) does not pay the table's start-up.
 */
let TabelCli: typeof Table | undefined;

function buat(colWidths: number[] | undefined, colAligns: ('left' | 'right')[]): Table.Table {
  TabelCli ??= createRequire(import.meta.url)('cli-table3') as typeof Table;
  return new TabelCli({ chars: TANPA_GARIS, style: GAYA, colWidths: colWidths ? [...colWidths] : [], colAligns, wordWrap: false });
}

/**
 * A cell's width when it is plain text (one line, no colour, every character one column as
 * string-width counts it: printable ASCII, Latin-1 letters and signs, ‰ – — → … ─), else -1.
 * Such cells are laid out here as cli-table3 lays them out, without it (test/tabel.test.ts
 * holds the two together): a report's table of thousands of facilities is drawn in a few
 * milliseconds instead of a tenth of a second and more.
 */
function lebarPolos(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) continue;
    if (c === 0x2030 || c === 0x2013 || c === 0x2014 || c === 0x2192 || c === 0x2026 || c === 0x2500) continue;
    return -1;
  }
  return s.length;
}

/** Each column's width as cli-table3 (string-width) measures the cells. */
export function ukur(baris: readonly (readonly string[])[], n: number): number[] {
  const w = new Array<number>(n).fill(0);
  for (let i = 0; i < baris.length; i += PER_GAMBAR) {
    const potongan = baris.slice(i, i + PER_GAMBAR);
    if (ukurPolos(potongan, w)) continue;
    const t = buat(undefined, []);
    t.push(...potongan.map((b) => [...b]));
    t.toString();
    for (let k = 0; k < n; k++) w[k] = Math.max(w[k] as number, t.options.colWidths[k] ?? 0);
  }
  return w;
}

/** ukur for rows of plain cells only (lebarPolos), into `w`; false (w untouched) when a cell is not plain. */
function ukurPolos(baris: readonly (readonly string[])[], w: number[]): boolean {
  const lebar: number[] = [];
  for (const b of baris)
    for (let k = 0; k < b.length; k++) {
      const x = lebarPolos(b[k] as string);
      if (x < 0) return false;
      // cli-table3 gives an empty cell a width of one.
      lebar[k] = Math.max(lebar[k] ?? 0, x, 1);
    }
  for (let k = 0; k < w.length; k++) w[k] = Math.max(w[k] as number, lebar[k] ?? 0);
  return true;
}

/**
 * Rows drawn as cli-table3 draws them with these widths, when every cell is plain text no
 * wider than its column (a cell that would wrap would wrap the same); null otherwise.
 */
export function gambarPolos(rows: readonly (readonly Sel[])[], widths: readonly number[], aligns: readonly ('left' | 'right')[]): string[] | null {
  const out: string[] = [];
  const jarak = ' '.repeat(JARAK);
  for (const r of rows) {
    let line = '';
    for (let k = 0; k < widths.length; k++) {
      const sel = r[k] ?? '';
      const s = typeof sel === 'string' ? sel : sel.content;
      const x = lebarPolos(s);
      const lebar = widths[k] as number;
      // A word-wrapped cell is left alone by the wrap only when it fits and has no run of spaces.
      if (x < 0 || x > lebar || (typeof sel !== 'string' && / {2}|^ | $/.test(s))) return null;
      const isi = aligns[k] === 'right' ? ' '.repeat(lebar - x) + s : s + ' '.repeat(lebar - x);
      line += k === 0 ? isi : jarak + isi;
    }
    out.push(line);
  }
  return out;
}

/** The visible width of a line of kbk's own text (Latin, digits, ‰ – → …: one column each). */
export const lebarTampak = (s: string): number => [...stripVTControlCharacters(s)].length;

const bisaBungkus = (k: Kolom): boolean => k.bungkus !== undefined;

/** How narrow a shortened name (Kolom.singkat) may get before a column is dropped. */
export const LEBAR_SINGKAT = 10;

/** `s` cut to `lebar` columns with "…" when longer. */
const potong = (s: string, lebar: number): string => ([...s].length <= lebar ? s : [...s].slice(0, Math.max(0, lebar - 1)).join('') + '…');

/** A name in at most `maks` lines of `lebar` columns, on words; "…" where it was cut. */
export function singkatkan(s: string, lebar: number, maks: number): string {
  const kata = s.split(/\s+/).filter((k) => k !== '');
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < kata.length; i++) {
    const k = kata[i] as string;
    if (line === '') line = k;
    else if ([...(line + ' ' + k)].length <= lebar) line += ' ' + k;
    else {
      lines.push(line);
      if (lines.length === maks) break;
      line = k;
    }
  }
  if (lines.length < maks) lines.push(line);
  const out = lines.map((l) => potong(l, lebar));
  if (i < kata.length) {
    const akhir = out[out.length - 1] as string;
    out[out.length - 1] = akhir.endsWith('…') ? akhir : [...akhir].length + 1 <= lebar ? akhir + '…' : potong(akhir + '…', lebar);
  }
  return out.join('\n');
}

/** A list cell's items: "100%: 1, 97%: 1" → ["100%: 1,", "97%: 1"], joined again with ' '. */
function butir(s: string, pemisah: string): { items: string[]; sambung: string } {
  const inti = pemisah.trimEnd();
  const sambung = pemisah.slice(inti.length);
  const bagian = s.split(pemisah);
  return { items: bagian.map((b, i) => (i < bagian.length - 1 ? b + inti : b)), sambung };
}

/** A cell's smallest lines: its words, or its list items, one a line. */
function pecah(s: string, k: Kolom): string {
  if (k.bungkus === undefined) return s;
  if (k.bungkus === 'kata') return s.split(/\s+/).join('\n');
  return butir(s, k.bungkus.pemisah).items.join('\n');
}

/** A list cell wrapped after its items to `lebar` columns (an item longer than that stands alone). */
function bungkusDaftar(s: string, pemisah: string, lebar: number): string {
  const { items, sambung } = butir(s, pemisah);
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && lebarTampak(line + sambung + item) > lebar) {
      lines.push(line);
      line = item;
    } else line = line === '' ? item : line + sambung + item;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Which columns stay and how wide each is; see the top of this file. */
export function atur(kolom: readonly Kolom[], alami: readonly number[], minimum: readonly number[], lebar?: number): { tampil: number[]; lebar: number[] } {
  const total = (idx: readonly number[], w: readonly number[]): number => idx.reduce((a, i) => a + (w[i] as number), 0) + JARAK * Math.max(0, idx.length - 1);
  let tampil = kolom.map((_, i) => i);
  const w = [...alami];
  if (lebar === undefined || !Number.isFinite(lebar) || total(tampil, alami) <= lebar) return { tampil, lebar: w };
  const urutan = kolom.map((k, i) => ({ i, buang: k.buang })).filter((x) => x.buang !== undefined).sort((a, b) => (a.buang as number) - (b.buang as number));
  const dibuang: number[] = [];
  for (const { i } of urutan) {
    if (total(tampil, minimum) <= lebar) break;
    tampil = tampil.filter((j) => j !== i);
    dibuang.push(i);
  }
  // A column dropped before a wider one had to go comes back when it fits now (most important first).
  for (const i of dibuang.reverse()) {
    const lagi = [...tampil, i].sort((x, y) => x - y);
    if (total(lagi, minimum) <= lebar) tampil = lagi;
  }
  if (total(tampil, alami) > lebar) {
    // Wrap the free-text columns, the widest first, each no narrower than its longest word.
    const bungkus = tampil.filter((i) => bisaBungkus(kolom[i] as Kolom));
    const tetap = tampil.filter((i) => !bisaBungkus(kolom[i] as Kolom)).reduce((a, i) => a + (alami[i] as number), 0);
    const anggaran = lebar - tetap - JARAK * (tampil.length - 1);
    const pakai = (t: number): number => bungkus.reduce((a, i) => a + Math.max(minimum[i] as number, Math.min(alami[i] as number, t)), 0);
    let t = Math.max(0, ...bungkus.map((i) => alami[i] as number));
    while (t > 0 && pakai(t) > anggaran) t--;
    for (const i of bungkus) w[i] = Math.max(minimum[i] as number, Math.min(alami[i] as number, t));
  }
  return { tampil, lebar: w };
}

/**
 * Lines of free text (a title, a note, the lines under a row) wrapped to `lebar` on spaces,
 * continuation lines indented two more than the first. "Rp" stays with its amount and no
 * word is ever cut, so a number is never split (a word longer than the line stands alone).
 * Without a width, the text as it is.
 */
export function bungkusTeks(teks: string, lebar?: number, gantung?: string): string[] {
  if (lebar === undefined || !Number.isFinite(lebar) || lebarTampak(teks) <= lebar) return [teks];
  const indent = /^ */.exec(teks)?.[0] ?? '';
  const bagian = teks.slice(indent.length).split(/( +)/);
  // [word, space, word, …]; "Rp" (also "+Rp", "−Rp", coloured) glued to the amount after it.
  const kata: { sela: string; kata: string }[] = [];
  for (let i = 0; i < bagian.length; i += 2) {
    const sela = i === 0 ? '' : (bagian[i - 1] as string);
    const w = bagian[i] as string;
    const prev = kata[kata.length - 1];
    if (prev && sela === ' ' && /Rp$/.test(stripVTControlCharacters(prev.kata))) prev.kata += sela + w;
    else kata.push({ sela, kata: w });
  }
  const lines: string[] = [];
  const lanjut = gantung ?? indent + '  ';
  let line = indent;
  let kosong = true;
  for (const k of kata) {
    if (kosong) {
      line += k.kata;
      kosong = false;
    } else if (lebarTampak(line + k.sela + k.kata) <= lebar) line += k.sela + k.kata;
    else {
      lines.push(line);
      line = lanjut + k.kata;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Prose as written to a terminal (stderr lines, explain, rules show): each line longer than
 * `lebar` wrapped on spaces, never inside a word; a "kbk: " line continues under its text
 * (five spaces), an indented one two further in. Without a width (not a terminal), `teks`
 * exactly as it is.
 */
export function bungkusProsa(teks: string, lebar?: number): string {
  if (lebar === undefined || !Number.isFinite(lebar)) return teks;
  return teks
    .split('\n')
    .flatMap((l) => bungkusTeks(l, lebar, l.startsWith('kbk: ') ? '     ' : undefined))
    .join('\n');
}

/** Several lines of free text, each wrapped as bungkusTeks does. */
export const bungkusSemua = (lines: readonly string[], lebar?: number): string[] => lines.flatMap((l) => l.split('\n')).flatMap((l) => bungkusTeks(l, lebar));

/**
 * A table fitted to `lebar` terminal columns (undefined or Infinity: the full table). The
 * header is bold and the rule under it dim in the caller's chalk.
 */
export function tabel(kolom: readonly Kolom[], baris: readonly Baris[], c: ChalkInstance, lebar?: number): HasilTabel {
  const n = kolom.length;
  const sel = baris.filter((b): b is readonly string[] => Array.isArray(b));
  let judul = kolom.map((k) => k.judul);
  let alami = ukur([judul, ...sel], n);
  // A free-text column goes down to its longest word or item, and its heading's longest word
  // (measured only when the table is too wide); a shortened name to LEBAR_SINGKAT.
  const muat = lebar === undefined || !Number.isFinite(lebar) || alami.reduce((a, x) => a + x + JARAK, -JARAK) <= lebar;
  if (!muat && kolom.some((k) => k.judulPendek !== undefined)) {
    judul = kolom.map((k) => k.judulPendek ?? k.judul);
    alami = ukur([judul, ...sel], n);
  }
  const minimum = muat || !kolom.some(bisaBungkus)
    ? alami
    : ukur([kolom.map((k, i) => (bisaBungkus(k) ? pecah(judul[i] as string, { judul: '', bungkus: 'kata' }) : (judul[i] as string))), ...sel.map((b) => b.map((s, i) => pecah(s, kolom[i] as Kolom)))], n);
  if (!muat) kolom.forEach((k, i) => {
    if (k.singkat !== undefined) minimum[i] = Math.min(alami[i] as number, Math.max(LEBAR_SINGKAT, ...(judul[i] as string).split(/\s+/).map((x) => lebarTampak(x))));
  });
  const { tampil, lebar: w } = atur(kolom, alami, minimum, lebar);
  const widths = tampil.map((i) => w[i] as number);
  const aligns = tampil.map((i) => ((kolom[i] as Kolom).kanan ? 'right' : 'left') as 'left' | 'right');
  const isi = (b: readonly string[]): Sel[] =>
    tampil.map((i) => {
      const k = kolom[i] as Kolom;
      const s = b[i] ?? '';
      if (k.bungkus === undefined) return s; // never wrapped: the column is as wide as its widest cell
      if (k.singkat !== undefined) return muat ? s : singkatkan(s, w[i] as number, k.singkat);
      // Words wrap in cli-table3 (string-width, colours carried over the break); list items here.
      return k.bungkus === 'kata' ? { content: s, wordWrap: true } : bungkusDaftar(s, k.bungkus.pemisah, w[i] as number);
    });
  const gambar = (rows: Sel[][]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < rows.length; i += PER_GAMBAR) {
      const potongan = rows.slice(i, i + PER_GAMBAR);
      const polos = gambarPolos(potongan, widths, aligns);
      if (polos !== null) {
        out.push(...polos);
        continue;
      }
      const t = buat(widths, aligns);
      t.push(...potongan);
      out.push(...t.toString().split('\n'));
    }
    return out;
  };
  const kepala = tampil.map((i): Sel => (bisaBungkus(kolom[i] as Kolom) ? { content: c.bold(judul[i] as string), wordWrap: true } : c.bold(judul[i] as string)));
  const lines = [...gambar([kepala]), c.dim(widths.map((x) => '─'.repeat(x)).join(' '.repeat(JARAK)))];
  /** Where the first shown column from `i` on starts. */
  const mulai = (i: number): number => {
    const k = tampil.findIndex((j) => j >= i);
    return widths.slice(0, k === -1 ? 0 : k).reduce((a, x) => a + x + JARAK, 0);
  };
  let kumpulan: Sel[][] = [];
  for (const b of baris) {
    if (Array.isArray(b)) {
      kumpulan.push(isi(b as readonly string[]));
      continue;
    }
    lines.push(...gambar(kumpulan));
    kumpulan = [];
    const { bawah, dariKolom } = b as Exclude<Baris, readonly string[]>;
    const inden = dariKolom === undefined ? '' : ' '.repeat(mulai(dariKolom) + 2);
    lines.push(...bungkusSemua(bawah.map((l) => inden + l), lebar));
  }
  lines.push(...gambar(kumpulan));
  const dibuang = kolom.filter((_, i) => !tampil.includes(i)).map((k) => k.nama ?? k.judul);
  return { teks: lines.map((l) => l.trimEnd()).join('\n'), dibuang };
}

/**
 * A fitted table with its title lines above, the lines that belong to it (totals) under it,
 * then the note naming the columns left out when some were (`catatan` words it), then any
 * lines after (a legend); all wrapped to `lebar`.
 */
export function blokTabel(
  judul: readonly string[],
  kolom: readonly Kolom[],
  baris: readonly Baris[],
  c: ChalkInstance,
  lebar: number | undefined,
  catatan: (dibuang: string[], lebar: number) => string,
  bawah: readonly string[] = [],
  sesudah: readonly string[] = [],
): string {
  const t = tabel(kolom, baris, c, lebar);
  const note = t.dibuang.length > 0 && lebar !== undefined ? [catatan(t.dibuang, lebar)] : [];
  return [...bungkusSemua(judul, lebar), t.teks, ...bungkusSemua([...bawah, ...note, ...sesudah], lebar)].join('\n');
}

/**
 * The width kbk fits its terminal tables to: none when stdout is not a terminal (piped
 * output is for files: the full table); else COLUMNS when it is a positive number, else the
 * terminal's own width (Io.lebar, from process.stdout.columns).
 */
export function lebarTerminal(io: { isTTY: boolean; env: NodeJS.ProcessEnv; lebar?: number }): number | undefined {
  if (!io.isTTY) return undefined;
  const kolom = io.env.COLUMNS?.trim() ?? '';
  if (/^\d+$/.test(kolom) && Number(kolom) > 0) return Number(kolom);
  return io.lebar !== undefined && Number.isFinite(io.lebar) && io.lebar > 0 ? io.lebar : undefined;
}
