// One row of a CSV file as the readers see it. A plain row (no quote) stays bytes: its
// values are located by offset and become strings only when asked for, and values that
// repeat row after row (a facility code, a date, a status) are decided once per distinct
// bytes. A quoted row comes as strings from csv-parse. Either way the same values, trimmed
// the same way, so the fast path changes no number, reject or message.
import type { PembacaTanggal } from './dates.js';

export interface Baris {
  line: number;
  /** The row as read, without its line terminator (for the rejects). */
  readonly raw: string;
  /** Trimmed value of a canonical column; '' when the column is absent or the cell empty. */
  get(kolom: string): string;
  /** Whether the header has this canonical column. */
  has(kolom: string): boolean;
  /** The column as the file's header names it ("tglDaftar" for tgl_kontak), for messages. */
  kolom(kolom: string): string;
  /** The file's date reader: one format for the whole file. */
  tanggal: PembacaTanggal;
  /**
   * `hitung()` for this row's value of `kolom`, reusing the last result when the value's
   * bytes are those it was computed for. `hitung` must depend on the value only (and may
   * throw: a throw is never reused).
   */
  ingat<T>(kolom: string, hitung: () => T): T;
  /** A 13-digit card number as its index key (13·10^14 + value), or -1 when the value is anything else. */
  kartu13(kolom: string): number;
}

const ADA_SPASI = (c: number): boolean => c <= 0x20 || c >= 0x80;

/** ="0001010000001": the formula exports use so that Excel keeps an ID's leading zeros. */
function tanpaFormula(v: string): string {
  return v.charCodeAt(0) === 61 && v.length >= 3 && v.charCodeAt(1) === 34 && v.endsWith('"') ? v.slice(2, -1) : v;
}

export class BarisCsv implements Baris {
  line = 0;
  /** Canonical column → position in the header. */
  index: Map<string, number> = new Map();
  header: string[] = [];

  aturHeader(index: Map<string, number>, header: string[]): void {
    this.index = index;
    this.header = header;
    this.namaCepat = [];
    this.posisiCepat = [];
  }
  // A plain row: its bytes and each value's [awal, akhir).
  private buf: Buffer = Buffer.alloc(0);
  private mulai = 0;
  private selesai = 0;
  private awal = new Int32Array(64);
  private akhir = new Int32Array(64);
  /** A quoted row: its values as csv-parse gives them; null for a plain row. */
  private teks: string[] | null = null;
  private rawTeks: string | null = null;
  n = 0;
  /** Per column: results by the hash of their value's bytes (see ingat). */
  private readonly ingatan = new Map<string, Ingatan>();

  constructor(
    readonly tanggal: PembacaTanggal,
    private readonly delim: number,
  ) {}

  /** A plain row: bytes [mulai, selesai) of buf, values split at the delimiter. */
  aturBytes(buf: Buffer, mulai: number, selesai: number, line: number): void {
    this.buf = buf;
    this.mulai = mulai;
    this.selesai = selesai;
    this.teks = null;
    this.rawTeks = null;
    this.line = line;
    // A byte loop: rows are a few dozen bytes, cheaper to walk than a native call per value.
    const d = this.delim;
    let n = 0;
    let s = mulai;
    for (let p = mulai; p < selesai; p++) {
      if (buf[p] !== d) continue;
      if (n + 1 >= this.awal.length) this.lebarkan();
      this.awal[n] = s;
      this.akhir[n] = p;
      n++;
      s = p + 1;
    }
    if (n === this.awal.length) this.lebarkan();
    this.awal[n] = s;
    this.akhir[n] = selesai;
    this.n = n + 1;
  }

  /** A quoted row, parsed by csv-parse. */
  aturTeks(values: string[], raw: string, line: number): void {
    this.teks = values;
    this.rawTeks = raw;
    this.n = values.length;
    this.line = line;
  }

  private lebarkan(): void {
    const awal = new Int32Array(this.awal.length * 2);
    const akhir = new Int32Array(this.akhir.length * 2);
    awal.set(this.awal);
    akhir.set(this.akhir);
    this.awal = awal;
    this.akhir = akhir;
  }

  get raw(): string {
    this.rawTeks ??= this.buf.toString('utf8', this.mulai, this.selesai);
    return this.rawTeks;
  }

  /** Value i as written (untrimmed). */
  nilai(i: number): string {
    if (this.teks !== null) return this.teks[i] ?? '';
    return i < this.n ? this.buf.toString('utf8', this.awal[i] as number, this.akhir[i] as number) : '';
  }

  /** Bytes of value i (its UTF-8 length); exact for quoted rows too. */
  panjang(i: number): number {
    if (this.teks !== null) return Buffer.byteLength(this.teks[i] ?? '');
    return (this.akhir[i] as number) - (this.awal[i] as number);
  }

  /** Whether value i is empty or only spaces. */
  kosong(i: number): boolean {
    if (this.teks !== null) return (this.teks[i] ?? '').trim() === '';
    for (let p = this.awal[i] as number; p < (this.akhir[i] as number); p++) if (!ADA_SPASI(this.buf[p] as number)) return false;
    return this.nilai(i).trim() === '';
  }

  /**
   * A column's position. The readers ask for a few names, always the same string
   * constants, row after row: compared by identity first, the header map only once each.
   */
  private posisi(kolom: string): number | undefined {
    const nama = this.namaCepat;
    for (let j = 0; j < nama.length; j++) if (nama[j] === kolom) return this.posisiCepat[j];
    const i = this.index.get(kolom);
    nama.push(kolom);
    this.posisiCepat.push(i);
    return i;
  }
  private namaCepat: string[] = [];
  private posisiCepat: (number | undefined)[] = [];

  get(kolom: string): string {
    const i = this.posisi(kolom);
    if (i === undefined || i >= this.n) return '';
    const v = this.nilai(i);
    // Trim only when an end may be white space (ASCII or not): most values need no copy.
    const t = v.length > 0 && (ADA_SPASI(v.charCodeAt(0)) || ADA_SPASI(v.charCodeAt(v.length - 1))) ? v.trim() : v;
    return tanpaFormula(t);
  }

  has(kolom: string): boolean {
    return this.index.has(kolom);
  }

  kolom(kolom: string): string {
    const i = this.index.get(kolom);
    return i === undefined ? kolom : (this.header[i]?.trim() ?? kolom);
  }

  ingat<T>(kolom: string, hitung: () => T): T {
    const i = this.posisi(kolom);
    if (this.teks !== null || i === undefined || i >= this.n) return hitung();
    let ing = this.ingatan.get(kolom);
    if (ing === undefined) this.ingatan.set(kolom, (ing = new Ingatan()));
    return ing.cari(this.buf, this.awal[i] as number, this.akhir[i] as number, hitung);
  }

  kartu13(kolom: string): number {
    const i = this.posisi(kolom);
    if (this.teks !== null || i === undefined || i >= this.n) return -1;
    const s = this.awal[i] as number;
    if ((this.akhir[i] as number) - s !== 13) return -1;
    let v = 0;
    for (let p = s; p < s + 13; p++) {
      const c = (this.buf[p] as number) - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return 13e14 + v;
  }
}

/**
 * Results by value bytes, for a column whose values repeat (a facility code, a date, a
 * status): an FNV-1a hash of the bytes, then a byte-by-byte check, all in JavaScript (a
 * Buffer call per row costs more than the lookup it saves). Up to 4,096 distinct values;
 * past that the column is not one that repeats, and nothing more is kept.
 */
class Ingatan {
  private readonly peta = new Map<number, { bytes: Uint8Array; nilai: unknown }[]>();
  private jumlah = 0;

  cari<T>(buf: Buffer, s: number, e: number, hitung: () => T): T {
    let h = 0x811c9dc5;
    for (let p = s; p < e; p++) h = Math.imul(h ^ (buf[p] as number), 0x01000193);
    const daftar = this.peta.get(h);
    if (daftar !== undefined)
      for (let j = 0; j < daftar.length; j++) {
        const d = daftar[j] as { bytes: Uint8Array; nilai: unknown };
        const b = d.bytes;
        if (b.length !== e - s) continue;
        let sama = true;
        for (let p = 0; sama && p < b.length; p++) sama = b[p] === buf[s + p];
        if (sama) return d.nilai as T;
      }
    const nilai = hitung();
    if (this.jumlah < 4096) {
      this.jumlah++;
      const isi = { bytes: Uint8Array.prototype.slice.call(buf, s, e), nilai };
      if (daftar === undefined) this.peta.set(h, [isi]);
      else daftar.push(isi);
    }
    return nilai;
  }
}
