// Month and date arithmetic on plain integers: a month is year*12 + (month-1), a date is
// days since 1970-01-01 (UTC). No Date objects leak out, so no time zone can shift a day.

import type { WindowKind } from '../rules/schema.js';
import { formatMonth, type MonthIndex } from '../rules/periode.js';

export { WINDOW_KINDS, type WindowKind } from '../rules/schema.js';
// Months as rule sets write their periods ("2024-07"): parsed in src/rules/periode.ts, the lowest layer that reads them.
export { formatMonth, parseMonth, type MonthIndex } from '../rules/periode.js';

export type DayNumber = number;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] as number);
}

/** Days since 1970-01-01, or null for an impossible date (2024-02-30). */
export function dayNumber(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** First and last day of a month, for range checks on the hot path of the readers. */
export function daysOfMonth(m: MonthIndex): { first: DayNumber; last: DayNumber } {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  return { first, last: first + daysInMonth(year, month) - 1 };
}

export function monthOfDay(d: DayNumber): MonthIndex {
  const dt = new Date(d * 86_400_000);
  return dt.getUTCFullYear() * 12 + dt.getUTCMonth();
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;

/** Accepts yyyy-mm-dd, dd-mm-yyyy and dd/mm/yyyy (spec §2); null when it is none of them. */
export function parseDate(text: string): DayNumber | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(t);
  if (m) return dayNumber(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/**
 * Whole months from the first day of the month of `start` to the first day of `month`
 * (spec §1.1 eligibility): cooperation from 2023-07-20 → 12 months at 2024-07.
 */
export function wholeMonthsSince(start: DayNumber, month: MonthIndex): number {
  return month - monthOfDay(start);
}


/**
 * Assessment months whose average pays month P (spec §1.3). block: the calendar quarter
 * before P's quarter; rolling: P-3..P-1; bulanan: the single month P-jeda (Per BPJS 7/2019
 * assesses and adjusts every month; `jeda` is the rule set's lag, 1 = the month before).
 */
export function assessmentWindow(payment: MonthIndex, kind: WindowKind, jeda = 1): MonthIndex[] {
  if (kind === 'bulanan') return [payment - jeda];
  const start = kind === 'block' ? payment - (payment % 3) - 3 : payment - 3;
  return [start, start + 1, start + 2];
}

/** A window as the reports write it: `2024-04..2024-06`, or `2024-06` for one month. */
export function formatJendela(months: readonly MonthIndex[]): string {
  const first = formatMonth(months[0] as MonthIndex);
  const last = formatMonth(months[months.length - 1] as MonthIndex);
  return first === last ? first : `${first}..${last}`;
}

/** yyyy-mm-dd of a day number. */
export function formatDate(d: DayNumber): string {
  // The audit writes a date on millions of lines, of a few dozen days: each made once.
  let s = tanggalDibuat.get(d);
  if (s === undefined) {
    s = new Date(d * 86_400_000).toISOString().slice(0, 10);
    if (tanggalDibuat.size < 4096) tanggalDibuat.set(d, s);
  }
  return s;
}
const tanggalDibuat = new Map<number, string>();

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export const hariDalamMinggu = (d: DayNumber): number => (((d + 4) % 7) + 7) % 7;
