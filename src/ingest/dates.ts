// Dates in one file are read in one format (spec §2: yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy).
// The format is guessed from the file's first date, or set with --date-format. Day-first
// and month-first readings of 05/07/2024 differ, and Excel on an en-US machine swaps the
// day and month of exactly those dates, so the reader keeps the evidence: a date that only
// fits the other order, or that lands in the file's month only when read the other way,
// is never counted silently. Pure: no fs, no process.
import { dayNumber, daysOfMonth, formatDate, type DayNumber } from '../core/month.js';
import { DataError } from '../errors.js';
import { RowError } from './row-error.js';
import type { Teks } from '../pesan/index.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

export const FORMAT_TANGGAL = ['yyyy-mm-dd', 'dd-mm-yyyy', 'dd/mm/yyyy', 'mm/dd/yyyy', 'mm-dd-yyyy'] as const;
export type FormatTanggal = (typeof FORMAT_TANGGAL)[number];

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
function mengapa(f: FormatTanggal, n: [number, number, number]): Teks {
  const [y, m, d] = f === 'yyyy-mm-dd' ? n : f.startsWith('dd') ? [n[2], n[1], n[0]] : [n[2], n[0], n[1]];
  if (m < 1 || m > 12) return PESAN_INGEST.tidakAdaBulan(m);
  const last = daysOfMonth(y * 12 + m - 1);
  return PESAN_INGEST.jumlahHari(`${y}-${String(m).padStart(2, '0')}`, last.last - last.first + 1, d);
}

const iso = formatDate;

interface Contoh {
  line: number;
  value: string;
}
/** Where a guessed format came from: the line and value of the file's first date. */
export type AsalTanggal = Contoh;

/** A reader's state at the end of a part of a file (src/ingest/belah.ts), lines as that part numbers them. */
export interface PotretTanggal {
  /** Whether the format was guessed in this part (its messages then name a line of this part). */
  menebak: boolean;
  hanyaTebakan: Contoh | null;
  hanyaLawan: Contoh | null;
  min: DayNumber | null;
  max: DayNumber | null;
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
    opts: { format?: FormatTanggal; bulan?: { first: DayNumber; last: DayNumber; nama: string }; lanjut?: { format: FormatTanggal; asal: AsalTanggal | null } | null } = {},
  ) {
    this.format = opts.format ?? opts.lanjut?.format ?? null;
    this.dipaksa = opts.format !== undefined;
    this.bulan = opts.bulan ?? null;
    // The rest of a file (src/ingest/belah.ts): the format as the part before it guessed it.
    if (opts.lanjut && !this.dipaksa) this.asal = opts.lanjut.asal;
    this.formatAwal = this.format;
  }
  private readonly formatAwal: FormatTanggal | null;

  /** The format in use and where it came from, for the rest of the file read elsewhere (null: none yet). */
  get lanjutan(): { format: FormatTanggal; asal: AsalTanggal | null } | null {
    return this.format === null ? null : { format: this.format, asal: this.asal };
  }

  /** This reader's evidence and range, for the reader of the part before (serap). */
  potret(): PotretTanggal {
    return { menebak: this.formatAwal === null && this.format !== null, hanyaTebakan: this.hanyaTebakan, hanyaLawan: this.hanyaLawan, min: this.min, max: this.max };
  }

  /** Takes over the evidence of the file's next part (its lines shifted by `geser`), as if read here. */
  serap(p: PotretTanggal, geser: number): void {
    const geserkan = (c: Contoh | null): Contoh | null => (c === null ? null : { line: c.line + geser, value: c.value });
    this.hanyaTebakan ??= geserkan(p.hanyaTebakan);
    this.hanyaLawan ??= geserkan(p.hanyaLawan);
    if (p.min !== null && (this.min === null || p.min < this.min)) this.min = p.min;
    if (p.max !== null && (this.max === null || p.max > this.max)) this.max = p.max;
  }

  /** The format in use, with where it came from (for `kbk validate`); '' when no date was read. */
  get keterangan(): string {
    if (this.format === null) return '';
    return this.dipaksa ? `${this.format} (--date-format)` : `${this.format} (guessed from line ${this.asal?.line})`;
  }

  /** Where the format came from, for messages (the format is set or guessed before any message needs it). */
  private dari(): Teks {
    return PESAN_INGEST.asalFormat(this.dipaksa ? null : (this.asal as Contoh));
  }

  baca(kolom: string, v: string, line: number): DayNumber {
    const b = pisah(v);
    if (b === null) {
      const serial = SERIAL.test(v) ? iso(Math.floor(Number(v)) - 25569) : null;
      throw new RowError(kolom, PESAN_INGEST.bukanTanggal(kolom, v, this.format, serial), 'not a date');
    }
    if (this.format === null) {
      this.format = TEBAK[b.bentuk];
      this.asal = { line, value: v };
    }
    const f = this.format;
    if (BENTUK[f] !== b.bentuk)
      throw new RowError(kolom, PESAN_INGEST.formatLain(kolom, v, f, this.dari()), 'other date format');
    const d = hariDari(f, b.n);
    const lawan = LAWAN[f];
    const dLawan = lawan === undefined ? null : hariDari(lawan, b.n);
    if (!this.dipaksa && lawan !== undefined) {
      if (d !== null && dLawan === null) this.hanyaTebakan ??= { line, value: v };
      if (d === null && dLawan !== null) this.hanyaLawan ??= { line, value: v };
    }
    if (d === null) {
      throw new RowError(kolom, PESAN_INGEST.bukanTanggalNyata(kolom, v, f, mengapa(f, b.n), dLawan !== null ? (lawan as FormatTanggal) : null), 'not a date');
    }
    const bulan = this.bulan;
    if (!this.dipaksa && bulan !== null && dLawan !== null && dLawan !== d) {
      const inside = (x: DayNumber): boolean => x >= bulan.first && x <= bulan.last;
      if (!inside(d) && inside(dLawan))
        throw new RowError(kolom, PESAN_INGEST.tanggalAmbigu(kolom, v, f, this.dari(), iso(d), bulan.nama, lawan as FormatTanggal, iso(dLawan)), 'ambiguous date');
    }
    if (this.min === null || d < this.min) this.min = d;
    if (this.max === null || d > this.max) this.max = d;
    return d;
  }

  /** After the file: a guessed order contradicted by the file and never confirmed by it is an error. */
  selesai(): void {
    if (this.hanyaLawan && !this.hanyaTebakan) {
      const lawan = LAWAN[this.format as FormatTanggal] as FormatTanggal;
      throw new DataError(PESAN_INGEST.tanggalBerkasAmbigu(this.label, this.format as FormatTanggal, this.dari(), this.hanyaLawan.line, this.hanyaLawan.value, lawan));
    }
  }

  get rentang(): string {
    return this.min === null ? '' : `${iso(this.min)}..${iso(this.max as DayNumber)}`;
  }
}
