// An export that went through a spreadsheet and lost its tail at the sheet's row limit
// (65,536 lines in Excel 97–2003, 1,048,576 in Excel 2007+, header included) is a file cut
// at a line boundary in every month alike, which no comparison between months can see.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kbk, tinyMonth, tmp } from './helpers.js';

describe('a file at a spreadsheet row limit', () => {
  it('65,536 lines with the header: a warning --quiet keeps, naming the file; one line fewer: none', async () => {
    const c = (i: number): string => `00090000000${String(1 + (i % 3)).padStart(2, '0')}`;
    const baris = (n: number): string => ['no_kartu,kode_ppk,tgl_kontak', ...Array.from({ length: n }, (_, i) => `${c(i)},A,2024-06-${String(1 + (i % 28)).padStart(2, '0')}`)].join('\n') + '\n';
    const data = tinyMonth();
    writeFileSync(join(data, '2024-06', 'kontak.csv'), baris(65_535));
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '-q']);
    expect(r.code).toBe(0);
    const batas = (err: string) => err.split('\n').filter((l) => l.includes("a spreadsheet sheet's limit"));
    expect(batas(r.err)).toEqual(["kbk: warning: 2024-06/kontak.csv: exactly 65,536 lines with its header, a spreadsheet sheet's limit: the export was probably cut by Excel; export it as CSV directly and compare"]);
    writeFileSync(join(data, '2024-06', 'kontak.csv'), baris(65_534));
    const s = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '-q']);
    expect([s.code, batas(s.err)]).toEqual([0, []]);
  });
});
