// Dates in one file are read in one format (spec §2: yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy).
// The format is guessed from the file's first date, or set with --date-format. Day-first
// and month-first readings of 05/07/2024 differ, and Excel on an en-US machine swaps the
// day and month of exactly those dates, so the reader keeps the evidence: a date that only
// fits the other order, or that lands in the file's month only when read the other way,
// is never counted silently. Pure: no fs, no process.
import { dayNumber, daysOfMonth, formatDate, type DayNumber } from '../core/month.js';
import { DataError } from '../errors.js';
import { RowError } from './row-error.js';

export const FORMAT_TANGGAL = ['yyyy-mm-dd', 'dd-mm-yyyy', 'dd/mm/yyyy', 'mm/dd/yyyy', 'mm-dd-yyyy'] as const;
export type FormatTanggal = (typeof FORMAT_TANGGAL)[number];

/** The formats a file may be guessed to be in (spec §2); the month-first ones need --date-format. */
const TEBAKAN = 'yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy';

// 2024-07-05, 05-07-2024, 05/07/2024, 5/7/2024, each optionally followed by a time of day
// (SIMRS exports write "2024-07-05 08:30:00").
const POLA = /^(\d{1,4})([-/])(\d{1,2})\2(\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** 45446: a date cell Excel exported as its serial number (days since 1899-12-30). */
const SERIAL = /^\d{5}(?:\.\d+)?$/;

interface Bagian {
  /** 'ymd' (year first) or 'xyY' (year last, day/month order to be decided). */
  bentuk: 'ymd-' | 'xyY-' | 'xyY/';
  /** Year-first: [y, m, d]; year-last: [first, second, y]. */
  n: [number, number, number];
}

function pisah(v: string): Bagian | null {
  const m = POLA.exec(v);
  if (!m) return null;
  const [p1, sep, p2, p3] = [m[1] as string, m[2] as '-' | '/', m[3] as string, m[4] as string];
  if (p1.length === 4 && p3.length <= 2 && sep === '-') return { bentuk: 'ymd-', n: [Number(p1), Number(p2), Number(p3)] };
  if (p1.length <= 2 && p3.length === 4) return { bentuk: sep === '-' ? 'xyY-' : 'xyY/', n: [Number(p1), Number(p2), Number(p3)] };
  return null;
}

const BENTUK: Record<FormatTanggal, Bagian['bentuk']> = {
  'yyyy-mm-dd': 'ymd-',
  'dd-mm-yyyy': 'xyY-',
  'mm-dd-yyyy': 'xyY-',
  'dd/mm/yyyy': 'xyY/',
  'mm/dd/yyyy': 'xyY/',
};
const TEBAK: Record<Bagian['bentuk'], FormatTanggal> = { 'ymd-': 'yyyy-mm-dd', 'xyY-': 'dd-mm-yyyy', 'xyY/': 'dd/mm/yyyy' };
const LAWAN: Partial<Record<FormatTanggal, FormatTanggal>> = {
  'dd-mm-yyyy': 'mm-dd-yyyy',
  'dd/mm/yyyy': 'mm/dd/yyyy',
  'mm-dd-yyyy': 'dd-mm-yyyy',
  'mm/dd/yyyy': 'dd/mm/yyyy',
};

function hariDari(f: FormatTanggal, n: [number, number, number]): DayNumber | null {
  if (f === 'yyyy-mm-dd') return dayNumber(n[0], n[1], n[2]);
  return f.startsWith('dd') ? dayNumber(n[2], n[1], n[0]) : dayNumber(n[2], n[0], n[1]);
}

/** Why y/m/d is no date: "there is no month 13", "2024-02 has 29 days". */
function mengapa(f: FormatTanggal, n: [number, number, number]): string {
  const [y, m, d] = f === 'yyyy-mm-dd' ? n : f.startsWith('dd') ? [n[2], n[1], n[0]] : [n[2], n[0], n[1]];
  if (m < 1 || m > 12) return `there is no month ${m}`;
  const last = daysOfMonth(y * 12 + m - 1);
  return `${y}-${String(m).padStart(2, '0')} has ${last.last - last.first + 1} days, not ${d}`;
}

const iso = formatDate;

interface Contoh {
  line: number;
  value: string;
}

export class PembacaTanggal {
  private format: FormatTanggal | null;
  private readonly dipaksa: boolean;
  private asal: Contoh | null = null;
  /** First line whose date fits only the guessed order (e.g. 15/07/2024 for day-first). */
  private hanyaTebakan: Contoh | null = null;
  /** First line whose date fits only the other order (07/15/2024 for a day-first guess). */
  private hanyaLawan: Contoh | null = null;
  private readonly bulan: { first: DayNumber; last: DayNumber; nama: string } | null;
  min: DayNumber | null = null;
  max: DayNumber | null = null;

  /**
   * @param bulan the file's month, when its dates should fall inside it: a date outside
   *   it that would be inside when read in the other day/month order is ambiguous.
   */
  constructor(
    private readonly label: string,
    opts: { format?: FormatTanggal; bulan?: { first: DayNumber; last: DayNumber; nama: string } } = {},
  ) {
    this.format = opts.format ?? null;
    this.dipaksa = opts.format !== undefined;
    this.bulan = opts.bulan ?? null;
  }

  /** The format in use, with where it came from (for `kbk validate`); '' when no date was read. */
  get keterangan(): string {
    if (this.format === null) return '';
    return this.dipaksa ? `${this.format} (--date-format)` : `${this.format} (guessed from line ${this.asal?.line})`;
  }

  private dari(): string {
    return this.dipaksa ? 'set by --date-format' : `guessed from line ${this.asal?.line} "${this.asal?.value}"`;
  }

  baca(kolom: string, v: string, line: number): DayNumber {
    const b = pisah(v);
    if (b === null) {
      const serial = SERIAL.test(v) ? `; it looks like an Excel date serial number (${v} would be ${iso(Math.floor(Number(v)) - 25569)}): format the column as a date before exporting` : '';
      throw new RowError(kolom, `${kolom} "${v}" is not a date (expected ${this.format ?? TEBAKAN})${serial}`, 'not a date');
    }
    if (this.format === null) {
      this.format = TEBAK[b.bentuk];
      this.asal = { line, value: v };
    }
    const f = this.format;
    if (BENTUK[f] !== b.bentuk)
      throw new RowError(kolom, `${kolom} "${v}" is not in this file's date format ${f} (${this.dari()}); a file is read in one format`, 'other date format');
    const d = hariDari(f, b.n);
    const lawan = LAWAN[f];
    const dLawan = lawan === undefined ? null : hariDari(lawan, b.n);
    if (!this.dipaksa && lawan !== undefined) {
      if (d !== null && dLawan === null) this.hanyaTebakan ??= { line, value: v };
      if (d === null && dLawan !== null) this.hanyaLawan ??= { line, value: v };
    }
    if (d === null) {
      const hint = dLawan !== null ? `; it would be a ${lawan} date: if the file is written that way, pass --date-format ${lawan}` : '';
      throw new RowError(kolom, `${kolom} "${v}" is not a real date as ${f}: ${mengapa(f, b.n)}${hint}`, 'not a date');
    }
    const bulan = this.bulan;
    if (!this.dipaksa && bulan !== null && dLawan !== null && dLawan !== d) {
      const inside = (x: DayNumber): boolean => x >= bulan.first && x <= bulan.last;
      if (!inside(d) && inside(dLawan))
        throw new RowError(
          kolom,
          `${kolom} "${v}" is ambiguous: as ${f} (${this.dari()}) it is ${iso(d)}, outside ${bulan.nama}; as ${lawan} it is ${iso(dLawan)}, inside. Excel may have swapped its day and month; not counted`,
          'ambiguous date',
        );
    }
    if (this.min === null || d < this.min) this.min = d;
    if (this.max === null || d > this.max) this.max = d;
    return d;
  }

  /** After the file: a guessed order contradicted by the file and never confirmed by it is an error. */
  selesai(): void {
    if (this.hanyaLawan && !this.hanyaTebakan) {
      const lawan = LAWAN[this.format as FormatTanggal] as FormatTanggal;
      throw new DataError(
        `${this.label}: dates are ambiguous: read as ${this.format} (${this.dari()}), but line ${this.hanyaLawan.line} "${this.hanyaLawan.value}" fits only ${lawan} and no line fits only ${this.format}; re-export the dates as yyyy-mm-dd, or pass --date-format ${lawan} if the file is written that way`,
      );
    }
  }

  get rentang(): string {
    return this.min === null ? '' : `${iso(this.min)}..${iso(this.max as DayNumber)}`;
  }
}
