// The one home of the names of the files kbk writes: each report is `<jenis>-YYYY-MM.csv`
// (capaian-2024-06.csv), the analyst's workbook kbk-YYYY-MM.xlsx. The jobs name their files
// here, the terminal tables point at them by these names, and kbk gabung, kbk check and
// the signals' history read a report's kind and month back from its name here.
import { formatMonth, parseMonth, type MonthIndex } from '../core/month.js';

/** Every kind of CSV report kbk writes, by the word its file name starts with. */
export const JENIS_NAMA = ['capaian', 'kapitasi', 'tolak', 'rekap', 'rekap-cabang', 'anomali', 'audit', 'audit-rujukan', 'jangkauan', 'banding', 'proyeksi', 'sampel', 'verifikasi', 'rekredensialing'] as const;
export type JenisNama = (typeof JENIS_NAMA)[number];

/** The reports of a run that kbk gabung merges and reads back (their kinds in src/report/jenis-laporan.ts). */
export const JENIS_GABUNG = ['capaian', 'kapitasi', 'tolak', 'rekap', 'rekap-cabang', 'anomali'] as const satisfies readonly JenisNama[];
export type JenisGabung = (typeof JENIS_GABUNG)[number];

/** Reports that list people (card numbers): written owner-only. */
export const JENIS_PRIBADI = ['tolak', 'audit', 'audit-rujukan', 'jangkauan', 'sampel'] as const satisfies readonly JenisNama[];

/**
 * A report's file name: capaian-2024-06.csv. `bulan` is the month, or its text as already
 * formatted (a table with no row says the name with an empty month, as it always has).
 */
export const namaLaporan = (jenis: JenisNama, bulan: MonthIndex | string): string => `${jenis}-${typeof bulan === 'string' ? bulan : formatMonth(bulan)}.csv`;

/** A report's workbook beside its CSV (kbk sampel --xlsx): sampel-2024-06.xlsx. */
export const namaLaporanXlsx = (jenis: JenisNama, bulan: MonthIndex): string => `${jenis}-${formatMonth(bulan)}.xlsx`;

/** The analyst's workbook (--xlsx): kbk-2024-07.xlsx. */
export const namaBukuKerja = (bulan: MonthIndex): string => `kbk-${formatMonth(bulan)}.xlsx`;

/** The minutes of a month (kbk berita-acara): berita-acara-2024-06.docx. */
export const namaBeritaAcara = (bulan: MonthIndex): string => `berita-acara-${formatMonth(bulan)}.docx`;

/** kbk tren's files over a range of months: tren-2024-04-2024-09.csv (and .xlsx, .html). */
export const namaTren = (dari: MonthIndex, sampai: MonthIndex, ekstensi: 'csv' | 'xlsx' | 'html'): string => `tren-${formatMonth(dari)}-${formatMonth(sampai)}.${ekstensi}`;

/** A name kbk gabung merges: one of JENIS_GABUNG, a month, .csv. */
export const NAMA_LAPORAN = new RegExp(`^(${JENIS_GABUNG.join('|')})-(\\d{4}-\\d{2})\\.csv$`);

/** The kind and month of a report file kbk gabung merges, from its name; null for any other name. */
export function uraiNama(nama: string): { jenis: JenisGabung; bulan: MonthIndex | null } | null {
  const m = NAMA_LAPORAN.exec(nama);
  return m ? { jenis: m[1] as JenisGabung, bulan: parseMonth(m[2] as string) } : null;
}

/** Whether a report file lists people (a name starting with one of JENIS_PRIBADI and a dash). */
export const namaPribadi = (nama: string): boolean => JENIS_PRIBADI.some((j) => nama.startsWith(`${j}-`));
