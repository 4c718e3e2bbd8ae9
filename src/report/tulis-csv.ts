// The canonical CSV of kbk's reports (comma, LF, a value quoted only when it must be: the
// bytes csv-stringify writes with record_delimiter 'unix', which kbk used before): csvText
// for a report's rows, and for large reports (kbk audit's files: millions of lines, kbk
// sampel's worksheet) values written one at a time into a TujuanCsv, straight into Buffers:
// no string per line, no array per row. PenulisCsv writes csvText's bytes, a card's digits
// from its key; PenulisCsvExcel those of csvExcel (BOM, ;, CRLF), each value changed and
// quoted by the Excel dialect's own rules (pengubahExcel, selExcel in csv-excel.ts).
import type { KunciKartu } from '../ingest/peserta-index.js';
import { csvExcel, pengubahExcel, selExcel } from './csv-excel.js';

/** Where a report's values go, line by line. */
export interface TujuanCsv {
  /** One value. */
  sel(v: string): void;
  /** A card by its key (kartu.kartu(kunci) as text). */
  kartu(kunci: number, kartu: KunciKartu): void;
  /** One value per bit of `bit`, in order: "1" when `m` has it, else "0". */
  nolSatu(m: number, bit: readonly number[]): void;
  /** The end of a line. */
  akhir(): void;
}

/** A value as csvText writes it: quoted when it holds a comma, a quote or a line feed (as csv-stringify decides for comma and LF). */
function selCsv(v: string): string {
  return PERLU_KUTIP.test(v) ? kutip(v) : v;
}
const PERLU_KUTIP = /[,"\n]/;
const kutip = (v: string): string => `"${v.replaceAll('"', '""')}"`;

/**
 * A row's value as text. Rows are typed as strings; anything else is written as csv-stringify
 * cast it, so that no report changes: nothing for undefined or null, 1 or nothing for a
 * boolean, a Date's milliseconds, an object as JSON, a number as JavaScript writes it.
 */
function teksNilai(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '1' : '';
  if (v instanceof Date) return String(v.getTime());
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** One line of csvText: the row's value of each column (by its own name, even with a dot in it), and LF. */
function barisTeks(columns: readonly string[], r: Readonly<Record<string, string>>): string {
  let s = '';
  for (let i = 0; i < columns.length; i++) s += (i === 0 ? '' : ',') + selCsv(teksNilai(r[columns[i] as string]));
  return s + '\n';
}

/** A report's canonical CSV: a header of the column names, then a line for each row. */
export function csvText(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  let s = columns.map(selCsv).join(',') + '\n';
  for (const r of rows) s += barisTeks(columns, r);
  return s;
}

/** The same bytes as csvText, made a thousand rows at a time (a rejects file can be large). */
export function csvPotongan(columns: readonly string[], rows: Iterable<Record<string, string>>): () => Iterable<string> {
  return function* () {
    yield csvText(columns, []);
    let batch = '';
    let n = 0;
    for (const r of rows) {
      batch += barisTeks(columns, r);
      if (++n === 1000) {
        yield batch;
        batch = '';
        n = 0;
      }
    }
    if (n > 0) yield batch;
  };
}

/** Bytes a chunk is handed on at (the file's writer writes each as it comes). */
const UKURAN = 1 << 18;

/**
 * Canonical CSV bytes, value by value; `ambil` hands on what is written (a Buffer of whole
 * lines) and starts the next.
 */
export class PenulisCsv implements TujuanCsv {
  protected buf = Buffer.allocUnsafe(UKURAN);
  protected pos = 0;
  protected awal = true;
  /** The byte between two values. */
  protected readonly pemisah: number = 44;

  sel(v: string): void {
    const n = v.length;
    // The worst case: 3 bytes a UTF-16 unit, two quotes and a comma.
    this.ruang(3 * n + 3);
    const buf = this.buf;
    const pos = this.koma();
    // ASCII (codes, cards, counts, nearly every reason) byte by byte, which for the short
    // values of a report is several times faster than the native encoder's call; quoted
    // (its quotes doubled) from the first comma, quote or line feed (PERLU_KUTIP's three,
    // as bytes); anything else by selCsv and the encoder, from the value's start.
    let i = 0;
    for (; i < n; i++) {
      const c = v.charCodeAt(i);
      if (c >= 128 || c === 44 || c === 34 || c === 10) break;
      buf[pos + i] = c;
    }
    if (i === n) {
      this.pos = pos + n;
      return;
    }
    if (v.charCodeAt(i) < 128) {
      for (let k = i - 1; k >= 0; k--) buf[pos + 1 + k] = buf[pos + k] as number;
      buf[pos] = 34;
      let q = pos + 1 + i;
      for (; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c >= 128) break;
        if (c === 34) buf[q++] = 34;
        buf[q++] = c;
      }
      if (i === n) {
        buf[q] = 34;
        this.pos = q + 1;
        return;
      }
    }
    this.pos = pos + buf.write(selCsv(v), pos);
  }

  kartu(kunci: number, kartu: KunciKartu): void {
    this.ruang(16);
    const pos = kartu.tulis(kunci, this.buf, this.pos + (this.awal ? 0 : 1));
    if (pos < 0) return this.sel(kartu.kartu(kunci));
    this.koma();
    this.pos = pos;
  }

  nolSatu(m: number, bit: readonly number[]): void {
    this.ruang(2 * bit.length);
    const buf = this.buf;
    let pos = this.koma() - 1;
    // The first value's comma is written only when the line has one before it.
    for (let c = 0; c < bit.length; c++) {
      if (c > 0) buf[pos] = 44;
      buf[pos + 1] = m & (bit[c] as number) ? 49 : 48;
      pos += 2;
    }
    this.pos = pos;
  }

  akhir(): void {
    this.ruang(1);
    this.buf[this.pos++] = 10;
    this.awal = true;
  }

  /**
   * Whether enough is written to hand on. Asked between batches (csvTulis: a thousand lines
   * of an audit, ~70 KB): from half a chunk, so that the next batch fits in the rest. Asked at
   * a chunk's last 4 KiB, most batches overflowed it, and each chunk was copied into one twice
   * its size (~300 MB copied on a 2.5 M month's audit, and as much garbage).
   */
  get cukup(): boolean {
    return this.pos >= UKURAN / 2;
  }

  /** The bytes written since the last call (null: none); the next are written into a new Buffer. */
  ambil(): Buffer | null {
    if (this.pos === 0) return null;
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(UKURAN);
    this.pos = 0;
    return out;
  }

  /** The separator before a value unless it is the line's first: the position the value starts at. */
  protected koma(): number {
    if (this.awal) this.awal = false;
    else this.buf[this.pos++] = this.pemisah;
    return this.pos;
  }

  /** Room for a separator and `n` more bytes: a larger Buffer holding what is written (a value longer than a chunk). */
  protected ruang(n: number): void {
    if (this.pos + n + 1 <= this.buf.length) return;
    const baru = Buffer.allocUnsafe(Math.max(UKURAN, 2 * (this.pos + n + 1)));
    this.buf.copy(baru, 0, 0, this.pos);
    this.buf = baru;
  }
}

/**
 * csvExcel's bytes, value by value: each value changed as the dialect changes it in its
 * column (a card or any column of `teks` written ="…" first, so that Excel keeps it as
 * text), then quoted by selExcel; `;` between values, CRLF after each line.
 */
export class PenulisCsvExcel extends PenulisCsv {
  protected override readonly pemisah = 59;
  private kolom = 0;
  private readonly ubah: (i: number, v: string) => string;
  private readonly teks: ReadonlySet<number>;

  constructor(columns: readonly string[], teks: readonly string[]) {
    super();
    this.ubah = pengubahExcel(columns);
    this.teks = new Set(teks.map((k) => columns.indexOf(k)));
  }

  override sel(v: string): void {
    const i = this.kolom++;
    this.tulisJadi(selExcel(this.ubah(i, this.teks.has(i) && v !== '' ? `="${v}"` : v)));
  }

  /** A value as it goes into the file (changed and quoted): ASCII byte by byte, else by the native encoder. */
  private tulisJadi(s: string): void {
    const n = s.length;
    this.ruang(3 * n);
    const buf = this.buf;
    const pos = this.koma();
    let k = 0;
    for (; k < n; k++) {
      const c = s.charCodeAt(k);
      if (c >= 128) break;
      buf[pos + k] = c;
    }
    this.pos = k === n ? pos + n : pos + buf.write(s, pos);
  }

  override kartu(kunci: number, kartu: KunciKartu): void {
    // A card of digits in a text column: ="…" and quoted, "=""0001234567890""", its digits
    // from the key (what sel makes of it: the dialect changes no value that starts with =).
    if (this.teks.has(this.kolom)) {
      this.ruang(22);
      const buf = this.buf;
      const awal = this.pos + (this.awal ? 0 : 1);
      const akhir = kartu.tulis(kunci, buf, awal + KARTU_AWAL.length);
      if (akhir >= 0) {
        this.koma();
        buf.write(KARTU_AWAL, awal, 'latin1');
        buf.write(KARTU_AKHIR, akhir, 'latin1');
        this.pos = akhir + KARTU_AKHIR.length;
        this.kolom++;
        return;
      }
    }
    this.sel(kartu.kartu(kunci));
  }

  override nolSatu(m: number, bit: readonly number[]): void {
    for (const b of bit) {
      // "0" and "1" as sel writes them in this column, made once a column.
      const i = this.kolom++;
      this.tulisJadi((this.nolSatuDi[i] ??= [selExcel(this.ubah(i, '0')), selExcel(this.ubah(i, '1'))])[m & b ? 1 : 0]);
    }
  }
  private readonly nolSatuDi: [string, string][] = [];

  override akhir(): void {
    this.ruang(2);
    this.buf[this.pos++] = 13;
    this.buf[this.pos++] = 10;
    this.awal = true;
    this.kolom = 0;
  }
}

/** A card's value around its digits in the Excel dialect: selExcel of ="…". */
const KARTU_AWAL = '"=""';
const KARTU_AKHIR = '"""';

/**
 * A CSV file's content from `tulis`, which writes its lines into the TujuanCsv it is given
 * and yields between batches (a chunk is handed on there): the bytes csvText would write
 * (comma, LF); with `excel`, those of csvExcel (BOM, ;, CRLF), a card number (and any
 * column of `teks`) written ="…" so that Excel keeps it as text (kbk's reader takes the
 * value back without the formula: src/ingest/baris.ts).
 */
export function csvTulis(columns: readonly string[], tulis: (t: TujuanCsv) => Iterable<unknown>, excel = false, teks: readonly string[] = ['no_kartu']): () => Iterable<string | Uint8Array> {
  return function* () {
    let t: PenulisCsv;
    if (excel) {
      yield csvExcel(columns, []); // the BOM and the header, as csvExcel writes them
      t = new PenulisCsvExcel(columns, teks);
    } else {
      t = new PenulisCsv();
      for (const k of columns) t.sel(k);
      t.akhir();
    }
    for (const _ of tulis(t)) if (t.cukup) yield t.ambil() as Buffer;
    const sisa = t.ambil();
    if (sisa !== null) yield sisa;
  };
}

/** csvTulis of rows made beforehand, a batch a chunk. */
export function csvBaris(columns: readonly string[], batches: () => Iterable<string[][]>, excel = false, teks: readonly string[] = ['no_kartu']): () => Iterable<string | Uint8Array> {
  return csvTulis(
    columns,
    function* (t) {
      for (const rows of batches()) {
        for (const r of rows) {
          for (const v of r) t.sel(v);
          t.akhir();
        }
        yield;
      }
    },
    excel,
    teks,
  );
}
