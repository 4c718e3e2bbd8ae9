// The terminal tables fitted to the terminal (src/report/table-engine.ts): drawn with colours on,
// at 80 and 160 columns, no line is wider than the terminal, every column stays aligned
// (colour codes take no width), no number is split across lines, and the columns left out
// at 80 are named under the table and are back at 160. On fixtures/demo, whose amounts are
// hand-checked (K001 is paid Rp 58.454.189 in 2024-07, Rp 237.244.189 in all).
import { join } from 'node:path';
import { stripVTControlCharacters as polosTeks } from 'node:util';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { banding } from '../src/app/banding.js';
import { jelaskanBayar } from '../src/app/jelaskan-bayar.js';
import { pay, type HasilJob, type OpsiJob } from '../src/app/jobs.js';
import { proyeksi } from '../src/app/proyeksi.js';
import { validate } from '../src/app/validate.js';
import { parseDate, parseMonth } from '../src/core/month.js';
import { jelaskanBayarTeks } from '../src/report/jelaskan-bayar.js';
import { tabelProyeksi } from '../src/report/proyeksi.js';
import { tabelRekap } from '../src/report/rekap.js';
import { tabelBanding, tabelCapaian, tabelKapitasi, tabelValidasi } from '../src/report/tabel-kbk.js';
import { atur, bungkusTeks, gambarPolos, lebarTerminal, tabel, ukur, type Kolom, type Sel } from '../src/report/table-engine.js';
import { findRuleSet } from '../src/rules/index.js';
import type { RuleSet } from '../src/rules/schema.js';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const warna = new Chalk({ level: 1 });
const opsi = (extra: Partial<OpsiJob> = {}): OpsiJob => ({ dataDir: DEMO, outDir: tmp(), strict: false, maxRejectRate: 0.01, dialek: {}, log: () => {}, ...extra });

/** kbk-2019 with the puskesmas top band at 110 %: P001 is paid Rp 3.000.000 more (an insentif; a selisih in banding). */
function aturanInsentif(): RuleSet {
  const r = structuredClone(findRuleSet('kbk-2019') as RuleSet);
  r.id = 'kbk-insentif';
  (r.pembayaran[0] as RuleSet['pembayaran'][number]).band[0]!.persen = '110';
  return r;
}

const baris = (teks: string): string[] => polosTeks(teks).split('\n');
const terlebar = (teks: string): number => Math.max(...baris(teks).map((l) => l.length));

/** The columns as the rule under the header draws them: [start, end) of each run of ─. */
function kolomDari(garis: string): [number, number][] {
  return [...garis.matchAll(/─+/g)].map((m) => [m.index as number, (m.index as number) + m[0].length]);
}

/**
 * Every table of `teks` (a rule under a header starts one): the header and each line that
 * `adalahBaris` says is a row (or a row's wrapped continuation) keep to the columns: nothing
 * in the two spaces between columns, and each cell's text touches its column's left edge
 * (text) or right edge (numbers). Returns how many lines were checked.
 */
function periksaRata(teks: string, adalahBaris: (l: string) => boolean): number {
  const lines = baris(teks);
  let diperiksa = 0;
  let kolom: [number, number][] = [];
  for (const [n, l] of lines.entries()) {
    if (/^[─ ]+$/.test(l) && l.includes('─')) {
      kolom = kolomDari(l);
      // A heading may wrap (on words) onto a second line.
      const header = lines[n - 1] as string;
      const atas = lines[n - 2] ?? '';
      for (const [a, b] of kolom) expect(header.slice(a, b).trim() || atas.slice(a, b).trim(), `header over ${a}–${b}: ${header}`).not.toBe('');
      periksaBaris(header, kolom);
      continue;
    }
    if (kolom.length === 0 || l.trim() === '' || !adalahBaris(l)) continue;
    periksaBaris(l, kolom);
    diperiksa++;
  }
  return diperiksa;
}

function periksaBaris(l: string, kolom: [number, number][]): void {
  const akhir = (kolom[kolom.length - 1] as [number, number])[1];
  expect(l.length, l).toBeLessThanOrEqual(akhir);
  for (const [i, [a, b]] of kolom.entries()) {
    const sel = l.slice(a, b).padEnd(b - a);
    if (sel.trim() !== '') expect(sel[0] !== ' ' || sel[sel.length - 1] !== ' ', `cell ${i} "${sel}" of: ${l}`).toBe(true);
    const sela = l.slice(b, (kolom[i + 1] ?? [b])[0]);
    expect(sela.trim(), `gap after column ${i} of: ${l}`).toBe('');
  }
}

/**
 * Nothing that looks like half a number at a line's end or start: "Rp", a sign, ".189", "%"
 * (a list wrapped after its "+", as "kurva+", is no sign).
 */
function tidakTerpotong(teks: string): void {
  for (const l of baris(teks)) {
    expect(l.trimEnd(), l).not.toMatch(/(Rp|(^|\s)[+−]|\d\.)$/);
    expect(l.trimStart(), l).not.toMatch(/^([.,]\d|[%‰])/);
  }
}

/** The numbers of a kind in a text, in order: each must come out of a narrower table whole. */
const angka = (teks: string, pola: RegExp): string[] => [...polosTeks(teks).matchAll(pola)].map((m) => m[0]);
const RUPIAH = /[+−]?Rp [\d.]+/g;
const PERSEN = /\d+(?:[.,]\d+)?[%‰]/g;

/** The checks every table takes at 80 and 160 columns. */
function periksa(teks: string, lebar: number, adalahBaris: (l: string) => boolean): void {
  expect(teks).toMatch(/\u001b\[/); // colours on: they must not count as width
  expect(terlebar(teks), polosTeks(teks)).toBeLessThanOrEqual(lebar);
  expect(periksaRata(teks, adalahBaris)).toBeGreaterThan(0);
  tidakTerpotong(teks);
}

const KODE = (l: string): boolean => /^[A-Z]\d{3} /.test(l) || /^ {10}\S/.test(l); // a facility's row or its wrapped name

let demo: HasilJob;
let insentif: HasilJob;
beforeAll(async () => {
  demo = await pay(opsi(), parseMonth('2024-07') as number, true);
  insentif = await pay(opsi({ rules: aturanInsentif() }), parseMonth('2024-07') as number, false);
});

describe('tabelCapaian', () => {
  it('at 80 shortens the name and wraps the capitation note, every number kept; at 160 the full table; aligned with colours on', () => {
    const cap = demo.capaian[2] as HasilJob['capaian'][number]; // 2024-06
    const sempit = tabelCapaian(cap.rows, cap.rules, warna, 80, 'id');
    const lebar = tabelCapaian(cap.rows, cap.rules, warna, 160, 'id');
    const penuh = tabelCapaian(cap.rows, cap.rules, warna, undefined, 'id');
    periksa(sempit, 80, KODE);
    periksa(lebar, 160, KODE);
    expect(baris(sempit)[1]).toMatch(/^kode_ppk +nama +AK +RRNS +RPPT +rating +nilai +kapitasi$/);
    expect(polosTeks(sempit)).not.toContain('tidak ditampilkan');
    expect(polosTeks(sempit)).toContain('\nK001      Klinik Pratama  148,00‰   4,00%   5,00%   3/1/4   2,10  96%\n          Sehat\n');
    expect(polosTeks(sempit)).toContain('\nP004      Puskesmas       145,00‰   2,00%   4,00%   2/4/3   3,10  100% (tidak\n          Terpencil                                               berlaku)\n');
    expect(baris(lebar)[1]).toMatch(/^kode_ppk +nama +AK +RRNS +RPPT +rating +nilai +kapitasi$/);
    expect(polosTeks(lebar)).toContain('Klinik Pratama Sehat');
    expect(polosTeks(lebar)).not.toContain('tidak ditampilkan');
    expect(lebar).toBe(penuh); // it fits: the table as without a terminal
    // Every indicator value and percentage of the full table, whole, in the narrow one.
    expect(angka(sempit, PERSEN)).toEqual(angka(penuh, PERSEN));
  });
});

describe('tabelKapitasi', () => {
  it('at 80 shortens the name to two lines (no column needs to go); every amount whole; the floor column has a heading', () => {
    const k = demo.kapitasi as NonNullable<HasilJob['kapitasi']>;
    const sempit = tabelKapitasi(k.rows, warna, 80, 'id');
    const lebar = tabelKapitasi(k.rows, warna, 160, 'id');
    periksa(sempit, 80, KODE);
    periksa(lebar, 160, KODE);
    for (const t of [sempit, lebar]) {
      expect(baris(t).find((l) => l.startsWith('K001 '))).toMatch(/ Rp 58\.454\.189  Rp 1\.807\.861$/);
      expect(baris(t)).toContain('Total dibayar Rp 237.244.189   potongan Rp 4.809.861');
      expect(angka(t, RUPIAH)).toEqual(angka(tabelKapitasi(k.rows, warna, undefined, 'id'), RUPIAH));
      expect(baris(t)[1]).toMatch(/^kode_ppk +nama +bulan +nilai +persen +lantai +dibayar +potongan$/);
    }
    // The name wrapped on word boundaries, under itself, at most two lines: "…" where it was cut.
    const l = baris(sempit);
    const i = l.findIndex((x) => x.startsWith('K001 '));
    expect([l[i], l[i + 1]].map((x) => (x as string).slice(10, 20).trim())).toEqual(['Klinik', 'Pratama…']);
    expect(l[i + 2]).toMatch(/^K002 /);
    expect(polosTeks(lebar)).toContain('K001      Klinik Pratama Sehat');
  });

  it('shortens the name before dropping the counts, never an amount', () => {
    const k = insentif.kapitasi as NonNullable<HasilJob['kapitasi']>;
    const t = tabelKapitasi(k.rows, warna, 60, 'id');
    expect(terlebar(t)).toBeLessThanOrEqual(60);
    periksaRata(t, KODE);
    // The counts went, the name stays (shortened).
    expect(baris(t)[1]).toMatch(/^kode_ppk +nama +persen +dibayar +potongan$/);
    expect(polosTeks(t)).toContain('\nK001      Klinik           97%  Rp 58.454.189   Rp 1.807.861\n          Pratama…\n');
    expect(polosTeks(t).replace(/\s+/g, ' ')).toMatch(/ kolom jumlah_bulan_dinilai, total_nilai, lantai_diterapkan tidak ditampilkan: terminal 60 kolom; lihat kapitasi-2024-07\.csv$/);
    expect(angka(t, RUPIAH)).toEqual(angka(tabelKapitasi(k.rows, warna, undefined, 'id'), RUPIAH));
    expect(polosTeks(t)).toContain('+Rp 3.000.000');
  });
});

describe('tabelBanding', () => {
  it('at 80 keeps the name (shortened) and leaves out persen A; at 160 shows it; the differences whole', async () => {
    const h = await banding(opsi(), parseMonth('2024-07') as number, { rules: aturanInsentif() });
    const sempit = tabelBanding(h, warna, 80, 'id');
    const lebar = tabelBanding(h, warna, 160, 'id');
    periksa(sempit, 80, KODE);
    periksa(lebar, 160, KODE);
    expect(polosTeks(sempit).replace(/\s+/g, ' ')).toContain('kolom persen_kapitasi_a tidak ditampilkan: terminal 80 kolom; lihat banding-2024-07.csv');
    expect(polosTeks(sempit)).toMatch(/\nP001 +Puskesmas +110% +Rp 30\.000\.000 +Rp 33\.000\.000 +\+Rp 3\.000\.000\n {10}Sukamaju\n/);
    expect(baris(sempit).find((l) => l.startsWith('P001 '))).toMatch(/ Rp 30\.000\.000  Rp 33\.000\.000  \+Rp 3\.000\.000$/);
    expect(baris(sempit).find((l) => l.startsWith('K001 '))).toMatch(/ Rp 58\.454\.189  Rp 58\.454\.189 +Rp 0$/);
    expect(polosTeks(sempit)).toContain('Total A Rp 237.244.189   B Rp 240.244.189   selisih +Rp 3.000.000');
    expect(polosTeks(lebar)).toMatch(/\nP001 +Puskesmas Sukamaju +/);
    expect(angka(sempit, RUPIAH)).toEqual(angka(lebar, RUPIAH));
  });
});

describe('tabelRekap', () => {
  const JENIS = (l: string): boolean => /^(puskesmas|klinik_pratama|rs_d_pratama|praktik_dokter|praktik_dokter_gigi|semua) /.test(l) || /^ {20,}\S/.test(l);

  it('at 80 wraps the band lists and leaves out the sums; at 160 shows every column', () => {
    for (const [h, kapitasiDibuang] of [[demo, 'kapitasi_penuh'], [insentif, 'kbk_berlaku, kapitasi_penuh']] as const) {
      const sempit = tabelRekap(h, warna, 80, 'id');
      const lebar = tabelRekap(h, warna, 160, 'id');
      const penuh = tabelRekap(h, warna, undefined, 'id');
      periksa(sempit, 80, JENIS);
      periksa(lebar, 160, JENIS);
      if (h === demo) expect(polosTeks(sempit)).toContain('\nkolom dinilai tidak ditampilkan: terminal 80 kolom; lihat rekap-2024-07.csv\n');
      expect(polosTeks(sempit)).toMatch(new RegExp(`\\nkolom ${kapitasiDibuang} tidak ditampilkan: terminal 80 kolom; lihat\\s+rekap-2024-07\\.csv$`));
      expect(lebar).toBe(penuh);
      expect(polosTeks(lebar)).not.toContain('tidak ditampilkan');
      if (h === demo) expect(polosTeks(lebar)).toMatch(/\njenis +fktp +dinilai +kbk +AK 4\/3\/2\/1 +RRNS 4\/3\/2\/1 +RPPT 4\/3\/2\/1 +persen \(kbk\)\n/);
      expect(polosTeks(lebar)).toMatch(/\njenis +fktp +kbk +persen \(kbk\) +penuh +dibayar +potongan/);
      // The amounts paid, cut and added: all of them, whole; at 80 without kapitasi_penuh (the first of a row).
      const semua = angka(penuh, RUPIAH);
      expect(angka(sempit, RUPIAH)).toEqual(semua.filter((_, i) => i % (h === insentif ? 4 : 3) !== 0));
      // The bands wrap after an item, never inside one; a heading wraps on its words.
      expect(angka(sempit, PERSEN)).toEqual(angka(penuh, PERSEN));
      if (h === demo) expect(polosTeks(sempit)).toMatch(/\njenis +fktp +kbk +AK 4\/3\/2\/1 +RRNS 4\/3\/2\/1 +RPPT 4\/3\/2\/1 +persen\n {70,}\(kbk\)\n/);
    }
    expect(polosTeks(tabelRekap(demo, warna, 80, 'id'))).toContain('\nsemua                  10    4    100%: 1, 97%: 1,  Rp 237.244.189  Rp 4.809.861\n                                    96%: 1, 85%: 1\n');
    expect(polosTeks(tabelRekap(insentif, warna, 80, 'id'))).toMatch(/\nsemua +10 +110%: 1, +Rp 240\.244\.189 +Rp 4\.809\.861 +Rp 3\.000\.000\n +97%: 1,\n/);
  });
});

describe('tabelProyeksi', () => {
  let h: Awaited<ReturnType<typeof proyeksi>>;
  beforeAll(async () => {
    h = await proyeksi(opsi({ sampai: parseDate('2024-06-15') as number }), parseMonth('2024-06') as number);
  });
  /** An indicator's row (not the lines under it): the indicator, then its value so far. */
  const BARIS = (l: string): boolean => /(^| )(AK|RRNS|RPPT) +[\d–]/.test(l);

  it('puts what a better rating needs under the row, wrapped, instead of a column hundreds wide', () => {
    const sempit = tabelProyeksi(h, warna, 80, 'id');
    const lebar = tabelProyeksi(h, warna, 160, 'id');
    const penuh = tabelProyeksi(h, warna, undefined, 'id');
    periksa(sempit, 80, BARIS);
    periksa(lebar, 160, BARIS);
    for (const t of [sempit, lebar]) expect(periksaRata(t, BARIS)).toBe(30); // 10 facilities × 3 indicators
    expect(baris(sempit)[2]).toMatch(/^kode_ppk +nama +indikator +sejauh ini +proyeksi +rating +metode$/);
    expect(polosTeks(sempit).replace(/\s+/g, ' ')).toContain('kolom rendah/tinggi tidak ditampilkan: terminal 80 kolom; --json memuatnya');
    expect(polosTeks(lebar)).toMatch(/\nkode_ppk +nama +indikator +sejauh ini +proyeksi +rentang +rating +metode\n/);
    expect(polosTeks(lebar)).toMatch(/\nK001 +Klinik Pratama Sehat +AK +80,40‰ +149,40‰ +141,60–157,00‰ +1 → 3 \(2–4\) +kurva\n {24,}rating 4: \+348 peserta terdaftar dengan kontak sampai hari terakhir \(750 seluruhnya\)\n/);
    expect(polosTeks(lebar)).not.toContain('tidak ditampilkan');
    // The lines under K001's AK row, at 80: from the indikator column on, wrapped on words.
    expect(polosTeks(sempit)).toContain('\nK001      Klinik       AK             80,40‰   149,40‰  1 → 3 (2–4)  kurva\n          Pratama…\n                         rating 4: +348 peserta terdaftar dengan kontak sampai\n                           hari terakhir (750 seluruhnya)\n');
    // Without the range column (rendah/tinggi went at 80): the values so far and projected, whole, in order.
    const tanpaRentang = (t: string): string[] => baris(t).filter(BARIS).flatMap((l) => angka(l.replace(/\S+–\S+/g, ''), PERSEN));
    expect(tanpaRentang(sempit)).toEqual(tanpaRentang(penuh));
    expect(tanpaRentang(sempit).length).toBe(56); // 30 rows × 2, four of them "–"
    // The methods under the table, wrapped too.
    expect(polosTeks(sempit)).toMatch(/\nkurva: bulan-bulan sebelumnya fasilitas itu sendiri \(2024-04, 2024-05\): hitungan\n/);
    // Piped (no width): nothing wraps; no line of the table is cut.
    expect(baris(penuh)[0]).toBe('Proyeksi KBK 2024-06 (kbk-2019): data sampai 2024-06-15, hari ke-15 dari 30 (baris sesudahnya tidak dihitung); bulan sebelumnya 2024-04, 2024-05');
  });

  it('in English: the same table, its shorter headings leaving room for the methods (wrapped after a "+")', () => {
    const sempit = tabelProyeksi(h, warna, 80, 'en');
    const lebar = tabelProyeksi(h, warna, 160, 'en');
    const penuh = tabelProyeksi(h, warna, undefined, 'en');
    periksa(sempit, 80, BARIS);
    periksa(lebar, 160, BARIS);
    for (const t of [sempit, lebar]) expect(periksaRata(t, BARIS)).toBe(30);
    expect(baris(sempit)[2]).toMatch(/^kode_ppk +name +indicator +so far +projected +range +rating$/);
    expect(polosTeks(sempit)).toContain('column metode not shown: terminal 80 columns; --json has them');
    expect(polosTeks(sempit)).toMatch(/\n {23}RRNS +5\.50% +3\.00% +2\.73–4\.44% +1 → 2 \(1–2\)\n/);
    expect(polosTeks(lebar)).toMatch(/\nkode_ppk +name +indicator +so far +projected +range +rating +method\n/);
    expect(polosTeks(lebar)).toMatch(/\nK001 +Klinik Pratama Sehat +AK +80\.40‰ +149\.40‰ +141\.60–157\.00‰ +1 → 3 \(2–4\) +kurva\n {24,}rating 4: \+348 registered participant\(s\) with a contact by the last day \(750 in all\)\n/);
    expect(polosTeks(lebar)).not.toContain('not shown: terminal');
    expect(angka(sempit, PERSEN)).toEqual(angka(penuh, PERSEN));
    expect(polosTeks(sempit)).toMatch(/\nkurva: the facility's own earlier months \(2024-04, 2024-05\): the count by day d\n/);
    expect(baris(penuh)[0]).toBe('Proyeksi KBK 2024-06 (kbk-2019): data to 2024-06-15, day 15 of 30 (rows after it left out); earlier months 2024-04, 2024-05');
  });
});

describe('tabelValidasi', () => {
  it('at 80 leaves "read as" out; at 160 wraps nothing; the reasons stay under their file', async () => {
    const v = await validate(opsi(), null);
    const per = v.tolak.ringkasan();
    const sempit = tabelValidasi(v.files, per, v.kualitas, 80, 'en');
    const lebar = tabelValidasi(v.files, per, v.kualitas, 160, 'en');
    const FILE = (l: string): boolean => /^\S+\.csv /.test(l) || /^ {30,}\S/.test(l);
    for (const [t, w] of [[sempit, 80], [lebar, 160]] as const) {
      expect(terlebar(t)).toBeLessThanOrEqual(w);
      expect(periksaRata(t, FILE)).toBe(18);
      tidakTerpotong(t);
      expect(baris(t)[baris(t).indexOf(baris(t).find((l) => l.startsWith('2024-06/kontak.csv')) as string) + 1]).toBe('    tgl_kontak: outside the month: 3');
    }
    expect(baris(sempit)[0]).toMatch(/^file +rows +rejects +facilities +dates$/);
    expect(baris(sempit)).toContain('column read as not shown: terminal 80 columns; --json has them');
    expect(baris(lebar)[0]).toMatch(/^file +rows +rejects +facilities +dates +read as$/);
    expect(polosTeks(lebar)).toContain('comma, utf-8, dates yyyy-mm-dd (guessed from line 2)');
    expect(polosTeks(sempit)).toMatch(/\ndata quality 2024-06: kontak peserta tidak terdaftar=4, kontak di luar bulan=3,\n  rujukan duplikat=1/);
  });
});

describe('kbk explain --bayar: the month table', () => {
  it('wraps the note, then leaves out the rules and the ratings; 160 is the full table', async () => {
    const { penjelasan } = await jelaskanBayar(opsi(), parseMonth('2024-07') as number, 'P005');
    const bulan = (l: string): boolean => /^2024-0\d /.test(l) || /^ {20,}\S/.test(l);
    const penuh = jelaskanBayarTeks(penjelasan, undefined, 'en');
    const sempit = jelaskanBayarTeks(penjelasan, 60, 'en');
    const lebar = jelaskanBayarTeks(penjelasan, 160, 'en');
    expect(periksaRata(lebar, bulan)).toBe(3);
    // At 160 the table is the full one; only prose longer than 160 wraps (on words).
    expect(terlebar(lebar)).toBeLessThanOrEqual(160);
    expect(lebar.replace(/\n +/g, ' ')).toBe(penuh.replace(/\n +/g, ' '));
    expect(penuh).toMatch(/\nmonth +rules +AK +RRNS +RPPT +ratings +total nilai +note\n/);
    expect(penuh).toMatch(/\n2024-04 +kbk-2019 +no registered participant: not in the average\n/);
    const tabelSempit = sempit.slice(sempit.indexOf('\nmonth') + 1, sempit.indexOf('\nAK —'));
    expect(terlebar(tabelSempit)).toBeLessThanOrEqual(60);
    expect(periksaRata(tabelSempit, bulan)).toBeGreaterThan(3);
    expect(tabelSempit).toMatch(/^month +AK +RRNS +RPPT +total nilai +note\n/);
    expect(tabelSempit).toMatch(/\ncolumns aturan_bulan, rating not shown: terminal 60 columns;\s+--json has them\n/);
    expect(tabelSempit).toMatch(/\n2024-04 {30,}no registered\n {30,}participant: not\n {30,}in the average\n/);
  });
});

describe('fitting', () => {
  const kolom: Kolom[] = [
    { judul: 'kode' },
    { judul: 'nama', bungkus: 'kata', buang: 1 },
    { judul: 'jumlah', kanan: true },
  ];
  it('wraps first, drops only when wrapping is not enough, and never cuts a column without bungkus', () => {
    expect(atur(kolom, [4, 20, 14], [4, 9, 14])).toEqual({ tampil: [0, 1, 2], lebar: [4, 20, 14] });
    expect(atur(kolom, [4, 20, 14], [4, 9, 14], 42)).toEqual({ tampil: [0, 1, 2], lebar: [4, 20, 14] });
    expect(atur(kolom, [4, 20, 14], [4, 9, 14], 35)).toEqual({ tampil: [0, 1, 2], lebar: [4, 13, 14] });
    expect(atur(kolom, [4, 20, 14], [4, 9, 14], 30)).toEqual({ tampil: [0, 2], lebar: [4, 20, 14] });
    // Nothing left to drop: the table is as narrow as it goes, and wider than asked.
    expect(atur(kolom, [4, 20, 14], [4, 9, 14], 10).tampil).toEqual([0, 2]);
  });

  it('keeps "Rp" with its amount when free text wraps', () => {
    expect(bungkusTeks('Total dibayar Rp 237.244.189   potongan Rp 4.809.861', 30)).toEqual(['Total dibayar Rp 237.244.189', '  potongan Rp 4.809.861']);
    expect(bungkusTeks(`${warna.bold('Total')} A ${warna.red('−Rp 1.000')}`, 9).map(polosTeks)).toEqual(['Total A', '  −Rp 1.000']);
    expect(bungkusTeks('abc def', undefined)).toEqual(['abc def']);
  });

  it('an empty table is its header and rule', () => {
    expect(polosTeks(tabel(kolom, [], warna, 80).teks)).toBe('kode  nama  jumlah\n────  ────  ──────');
  });
});

describe('the terminal width', () => {
  it('is none when stdout is not a terminal, else COLUMNS when a number, else the terminal\'s', () => {
    expect(lebarTerminal({ isTTY: false, env: { COLUMNS: '80' }, lebar: 100 })).toBeUndefined();
    expect(lebarTerminal({ isTTY: true, env: { COLUMNS: '80' }, lebar: 100 })).toBe(80);
    expect(lebarTerminal({ isTTY: true, env: { COLUMNS: 'wide' }, lebar: 100 })).toBe(100);
    expect(lebarTerminal({ isTTY: true, env: {}, lebar: 100 })).toBe(100);
    expect(lebarTerminal({ isTTY: true, env: { COLUMNS: '0' } })).toBeUndefined();
  });

  it('kbk run in an 80-column terminal prints no line wider than 80, with colours', async () => {
    const r = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()], { isTTY: true, env: { COLUMNS: '80' } });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/\u001b\[/);
    expect(terlebar(r.out)).toBeLessThanOrEqual(80);
    expect(polosTeks(r.out)).toContain('Total paid Rp 237,244,189   cut Rp 4,809,861');
    expect(polosTeks(r.out)).toMatch(/\nK001 +Klinik +3\/3 +3\.00 +97% +Rp 58,454,189 +Rp 1,807,861\n/);
    expect(polosTeks(r.out)).not.toContain('nama_fktp not shown');
    expect(polosTeks(r.out)).toContain('\nK001      Klinik Pratama  150.00‰');
    tidakTerpotong(r.out);
    // In Indonesian (the default): the same tables in its words and number format.
    const id = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()], { isTTY: true, env: { COLUMNS: '80', LANG: 'id_ID.UTF-8' } });
    expect(id.code, id.err).toBe(0);
    expect(terlebar(id.out)).toBeLessThanOrEqual(80);
    expect(polosTeks(id.out)).toContain('Total dibayar Rp 237.244.189   potongan Rp 4.809.861');
    expect(polosTeks(id.out)).toMatch(/\nK001 +Klinik +3\/3 +3,00 +97% +Rp 58\.454\.189 +Rp 1\.807\.861\n/);
    expect(polosTeks(id.out)).not.toContain('nama_fktp tidak ditampilkan');
    tidakTerpotong(id.out);
    // The terminal's own width when COLUMNS is not set; the full tables when piped, COLUMNS or not.
    const lebar = await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()], { isTTY: true, lebar: 160 });
    expect(terlebar(lebar.out)).toBeGreaterThan(100);
    expect(terlebar(lebar.out)).toBeLessThanOrEqual(160);
    expect(polosTeks(lebar.out)).not.toContain('not shown');
    const pipa = await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()], { env: { COLUMNS: '80' } });
    expect(terlebar(pipa.out)).toBeGreaterThan(100);
  });

  it('kbk proyeksi, validate and banding fit 80 columns too', async () => {
    for (const args of [
      ['proyeksi', '--data', DEMO, '--month', '2024-06', '--sampai', '2024-06-15'],
      ['validate', '--data', DEMO],
      ['banding', '--data', DEMO, '--month', '2024-07', '--out', tmp(), '--profil-klinis-banding', 'ketat'],
    ]) {
      const r = await kbk(args, { isTTY: true, env: { COLUMNS: '80' } });
      expect(r.code, r.err).toBe(0);
      expect(terlebar(r.out), args[0]).toBeLessThanOrEqual(80);
    }
  });
});

describe('issue 22: plain cells laid out without cli-table3, exactly as cli-table3 lays them out', () => {
  const TANPA_GARIS = { top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ' };
  const cliTable = (colWidths: number[], colAligns: ('left' | 'right')[], rows: Sel[][]): { teks: string[]; lebar: number[] } => {
    const t = new Table({ chars: TANPA_GARIS, style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [], compact: true }, colWidths, colAligns, wordWrap: false });
    t.push(...rows);
    return { teks: t.toString().split('\n'), lebar: [...t.options.colWidths] };
  };
  // Plain pieces and pieces that are not (wide, combining, colour, line breaks, tabs, NBSP).
  const potong = fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom('a', 'Z', '0', '9', ' ', '  ', '‰', '%', ',', '–', '—', '→', '…', '─', 'é', 'Ö', 'Rp', '') },
    // Every Latin-1 letter and sign from À on (ambiguous-width ones among them).
    { weight: 5, arbitrary: fc.integer({ min: 0xc0, max: 0xff }).map((c) => String.fromCharCode(c)) },
    { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
    { weight: 1, arbitrary: fc.constantFrom('×', '日', '😀', 'e\u0301', '\u001b[1mx\u001b[22m', '\n', '\t', '\u00a0') },
  );
  const sel = fc.array(potong, { maxLength: 6 }).map((p) => p.join(''));
  const tabelAcak = fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.record({
      rows: fc.array(fc.array(sel, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 }),
      aligns: fc.array(fc.constantFrom<'left' | 'right'>('left', 'right'), { minLength: n, maxLength: n }),
      bungkus: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      lebih: fc.array(fc.integer({ min: -2, max: 3 }), { minLength: n, maxLength: n }),
    }),
  );

  it('the same widths measured and the same lines drawn, or cli-table3 is asked', () => {
    let digambar = 0;
    fc.assert(
      fc.property(tabelAcak, ({ rows, aligns, bungkus, lebih }) => {
        const n = aligns.length;
        expect(ukur(rows, n)).toEqual(cliTable([], [], rows.map((r) => [...r])).lebar);
        const widths = ukur(rows, n).map((w, k) => Math.max(1, w + (lebih[k] as number)));
        const sel = rows.map((r) => r.map((s, k): Sel => (bungkus[k] ? { content: s, wordWrap: true } : s)));
        const polos = gambarPolos(sel, widths, aligns);
        if (polos !== null) expect(polos).toEqual(cliTable(widths, aligns, sel).teks);
        if (polos !== null) digambar++;
      }),
      { numRuns: 2000 },
    );
    // The comparison is made, not skipped: a fair share of the random tables are plain.
    expect(digambar).toBeGreaterThan(200);
  });

  it('a report-like table of plain cells is drawn without it', () => {
    const rows = [['F0001', 'Fasilitas Satu', '200,08‰', '4/1/4', '90%']];
    expect(gambarPolos(rows, [5, 14, 7, 5, 3], ['left', 'left', 'right', 'left', 'right'])).toEqual(['F0001  Fasilitas Satu  200,08‰  4/1/4  90%']);
  });
});
