// Prose wrapped to the terminal and tables that keep the facility name (issue 19 item 5).
// At 80 columns: no line of explain, explain --bayar, rules show or stderr wider than 80, and
// no word split (the words of the unwrapped text, in order, are the words of the wrapped
// one); the capaian, kapitasi and audit tables show the facility's name and every number
// whole. Piped (no terminal) the text is as it always was: one line per line.
import { join } from 'node:path';
import { stripVTControlCharacters as polosTeks } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { bungkusProsa, singkatkan } from '../src/report/table-engine.js';
import { FIXTURES, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');

/**
 * kbk in a terminal of `lebar` columns, stdout and stderr both (stderr's width is its own:
 * `lebarErr`), or piped when `lebar` is undefined.
 */
async function jalan(args: string[], lebar?: number, lebarErr = lebar): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    env: { LANG: 'en_US.UTF-8', KBK_CONFIG: 'none', NO_COLOR: '1' },
    isTTY: lebar !== undefined,
    lebar,
    terminalErr: lebarErr === undefined ? undefined : ({ isTTY: true, columns: lebarErr, write: () => true, on: () => undefined } as unknown as NodeJS.WriteStream),
  };
  const code = await main(['node', 'kbk', ...args], io);
  return { code, out: polosTeks(out), err: polosTeks(err) };
}

const terlebar = (teks: string): number => Math.max(0, ...teks.split('\n').map((l) => [...l].length));
const kata = (teks: string): string[] => teks.split(/\s+/).filter((k) => k !== '');

/** Wrapped on words only: the same words in the same order, no line wider than `lebar`. */
function dibungkusUtuh(sempit: string, pipa: string, lebar: number): void {
  expect(terlebar(sempit), sempit).toBeLessThanOrEqual(lebar);
  expect(kata(sempit)).toEqual(kata(pipa));
}

describe('prose at 80 columns', () => {
  it('explain: wrapped on words with a hanging indent; piped unchanged (the long provenance on one line)', async () => {
    const args = ['explain', '--data', DEMO, '--month', '2024-06', '--ppk', 'K001'];
    const sempit = await jalan(args, 80);
    const pipa = await jalan(args);
    expect(sempit.code, sempit.err).toBe(0);
    expect(pipa.code).toBe(0);
    expect(terlebar(pipa.out)).toBeGreaterThan(100);
    dibungkusUtuh(sempit.out, pipa.out, 80);
    expect(pipa.out).toContain("\n  rating 3 (> 145 and < 150; provisional: BPJS training deck 'Tips dan Trik Optimalisasi Capaian KBK' (2022); the regulation's annex itself was not read)\n");
    expect(sempit.out).toContain("\n  rating 3 (> 145 and < 150; provisional: BPJS training deck 'Tips dan Trik\n    Optimalisasi Capaian KBK' (2022); the regulation's annex itself was not\n    read)\n");
    expect(sempit.out).not.toMatch(/Optima\n/);
  });

  it('explain --bayar: its prose wrapped, its table fitted, every amount whole', async () => {
    const args = ['explain', '--bayar', '--data', DEMO, '--month', '2024-07', '--ppk', 'K001'];
    const sempit = await jalan(args, 80);
    const pipa = await jalan(args);
    expect(sempit.code, sempit.err).toBe(0);
    expect(terlebar(sempit.out)).toBeLessThanOrEqual(80);
    const rp = (t: string): string[] => [...t.matchAll(/Rp [\d,]+/g)].map((m) => m[0]);
    expect(rp(sempit.out)).toEqual(rp(pipa.out));
    expect(rp(sempit.out)).toContain('Rp 58,454,189');
    // The prose after the table: the same words.
    const sesudah = (t: string): string => t.slice(t.indexOf('\nAK —'));
    dibungkusUtuh(sesudah(sempit.out), sesudah(pipa.out), 80);
  });

  it('rules show: the source under its value, wrapped; piped one line a value as before', async () => {
    const sempit = await jalan(['rules', 'show', 'kbk-2019'], 80);
    const pipa = await jalan(['rules', 'show', 'kbk-2019']);
    expect(sempit.code).toBe(0);
    dibungkusUtuh(sempit.out, pipa.out, 80);
    expect(pipa.out).toMatch(/\nak\.rumus {37}angka_kontak \(‰\) {3}verified {4}Angka Kontak \(permil\)\n/);
    expect(sempit.out).toMatch(/\nak\.rumus {37}angka_kontak \(‰\) {3}verified\n {4}Angka Kontak \(permil\)\n/);
    const lebar = await jalan(['rules', 'show', 'kbk-2019'], 1000);
    expect(lebar.out).toBe(pipa.out); // wide enough: as piped
  });

  it('rules list: a long name continues under itself; piped as before', async () => {
    const sempit = await jalan(['rules', 'list'], 80);
    const pipa = await jalan(['rules', 'list']);
    expect(sempit.code).toBe(0);
    dibungkusUtuh(sempit.out, pipa.out, 80);
    expect(pipa.out).toContain('\nkbk-2019             2019-11..…          Peraturan BPJS Kesehatan No. 7 Tahun 2019 tentang Petunjuk Pelaksanaan Pembayaran Kapitasi Berbasis Kinerja\n');
    expect(sempit.out).toContain('\nkbk-2019             2019-11..…          Peraturan BPJS Kesehatan No. 7 Tahun\n' + ' '.repeat(41) + '2019 tentang Petunjuk Pelaksanaan\n');
  });

  it('stderr lines wrap at stderr\'s own width, continued under the text after "kbk: "; not a terminal: unchanged', async () => {
    const args = ['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()];
    const sempit = await jalan(args, undefined, 80); // stdout piped, stderr a terminal
    const pipa = await jalan(args);
    expect(sempit.code, sempit.err).toBe(0);
    expect(sempit.out).toBe(pipa.out); // stdout piped: the full tables as before
    expect(terlebar(pipa.err)).toBeGreaterThan(80);
    dibungkusUtuh(sempit.err, pipa.err, 80);
    expect(sempit.err).toContain('\nkbk: note: this report uses provisional or design values (kbk-2019: 84 values,\n     permenkes-3-2023: 1 value); see `kbk rules show kbk-2019` and override with\n     --rules FILE\n');
    expect(pipa.err).toContain('\nkbk: note: this report uses provisional or design values (kbk-2019: 84 values, permenkes-3-2023: 1 value); see `kbk rules show kbk-2019` and override with --rules FILE\n');
  });

  it('an error line too', async () => {
    const args = ['explain', '--data', DEMO, '--month', '2024-06', '--ppk', 'TIDAK-ADA-DI-DAFTAR-FASILITAS-MANAPUN-SAMA-SEKALI'];
    const sempit = await jalan(args, 40);
    const pipa = await jalan(args);
    expect(sempit.code).toBe(pipa.code);
    expect(pipa.code).not.toBe(0);
    expect(pipa.code).not.toBe(70);
    expect(terlebar(pipa.err)).toBeGreaterThan(40);
    // A word longer than the line stands alone, whole.
    expect(kata(sempit.err)).toEqual(kata(pipa.err));
    for (const l of sempit.err.split('\n')) if (!l.includes('TIDAK-ADA')) expect([...l].length, l).toBeLessThanOrEqual(40);
  });
});

describe('tables at 80 columns keep the facility name', () => {
  const RUPIAH = /Rp [\d,]+/g;
  const PERSEN = /\d+(?:\.\d+)?[%‰]/g;
  const angka = (t: string, pola: RegExp): string[] => [...t.matchAll(pola)].map((m) => m[0]);

  it('capaian and kapitasi: the name (at most two lines), every number whole; at 160 and piped as before', async () => {
    const args = (): string[] => ['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()];
    const sempit = await jalan(args(), 80);
    const lebar = await jalan(args(), 160);
    const pipa = await jalan(args());
    expect(sempit.code, sempit.err).toBe(0);
    expect(terlebar(sempit.out)).toBeLessThanOrEqual(80);
    // Every capaian and kapitasi header has the name column; no note says it went.
    const kepala = sempit.out.split('\n').filter((l) => l.startsWith('kode_ppk '));
    expect(kepala).toHaveLength(4);
    for (const k of kepala) expect(k).toMatch(/^kode_ppk +name /);
    expect(sempit.out).not.toContain('nama_fktp not shown');
    expect(sempit.out).toContain('\nK001      Klinik Pratama  150.00‰   3.00%   5.00%   4/2/4   3.00  97%\n          Sehat\n');
    expect(sempit.out).toContain('\nK001      Klinik         3/3   3.00      97%         Rp 58,454,189  Rp 1,807,861\n          Pratama…\n');
    // Numbers never split: every amount and percentage of the capaian and kapitasi tables, in order
    // (the recap under them leaves out its sums at 80, as before).
    const tabel = (t: string): string => t.slice(0, t.indexOf('\nRekap'));
    expect(angka(tabel(sempit.out), RUPIAH)).toEqual(angka(tabel(pipa.out), RUPIAH));
    expect(angka(tabel(sempit.out), RUPIAH)).toHaveLength(22); // 10 facilities × 2 + the two totals
    expect(angka(tabel(sempit.out), PERSEN)).toEqual(angka(tabel(pipa.out), PERSEN));
    // At 160 every table fits: as piped.
    expect(lebar.out).toBe(pipa.out);
    expect(pipa.out).toContain('\nK001      Klinik Pratama Sehat    ');
  });

  it('audit: the name column, headings stacked on "_" and more outreach counts at 80; one heading line when it fits (200) and piped', async () => {
    const args = (): string[] => ['audit', '--data', DEMO, '--month', '2024-06', '--out', tmp()];
    const sempit = await jalan(args(), 80);
    const lebar = await jalan(args(), 200);
    const pipa = await jalan(args());
    expect(sempit.code, sempit.err).toBe(0);
    expect(terlebar(sempit.out)).toBeLessThanOrEqual(80);
    const l = sempit.out.split('\n');
    expect(l[0]).toMatch(/^kode_ppk +name +baris_audit +peserta +peserta +baris +perlu$/);
    expect(l[1]).toMatch(/^ +terdaftar +kontak +rujukan +kontak$/);
    expect(sempit.out).toContain('\nK001      Klinik Pratama Sehat        5,000      5,000      740      100   4,260\n');
    expect(sempit.out.replace(/\s+/g, ' ')).toContain('columns perlu_kendali_dm, perlu_daftar_prolanis_dm, perlu_kendali_ht not shown: terminal 80 columns; --json has them');
    expect(lebar.out).toBe(pipa.out);
    expect(pipa.out.split('\n')[0]).toMatch(/^kode_ppk +name +baris_audit +peserta_terdaftar +peserta_kontak +baris_rujukan +perlu_kontak +perlu_kendali_dm +perlu_daftar_prolanis_dm +perlu_kendali_ht$/);
    expect(pipa.out).toMatch(/\nK001 +Klinik Pratama Sehat +5,000 +5,000 +740 +100 +4,260 +\d/);
  });
});

describe('the pieces', () => {
  it('singkatkan: on words, at most the lines asked, "…" where cut; a word wider than the column cut with "…"', () => {
    expect(singkatkan('Klinik Pratama Sehat', 10, 2)).toBe('Klinik\nPratama…');
    expect(singkatkan('Klinik Pratama Sehat', 14, 2)).toBe('Klinik Pratama\nSehat');
    expect(singkatkan('Klinik Pratama Sehat', 20, 2)).toBe('Klinik Pratama Sehat');
    expect(singkatkan('Puskesmas Terpencil Sekali', 10, 1)).toBe('Puskesmas…');
    expect(singkatkan('Puskesmas', 6, 2)).toBe('Puske…');
  });

  it('bungkusProsa: nothing without a width; words never cut, "Rp" with its amount', () => {
    const t = 'kbk: warning: ' + 'kata '.repeat(30) + 'Rp 1.000.000 selesai';
    expect(bungkusProsa(t)).toBe(t);
    const b = bungkusProsa(t, 30);
    expect(terlebar(b)).toBeLessThanOrEqual(30);
    expect(kata(b)).toEqual(kata(t));
    expect(b).toMatch(/Rp 1\.000\.000/);
    for (const l of b.split('\n').slice(1)) expect(l).toMatch(/^ {5}\S/);
  });
});
