// The message catalog: every text meant for people on the terminal (summaries, warnings,
// errors, explain, rules show, validate) exists here in Indonesian (the default) and
// English (--lang en, or LANG/LC_ALL starting with "en"), with numbers formatted the way
// each language writes them (34.201 baris / 34,201 rows; 150,25 ‰ / 150.25 ‰).
// Machine outputs — the CSV and JSON reports — stay locale-free and do not come from
// here; the one exception is the rejects' alasan, in the run's language beside its
// locale-free kode (src/ingest/kode-tolak.ts).
//
// A message is a function of its values returning both texts (`Teks`); what reaches the
// terminal is chosen at the one boundary that prints (src/cli). The catalog is split by
// area (cli.ts, ingest.ts, laporan.ts…) but is one catalog: everything is re-exported here.

export type Bahasa = 'id' | 'en';

/** A text in both languages. */
export interface Teks {
  id: string;
  en: string;
}

export const teks = (id: string, en: string): Teks => ({ id, en });

/** A text or a plain string (a value that reads the same in both languages: a path, a code). */
export type Pesan = Teks | string;

export const dalam = (p: Pesan, b: Bahasa): string => (typeof p === 'string' ? p : p[b]);

/** The same words joined in both languages. */
export function gabungTeks(bagian: readonly Pesan[], pemisah: string | Teks = '; '): Teks {
  const sep = (b: Bahasa): string => (typeof pemisah === 'string' ? pemisah : pemisah[b]);
  return { id: bagian.map((p) => dalam(p, 'id')).join(sep('id')), en: bagian.map((p) => dalam(p, 'en')).join(sep('en')) };
}

/**
 * The language: --lang when given, else LC_ALL, LC_MESSAGES, LANG (the POSIX order) when
 * it starts with "en"; Indonesian otherwise — kbk's readers are Kantor Cabang analysts.
 */
export function pilihBahasa(flag: string | undefined, env: NodeJS.ProcessEnv): Bahasa {
  if (flag !== undefined) return flag.toLowerCase().startsWith('en') ? 'en' : 'id';
  const lokal = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(lokal) ? 'en' : 'id';
}

const KELOMPOK: Record<Bahasa, { ribuan: string; desimal: string }> = { id: { ribuan: '.', desimal: ',' }, en: { ribuan: ',', desimal: '.' } };

/** A whole number with the language's thousands separator: 34.201 / 34,201. */
export function angka(n: number | bigint, b: Bahasa): string {
  const s = typeof n === 'bigint' ? (n < 0n ? -n : n).toString() : Math.abs(Math.trunc(n)).toString();
  const neg = typeof n === 'bigint' ? n < 0n : n < 0;
  return (neg ? '−' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, KELOMPOK[b].ribuan);
}

/** A decimal written with a dot ("150.25", "-3.5") in the language's notation: 150,25 / 150.25; the integer part grouped. */
export function desimal(s: string, b: Bahasa): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return s;
  const bulat = angka(BigInt(m[2] as string), b);
  return `${m[1] ? '−' : ''}${bulat}${m[3] !== undefined ? KELOMPOK[b].desimal + m[3] : ''}`;
}

/** Whole Rupiah: Rp 58.454.189 / Rp 58,454,189. */
export const rupiah = (v: bigint, b: Bahasa): string => `${v < 0n ? '−' : ''}Rp ${angka(v < 0n ? -v : v, b)}`;

const NAMA_BULAN: Record<Bahasa, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const NAMA_HARI: Record<Bahasa, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** A month in words, as a letter or the minutes write it: Juni 2024 / June 2024 (`bulan` 1–12). */
export const bulanKata = (tahun: number, bulan: number, b: Bahasa): string => `${NAMA_BULAN[b][bulan - 1] ?? String(bulan)} ${tahun}`;

/** A date in words: 30 Juni 2024 / 30 June 2024 (`bulan` 1–12). */
export const tanggalKata = (tahun: number, bulan: number, hari: number, b: Bahasa): string => `${hari} ${bulanKata(tahun, bulan, b)}`;

/** A day of the week by its number, 0 = Sunday: Minggu / Sunday. */
export const hariKata = (hari: number, b: Bahasa): string => NAMA_HARI[b][hari] ?? String(hari);

/** "1 baris" / "2 rows": a count with its noun, English plural when not 1. */
export function jumlah(n: number, kata: { id: string; en: string; enJamak?: string }): Teks {
  return { id: `${angka(n, 'id')} ${kata.id}`, en: `${angka(n, 'en')} ${n === 1 ? kata.en : (kata.enJamak ?? `${kata.en}s`)}` };
}
