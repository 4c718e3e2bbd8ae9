// Issue 15 #8 (first clause): damage measured in what was lost. A rejected row weighs the
// lines it holds: a kontak.csv whose second half has CR-only line ends is ONE rejected row
// (under 1 % of the rows) holding 72 % of the file's lines; it stops the run (65) naming
// the file, the lines and the bytes lost, and `kbk validate` fails it. Expected figures
// are counted by hand from how the files are built here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { putusDiLuarKutip } from '../src/ingest/rekaman.js';
import { ENV_PROSES, kbk, ROOT, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
/** Contact row i: 13 + 1 + 1 + 1 + 10 = 26 bytes. */
const baris = (i: number): string => `${c(1 + (i % 10))},A,2024-06-${String(1 + (i % 28)).padStart(2, '0')}`;
const HEADER = 'no_kartu,kode_ppk,tgl_kontak\n'; // 29 bytes

/** `lf` rows with LF line ends, then `cr` rows with CR-only line ends, and a final LF. */
function kontak(lf: number, cr: number): string {
  const awal = Array.from({ length: lf }, (_, i) => `${baris(i)}\n`).join('');
  const akhir = Array.from({ length: cr }, (_, i) => baris(lf + i)).join('\r');
  return `${HEADER}${awal}${akhir}\n`;
}

// 150 LF rows and 390 CR-only ones: 151 rows read, 1 rejected (0.66 % < 1 %); its 390 lines of
// the file's 540 are 72.22 %; it has 390 × 26 + 389 = 10,529 bytes of the file's
// 29 + 150 × 27 + 10,529 + 1 = 14,609; it starts on line 152; split on commas it has
// 390 × 2 + 1 = 781 values.
const PESAN_72 =
  "2024-06/kontak.csv: 1 rejected row holds 390 of the file's 540 lines (72.22%, above --max-reject-rate 1.00%) and 10,529 of its 14,609 bytes; line ends that change style part-way (CR-only lines in an LF file) make one row of the rest of the file; first: line 152 column #4: the row has 781 values but the header has 3 columns; a value probably contains an unquoted comma";

describe('a rejected row holding most of a file stops the run', () => {
  it('CR-only second half: compute stops with 65 naming the file, the lines and the bytes lost; the rejects keep the row', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': kontak(150, 390) }), '--month', '2024-06', '--out', out]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(`kbk: error: ${PESAN_72}\n`);
    const tolak = parse(readFileSync(join(out, 'tolak-2024-06.csv')), { columns: true }) as Record<string, string>[];
    expect(tolak.map((t) => [t.file, t.baris, t.isi.length])).toEqual([['2024-06/kontak.csv', '152', 10_529]]);
  });

  it('the same file within a threshold set above the share (--max-reject-rate 80) is read, its row rejected', async () => {
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': kontak(150, 390) }), '--month', '2024-06', '--out', tmp(), '--max-reject-rate', '80', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).capaian[0][0].peserta_kontak).toBe(10);
  });

  it('kbk validate fails the file (65), in its table and in --json', async () => {
    const data = tinyMonth({ 'kontak.csv': kontak(150, 390) });
    const r = await kbk(['validate', '--data', data, '--month', '2024-06']);
    expect(r.code).toBe(65);
    expect(r.out).toContain(`FAILS: ${PESAN_72}`);
    expect(r.err).toContain('kbk: error: 1 of 5 files fail: 2024-06/kontak.csv');
    const j = await kbk(['validate', '--data', data, '--month', '2024-06', '--json']);
    expect(j.code).toBe(65);
    expect(JSON.parse(j.out).files.find((f: { label: string }) => f.label === '2024-06/kontak.csv')).toMatchObject({ rows: 151, gagal: PESAN_72 });
  });

  it('a row over --max-row-bytes is weighed by the line breaks the splitter counted in it', async () => {
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': kontak(150, 390) }), '--month', '2024-06', '--out', tmp(), '--max-row-bytes', '4096']);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      "kbk: error: 2024-06/kontak.csv: 1 rejected row holds 390 of the file's 540 lines (72.22%, above --max-reject-rate 1.00%) and 10,529 of its 14,609 bytes; line ends that change style part-way (CR-only lines in an LF file) make one row of the rest of the file; first: line 152 column #1: the row has 10,529 bytes, more than --max-row-bytes 4,096; not read (isi holds its first 1000 bytes)\n",
    );
  });

  it('a CR-only tail of 1.6 MB (read across 1 MiB chunks, over the default --max-row-bytes) counts all its 60,000 lines', async () => {
    // 60,000 × 26 + 59,999 = 1,619,999 bytes in the row; the file 29 + 4,050 + 1,619,999 + 1 = 1,624,079.
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': kontak(150, 60_000) }), '--month', '2024-06', '--out', tmp()]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      "kbk: error: 2024-06/kontak.csv: 1 rejected row holds 60,000 of the file's 60,150 lines (99.75%, above --max-reject-rate 1.00%) and 1,619,999 of its 1,624,079 bytes; line ends that change style part-way (CR-only lines in an LF file) make one row of the rest of the file; first: line 152 column #1: the row has 1,619,999 bytes, more than --max-row-bytes 1,048,576; not read (isi holds its first 1000 bytes)\n",
    );
  });

  it('in Indonesian, and as a process (bin/kbk.js): exit 65', async () => {
    const data = tinyMonth({ 'kontak.csv': kontak(150, 390) });
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--lang', 'id']);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: galat: 2024-06/kontak.csv: 1 baris data yang ditolak memuat 390 dari 540 baris teks berkas (72,22%, di atas --max-reject-rate 1,00%) dan 10.529 dari 14.609 bytenya; akhir baris yang berganti gaya di tengah berkas (baris berakhiran CR saja dalam berkas LF) membuat satu baris data memuat sisa berkas; yang pertama: baris 152 kolom #4: ',
    );
    const p = spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), 'compute', '--data', data, '--month', '2024-06', '--out', tmp(), '-q'], { encoding: 'utf8', env: ENV_PROSES, timeout: 20_000 });
    expect(p.status).toBe(65);
    expect(p.stderr).toContain(`kbk: error: ${PESAN_72}\n`);
  });

  it('a rejected row of one line weighs one line: below the threshold nothing changes', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${baris(i)}\n`).join('');
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': `${HEADER}${rows}${c(1)},A,bukan-tanggal\n` }), '--month', '2024-06', '--out', tmp(), '-q']);
    expect(r.code, r.err).toBe(0);
  });

  it('a line break inside a quoted value belongs to the value: such a rejected row weighs one line', async () => {
    expect(putusDiLuarKutip('a,b\rc,d\r\ne,f\ng', ',')).toBe(3);
    expect(putusDiLuarKutip('"x\ny\r\nz",w\rv', ',')).toBe(1);
    expect(putusDiLuarKutip('"a""\n",b', ',')).toBe(0);
    expect(putusDiLuarKutip('a"\nb', ',')).toBe(1); // a quote inside a value opens nothing
    // 150 good rows and one rejected whose quoted card holds 5 line breaks: 1 of 151 rows, 1 of 151 lines.
    const rows = Array.from({ length: 150 }, (_, i) => `${baris(i)}\n`).join('');
    const out = tmp();
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': `${HEADER}${rows}"X\n\n\r\n\r\n\nX",A,2024-06-03\n` }), '--month', '2024-06', '--out', out, '-q']);
    expect(r.code, r.err).toBe(0);
    const tolak = parse(readFileSync(join(out, 'tolak-2024-06.csv')), { columns: true }) as Record<string, string>[];
    expect(tolak.map((t) => [t.file, t.baris])).toEqual([['2024-06/kontak.csv', '152']]);
  });
});
