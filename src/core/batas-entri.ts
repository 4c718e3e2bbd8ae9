// The entry deadline of a month's services (rule set: kebijakan.batasEntri): day `tanggal`
// of the next month, moved past Saturdays, Sundays and national holidays when the rule says
// so. Pure: the holiday calendars are given, by year.
import type { BatasEntri } from '../rules/schema.js';
import { dayNumber, formatDate, hariDalamMinggu, type DayNumber, type MonthIndex } from './month.js';

/** The national holidays of a year as yyyy-mm-dd, or undefined when kbk has no calendar for it. */
export type HariLibur = (tahun: number) => ReadonlySet<string> | undefined;

export type HasilBatasEntri =
  | { hari: DayNumber; /** the days skipped because they were not working days, with why */ digeser: { tanggal: string; sebab: 'sabtu' | 'minggu' | 'libur' }[] }
  | { tanpaKalender: number };

/** The last day on which a contact of `bulanLayanan` may be entered and still count. */
export function batasEntri(bulanLayanan: MonthIndex, aturan: BatasEntri, libur: HariLibur): HasilBatasEntri {
  const berikut = bulanLayanan + 1;
  let hari = dayNumber(Math.floor(berikut / 12), (berikut % 12) + 1, aturan.tanggal) as DayNumber;
  const digeser: { tanggal: string; sebab: 'sabtu' | 'minggu' | 'libur' }[] = [];
  if (!aturan.hariLiburDigeser) return { hari, digeser };
  for (;;) {
    const tanggal = formatDate(hari);
    const dow = hariDalamMinggu(hari);
    const kalender = libur(Number(tanggal.slice(0, 4)));
    // A holiday on a weekday can only be known from the year's calendar: without it, no guess.
    if (kalender === undefined) return { tanpaKalender: Number(tanggal.slice(0, 4)) };
    const sebab = dow === 6 ? 'sabtu' : dow === 0 ? 'minggu' : kalender.has(tanggal) ? 'libur' : null;
    if (sebab === null) return { hari, digeser };
    digeser.push({ tanggal, sebab });
    hari++;
  }
}
