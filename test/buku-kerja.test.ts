// The workbook as an analyst's report (issue 19 item 4): headings in the run's language
// with their CSV names in the Kolom sheet, TOTAL rows equal to the CSV reports' sums (read
// by read-excel-file, which does not calculate: the saved results), ya/tidak, the recap as
// a cross-tab, and the print setup (read with exceljs; printed to PDF by LibreOffice where
// it is installed).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { pay, type HasilJob, type OpsiJob } from '../src/app/jobs.js';
import { parseMonth } from '../src/core/month.js';
import { bukuKerja } from '../src/report/xlsx.js';
import { FIXTURES, kbk, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const EXPECTED = join(DEMO, 'expected');
const SHEETS = ['Capaian 2024-04', 'Capaian 2024-05', 'Capaian 2024-06', 'Kapitasi 2024-07', 'Rekap', 'Anomali', 'Tolak', 'Aturan', 'Kolom'];

const opsi = (data: string): OpsiJob => ({ dataDir: data, outDir: tmp(), strict: false, maxRejectRate: 0.01, dialek: {}, log: () => {} });
const csv = (file: string): Record<string, string>[] => parse(readFileSync(join(EXPECTED, file), 'utf8'), { columns: true });
/** A column's sum in a CSV report, in whole numbers (the counts and Rupiah are). */
const jumlahCsv = (rows: Record<string, string>[], kolom: string): number => Number(rows.reduce((s, r) => s + BigInt(r[kolom] as string), 0n));

type Lembar = { sheet: string; data: unknown[][] };
let demo: HasilJob;
let id: Lembar[];
let en: Lembar[];
let bukuId: Uint8Array;

beforeAll(async () => {
  demo = await pay(opsi(DEMO), parseMonth('2024-07') as number, true);
  bukuId = await bukuKerja(demo);
  id = (await readXlsxFile(Buffer.from(bukuId), { trim: false })) as unknown as Lembar[];
  en = (await readXlsxFile(Buffer.from(await bukuKerja(demo, { bahasa: 'en' })), { trim: false })) as unknown as Lembar[];
});

const lembar = (dari: Lembar[], nama: string): unknown[][] => (dari.find((s) => s.sheet === nama) as Lembar).data;
/** The CSV column name of each heading of a sheet, from the Kolom sheet. */
const namaKolom = (dari: Lembar[], nama: string): string[] => lembar(dari, 'Kolom').filter((r) => r[0] === nama).map((r) => r[2] as string);

describe('headings in the run\'s language, the CSV names in the Kolom sheet', () => {
  it('Indonesian by default, in the branch workbook\'s words', () => {
    const head = lembar(id, 'Capaian 2024-06')[0];
    expect(head?.slice(0, 8)).toEqual(['Bulan Pelayanan', 'Kode PPK', 'NAMA FKTP', 'TIPE FKTP', 'Aturan KBK', 'PESERTA TERDAFTAR', 'JUMLAH KONTAK', 'Angka Kontak (‰)']);
    expect(head).toContain('Rating AK');
    expect(lembar(id, 'Kapitasi 2024-07')[0]).toContain('Kapitasi Dibayar');
    expect(lembar(id, 'Kolom')[0]).toEqual(['Lembar', 'Judul', 'Kolom CSV']);
  });

  it('English with bahasa en', () => {
    expect(lembar(en, 'Capaian 2024-06')[0]?.slice(0, 8)).toEqual(['Service month', 'PPK code', 'FACILITY NAME', 'FACILITY TYPE', 'KBK rules', 'REGISTERED PARTICIPANTS', 'PARTICIPANTS WITH A CONTACT', 'Contact rate (‰)']);
    expect(lembar(en, 'Kolom')[0]).toEqual(['Sheet', 'Heading', 'CSV column']);
  });

  it('the Kolom sheet names every column of every report sheet as its CSV does', () => {
    expect(id.map((s) => s.sheet)).toEqual(SHEETS);
    for (const [nama, file] of [['Capaian 2024-04', 'capaian-2024-04.csv'], ['Kapitasi 2024-07', 'kapitasi-2024-07.csv'], ['Tolak', 'tolak-2024-06.csv'], ['Anomali', 'anomali-2024-06.csv']]) {
      const kepala = readFileSync(join(EXPECTED, file as string), 'utf8').split('\n')[0]?.split(',');
      expect(namaKolom(id, nama as string), nama).toEqual(nama === 'Anomali' ? ['bulan', ...(kepala ?? [])] : kepala);
      expect(namaKolom(en, nama as string), nama).toEqual(namaKolom(id, nama as string));
    }
  });

  it('through the CLI the workbook follows --lang', async () => {
    for (const [lang, kata] of [['id', 'JUMLAH KONTAK'], ['en', 'PARTICIPANTS WITH A CONTACT']]) {
      const out = tmp();
      const r = await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', out, '--xlsx', '--lang', lang as string]);
      expect(r.code, r.err).toBe(0);
      const s = (await readXlsxFile(readFileSync(join(out, 'kbk-2024-06.xlsx')), { trim: false })) as unknown as Lembar[];
      expect(lembar(s, 'Capaian 2024-06')[0], lang).toContain(kata);
    }
  });
});

describe('TOTAL rows equal the CSV reports\' sums, saved so a reader that does not calculate sees them', () => {
  it('Kapitasi 2024-07: participants, kapitasi penuh, dibayar, potongan', () => {
    const rows = csv('kapitasi-2024-07.csv');
    const data = lembar(id, 'Kapitasi 2024-07');
    const kolom = namaKolom(id, 'Kapitasi 2024-07');
    expect(data).toHaveLength(1 + rows.length + 1);
    const total = data[data.length - 1] as unknown[];
    expect(total[0]).toBe('TOTAL');
    const got = Object.fromEntries(['peserta_terdaftar', 'kapitasi_penuh', 'kapitasi_dibayar', 'potongan'].map((k) => [k, total[kolom.indexOf(k)]]));
    expect(got).toEqual(Object.fromEntries(['peserta_terdaftar', 'kapitasi_penuh', 'kapitasi_dibayar', 'potongan'].map((k) => [k, jumlahCsv(rows, k)])));
    // The demo's own figures (fixtures/demo/expected/rekap-2024-07.csv, semua): Rp 237.244.189 paid.
    expect(got.kapitasi_dibayar).toBe(237_244_189);
    expect(got.kapitasi_penuh).toBe((got.kapitasi_dibayar as number) + (got.potongan as number));
    // Rates, tariffs and months are not summed.
    for (const k of ['total_nilai', 'persen_kapitasi', 'tarif_dasar', 'tarif_dibayar', 'jumlah_bulan_dinilai', 'kbk_berlaku']) expect(total[kolom.indexOf(k)], k).toBeNull();
  });

  it.each(['2024-04', '2024-05', '2024-06'])('Capaian %s: every count column', (bulan) => {
    const rows = csv(`capaian-${bulan}.csv`);
    const data = lembar(id, `Capaian ${bulan}`);
    const kolom = namaKolom(id, `Capaian ${bulan}`);
    const total = data[data.length - 1] as unknown[];
    expect(data).toHaveLength(1 + rows.length + 1);
    expect(total[0]).toBe('TOTAL');
    for (const k of ['peserta_terdaftar', 'peserta_kontak', 'rujukan_total', 'rujukan_non_spesialistik', 'dm_terdaftar', 'dm_terkendali', 'ht_terdaftar', 'ht_terkendali'])
      expect(total[kolom.indexOf(k)], k).toBe(jumlahCsv(rows, k));
    for (const k of ['angka_kontak', 'rrns', 'rating_ak', 'total_nilai', 'persen_kapitasi']) expect(total[kolom.indexOf(k)], k).toBeNull();
  });

  it('as SUM formulas over the rows above, with their results stored (exceljs)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bukuId) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Kapitasi 2024-07') as ExcelJS.Worksheet;
    const kolom = namaKolom(id, 'Kapitasi 2024-07');
    const sel = ws.getRow(12).getCell(kolom.indexOf('kapitasi_dibayar') + 1);
    expect(sel.value).toEqual({ formula: 'SUM(V2:V11)', result: 237_244_189 });
    expect(sel.numFmt).toBe('"Rp "#,##0');
    // The filter covers the facilities only: sorting leaves the TOTAL row under them.
    expect(ws.autoFilter).toBe('A1:X11');
  });

  it('sheets whose rows are not summable have no TOTAL row', () => {
    for (const nama of ['Rekap', 'Anomali', 'Tolak', 'Aturan', 'Kolom']) expect(lembar(id, nama).some((r) => r[0] === 'TOTAL'), nama).toBe(false);
  });
});

describe('flags in words, the recap as a cross-tab', () => {
  it('kbk_berlaku and lantai_diterapkan are ya/tidak (yes/no in English), as the CSV\'s 1/0', () => {
    const rows = csv('kapitasi-2024-07.csv');
    for (const [dari, ya, tidak] of [[id, 'ya', 'tidak'], [en, 'yes', 'no']] as const) {
      const data = lembar(dari, 'Kapitasi 2024-07');
      const kolom = namaKolom(dari, 'Kapitasi 2024-07');
      rows.forEach((r, i) => {
        for (const k of ['kbk_berlaku', 'lantai_diterapkan']) expect(data[i + 1]?.[kolom.indexOf(k)], `${r.kode_ppk} ${k}`).toBe(r[k] === '1' ? ya : tidak);
      });
    }
    // The demo: K001 adjusted, D001 (praktik_dokter) not.
    const data = lembar(id, 'Kapitasi 2024-07');
    const kolom = namaKolom(id, 'Kapitasi 2024-07');
    const k = (kode: string): unknown => data.find((r) => r[1] === kode)?.[kolom.indexOf('kbk_berlaku')];
    expect([k('K001'), k('D001')]).toEqual(['ya', 'tidak']);
  });

  it('Rekap: one row per month and type, the ratings and payment bands across (rekap-2024-07.csv)', () => {
    const data = lembar(id, 'Rekap');
    const kolom = namaKolom(id, 'Rekap');
    // 3 assessment months and the payment month, each 5 types + semua; not the long table's rows.
    expect(data).toHaveLength(1 + 24);
    expect(csv('rekap-2024-07.csv').length).toBeGreaterThan(200);
    const baris = (bulan: number, laporan: string, jenis: string): unknown[] =>
      data.find((r) => r[0] instanceof Date && (r[0] as Date).getUTCMonth() === bulan - 1 && r[1] === laporan && r[3] === jenis) as unknown[];
    const semua = baris(7, 'kapitasi', 'semua');
    const v = (r: unknown[], k: string): unknown => r[kolom.indexOf(k)];
    // rekap-2024-07.csv: 2024-07,kapitasi,semua: kapitasi_dibayar 237244189.
    expect(v(semua, 'kapitasi_dibayar')).toBe(237_244_189);
    // 2024-06,capaian,puskesmas,rating_ak,4,3
    expect(v(baris(6, 'capaian', 'puskesmas'), 'rating_ak=4')).toBe(3);
    expect(lembar(id, 'Rekap')[0]?.[kolom.indexOf('rating_ak=4')]).toBe('AK rating 4');
  });
});

describe('print setup (read with exceljs)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bukuId) as unknown as ExcelJS.Buffer);
  });

  it('every sheet landscape, one page wide, its header row on every page, title and month above', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.headerFooter.oddFooter, ws.name).toContain('&P');
    }
    expect((wb.getWorksheet('Capaian 2024-06') as ExcelJS.Worksheet).headerFooter.oddHeader).toBe('&L&BCapaian KBK&B&RBulan 2024-06');
    expect((wb.getWorksheet('Kapitasi 2024-07') as ExcelJS.Worksheet).headerFooter.oddHeader).toBe('&L&BKapitasi KBK&B&RBulan 2024-07');
  });
});

const ADA_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const ADA_PDFTOTEXT = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
if (!ADA_SOFFICE) console.warn('test/buku-kerja.test.ts: LibreOffice (soffice) is not installed: the printed page counts are not checked');

describe('printed by LibreOffice', () => {
  it.skipIf(!ADA_SOFFICE)('to PDF on few landscape pages: each 10-row sheet on 1 page', () => {
    const dir = tmp('kbk-pdf-');
    const file = join(dir, 'buku.xlsx');
    writeFileSync(file, bukuId);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const pdf = readFileSync(join(dir, 'buku.pdf'));
    // Every page object: 71 portrait pages before the print setup.
    const halaman = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    expect(halaman).toBeGreaterThanOrEqual(SHEETS.length);
    expect(halaman).toBeLessThanOrEqual(16);
    if (!ADA_PDFTOTEXT) return void console.warn('test/buku-kerja.test.ts: pdftotext (poppler-utils) is not installed: pages per sheet not checked');
    // Pages per sheet, by each page's footer ("kbk · <sheet>").
    const perLembar = new Map<string, number>();
    for (let i = 1; i <= halaman; i++) {
      const t = spawnSync('pdftotext', ['-f', String(i), '-l', String(i), join(dir, 'buku.pdf'), '-'], { encoding: 'utf8' }).stdout;
      const nama = /kbk · (.+)/.exec(t)?.[1]?.trim() as string;
      perLembar.set(nama, (perLembar.get(nama) ?? 0) + 1);
    }
    for (const nama of ['Capaian 2024-04', 'Capaian 2024-05', 'Capaian 2024-06', 'Kapitasi 2024-07', 'Rekap', 'Anomali', 'Tolak']) expect(perLembar.get(nama), nama).toBe(1);
    expect(perLembar.get('Aturan')).toBeLessThanOrEqual(3);
    expect([...perLembar.keys()].sort()).toEqual([...SHEETS].sort());
  });
});
