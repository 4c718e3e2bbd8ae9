// Issue 19 items 2, 3 and 6: the usual mistakes named for what they are (a workbook saved
// as .csv, a file or month folder under a near name, a mistyped option, the Indonesian
// command names), cron-quiet stdout, and the smaller points (the rejects line only when
// there are rows, the month each command means, kbk config's --no-color, plain kbk).
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulanDariNama } from '../src/ingest/mirip.js';
import { FIXTURES, kbk, kbkKode, tinyMonth, tmp } from './helpers.js';

const ID = { env: { LANG: 'id_ID.UTF-8' } };
const demo = (): string => {
  const d = join(tmp(), 'demo');
  cpSync(join(FIXTURES, 'demo'), d, { recursive: true });
  return d;
};
const compute = (data: string, ...more: string[]) => kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '-q', ...more]);

describe('a workbook saved under a .csv name', () => {
  it.each([
    ['xlsx (zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x80])],
    ['Excel 97–2003 (OLE2)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x80])],
  ])('%s: 65, said to be a workbook, not a UTF-8 fault, also with --encoding', async (_nama, isi) => {
    const data = tinyMonth();
    writeFileSync(join(data, '2024-06', 'kontak.csv'), isi);
    const r = await compute(data);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 2024-06/kontak.csv: this is an Excel workbook, not CSV: save it as CSV UTF-8 (or use --summary for the branch workbook)\n');
    expect(r.err).not.toContain('UTF-8,');
    expect(r.err).not.toContain('no report written'); // the rejects are empty: nothing to look at there
    const enc = await compute(data, '--encoding', 'windows-1252');
    expect([enc.code, enc.err.includes('this is an Excel workbook, not CSV')]).toEqual([65, true]);
    const id = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp()], ID);
    expect(id.code).toBe(65);
    expect(id.err).toContain('kbk: galat: 2024-06/kontak.csv: ini workbook Excel, bukan CSV: simpan sebagai CSV UTF-8 (atau pakai --summary untuk workbook cabang)\n');
  });
});

describe('a missing month file: the near misses present', () => {
  const tanpaKontak = (...ada: string[]): string => {
    const data = tinyMonth();
    for (const n of ada) writeFileSync(join(data, '2024-06', n), 'x\n');
    rmSync(join(data, '2024-06', 'kontak.csv'));
    return data;
  };
  it('Kontak.CSV: rename it (66)', async () => {
    const data = tanpaKontak('Kontak.CSV');
    const r = await compute(data);
    expect(r.code).toBe(66);
    expect(r.err).toBe(`kbk: error: 2024-06/kontak.csv: file not found (looked for ${join(data, '2024-06', 'kontak.csv')}); present instead: Kontak.CSV: rename it to kontak.csv\n`);
  });
  it('kontak (1).csv and kontak - Copy.csv: rename the right one', async () => {
    const r = await compute(tanpaKontak('kontak (1).csv', 'kontak - Copy.csv', 'rujukan (1).csv'));
    expect(r.code).toBe(66);
    expect(r.err).toContain('; present instead: kontak (1).csv, kontak - Copy.csv: rename the right one to kontak.csv\n');
  });
  it('kontak.xlsx: save it as CSV, in each language', async () => {
    const data = tanpaKontak('kontak.xlsx');
    const r = await compute(data);
    expect(r.code).toBe(66);
    expect(r.err).toContain('; present instead: kontak.xlsx: open it in Excel and save it as CSV UTF-8 named kontak.csv\n');
    const id = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp()], ID);
    expect(id.code).toBe(66);
    expect(id.err).toContain('; yang ada: kontak.xlsx: buka di Excel dan simpan sebagai CSV UTF-8 bernama kontak.csv\n');
  });
  it('nothing near: the message as it was', async () => {
    const data = tanpaKontak('catatan.txt');
    const r = await compute(data);
    expect(r.code).toBe(66);
    expect(r.err).toBe(`kbk: error: 2024-06/kontak.csv: file not found (looked for ${join(data, '2024-06', 'kontak.csv')})\n`);
  });
});

describe('a missing month folder: the folders that name the month another way', () => {
  it.each(['Juni 2024', '2024-6', '06-2024', '2024_06', 'June 2024', '202406'])('%s (compute, validate: 66)', async (nama) => {
    const data = tinyMonth();
    renameSync(join(data, '2024-06'), join(data, nama));
    mkdirSync(join(data, 'Mei 2024'));
    const r = await compute(data);
    expect(r.code).toBe(66);
    expect(r.err).toBe(
      `kbk: error: ${join(data, '2024-06')}: month folder is missing; expected peserta.csv, kontak.csv, rujukan.csv, prolanis.csv inside it; present instead: ${nama}: rename it to 2024-06\n`,
    );
    const v = await kbk(['validate', '--data', data, '--month', '2024-06'], ID);
    expect(v.code).toBe(66);
    expect(v.err).toContain(`; yang ada: ${nama}: ganti namanya menjadi 2024-06`);
  });
  it('the month a folder name means', () => {
    expect(bulanDariNama('Juni 2024')).toBe(bulanDariNama('2024-06'));
    expect(bulanDariNama('2024 Desember')).toBe(bulanDariNama('12-2024'));
    expect(bulanDariNama('Agustus 2024')).toBe(bulanDariNama('2024.8'));
    for (const n of ['2024-13', 'laporan 2024', 'Juni', '2024-06-01', '13-2024']) expect(bulanDariNama(n), n).toBeNull();
  });
});

describe('the command line', () => {
  it('an unknown option is named before a missing required one, with the nearest known option (64)', async () => {
    const data = tinyMonth();
    const r = await kbk(['compute', '--data', data, '--mnth', '2024-06']);
    expect(r.code).toBe(64);
    expect(r.err).toBe("kbk: error: unknown option '--mnth' (did you mean --month?) (see kbk compute --help)\n");
    const id = await kbk(['bayar', '--data', data, '--mnth=2024-07'], ID);
    expect(id.code).toBe(64);
    expect(id.err).toBe("kbk: galat: opsi '--mnth' tidak dikenal (maksudnya --month?) (lihat kbk pay --help)\n");
    const m = await kbk(['pay', '--data', data, '-m', '2024-07']);
    expect(m.code).toBe(64);
    expect(m.err).toBe("kbk: error: unknown option '-m' (see kbk pay --help)\n");
    // A value that begins like an option is the value, not an option.
    const tanpa = await kbk(['compute', '--data', data]);
    expect([tanpa.code, tanpa.err]).toEqual([64, "kbk: error: required option '--month <YYYY-MM>' not specified (see kbk compute --help)\n"]);
  });

  it('--bulan is --month; the Indonesian command names run the commands', async () => {
    const data = tinyMonth();
    const a = await kbkKode(0, ['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--json']);
    const b = await kbkKode(0, ['hitung', '--data', data, '--bulan', '2024-06', '--out', tmp(), '--json']);
    const c = await kbkKode(0, ['hitung', '--data', data, '--bulan=2024-06', '--out', tmp(), '--json']);
    expect(b.out).toBe(a.out);
    expect(c.out).toBe(a.out);
    expect(JSON.parse(a.out).capaian[0][0].kode_ppk).toBe('A');
    for (const [alias, perintah] of [['periksa', 'validate'], ['jelaskan', 'explain'], ['cek', 'check'], ['aturan', 'rules'], ['jalankan', 'run'], ['bayar', 'pay']])
      expect((await kbkKode(0, [alias, '--help'])).out, alias).toMatch(new RegExp(`^Usage: kbk ${perintah}\\|${alias} `));
    expect((await kbkKode(0, ['aturan', 'list'])).out).toBe((await kbkKode(0, ['rules', 'list'])).out);
  });

  it('help shows the aliases, --bulan, and which month each command means', async () => {
    const top = await kbkKode(0, ['--help']);
    for (const p of ['compute|hitung', 'pay|bayar', 'run|jalankan', 'validate|periksa', 'explain|jelaskan', 'check|cek', 'rules|aturan']) expect(top.out, p).toContain(`\n  ${p} `);
    const rata = (s: string): string => s.replace(/\s+/g, ' ');
    expect(rata((await kbkKode(0, ['pay', '--help'])).out)).toContain('--month <YYYY-MM> the payment month (the month the capitation is paid; its assessment months come before it) (also: --bulan)');
    expect(rata((await kbkKode(0, ['run', '--help'])).out)).toContain('--month <YYYY-MM> the payment month');
    expect(rata((await kbkKode(0, ['compute', '--help'])).out)).toContain('--month <YYYY-MM> the assessment month (the month of service assessed) (also: --bulan)');
    expect(rata((await kbkKode(0, ['bayar', '--help'], ID)).out)).toContain('--month <YYYY-MM> bulan bayar (bulan kapitasi dibayarkan; bulan penilaiannya sebelum itu) (juga: --bulan)');
    expect(rata((await kbkKode(0, ['run', '--help'])).out)).toContain('-q, --quiet print warnings and errors only (no progress, notes or summaries on stderr), and nothing on stdout unless --json: the reports are the files (for cron)');
    expect(rata((await kbkKode(0, ['explain', '--help'])).out)).toContain('-q, --quiet print warnings and errors only (no progress, notes or summaries on stderr) ');
  });

  it('plain kbk: the help on stdout, exit 0', async () => {
    const r = await kbkKode(0, []);
    expect(r.err).toBe('');
    expect(r.out).toBe((await kbkKode(0, ['--help'])).out);
  });
});

describe('cron-quiet', () => {
  it('run -q on the demo: nothing on stdout or stderr, the reports written; --json still printed', async () => {
    const data = demo();
    const out = tmp();
    const r = await kbkKode(0, ['run', '--data', data, '--month', '2024-07', '--out', out, '-q']);
    expect(r.out).toBe('');
    expect(readdirSync(out).sort()).toContain('kapitasi-2024-07.csv');
    const j = await kbkKode(0, ['run', '--data', data, '--month', '2024-07', '--out', tmp(), '-q', '--json']);
    expect(JSON.parse(j.out).kapitasi.length).toBe(10);
    const v = await kbkKode(0, ['validate', '--data', data, '--month', '2024-06', '-q']);
    expect(v.out).toBe('');
    // Without --quiet the tables are there.
    expect((await kbkKode(0, ['run', '--data', data, '--month', '2024-07', '--out', tmp()])).out.split('\n').length).toBeGreaterThan(50);
    // A command whose output is what was asked for keeps it.
    expect((await kbkKode(0, ['rules', 'list', '-q'])).out).not.toBe('');
  });
});

describe('the smaller points', () => {
  it('kbk config shows --no-color as not given, not as "true (default)"', async () => {
    const r = await kbkKode(0, ['config', 'run']);
    expect(r.out).toContain('\n  --no-color                -  (default)\n');
    expect((await kbkKode(0, ['config', 'jalankan'])).out).toBe(r.out);
    const cwd = tmp();
    writeFileSync(join(cwd, 'kbk.config.json'), JSON.stringify({ color: false }));
    const k = await kbk(['config', 'run'], { cwd });
    expect(k.code).toBe(0);
    expect(k.out).toMatch(/\n {2}--no-color {16}true {2}\(/);
  });
});

describe('the nearest option', () => {
  it('a swapped pair of letters, a prefix, and nothing near', async () => {
    const lnag = await kbk(['rules', 'show', 'kbk-2019', '--lnag', 'id']);
    expect([lnag.code, lnag.err]).toEqual([64, "kbk: error: unknown option '--lnag' (did you mean --lang?) (see kbk rules show --help)\n"]);
    const max = await kbk(['run', '--max', '5']);
    expect([max.code, max.err]).toEqual([64, "kbk: error: unknown option '--max' (did you mean --max-row-bytes, --max-field-bytes, --max-reject-rate?) (see kbk run --help)\n"]);
    const r = await kbk(['run', '--zzzzzzzz']);
    expect(r.code).toBe(64);
    expect(r.err).toBe("kbk: error: unknown option '--zzzzzzzz' (see kbk run --help)\n");
  });
});
