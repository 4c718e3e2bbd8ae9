// Splits a CSV byte stream into records (rekaman) without parsing fields, in bounded memory.
// It finds where each record starts and ends, the line it starts on, and whether it holds
// a quote; the row loop (csv.ts) splits plain records itself and hands quoted ones to
// csv-parse, the parser of record. Quote state follows csv-parse with relax_quotes: a quote
// opens a quoted value only at the very start of a value; inside one, "" is a quote, and
// any other quote ends the quoting (before a delimiter or line end it closes the value,
// elsewhere it is kept as text).
//
// Bounded: a record longer than `maxBytes` is not kept; its first bytes and its length are
// reported instead (a 200 MB line costs a scan, not 200 MB). Empty lines cost nothing.
// Pure: bytes in, callbacks out; no fs, no process.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Bytes of an oversized record kept for the rejects file. */
export const PRATINJAU_BYTES = 1000;

export interface PenerimaRekaman {
  /**
   * One record: bytes [start, end) of `buf` (line terminator excluded), valid only during
   * the call. `line` is the line it starts on; `kutip` whether it holds a quote byte.
   */
  rekaman(buf: Buffer, start: number, end: number, line: number, kutip: boolean): void;
  /**
   * A record longer than maxBytes: the line it starts on, its length, its first bytes, and
   * the lines it holds (1 + the CR, LF or CRLF line breaks inside it: a file whose line
   * ends change style half-way is one record holding the rest of the file).
   */
  kebesaran(line: number, bytes: number, pratinjau: Buffer, baris: number): void;
  /**
   * The fast lane (csv.ts JalurCepat): offered the records from `start` of `buf` (bytes up
   * to `n`) when nothing of a record is pending. It reads as many whole plain records as it
   * can, one line each, and returns how many, with `sampai.pos` where the next one starts;
   * the record there (if any) it left untouched, to the scan below and `rekaman`.
   */
  cepat?(buf: Buffer, start: number, n: number, line: number, sampai: { pos: number }): number;
}

export interface OpsiPemecah {
  delimiter: number;
  /** LF for LF and CRLF files (a CR before the LF is dropped); CR for old Mac files. */
  akhirBaris: number;
  maxBytes: number;
}

export interface AkhirFile {
  /** The last record had no line terminator: a file cut short, or saved without a final line break. */
  tanpaAkhirBaris: boolean;
  /** The line of a quoted value still open at the end of the file; null when none. */
  kutipTerbuka: number | null;
}

export const AKHIR_BARIS = { LF, CR } as const;

/** A record past maxBytes being skipped to its end; `ekor` is a quote whose next byte decides. */
interface Buang {
  line: number;
  bytes: number;
  pratinjau: Buffer;
  ekor: Buffer;
  /** Line breaks in its bytes so far; `cr`: whether they ended in a CR, whose LF may open the next chunk. */
  putus: number;
  cr: boolean;
}

/** A skipped record's next bytes [a, e) of buf counted into its line breaks: a CRLF cut between two chunks is one break, as in one read. */
function tambahPutus(b: Buang, buf: Uint8Array, a: number, e: number): void {
  if (e <= a) return;
  b.putus += putusBaris(buf, a, e) - (b.cr && buf[a] === LF ? 1 : 0);
  b.cr = buf[e - 1] === CR;
}

export class PemecahRekaman {
  /** Line on which the pending record starts. */
  private line = 1;
  /** Bytes of a record that did not end in the previous chunk (at most maxBytes). */
  private sisa: Buffer | null = null;
  // Scan state of the pending record.
  /** Bytes of it already scanned. */
  private dipindai = 0;
  private dalamKutip = false;
  private awalNilai = true;
  private kutip = false;
  /** Line terminators inside quoted values of it. */
  private barisDalam = 0;
  /** Where the last unfinished scan stopped. */
  private berhenti = 0;
  /** A record past maxBytes being skipped to its end. */
  private buang: Buang | null = null;
  /** Next quote byte of the current buffer (cached so a chunk without quotes is searched once). */
  private kutipBuf: Buffer | null = null;
  private kutipPos = -1;
  /** Where the fast lane's records end (PenerimaRekaman.cepat). */
  private readonly sampai = { pos: 0 };

  constructor(
    private readonly opsi: OpsiPemecah,
    private readonly ke: PenerimaRekaman,
  ) {}

  tulis(chunk: Buffer): void {
    let buf = chunk;
    let pos = 0;
    if (this.buang !== null) {
      const b = this.buang;
      if (b.ekor.length > 0) buf = Buffer.concat([b.ekor, chunk]);
      const end = this.cari(buf, 0, buf.length, false);
      if (end === -1) {
        b.bytes += this.berhenti;
        tambahPutus(b, buf, 0, this.berhenti);
        b.ekor = Buffer.from(buf.subarray(this.berhenti));
        return;
      }
      b.bytes += end;
      tambahPutus(b, buf, 0, end);
      this.keluarkanBuang(b);
      pos = end + 1;
    } else if (this.sisa !== null) {
      const sisa = this.sisa;
      this.sisa = null;
      if (this.dipindai !== sisa.length) buf = Buffer.concat([sisa, chunk]);
      else {
        // Every byte of the pending record scanned (no quote waiting for its next byte): its
        // scan goes on in this chunk, and only the record's own bytes are joined, not the
        // whole chunk (a 1 MiB copy, and its garbage, a chunk).
        const end = this.cari(chunk, 0, chunk.length, false);
        if (end === -1) {
          const alle = Buffer.concat([sisa, chunk]);
          this.tertahan(alle, 0, sisa.length + this.berhenti);
          return;
        }
        const rekaman = Buffer.concat([sisa, chunk.subarray(0, end)]);
        this.keluarkan(rekaman, 0, rekaman.length);
        pos = end + 1;
      }
    }
    const n = buf.length;
    const cepat = this.ke.cepat !== undefined;
    while (pos < n) {
      if (cepat && this.dipindai === 0 && !this.dalamKutip) {
        const k = (this.ke.cepat as NonNullable<PenerimaRekaman['cepat']>)(buf, pos, n, this.line, this.sampai);
        if (k > 0) {
          // Plain lines: no quote, so no state to carry, a line on each.
          this.line += k;
          pos = this.sampai.pos;
          if (pos >= n) break;
        }
      }
      const end = this.cari(buf, pos + this.dipindai, n, false);
      if (end === -1) {
        this.tertahan(buf, pos, this.berhenti);
        return;
      }
      this.keluarkan(buf, pos, end);
      pos = end + 1;
    }
  }

  /**
   * The record from `pos` to buf's end has no line terminator yet, its bytes scanned up to
   * `berhenti`: kept for the next chunk, or, past maxBytes, skipped to its end.
   */
  private tertahan(buf: Buffer, pos: number, berhenti: number): void {
    if (buf.length - pos <= this.opsi.maxBytes) {
      this.dipindai = berhenti - pos;
      this.sisa = Buffer.from(buf.subarray(pos));
    } else {
      this.buang = {
        line: this.line,
        bytes: berhenti - pos,
        pratinjau: Buffer.from(buf.subarray(pos, pos + PRATINJAU_BYTES)),
        ekor: Buffer.from(buf.subarray(berhenti)),
        putus: putusBaris(buf, pos, berhenti),
        cr: berhenti > pos && buf[berhenti - 1] === CR,
      };
    }
  }

  /** Whether a record is under way (its line terminator not yet read): the input so far does not end at a record's end. */
  tertunda(): boolean {
    return this.sisa !== null || this.buang !== null;
  }

  /** The line the next record starts on. */
  get barisBerikut(): number {
    return this.line;
  }

  /** End of input: the last record, if it had no line terminator. */
  akhir(): AkhirFile {
    if (this.buang !== null) {
      const b = this.buang;
      this.buang = null;
      this.cari(b.ekor, 0, b.ekor.length, true);
      if (this.dalamKutip) return { tanpaAkhirBaris: true, kutipTerbuka: b.line };
      b.bytes += b.ekor.length;
      tambahPutus(b, b.ekor, 0, b.ekor.length);
      this.keluarkanBuang(b);
      return { tanpaAkhirBaris: true, kutipTerbuka: null };
    }
    const sisa = this.sisa;
    this.sisa = null;
    if (sisa === null || sisa.length === 0) return { tanpaAkhirBaris: false, kutipTerbuka: null };
    this.cari(sisa, this.dipindai, sisa.length, true);
    if (this.dalamKutip) return { tanpaAkhirBaris: true, kutipTerbuka: this.line };
    this.keluarkan(sisa, 0, sisa.length);
    return { tanpaAkhirBaris: true, kutipTerbuka: null };
  }

  private keluarkan(buf: Buffer, start: number, end: number): void {
    const panjang = end - start;
    if (panjang > this.opsi.maxBytes) this.ke.kebesaran(this.line, panjang, Buffer.from(buf.subarray(start, start + PRATINJAU_BYTES)), 1 + putusBaris(buf, start, end));
    else {
      const akhir = this.opsi.akhirBaris === LF && end > start && buf[end - 1] === CR ? end - 1 : end;
      this.ke.rekaman(buf, start, akhir, this.line, this.kutip);
    }
    this.mulaiBaru();
  }

  private keluarkanBuang(b: Buang): void {
    this.buang = null;
    this.ke.kebesaran(b.line, b.bytes, b.pratinjau, 1 + b.putus);
    this.mulaiBaru();
  }

  private mulaiBaru(): void {
    this.line += 1 + this.barisDalam;
    this.dipindai = 0;
    this.dalamKutip = false;
    this.awalNilai = true;
    this.kutip = false;
    this.barisDalam = 0;
  }

  private kutipBerikut(buf: Buffer, i: number): number {
    if (this.kutipBuf !== buf || (this.kutipPos !== -1 && this.kutipPos < i)) {
      this.kutipBuf = buf;
      this.kutipPos = buf.indexOf(QUOTE, i);
    }
    return this.kutipPos;
  }

  /**
   * Scans from `i` for the end of the current record, honouring quotes, and keeps the
   * scan state. Returns the index of its line terminator, or -1 with `berhenti` set to
   * where the scan stopped (before a quote whose next byte is not there yet). `final`:
   * no byte follows buf.
   */
  private cari(buf: Buffer, i: number, n: number, final: boolean): number {
    const eol = this.opsi.akhirBaris;
    const delim = this.opsi.delimiter;
    if (!this.dalamKutip) {
      // Fast path: no quote before the line end, so the line end is the record's end.
      const e = buf.indexOf(eol, i);
      const q = this.kutipBerikut(buf, i);
      if (q === -1 || q >= n || (e !== -1 && e < q)) {
        if (e !== -1 && e < n) return e;
        if (n > i) this.awalNilai = buf[n - 1] === delim;
        this.berhenti = n;
        return -1;
      }
      if (q > i) this.awalNilai = buf[q - 1] === delim;
      i = q;
    }
    let dalam = this.dalamKutip;
    let awal = this.awalNilai;
    let k = this.barisDalam;
    this.kutip = true;
    for (; i < n; i++) {
      const c = buf[i] as number;
      if (dalam) {
        if (c === QUOTE) {
          if (i + 1 >= n && !final) break;
          if (i + 1 < n && buf[i + 1] === QUOTE) i++;
          else {
            dalam = false;
            awal = false;
          }
        } else if (c === eol) k++;
        continue;
      }
      if (c === eol) {
        this.dalamKutip = false;
        this.barisDalam = k;
        return i;
      }
      if (c === delim) awal = true;
      else if (c === QUOTE && awal) {
        dalam = true;
        awal = false;
      } else awal = false;
    }
    this.dalamKutip = dalam;
    this.awalNilai = awal;
    this.barisDalam = k;
    this.berhenti = i;
    return -1;
  }
}

/**
 * Line breaks in bytes [a, b) of buf, of any style: CR, LF and CRLF (one). Only the
 * records that are rejected are counted, so the cost falls on damage, not on every row.
 */
export function putusBaris(buf: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let i = Buffer.prototype.indexOf.call(buf, LF, a); i !== -1 && i < b; i = Buffer.prototype.indexOf.call(buf, LF, i + 1)) n++;
  for (let i = Buffer.prototype.indexOf.call(buf, CR, a); i !== -1 && i < b; i = Buffer.prototype.indexOf.call(buf, CR, i + 1)) if (i + 1 >= b || buf[i + 1] !== LF) n++;
  return n;
}

/**
 * Line breaks in a record's text outside its quoted values, of any style (CR, LF, CRLF
 * one): the lines of the file a rejected record swallowed (a CR-only stretch in an LF
 * file). A line break inside a quoted value belongs to the value (an address on two
 * lines), not to another record. Quotes as the splitter reads them: one opens a quoted
 * value only at the start of a value; inside, "" is a quote and another quote closes it.
 */
export function putusDiLuarKutip(teks: string, delimiter: string): number {
  const d = delimiter.charCodeAt(0);
  let n = 0;
  let dalam = false;
  let awal = true;
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    if (dalam) {
      if (c === QUOTE) {
        if (teks.charCodeAt(i + 1) === QUOTE) i++;
        else dalam = false;
      }
      continue;
    }
    if (c === LF || c === CR) {
      if (!(c === CR && teks.charCodeAt(i + 1) === LF)) n++;
      awal = true;
    } else if (c === d) awal = true;
    else if (c === QUOTE && awal) {
      dalam = true;
      awal = false;
    } else awal = false;
  }
  return n;
}
