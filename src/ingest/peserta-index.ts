// The month's registered participants, held as sorted typed arrays rather than a Map: a
// JavaScript Map or Set stops at 2^24 (16.7 million) entries, typed arrays do not, and a
// card number of up to 14 digits fits a double exactly.

/** Card numbers of 1–14 digits map to len·1e14 + value (so "0012" ≠ "12"); others are interned. */
export class KunciKartu {
  private interned = new Map<string, number>();

  kunci(noKartu: string): number {
    if (noKartu.length <= 14 && /^\d+$/.test(noKartu)) return noKartu.length * 1e14 + Number(noKartu);
    let k = this.interned.get(noKartu);
    if (k === undefined) {
      k = -(this.interned.size + 1);
      this.interned.set(noKartu, k);
    }
    return k;
  }
}

/** Growable typed column, so that no per-row object is kept. */
export class Kolom<T extends Float64Array | Int32Array | Uint8Array> {
  length = 0;
  constructor(public data: T) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export const KONFLIK = -1;

export class IndeksPeserta {
  /** Sorted distinct card keys. */
  readonly keys: Float64Array;
  /** Facility index per key, or KONFLIK when the card is active at two facilities. */
  readonly fasilitas: Int32Array;

  private constructor(keys: Float64Array, fasilitas: Int32Array) {
    this.keys = keys;
    this.fasilitas = fasilitas;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Position of a card key, or -1. */
  cari(key: number): number {
    const k = this.keys;
    let lo = 0;
    let hi = k.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = k[mid] as number;
      if (v < key) lo = mid + 1;
      else if (v > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  static builder(): PembangunIndeks {
    return new PembangunIndeks();
  }

  /** @internal */
  static dari(keys: Float64Array, fasilitas: Int32Array): IndeksPeserta {
    return new IndeksPeserta(keys, fasilitas);
  }
}

export class PembangunIndeks {
  private keys = new Kolom(new Float64Array(1024));
  private fas = new Kolom(new Int32Array(1024));
  private lines = new Kolom(new Int32Array(1024));

  tambah(key: number, fasilitas: number, line: number): void {
    this.keys.push(key);
    this.fas.push(fasilitas);
    this.lines.push(line);
  }

  /**
   * Lines of the rows whose card is active at two or more facilities, with those
   * facilities; known only after bangun().
   */
  konflik = new Map<number, { fasilitas: Set<number>; lines: number[] }>();

  /** Sorts natively (no comparator), dedupes, and marks cards active at two facilities. */
  bangun(): IndeksPeserta {
    const all = this.keys.view();
    const sorted = Float64Array.from(all).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] as number;
    const keys = sorted.slice(0, n);
    const fasilitas = new Int32Array(n).fill(-2);
    const idx = IndeksPeserta.dari(keys, fasilitas);
    const fas = this.fas.view();
    for (let i = 0; i < all.length; i++) {
      const p = idx.cari(all[i] as number);
      const f = fas[i] as number;
      const cur = fasilitas[p] as number;
      if (cur === -2) fasilitas[p] = f;
      else if (cur !== f) fasilitas[p] = KONFLIK;
    }
    const lines = this.lines.view();
    for (let i = 0; i < all.length; i++) {
      const p = idx.cari(all[i] as number);
      if (fasilitas[p] !== KONFLIK) continue;
      const key = all[i] as number;
      const c = this.konflik.get(key) ?? { fasilitas: new Set<number>(), lines: [] };
      c.fasilitas.add(fas[i] as number);
      c.lines.push(lines[i] as number);
      this.konflik.set(key, c);
    }
    return idx;
  }
}
