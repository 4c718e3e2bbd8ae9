// Perber 2/2017's entry deadline: the 3rd of the next month, or the next working day when the
// 3rd is a Saturday, Sunday or national holiday. Days checked against a printed calendar.
import { describe, expect, it } from 'vitest';
import { batasEntri, type HariLibur } from '../src/core/batas-entri.js';
import { formatDate, parseMonth } from '../src/core/month.js';
import { KALENDER_LIBUR, periksaKalender } from '../src/rules/libur.js';

const libur: HariLibur = (t) => {
  const k = KALENDER_LIBUR.get(t);
  return k ? new Set(k.libur.map((l) => l.tanggal)) : undefined;
};
const PERBER = { tanggal: 3, hariLiburDigeser: true, akibat: 'tidak_dihitung' as const };
const batas = (bulan: string, aturan = PERBER, kal = libur): string => {
  const h = batasEntri(parseMonth(bulan) as number, aturan, kal);
  return 'hari' in h ? formatDate(h.hari) : `tanpa kalender ${h.tanpaKalender}`;
};

describe('the entry deadline', () => {
  it('a 3rd on a working day stays', () => {
    // 3 April 2018 was a Tuesday.
    expect(batas('2018-03')).toBe('2018-04-03');
  });
  it('a 3rd on a weekend moves to Monday', () => {
    // 3 March 2018 was a Saturday → Monday 5 March; 3 June 2018 a Sunday → Monday 4 June.
    expect(batas('2018-02')).toBe('2018-03-05');
    expect(batas('2018-05')).toBe('2018-06-04');
  });
  it('a 3rd on a national holiday moves to the next working day', () => {
    // 3 April 2019 (Wednesday): Isra Mikraj → Thursday 4 April.
    expect(batas('2019-03')).toBe('2019-04-04');
    // 3 March 2022 (Thursday): Nyepi → Friday 4 March.
    expect(batas('2022-02')).toBe('2022-03-04');
  });
  it('a holiday right after a weekend moves further', () => {
    // 3 February 2019 a Sunday, 4th a Monday (working), 5th Imlek: the deadline is the 4th.
    expect(batas('2019-01')).toBe('2019-02-04');
    // 3 June 2017 a Saturday, 4th a Sunday → Monday 5 June.
    expect(batas('2017-05')).toBe('2017-06-05');
  });
  it('without the rule moving it, the 3rd whatever day it is', () => {
    expect(batas('2018-02', { ...PERBER, hariLiburDigeser: false })).toBe('2018-03-03');
  });
  it('a year without a calendar is said, never guessed', () => {
    expect(batas('2030-02')).toBe('tanpa kalender 2030');
    // December's deadline is in January of the next year: that year's calendar decides.
    expect(batas('2026-12')).toBe('tanpa kalender 2027');
  });
  it('ships a calendar for every year 2016–2026, each with its source and every date real', () => {
    expect([...KALENDER_LIBUR.keys()]).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const k of KALENDER_LIBUR.values()) {
      expect(periksaKalender(k), String(k.tahun)).toEqual([]);
      expect(k.sumber).toMatch(/Keputusan Bersama Menteri Agama/);
      // 17 August and 25 December are holidays every year.
      expect(k.libur.map((l) => l.tanggal)).toEqual(expect.arrayContaining([`${k.tahun}-08-17`, `${k.tahun}-12-25`]));
    }
    expect(periksaKalender({ ...(KALENDER_LIBUR.get(2018) as never), libur: [{ tanggal: '2018-02-30', nama: 'x' }] })).toEqual(['libur[0].tanggal: expected a real date of 2018, got "2018-02-30"']);
  });
});
