// Indonesia's national holidays, a calendar file per year (src/rules/data/libur/YYYY.json),
// each with the SKB of the ministers it comes from. Used for Perber 2/2017's entry deadline
// ("tanggal 3 … Dalam kondisi tanggal 3 (tiga) bertepatan pada hari libur, maka pengiriman
// laporan dapat dikirimkan pada hari kerja berikutnya"). A year without a file is a year
// kbk does not know: the caller says so and never guesses.
import l2016 from './data/libur/2016.json' with { type: 'json' };
import l2017 from './data/libur/2017.json' with { type: 'json' };
import l2018 from './data/libur/2018.json' with { type: 'json' };
import l2019 from './data/libur/2019.json' with { type: 'json' };
import l2020 from './data/libur/2020.json' with { type: 'json' };
import l2021 from './data/libur/2021.json' with { type: 'json' };
import l2022 from './data/libur/2022.json' with { type: 'json' };
import l2023 from './data/libur/2023.json' with { type: 'json' };
import l2024 from './data/libur/2024.json' with { type: 'json' };
import l2025 from './data/libur/2025.json' with { type: 'json' };
import l2026 from './data/libur/2026.json' with { type: 'json' };
import { STATUSES, type Status } from './schema.js';

export interface KalenderLibur {
  schema: 'kbk-libur/1';
  tahun: number;
  status: Status;
  sumber: string;
  /** yyyy-mm-dd, in date order. */
  libur: { tanggal: string; nama: string }[];
}

const TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What is wrong with a calendar file (empty: nothing). */
export function periksaKalender(v: KalenderLibur): string[] {
  const p: string[] = [];
  if (v.schema !== 'kbk-libur/1') p.push(`schema: expected "kbk-libur/1", got ${JSON.stringify(v.schema)}`);
  if (!STATUSES.includes(v.status)) p.push(`status: expected one of ${STATUSES.join(', ')}`);
  if (typeof v.sumber !== 'string' || v.sumber.trim() === '') p.push('sumber: expected the source');
  let sebelum = '';
  for (const [i, l] of v.libur.entries()) {
    const m = TANGGAL.exec(l.tanggal);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.toISOString().slice(0, 10) !== l.tanggal || Number(m[1]) !== v.tahun) p.push(`libur[${i}].tanggal: expected a real date of ${v.tahun}, got ${JSON.stringify(l.tanggal)}`);
    else if (l.tanggal <= sebelum) p.push(`libur[${i}].tanggal: ${l.tanggal} is not after ${sebelum}`);
    sebelum = l.tanggal;
  }
  return p;
}

function muat(files: unknown[]): ReadonlyMap<number, KalenderLibur> {
  const peta = new Map<number, KalenderLibur>();
  for (const f of files) {
    const k = f as KalenderLibur;
    const salah = periksaKalender(k);
    if (salah.length > 0 || peta.has(k.tahun)) throw new Error(`src/rules/data/libur/${k.tahun}.json: ${salah.join('; ') || 'year shipped twice'}`);
    peta.set(k.tahun, k);
  }
  return peta;
}

/** The shipped calendars by year. */
export const KALENDER_LIBUR: ReadonlyMap<number, KalenderLibur> = muat([l2016, l2017, l2018, l2019, l2020, l2021, l2022, l2023, l2024, l2025, l2026]);
