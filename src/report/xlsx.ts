// The analyst's workbook of one run: the reports as real Excel types (numbers, Rupiah,
// percentages, months as dates, codes as text), one sheet each, with the recap, the
// rejects and every rule and tariff value used. The CSV reports stay the record; this is
// the same numbers as a report a person reads and prints: headings in the run's language
// (src/pesan/buku-kerja.ts; the CSV names in the Kolom sheet), TOTAL rows, ya/tidak, the
// recap as a cross-tab, every sheet set up to print landscape one page wide.
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { HasilJob } from './hasil.js';
import { formatMonth } from '../core/month.js';
import { div, parseDecimal, rat, toPlain } from '../core/rational.js';
import { rumus } from '../core/rumus/index.js';
import { KOLOM_HITUNGAN } from '../core/types.js';
import { kataStatus } from '../pesan/laporan.js';
import { daftarNilaiAturan, daftarNilaiTarif, type NilaiBerSumber } from '../rules/provenance.js';
import type { RuleSet } from '../rules/schema.js';
import { barisCapaian, barisKapitasi, kolomCapaian, kolomKapitasi, kolomNilai, KOLOM_ANOMALI, KOLOM_TOLAK } from './columns.js';
import { uraiNama } from './nama-laporan.js';
import { gantiKartu } from './samaran.js';
import { rekapCapaian, rekapKapitasi, type RekapJenisCapaian } from '../core/rekap.js';
import { angka, dalam, desimal, teks, type Bahasa, type Teks } from '../pesan/index.js';
import { JUDUL_KOLOM, judulNilai, judulRata, judulRating, judulRekapPersen, judulRekapRating, PESAN_BUKU } from '../pesan/buku-kerja.js';

/** How a column's cells are typed and shown. */
export type Jenis = 'teks' | 'bulan' | 'hitungan' | 'indikator' | 'angka' | 'persen' | 'rupiah' | 'tarif' | 'bendera';

export type Baris = Record<string, string>;

export interface Tabel {
  nama: string;
  /** What the sheet is and its month: the printed page's header. */
  judulLembar: Teks;
  bulan: string;
  kolom: readonly string[];
  /** A column's heading; judulKolom when absent. */
  judul?: (kolom: string, b: Bahasa) => string;
  /** false: no TOTAL row (the sheet's own rows are the totals). */
  total?: false;
  baris: Iterable<Baris>;
  jenis: (kolom: string, baris: Baris) => Jenis;
  /** A cell's fill (ARGB), for the ratings. */
  warna?: (kolom: string, nilai: number) => string | undefined;
}

const TEKS = new Set(['kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan_penilaian', 'catatan', 'laporan', 'ukuran']);
const HITUNGAN = new Set<string>([...Object.values(KOLOM_HITUNGAN), 'jumlah_bulan_dinilai']);
const RUPIAH = new Set(['kapitasi_penuh', 'kapitasi_dibayar', 'potongan', 'insentif']);
/** Excel's limit on the text of one cell; a longer one makes Excel repair the file. */
const TEKS_MAKS = 32_767;
/** Excel's last row is 1,048,576: the header, the rejects and the line saying how many more. */
const TOLAK_MAKS = 1_048_574;
const ANGKA = /^-?\d+(\.\d+)?$/;
const ANGKA_BULAT = /^-?\d+$/;
/** 0/1 flags, shown as ya/tidak. */
const BENDERA = new Set(['kbk_berlaku', 'lantai_diterapkan']);

/** What a workbook is written in, and the headings it gave each column (the Kolom sheet). */
export interface KonteksBuku {
  bahasa: Bahasa;
  kolom: { lembar: string; judul: string; kolom: string }[];
}

/** A column's heading in people's words (src/pesan/buku-kerja.ts); a column it does not know keeps its name. */
export function judulKolom(kolom: string, b: Bahasa): string {
  const tetap = JUDUL_KOLOM[kolom];
  if (tetap) return dalam(tetap, b);
  const m = /^(rating|nilai|rata)_(.+)$/.exec(kolom);
  if (m?.[1] === 'rating') return dalam(judulRating(m[2] as string), b);
  if (m?.[1] === 'nilai') return dalam(judulNilai(m[2] as string), b);
  if (m?.[1] === 'rata') return dalam(judulRata(JUDUL_KOLOM[m[2] as string] ?? teks(m[2] as string, m[2] as string)), b);
  return kolom;
}

/** The columns holding an indicator's value or its parts (2 decimals in the CSV reports). */
function kolomIndikator(rules: RuleSet): Set<string> {
  return new Set(rules.indikator.flatMap((i) => [...rumus(i.rumus).rincian, kolomNilai(i), `rata_${kolomNilai(i)}`]));
}

/** The type of a report column, by its name (the names are the product contract). */
function jenisKolom(kolom: string, indikator: ReadonlySet<string>): Jenis {
  if (TEKS.has(kolom)) return 'teks';
  if (BENDERA.has(kolom)) return 'bendera';
  if (kolom === 'bulan' || kolom === 'bulan_bayar') return 'bulan';
  if (kolom === 'persen_kapitasi') return 'persen';
  if (RUPIAH.has(kolom)) return 'rupiah';
  if (kolom.startsWith('tarif_')) return 'tarif';
  if (HITUNGAN.has(kolom)) return 'hitungan';
  if (indikator.has(kolom)) return 'indikator';
  return 'angka';
}

/** The number format of a cell, from its column's type and its CSV text (decimals shown where it has them); none: General. */
const FORMAT: Record<Exclude<Jenis, 'teks' | 'bendera'>, (csv: string) => string | undefined> = {
  bulan: () => 'mm/yyyy',
  hitungan: () => '#,##0',
  indikator: () => '0.00',
  angka: () => undefined,
  persen: (csv) => (csv.includes('.') ? '0.0#%' : '0%'),
  rupiah: () => '"Rp "#,##0',
  tarif: (csv) => (csv.includes('.') ? '"Rp "#,##0.00' : '"Rp "#,##0'),
};

const BULAN = /^(\d{4})-(\d{2})$/;

/** A CSV cell as an Excel value: null for an empty cell; text where it is not a plain number (or month). */
function nilaiSel(jenis: Jenis, s: string, b: Bahasa): string | number | Date | null {
  if (s === '') return null;
  if (jenis === 'bendera' && (s === '1' || s === '0')) return dalam(s === '1' ? PESAN_BUKU.ya : PESAN_BUKU.tidak, b);
  const bulan = jenis === 'bulan' ? BULAN.exec(s) : null;
  if (bulan) return new Date(Date.UTC(Number(bulan[1]), Number(bulan[2]) - 1, 1));
  if (jenis === 'teks' || jenis === 'bulan' || jenis === 'bendera' || !ANGKA.test(s)) return s.length > TEKS_MAKS ? `${s.slice(0, TEKS_MAKS - 1)}…` : s;
  // Shifting the decimal point exactly: 92.5 → 0.925, not 92.5 / 100 in binary.
  if (jenis === 'persen') return Number(toPlain(div(parseDecimal(s), rat(100)), 12));
  return Number(s);
}

// Rating fills: the worst rating red, the best green, those between on the way through yellow.
const MERAH = [0xff, 0xc7, 0xce];
const KUNING = [0xff, 0xeb, 0x9c];
const HIJAU = [0xc6, 0xef, 0xce];

function warnaAntara(t: number): string {
  const [a, b, u] = t <= 0.5 ? [MERAH, KUNING, t * 2] : [KUNING, HIJAU, (t - 0.5) * 2];
  const rgb = (a as number[]).map((x, i) => Math.round(x + ((b as number[])[i] as number - x) * u));
  return 'FF' + rgb.map((x) => x.toString(16).padStart(2, '0').toUpperCase()).join('');
}

/** The fill of rating_<id> cells: its place between the worst and the best of the rule set's bands. */
export function warnaRating(rules: RuleSet): (kolom: string, nilai: number) => string | undefined {
  const rentang = new Map(
    rules.indikator.map((i) => {
      const r = i.band.map((b) => b.rating);
      return [`rating_${i.id}`, { terburuk: Math.min(...r), terbaik: Math.max(...r) }];
    }),
  );
  return (kolom, nilai) => {
    const r = rentang.get(kolom);
    if (!r) return undefined;
    return warnaAntara(r.terbaik === r.terburuk ? 1 : Math.min(1, Math.max(0, (nilai - r.terburuk) / (r.terbaik - r.terburuk))));
  };
}

const isiPenuh = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Columns a TOTAL row sums: counts of people and referrals, Rupiah (not months, not rates). */
const DIJUMLAH = new Set<string>([...Object.values(KOLOM_HITUNGAN), 'kapitasi_penuh', 'kapitasi_dibayar', 'potongan']);
/** Long free text: wrapped in its (capped) column so that a printed page shows all of it. */
const PANJANG = new Set(['catatan', 'alasan', 'isi', 'sumber', 'bukti']);

/** A literal text in a page header or footer (& starts a code there). */
const hf = (s: string): string => s.replace(/&/g, '&&');

/** Landscape, fitted to one page wide (as many tall as it takes), the header row on every page, title and month above, sheet and page below. */
function aturHalaman(ws: ExcelJS.Worksheet, judul: string, bulan: string, b: Bahasa, judulBaris = true): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(judulBaris ? { printTitlesRow: '1:1' } : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L&B${hf(judul)}&B&R${hf(dalam(PESAN_BUKU.bulan(bulan), b))}`,
    oddFooter: `&Lkbk · ${hf(ws.name)}&R${dalam(PESAN_BUKU.halaman, b)}`,
  };
}

/**
 * Writes a table from A1: a bold frozen header in people's words (its machine names in
 * `kolomSheet`), typed cells, an auto-filter over the rows, a TOTAL row under them where
 * `DIJUMLAH` columns are present (formulas with their result saved), widths from the
 * text, and the page set up for printing. Returns the next free row.
 */
export function tulisTabel(wb: ExcelJS.Workbook, t: Tabel, c: KonteksBuku): { ws: ExcelJS.Worksheet; baris: number } {
  const ws = wb.addWorksheet(t.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
  const judul = t.kolom.map((k) => (t.judul ?? judulKolom)(k, c.bahasa));
  for (const [i, k] of t.kolom.entries()) c.kolom.push({ lembar: t.nama, judul: judul[i] as string, kolom: k });
  // A heading wraps at its words: its longest word sets the least width.
  const lebar = judul.map((j) => Math.max(Math.min(j.length, 14), ...j.split(' ').map((w) => w.length)) - 3);
  const header = ws.addRow(judul);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.eachCell((c) => (c.fill = isiPenuh('FFD9E1F2')));
  const jumlah = t.kolom.map((k) => (t.total !== false && DIJUMLAH.has(k) ? { n: 0n, ada: false, format: undefined as string | undefined } : null));
  let n = 1;
  for (const b of t.baris) {
    const jenis = t.kolom.map((k) => t.jenis(k, b));
    const row = ws.addRow(t.kolom.map((k, i) => nilaiSel(jenis[i] as Jenis, b[k] ?? '', c.bahasa)));
    n++;
    t.kolom.forEach((k, i) => {
      const csv = b[k] ?? '';
      // Rupiah and counts show with "Rp " and thousands separators.
      const tampil = jenis[i] === 'rupiah' || jenis[i] === 'tarif' || jenis[i] === 'hitungan' ? csv.length + Math.floor(csv.length / 3) + 3 : csv.length;
      lebar[i] = Math.max(lebar[i] as number, typeof row.getCell(i + 1).value === 'string' ? String(row.getCell(i + 1).value).length : 0, tampil);
      const cell = row.getCell(i + 1);
      if (PANJANG.has(k)) cell.alignment = { wrapText: true, vertical: 'top' };
      const v = cell.value;
      const j = jumlah[i];
      if (j && ANGKA_BULAT.test(csv)) {
        j.n += BigInt(csv);
        j.ada = true;
      }
      if (typeof v !== 'number' && !(v instanceof Date)) return;
      const format = FORMAT[jenis[i] as Exclude<Jenis, 'teks' | 'bendera'>](csv);
      if (format) cell.numFmt = format;
      if (j && format) j.format = format;
      const warna = typeof v === 'number' ? t.warna?.(k, v) : undefined;
      if (warna) cell.fill = isiPenuh(warna);
    });
  }
  // Room for "Rp ", separators and the filter button; at most 60 (a long catatan wraps).
  // At least 10: exceljs leaves out a column of width 9 (its default) and shifts the widths after it.
  t.kolom.forEach((_, i) => (ws.getColumn(i + 1).width = Math.min(60, Math.max(10, (lebar[i] as number) + 4))));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: n, column: t.kolom.length } };
  if (n > 1 && jumlah.some((j) => j?.ada)) {
    // Below the filter's range: sorting or filtering the rows leaves it where it is.
    const total = ws.getRow(n + 1);
    total.getCell(1).value = dalam(PESAN_BUKU.total, c.bahasa);
    jumlah.forEach((j, i) => {
      if (!j?.ada) return;
      const cell = total.getCell(i + 1);
      const kolom = ws.getColumn(i + 1).letter;
      // The result saved beside the formula: a reader that does not calculate sees the sum.
      cell.value = { formula: `SUM(${kolom}2:${kolom}${n})`, result: Number(j.n) };
      if (j.format) cell.numFmt = j.format;
    });
    total.font = { bold: true };
    total.eachCell((x) => (x.border = { top: { style: 'thin' } }));
    n++;
  }
  aturHalaman(ws, dalam(t.judulLembar, c.bahasa), t.bulan, c.bahasa);
  return { ws, baris: n + 1 };
}

function tabelLaporan(nama: string, judulLembar: Teks, bulan: string, kolom: string[], baris: Baris[], rules: RuleSet): Tabel {
  const indikator = kolomIndikator(rules);
  return { nama, judulLembar, bulan, kolom, baris, jenis: (k) => jenisKolom(k, indikator), warna: warnaRating(rules) };
}

/** The run's rejects files (tolak-YYYY-MM.csv, one per month), from the files the job returns. */
const namaFileTolak = (h: HasilJob): string => h.files.map((f) => basename(f.path)).filter((n) => uraiNama(n)?.jenis === 'tolak').join(', ') || 'tolak-*.csv';

function tulisTolak(wb: ExcelJS.Workbook, h: HasilJob, batas: number, c: KonteksBuku, samarkan?: (kartu: string) => string): void {
  const teks = (t: string): string => (samarkan ? gantiKartu(t, samarkan) : t);
  function* baris(): Generator<Baris> {
    let i = 0;
    for (const t of h.tolak.semua()) {
      if (i++ === batas) return;
      yield { file: t.file, baris: String(t.baris), kode: t.kode, alasan: teks(c.bahasa === 'id' ? t.alasanId : t.alasan), isi: teks(t.isi) };
    }
  }
  const tabel: Tabel = { nama: 'Tolak', judulLembar: PESAN_BUKU.judulLembar.tolak, bulan: formatMonth(h.bulan), kolom: KOLOM_TOLAK, baris: baris(), jenis: (k) => (k === 'baris' ? 'angka' : 'teks') };
  const { ws, baris: akhir } = tulisTabel(wb, tabel, c);
  const sisa = h.tolak.size - batas;
  if (sisa > 0) {
    const x = ws.getCell(akhir, 1);
    x.value = dalam(PESAN_BUKU.barisLagi(angka(sisa, c.bahasa), namaFileTolak(h)), c.bahasa);
    x.font = { italic: true };
  }
}

/** A value's row; its status word in the run's language (terverifikasi/sementara/rancangan) when one is given, else as the rule file writes it. */
const barisAturan = (set: string, v: NilaiBerSumber, bahasa: Bahasa | undefined): Baris => ({ set, path: v.path, nilai: v.nilai, status: bahasa ? dalam(kataStatus(v.status), bahasa) : v.status, sumber: v.sumber });

function tabelAturan(h: HasilJob, bahasa: Bahasa | undefined): Tabel {
  const baris = [
    ...h.dipakai.aturan.flatMap((rs) => daftarNilaiAturan(rs).map((v) => barisAturan(rs.id, v, bahasa))),
    ...h.dipakai.tarif.flatMap((ts) => daftarNilaiTarif(ts).map((v) => barisAturan(ts.id, v, bahasa))),
  ];
  return { nama: 'Aturan', judulLembar: PESAN_BUKU.judulLembar.aturan, bulan: formatMonth(h.bulan), kolom: ['set', 'path', 'nilai', 'status', 'sumber'], baris, jenis: () => 'teks' };
}

/**
 * The recap as the terminal shows it (src/report/rekap.ts): one row per month and type
 * (`semua` is all of them: the recap's own total), the facilities per rating and per
 * payment band across. A cross-tab column is named `rating_<id>=<rating>` or
 * `persen_kapitasi=<percent>`: rekap-M.csv's `ukuran` and `nilai`.
 */
function tabelRekapSilang(h: HasilJob): Tabel {
  const baris: Baris[] = [];
  const rating = new Map<string, Set<number>>();
  const persen = new Map<string, number>();
  const silang = (row: Baris, j: { rating?: RekapJenisCapaian['rating']; persen: RekapJenisCapaian['persen'] }): void => {
    for (const i of j.rating ?? []) {
      const ada = rating.get(i.id) ?? new Set<number>();
      rating.set(i.id, ada);
      for (const s of i.sebaran) {
        ada.add(s.nilai);
        row[`rating_${i.id}=${s.nilai}`] = String(s.jumlah);
      }
    }
    for (const s of j.persen) {
      const p = toPlain(s.nilai, 4);
      persen.set(p, Number(p));
      row[`persen_kapitasi=${p}`] = String(s.jumlah);
    }
  };
  for (const c of h.capaian) {
    const r = rekapCapaian(c.rows, c.rules);
    for (const j of r.perJenis) {
      const row: Baris = { bulan: formatMonth(r.bulan), laporan: 'capaian', aturan: r.aturan, jenis_fktp: j.jenis, fasilitas: String(j.fasilitas), dinilai: String(j.dinilai), kbk_berlaku: String(j.kbkBerlaku) };
      silang(row, j);
      baris.push(row);
    }
  }
  let insentif = false;
  if (h.kapitasi) {
    const r = rekapKapitasi(h.kapitasi.rows, h.kapitasi.rules);
    for (const j of r.perJenis) {
      const row: Baris = {
        bulan: formatMonth(r.bulanBayar), laporan: 'kapitasi', aturan: r.aturan, jenis_fktp: j.jenis, fasilitas: String(j.fasilitas), kbk_berlaku: String(j.kbkBerlaku),
        kapitasi_penuh: String(j.kapitasiPenuh), kapitasi_dibayar: String(j.kapitasiDibayar), potongan: String(j.potongan), insentif: String(j.insentif),
      };
      if (j.insentif > 0n) insentif = true;
      silang(row, j);
      baris.push(row);
    }
  }
  const kolom = [
    'bulan', 'laporan', 'aturan', 'jenis_fktp', 'fasilitas', 'dinilai', 'kbk_berlaku',
    ...[...rating].flatMap(([id, nilai]) => [...nilai].sort((a, b) => b - a).map((v) => `rating_${id}=${v}`)),
    ...[...persen].sort((a, b) => b[1] - a[1]).map(([p]) => `persen_kapitasi=${p}`),
    'kapitasi_penuh', 'kapitasi_dibayar', 'potongan', ...(insentif ? ['insentif'] : []),
  ];
  const judul = (k: string, b: Bahasa): string => {
    const m = /^(rating_(.+)|persen_kapitasi)=(.+)$/.exec(k);
    if (!m) return k === 'kbk_berlaku' ? dalam(PESAN_BUKU.kbkBerlakuJumlah, b) : judulKolom(k, b);
    return dalam(m[2] !== undefined ? judulRekapRating(m[2], Number(m[3])) : judulRekapPersen(desimal(m[3] as string, b)), b);
  };
  const jenis = (k: string): Jenis => (k === 'bulan' ? 'bulan' : TEKS.has(k) ? 'teks' : RUPIAH.has(k) ? 'rupiah' : 'hitungan');
  return { nama: 'Rekap', judulLembar: PESAN_BUKU.judulLembar.rekap, bulan: formatMonth(h.bulan), kolom, baris, judul, jenis, total: false };
}

/** The Kolom sheet: each sheet's headings beside the CSV reports' column names, for a script or a reader who knows those. */
function tulisKolom(wb: ExcelJS.Workbook, h: HasilJob, c: KonteksBuku): void {
  const baris = c.kolom.map((k) => ({ lembar: k.lembar, judul: k.judul, kolom: k.kolom }));
  const judul = { lembar: PESAN_BUKU.kolomLembar, judul: PESAN_BUKU.kolomJudul, kolom: PESAN_BUKU.kolomNama } as Record<string, Teks>;
  const sendiri: KonteksBuku = { bahasa: c.bahasa, kolom: [] };
  tulisTabel(wb, { nama: 'Kolom', judulLembar: PESAN_BUKU.judulLembar.kolom, bulan: formatMonth(h.bulan), kolom: ['lembar', 'judul', 'kolom'], baris, judul: (k, b) => dalam(judul[k] as Teks, b), jenis: () => 'teks' }, sendiri);
}

/**
 * The workbook of a run, in the run's language (`bahasa`, Indonesian by default):
 * `Capaian YYYY-MM` per assessment month, `Kapitasi YYYY-MM`, `Rekap` (the cross-tab of
 * src/report/rekap.ts), `Anomali`, `Tolak` (at most batasTolak rows, default 100,000: the
 * rest are in tolak-YYYY-MM.csv), `Aturan` (every rule and tariff value used, with its
 * source) and `Kolom` (each heading's CSV column name). Every sheet prints landscape, one
 * page wide, its header row on each page.
 */
export async function bukuKerja(h: HasilJob, opsi: { batasTolak?: number; samarkan?: (kartu: string) => string; bahasa?: Bahasa } = {}): Promise<Uint8Array> {
  // exceljs loads in a quarter of a second: only runs that write a workbook pay for it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'kbk';
  const c: KonteksBuku = { bahasa: opsi.bahasa ?? 'id', kolom: [] };
  for (const x of h.capaian) {
    const bulan = formatMonth(x.rows[0]?.bulan as number);
    tulisTabel(wb, tabelLaporan(`Capaian ${bulan}`, PESAN_BUKU.judulLembar.capaian, bulan, kolomCapaian(x.rules), x.rows.map((r) => barisCapaian(r, x.rules)), x.rules), c);
  }
  if (h.kapitasi) {
    const { rows, rules } = h.kapitasi;
    const bulan = formatMonth(rows[0]?.bulanBayar as number);
    tulisTabel(wb, tabelLaporan(`Kapitasi ${bulan}`, PESAN_BUKU.judulLembar.kapitasi, bulan, kolomKapitasi(rules), rows.map((r) => barisKapitasi(r, rules)), rules), c);
  }
  tulisTabel(wb, tabelRekapSilang(h), c);
  tulisTabel(wb, {
    nama: 'Anomali',
    judulLembar: PESAN_BUKU.judulLembar.anomali,
    bulan: formatMonth(h.bulan),
    kolom: ['bulan', ...KOLOM_ANOMALI],
    baris: h.sinyal.map((s) => ({ bulan: formatMonth(s.bulan), kode_ppk: s.kodePpk, sinyal: s.sinyal, nilai: s.nilai, ambang: s.ambang, bukti: s.bukti })),
    jenis: (k) => (k === 'bulan' ? 'bulan' : k === 'nilai' || k === 'ambang' ? 'angka' : 'teks'),
  }, c);
  tulisTolak(wb, h, Math.min(opsi.batasTolak ?? 100_000, TOLAK_MAKS), c, opsi.samarkan);
  tulisTabel(wb, tabelAturan(h, opsi.bahasa), c);
  tulisKolom(wb, h, c);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
