// Issue 9: the branch's "Capaian KBK" workbook (or a CSV of it) as input. Its months must
// give the same capaian and kapitasi as the record-level exports it summarises (the hand-
// checked fixtures/demo reports), except what a summary cannot know (rujukan_tacc, the
// data-quality notes in catatan); damaged workbooks give exact messages.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bulanDariNama, tahunLembar } from '../src/ingest/ringkasan.js';
import { FIXTURES, kbk, tmp } from './helpers.js';

const DIR = join(FIXTURES, 'ringkasan-demo');
const XLSX = join(DIR, 'Capaian KBK (APR 24 - JUL 24).xlsx');
const baca = (path: string): Record<string, string>[] => parse(readFileSync(path, 'utf8'), { columns: true });
/** A report without the columns a summary cannot know. */
const tanpa = (rows: Record<string, string>[]) => rows.map(({ rujukan_tacc: _t, catatan: _c, ...rest }) => rest);

async function run(summary: string, ...more: string[]): Promise<{ code: number; err: string; out: string; dir: string }> {
  const dir = tmp();
  const r = await kbk(['run', '--data', DIR, '--summary', summary, '--month', '2024-07', '--out', dir, ...more]);
  return { ...r, dir };
}

/** The fixture workbook, changed by `ubah`, saved in a temporary folder. */
async function ubahBuku(ubah: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(XLSX);
  ubah(wb);
  const path = join(tmp(), 'Capaian KBK.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('issue 9: a summary workbook gives the record-level reports', () => {
  it.each([
    ['the workbook (sheets "April 24", "Mei", "Juni 24", "Juli 24")', XLSX],
    ['its CSV, Bulan Kapitasi on every row', join(DIR, 'capaian-kbk.csv')],
  ])('%s: capaian 2024-04..06 and kapitasi 2024-07 as fixtures/demo, rujukan_tacc empty', async (_name, summary) => {
    const r = await run(summary);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('warning');
    for (const f of ['capaian-2024-04.csv', 'capaian-2024-05.csv', 'capaian-2024-06.csv', 'kapitasi-2024-07.csv']) {
      const got = baca(join(r.dir, f));
      expect(tanpa(got), f).toEqual(tanpa(baca(join(FIXTURES, 'demo', 'expected', f))));
      if (f.startsWith('capaian')) expect(got.map((g) => g.rujukan_tacc)).toEqual(got.map(() => ''));
    }
    // Paid as the hand calculation: Rp 237,244,189.
    const kap = baca(join(r.dir, 'kapitasi-2024-07.csv'));
    expect(kap.reduce((a, k) => a + Number(k.kapitasi_dibayar), 0)).toBe(237_244_189);
  });

  it('--label-bulan bayar reads a workbook labelled by payment month as the month before', async () => {
    const dir = tmp();
    const r = await kbk(['compute', '--data', DIR, '--summary', XLSX, '--month', '2024-05', '--label-bulan', 'bayar', '--out', dir]);
    expect(r.code, r.err).toBe(0);
    // The sheet "Juni 24" holds, read this way, May's counts: the demo's June numbers under 2024-05.
    const got = tanpa(baca(join(dir, 'capaian-2024-05.csv'))).map(({ bulan: _b, ...rest }) => rest);
    expect(got).toEqual(tanpa(baca(join(FIXTURES, 'demo', 'expected', 'capaian-2024-06.csv'))).map(({ bulan: _b, ...rest }) => rest));
  });

  it('a month the workbook lacks is missing input (66)', async () => {
    const r = await kbk(['compute', '--data', DIR, '--summary', XLSX, '--month', '2024-09', '--out', tmp()]);
    expect(r.code).toBe(66);
    expect(r.err).toContain(`kbk: error: ${XLSX}: has no month 2024-09 (it has 2024-04, 2024-05, 2024-06, 2024-07)\n`);
  });
});

describe('issue 9: months from sheet names', () => {
  it.each([
    ['Januari 23', { bulan: 1, tahun: 2023 }],
    ['Mei', { bulan: 5, tahun: null }],
    ['Maret 24', { bulan: 3, tahun: 2024 }],
    ['JAN-2024', { bulan: 1, tahun: 2024 }],
    ['Agt 22', { bulan: 8, tahun: 2022 }],
    ['Nopember 2023', { bulan: 11, tahun: 2023 }],
    ['Rekap', null],
    ['Sheet1', null],
  ])('%s', (nama, want) => expect(bulanDariNama(nama)).toEqual(want));

  it('a bare month takes its year from its neighbours', () => {
    const names = ['Desember 23', 'Januari', 'Februari', 'April 24', 'Mei', 'Juni 24'];
    expect(tahunLembar(names.map((n) => bulanDariNama(n) as { bulan: number; tahun: number | null }))).toEqual([2023, 2024, 2024, 2024, 2024, 2024]);
    expect(tahunLembar([bulanDariNama('Mei'), bulanDariNama('Juni 24')] as { bulan: number; tahun: number | null }[])).toEqual([2024, 2024]);
  });
});

describe('issue 9: damaged workbooks', () => {
  it('a sheet without a required column names the accepted spellings', async () => {
    const path = await ubahBuku((wb) => (wb.getWorksheet('Mei')!.getCell('F1').value = 'Kontak Pasien'));
    const r = await run(path);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: Capaian KBK.xlsx [Mei]:1: missing required column jumlah_kontak (accepted: jumlah_kontak, JUMLAH KONTAK, kontak, peserta kontak, jumlah peserta kontak); header is: ');
  });

  it('a count "1,234" is rejected with its sheet, row and column; a text "5.000" is read as 5000', async () => {
    const path = await ubahBuku((wb) => (wb.getWorksheet('Juni 24')!.getCell('F4').value = '1,234'));
    const r = await run(path, '--strict');
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: Capaian KBK.xlsx [Juni 24]:4 column F (JUMLAH KONTAK): jumlah_kontak "1,234" is ambiguous: a thousands comma (en-US) or a decimal comma (id-ID)? Write the count without separators or with dots (1.234) (--strict stops at the first bad row)\n',
    );
  });

  it('a formula cell without a saved value stops the run naming the cell', async () => {
    const path = await ubahBuku((wb) => (wb.getWorksheet('April 24')!.getCell('G5').value = { formula: 'SUM(G4:G4)' } as ExcelJS.CellValue));
    const r = await run(path);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: Capaian KBK.xlsx [April 24] cell G5: a formula without a saved value; open the workbook in Excel and save it, so its values are stored\n');
  });

  it('a mislabelled month: two sheets claiming June stop the run', async () => {
    const path = await ubahBuku((wb) => (wb.getWorksheet('Mei')!.name = 'Juni'));
    const r = await run(path);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: Capaian KBK.xlsx: month 2024-06 is in two sheets, "Juni" and "Juni 24"; is one of them mislabelled?\n');
  });

  it('counts that cannot both be right, and an unknown facility, are rejected', async () => {
    const path = await ubahBuku((wb) => {
      const ws = wb.getWorksheet('Juli 24')!;
      ws.getCell('F2').value = 5000; // JUMLAH KONTAK above PESERTA TERDAFTAR (1000)
      ws.getCell('C3').value = 'X999';
    });
    const r = await run(path, '--max-reject-rate', '100');
    expect(r.code, r.err).toBe(65); // D001 and G001 vanish from July: pay stops, their rows being rejected
    const tolak = baca(join(r.dir, 'tolak-2024-07.csv'));
    expect(tolak).toEqual([
      { file: 'Capaian KBK.xlsx [Juli 24]', baris: '2', kode: 'jumlah_tidak_cocok', alasan: 'F (Jumlah Kontak) 5000 is more than G (PESERTA TERDAFTAR) 1000: the counts cannot both be right', isi: expect.stringContaining('D001') },
      { file: 'Capaian KBK.xlsx [Juli 24]', baris: '3', kode: 'fasilitas_tidak_dikenal', alasan: 'Kode PPK "X999" is not in fktp.csv; the facility master gives each facility\'s tariff and type', isi: expect.stringContaining('X999') },
    ]);
  });

  it("a derived column that disagrees with kbk is listed, not trusted and not overwritten", async () => {
    // K001 in May: AK 152 ‰ reaches the target; the workbook says it does not.
    const path = await ubahBuku((wb) => {
      const ws = wb.getWorksheet('Mei')!;
      ws.eachRow((row) => {
        if (row.getCell(3).value === 'K001') row.getCell(15).value = 'Tidak Tercapai';
      });
    });
    const r = await run(path);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: warning: Capaian KBK.xlsx [Mei]:4: K001 2024-05: the workbook says Keterangan AK "Tidak Tercapai", kbk: Tercapai\n');
    const k001 = baca(join(r.dir, 'capaian-2024-05.csv')).find((c) => c.kode_ppk === 'K001') as Record<string, string>;
    expect(k001.rating_ak).toBe('4');
    expect(k001.catatan).toContain('ringkasan berbeda: Keterangan AK "Tidak Tercapai", kbk: Tercapai');
  });

  it('--profil-klinis does not combine with --summary (the workbook already decided who is controlled)', async () => {
    const r = await run(XLSX, '--profil-klinis', 'ketat');
    expect(r.code).toBe(64);
  });

  it('a workbook that is not a workbook', async () => {
    const path = join(tmp(), 'Capaian.xlsx');
    copyFileSync(join(DIR, 'capaian-kbk.csv'), path);
    const r = await run(path);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/kbk: error: Capaian\.xlsx: not readable as an \.xlsx workbook \(.*\); save it as "Excel Workbook \(\.xlsx\)", or export the sheets as CSV\n/);
  });
});
