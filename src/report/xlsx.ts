// The analyst's workbook of one run: the reports as real Excel types (numbers, Rupiah,
// percentages, months as dates, codes as text), one sheet each, with the recap, the
// rejects and every rule and tariff value used. The CSV reports stay the record; this is
// the same numbers, ready to filter and chart.
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { HasilJob } from './hasil.js';
import type { Bahasa } from '../pesan/index.js';
import { formatMonth } from '../core/month.js';
import { div, parseDecimal, rat, toPlain } from '../core/rational.js';
import { rumus } from '../core/rumus/index.js';
import { KOLOM_HITUNGAN } from '../core/types.js';
import { daftarNilaiAturan, daftarNilaiTarif, type NilaiBerSumber } from '../rules/provenance.js';
import type { RuleSet } from '../rules/schema.js';
import { barisCapaian, barisKapitasi, kolomCapaian, kolomKapitasi, kolomNilai, KOLOM_ANOMALI, KOLOM_TOLAK } from './columns.js';
import { uraiNama } from './nama-laporan.js';
import { gantiKartu } from './samaran.js';
import { barisRekap, KOLOM_REKAP } from './rekap.js';

/** How a column's cells are typed and shown. */
type Jenis = 'teks' | 'bulan' | 'hitungan' | 'indikator' | 'angka' | 'persen' | 'rupiah' | 'tarif';

type Baris = Record<string, string>;

interface Tabel {
  nama: string;
  kolom: readonly string[];
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
const TANPA_INDIKATOR: ReadonlySet<string> = new Set();

/** The columns holding an indicator's value or its parts (2 decimals in the CSV reports). */
function kolomIndikator(rules: RuleSet): Set<string> {
  return new Set(rules.indikator.flatMap((i) => [...rumus(i.rumus).rincian, kolomNilai(i), `rata_${kolomNilai(i)}`]));
}

/** The type of a report column, by its name (the names are the product contract). */
function jenisKolom(kolom: string, indikator: ReadonlySet<string>): Jenis {
  if (TEKS.has(kolom)) return 'teks';
  if (kolom === 'bulan' || kolom === 'bulan_bayar') return 'bulan';
  if (kolom === 'persen_kapitasi') return 'persen';
  if (RUPIAH.has(kolom)) return 'rupiah';
  if (kolom.startsWith('tarif_')) return 'tarif';
  if (HITUNGAN.has(kolom)) return 'hitungan';
  if (indikator.has(kolom)) return 'indikator';
  return 'angka';
}

/** The number format of a cell, from its column's type and its CSV text (decimals shown where it has them); none: General. */
const FORMAT: Record<Exclude<Jenis, 'teks'>, (csv: string) => string | undefined> = {
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
function nilaiSel(jenis: Jenis, s: string): string | number | Date | null {
  if (s === '') return null;
  const bulan = jenis === 'bulan' ? BULAN.exec(s) : null;
  if (bulan) return new Date(Date.UTC(Number(bulan[1]), Number(bulan[2]) - 1, 1));
  if (jenis === 'teks' || jenis === 'bulan' || !ANGKA.test(s)) return s.length > TEKS_MAKS ? `${s.slice(0, TEKS_MAKS - 1)}…` : s;
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
function warnaRating(rules: RuleSet): (kolom: string, nilai: number) => string | undefined {
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

/** Writes a table from A1: a bold frozen header with an auto-filter, typed cells, widths from the text. Returns the next free row. */
function tulisTabel(wb: ExcelJS.Workbook, t: Tabel): { ws: ExcelJS.Worksheet; baris: number } {
  const ws = wb.addWorksheet(t.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lebar = t.kolom.map((k) => k.length);
  const header = ws.addRow([...t.kolom]);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = isiPenuh('FFD9E1F2')));
  let n = 1;
  for (const b of t.baris) {
    const jenis = t.kolom.map((k) => t.jenis(k, b));
    const row = ws.addRow(t.kolom.map((k, i) => nilaiSel(jenis[i] as Jenis, b[k] ?? '')));
    n++;
    t.kolom.forEach((k, i) => {
      const csv = b[k] ?? '';
      lebar[i] = Math.max(lebar[i] as number, csv.length);
      const cell = row.getCell(i + 1);
      const v = cell.value;
      if (typeof v !== 'number' && !(v instanceof Date)) return;
      const format = FORMAT[jenis[i] as Exclude<Jenis, 'teks'>](csv);
      if (format) cell.numFmt = format;
      const warna = typeof v === 'number' ? t.warna?.(k, v) : undefined;
      if (warna) cell.fill = isiPenuh(warna);
    });
  }
  // Room for "Rp ", separators and the filter button; at most 60 (a long catatan runs on).
  t.kolom.forEach((_, i) => (ws.getColumn(i + 1).width = Math.min(60, (lebar[i] as number) + 4)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: n, column: t.kolom.length } };
  return { ws, baris: n + 1 };
}

function tabelLaporan(nama: string, kolom: string[], baris: Baris[], rules: RuleSet): Tabel {
  const indikator = kolomIndikator(rules);
  return { nama, kolom, baris, jenis: (k) => jenisKolom(k, indikator), warna: warnaRating(rules) };
}

/** The run's rejects files (tolak-YYYY-MM.csv, one per month), from the files the job returns. */
const namaFileTolak = (h: HasilJob): string => h.files.map((f) => basename(f.path)).filter((n) => uraiNama(n)?.jenis === 'tolak').join(', ') || 'the rejects files';

function tulisTolak(wb: ExcelJS.Workbook, h: HasilJob, batas: number, samarkan?: (kartu: string) => string, bahasa: Bahasa = 'id'): void {
  const teks = (t: string): string => (samarkan ? gantiKartu(t, samarkan) : t);
  function* baris(): Generator<Baris> {
    let i = 0;
    for (const t of h.tolak.semua()) {
      if (i++ === batas) return;
      yield { file: t.file, baris: String(t.baris), kode: t.kode, alasan: teks(bahasa === 'id' ? t.alasanId : t.alasan), isi: teks(t.isi) };
    }
  }
  const { ws, baris: akhir } = tulisTabel(wb, { nama: 'Tolak', kolom: KOLOM_TOLAK, baris: baris(), jenis: (k) => (k === 'baris' ? 'angka' : 'teks') });
  const sisa = h.tolak.size - batas;
  if (sisa > 0) {
    const c = ws.getCell(akhir, 1);
    c.value = `${sisa.toLocaleString('en-US')} more row(s) in ${namaFileTolak(h)}`;
    c.font = { italic: true };
  }
}

const barisAturan = (set: string, v: NilaiBerSumber): Baris => ({ set, path: v.path, nilai: v.nilai, status: v.status, sumber: v.sumber });

function tabelAturan(h: HasilJob): Tabel {
  const baris = [
    ...h.dipakai.aturan.flatMap((rs) => daftarNilaiAturan(rs).map((v) => barisAturan(rs.id, v))),
    ...h.dipakai.tarif.flatMap((ts) => daftarNilaiTarif(ts).map((v) => barisAturan(ts.id, v))),
  ];
  return { nama: 'Aturan', kolom: ['set', 'path', 'nilai', 'status', 'sumber'], baris, jenis: () => 'teks' };
}

/**
 * The workbook of a run: `Capaian YYYY-MM` per assessment month, `Kapitasi YYYY-MM`, `Rekap`
 * (src/report/rekap.ts), `Tolak` (at most batasTolak rows, default 100,000: the rest are
 * in tolak-YYYY-MM.csv) and `Aturan` (every rule and tariff value used, with its source).
 */
export async function bukuKerja(h: HasilJob, opsi: { batasTolak?: number; samarkan?: (kartu: string) => string; bahasa?: Bahasa } = {}): Promise<Uint8Array> {
  // exceljs loads in a quarter of a second: only runs that write a workbook pay for it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'kbk';
  for (const c of h.capaian) {
    const nama = `Capaian ${formatMonth(c.rows[0]?.bulan as number)}`;
    tulisTabel(wb, tabelLaporan(nama, kolomCapaian(c.rules), c.rows.map((r) => barisCapaian(r, c.rules)), c.rules));
  }
  if (h.kapitasi) {
    const { rows, rules } = h.kapitasi;
    tulisTabel(wb, tabelLaporan(`Kapitasi ${formatMonth(rows[0]?.bulanBayar as number)}`, kolomKapitasi(rules), rows.map((r) => barisKapitasi(r, rules)), rules));
  }
  tulisTabel(wb, {
    nama: 'Rekap',
    kolom: KOLOM_REKAP,
    baris: barisRekap(h),
    jenis: (k, b) => (k === 'jumlah' ? (RUPIAH.has(b.ukuran ?? '') ? 'rupiah' : 'hitungan') : jenisKolom(k, TANPA_INDIKATOR)),
  });
  tulisTabel(wb, {
    nama: 'Anomali',
    kolom: ['bulan', ...KOLOM_ANOMALI],
    baris: h.sinyal.map((s) => ({ bulan: formatMonth(s.bulan), kode_ppk: s.kodePpk, sinyal: s.sinyal, nilai: s.nilai, ambang: s.ambang, bukti: s.bukti })),
    jenis: (k) => (k === 'nilai' || k === 'ambang' ? 'angka' : 'teks'),
  });
  tulisTolak(wb, h, Math.min(opsi.batasTolak ?? 100_000, TOLAK_MAKS), opsi.samarkan, opsi.bahasa);
  tulisTabel(wb, tabelAturan(h));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
