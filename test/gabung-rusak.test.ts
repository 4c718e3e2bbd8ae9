// Issues 15 (item 6, and gabung's part of item 8) and 17 (one report reader): kbk's own
// reports read back by one reader that knows both dialects kbk writes. kbk gabung merges
// --csv-excel branch runs (in that dialect), refuses a folder given twice, and gives every
// damaged report exit 65 with its file and line — never 70, never a hang; the signals'
// history and kbk check read through the same reader.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { bacaLaporan } from '../src/ingest/laporan.js';
import { csvExcel } from '../src/report/csv-excel.js';
import { JENIS_LAPORAN } from '../src/report/jenis-laporan.js';
import { csvText } from '../src/report/tulis-csv.js';
import { cabangDemo as cabang, ENV_PROSES, FIXTURES, kbk, ROOT, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const BOM = '\ufeff';


const CABANG = [
  ['kc-puskesmas', ['P']],
  ['kc-klinik', ['K', 'D', 'G']],
] as const;

/** The two branch runs' report folders (canonical, or --csv-excel). */
let kanonik: string[] = [];
let excel: string[] = [];
/** The whole demo run in one go with --csv-excel: what a merge of its branches must give. */
let excelUtuh = '';

beforeAll(async () => {
  const data = CABANG.map(([, awalan]) => cabang([...awalan]));
  const akar = tmp();
  kanonik = [];
  excel = [];
  for (const [i, [nama]] of CABANG.entries()) {
    for (const [daftar, opsi, sub] of [[kanonik, [], 'k'], [excel, ['--csv-excel'], 'x']] as const) {
      const out = join(akar, sub, nama);
      const r = await kbk(['run', '--data', data[i] as string, '--month', '2024-07', '--out', out, ...opsi]);
      expect(r.code, r.err).toBe(0);
      daftar.push(out);
    }
  }
  excelUtuh = join(akar, 'utuh');
  const r = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', excelUtuh, '--csv-excel']);
  expect(r.code, r.err).toBe(0);
}, 120_000);

const baca = (path: string): Record<string, string>[] => parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];

describe('kbk gabung on --csv-excel reports (issue 17)', () => {
  it('two --csv-excel branch runs merge (exit 0) into --csv-excel reports byte-identical to the whole run, values as the canonical merge', async () => {
    const merged = tmp();
    const g = await kbk(['gabung', ...excel, '--out', merged]);
    expect(g.code, g.err).toBe(0);
    expect(g.err).toBe('');
    expect(g.out).toContain('kapitasi-2024-07.csv: 10 rows from 2 folders\n');
    for (const f of ['capaian-2024-04.csv', 'capaian-2024-05.csv', 'capaian-2024-06.csv', 'kapitasi-2024-07.csv', 'rekap-2024-07.csv']) {
      const isi = readFileSync(join(merged, f), 'utf8');
      expect(isi.startsWith(`${BOM}`), f).toBe(true);
      expect(isi.split('\n').slice(0, -1).every((l) => l.endsWith('\r')), f).toBe(true);
      expect(isi, f).toBe(readFileSync(join(excelUtuh, f), 'utf8'));
    }
    expect(readdirSync(merged).sort()).toEqual(readdirSync(join(DEMO, 'expected')).sort());
    // The values, read here with csv-parse alone: the Excel merge holds the canonical expected kapitasi's numbers.
    const x = parse(readFileSync(join(merged, 'kapitasi-2024-07.csv'), 'utf8'), { columns: true, delimiter: ';', bom: true }) as Record<string, string>[];
    const k = baca(join(DEMO, 'expected', 'kapitasi-2024-07.csv'));
    expect(x.map((r) => r.kode_ppk)).toEqual(k.map((r) => r.kode_ppk));
    for (const kolom of ['peserta_terdaftar', 'kapitasi_penuh', 'kapitasi_dibayar', 'potongan', 'persen_kapitasi', 'rata_angka_kontak', 'total_nilai'])
      expect(x.map((r) => (r[kolom] ?? '').replace(',', '.')), kolom).toEqual(k.map((r) => r[kolom]));
    // 10 facilities, Rp 90.590.000 of capitation paid in the demo's July (fixtures/demo/PERHITUNGAN.md).
    expect(x).toHaveLength(10);
    expect(x.reduce((s, r) => s + BigInt(r.kapitasi_dibayar ?? ''), 0n)).toBe(k.reduce((s, r) => s + BigInt(r.kapitasi_dibayar ?? ''), 0n));
  });

  it('a --csv-excel branch beside a canonical one is refused (65): the merged set would have no one dialect', async () => {
    const [a] = excel;
    const [, b] = kanonik;
    const r = await kbk(['gabung', a as string, b as string, '--out', tmp()]);
    expect(r.code, r.err).toBe(65);
    expect(r.err).toBe(
      `kbk: error: ${join(a as string, 'anomali-2024-04.csv')} is written with --csv-excel (BOM, ;, decimal comma) but ${join(b as string, 'anomali-2024-04.csv')} as plain CSV; merge reports of runs written the same way\n`,
    );
  });
});

describe('kbk gabung refuses a folder given twice (issue 15 item 8)', () => {
  it('A A, A ./A/ and a link to A: usage error 64 naming both, nothing written', async () => {
    const [a] = kanonik as [string];
    const link = join(tmp(), 'tautan');
    symlinkSync(a, link);
    for (const [x, y] of [[a, a], [a, `${a}/./`], [a, link]]) {
      const out = join(tmp(), 'gabung');
      const r = await kbk(['gabung', x, y, '--out', out]);
      expect(r.code, `${x} ${y}`).toBe(64);
      expect(r.err).toBe(`kbk: error: ${x} and ${y} are the same folder (${realpathSync(a)}); every row and total would count twice: give each branch's folder once (see kbk gabung --help)\n`);
      expect(() => readdirSync(out)).toThrow();
    }
  });
});

/** A copy of the canonical branch folders, the second one damaged by `rusak` (given its path). */
function salinan(): { a: string; b: string } {
  const akar = tmp();
  const a = join(akar, 'kc-puskesmas');
  const b = join(akar, 'kc-klinik');
  cpSync(kanonik[0] as string, a, { recursive: true });
  cpSync(kanonik[1] as string, b, { recursive: true });
  return { a, b };
}

/** Sets one value of a report kbk wrote, writing it back as kbk writes (csv-stringify, LF). */
function ubahNilai(path: string, baris: number, kolom: string, v: string): void {
  const header = (parse(readFileSync(path, 'utf8'), { to_line: 1 }) as string[][])[0] as string[];
  const rows = baca(path);
  (rows[baris - 2] as Record<string, string>)[kolom] = v;
  writeFileSync(path, stringify(rows, { header: true, columns: header }));
}

const gantiBaris = (path: string, baris: number, ubah: (l: string) => string): void => {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[baris - 1] = ubah(lines[baris - 1] as string);
  writeFileSync(path, lines.join('\n'));
};

/** Each damage, the file it damages (in the second branch's folder) and the message that names file and line. */
const RUSAK: { nama: string; file: string; rusak: (p: string) => void; pesan: (p: string) => string }[] = [
  {
    nama: 'truncated mid-line',
    file: 'kapitasi-2024-07.csv',
    rusak: (p) => {
      const t = readFileSync(p, 'utf8');
      const akhir2 = t.indexOf('\n', t.indexOf('\n') + 1);
      writeFileSync(p, t.slice(0, akhir2 + 20));
    },
    pesan: (p) => `${p}:3: the file ends in the middle of line 3: this report was cut short (every line kbk writes ends with a line break)`,
  },
  {
    nama: 'a stray quote',
    file: 'capaian-2024-06.csv',
    rusak: (p) => gantiBaris(p, 2, (l) => l.replace(',', ',x"y')),
    pesan: (p) => `${p}:2: not CSV as kbk writes it: a quote in the middle of a value`,
  },
  {
    nama: 'wrong header',
    file: 'rekap-2024-07.csv',
    rusak: (p) => gantiBaris(p, 1, () => 'bulan,laporan,jenis,ukuran,nilai,jumlah'),
    pesan: (p) => `${p}:1: not the header of a kbk rekap report (bulan,laporan,jenis,ukuran…)`,
  },
  {
    nama: 'a missing column',
    file: 'capaian-2024-05.csv',
    rusak: (p) => gantiBaris(p, 3, (l) => l.slice(l.indexOf(',') + 1)),
    pesan: (p) => `${p}:3: 28 values where the header has 29 columns; this report is damaged or cut`,
  },
  {
    nama: 'an extra column',
    file: 'kapitasi-2024-07.csv',
    rusak: (p) => gantiBaris(p, 2, (l) => `${l},x`),
    pesan: (p) => `${p}:2: 25 values where the header has 24 columns; this report is damaged or cut`,
  },
  {
    nama: 'a negative count in the recap',
    file: 'rekap-2024-07.csv',
    rusak: (p) => ubahNilai(p, 2, 'jumlah', '-5'),
    pesan: (p) => `${p}:2 column jumlah: "-5" is not a whole number, 0 or more (a count or whole Rupiah)`,
  },
  {
    nama: 'a fractional count in capaian',
    file: 'capaian-2024-06.csv',
    rusak: (p) => ubahNilai(p, 3, 'peserta_kontak', '142.5'),
    pesan: (p) => `${p}:3 column peserta_kontak: "142.5" is not a whole number, 0 or more (a count or whole Rupiah)`,
  },
  {
    nama: 'text in a Rupiah column',
    file: 'kapitasi-2024-07.csv',
    rusak: (p) => ubahNilai(p, 4, 'kapitasi_dibayar', 'sepuluh juta'),
    pesan: (p) => `${p}:4 column kapitasi_dibayar: "sepuluh juta" is not a whole number, 0 or more (a count or whole Rupiah)`,
  },
  {
    nama: 'an empty file',
    file: 'anomali-2024-06.csv',
    rusak: (p) => writeFileSync(p, ''),
    pesan: (p) => `${p}:1: the file is empty; a kbk report always has its header line`,
  },
  {
    nama: 'a header alone where rows are needed',
    file: 'capaian-2024-04.csv',
    rusak: (p) => writeFileSync(p, `${readFileSync(p, 'utf8').split('\n')[0]}\n`),
    pesan: (p) => `${p}:2: a header and no rows; kbk always writes a capaian report with its rows, so the run that made it failed or the file was cut`,
  },
  {
    nama: 'BOM and ; in the header, commas in the rows',
    file: 'rekap-2024-07.csv',
    rusak: (p) => {
      const [kepala, ...rows] = readFileSync(p, 'utf8').split('\n');
      writeFileSync(p, `${BOM}${(kepala as string).replaceAll(',', ';')}\r\n${rows.filter((l) => l !== '').map((l) => `${l}\r\n`).join('')}`);
    },
    pesan: (p) => `${p}:2: 1 value where the header has 6 columns; this report is damaged or cut`,
  },
  {
    nama: 'a fractional Rupiah in the recap',
    file: 'rekap-2024-07.csv',
    rusak: (p) => {
      const rows = baca(p);
      const i = rows.findIndex((r) => r.ukuran === 'kapitasi_dibayar');
      ubahNilai(p, i + 2, 'jumlah', `${rows[i]?.jumlah}.5`);
    },
    pesan: (p) => {
      const rows = baca(join(kanonik[1] as string, 'rekap-2024-07.csv'));
      const i = rows.findIndex((r) => r.ukuran === 'kapitasi_dibayar');
      return `${p}:${i + 2} column jumlah: "${rows[i]?.jumlah}.5" is not a whole number, 0 or more (a count or whole Rupiah)`;
    },
  },
];

describe('kbk gabung: every malformed branch report is 65 with its file and line (issue 15 items 6 and 8)', () => {
  it.each(RUSAK)('$nama → 65', async ({ file, rusak, pesan }) => {
    const { a, b } = salinan();
    const p = join(b, file);
    rusak(p);
    const out = join(tmp(), 'gabung');
    const r = await kbk(['gabung', a, b, '--out', out]);
    expect(r.code, r.err).toBe(65);
    expect(r.err).toBe(`kbk: error: ${pesan(p)}\n`);
    expect(() => readdirSync(out)).toThrow();
  });

  it('a FIFO named like a report: 65 naming it, at once (a separate process, with a timeout)', () => {
    const { a, b } = salinan();
    const p = join(b, 'tolak-2024-07.csv');
    rmSync(p);
    expect(spawnSync('mkfifo', [p]).status).toBe(0);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), 'gabung', a, b, '--out', join(tmp(), 'gabung')], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL', env: ENV_PROSES });
    // No timeout: it did not hang. (SIGKILL: a process blocked in open() on a FIFO never runs kbk's SIGTERM handler.)
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(65);
    expect(r.stderr).toBe(`kbk: error: ${p}: not a regular file (FIFO); kbk reads its reports from regular files only\n`);
  });

  it('a folder named like a report: 66 naming it, as for an input file', async () => {
    const { a, b } = salinan();
    const p = join(b, 'anomali-2024-05.csv');
    rmSync(p);
    mkdirSync(p);
    const r = await kbk(['gabung', a, b, '--out', tmp()]);
    expect(r.code, r.err).toBe(66);
    expect(r.err).toBe(`kbk: error: ${p}: ${p} is a folder, not a file\n`);
  });

  it('a report in the Excel dialect damaged the same ways is 65 too: a count with a decimal comma, a stray quote', async () => {
    const akar = tmp();
    const [a, b] = [join(akar, 'a'), join(akar, 'b')];
    cpSync(excel[0] as string, a, { recursive: true });
    cpSync(excel[1] as string, b, { recursive: true });
    const p = join(b, 'rekap-2024-07.csv');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/;(\d+)\r\n/, ';$1,5\r\n'));
    const r = await kbk(['gabung', a, b, '--out', tmp()]);
    expect(r.code, r.err).toBe(65);
    expect(r.err).toMatch(new RegExp(`^kbk: error: ${p}:2 column jumlah: "\\d+\\.5" is not a whole number, 0 or more \\(a count or whole Rupiah\\)\\n$`));
    const q = join(b, 'kapitasi-2024-07.csv');
    writeFileSync(p, readFileSync(join(excel[1] as string, 'rekap-2024-07.csv')));
    writeFileSync(q, readFileSync(q, 'utf8').replace(/\r\n([^;]*);/, '\r\n$1x"y;'));
    const r2 = await kbk(['gabung', a, b, '--out', tmp()]);
    expect(r2.code, r2.err).toBe(65);
    expect(r2.err).toBe(`kbk: error: ${q}:2: not CSV as kbk writes it: a quote in the middle of a value\n`);
  });
});

describe("the signals' history and kbk check read kbk's reports through the same reader", () => {
  it('a capaian left in --out by a --csv-excel run feeds the AK history as a canonical one does', async () => {
    // 300 of K002's silent participants entered on 14 June (as test/sinyal.test.ts): its AK jumps against May's.
    const dir = join(tmp(), 'demo');
    cpSync(DEMO, dir, { recursive: true });
    const kontak = new Set(baca(join(dir, '2024-06', 'kontak.csv')).map((r) => r.no_kartu));
    const diam = baca(join(dir, '2024-06', 'peserta.csv')).filter((r) => r.kode_ppk === 'K002' && !kontak.has(r.no_kartu)).slice(0, 300);
    expect(diam).toHaveLength(300);
    const kf = join(dir, '2024-06', 'kontak.csv');
    writeFileSync(kf, readFileSync(kf, 'utf8') + diam.map((r) => `${r.no_kartu},K002,2024-06-14,sehat\n`).join(''));
    const out = { k: tmp(), x: tmp() };
    expect((await kbk(['compute', '--data', dir, '--month', '2024-05', '--out', out.k])).code).toBe(0);
    expect((await kbk(['compute', '--data', dir, '--month', '2024-05', '--out', out.x, '--csv-excel'])).code).toBe(0);
    expect(readFileSync(join(out.x, 'capaian-2024-05.csv'), 'utf8').startsWith(BOM)).toBe(true);
    for (const o of [out.k, out.x]) {
      const r = await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', o]);
      expect(r.code, r.err).toBe(0);
      expect(baca(join(o, 'anomali-2024-06.csv')).find((s) => s.sinyal === 'lonjakan_ak')?.bukti).toBe('AK 201,00 ‰ (2024-06) lawan rata-rata 141,00 ‰ dari 2024-05 141,00 ‰ [capaian-2024-05.csv]');
    }
    expect(readFileSync(join(out.x, 'capaian-2024-06.csv'), 'utf8')).toBe(readFileSync(join(out.k, 'capaian-2024-06.csv'), 'utf8'));
  });

  it('a damaged earlier capaian in --out stops the run: 65 naming it and its line, no June report written', async () => {
    const out = tmp();
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-05', '--out', out])).code).toBe(0);
    const p = join(out, 'capaian-2024-05.csv');
    const t = readFileSync(p, 'utf8');
    writeFileSync(p, t.slice(0, t.length - 10));
    const n = t.split('\n').length - 1;
    const sebelum = readdirSync(out).sort();
    const r = await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', out]);
    expect(r.code, r.err).toBe(65);
    expect(r.err).toContain(`kbk: error: ${p}:${n}: the file ends in the middle of line ${n}: this report was cut short (every line kbk writes ends with a line break)\n`);
    // June's rejects are kept for the fix, as for any run that stops (README); no capaian or anomali for June.
    expect(readdirSync(out).sort()).toEqual([...sebelum, 'tolak-2024-06.csv'].sort());
  });

  it('kbk check: a damaged expected report is 65 naming it and its line, before any run', async () => {
    const copy = join(tmp(), 'demo');
    cpSync(DEMO, copy, { recursive: true });
    const p = join(copy, 'expected', 'kapitasi-2024-07.csv');
    gantiBaris(p, 5, (l) => `${l},x`);
    const r = await kbk(['check', copy]);
    expect(r.code, r.err).toBe(65);
    expect(r.err).toBe(`kbk: error: ${p}:5: 25 values where the header has 24 columns; this report is damaged or cut\n`);
  });
});

describe('the report reader: both dialects back to the same rows', () => {
  const KOLOM = ['kode_ppk', 'sinyal', 'nilai', 'ambang', 'bukti'];
  const ROWS = [
    { kode_ppk: '0112', sinyal: 'lonjakan_ak', nilai: '1.43', ambang: '1.4', bukti: 'AK 201,00 ‰ (2024-06) lawan rata-rata 141,00 ‰' },
    { kode_ppk: 'P001', sinyal: 'hari_minggu', nilai: '-0.5', ambang: '0.1', bukti: 'a "quoted"; text, over\ntwo lines' },
    { kode_ppk: '0', sinyal: 'tanpa_data', nilai: '', ambang: '3', bukti: '12,5' },
  ];
  it('an Excel-dialect report (="0112", 1,43, CRLF, BOM) reads back as the canonical rows, lines counted', () => {
    const dir = tmp();
    const x = join(dir, 'x.csv');
    const k = join(dir, 'k.csv');
    writeFileSync(x, csvExcel(KOLOM, ROWS));
    writeFileSync(k, csvText(KOLOM, ROWS));
    expect(readFileSync(x, 'utf8')).toContain('"=""0112""";lonjakan_ak;1,43;1,4;');
    const lx = bacaLaporan(x, JENIS_LAPORAN.anomali ?? null);
    const lk = bacaLaporan(k, JENIS_LAPORAN.anomali ?? null);
    expect([lx.dialek, lk.dialek]).toEqual(['excel', 'kanonik']);
    expect(lx.header).toEqual(KOLOM);
    // The Excel dialect leaves text as it is ("12,5" in bukti was never a decimal comma it wrote).
    expect(lx.rows).toEqual([ROWS[0], ROWS[1], { ...ROWS[2], bukti: '12.5' }]);
    expect(lk.rows).toEqual(ROWS);
    expect(lx.baris).toEqual([2, 3, 5]);
    expect(lk.baris).toEqual([2, 3, 5]);
  });
});
