// Every row that cannot be used is kept here with file, line, column and reason, then
// written to tolak-YYYY-MM.csv: nothing is dropped silently (spec §3, §4.2).
import { DataError } from '../errors.js';

export interface Tolak {
  file: string;
  baris: number;
  /** The column as the file names it ("tglDaftar"), or "#6" for a value past the header. */
  kolom: string;
  alasan: string;
  /** Short kind of problem ("not a date"), by which summaries count. */
  jenis: string;
  isi: string;
  /**
   * false for rows set aside rather than bad (a contact dated in another month): they are
   * listed, but neither --strict nor --max-reject-rate counts them.
   */
  salah: boolean;
}

/** "file:line column C: reason", the one shape every located message has. */
export const lokasi = (file: string, baris: number, kolom: string): string => `${file}:${baris} column ${kolom}`;

export class Penolakan {
  readonly semua: Tolak[] = [];
  private perFile = new Map<string, number>();

  constructor(private readonly opts: { strict: boolean; maxRejectRate: number }) {}

  tolak(t: Omit<Tolak, 'salah'>): void {
    this.simpan({ ...t, salah: true });
    this.perFile.set(t.file, this.jumlah(t.file) + 1);
    if (this.opts.strict) throw new DataError(`${lokasi(t.file, t.baris, t.kolom)}: ${t.alasan} (--strict stops at the first bad row)`);
  }

  /** A usable but out-of-scope row: listed in the rejects, not counted against the file. */
  sisihkan(t: Omit<Tolak, 'salah'>): void {
    this.simpan({ ...t, salah: false });
  }

  private simpan(t: Tolak): void {
    this.semua.push({ ...t, isi: t.isi.replace(/[\r\n]+$/, '') });
  }

  /** Bad rows of a file (set-aside rows excluded). */
  jumlah(file: string): number {
    return this.perFile.get(file) ?? 0;
  }

  /** The share of bad rows above which a file stops the run, as a message; null when within. */
  melebihi(file: string, rows: number): string | null {
    const n = this.jumlah(file);
    if (n === 0 || n <= rows * this.opts.maxRejectRate) return null;
    const first = this.semua.find((t) => t.file === file && t.salah) as Tolak;
    return `${file}: ${n} of ${rows} rows rejected (${((n / rows) * 100).toFixed(2)}%, above --max-reject-rate ${(this.opts.maxRejectRate * 100).toFixed(2)}%); first: line ${first.baris} column ${first.kolom}: ${first.alasan}`;
  }

  /** After a file is read: stop when its rejects exceed the allowed share of its rows. */
  periksa(file: string, rows: number): void {
    const m = this.melebihi(file, rows);
    if (m !== null) throw new DataError(m);
  }

  /** Per file, per column and kind: how many rows, for the terminal summaries. */
  ringkasan(): Map<string, Map<string, number>> {
    const out = new Map<string, Map<string, number>>();
    for (const t of this.semua) {
      const perFile = out.get(t.file) ?? new Map<string, number>();
      const k = `${t.kolom}: ${t.jenis}`;
      perFile.set(k, (perFile.get(k) ?? 0) + 1);
      out.set(t.file, perFile);
    }
    return out;
  }
}
