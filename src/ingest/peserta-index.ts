// The month's registered participants as an open-addressing hash table over typed arrays:
// one insert per peserta row while it is read, one probe per contact, referral or Prolanis
// row, no sort. A JavaScript Map or Set stops at 2^24 (16.7 million) entries; typed arrays
// do not, and a card number of up to 14 digits fits a double exactly.

const POT10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
/** "00" to "99" as ASCII, two bytes each (KunciKartu.tulis). */
const DUA_DIGIT = Uint8Array.from({ length: 200 }, (_, i) => 48 + (i & 1 ? (i >> 1) % 10 : Math.floor((i >> 1) / 10)));

/** Card numbers of 1–14 digits map to len·1e14 + value (so "0012" ≠ "12"); others are interned as negatives. */
export class KunciKartu {
  private interned = new Map<string, number>();
  /** The interned cards by -key - 1 (kbk audit turns keys back into cards). */
  private daftar: string[] = [];

  kunci(noKartu: string): number {
    const n = noKartu.length;
    if (n > 0 && n <= 14) {
      let v = 0;
      let i = 0;
      for (; i < n; i++) {
        const c = noKartu.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        v = v * 10 + c;
      }
      if (i === n) return n * 1e14 + v;
    }
    let k = this.interned.get(noKartu);
    if (k === undefined) {
      k = -(this.interned.size + 1);
      this.interned.set(noKartu, k);
      this.daftar.push(noKartu);
    }
    return k;
  }

  /** The card a key was made from, as written. */
  kartu(kunci: number): string {
    if (kunci < 0) return this.daftar[-kunci - 1] as string;
    const n = Math.floor(kunci / 1e14);
    const v = kunci - n * 1e14;
    // 10^n + value has n + 1 digits: its last n are the card with its leading zeros. In
    // two halves below 2^31, which V8 turns into text several times faster than a double.
    if (n <= 7) return String((POT10[n] as number) + v).slice(1);
    const atas = Math.floor(v / 1e7);
    // Cards come in runs (the audit writes them facility by facility, in order): the upper half of the last is kept.
    if (atas !== this.atasLalu || n !== this.nLalu) {
      this.atasLalu = atas;
      this.nLalu = n;
      this.teksAtasLalu = String((POT10[n - 7] as number) + atas).slice(1);
    }
    return this.teksAtasLalu + String(1e7 + v - atas * 1e7).slice(1);
  }
  /**
   * The card of a key written as its ASCII digits into `buf` at `pos` (room for 14 bytes):
   * the position after it; -1 for a card kept as text (kartu gives it). The bytes of kartu's
   * string, without making it (kbk audit writes millions).
   */
  tulis(kunci: number, buf: Uint8Array, pos: number): number {
    if (kunci < 0) return -1;
    const n = Math.floor(kunci / 1e14);
    const v = kunci - n * 1e14;
    // Integer work below 2^31: the last 8 digits, then the rest, two digits a step.
    let atas = Math.floor(v / 1e8);
    let bawah = (v - atas * 1e8) | 0;
    let i = pos + n;
    if (n >= 8) {
      for (let k = 0; k < 4; k++) {
        const q = (bawah / 100) | 0;
        const d = (bawah - q * 100) << 1;
        buf[--i] = DUA_DIGIT[d + 1] as number;
        buf[--i] = DUA_DIGIT[d] as number;
        bawah = q;
      }
      atas |= 0;
      while (i - 2 >= pos) {
        const q = (atas / 100) | 0;
        const d = (atas - q * 100) << 1;
        buf[--i] = DUA_DIGIT[d + 1] as number;
        buf[--i] = DUA_DIGIT[d] as number;
        atas = q;
      }
      if (i > pos) buf[--i] = 48 + atas;
    } else
      while (i > pos) {
        const q = (bawah / 10) | 0;
        buf[--i] = 48 + bawah - q * 10;
        bawah = q;
      }
    return pos + n;
  }

  private atasLalu = -1;
  private nLalu = -1;
  private teksAtasLalu = '';
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
  /** Every value of `src` (each + `tambah`), at the end. */
  tambahSemua(src: T, tambah = 0): void {
    while (this.length + src.length > this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data.set(src, this.length);
    if (tambah !== 0) for (let i = this.length; i < this.length + src.length; i++) this.data[i] = (this.data[i] as number) + tambah;
    this.length += src.length;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export const KONFLIK = -1;

/** The participant index's arrays, as a helper thread probes them (IndeksPeserta.bagian). */
export interface BagianIndeks {
  isi: Int32Array;
  fasilitas: Int32Array;
}

/** A card key's low and high 32-bit words (an integer below 2^53, or a small negative): exact. */
const rendah = (key: number): number => key | 0;
const tinggi = (key: number): number => Math.floor(key / 4294967296) | 0;

/**
 * A card key as a 32-bit hash from its two words that keeps neighbouring cards in
 * neighbouring slots: cards are issued in runs and exports list them in runs, so inserts and
 * probes walk memory in order instead of missing the cache on every row. The high word is
 * mixed in, so runs far apart land apart.
 */
const hash = (lo: number, hi: number): number => lo ^ Math.imul(hi, 0x9e3779b1);

/** Int32 values a slot holds: the key's low and high words, the participant's position + 1 (0: empty), its facility. */
const LEBAR = 4;
const POSISI = 2;
const FASILITAS = 3;

/**
 * The slots, each 16 bytes of one array: a probe for a card reads one cache line, where the
 * key, the position and the facility are together (three arrays were three misses a row,
 * in random card order). A new table is all zeros: every slot empty, nothing to fill.
 */
class Tabel {
  isi: Int32Array;
  mask: number;
  /** `bersama`: in shared memory, for a helper thread to probe (src/ingest/belah.ts). */
  constructor(
    cap: number,
    readonly bersama = false,
  ) {
    this.isi = bersama ? new Int32Array(new SharedArrayBuffer(cap * LEBAR * 4)) : new Int32Array(cap * LEBAR);
    this.mask = cap - 1;
  }
  get kapasitas(): number {
    return this.mask + 1;
  }
  /**
   * The first Int32 of `key`'s slot, or of the empty slot where it would go. Probing jumps
   * 1, 2, 3… slots (triangular numbers: every slot of a power-of-two table is visited): with
   * a hash that keeps runs of cards together, stepping by one would make a run that
   * collides with another push every later card of both along, one slot at a time.
   */
  slot(key: number): number {
    const t = this.isi;
    const lo = rendah(key);
    const hi = tinggi(key);
    let s = hash(lo, hi) & this.mask;
    for (let step = 1; ; step++) {
      const b = s * LEBAR;
      if (t[b + POSISI] === 0 || (t[b] === lo && t[b + 1] === hi)) return b;
      s = (s + step) & this.mask;
    }
  }
}

export class IndeksPeserta {
  private constructor(
    private readonly tabel: Tabel,
    /** Facility index per participant position, or KONFLIK when the card is active at two facilities. */
    readonly fasilitas: Int32Array,
  ) {}

  get size(): number {
    return this.fasilitas.length;
  }

  /** Position of a card key, or -1. */
  cari(key: number): number {
    return (this.tabel.isi[this.tabel.slot(key) + POSISI] as number) - 1;
  }

  /** Position of a card key registered (active) at facility f, or -1: one cache line, the facility beside the key. */
  cariDi(key: number, f: number): number {
    const b = this.tabel.slot(key);
    const t = this.tabel.isi;
    return t[b + FASILITAS] === f ? (t[b + POSISI] as number) - 1 : -1;
  }

  /** The card key of every position (kbk audit; compute never asks). */
  kunciPerPosisi(): Float64Array {
    const out = new Float64Array(this.size);
    const t = this.tabel.isi;
    for (let b = 0; b < t.length; b += LEBAR) {
      const p = t[b + POSISI] as number;
      if (p !== 0) out[p - 1] = (t[b + 1] as number) * 4294967296 + ((t[b] as number) >>> 0);
    }
    return out;
  }

  /** `perkiraan`: about how many participants (sizes the table once instead of growing it); `bersama`: in shared memory. */
  static builder(perkiraan = 0, bersama = false): PembangunIndeks {
    return new PembangunIndeks(perkiraan, bersama);
  }

  /** The index as another thread takes it (in shared memory when built `bersama`: nothing is copied). */
  bagian(): BagianIndeks {
    return { isi: this.tabel.isi, fasilitas: this.fasilitas };
  }

  /** The index another thread built (bagian). */
  static dariBagian(b: BagianIndeks): IndeksPeserta {
    const t = Object.create(Tabel.prototype) as Tabel;
    Object.assign(t, { isi: b.isi, mask: b.isi.length / LEBAR - 1, bersama: true });
    return new IndeksPeserta(t, b.fasilitas);
  }

  /** @internal */
  static dari(tabel: Tabel, fasilitas: Int32Array): IndeksPeserta {
    return new IndeksPeserta(tabel, fasilitas);
  }
}

/**
 * How full the table may get before it doubles. Triangular probing stays short up to 90 %,
 * and a national-size table (30 M cards) then takes 400 MB instead of 800 MB: half the
 * memory that every lookup of a card lands in at random.
 */
const PENUH = 0.9;

export class PembangunIndeks {
  private tabel: Tabel;
  private fas: Kolom<Int32Array>;
  /** Cards active at two or more facilities, with those facilities. */
  readonly konflik = new Map<number, Set<number>>();

  constructor(perkiraan: number, bersama: boolean) {
    let cap = 1 << 16;
    while (cap * PENUH < perkiraan) cap *= 2;
    this.tabel = new Tabel(cap, bersama);
    this.fas = new Kolom(new Int32Array(Math.max(1024, perkiraan)));
  }

  tambah(key: number, fasilitas: number): void {
    let b = this.tabel.slot(key);
    let t = this.tabel.isi;
    if (t[b + POSISI] === 0) {
      if (this.fas.length + 1 > this.tabel.kapasitas * PENUH) {
        this.tumbuh();
        b = this.tabel.slot(key);
        t = this.tabel.isi;
      }
      t[b] = rendah(key);
      t[b + 1] = tinggi(key);
      t[b + POSISI] = this.fas.length + 1;
      t[b + FASILITAS] = fasilitas;
      this.fas.push(fasilitas);
      return;
    }
    const p = (t[b + POSISI] as number) - 1;
    const cur = this.fas.data[p] as number;
    if (cur === fasilitas) return;
    if (cur !== KONFLIK) {
      this.fas.data[p] = KONFLIK;
      t[b + FASILITAS] = KONFLIK;
      this.konflik.set(key, new Set([cur, fasilitas]));
    } else this.konflik.get(key)?.add(fasilitas);
  }

  /** Doubles the table (when PENUH full) and re-inserts every key. */
  private tumbuh(): void {
    const lama = this.tabel.isi;
    this.tabel = new Tabel(this.tabel.kapasitas * 2, this.tabel.bersama);
    const baru = this.tabel.isi;
    for (let b = 0; b < lama.length; b += LEBAR) {
      if (lama[b + POSISI] === 0) continue;
      const key = (lama[b + 1] as number) * 4294967296 + ((lama[b] as number) >>> 0);
      const c = this.tabel.slot(key);
      for (let i = 0; i < LEBAR; i++) baru[c + i] = lama[b + i] as number;
    }
  }

  bangun(): IndeksPeserta {
    const n = this.fas.length;
    const fasilitas = this.tabel.bersama ? new Int32Array(new SharedArrayBuffer(n * 4)) : new Int32Array(n);
    fasilitas.set(this.fas.data.subarray(0, n));
    return IndeksPeserta.dari(this.tabel, fasilitas);
  }
}
