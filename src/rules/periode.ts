// A month as kbk writes it ("2024-07") and as a month index (year*12 + (month-1)): the
// months of a rule set's or tariff set's period, and of every run. Here, at the bottom
// layer, because selecting a rule set by month needs it; src/core/month.ts re-exports it
// beside the rest of the month and date arithmetic.

export type MonthIndex = number;

const MONTH = /^(\d{4})-(\d{2})$/;

export function parseMonth(text: string): MonthIndex | null {
  const m = MONTH.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  return y * 12 + (mo - 1);
}

export function formatMonth(m: MonthIndex): string {
  const y = Math.floor(m / 12);
  return `${y}-${String((m % 12) + 1).padStart(2, '0')}`;
}
