// kbk sampel's worksheet: the records that counted, per facility and kind, taken from what
// the month's read decided (the audit's collector src/ingest/jejak.ts and the clinical
// decision src/core/klinis.ts) — never decided again here — and the sampled ones as the
// rows of sampel-YYYY-MM.csv / .xlsx (columns: src/report/sampel-kolom.ts).
import type ExcelJS from 'exceljs';
import { angkaUkur } from '../core/alasan-audit.js';
import type { KeputusanKlinis } from '../core/klinis.js';
import { daysOfMonth, formatDate, formatMonth, type MonthIndex } from '../core/month.js';
import { rumus } from '../core/rumus/index.js';
import { PROGRAM_DM, PROLANIS_DM, PROLANIS_HT, TANPA_TANGGAL, type FaktaProlanis, type KunciHitungan } from '../core/types.js';
import { DIUKUR, KONTAK } from '../ingest/bulan.js';
import { labelBulan } from '../ingest/bulan/berkas.js';
import type { JejakAudit } from '../ingest/jejak.js';
import type { MasterFktp } from '../ingest/master.js';
import type { IndeksPeserta } from '../ingest/peserta-index.js';
import type { RuleSet } from '../rules/schema.js';
import { angka, dalam, type Bahasa, type Teks } from '../pesan/index.js';
import { PESAN_LAPORAN } from '../pesan/laporan.js';
import { csvBaris } from './tulis-csv.js';
import { JENIS_SAMPEL, KOLOM_SAMPEL, type JenisSampel, type KodeDihitung } from './sampel-kolom.js';
import { tabel, type Kolom } from './table-engine.js';
import type { ChalkInstance } from 'chalk';

/** One counted record: the unit a facility's numerator is made of. */
export interface UnitSampel {
  jenis: JenisSampel;
  /** What it counted for (src/report/sampel-kolom.ts KODE_DIHITUNG). */
  dihitungSebagai: KodeDihitung;
  noKartu: string;
  /** The file as the rejects name it ("2024-06/kontak.csv") and its line as they number it. */
  file: string;
  baris: number;
  /** YYYY-MM-DD, or '' where the record has none (a measurement without tgl_periksa). */
  tanggal: string;
  rincian: Teks;
}

/** The three kinds' references, per facility (master order): see Populasi. */
type Rujukan = Record<JenisSampel, number[]>;

/** The counts a rule set's indicators read (their numerators among them). */
const hitunganAturan = (rules: RuleSet): Set<KunciHitungan> => new Set(rules.indikator.flatMap((i) => rumus(i.rumus).hitungan));

/**
 * A Prolanis reference: p × 3 + g for the participant at position p controlled in programme
 * g (0 DM, 1 HT), p × 3 + KUNJUNGAN for its visit (a rule set may count both).
 */
const TIGA = 3;
const KUNJUNGAN = 2;

/**
 * The counted records of every facility, by kind, as the month's read decided them:
 * - kontak: each registered participant counted as contacted, by the contact the audit names
 *   (the earliest-dated counted contact, the first line of that date: jejak.barisKontak);
 * - rujukan: each counted non-specialistic referral (counted, not TACC, non-specialistic);
 * - prolanis: under a rule set counting control (dm/htTerkendali), each enrolled
 *   participant's programme judged controlled, by its deciding measurement; under one
 *   counting visits (prolanisBerkunjung, perber-2017), each enrolled participant who visited,
 *   by the first prolanis.csv row of the month, else the contact.
 * Only the kinds the rule set's indicators count. Held as numbers (a participant's position,
 * a referral's row), each facility's and kind's in file and line order; a record becomes a
 * row (unit) only when it is sampled, so a branch of millions costs a number a record.
 */
export class Populasi {
  private readonly per: Rujukan[];
  private readonly hitung: Set<KunciHitungan>;
  private readonly kunciP: Float64Array;
  private readonly first: number;
  private readonly file: { kontak: string; rujukan: string; prolanis: string };
  /** Line → date of the month's measurements (perber-2017's visits by prolanis.csv row). */
  private readonly tanggalBaris: Map<number, string>;

  constructor(
    private readonly j: JejakAudit,
    private readonly o: { master: MasterFktp; bulan: MonthIndex; rules: RuleSet; prolanis: FaktaProlanis; keputusan: KeputusanKlinis },
  ) {
    const nF = o.master.daftar.length;
    this.per = Array.from({ length: nF }, () => ({ kontak: [], rujukan: [], prolanis: [] }));
    this.hitung = hitunganAturan(o.rules);
    const indeks = j.indeksPeserta as IndeksPeserta;
    this.kunciP = indeks.kunciPerPosisi();
    this.first = daysOfMonth(o.bulan).first;
    this.file = { kontak: labelBulan(o.bulan, 'kontak.csv'), rujukan: labelBulan(o.bulan, 'rujukan.csv'), prolanis: labelBulan(o.bulan, 'prolanis.csv') };
    const uk = o.prolanis.ukur;
    this.tanggalBaris = this.hitung.has('prolanisBerkunjung') ? new Map(Array.from({ length: uk.n }, (_, u) => [uk.baris[u] as number, tglUkur(uk.tanggal[u] as number)])) : new Map();
    const h = this.hitung;
    for (let p = 0; p < indeks.size; p++) {
      const f = indeks.fasilitas[p] as number;
      if (f < 0) continue;
      const fl = j.flags[p] as number;
      const per = this.per[f] as Rujukan;
      if (h.has('pesertaKontak') && fl & KONTAK) per.kontak.push(p);
      const i = j.ringkas[p] as number;
      if (i >= 0)
        for (const g of [0, 1] as const)
          if (h.has(g === 0 ? 'dmTerkendali' : 'htTerkendali') && fl & (g === 0 ? PROLANIS_DM : PROLANIS_HT) && o.keputusan.status[g][i] === 1) per.prolanis.push(p * TIGA + g);
      if (h.has('prolanisBerkunjung') && fl & (PROLANIS_DM | PROLANIS_HT) && fl & (KONTAK | DIUKUR)) per.prolanis.push(p * TIGA + KUNJUNGAN);
    }
    if (h.has('rujukanNonSpesialistik')) {
      const rj = j.rj;
      for (let r = 0; r < rj.baris.length; r++) {
        const f = rj.f.data[r] as number;
        if (f < nF && rj.status.data[r] === 0 && rj.tacc.data[r] !== 1 && rj.nonSpes.data[r] === 1) (this.per[f] as Rujukan).rujukan.push(r);
      }
    }
    // File and line order (a referral's rows are in file order already).
    for (const per of this.per) {
      per.kontak.sort((a, b) => (j.barisKontak[a] as number) - (j.barisKontak[b] as number));
      per.prolanis.sort((a, b) => {
        const x = this.letak('prolanis', a);
        const y = this.letak('prolanis', b);
        return x.file < y.file ? -1 : x.file > y.file ? 1 : x.baris - y.baris;
      });
    }
  }

  /** How many records of kind `k` counted at facility f (master index). */
  jumlah(f: number, k: JenisSampel): number {
    return (this.per[f] as Rujukan)[k].length;
  }

  /** The file and line of a reference. */
  private letak(k: JenisSampel, ref: number): { file: string; baris: number } {
    const j = this.j;
    if (k === 'kontak') return { file: this.file.kontak, baris: j.barisKontak[ref] as number };
    if (k === 'rujukan') return { file: this.file.rujukan, baris: j.rj.baris.data[ref] as number };
    const p = Math.floor(ref / TIGA);
    if (ref % TIGA === KUNJUNGAN) {
      const diukur = ((j.flags[p] as number) & DIUKUR) !== 0;
      return diukur ? { file: this.file.prolanis, baris: j.barisProlanis[p] as number } : { file: this.file.kontak, baris: j.barisKontak[p] as number };
    }
    const u = this.penentu(ref);
    return { file: this.file.prolanis, baris: this.o.prolanis.ukur.baris[u] as number };
  }

  /** The deciding measurement of a controlled programme's reference. */
  private penentu(ref: number): number {
    const p = Math.floor(ref / TIGA);
    const g = (ref % TIGA) as 0 | 1;
    return this.o.keputusan.penentu[g][this.j.ringkas[p] as number] as number;
  }

  /** The i-th record (in file and line order) of kind `k` at facility f, as a row of the worksheet. */
  unit(f: number, k: JenisSampel, i: number): UnitSampel {
    const j = this.j;
    const ref = (this.per[f] as Rujukan)[k][i] as number;
    const { file, baris } = this.letak(k, ref);
    const kontakHari = (p: number): string => formatDate(this.first + (j.hariPertama[p] as number) - 1);
    if (k === 'kontak') return { jenis: k, dihitungSebagai: 'peserta_kontak', noKartu: j.kartu.kartu(this.kunciP[ref] as number), file, baris, tanggal: kontakHari(ref), rincian: PESAN_LAPORAN.sampel.rincianKontak };
    if (k === 'rujukan') {
      const rj = j.rj;
      return {
        jenis: k,
        dihitungSebagai: 'rujukan_non_spesialistik',
        noKartu: j.kartu.kartu(rj.kunci.data[ref] as number),
        file,
        baris,
        tanggal: formatDate(rj.tgl.data[ref] as number),
        rincian: PESAN_LAPORAN.sampel.rincianRujukan(j.teks[rj.diagnosa.data[ref] as number] ?? ''),
      };
    }
    const p = Math.floor(ref / TIGA);
    const noKartu = j.kartu.kartu(this.kunciP[p] as number);
    if (ref % TIGA === KUNJUNGAN) {
      const fl = j.flags[p] as number;
      const program = [fl & PROLANIS_DM ? 'DM' : '', fl & PROLANIS_HT ? 'HT' : ''].filter((s) => s !== '').join('+');
      const diukur = (fl & DIUKUR) !== 0;
      return { jenis: k, dihitungSebagai: 'prolanis_berkunjung', noKartu, file, baris, tanggal: diukur ? (this.tanggalBaris.get(baris) ?? '') : kontakHari(p), rincian: PESAN_LAPORAN.sampel.rincianKunjungan(program, diukur) };
    }
    const uk = this.o.prolanis.ukur;
    const u = this.penentu(ref);
    const rincian = PESAN_LAPORAN.sampel.rincianUkur(uk.program[u] === PROGRAM_DM, angkaUkur(uk.a[u] as number), angkaUkur(uk.b[u] as number));
    return { jenis: k, dihitungSebagai: 'prolanis_terkendali', noKartu, file, baris, tanggal: tglUkur(uk.tanggal[u] as number), rincian };
  }
}

const tglUkur = (t: number): string => (t === TANPA_TANGGAL ? '' : formatDate(t));

/** One facility's sample of one kind, as drawn. */
export interface SampelFasilitas {
  kodePpk: string;
  namaFktp: string;
  /** Anomaly signals of the facility in the month (their names): over-sampled by faktorSinyal. */
  sinyal: string[];
  per: Record<JenisSampel, { populasi: number; ukuran: number; unit: UnitSampel[] }>;
}

/** The worksheet's rows, in kode_ppk, kind (kontak, rujukan, prolanis), file and line order. */
export function barisSampel(s: readonly SampelFasilitas[], bulan: MonthIndex, benih: string, bahasa: Bahasa): string[][] {
  const out: string[][] = [];
  const urut = [...s].sort((a, b) => (a.kodePpk < b.kodePpk ? -1 : a.kodePpk > b.kodePpk ? 1 : 0));
  for (const f of urut)
    for (const k of JENIS_SAMPEL)
      for (const u of f.per[k].unit) out.push([formatMonth(bulan), benih, f.kodePpk, u.jenis, u.noKartu, u.file, String(u.baris), u.tanggal, u.dihitungSebagai, dalam(u.rincian, bahasa), '', '']);
  return out;
}

/**
 * sampel-M.csv's content: csvText's bytes, or with `excel` csvExcel's, no_kartu and benih
 * written ="…" (a seed of 16 digits would lose its last ones as an Excel number).
 */
export const csvSampel = (rows: readonly string[][], excel: boolean): (() => Iterable<string | Uint8Array>) => csvBaris(KOLOM_SAMPEL, () => [rows as string[][]], excel, ['no_kartu', 'benih']);

/**
 * sampel-M.xlsx: one sheet "Sampel", the header the CSV's column names (the contract
 * --verifikasi reads back), every cell text but `baris` (a number: lines stay below 2^31)
 * — benih and no_kartu as text so Excel keeps every digit — and `sah` offered as a list
 * (ya, tidak). Its dates are fixed to the month, so the same sample gives the same bytes.
 */
export async function xlsxSampel(rows: readonly string[][], bulan: MonthIndex, bahasa: Bahasa): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'kbk';
  const tetap = new Date(Date.UTC(2000, 0, 1));
  wb.created = tetap;
  wb.modified = tetap;
  const ws: ExcelJS.Worksheet = wb.addWorksheet('Sampel', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...KOLOM_SAMPEL]).font = { bold: true };
  const iBaris = KOLOM_SAMPEL.indexOf('baris');
  for (const r of rows) ws.addRow(r.map((v, i) => (i === iBaris ? Number(v) : v)));
  const lebar = KOLOM_SAMPEL.map((k, i) => Math.min(60, Math.max(10, k.length + 2, ...rows.map((r) => (r[i] as string).length + 2))));
  lebar.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: KOLOM_SAMPEL.length } };
  const sah = KOLOM_SAMPEL.indexOf('sah') + 1;
  const huruf = ws.getColumn(sah).letter;
  if (rows.length > 0)
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${huruf}2:${huruf}${rows.length + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: ['"ya,tidak"'],
      showErrorMessage: true,
      errorTitle: 'sah',
      error: dalam(PESAN_LAPORAN.sampel.sahPilihan, bahasa),
    });
  ws.headerFooter = { ...ws.headerFooter, oddHeader: `&L&B${dalam(PESAN_LAPORAN.sampel.judul(formatMonth(bulan)), bahasa).replace(/&/g, '&&')}` };
  return waktuZipTetap(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/**
 * A zip (an .xlsx) with every entry's modification time set to 1980-01-01 00:00, the
 * earliest a zip can say: exceljs's zip library stamps each entry with the time of writing,
 * and the same sample must give the same bytes. Walks the central directory (found from the
 * end record) and each entry's local header; anything else stays as written. A file that is
 * not such a zip is a bug in kbk, not data: it throws.
 */
export function waktuZipTetap(zip: Uint8Array): Uint8Array {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let akhir = -1;
  for (let i = zip.length - 22; i >= 0 && akhir < 0; i--) if (v.getUint32(i, true) === 0x06054b50) akhir = i;
  if (akhir < 0) throw new Error('xlsx: no zip end record');
  const jumlah = v.getUint16(akhir + 10, true);
  let p = v.getUint32(akhir + 16, true);
  const WAKTU = 0;
  const TANGGAL = (0 << 9) | (1 << 5) | 1; // 1980 + 0, January, 1st
  for (let k = 0; k < jumlah; k++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error('xlsx: bad zip central directory');
    v.setUint16(p + 12, WAKTU, true);
    v.setUint16(p + 14, TANGGAL, true);
    const lokal = v.getUint32(p + 42, true);
    if (v.getUint32(lokal, true) !== 0x04034b50) throw new Error('xlsx: bad zip local header');
    v.setUint16(lokal + 10, WAKTU, true);
    v.setUint16(lokal + 12, TANGGAL, true);
    p += 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return zip;
}

/** The terminal table: per facility, population and sample size per kind, and its signals. */
export function tabelSampel(s: readonly SampelFasilitas[], faktorSinyal: string, c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const L = PESAN_LAPORAN.sampel;
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: dalam(PESAN_LAPORAN.judul.nama, bahasa), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: 1 },
    ...JENIS_SAMPEL.map((k): Kolom => ({ judul: dalam(L.kolomJenis(k), bahasa), kanan: true })),
    { judul: dalam(L.kolomSinyal(faktorSinyal), bahasa) },
  ];
  const a = (n: number): string => angka(n, bahasa);
  const rows = s.map((f) => [f.kodePpk, f.namaFktp, ...JENIS_SAMPEL.map((k) => `${a(f.per[k].ukuran)}/${a(f.per[k].populasi)}`), f.sinyal.join(', ')]);
  return tabel(kolom, rows, c, lebar).teks + '\n';
}

/** --json: per facility, each kind's population and sample size, and its signals. */
export const ringkasanJsonSampel = (s: readonly SampelFasilitas[]): Record<string, unknown>[] =>
  s.map((f) => ({ kode_ppk: f.kodePpk, sinyal: f.sinyal, ...Object.fromEntries(JENIS_SAMPEL.map((k) => [k, { populasi: f.per[k].populasi, sampel: f.per[k].ukuran }])) }));
