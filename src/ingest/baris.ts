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
   * throw: a throw is never reused). One computation per column: a second one over the same
   * column's values names its own memory with `nama`.
   */
  ingat<T, A = void>(kolom: string, hitung: (a: A, b: Baris) => T, a?: A, nama?: string): T;
  /** A 13-digit card number as its index key (13·10^14 + value), or -1 when the value is anything else. */
  kartu13(kolom: string): number;
  /**
   * A plain decimal value (digits, a decimal point or comma, digits; a sign) × `skala`, from
   * its bytes, exactly as parseDecimal would read it then scale it; null for an empty value;
   * undefined when the bytes are anything else (spaces, a formula, too many digits, a quoted
   * row…): the caller then reads the value as text.
   */
  desimalSkala(kolom: string, skala: number): number | null | undefined;
  /** Whether get(kolom) would be ''; decided from the bytes where they tell, without making the value. */
  kosongNilai(kolom: string): boolean;
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
    this.ingatanCepat = [];
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
  private readonly ingatanPerNama = new Map<string, Ingatan>();

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
    return this.posisiCepat[this.slotKolom(kolom, kolom)];
  }
  /** The place of `nama` (a column, or a memory over one: ingat) among those asked for (namaCepat), added on its first ask. */
  private slotKolom(namaIni: string, kolom: string): number {
    const nama = this.namaCepat;
    for (let j = 0; j < nama.length; j++) if (nama[j] === namaIni) return j;
    nama.push(namaIni);
    this.posisiCepat.push(this.index.get(kolom));
    this.ingatanCepat.push(undefined);
    return nama.length - 1;
  }
  private namaCepat: string[] = [];
  private posisiCepat: (number | undefined)[] = [];
  /** Each asked column's Ingatan (from `ingatanPerNama`), by its place in namaCepat. */
  private ingatanCepat: (Ingatan | undefined)[] = [];

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

  /** The memory ingat(…, nama) keeps its results in (a fast lane looks in it: Ingatan.lihat). */
  ingatan(nama: string): Ingatan {
    let ing = this.ingatanPerNama.get(nama);
    if (ing === undefined) this.ingatanPerNama.set(nama, (ing = new Ingatan()));
    return ing;
  }

  ingat<T, A = void>(kolom: string, hitung: (a: A, b: Baris) => T, a?: A, nama: string = kolom): T {
    const j = this.slotKolom(nama, kolom);
    const i = this.posisiCepat[j];
    if (this.teks !== null || i === undefined || i >= this.n) return hitung(a as A, this);
    let ing = this.ingatanCepat[j];
    if (ing === undefined) this.ingatanCepat[j] = ing = this.ingatan(nama);
    return ing.cari(this.buf, this.awal[i] as number, this.akhir[i] as number, hitung, a as A, this);
  }

  desimalSkala(kolom: string, skala: number): number | null | undefined {
    const i = this.posisi(kolom);
    if (this.teks !== null) return undefined;
    if (i === undefined || i >= this.n) return null;
    return desimalSkalaBytes(this.buf, this.awal[i] as number, this.akhir[i] as number, skala);
  }

  kosongNilai(kolom: string): boolean {
    const i = this.posisi(kolom);
    if (this.teks !== null) return this.get(kolom) === '';
    if (i === undefined || i >= this.n) return true;
    // A plain row holds no quote, so no ="…" formula: its bytes decide, or its trimmed text.
    return kosongBytes(this.buf, this.awal[i] as number, this.akhir[i] as number) ?? this.get(kolom) === '';
  }

  kartu13(kolom: string): number {
    const i = this.posisi(kolom);
    if (this.teks !== null || i === undefined || i >= this.n) return -1;
    return kartu13Bytes(this.buf, this.awal[i] as number, this.akhir[i] as number);
  }
}

/** Baris.desimalSkala of a plain row's value [s, e): its value × skala, null when empty, undefined for the value as text to decide. */
export function desimalSkalaBytes(buf: Buffer, s: number, e: number, skala: number): number | null | undefined {
  let p = s;
  if (p === e) return null;
  // Only a value that needs no trimming and is no formula: its first and last bytes are printable ASCII.
  const c0 = buf[p] as number;
  if (ADA_SPASI(c0) || ADA_SPASI(buf[e - 1] as number)) return undefined;
  const neg = c0 === 45;
  if (neg || c0 === 43) p++;
  let bulat = 0;
  const mulaiBulat = p;
  for (; p < e; p++) {
    const c = (buf[p] as number) - 48;
    if (c < 0 || c > 9) break;
    bulat = bulat * 10 + c;
  }
  // Up to 9 whole digits: × skala (10^6) stays an exact integer far below 2^53.
  if (p === mulaiBulat || p - mulaiBulat > 9) return undefined;
  let v = bulat * skala;
  if (p < e) {
    const c = buf[p] as number;
    if (c !== 46 && c !== 44) return undefined;
    p++;
    if (p === e) return undefined;
    let pecahan = 0;
    let bagi = 1;
    for (; p < e; p++) {
      const d = (buf[p] as number) - 48;
      if (d < 0 || d > 9) return undefined;
      pecahan = pecahan * 10 + d;
      bagi *= 10;
      // More decimals than the scale holds: the exact path decides (it refuses most).
      if (bagi > skala) return undefined;
    }
    if (skala % bagi !== 0) return undefined;
    v += pecahan * (skala / bagi);
  }
  return neg && v !== 0 ? -v : v;
}

/** Bytes [s, e) as a 13-digit card number's index key (13·10^14 + value, as KunciKartu makes it), or -1 when they are anything else. */
export function kartu13Bytes(buf: Buffer, s: number, e: number): number {
  if (e - s !== 13) return -1;
  let v = 0;
  for (let p = s; p < e; p++) {
    const c = (buf[p] as number) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return 13e14 + v;
}

/**
 * Whether a plain row's value [s, e) is empty as get() trims it, from its bytes: true for
 * no bytes, false when both ends are printable ASCII (nothing to trim), null when only the
 * value as text can tell (white space at an end, ASCII or not).
 */
export function kosongBytes(buf: Buffer, s: number, e: number): boolean | null {
  if (e <= s) return true;
  return ADA_SPASI(buf[s] as number) || ADA_SPASI(buf[e - 1] as number) ? null : false;
}

/**
 * A plain row's value [s, e) as get() gives it, from its bytes: '' for no bytes, the text
 * when both ends are printable ASCII (nothing to trim) and it is no ="…" formula; null when
 * only get() can tell.
 */
export function teksBytes(buf: Buffer, s: number, e: number): string | null {
  if (e <= s) return '';
  if (kosongBytes(buf, s, e) !== false || buf[s] === 61) return null;
  return buf.toString('utf8', s, e);
}

/** Distinct values an Ingatan keeps at first (its hash tables have twice as many slots, so that probes stay short). */
const INGAT_AWAL = 4096;
/**
 * Past its room an Ingatan doubles while the values it keeps are found again, on average,
 * this many times each: a column that repeats (the facility codes of a national month,
 * 27,000 of them) is kept whole, one that does not (a card, a time to the second) is not.
 */
const INGAT_ULANG = 8;
/** The most distinct values an Ingatan keeps, however they repeat. */
const INGAT_MAKS = 1 << 16;
/** Values up to this many bytes are kept as three 32-bit words (a facility code, a date, a status), longer ones as bytes. */
const PENDEK = 11;

/**
 * Results by value bytes, for a column whose values repeat (a facility code, a date, a
 * status), all in JavaScript over typed arrays (a Buffer call per row costs more than the
 * lookup it saves, and an object per value more than the arrays). A value of up to 11
 * bytes is its three words: bytes 0–3, bytes 4–7, bytes 8–10 with the length (exact: the
 * length tells "A" from "A\0"), found by comparing three integers. A longer one by an
 * FNV-1a hash of its bytes, then a byte-by-byte check. INGAT_AWAL distinct values, more
 * while they repeat (INGAT_ULANG), at most INGAT_MAKS; past its room nothing more is kept.
 */
export class Ingatan {
  private kapasitas = INGAT_AWAL;
  /** Open addressing: entry + 1 per slot, 0 empty; short values and long ones apart. */
  private slotPendek = new Int32Array(2 * INGAT_AWAL);
  private slot = new Int32Array(2 * INGAT_AWAL);
  /** A short entry k's words are kata[3k, 3k + 3). */
  private kata = new Int32Array(INGAT_AWAL * 3);
  private hash = new Int32Array(INGAT_AWAL);
  /** A long entry k's bytes are isi[awal[k], awal[k + 1]) (a short one holds none there). */
  private awal = new Int32Array(INGAT_AWAL + 1);
  private isi = new Uint8Array(INGAT_AWAL * 16);
  private readonly nilai: unknown[] = [];
  private jumlah = 0;
  /** Lookups that found a kept value (whether the column repeats: INGAT_ULANG). */
  private ditemukan = 0;
  /**
   * The entry the last short and the last long value were (-1: none): exports list a
   * facility's rows together, and a status or a flag repeats row after row ("aktif" and
   * "tidak aktif" alternating land one in each).
   */
  private laluPendek = -1;
  private lalu = -1;
  /** The last lookup that found nothing: its words (short) or hash (long), for ingatBaru. */
  private k0 = 0;
  private k1 = 0;
  private k2 = 0;
  private hashBaru = 0;

  cari<T, A>(buf: Buffer, s: number, e: number, hitung: (a: A, b: Baris) => T, a: A, b: Baris): T {
    const k = this.temukan(buf, s, e);
    if (k >= 0) return this.nilai[k] as T;
    return this.ingatBaru(buf, s, e, hitung(a, b));
  }

  /**
   * The result already kept for bytes [s, e) of buf, or `tidakAda` when none is: a fast
   * lane's look at the row path's memory, which never computes (the row path decides a
   * value the first time, with whatever that records, and the lane reuses it after).
   */
  lihat<T>(buf: Buffer, s: number, e: number, tidakAda: T): unknown {
    const k = this.temukan(buf, s, e);
    return k >= 0 ? this.nilai[k] : tidakAda;
  }

  private ingatBaru<T>(buf: Buffer, s: number, e: number, nilai: T): T {
    if (this.jumlah >= this.kapasitas) {
      if (this.kapasitas >= INGAT_MAKS || this.ditemukan < INGAT_ULANG * this.jumlah) return nilai;
      this.tumbuh();
    }
    const k = this.jumlah++;
    this.nilai[k] = nilai;
    const mask = this.slot.length - 1;
    const a0 = this.awal[k] as number;
    if (e - s <= PENDEK) {
      this.awal[k + 1] = a0;
      const kata = this.kata;
      kata[3 * k] = this.k0;
      kata[3 * k + 1] = this.k1;
      kata[3 * k + 2] = this.k2;
      let i = hashKata(this.k0, this.k1, this.k2) & mask;
      while (this.slotPendek[i] !== 0) i = (i + 1) & mask;
      this.slotPendek[i] = k + 1;
      this.laluPendek = k;
      return nilai;
    }
    if (a0 + e - s > this.isi.length) {
      const lebih = new Uint8Array(Math.max(this.isi.length * 2, a0 + e - s));
      lebih.set(this.isi);
      this.isi = lebih;
    }
    for (let p = s; p < e; p++) this.isi[a0 + p - s] = buf[p] as number;
    this.awal[k + 1] = a0 + e - s;
    const h = this.hashBaru;
    this.hash[k] = h;
    let i = h & mask;
    while (this.slot[i] !== 0) i = (i + 1) & mask;
    this.slot[i] = k + 1;
    this.lalu = k;
    return nilai;
  }

  /** Twice the room: the entries kept as they are, the slots made again. */
  private tumbuh(): void {
    const n = (this.kapasitas *= 2);
    const kata = new Int32Array(n * 3);
    kata.set(this.kata);
    this.kata = kata;
    const hash = new Int32Array(n);
    hash.set(this.hash);
    this.hash = hash;
    const awal = new Int32Array(n + 1);
    awal.set(this.awal);
    this.awal = awal;
    this.slotPendek = new Int32Array(2 * n);
    this.slot = new Int32Array(2 * n);
    const mask = 2 * n - 1;
    for (let k = 0; k < this.jumlah; k++) {
      // A short entry holds no bytes in isi (a long one holds more than PENDEK).
      const pendek = awal[k + 1] === awal[k];
      const slot = pendek ? this.slotPendek : this.slot;
      let i = (pendek ? hashKata(kata[3 * k] as number, kata[3 * k + 1] as number, kata[3 * k + 2] as number) : (hash[k] as number)) & mask;
      while (slot[i] !== 0) i = (i + 1) & mask;
      slot[i] = k + 1;
    }
  }

  /** The entry holding bytes [s, e) of buf, or -1 (what ingatBaru needs of them then kept). */
  private temukan(buf: Buffer, s: number, e: number): number {
    const panjang = e - s;
    if (panjang <= PENDEK) {
      let w0 = 0;
      let w1 = 0;
      let w2 = panjang;
      let p = s;
      for (let g = 0; g < 32 && p < e; g += 8) w0 |= (buf[p++] as number) << g;
      for (let g = 0; g < 32 && p < e; g += 8) w1 |= (buf[p++] as number) << g;
      for (let g = 8; g < 32 && p < e; g += 8) w2 |= (buf[p++] as number) << g;
      const kata = this.kata;
      const l = this.laluPendek;
      if (l >= 0 && kata[3 * l] === w0 && kata[3 * l + 1] === w1 && kata[3 * l + 2] === w2) {
        this.ditemukan++;
        return l;
      }
      const slot = this.slotPendek;
      const mask = slot.length - 1;
      for (let i = hashKata(w0, w1, w2) & mask; ; i = (i + 1) & mask) {
        const x = slot[i] as number;
        if (x === 0) break;
        const k = x - 1;
        if (kata[3 * k] === w0 && kata[3 * k + 1] === w1 && kata[3 * k + 2] === w2) {
          this.laluPendek = k;
          this.ditemukan++;
          return k;
        }
      }
      this.k0 = w0;
      this.k1 = w1;
      this.k2 = w2;
      return -1;
    }
    const l = this.lalu;
    if (l >= 0) {
      const a0 = this.awal[l] as number;
      if ((this.awal[l + 1] as number) - a0 === panjang) {
        const isi = this.isi;
        let q = 0;
        while (q < panjang && isi[a0 + q] === buf[s + q]) q++;
        if (q === panjang) {
          this.ditemukan++;
          return l;
        }
      }
    }
    let h = 0x811c9dc5;
    for (let p = s; p < e; p++) h = Math.imul(h ^ (buf[p] as number), 0x01000193);
    const slot = this.slot;
    const mask = slot.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const x = slot[i] as number;
      if (x === 0) break;
      const k = x - 1;
      if (this.hash[k] !== h) continue;
      const a0 = this.awal[k] as number;
      if ((this.awal[k + 1] as number) - a0 !== panjang) continue;
      const isi = this.isi;
      let q = 0;
      while (q < panjang && isi[a0 + q] === buf[s + q]) q++;
      if (q === panjang) {
        this.lalu = k;
        this.ditemukan++;
        return k;
      }
    }
    this.hashBaru = h;
    return -1;
  }
}

/** A short value's three words as a slot hash (Murmur3's finaliser over their mix): codes that differ in one byte land apart. */
function hashKata(w0: number, w1: number, w2: number): number {
  let h = w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
