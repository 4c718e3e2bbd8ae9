// Every row that cannot be used is kept here with file, line, column and reason, then
// written to tolak-YYYY-MM.csv: nothing is dropped silently (spec §3, §4.2).
import { DataError } from '../errors.js';

export interface Tolak {
  file: string;
  baris: number;
  kolom: string;
  alasan: string;
  isi: string;
}

export class Penolakan {
  readonly semua: Tolak[] = [];
  private perFile = new Map<string, number>();

  constructor(private readonly opts: { strict: boolean; maxRejectRate: number }) {}

  tolak(file: string, baris: number, kolom: string, alasan: string, isi: string): void {
    const t = { file, baris, kolom, alasan, isi: isi.replace(/[\r\n]+$/, '') };
    if (this.opts.strict) throw new DataError(`${file}:${baris} column ${kolom}: ${alasan} (--strict stops at the first bad row)`);
    this.semua.push(t);
    this.perFile.set(file, (this.perFile.get(file) ?? 0) + 1);
  }

  jumlah(file: string): number {
    return this.perFile.get(file) ?? 0;
  }

  /** After a file is read: stop when its rejects exceed the allowed share of its rows. */
  periksa(file: string, rows: number): void {
    const n = this.jumlah(file);
    if (n > 0 && n > rows * this.opts.maxRejectRate) {
      const first = this.semua.find((t) => t.file === file) as Tolak;
      throw new DataError(
        `${file}: ${n} of ${rows} rows rejected (${((n / rows) * 100).toFixed(2)}%, above --max-reject-rate ${(this.opts.maxRejectRate * 100).toFixed(2)}%); first: line ${first.baris} column ${first.kolom}: ${first.alasan}`,
      );
    }
  }
}
