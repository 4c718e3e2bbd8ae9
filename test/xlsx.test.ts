// The analyst's workbook (src/report/xlsx.ts) read back by two programs that are not the
// one that wrote it, read-excel-file and LibreOffice, and compared value by value with
// the hand-checked CSV reports; and the CSV for Indonesian Excel (src/report/csv-excel.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { compute, pay, type HasilJob, type OpsiJob } from '../src/app/jobs.js';
import { parseMonth } from '../src/core/month.js';
import { barisCapaian, barisKapitasi, kolomCapaian, kolomKapitasi } from '../src/report/columns.js';
import { csvExcel, csvExcelPotongan } from '../src/report/csv-excel.js';
import { barisRekap, KOLOM_REKAP } from '../src/report/rekap.js';
import { bukuKerja } from '../src/report/xlsx.js';
import { findRuleSet, findTariffSet } from '../src/rules/index.js';
import { daftarNilaiAturan, daftarNilaiTarif } from '../src/rules/provenance.js';
import type { RuleSet, TariffSet } from '../src/rules/schema.js';
import { dataDir, FIXTURES, tmp } from './helpers.js';

const EXPECTED = join(FIXTURES, 'demo', 'expected');
const LAPORAN: [sheet: string, csv: string][] = [
  ['Capaian 2024-04', 'capaian-2024-04.csv'],
  ['Capaian 2024-05', 'capaian-2024-05.csv'],
  ['Capaian 2024-06', 'capaian-2024-06.csv'],
  ['Kapitasi 2024-07', 'kapitasi-2024-07.csv'],
];
const SHEETS = ['Capaian 2024-04', 'Capaian 2024-05', 'Capaian 2024-06', 'Kapitasi 2024-07', 'Rekap', 'Anomali', 'Tolak', 'Aturan', 'Kolom'];

// What each report column is, said here independently of src/report/xlsx.ts.
const TEKS = new Set(['kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan_penilaian', 'catatan', 'laporan', 'ukuran', 'file', 'kode', 'alasan', 'isi']);
const BULAN = new Set(['bulan', 'bulan_bayar']);
/** 0/1 in the CSV, ya/tidak in the (Indonesian) workbook. */
const BENDERA = new Set(['kbk_berlaku', 'lantai_diterapkan']);

const opsi = (data: string): OpsiJob => ({ dataDir: data, outDir: tmp(), strict: false, maxRejectRate: 0.01, dialek: {}, log: () => {} });
const bacaCsv = (file: string): string[][] => parse(readFileSync(join(EXPECTED, file), 'utf8'));
const tabel = (kolom: readonly string[], rows: Record<string, string>[]): string[][] => [[...kolom], ...rows.map((r) => kolom.map((k) => r[k] ?? ''))];

/** A cell as read-excel-file gives it, against the CSV report's text: typed, and the same value. */
function samaDenganCsv(nilai: unknown, kolom: string, csv: string, where: string): void {
  if (csv === '') return void expect(nilai, where).toBeNull();
  if (TEKS.has(kolom)) return void expect(nilai, where).toBe(csv);
  if (BENDERA.has(kolom)) return void expect(nilai, where).toBe(({ '1': 'yes', '0': 'no' } as Record<string, string>)[csv]); // the workbook is built in English (beforeAll)
  if (BULAN.has(kolom)) return void expect(nilai, where).toEqual(new Date(`${csv}-01T00:00:00Z`));
  expect(typeof nilai, where).toBe('number');
  if (kolom === 'persen_kapitasi') return void expect(nilai as number, where).toBeCloseTo(Number(csv) / 100, 12);
  expect(nilai, where).toBe(Number(csv));
}

function samaSemua(data: unknown[][], expected: string[][], sheet: string): void {
  const [head, ...rows] = expected as [string[], ...string[][]];
  expect(data[0], sheet).toEqual(head);
  expect(data.length, sheet).toBe(expected.length);
  rows.forEach((r, i) => r.forEach((csv, j) => samaDenganCsv(data[i + 1]?.[j] ?? null, head[j] as string, csv, `${sheet}!R${i + 2}C${j + 1} ${head[j]}`)));
}

let demo: HasilJob;
let buku: Uint8Array;
let sheets: { sheet: string; data: unknown[][] }[];

beforeAll(async () => {
  demo = await pay(opsi(join(FIXTURES, 'demo')), parseMonth('2024-07') as number, true);
  buku = await bukuKerja(demo, { bahasa: 'en' }); // the Tolak sheet's alasan as fixtures/demo/expected writes it
  sheets = await readXlsxFile(Buffer.from(buku), { trim: false });
});

const lembar = (nama: string): unknown[][] => (sheets.find((s) => s.sheet === nama) as { data: unknown[][] }).data;
/**
 * A sheet as the CSV reports name its columns: its headings (people's words) replaced by
 * the CSV names the Kolom sheet gives for them, its TOTAL row (test/buku-kerja.test.ts
 * checks it) left off.
 */
function sheet(nama: string): unknown[][] {
  const [head, ...rows] = lembar(nama);
  const kolom = lembar('Kolom').filter((r) => r[0] === nama);
  expect(kolom.map((r) => r[1]), nama).toEqual(head);
  const akhir = rows[rows.length - 1];
  return [kolom.map((r) => r[2]), ...(akhir?.[0] === 'TOTAL' ? rows.slice(0, -1) : rows)];
}

describe('bukuKerja read back by read-excel-file', () => {
  it('has the sheets in order', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(SHEETS);
  });

  it.each(LAPORAN)('%s holds exactly %s, numbers as numbers, months as dates, codes as text', (nama, csv) => {
    samaSemua(sheet(nama), bacaCsv(csv), nama);
  });

  it('Kapitasi 2024-07: K001 in real types (kapitasi-2024-07.csv)', () => {
    const data = sheet('Kapitasi 2024-07');
    const k001 = data.find((r) => r[1] === 'K001') as unknown[];
    const kolom = data[0] as string[];
    const v = (k: string): unknown => k001[kolom.indexOf(k)];
    expect([v('bulan_bayar'), v('persen_kapitasi'), v('tarif_setelah_kbk'), v('kapitasi_dibayar'), v('potongan'), v('bulan_penilaian')]).toEqual([
      new Date(Date.UTC(2024, 6, 1)), 0.97, 11688.5, 58_454_189, 1_807_861, '2024-04..2024-06',
    ]);
  });

  it('Rekap holds rekap-2024-07.csv as a cross-tab: one row a month and type, every count in its column', () => {
    const data = sheet('Rekap');
    const kolom = data[0] as string[];
    const [, ...rekap] = bacaCsv('rekap-2024-07.csv');
    expect(rekap).toEqual(tabel(KOLOM_REKAP, barisRekap(demo)).slice(1));
    for (const [bulan, laporan, jenis, ukuran, nilai, jumlah] of rekap as string[][]) {
      const where = `${bulan} ${laporan} ${jenis} ${ukuran} ${nilai}`;
      const baris = data.slice(1).filter((r) => (r[0] as Date).getTime() === Date.UTC(Number(bulan?.slice(0, 4)), Number(bulan?.slice(5)) - 1, 1) && r[1] === laporan && r[3] === jenis);
      expect(baris, where).toHaveLength(1);
      const k = ukuran === 'persen_kapitasi' || ukuran?.startsWith('rating_') ? `${ukuran}=${nilai}` : (ukuran as string);
      if (ukuran === 'insentif' && !kolom.includes(k)) expect(jumlah, where).toBe('0');
      else expect(baris[0]?.[kolom.indexOf(k)], where).toBe(Number(jumlah));
    }
    // The header, then 3 assessment months and the payment month, each 5 types + semua.
    expect(data).toHaveLength(1 + 24);
  });

  it('Tolak holds the rejects of tolak-2024-06.csv, line numbers as numbers', () => {
    samaSemua(sheet('Tolak'), bacaCsv('tolak-2024-06.csv'), 'Tolak');
  });

  it('Tolak stops at batasTolak and says how many rows are left in the CSV', async () => {
    const tolak = (await readXlsxFile(Buffer.from(await bukuKerja(demo, { batasTolak: 1, bahasa: 'en' })), { trim: false })).find((s) => s.sheet === 'Tolak');
    const csv = bacaCsv('tolak-2024-06.csv');
    expect(tolak?.data).toEqual([['File', 'Line', 'Code', 'Reason', 'Row as found'], ['2024-06/kontak.csv', 5139, 'di_luar_bulan', csv[1]?.[3], csv[1]?.[4]], ['3 more row(s) in tolak-2024-04.csv, tolak-2024-05.csv, tolak-2024-06.csv, tolak-2024-07.csv', null, null, null, null]]);
  });

  it('Aturan lists every rule and tariff value used, with status and source', () => {
    const kbk2019 = findRuleSet('kbk-2019') as RuleSet;
    const tarif = findTariffSet('permenkes-3-2023') as TariffSet;
    const data = sheet('Aturan');
    expect(data).toEqual([
      ['set', 'path', 'nilai', 'status', 'sumber'],
      ...daftarNilaiAturan(kbk2019).map((v) => ['kbk-2019', v.path, v.nilai, v.status, v.sumber]),
      ...daftarNilaiTarif(tarif).map((v) => ['permenkes-3-2023', v.path, v.nilai, v.status, v.sumber]),
    ]);
    expect(data).toContainEqual(['kbk-2019', 'ak.bobot', '0.4', 'provisional', expect.stringContaining('Peraturan BPJS Kesehatan No. 7 Tahun 2019')]);
    expect(data).toContainEqual(['permenkes-3-2023', 'tarif.puskesmas', 'Rp3600–9000', 'verified', expect.stringContaining('Permenkes No. 3 Tahun 2023')]);
  });

  it('keeps a code and a name that look like numbers as text; compute has no Kapitasi sheet', async () => {
    const kartu = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
    const dir = dataDir({
      'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi,kab_kota\n0112,007,puskesmas,6000,3201\n',
      '2024-06/peserta.csv': 'no_kartu,kode_ppk\n' + Array.from({ length: 10 }, (_, i) => `${kartu(i + 1)},0112\n`).join(''),
      '2024-06/kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${kartu(1)},0112,2024-06-03\n${kartu(2)},0112,2024-06-04\n`,
      '2024-06/rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,${kartu(1)},0112,2024-06-03,J06.9,1\n`,
      '2024-06/prolanis.csv': `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${kartu(7)},0112,DM,1,2024-06-10,100,,\n`,
    });
    const h = await compute(opsi(dir), parseMonth('2024-06') as number);
    const dibaca = await readXlsxFile(Buffer.from(await bukuKerja(h)), { trim: false });
    expect(dibaca.map((s) => s.sheet)).toEqual(['Capaian 2024-06', 'Rekap', 'Anomali', 'Tolak', 'Aturan', 'Kolom']);
    const [head, row] = dibaca[0]?.data as [string[], unknown[]];
    expect([row[head.indexOf('Kode PPK')], row[head.indexOf('NAMA FKTP')], row[head.indexOf('PESERTA TERDAFTAR')], row[head.indexOf('JUMLAH KONTAK')]]).toEqual(['0112', '007', 10, 2]);
  });
});

describe('bukuKerja as Excel shows it (styles read with exceljs)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(buku) as unknown as ExcelJS.Buffer);
  });
  const argb = (c: ExcelJS.Cell): string | undefined => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

  it('freezes the header row and filters every table', () => {
    const ref: Record<string, string> = {
      'Capaian 2024-04': 'A1:AC11', 'Kapitasi 2024-07': 'A1:X11', Tolak: 'A1:E5', Aturan: `A1:E${1 + 77 + 5 + 6 + 6 + 2}`, // kbk-2019: 65 values, 9 of klinis.wajar, 3 of issue 18, 6 of a wrong-month file and volume falls, 5 of the verification sample (issue 20); permenkes-3-2023: 6 + its review and SDM maximum
    };
    for (const [nama, r] of Object.entries(ref)) {
      const ws = wb.getWorksheet(nama) as ExcelJS.Worksheet;
      expect(ws.views[0], nama).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, nama).toBe(r);
    }
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
  });

  it('formats months, percentages and Rupiah; sizes columns to their text', () => {
    const ws = wb.getWorksheet('Kapitasi 2024-07') as ExcelJS.Worksheet;
    const k001 = ws.getRow(4); // D001, G001, K001
    expect(k001.getCell(2).value).toBe('K001');
    const fmt = (col: number): string => k001.getCell(col).numFmt;
    // bulan_bayar, persen_kapitasi, tarif_dasar, tarif_setelah_kbk, kapitasi_penuh, potongan
    expect([fmt(1), fmt(14), fmt(16), fmt(17), fmt(21), fmt(23)]).toEqual(['mm/yyyy', '0%', '"Rp "#,##0', '"Rp "#,##0.00', '"Rp "#,##0', '"Rp "#,##0']);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('kode_ppk'.length);
    expect(ws.getColumn(24).width).toBe(60); // catatan: capped
    const capaian = wb.getWorksheet('Capaian 2024-04') as ExcelJS.Worksheet;
    expect(capaian.getRow(2).getCell(8).numFmt).toBe('0.00'); // angka_kontak
  });

  it('fills ratings from red (worst band) to green (best band)', () => {
    const ws = wb.getWorksheet('Capaian 2024-04') as ExcelJS.Worksheet;
    // capaian-2024-04.csv: P001 (row 7) 4/4/4, P002 (row 8) 1/1/4; rating_ak is column 20.
    expect([ws.getRow(7).getCell(2).value, ws.getRow(8).getCell(2).value]).toEqual(['P001', 'P002']);
    expect(argb(ws.getRow(7).getCell(20))).toBe('FFC6EFCE');
    expect(argb(ws.getRow(8).getCell(20))).toBe('FFFFC7CE');
    // P003's 3 and P004's 2 lie between, and differ.
    const tengah = [argb(ws.getRow(9).getCell(20)), argb(ws.getRow(10).getCell(20))];
    expect(new Set([...tengah, 'FFC6EFCE', 'FFFFC7CE']).size).toBe(4);
  });

  it('under perber-2017 rating 1 (zona aman) is green and 0 red', async () => {
    const h = await pay(opsi(join(FIXTURES, 'perber-2018')), parseMonth('2018-04') as number, true);
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(Buffer.from(await bukuKerja(h)) as unknown as ExcelJS.Buffer);
    const ws = w.getWorksheet('Capaian 2018-03') as ExcelJS.Worksheet;
    // capaian-2018-03.csv: PB01 1/0/1 in rating_ak, rating_rrns (columns 16, 17).
    expect([ws.getRow(2).getCell(2).value, ws.getRow(2).getCell(16).value, ws.getRow(2).getCell(17).value]).toEqual(['PB01', 1, 0]);
    expect([argb(ws.getRow(2).getCell(16)), argb(ws.getRow(2).getCell(17))]).toEqual(['FFC6EFCE', 'FFFFC7CE']);
    // 92.5 % shows its decimal.
    const kap = w.getWorksheet('Kapitasi 2018-04') as ExcelJS.Worksheet;
    expect([kap.getRow(3).getCell(14).value, kap.getRow(3).getCell(14).numFmt]).toEqual([0.925, '0.0#%']);
  });
});

const ADA_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe('bukuKerja opened by LibreOffice', () => {
  it.skipIf(!ADA_SOFFICE)('converts without complaint, every number equal to the CSV reports, stored as a number', () => {
    const dir = tmp('kbk-lo-');
    const file = join(dir, 'buku.xlsx');
    writeFileSync(file, buku);
    // Every sheet to CSV: values as stored (not as shown), dates in en-US, text cells quoted
    // (so a number stored as text shows); a profile of its own so runs do not collide.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1';
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', filter, '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    type Sel = { v: string; teks: boolean };
    const lo = (nama: string): Sel[][] =>
      parse(readFileSync(join(dir, `buku-${nama}.csv`), 'utf8'), { cast: (v: string, ctx: { quoting: boolean }): Sel => ({ v, teks: ctx.quoting }) }) as unknown as Sel[][];
    const sel = (v: string, teks = false): Sel => ({ v, teks });
    for (const [nama, csv] of [...LAPORAN, ['Tolak', 'tolak-2024-06.csv']] as const) {
      const expected = bacaCsv(csv);
      const got = lo(nama);
      const head = expected[0] as string[];
      const judul = lembar(nama)[0] as string[];
      // Capaian and Kapitasi end in their TOTAL row (test/buku-kerja.test.ts).
      expect(got.length, nama).toBe(expected.length + (nama === 'Tolak' ? 0 : 1));
      expected.forEach((row, i) =>
        row.forEach((v, j) => {
          const k = head[j] as string;
          const g = got[i]?.[j];
          const where = `${nama}!R${i + 1}C${j + 1} ${k}`;
          if (i === 0) expect(g, where).toEqual(sel(judul[j] as string, true));
          else if (TEKS.has(k)) expect(g, where).toEqual(sel(v, v !== ''));
          else if (BENDERA.has(k)) expect(g, where).toEqual(sel(v === '1' ? 'yes' : 'no', true));
          else if (v === '') expect(g, where).toEqual(sel(''));
          else if (BULAN.has(k)) expect(g, where).toEqual(sel(`${v.slice(5)}/01/${v.slice(0, 4)}`));
          else if (k === 'persen_kapitasi') expect(g, where).toEqual(sel(`${v}%`));
          else expect([g?.teks, Number(g?.v)], where).toEqual([false, Number(v)]);
        }),
      );
    }
    const rekap = lo('Rekap');
    const kolom = lembar('Rekap')[0] as string[];
    const semua = rekap.find((r) => r[0]?.v === '07/01/2024' && r[3]?.v === 'semua') as Sel[];
    expect(semua[kolom.indexOf('Capitation paid')]).toEqual(sel('237244189')); // the workbook is built in English (beforeAll)
    expect(rekap.length).toBe(1 + 24);
  });
});

describe('csvExcel: a CSV Indonesian Excel opens with a double click', () => {
  const KOLOM = ['kode_ppk', 'nama_fktp', 'angka_kontak', 'potongan', 'total_nilai', 'catatan', 'bulan'];
  const ROWS = [
    { kode_ppk: '0112', nama_fktp: 'Klinik "Sehat"; Jaya', angka_kontak: '150.25', potongan: '-3000000', total_nilai: '2.4', catatan: 'rata 2.5; lantai', bulan: '2024-07' },
    { kode_ppk: 'P001', nama_fktp: '1.5', angka_kontak: '', potongan: '1807861', total_nilai: '1e5', catatan: '', bulan: '2024-06' },
  ];

  it('writes a BOM, semicolons, CRLF, decimal commas in numbers only, and a code with a leading zero as ="0112"', () => {
    expect(Buffer.from(csvExcel(KOLOM, ROWS), 'utf8')).toEqual(Buffer.from(
      '\ufeffkode_ppk;nama_fktp;angka_kontak;potongan;total_nilai;catatan;bulan\r\n' +
        '"=""0112""";"Klinik ""Sehat""; Jaya";150,25;-3000000;2,4;"rata 2.5; lantai";2024-07\r\n' +
        'P001;1.5;;1807861;1e5;;2024-06\r\n',
      'utf8',
    ));
    expect(Buffer.from(csvExcel(KOLOM, ROWS), 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('in chunks gives the same bytes', () => {
    const banyak = Array.from({ length: 2500 }, (_, i) => ({ ...ROWS[0], kode_ppk: String(i) }));
    expect([...csvExcelPotongan(KOLOM, banyak)()].join('')).toBe(csvExcel(KOLOM, banyak));
    expect([...csvExcelPotongan(KOLOM, [])()].join('')).toBe('\ufeffkode_ppk;nama_fktp;angka_kontak;potongan;total_nilai;catatan;bulan\r\n');
  });

  it('the demo reports (kapitasi-2024-07.csv, capaian-2024-04.csv)', () => {
    const k = demo.kapitasi as NonNullable<HasilJob['kapitasi']>;
    const lines = csvExcel(kolomKapitasi(k.rules), k.rows.map((r) => barisKapitasi(r, k.rules))).split('\r\n');
    expect(lines).toHaveLength(12); // header, 10 facilities, the empty end
    expect(lines[0]).toBe('\ufeffbulan_bayar;kode_ppk;nama_fktp;jenis_fktp;aturan;aturan_tarif;bulan_penilaian;jumlah_bulan_dinilai;rata_angka_kontak;rata_rrns;rata_rppt;total_nilai;kbk_berlaku;persen_kapitasi;peserta_terdaftar;tarif_dasar;tarif_setelah_kbk;tarif_minimal;tarif_dibayar;lantai_diterapkan;kapitasi_penuh;kapitasi_dibayar;potongan;catatan');
    expect(lines[1]).toBe('2024-07;D001;dr. Andi Wijaya;praktik_dokter;kbk-2019;permenkes-3-2023;2024-04..2024-06;3;147,00;2,50;4,00;3;0;100;1000;10000;10000;8300;10000;0;10000000;10000000;0;"praktik_dokter: dilaporkan saja, tanpa penyesuaian kapitasi; tidak layak: peserta 1000 (< 5000)"');
    expect(lines[3]).toBe('2024-07;K001;Klinik Pratama Sehat;klinik_pratama;kbk-2019;permenkes-3-2023;2024-04..2024-06;3;150,00;3,00;5,00;3;1;97;5001;12050;11688,5;9000;11688,5;0;60262050;58454189;1807861;');
    expect(lines[11]).toBe('');
    const c = demo.capaian[0] as HasilJob['capaian'][number];
    const capaian = csvExcel(kolomCapaian(c.rules), c.rows.map((r) => barisCapaian(r, c.rules))).split('\r\n');
    expect(capaian[3]).toBe('2024-04;K001;Klinik Pratama Sehat;klinik_pratama;kbk-2019;5000;750;150,00;100;3;0;3,00;50;2;50;3;4,00;6,00;5,00;4;2;4;1,6;1;0,4;3;1;97;');
  });
});
