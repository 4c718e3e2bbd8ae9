// Exit codes (spec §4.1) and bad input (§4.2): exact codes, messages, lines and columns.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleSet } from '../src/rules/index.js';
import { ENV_PROSES, kbk, kbkKode, ROOT, tinyMonth, tmp } from './helpers.js';

const compute = (data: string, out = tmp(), ...more: string[]) => kbk(['compute', '--data', data, '--month', '2024-06', '--out', out, '--json', ...more]);
const capaianA = async (data: string, ...more: string[]) => {
  const r = await compute(data, tmp(), ...more);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out).capaian[0][0] as Record<string, unknown>;
};

describe('the tiny month', () => {
  it('counts as the helper describes', async () => {
    expect(await capaianA(tinyMonth())).toMatchObject({
      peserta_terdaftar: 10, peserta_kontak: 3, angka_kontak: 300, rujukan_total: 4, rujukan_non_spesialistik: 1, rrns: 25,
      dm_terdaftar: 2, dm_terkendali: 1, ht_terdaftar: 2, ht_terkendali: 1, rppt: 50,
    });
  });
});

describe('usage errors exit 64', () => {
  // One line: the error, and the command whose --help says more (no help dump after it).
  it.each([
    [['compute', '--data', 'x', '--month', '2024-7'], '--month "2024-7" is not a month; expected YYYY-MM, e.g. 2024-07 (see kbk compute --help)'],
    [['compute', '--month', '2024-07'], "required option '--data <dir>' not specified (see kbk compute --help)"],
    [['compute', '--data', 'x', '--month', '2024-07', '--bogus'], "unknown option '--bogus' (see kbk compute --help)"],
    [['pay', '--data', 'x', '--month', '2024-07', '--window', 'weekly'], "option '--window <kind>' argument 'weekly' is invalid; allowed choices are block, rolling, bulanan (see kbk pay --help)"],
    [['compute', '--data', 'x', '--month', '2024-07', '--max-reject-rate', 'lots'], '--max-reject-rate "lots" is not a percentage from 0 to 100 (see kbk compute --help)'],
    [['compute', '--data', 'x', '--month', '2024-07', '--rules', 'kbk-2099'], '--rules "kbk-2099" is neither a rule set id (perber-2017, kbk-2019) nor a file (see kbk compute --help)'],
    [['rules', 'show', 'nope'], 'unknown id "nope"; see kbk rules list (see kbk rules show --help)'],
    [['frobnicate'], "unknown command 'frobnicate' (see kbk --help)"],
  ])('%j', async (args, message) => {
    const r = await kbk(args);
    expect([r.code, r.err]).toEqual([64, `kbk: error: ${message}\n`]);
  });

  it('in Indonesian by default, one line with the command to read', async () => {
    const id = { env: { LANG: 'id_ID.UTF-8' } };
    expect(await kbk(['compute', '--data', 'x', '--month', '2024-7'], id)).toEqual({
      code: 64,
      out: '',
      err: 'kbk: galat: --month "2024-7" bukan bulan; yang diharapkan YYYY-MM, mis. 2024-07 (lihat kbk compute --help)\n',
    });
    expect((await kbkKode(64, ['compute', '--month', '2024-07'], id)).err).toBe("kbk: galat: opsi wajib '--data <dir>' tidak diberikan (lihat kbk compute --help)\n");
    expect((await kbkKode(64, ['run', '--data', 'x', '--month', '2024-07', '--bogus'], { env: { LANG: undefined } })).err).toBe("kbk: galat: opsi '--bogus' tidak dikenal (lihat kbk run --help)\n");
    expect((await kbkKode(64, ['rules', 'show', 'nope', '--lang', 'id'])).err).toBe('kbk: galat: id "nope" tidak dikenal; lihat kbk rules list (lihat kbk rules show --help)\n');
  });

  it('--help exits 0', async () => {
    const r = await kbk(['pay', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--window <kind>');
  });

  it('the installed launcher maps the same codes', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), ...args], { encoding: 'utf8', env: ENV_PROSES });
    expect(run('--version').status).toBe(0);
    expect(run('compute', '--month', '2024-07').status).toBe(64);
    expect(run('compute', '--data', '/nonexistent/kbk', '--month', '2024-07').status).toBe(66);
  });
});

describe('missing input exits 66', () => {
  it('data folder', async () => {
    const r = await compute('/nonexistent/kbk');
    expect([r.code, r.err]).toEqual([66, 'kbk: error: /nonexistent/kbk: data folder does not exist\n']);
  });
  it('month folder', async () => {
    const data = tinyMonth();
    const r = await kbk(['compute', '--data', data, '--month', '2024-05', '--out', tmp()]);
    expect(r.code).toBe(66);
    expect(r.err).toContain(`${join(data, '2024-05')}: month folder is missing; expected peserta.csv, kontak.csv, rujukan.csv, prolanis.csv inside it`);
  });
  it('a month file', async () => {
    const r = await compute(tinyMonth({ 'kontak.csv': null }));
    expect(r.code).toBe(66);
    expect(r.err).toContain('kbk: error: 2024-06/kontak.csv: file not found (looked for ');
  });
  it('fktp.csv', async () => {
    const r = await compute(tinyMonth({ 'fktp.csv': null }));
    expect(r.code).toBe(66);
    expect(r.err).toMatch(/^kbk: error: fktp.csv: file not found \(looked for .*fktp.csv\)\n$/);
  });
});

describe('invalid data exits 65 and writes no report', () => {
  it.each([
    ['missing column', { 'kontak.csv': 'no_kartu,kode_ppk,tanggal\n0009000000001,A,2024-06-01\n' },
      '2024-06/kontak.csv:1: missing required column tgl_kontak (accepted: tgl_kontak, tgldaftar, tgl_kunjungan, tgl_pelayanan, tglkunjungan, tglpelayanan); the header has "tanggal" (column 3), close to tgl_kontak: is it misspelt?; header is: no_kartu, kode_ppk, tanggal'],
    ['empty file', { 'peserta.csv': '' }, '2024-06/peserta.csv:1: the file is empty; expected a header line'],
    ['no way to tell non-specialistic', { 'rujukan.csv': 'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa\nR1,0009000000001,A,2024-06-03,J06.9\n' },
      '2024-06/rujukan.csv:2 column non_spesialistik: the referral has no non_spesialistik value and the data folder has no diagnosa.csv to look up kode_diagnosa "J06.9"; kbk does not guess'],
    ['rejects above 1 %', { 'kontak.csv': 'no_kartu,kode_ppk,tgl_kontak\n0009000000001,A,2024-06-03\n0009000000002,A,2024-13-01\n' },
      '2024-06/kontak.csv: 1 of 2 rows rejected (50.00%, above --max-reject-rate 1.00%); first: line 3 column tgl_kontak: tgl_kontak "2024-13-01" is not a real date as yyyy-mm-dd: there is no month 13'],
    ['a bad tariff', { 'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Klinik B,klinik_pratama,-5\n' },
      'fktp.csv: 1 of 2 rows rejected (50.00%, above --max-reject-rate 1.00%); first: line 3 column tarif_kapitasi: tarif_kapitasi "-5" is negative; a tariff is a whole, non-negative Rupiah amount'],
    ['an unknown facility type', { 'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Apotek B,apotek,6000\n' },
      'fktp.csv: 1 of 2 rows rejected (50.00%, above --max-reject-rate 1.00%); first: line 3 column jenis_fktp: jenis_fktp "apotek" is not a known facility type'],
  ])('%s', async (_name, files, message) => {
    const out = tmp();
    const r = await compute(tinyMonth(files), out);
    expect(r.code).toBe(65);
    expect(r.err).toContain(message);
    expect(readdirSync(out)).toEqual(['tolak-2024-06.csv']); // the rejects, never a report
  });

  it('a stopped run still counts its rejects per file and reason, and says where they are', async () => {
    const out = tmp();
    const r = await compute(tinyMonth({ 'kontak.csv': 'no_kartu,kode_ppk,tgl_kontak\n9000000001,A,2024-06-03\n9000000002,A,2024-06-04\n0009000000003,A,2024-05-05\n0009000000004,A,2024-06-05\n' }), out);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      `kbk: 3 rows in the rejects (see tolak-*.csv):\n  2024-06/kontak.csv\n    no_kartu: leading zeros lost: 2\n    tgl_kontak: outside the month: 1\nkbk: no report written; the rows found so far are in ${join(out, 'tolak-2024-06.csv')}\n`,
    );
  });

  it('--strict stops at the first bad row', async () => {
    const r = await compute(tinyMonth({ 'kontak.csv': 'no_kartu,kode_ppk,tgl_kontak\n0009000000001,Z,2024-06-03\n' }), tmp(), '--strict');
    expect(r.code).toBe(65);
    expect(r.err).toContain('2024-06/kontak.csv:2 column kode_ppk: kode_ppk "Z" is not in fktp.csv (--strict stops at the first bad row)');
  });

  it('a failed run leaves the previous report intact', async () => {
    const out = tmp();
    const good = tinyMonth();
    expect((await compute(good, out)).code).toBe(0);
    const before = readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8');
    writeFileSync(join(good, '2024-06', 'kontak.csv'), 'no_kartu,kode_ppk,tgl_kontak\n0009000000001,A,31-31-2024\n');
    expect((await compute(good, out)).code).toBe(65);
    expect(readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8')).toBe(before);
    expect(readdirSync(out).sort()).toEqual(['anomali-2024-06.csv', 'capaian-2024-06.csv', 'rekap-2024-06.csv', 'tolak-2024-06.csv']);
  });
});

describe('rejected rows below the threshold', () => {
  it('go to tolak-YYYY-MM.csv with file, line, reason and raw content', async () => {
    const out = tmp();
    const kontak = 'no_kartu,kode_ppk,tgl_kontak\n0009000000001,A,2024-06-03\n0009000000002,A,2024-06-31\n0009000000003,Z,2024-06-05\n';
    const r = await compute(tinyMonth({ 'kontak.csv': kontak }), out, '--max-reject-rate', '70');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).capaian[0][0]).toMatchObject({ peserta_kontak: 1 });
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8')).toBe(
      'file,baris,kode,alasan,isi\n' +
        '2024-06/kontak.csv,3,bukan_tanggal,"tgl_kontak ""2024-06-31"" is not a real date as yyyy-mm-dd: 2024-06 has 30 days, not 31","0009000000002,A,2024-06-31"\n' +
        '2024-06/kontak.csv,4,fasilitas_tidak_dikenal,"kode_ppk ""Z"" is not in fktp.csv","0009000000003,Z,2024-06-05"\n',
    );
    expect(r.err).toContain('kbk: 2 rows in the rejects (see tolak-*.csv):\n  2024-06/kontak.csv\n    tgl_kontak: not a date: 1\n    kode_ppk: unknown facility: 1\n');
  });

  it('name the line a row starts on, past quoted line breaks and empty lines', async () => {
    const out = tmp();
    const kontak = 'no_kartu,kode_ppk,tgl_kontak,catatan\r\n0009000000001,A,2024-06-03,"two\r\nlines"\r\n\r\n0009000000002,A,2024-06-04,\r\n0009000000003,A,2024-02-30,\r\n';
    const r = await compute(tinyMonth({ 'kontak.csv': kontak }), out, '--max-reject-rate', '50');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8')).toBe(
      'file,baris,kode,alasan,isi\n2024-06/kontak.csv,6,bukan_tanggal,"tgl_kontak ""2024-02-30"" is not a real date as yyyy-mm-dd: 2024-02 has 29 days, not 30","0009000000003,A,2024-02-30,"\n',
    );
  });

  it('rows of a facility whose master row was rejected say so', async () => {
    const out = tmp();
    const r = await compute(
      tinyMonth({
        'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Klinik B,klinik_pratama,enam ribu\n',
        'kontak.csv': 'no_kartu,kode_ppk,tgl_kontak\n0009000000001,A,2024-06-03\n0009000000002,B,2024-06-03\n',
      }),
      out,
      '--max-reject-rate',
      '60',
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8').split('\n').slice(1, 3)).toEqual([
      'fktp.csv,3,bukan_rupiah,"tarif_kapitasi ""enam ribu"" is not a Rupiah amount (expected e.g. 10000 or 10.000)","B,Klinik B,klinik_pratama,enam ribu"',
      '2024-06/kontak.csv,3,fasilitas_ditolak,"kode_ppk ""B"": its fktp.csv row was rejected (see the rejects)","0009000000002,B,2024-06-03"',
    ]);
  });

  it('a card active at two facilities counts at neither and both rows are rejected', async () => {
    const out = tmp();
    const r = await compute(
      tinyMonth({
        'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Puskesmas B,puskesmas,6000\n',
        'peserta.csv': 'no_kartu,kode_ppk\n' + Array.from({ length: 10 }, (_, i) => `00090000000${String(i + 1).padStart(2, '0')},A\n`).join('') + '0009000000001,B\n0009000000099,B\n',
      }),
      out,
      '--max-reject-rate',
      '50',
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).capaian[0];
    expect(rows[0]).toMatchObject({ kode_ppk: 'A', peserta_terdaftar: 9, peserta_kontak: 2, catatan: expect.stringContaining('kontak peserta tidak terdaftar=1') });
    expect(rows[1]).toMatchObject({ kode_ppk: 'B', peserta_terdaftar: 1 });
    const tolak = readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8').trim().split('\n');
    expect(tolak.slice(1)).toEqual([
      '2024-06/peserta.csv,2,kartu_dua_fasilitas,no_kartu is active at two facilities in the month (A and B); none of its registrations is counted,"0009000000001,A"',
      '2024-06/peserta.csv,12,kartu_dua_fasilitas,no_kartu is active at two facilities in the month (A and B); none of its registrations is counted,"0009000000001,B"',
    ]);
  });
});

describe('dialects (spec §2)', () => {
  it('semicolons, BOM, CRLF, dd/mm/yyyy, spaced and camelCase headers read as the canonical month', async () => {
    const canonical = await capaianA(tinyMonth());
    const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
    const excel = tinyMonth({
      'fktp.csv': '\uFEFFKode PPK;NAMA FKTP;TIPE FKTP;Tarif\r\nA;Puskesmas A;PUSKESMAS;6.000\r\n',
      'peserta.csv': '\uFEFFnoKartu;kdProviderPst\r\n' + Array.from({ length: 10 }, (_, i) => `${c(i + 1)};A\r\n`).join(''),
      'kontak.csv': `No Kartu;Kode PPK;tglDaftar\r\n${c(1)};A;03/06/2024\r\n${c(2)};A;04/06/2024\r\n${c(3)};A;05/06/2024\r\n`,
      'rujukan.csv': `noRujukan\tnoKartu\tkdProvider\ttglRujuk\tkdDiag\tnonSpesialis\n R1\t${c(1)}\tA\t03-06-2024\tJ069\tY\nR2\t${c(2)}\tA\t03-06-2024\tN185\tN\nR3\t${c(3)}\tA\t03-06-2024\tN185\tN\nR4\t${c(4)}\tA\t03-06-2024\tN185\tN\n`,
      'prolanis.csv': `noKartu;kdProvider;kdKelompok;prolanis;tglPeriksa;gulaDarahPuasa;sistole;diastole\r\n${c(7)};A;01;Y;10/06/2024;"100,0";;\r\n${c(8)};A;01;Y;10/06/2024;200;;\r\n${c(9)};A;02;Y;10/06/2024;;120;80\r\n${c(10)};A;02;Y;10/06/2024;;160;100\r\n`,
    });
    expect(await capaianA(excel)).toEqual(canonical);
  });

  it('reads Windows-1252 text', async () => {
    const data = tinyMonth();
    writeFileSync(join(data, 'fktp.csv'), Buffer.from('kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Klinik Andr\xe9,puskesmas,6000\n', 'latin1'));
    expect(await capaianA(data)).toMatchObject({ nama_fktp: 'Klinik André' });
  });
});

describe('rule files', () => {
  it('--rules FILE replaces the shipped rule set', async () => {
    const custom = structuredClone(findRuleSet('kbk-2019'));
    if (!custom) throw new Error('kbk-2019 missing');
    custom.id = 'kbk-2019-kc-demo';
    custom.kelayakan.minPeserta = { nilai: 10, status: 'provisional', sumber: 'test: a region that pays small facilities' };
    const file = join(tmp(), 'rules.json');
    writeFileSync(file, JSON.stringify(custom));
    // AK 300 → 4, RRNS 25 → 1, RPPT 50 → 4: 1.6 + 0.5 + 0.4 = 2.5 → 90 % (eligible with 10 participants under this file).
    expect(await capaianA(tinyMonth(), '--rules', file)).toMatchObject({ aturan: 'kbk-2019-kc-demo', total_nilai: 2.5, kbk_berlaku: 1, persen_kapitasi: 90 });
    expect(await capaianA(tinyMonth())).toMatchObject({ aturan: 'kbk-2019', kbk_berlaku: 0, persen_kapitasi: 100 });
  });

  it('rules validate names every problem and exits 65', async () => {
    const file = join(tmp(), 'bad.json');
    writeFileSync(file, JSON.stringify({ schema: 'kbk-rules/1', id: 'x' }));
    const r = await kbk(['rules', 'validate', file]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('nama: expected a string');
    expect(r.err).toContain('indikator: expected a non-empty array');
    const good = join(tmp(), 'good.json');
    writeFileSync(good, JSON.stringify(findRuleSet('kbk-2019')));
    expect(await kbk(['rules', 'validate', good])).toMatchObject({ code: 0, out: `${good}: valid\n` });
  });

  it('rules show prints each value with status and source', async () => {
    const r = await kbk(['rules', 'show', 'permenkes-3-2023']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('tarif.klinik_pratama');
    // Rupiah grouped as the language writes it (the workbook's Aturan sheet keeps Rp3600–9000).
    expect(r.out).toMatch(/tarif\.puskesmas\s+Rp 3,600–9,000\s+verified\s+Permenkes No\. 3 Tahun 2023/);
  });

  it('an output folder that cannot be written exits 73', async () => {
    const file = join(tmp(), 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await compute(tinyMonth(), join(file, 'sub'));
    expect(r.code).toBe(73);
    expect(r.err).toContain(`kbk: error: ${join(file, 'sub')}: cannot be used as the output folder: part of the path is a file, not a folder\n`);
    expect(existsSync(join(file, 'sub'))).toBe(false);
  });
});
