// Issue 12: the readers' messages (src/pesan/ingest.ts) in Indonesian, the default, and in
// English (the language of most other tests); the rejects file and validate --json the
// same in both.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
const KONTAK = 'no_kartu,kode_ppk,tgl_kontak\n';
const ID = { env: { LANG: 'id_ID.UTF-8' } };
const EN = { env: { LANG: 'en_US.UTF-8' } };
type Bahasa = typeof ID;
const compute = (data: string, out: string, bahasa: Bahasa, ...more: string[]) => kbk(['compute', '--data', data, '--month', '2024-06', '--out', out, ...more], bahasa);
/** The one error line, in either language. */
const galat = (err: string): string => err.split('\n').find((l) => l.startsWith('kbk: galat: ') || l.startsWith('kbk: error: ')) ?? `(no error line in: ${err})`;

/** A header whose date column is named "tanggal": close to tgl_kontak, which is missing. */
const tanpaKolom = () => tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tanggal\n${c(1)},A,2024-06-01\n` });
/** One bad date in two rows: above the default --max-reject-rate of 1 %. */
const tanggalSalah = () => tinyMonth({ 'kontak.csv': `${KONTAK}${c(1)},A,2024-06-03\n${c(2)},A,2024-13-01\n` });
/** A card whose leading zeros Excel dropped (masked on the terminal, as written in the rejects). */
const kartuPendek = () => tinyMonth({ 'kontak.csv': `${KONTAK}${c(1)},A,2024-06-03\n9000000002,A,2024-06-04\n` });

describe('the readers in Indonesian (the default)', () => {
  it('a missing required column: exit 65, the column, its accepted names and the close header cell', async () => {
    const r = await compute(tanpaKolom(), tmp(), ID);
    expect(r.code).toBe(65);
    expect(galat(r.err)).toBe(
      'kbk: galat: 2024-06/kontak.csv:1: kolom wajib tgl_kontak tidak ada (diterima: tgl_kontak, tgldaftar, tgl_kunjungan, tgl_pelayanan, tglkunjungan, tglpelayanan); header memuat "tanggal" (kolom 3), mirip tgl_kontak: salah eja?; isi header: no_kartu, kode_ppk, tanggal',
    );
  });

  it('--strict stops at the first bad row, quoting its message in Indonesian (card masked)', async () => {
    const r = await compute(kartuPendek(), tmp(), ID, '--strict');
    expect(r.code).toBe(65);
    expect(galat(r.err)).toBe(
      'kbk: galat: 2024-06/kontak.csv:3 kolom no_kartu: no_kartu "9000•••002" hanya 10 digit, bukan 13: angka nol di depannya kemungkinan hilang (Excel menyimpan kolom itu sebagai angka); kbk tidak menambahkannya, ekspor kolom itu sebagai teks (--strict berhenti pada baris salah pertama)',
    );
  });

  it('rejects above --max-reject-rate: exit 65, the share with decimal commas, the first row in Indonesian', async () => {
    const r = await compute(tanggalSalah(), tmp(), ID);
    expect(r.code).toBe(65);
    expect(galat(r.err)).toBe(
      'kbk: galat: 2024-06/kontak.csv: 1 dari 2 baris ditolak (50,00%, di atas --max-reject-rate 1,00%); yang pertama: baris 3 kolom tgl_kontak: tgl_kontak "2024-13-01" bukan tanggal yang sah dalam format yyyy-mm-dd: tidak ada bulan 13',
    );
  });

  it('a folder where a file should be, and a missing month folder: exit 66', async () => {
    const data = tinyMonth();
    const path = join(data, '2024-06/kontak.csv');
    rmSync(path);
    mkdirSync(path);
    const r = await compute(data, tmp(), ID);
    expect([r.code, galat(r.err)]).toEqual([66, `kbk: galat: 2024-06/kontak.csv: ${path} adalah folder, bukan berkas`]);

    const bulan = tinyMonth();
    const r2 = await kbk(['compute', '--data', bulan, '--month', '2024-05', '--out', tmp()], ID);
    expect([r2.code, galat(r2.err)]).toEqual([
      66,
      `kbk: galat: ${join(bulan, '2024-05')}: folder bulan tidak ada; yang diharapkan peserta.csv, kontak.csv, rujukan.csv, prolanis.csv di dalamnya`,
    ]);
  });

  it('progress lines count the rows with a thousands dot; a file-shape warning in Indonesian', async () => {
    const r = await compute(join(FIXTURES, 'demo'), tmp(), ID);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: 2024-06/peserta.csv: 34.201 baris\n');
    expect(r.err).toContain('kbk: 2024-06/kontak.csv: 5.144 baris\n');
    expect(r.err).toContain('kbk: 2024-06/prolanis.csv: 735 baris\n');

    const tiny = await compute(tinyMonth(), tmp(), ID);
    expect(tiny.code, tiny.err).toBe(0);
    expect(tiny.err).toContain('kbk: peringatan: 2024-06/peserta.csv tidak memiliki kolom status: setiap peserta dianggap aktif\n');
  });
});

describe('the same paths in English', () => {
  it('a missing required column', async () => {
    const r = await compute(tanpaKolom(), tmp(), EN);
    expect(r.code).toBe(65);
    expect(galat(r.err)).toBe(
      'kbk: error: 2024-06/kontak.csv:1: missing required column tgl_kontak (accepted: tgl_kontak, tgldaftar, tgl_kunjungan, tgl_pelayanan, tglkunjungan, tglpelayanan); the header has "tanggal" (column 3), close to tgl_kontak: is it misspelt?; header is: no_kartu, kode_ppk, tanggal',
    );
  });

  it('--strict and the rejects threshold', async () => {
    const strict = await compute(kartuPendek(), tmp(), EN, '--strict');
    expect([strict.code, galat(strict.err)]).toEqual([
      65,
      'kbk: error: 2024-06/kontak.csv:3 column no_kartu: no_kartu "9000•••002" has 10 digits, not 13: its leading zeros were probably lost (Excel stores the column as a number); kbk does not pad it, export the column as text (--strict stops at the first bad row)',
    ]);
    const ambang = await compute(tanggalSalah(), tmp(), EN);
    expect([ambang.code, galat(ambang.err)]).toEqual([
      65,
      'kbk: error: 2024-06/kontak.csv: 1 of 2 rows rejected (50.00%, above --max-reject-rate 1.00%); first: line 3 column tgl_kontak: tgl_kontak "2024-13-01" is not a real date as yyyy-mm-dd: there is no month 13',
    ]);
  });

  it('progress lines with a thousands comma', async () => {
    const r = await compute(join(FIXTURES, 'demo'), tmp(), EN);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: 2024-06/peserta.csv: 34,201 rows\n');
    expect(r.err).toContain('kbk: 2024-06/kontak.csv: 5,144 rows\n');
  });
});

describe('machine outputs do not change with the language', () => {
  it('the rejects file: the same rows and kode in both languages, alasan in the run\'s language (issue 19)', async () => {
    for (const [data, strict] of [[tanggalSalah(), []], [kartuPendek(), ['--strict']]] as const) {
      const id = tmp();
      const en = tmp();
      expect((await compute(data, id, ID, ...strict)).code).toBe(65);
      expect((await compute(data, en, EN, ...strict)).code).toBe(65);
      const baca = (dir: string) => (parse(readFileSync(join(dir, 'tolak-2024-06.csv')), { columns: true }) as Record<string, string>[]).filter((x) => x.file === '2024-06/kontak.csv');
      const [rowsId, rowsEn] = [baca(id), baca(en)];
      expect(rowsId.map(({ alasan: _a, ...r }) => r)).toEqual(rowsEn.map(({ alasan: _a, ...r }) => r));
      expect(rowsEn.map((x) => [x.kode, x.alasan])).toEqual([
        strict.length === 0
          ? ['bukan_tanggal', 'tgl_kontak "2024-13-01" is not a real date as yyyy-mm-dd: there is no month 13']
          : ['kartu_nol_hilang', 'no_kartu "9000000002" has 10 digits, not 13: its leading zeros were probably lost (Excel stores the column as a number); kbk does not pad it, export the column as text'],
      ]);
      expect(rowsId.map((x) => x.alasan)).toEqual([
        strict.length === 0
          ? 'tgl_kontak "2024-13-01" bukan tanggal yang sah dalam format yyyy-mm-dd: tidak ada bulan 13'
          : 'no_kartu "9000000002" hanya 10 digit, bukan 13: angka nol di depannya kemungkinan hilang (Excel menyimpan kolom itu sebagai angka); kbk tidak menambahkannya, ekspor kolom itu sebagai teks',
      ]);
    }
  });

  it('validate --json gives the same English failures and warnings in both languages', async () => {
    const data = tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tanggal\n${c(1)},A,2024-06-01\n` });
    const id = await kbk(['validate', '--data', data, '--json'], ID);
    const en = await kbk(['validate', '--data', data, '--json'], EN);
    expect([id.code, en.code]).toEqual([65, 65]);
    expect(id.out).toBe(en.out);
    const files = JSON.parse(id.out).files as Record<string, unknown>[];
    const kontak = files.find((f) => f.label === '2024-06/kontak.csv') as Record<string, unknown>;
    expect(kontak.gagal).toMatch(/^2024-06\/kontak\.csv:1: missing required column tgl_kontak \(accepted: /);
    expect(files.find((f) => f.label === '2024-06/peserta.csv')?.peringatan).toEqual(['2024-06/peserta.csv has no status column: every participant is taken as active']);
    expect(Object.keys(kontak)).not.toContain('teks');
  });
});

describe('RowError and Penolakan carry both languages', () => {
  it('a RowError keeps its English message for the rejects and both texts for the terminal', async () => {
    const { RowError } = await import('../src/ingest/row-error.js');
    const { PESAN_INGEST } = await import('../src/pesan/ingest.js');
    const e = new RowError('gdp', PESAN_INGEST.bukanAngka('gdp', 'tinggi'), 'not a number');
    expect(e.message).toBe('gdp "tinggi" is not a number (expected e.g. 126 or 6,8)');
    expect(e.teks.id).toBe('gdp "tinggi" bukan angka (yang diharapkan mis. 126 atau 6,8)');
    expect(new RowError('x', 'same in both', 'k').teks).toEqual({ id: 'same in both', en: 'same in both' });
  });

  it('the threshold message quotes the first bad row of the file in each language, with grouped numbers in Indonesian', async () => {
    const { Penolakan } = await import('../src/ingest/rejects.js');
    const { teks } = await import('../src/pesan/index.js');
    const p = new Penolakan({ strict: false, maxRejectRate: 0.01 });
    const row = (baris: number) => ({ file: 'f.csv', baris, kolom: 'gdp', alasan: `gdp "x${baris}" is not a number`, jenis: 'not a number', isi: '' });
    for (let i = 2; i < 1502; i++) p.tolak(row(i), teks(`gdp "x${i}" bukan angka`, `gdp "x${i}" is not a number`));
    expect(p.pesanMelebihi('f.csv', 2000)).toEqual({
      id: 'f.csv: 1.500 dari 2.000 baris ditolak (75,00%, di atas --max-reject-rate 1,00%); yang pertama: baris 2 kolom gdp: gdp "x2" bukan angka',
      en: 'f.csv: 1500 of 2000 rows rejected (75.00%, above --max-reject-rate 1.00%); first: line 2 column gdp: gdp "x2" is not a number',
    });
    expect(p.melebihi('f.csv', 2000)).toBe(p.pesanMelebihi('f.csv', 2000)?.en);
    expect([...p.semua()].map((t) => t.alasan).slice(0, 2)).toEqual(['gdp "x2" is not a number', 'gdp "x3" is not a number']);
    p.tutup();
  });
});
