// Bytes as read → UTF-8 bytes for the record splitter. UTF-8 passes through unchanged and
// is checked on the way (the encoding was sniffed from the first 64 KiB only, and a
// Windows-1252 byte further on must stop the read, not become U+FFFD in a card number);
// Windows-1252 and UTF-16LE are decoded and re-encoded. A leading BOM is dropped.
import { isUtf8 } from 'node:buffer';
import type { Encoding } from './dialek.js';
import { utf8Di } from './utf8.js';

/** A byte that is not UTF-8, at this offset of the file. */
export class BukanUtf8 {
  constructor(readonly offset: number) {}
}

export interface Pendekode {
  /** The next chunk as UTF-8 bytes; may hold back a character cut by the chunk's end. */
  ubah(chunk: Buffer): Buffer;
  /** What was held back, at the end of the file. */
  akhir(): Buffer;
}

const KOSONG = Buffer.alloc(0);

/** `mulai`: the file offset reading starts at (a part of a file, src/ingest/belah.ts: UTF-8 only, no BOM there). */
export function pendekode(encoding: Encoding, mulai = 0): Pendekode {
  if (mulai > 0 && encoding !== 'utf-8') throw new Error(`pendekode: a part of a ${encoding} file`);
  return encoding === 'utf-8' ? new Utf8Ketat(mulai) : new Transkode(encoding);
}

class Utf8Ketat implements Pendekode {
  private tail: Buffer = KOSONG;
  /** File offset of the first byte of the next chunk. */
  private offset: number;
  /** Before the first bytes of the file (where a BOM may be). */
  private awal: boolean;
  constructor(mulai: number) {
    this.offset = mulai;
    this.awal = mulai === 0;
  }

  ubah(chunk: Buffer): Buffer {
    return this.periksa(chunk, false);
  }

  akhir(): Buffer {
    return this.periksa(KOSONG, true);
  }

  private periksa(chunk: Buffer, final: boolean): Buffer {
    const start = this.offset - this.tail.length;
    this.offset += chunk.length;
    const data = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    this.tail = KOSONG;
    let bom = 0;
    if (this.awal) {
      if (data.length < 3 && !final) {
        this.tail = Buffer.from(data);
        return KOSONG;
      }
      this.awal = false;
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) bom = 3;
    }
    // Hold back a multi-byte character cut by the chunk boundary.
    let cut = data.length;
    for (let i = data.length - 1; !final && i >= Math.max(bom, data.length - 4); i--) {
      const c = data[i] as number;
      if (c < 0x80) break;
      if (c >= 0xc0) {
        const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        if (data.length - i < need) cut = i;
        break;
      }
    }
    const whole = data.subarray(bom, cut);
    if (!isUtf8(whole)) throw new BukanUtf8(start + bom + pertamaSalah(whole));
    if (cut < data.length) this.tail = Buffer.from(data.subarray(cut));
    return whole;
  }
}

/** Offset in `b` of the first byte that does not begin a whole UTF-8 character. */
function pertamaSalah(b: Buffer): number {
  for (let i = 0; i < b.length; ) {
    const u = utf8Di(b, i);
    if (u.jenis !== 'satu' && u.jenis !== 'utuh') return i;
    i += u.panjang;
  }
  return b.length;
}

class Transkode implements Pendekode {
  private readonly td: InstanceType<typeof TextDecoder>;
  constructor(encoding: Encoding) {
    this.td = new TextDecoder(encoding);
  }
  ubah(chunk: Buffer): Buffer {
    return Buffer.from(this.td.decode(chunk, { stream: true }), 'utf8');
  }
  akhir(): Buffer {
    return Buffer.from(this.td.decode(), 'utf8');
  }
}
