// The near misses of a missing input: the files and month folders actually present that
// are what the analyst meant under another name (Kontak.CSV, kontak.xlsx, kontak (1).csv;
// Juni 2024, 2024-6, 06-2024), so the error can say what to rename instead of a bare
// "not found". Only names are read (one directory listing); nothing is opened.
import { readdirSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { formatMonth, parseMonth, type MonthIndex } from '../core/month.js';

function isi(dir: string): { nama: string; folder: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((d) => ({ nama: d.name, folder: d.isDirectory() }));
  } catch {
    return [];
  }
}

/** The stem without Windows' and Excel's copy marks: "kontak (1)", "kontak - Copy", "Copy of kontak", "kontak - Salinan". */
const tanpaSalinan = (stem: string): string =>
  stem
    .replace(/^(?:copy of|salinan dari)\s+/i, '')
    .replace(/\s*(?:\(\d+\)|-\s*(?:copy|salinan)(?:\s*\(\d+\))?)$/i, '')
    .trim()
    .toLowerCase();

/** Files beside `path` (which is absent) that are it under another case, extension or copy name. */
export function berkasMirip(path: string): string[] {
  const nama = basename(path);
  const ext = extname(nama);
  const stem = nama.slice(0, nama.length - ext.length).toLowerCase();
  return isi(dirname(path))
    .filter((e) => !e.folder && e.nama !== nama)
    .map((e) => e.nama)
    .filter((n) => {
      const x = extname(n);
      return tanpaSalinan(n.slice(0, n.length - x.length)) === stem;
    })
    .sort();
}

const BULAN_NAMA: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'pebruari'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov', 'nop', 'nopember'],
  ['desember', 'december', 'des', 'dec'],
];

/** The month a folder's name means, when it is one written another way (2024-6, 06-2024, 202406, Juni 2024, 2024 Juni); null otherwise. */
export function bulanDariNama(nama: string): MonthIndex | null {
  const s = nama.trim().toLowerCase();
  const dari = (y: string, m: number): MonthIndex | null => (m >= 1 && m <= 12 ? parseMonth(`${y}-${String(m).padStart(2, '0')}`) : null);
  let r = /^(\d{4})[-_. /]?(\d{1,2})$/.exec(s);
  if (r) return dari(r[1] as string, Number(r[2]));
  r = /^(\d{1,2})[-_. /](\d{4})$/.exec(s);
  if (r) return dari(r[2] as string, Number(r[1]));
  r = /^(\d{2})(\d{4})$/.exec(s);
  if (r) return dari(r[2] as string, Number(r[1]));
  const kata = s.split(/[-_. ,/]+/).filter((k) => k !== '');
  if (kata.length !== 2) return null;
  const tahun = kata.find((k) => /^\d{4}$/.test(k));
  const lain = kata.find((k) => k !== tahun);
  if (!tahun || !lain) return null;
  const m = BULAN_NAMA.findIndex((n) => n.includes(lain));
  return m < 0 ? null : dari(tahun, m + 1);
}

/** Folders in `dataDir` that name `bulan` another way than YYYY-MM. */
export function folderMirip(dataDir: string, bulan: MonthIndex): string[] {
  const yang = formatMonth(bulan);
  return isi(dataDir)
    .filter((e) => e.folder && e.nama !== yang && bulanDariNama(e.nama) === bulan)
    .map((e) => e.nama)
    .sort();
}
