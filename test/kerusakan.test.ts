// Issue 7, "never a wrong payment in silence": one regression test per damaged export the
// issue reported (numbered as in the issue), with the exact outcome an analyst or a cron
// job gets.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ENV_PROSES, FIXTURES, kbk, ROOT, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
const compute = (data: string, ...more: string[]) => kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--json', ...more]);
const PESERTA = (status: string) => `no_kartu,kode_ppk,${status}\n` + Array.from({ length: 10 }, (_, i) => `${c(i + 1)},A,${i === 9 ? 'tidak aktif' : 'aktif'}\n`).join('');
const PROLANIS = (gdp: string) =>
  `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,${gdp},sistole,diastole\n${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,DM,1,2024-06-10,200,,\n${c(9)},A,HT,1,2024-06-10,,120,80\n`;
const bin = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), ...args], { encoding: 'utf8', timeout: 20_000, env: ENV_PROSES });
const demo = (): string => {
  const d = join(tmp(), 'demo');
  cpSync(join(FIXTURES, 'demo'), d, { recursive: true });
  return d;
};

describe('issue 7 #1: a misspelt or duplicated optional header is never ignored', () => {
  it('status misspelt as stat stops with 65 naming both, instead of counting inactive participants', async () => {
    const r = await compute(tinyMonth({ 'peserta.csv': PESERTA('stat') }));
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: 2024-06/peserta.csv:1: the header has "stat" (column 3), which is not a column kbk knows but is close to the optional column status (accepted: status, status_peserta, statuspeserta, aktif); read without it, every participant is taken as active. Rename it to status if that is what it holds, or rename it to something unlike it\n',
    );
  });

  it.each([
    ['gdp', 'prolanis.csv', PROLANIS('gdq'), '"gdq" (column 6)', 'gdp'],
    ['tgl_periksa', 'prolanis.csv', PROLANIS('gdp').replace('tgl_periksa', 'tgl_periksx'), '"tgl_periksx" (column 5)', 'tgl_periksa'],
    ['kd_tacc', 'rujukan.csv', `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,kd_tac,non_spesialistik\nR1,${c(1)},A,2024-06-03,J06.9,0,1\n`, '"kd_tac" (column 6)', 'kd_tacc'],
  ])('%s renamed stops with 65', async (_col, file, content, cell, known) => {
    const r = await compute(tinyMonth({ [file]: content }));
    expect(r.code).toBe(65);
    expect(r.err).toContain(`2024-06/${file}:1: the header has ${cell}, which is not a column kbk knows but is close to the optional column ${known} (accepted: `);
  });

  it('a column named twice stops with 65', async () => {
    const r = await compute(tinyMonth({ 'peserta.csv': PESERTA('status,status').replace(/(aktif)\n/g, '$1,aktif\n') }));
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 2024-06/peserta.csv:1: status appears twice in the header, as "status" (column 3) and "status" (column 4); kbk cannot tell which to use: remove or rename one\n');
  });

  it('an absent optional column is said once on stderr and in catatan, with its consequence', async () => {
    const r = await compute(tinyMonth({ 'prolanis.csv': `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,sistole,diastole\n${c(7)},A,DM,1,2024-06-10,,\n${c(9)},A,HT,1,2024-06-10,120,80\n` }));
    expect(r.code, r.err).toBe(0);
    expect(r.err.match(/2024-06\/prolanis.csv has no gdp column: no DM participant can count as controlled\n/g)).toHaveLength(1);
    const row = JSON.parse(r.out).capaian[0][0];
    expect(row).toMatchObject({ dm_terdaftar: 1, dm_terkendali: 0, ht_terkendali: 1 });
    expect(row.catatan).toContain('prolanis.csv tanpa kolom gdp: tidak ada peserta DM yang dapat terkendali');
  });

  it('unknown columns are reported, and a second name of one column is said as unused', async () => {
    const r = await compute(tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tgl_kontak,poli,tglDaftar\n${c(1)},A,2024-06-03,umum,2024-06-01\n` }));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: warning: 2024-06/kontak.csv: tgl_kontak is read from "tgl_kontak" (column 3); "tglDaftar" (column 5) is another name for it and is not used\n');
    expect(r.err).toContain('kbk: warning: 2024-06/kontak.csv: column not used by kbk: "poli" (column 4)\n');
  });

  it('a longer name that merely starts like a known one is another column, not a misspelling', async () => {
    const r = await compute(tinyMonth({ 'peserta.csv': PESERTA('status,statusKawin').replace(/(aktif)\n/g, '$1,kawin\n') }));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('column not used by kbk: "statusKawin" (column 4)');
  });
});

describe('issue 7 #2: a truncated export is never paid in silence', () => {
  it("the payment month's peserta.csv cut at a line end stops pay, naming each facility and both counts", async () => {
    const data = demo();
    const lines = readFileSync(join(data, '2024-07/peserta.csv'), 'utf8').split('\n');
    writeFileSync(join(data, '2024-07/peserta.csv'), lines.slice(0, 12_000).join('\n') + '\n');
    const out = tmp();
    const r = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', out]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 8 facilities look like a damaged export, so no payment is written:\n');
    expect(r.err).toContain('  K001: not in 2024-07/peserta.csv, though it had 5,000 in 2024-06; is that file complete?\n');
    expect(r.err).toContain('  P003: registered participants fell from 5,000 in 2024-06 to 1,999 in 2024-07, below 0.5 × the month before; is 2024-07/peserta.csv complete?\n');
    expect(r.err).toContain('If the change is real, accept it with --terima-penurunan D001,G001,K001,K002,K003,P003,P004,P005 (or --terima-penurunan semua)\n');
    expect(readdirSync(out).sort()).toEqual(['tolak-2024-06.csv', 'tolak-2024-07.csv']); // the rows so far, each under its month
  });

  it('a fall accepted with --terima-penurunan is paid, warned and noted in catatan', async () => {
    const data = demo();
    const rows = readFileSync(join(data, '2024-07/peserta.csv'), 'utf8').split('\n');
    // P001 keeps 2,000 of its 5,000 participants.
    let p001 = 0;
    writeFileSync(join(data, '2024-07/peserta.csv'), rows.filter((l) => !l.includes(',P001,') || ++p001 <= 2000).join('\n'));
    const r = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '--json', '--terima-penurunan', 'P001']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: warning: accepted by --terima-penurunan: P001: registered participants fell from 5,000 in 2024-06 to 2,000 in 2024-07, below 0.5 × the month before; is 2024-07/peserta.csv complete?\n');
    const p = JSON.parse(r.out).kapitasi.find((k: { kode_ppk: string }) => k.kode_ppk === 'P001');
    expect(p).toMatchObject({ peserta_terdaftar: 2000, kapitasi_penuh: 12_000_000 });
    expect(p.catatan).toContain('penurunan peserta diterima: 5000 (2024-06) → 2000 (2024-07)');
  });

  it('a file cut inside its last row is named as possibly cut short, even when that row still reads', async () => {
    // "aktif" cut to "a" still reads as active: only the missing line break tells.
    const r = await compute(tinyMonth({ 'peserta.csv': PESERTA('status').slice(0, -'tidak aktif\n'.length) + 'a' }));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: warning: 2024-06/peserta.csv: the last line (11) has no line break after it: the file may have been cut short; check that the export is complete\n');
  });

  it('a facility paid Rp 0 stops pay unless accepted', async () => {
    const data = tinyMonth({ 'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Puskesmas B,puskesmas,6000\n' });
    const r = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp()]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: one facility looks like a damaged export, so no payment is written:\n  B: paid Rp 0 (0 registered participants, tarif 6000)\n');
    expect((await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '--terima-penurunan', 'B'])).code).toBe(0);
  });
});

describe('found by the fuzz test: a value split by an unquoted delimiter', () => {
  it('"1,05" for gdp 105 in a comma file shifts the row right: rejected, though the extra value is empty', async () => {
    const prolanis = `${PROLANIS('gdp')}${c(6)},A,DM,1,2024-06-10,1,05,,\n`;
    const r = await compute(tinyMonth({ 'prolanis.csv': prolanis }), '--strict');
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 2024-06/prolanis.csv:5 column #9: the row has 9 values but the header has 8 columns; a value probably contains an unquoted comma (--strict stops at the first bad row)\n');
  });

  it('trailing empty values in every row (an Excel habit) are accepted', async () => {
    const prolanis = PROLANIS('gdp').replace(/\n/g, ',,\n').replace('diastole,,', 'diastole');
    const r = await compute(tinyMonth({ 'prolanis.csv': prolanis }));
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).capaian[0][0]).toMatchObject({ dm_terdaftar: 2, dm_terkendali: 1, ht_terkendali: 1 });
  });
});

describe('issue 7 #3: diagnosa.csv refuses malformed codes', () => {
  it.each([
    ['J00QQQ', 'kode_diagnosa "J00QQQ" is not an ICD-10 code (expected a letter, two digits and at most two more, e.g. K29 or K29.7)'],
    ['J00 flu', 'kode_diagnosa "J00 flu" is not an ICD-10 code (expected a letter, two digits and at most two more, e.g. K29 or K29.7)'],
    [`J00${'x'.repeat(70_000)}`, 'the value has 70,003 bytes, more than --max-field-bytes 65,536'],
  ])('%#: the row is rejected, not used as a code that matches nothing', async (kode, alasan) => {
    const diagnosa = `kode_diagnosa,non_spesialistik\nJ06,1\n${kode},1\n`;
    const r = await compute(tinyMonth({ 'diagnosa.csv': diagnosa, 'rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa\nR1,${c(1)},A,2024-06-03,J06.9\n` }), '--strict');
    expect(r.code).toBe(65);
    expect(r.err).toContain(`kbk: error: diagnosa.csv:3 column kode_diagnosa: ${alasan} (--strict stops at the first bad row)\n`);
  });
});

describe('issue 7 #4: a zero tariff and a sniffed encoding', () => {
  it('tarif_kapitasi 0 is rejected', async () => {
    const r = await compute(tinyMonth({ 'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,0\n' }), '--strict');
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: fktp.csv:2 column tarif_kapitasi: tarif_kapitasi is 0; a facility is paid a positive tariff per participant (0 would pay it Rp 0) (--strict stops at the first bad row)\n');
  });

  it('one non-UTF-8 byte in an ASCII file: read as Windows-1252, and said', async () => {
    const data = tinyMonth();
    writeFileSync(join(data, 'fktp.csv'), Buffer.from('kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A\xe9,puskesmas,6000\n', 'latin1'));
    const r = await compute(data);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: warning: fktp.csv: read as Windows-1252: byte 0xE9 on line 2 is not UTF-8; if the file is UTF-8 and that byte is damage, fix the line (or pass --encoding utf-8 to stop at it)\n');
    expect(JSON.parse(r.out).capaian[0][0].nama_fktp).toBe('Puskesmas Aé');
  });

  it('one non-UTF-8 byte beside UTF-8 text stops the run', async () => {
    const data = tinyMonth();
    writeFileSync(join(data, 'fktp.csv'), Buffer.concat([Buffer.from('kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas Ä'), Buffer.from([0xff]), Buffer.from(',puskesmas,6000\n')]));
    const r = await compute(data);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: fktp.csv:2: byte 0xFF is not UTF-8, though the file holds UTF-8 text: the file is damaged or mixes encodings; re-export it, or pass --encoding to read all of it one way\n');
  });
});

describe('issue 7 #5: an output folder that cannot be made', () => {
  it('--out /proc/kbk exits 73 at once instead of spinning', () => {
    const r = bin('compute', '--data', tinyMonth(), '--month', '2024-06', '--out', '/proc/kbk/laporan');
    expect(r.status).toBe(73);
    expect(r.stderr).toMatch(/kbk: error: \/proc\/kbk\/laporan: cannot be used as the output folder: /);
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('issue 7 #6: empty lines cost nothing', () => {
  it('1,000,000 empty lines after the header: read, and the next row keeps its line number', async () => {
    const kontak = `no_kartu,kode_ppk,tgl_kontak\n${'\n'.repeat(1_000_000)}${c(1)},A,2024-06-03\n${c(2)},A,kemarin\n`;
    const r = await compute(tinyMonth({ 'kontak.csv': kontak }), '--strict');
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 2024-06/kontak.csv:1000003 column tgl_kontak: tgl_kontak "kemarin" is not a date (expected yyyy-mm-dd)');
  });
});

describe('issue 7 #7: an input that is a folder is missing input (66), not an internal error', () => {
  it.each(['2024-06/kontak.csv', 'fktp.csv', 'diagnosa.csv'])('%s', async (file) => {
    const data = tinyMonth({ 'diagnosa.csv': 'kode_diagnosa,non_spesialistik\nJ06,1\n' });
    const path = join(data, file);
    readFileSync(path);
    spawnSync('rm', [path]);
    mkdirSync(path);
    const r = await compute(data);
    expect(r.code).toBe(66);
    expect(r.err).toContain(`kbk: error: ${file}: ${path} is a folder, not a file\n`);
    expect(r.err).not.toContain('internal error');
  });
});

describe('issue 7 #8: standard output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('a full device ends with 73 and one line, not a stack trace and 1', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/kbk.js')}" rules list > /dev/full`], { encoding: 'utf8', env: ENV_PROSES });
    expect(r.status).toBe(73);
    expect(r.stderr).toBe('kbk: error: standard output cannot be written: the disk is full\n');
  });

  it('a reader that closes the pipe early (| head) leaves the exit code 0', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/kbk.js')}" rules show kbk-2019 | head -c 10 > /dev/null; echo "\${PIPESTATUS:-}"`], { encoding: 'utf8', env: ENV_PROSES });
    expect(r.status).toBe(0);
    const r2 = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${join(ROOT, 'bin/kbk.js')}" rules show kbk-2019 | head -c 10 > /dev/null`], { encoding: 'utf8', env: ENV_PROSES });
    expect([r2.status, r2.stderr]).toEqual([0, '']);
  });
});

describe('issue 7 #10: bounded memory whatever a row holds', () => {
  it('a row longer than --max-row-bytes is rejected with its length; the rejects keep its first 1,000 bytes', async () => {
    const long = `${c(2)},A,${'9'.repeat(5_000_000)}`;
    const out = tmp();
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${c(1)},A,2024-06-03\n${long}\n${c(3)},A,2024-06-05\n` }), '--month', '2024-06', '--out', out, '--max-reject-rate', '50']);
    expect(r.code, r.err).toBe(0);
    const tolak = readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8');
    expect(parse(tolak, { columns: true })).toEqual([
      { file: '2024-06/kontak.csv', baris: '3', kode: 'baris_terlalu_panjang', alasan: 'the row has 5,000,016 bytes, more than --max-row-bytes 1,048,576; not read (isi holds its first 1000 bytes)', isi: `${long.slice(0, 1000)}… [5,000,016 bytes]` },
    ]);
  });

  it('a line of 16 MiB of delimiters and a 3 MB quoted value are rejected the same way, and the next row still reads', async () => {
    const kontak = `no_kartu,kode_ppk,tgl_kontak\n${','.repeat(16 << 20)}\n"${'""'.repeat(1_500_000)}",A,2024-06-04\n${c(3)},A,2024-06-05\n`;
    const out = tmp();
    const r = await kbk(['compute', '--data', tinyMonth({ 'kontak.csv': kontak }), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).capaian[0][0].peserta_kontak).toBe(1);
    const tolak = parse(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(tolak.map((t) => [t.baris, t.alasan.split(';')[0], t.isi.length])).toEqual([
      ['2', 'the row has 16,777,216 bytes, more than --max-row-bytes 1,048,576', 1000 + '… [16,777,216 bytes]'.length],
      ['3', 'the row has 3,000,015 bytes, more than --max-row-bytes 1,048,576', 1000 + '… [3,000,015 bytes]'.length],
    ]);
  });

  it('a value longer than --max-field-bytes rejects its row', async () => {
    const r = await compute(tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${c(1)},A,2024-06-03\n${c(2)},A,2024-06-04 ${'x'.repeat(3000)}\n` }), '--strict', '--max-field-bytes', '2048');
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 2024-06/kontak.csv:3 column tgl_kontak: the value has 3,011 bytes, more than --max-field-bytes 2,048 (--strict stops at the first bad row)\n');
  });
});
