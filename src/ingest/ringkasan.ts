// A branch's facility-level summary ("Capaian KBK" workbook, one sheet per month, or a CSV
// with the same columns) as kbk's monthly counts, instead of the record-level exports.
// Headers are matched as forgivingly as the CSV readers (src/core/cabang.ts lists them);
// every bad cell goes to the rejects with its sheet, row and column; total rows and blank
// rows are recognised; the derived columns (Keterangan *, Jumlah indikator tercapai,
// Capaian KBK BI) are kept only to be cross-checked against kbk's own verdict.
import { basename, extname } from 'node:path';
import type { Pesan } from '../pesan/index.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
import type ExcelJS from 'exceljs';
import { AWALAN_LEMBAR_TREN, KOLOM_CABANG } from '../core/cabang.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { parseDecimal, type Rational } from '../core/rational.js';
import type { KunciHitungan } from '../core/types.js';
import { DataError, MissingInputError } from '../errors.js';
import { bacaCsv, petaHeader, type Baris } from './csv.js';
import { PembacaTanggal } from './dates.js';
import { periksaAmbang, type KonteksFile } from './file.js';
import type { MasterFktp } from './master.js';
import { RowError } from './row-error.js';
import { jenisDariTeks, wajib } from './values.js';
import { periksaBatasXlsx } from './xlsx-batas.js';

/** What one summary row says about one facility's month. */
export interface BarisRingkasan {
  kodePpk: string;
  /** Where it was read: "Capaian.xlsx [Juni 24]" and the row. */
  asal: { label: string; baris: number };
  /** TIPE FKTP as written (cross-checked against fktp.csv). */
  tipe: string;
  hitungan: Record<KunciHitungan, number>;
  /** The workbook's own verdicts, to cross-check: by formula id, Tercapai or not; undefined when not given. */
  keterangan: Record<string, boolean | undefined>;
  jumlahTercapai: number | undefined;
  capaianKbk: Rational | undefined;
}

export interface Ringkasan {
  /** Rows per month (the month the counts belong to). */
  bulan: Map<MonthIndex, BarisRingkasan[]>;
  /** The counts a summary does not hold (rujukan_tacc, Prolanis enrolment and visits): reported empty. */
  tidakDiketahui: ReadonlySet<KunciHitungan>;
}

/** How the workbook labels its months: by the month of service (default) or by the payment month, one later. */
export type LabelBulan = 'layanan' | 'bayar';

const DIKETAHUI: readonly KunciHitungan[] = KOLOM_CABANG.flatMap((k) => (k.isi.jenis === 'hitungan' ? [k.isi.kunci] : []));
const SEMUA_HITUNGAN: readonly KunciHitungan[] = ['pesertaTerdaftar', 'pesertaKontak', 'rujukanTotal', 'rujukanNonSpesialistik', 'rujukanTacc', 'dmTerdaftar', 'dmTerkendali', 'htTerdaftar', 'htTerkendali', 'prolanisTerdaftar', 'prolanisBerkunjung'];

const BULAN: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** "Januari 23", "Mei", "JAN-2024", "Juni 2024": a month and maybe a year; null when it is not a month. */
export function bulanDariNama(nama: string): { bulan: number; tahun: number | null } | null {
  const m = /^\s*([a-z]+)\.?\s*[-'’ ]?\s*(\d{2}|\d{4})?\s*$/i.exec(nama);
  const iso = /^\s*(\d{4})-(\d{2})\s*$/.exec(nama);
  if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 ? { bulan: Number(iso[2]), tahun: Number(iso[1]) } : null;
  if (!m) return null;
  const bulan = BULAN[(m[1] as string).toLowerCase()];
  if (bulan === undefined) return null;
  const y = m[2];
  return { bulan, tahun: y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y) };
}

/**
 * The year of sheets named without one, from their neighbours: sheets run in time order,
 * so a bare "Mei" after "April 24" is May 2024, and "Januari" after "Desember 23" is 2024.
 */
export function tahunLembar(lembar: { bulan: number; tahun: number | null }[]): (number | null)[] {
  const tahun = lembar.map((l) => l.tahun);
  for (let i = 0; i < lembar.length; i++) {
    if (tahun[i] !== null) continue;
    const l = lembar[i] as { bulan: number };
    const sebelum = [...Array(i).keys()].reverse().find((j) => tahun[j] !== null);
    if (sebelum !== undefined) {
      const s = lembar[sebelum] as { bulan: number };
      tahun[i] = (tahun[sebelum] as number) + (l.bulan > s.bulan ? 0 : 1);
      continue;
    }
    const sesudah = [...Array(lembar.length).keys()].slice(i + 1).find((j) => lembar[j]?.tahun !== null);
    if (sesudah !== undefined) {
      const s = lembar[sesudah] as { bulan: number; tahun: number };
      tahun[i] = s.tahun - (l.bulan < s.bulan ? 0 : 1);
    }
  }
  return tahun;
}

const bulanIndex = (tahun: number, bulan: number): MonthIndex => tahun * 12 + bulan - 1;

/** A Bulan Kapitasi cell: a date (Excel's, or dd/mm/yyyy, yyyy-mm-dd text) or a month name with its year. */
function bulanDariSel(v: string, tanggal: PembacaTanggal, kolom: string, baris: number): MonthIndex {
  const nama = bulanDariNama(v);
  if (nama !== null) {
    if (nama.tahun === null) throw new RowError(kolom, PESAN_INGEST.bulanTanpaTahun(kolom, v), 'month without a year');
    return bulanIndex(nama.tahun, nama.bulan);
  }
  const hari = tanggal.baca(kolom, v, baris);
  const d = new Date(hari * 86_400_000);
  return bulanIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/** A count: a whole number, as Excel stores it or as text with thousands dots ("1.234"). */
function jumlah(b: Baris, kolom: string): number {
  const v = wajib(b, kolom);
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d{1,3}(\.\d{3})+$/.test(v)) return Number(v.replace(/\./g, ''));
  if (/^\d{1,3}(,\d{3})+$/.test(v))
    throw new RowError(kolom, PESAN_INGEST.jumlahAmbigu(kolom, v), 'ambiguous count');
  if (/^-/.test(v)) throw new RowError(kolom, PESAN_INGEST.jumlahNegatif(kolom, v), 'negative count');
  throw new RowError(kolom, PESAN_INGEST.bukanJumlah(kolom, v), 'not a count');
}

/** "Tercapai" / "Tidak Tercapai" and the other ways branches write them; null when it is neither. */
function tercapai(v: string): boolean | null {
  const s = v.toLowerCase();
  if (/\b(tidak|belum|not)\b/.test(s)) return false;
  return /^(tercapai|capai|memenuhi|ya|y|aman|zona aman|sesuai|v|✓|1)$/.test(s) ? true : null;
}

/**
 * One summary row: the facility code, the counts, the workbook's verdicts. Counts that
 * cannot be (more contacts than registered…) reject the row.
 */
function barisRingkasan(b: Baris, label: string, master: MasterFktp, peringatan: (m: Pesan) => void): BarisRingkasan {
  const kodePpk = wajib(b, 'kode_ppk');
  const f = master.indeks.get(kodePpk);
  if (f === undefined) throw new RowError('kode_ppk', PESAN_INGEST.kodePpkTidakDikenal(kodePpk), 'unknown facility');
  const jenis = master.daftar[f]?.jenisFktp as string;
  const tipe = b.get('tipe_fktp');
  if (tipe !== '' && jenisDariTeks(tipe) !== jenis)
    peringatan(PESAN_INGEST.tipeBerbeda(PESAN_INGEST.lokasi(label, b.line, b.kolom('tipe_fktp')), tipe, jenis, kodePpk));
  const hitungan = Object.fromEntries(SEMUA_HITUNGAN.map((k) => [k, 0])) as Record<KunciHitungan, number>;
  for (const k of KOLOM_CABANG) if (k.isi.jenis === 'hitungan') hitungan[k.isi.kunci] = jumlah(b, k.nama);
  const lebih = (a: KunciHitungan, dari: KunciHitungan): void => {
    if (hitungan[a] > hitungan[dari]) {
      const nama = (k: KunciHitungan): string => KOLOM_CABANG.find((c) => c.isi.jenis === 'hitungan' && c.isi.kunci === k)?.nama as string;
      throw new RowError(nama(a), PESAN_INGEST.jumlahTidakCocok(b.kolom(nama(a)), hitungan[a], b.kolom(nama(dari)), hitungan[dari]), 'counts do not fit');
    }
  };
  lebih('pesertaKontak', 'pesertaTerdaftar');
  lebih('rujukanNonSpesialistik', 'rujukanTotal');
  lebih('dmTerkendali', 'dmTerdaftar');
  lebih('htTerkendali', 'htTerdaftar');
  const keterangan: Record<string, boolean | undefined> = {};
  let jumlahTercapai: number | undefined;
  let capaianKbk: Rational | undefined;
  for (const k of KOLOM_CABANG) {
    if (!b.has(k.nama) || b.get(k.nama) === '') continue;
    if (k.isi.jenis === 'keterangan') {
      const t = tercapai(b.get(k.nama));
      if (t === null) peringatan(PESAN_INGEST.bukanTercapai(PESAN_INGEST.lokasi(label, b.line, b.kolom(k.nama)), b.get(k.nama)));
      else keterangan[k.isi.rumus] = t;
    }
    if (k.isi.jenis === 'jumlahTercapai') jumlahTercapai = jumlah(b, k.nama);
    if (k.isi.jenis === 'capaianKbk') {
      try {
        capaianKbk = parseDecimal(b.get(k.nama));
      } catch {
        throw new RowError(k.nama, PESAN_INGEST.bukanAngkaSaja(k.nama, b.get(k.nama)), 'not a number');
      }
    }
  }
  return { kodePpk, asal: { label, baris: b.line }, tipe, hitungan, keterangan, jumlahTercapai, capaianKbk };
}

/** Total and blank rows: recognised, not read as facilities. */
const TOTAL = /^\s*(grand\s*)?(sub\s*)?(total|jumlah)\b/i;
const barisTotal = (b: Baris): boolean => TOTAL.test(b.get('kode_ppk')) || TOTAL.test(b.get('nama_fktp')) || (b.get('kode_ppk') === '' && TOTAL.test(b.raw));

/**
 * Reads a summary workbook (.xlsx) or CSV. `label`: --label-bulan (a workbook labelled by
 * payment month holds the counts of the month before).
 */
export async function bacaRingkasan(ctx: KonteksFile, master: MasterFktp, path: string, labelBulan: LabelBulan): Promise<Ringkasan> {
  const bulan = new Map<MonthIndex, BarisRingkasan[]>();
  const geser = labelBulan === 'bayar' ? -1 : 0;
  const peringatan = (m: Pesan): void => void ctx.peringatan.push(m);
  /** A facility once a month: a second row is rejected, naming the first. */
  const tambah = (m: MonthIndex, r: BarisRingkasan): void => {
    const rows = bulan.get(m + geser) ?? [];
    const dulu = rows.find((x) => x.kodePpk === r.kodePpk);
    if (dulu) throw new RowError('kode_ppk', PESAN_INGEST.fasilitasDuaKali(r.kodePpk, formatMonth(m + geser), dulu.asal.label, dulu.asal.baris), 'facility twice');
    rows.push(r);
    bulan.set(m + geser, rows);
  };
  const baris = (b: Baris, label: string): BarisRingkasan => barisRingkasan(b, label, master, peringatan);
  if (extname(path).toLowerCase() === '.csv') await bacaCsvRingkasan(ctx, path, tambah, baris);
  else await bacaXlsx(ctx, path, tambah, baris, peringatan);
  if (bulan.size === 0) throw new DataError(PESAN_INGEST.tanpaBulanFasilitas(basename(path)));
  const tidakDiketahui = new Set(SEMUA_HITUNGAN.filter((k) => !DIKETAHUI.includes(k)));
  return { bulan, tidakDiketahui };
}

type Baca = (b: Baris, label: string) => BarisRingkasan;

async function bacaCsvRingkasan(ctx: KonteksFile, path: string, tambah: (m: MonthIndex, r: BarisRingkasan) => void, baca: Baca): Promise<void> {
  const label = basename(path);
  let adaBulan = true;
  const r = await bacaCsv({
    path,
    label,
    jenis: 'ringkasan',
    tolak: ctx.tolak,
    dialek: ctx.dialek,
    batas: ctx.batas,
    onRow(b) {
      if (!b.has('bulan_kapitasi')) adaBulan = false;
      if (barisTotal(b) || !adaBulan) return;
      const m = bulanDariSel(wajib(b, 'bulan_kapitasi'), b.tanggal, 'bulan_kapitasi', b.line);
      tambah(m, baca(b, label));
    },
  });
  if (!adaBulan) throw new DataError(PESAN_INGEST.csvTanpaBulanKapitasi(label));
  ctx.barisDibaca.set(label, r.rows);
  ctx.peringatan.push(...r.peringatan);
  periksaAmbang(ctx, label);
}

/** A cell as text: numbers as written, formulas by their value, dates as yyyy-mm-dd. */
function teksSel(v: ExcelJS.CellValue, label: string, alamat: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  // A whole number as written; a fraction with a decimal comma, so that 1.234 (a number) is
  // never read as the text "1.234" (one thousand two hundred thirty-four).
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      if (result === undefined) throw new DataError(PESAN_INGEST.rumusTanpaNilai(label, alamat));
      return teksSel(result as ExcelJS.CellValue, label, alamat);
    }
    if ('text' in v) return String((v as { text: unknown }).text).trim();
  }
  return String(v);
}

const hurufKolom = (n: number): string => (n <= 0 ? '' : hurufKolom(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** A workbook opened for reading: its input-safety limits checked first, then read whole by exceljs. */
export async function bukaXlsx(path: string): Promise<ExcelJS.Workbook> {
  // exceljs loads in a quarter of a second: only runs that read a workbook pay for it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    // Input-safety limits first: exceljs reads a workbook whole, so a bomb never reaches it.
    await periksaBatasXlsx(path);
    await wb.xlsx.readFile(path);
  } catch (e) {
    if (e instanceof DataError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MissingInputError(PESAN_INGEST.xlsxTidakDitemukan(path));
    if (code !== undefined) throw new MissingInputError(PESAN_INGEST.tidakTerbaca(path, code));
    throw new DataError(PESAN_INGEST.bukanXlsx(basename(path), (e as Error).message));
  }
  return wb;
}

async function bacaXlsx(ctx: KonteksFile, path: string, tambah: (m: MonthIndex, r: BarisRingkasan) => void, baca: Baca, peringatan: (m: Pesan) => void): Promise<void> {
  const wb = await bukaXlsx(path);
  const file = basename(path);
  const lembar = wb.worksheets.map((ws) => ({ ws, nama: bulanDariNama(ws.name) }));
  const tahun = tahunLembar(lembar.map((l) => l.nama ?? { bulan: 1, tahun: 0 }));
  const bulanLembar = new Map<MonthIndex, string>();
  for (const [i, { ws, nama }] of lembar.entries()) {
    // kbk tren's indicator sheets (facilities × months): the same months are its month sheets.
    if (ws.name.startsWith(AWALAN_LEMBAR_TREN)) continue;
    const label = `${file} [${ws.name}]`;
    const dariNama = nama === null || tahun[i] === null ? null : bulanIndex(tahun[i] as number, nama.bulan);
    const bacaan = bacaLembar(ws, label);
    if (bacaan === null) {
      peringatan(PESAN_INGEST.sheetTanpaHeader(label, KOLOM_CABANG.filter((k) => k.wajib).map((k) => k.judul)));
      continue;
    }
    const { header, baris, barisHeader } = bacaan;
    const peta = petaHeader(header, 'ringkasan', label, ',', barisHeader);
    for (const w of peta.peringatan) peringatan(w);
    const tanggal = new PembacaTanggal(label);
    let rows = 0;
    let bulanSel: MonthIndex | null = null;
    for (const { nomor, nilai } of baris) {
      const b = barisXlsx(peta.index, header, nilai, nomor, tanggal);
      if (barisTotal(b)) continue;
      rows++;
      try {
        let m = dariNama;
        if (b.get('bulan_kapitasi') !== '') {
          m = bulanDariSel(b.get('bulan_kapitasi'), tanggal, 'bulan_kapitasi', nomor);
          if (bulanSel !== null && m !== bulanSel)
            throw new RowError('bulan_kapitasi', PESAN_INGEST.bulanLainDiSheet(formatMonth(m), formatMonth(bulanSel)), 'other month');
          bulanSel = m;
        }
        if (m === null)
          throw new DataError(PESAN_INGEST.bulanSheetTidakDiketahui(label, nomor, ws.name, nama !== null));
        tambah(m, baca(b, label));
      } catch (e) {
        if (e instanceof RowError) ctx.tolak.tolak({ file: label, baris: nomor, kolom: b.kolom(e.kolom), alasan: e.message, jenis: e.jenis, isi: b.raw }, e.teks);
        else throw e;
      }
    }
    const m = bulanSel ?? dariNama;
    if (m !== null && bulanSel !== null && dariNama !== null && bulanSel !== dariNama)
      peringatan(PESAN_INGEST.namaSheetBerbeda(label, formatMonth(dariNama), formatMonth(bulanSel)));
    if (m !== null) {
      const lain = bulanLembar.get(m);
      if (lain !== undefined) throw new DataError(PESAN_INGEST.bulanDiDuaSheet(file, formatMonth(m), lain, ws.name));
      bulanLembar.set(m, ws.name);
    }
    ctx.barisDibaca.set(label, rows);
    periksaAmbang(ctx, label);
  }
}

/** The sheet's header (the first of its first 10 rows that names Kode PPK) and the rows below it (a summary's sheet, the verification worksheet). */
export function bacaLembar(ws: ExcelJS.Worksheet, label: string): { header: string[]; barisHeader: number; baris: { nomor: number; nilai: string[] }[] } | null {
  const kodeNames = ['kdppk', 'kdfaskes', 'kdfktp'];
  let header: string[] | null = null;
  let barisHeader = 0;
  const baris: { nomor: number; nilai: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, nomor) => {
    const nilai: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      nilai[col - 1] = teksSel(cell.value, label, `${hurufKolom(col)}${nomor}`);
    });
    for (let i = 0; i < nilai.length; i++) nilai[i] ??= '';
    if (header === null) {
      if (nomor <= 10 && nilai.some((v) => kodeNames.includes(v.toLowerCase().replace(/[\s_.\-/]+/g, '').replace(/^kode/, 'kd')))) {
        header = nilai;
        barisHeader = nomor;
      }
      return;
    }
    if (nilai.every((v) => v === '')) return;
    baris.push({ nomor, nilai });
  });
  return header === null ? null : { header, barisHeader, baris };
}

export function barisXlsx(index: Map<string, number>, header: string[], nilai: string[], nomor: number, tanggal: PembacaTanggal): Baris {
  return {
    line: nomor,
    raw: nilai.join(';'),
    get: (k) => {
      const i = index.get(k);
      return i === undefined ? '' : (nilai[i] ?? '').trim();
    },
    has: (k) => index.has(k),
    kolom: (k) => {
      const i = index.get(k);
      return i === undefined ? k : `${hurufKolom(i + 1)} (${(header[i] ?? k).trim()})`;
    },
    tanggal,
    ingat: (_k, hitung) => hitung(),
    kartu13: () => -1,
  };
}
