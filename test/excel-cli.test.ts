// Issue 9 through the command line: --xlsx, --csv-excel and --format rekap-cabang beside
// the usual reports, and the branch-layout export read back by --summary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');

describe('issue 9: Excel out, from kbk run', () => {
  it('--xlsx --csv-excel --format rekap-cabang write the workbook, Excel-dialect CSVs and the branch layout, as one set', async () => {
    const out = tmp();
    const r = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--xlsx', '--csv-excel', '--format', 'rekap-cabang']);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'anomali-2024-04.csv', 'anomali-2024-05.csv', 'anomali-2024-06.csv',
      'capaian-2024-04.csv', 'capaian-2024-05.csv', 'capaian-2024-06.csv', 'kapitasi-2024-07.csv', 'kbk-2024-07.xlsx',
      'rekap-2024-07.csv', 'rekap-cabang-2024-04.csv', 'rekap-cabang-2024-05.csv', 'rekap-cabang-2024-06.csv', 'tolak-2024-04.csv', 'tolak-2024-05.csv', 'tolak-2024-06.csv', 'tolak-2024-07.csv',
    ]);
    // The Excel dialect holds the same values as the hand-checked report: K001 in 2024-07.
    const kap = readFileSync(join(out, 'kapitasi-2024-07.csv'), 'utf8');
    expect(kap.startsWith('\ufeffbulan_bayar;kode_ppk;')).toBe(true);
    expect(kap).toContain('\r\n2024-07;K001;Klinik Pratama Sehat;klinik_pratama;kbk-2019;permenkes-3-2023;2024-04..2024-06;3;150,00;3,00;5,00;3;1;97;5001;12050;11688,5;9000;11688,5;0;60262050;58454189;1807861;\r\n');
    const expected = parse(readFileSync(join(DEMO, 'expected/kapitasi-2024-07.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const dariExcel = parse(kap, { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    expect(dariExcel.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, /^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v])))).toEqual(expected);
    // The workbook: the sheets of the run.
    const sheets = (await readXlsxFile(readFileSync(join(out, 'kbk-2024-07.xlsx')), { trim: false })) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['Capaian 2024-04', 'Capaian 2024-05', 'Capaian 2024-06', 'Kapitasi 2024-07', 'Rekap', 'Anomali', 'Tolak', 'Aturan', 'Kolom']);
    const sheet = (sheets.find((s) => s.sheet === 'Kapitasi 2024-07') as { data: unknown[][] }).data;
    const head = sheet[0] as string[];
    // The run's language (English here): its headings in English words.
    const k001 = sheet.find((row) => row[head.indexOf('PPK code')] === 'K001') as unknown[];
    expect([k001[head.indexOf('Capitation paid')], k001[head.indexOf('Cut')], k001[head.indexOf('Tariff after KBK')]]).toEqual([58_454_189, 1_807_861, 11688.5]);
  });

  it('the branch layout kbk writes reads back through --summary to the same capaian', async () => {
    const out = tmp();
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', out, '--format', 'rekap-cabang'])).code).toBe(0);
    const back = tmp();
    const r = await kbk(['compute', '--data', DEMO, '--summary', join(out, 'rekap-cabang-2024-06.csv'), '--month', '2024-06', '--out', back]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('the workbook says'); // kbk's own verdicts agree with themselves
    const tanpa = (rows: Record<string, string>[]) => rows.map(({ rujukan_tacc: _t, catatan: _c, ...rest }) => rest);
    const baca = (p: string): Record<string, string>[] => parse(readFileSync(p, 'utf8'), { columns: true });
    expect(tanpa(baca(join(back, 'capaian-2024-06.csv')))).toEqual(tanpa(baca(join(DEMO, 'expected/capaian-2024-06.csv'))));
  });

  it('an unknown --format is a usage error', async () => {
    const r = await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', tmp(), '--format', 'pdf']);
    expect(r.code).toBe(64);
    expect(r.err).toBe("kbk: error: option '--format <name>' argument 'pdf' is invalid; allowed choices are rekap-cabang, xlsx, csv-excel (see kbk compute --help)\n");
  });
});
