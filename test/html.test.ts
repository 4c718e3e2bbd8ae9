// The HTML report (--html, kbk laporan): one self-contained file — no reference to anything
// outside it — naming every facility, with its charts, the band edges of the rule set's own
// data, and the run's language. Checked on every run of the suite; the browser's view of it
// is test/html-browser.test.ts.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const ID = { env: { LANG: 'id_ID.UTF-8' } };

/** Everything in the file that could make a browser fetch or leave it. */
export function rujukanLuar(html: string): string[] {
  const temuan: string[] = [];
  for (const re of [/\bsrc\s*=/gi, /\bhref\s*=\s*(?!["']?#)/gi, /url\s*\(\s*(?!["']?#)/gi, /https?:/gi, /\/\//g, /@import/gi, /<link\b/gi, /<script\b/gi, /<iframe\b/gi, /<img\b/gi, /<object\b/gi, /<embed\b/gi, /\bxlink:href/gi, /\bdata:/gi])
    for (const m of html.matchAll(re)) temuan.push(html.slice(Math.max(0, m.index - 30), m.index + 40));
  return temuan;
}

const fasilitas = (): { kode_ppk: string; nama_fktp: string }[] => parseCsv(readFileSync(join(DEMO, 'fktp.csv'), 'utf8'), { columns: true }) as { kode_ppk: string; nama_fktp: string }[];

/** The <text> elements of one figure's SVG. */
function teksGrafik(html: string, nama: string): { batas: string | null; teks: string[] } {
  const m = new RegExp(`<figure class="grafik" data-grafik="${nama}"([^>]*)>([\\s\\S]*?)</figure>`).exec(html);
  if (!m) throw new Error(`no figure ${nama}`);
  const batas = / data-batas="([^"]*)"/.exec(m[1] as string);
  return { batas: batas ? (batas[1] as string) : null, teks: [...(m[2] as string).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1] as string) };
}

/** The band edges of an indicator, read from the shipped rule file itself. */
function batasAturan(id: string): string[] {
  const rules = JSON.parse(readFileSync(join(ROOT, 'src/rules/data/kbk-2019.json'), 'utf8')) as { indikator: { id: string; band: { bawah?: { nilai: string }; atas?: { nilai: string } }[] }[] };
  const ind = rules.indikator.find((i) => i.id === id);
  return [...new Set((ind?.band ?? []).flatMap((b) => [b.bawah?.nilai, b.atas?.nilai].filter((v): v is string => v !== undefined)))];
}

describe('laporan-YYYY-MM.html', () => {
  it('run --html: one self-contained file, every facility, at least three charts, band edges from the rule set (Indonesian)', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--html', '--quiet'], ID);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.html'))).toEqual(['laporan-2024-07.html']);
    const html = readFileSync(join(out, 'laporan-2024-07.html'), 'utf8');
    expect(rujukanLuar(html)).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    // Every facility of fktp.csv, by code and by name, with its anchor.
    const semua = fasilitas();
    expect(semua.length).toBe(10);
    for (const f of semua) {
      expect(html).toContain(`<tr id="ppk-${f.kode_ppk}"><td>${f.kode_ppk}</td><td>${f.nama_fktp}</td>`);
      expect(html).toContain(`${f.kode_ppk} ${f.nama_fktp}`);
    }
    // Charts: 3 indicators against their bands, 3 rating counts, the payment bands, the Rupiah, 3 trends.
    expect([...html.matchAll(/<figure class="grafik" data-grafik="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'band-ak', 'band-rrns', 'band-rppt', 'rating-ak', 'rating-rrns', 'rating-rppt', 'persen', 'rupiah', 'tren-ak', 'tren-rrns', 'tren-rppt',
    ]);
    expect(html.match(/<svg /g)?.length).toBe(11);
    // The trend: the data folder's assessment months (2024-07 holds peserta.csv only: the payment's), every facility a line named by its code.
    const tren = teksGrafik(html, 'tren-ak');
    expect(tren.teks).toEqual(expect.arrayContaining(['2024-04', '2024-05', '2024-06', ...semua.map((f) => f.kode_ppk)]));
    expect(tren.teks).not.toContain('2024-07');
    expect(tren.batas?.split(';').sort()).toEqual(['140', '145', '150']);
    // The band edges: the rule file's values (by hand: AK 150/145/140 ‰, RRNS 2/2.5/3 %, RPPT 3/4/5 %), each drawn and labelled in the run's notation.
    expect(batasAturan('ak').sort()).toEqual(['140', '145', '150']);
    expect(batasAturan('rrns').sort()).toEqual(['2', '2.5', '3']);
    for (const id of ['ak', 'rrns', 'rppt']) {
      const g = teksGrafik(html, `band-${id}`);
      expect(g.batas?.split(';').sort()).toEqual(batasAturan(id).sort());
      for (const v of batasAturan(id)) expect(g.teks).toContain(v.replace('.', ','));
    }
    // Words and numbers in Indonesian; the payment section with the floor's legend.
    expect(html).toContain('<h2>Kapitasi dibayar dibanding kapitasi penuh</h2>');
    expect(teksGrafik(html, 'rupiah').teks).toEqual(expect.arrayContaining(['penuh', 'dibayar', 'lantai', 'Rp 58.454.189']));
    expect(html).toContain('Bulan bayar 2024-07 (penilaian 2024-04..2024-06), aturan kbk-2019');
    // The provisional-values note (the shipped sets hold provisional values).
    expect(html).toMatch(/<p class="catatan">catatan: laporan ini memakai nilai sementara/);
    // Print: A4 landscape.
    expect(html).toContain('@page{size:A4 landscape');
  });

  it('--lang en: the words and the numbers in English', async () => {
    const out = tmp();
    expect((await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--html', '--quiet', '--lang', 'en'])).code).toBe(0);
    const html = readFileSync(join(out, 'laporan-2024-07.html'), 'utf8');
    expect(rujukanLuar(html)).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<h2>Capitation paid against full capitation</h2>');
    expect(html).toContain('Payment month 2024-07 (assessed 2024-04..2024-06), rule set kbk-2019');
    expect(teksGrafik(html, 'rupiah').teks).toEqual(expect.arrayContaining(['full', 'paid', 'floor', 'Rp 58,454,189']));
    expect(teksGrafik(html, 'band-rrns').teks).toContain('2.5');
    expect(html).not.toContain('Bulan bayar');
  });

  it('kbk laporan builds the same page from the reports in --out; compute --html has no payment section', async () => {
    const out = tmp();
    expect((await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--html', '--quiet'], ID)).code).toBe(0);
    const dariRun = readFileSync(join(out, 'laporan-2024-07.html'), 'utf8');
    writeFileSync(join(out, 'laporan-2024-07.html'), '');
    const r = await kbkKode(0, ['laporan', '--out', out, '--bulan', '2024-07'], ID);
    expect(r.err).toBe(`kbk: laporan HTML ditulis: ${join(out, 'laporan-2024-07.html')}\n`);
    expect(readFileSync(join(out, 'laporan-2024-07.html'), 'utf8')).toBe(dariRun);

    const c = tmp();
    expect((await kbkKode(0, ['compute', '--data', DEMO, '--month', '2024-06', '--out', c, '--html', '--quiet'], ID)).code).toBe(0);
    const html = readFileSync(join(c, 'laporan-2024-06.html'), 'utf8');
    expect(rujukanLuar(html)).toEqual([]);
    expect(html).not.toContain('data-grafik="rupiah"');
    expect(html.match(/<svg /g)?.length).toBe(10);
    // compute 2024-06's trend: the two earlier months of the data folder, given by the tren engine, and its own.
    expect(teksGrafik(html, 'tren-rrns').teks).toEqual(expect.arrayContaining(['2024-04', '2024-05', '2024-06']));
    for (const f of fasilitas()) expect(html).toContain(`<tr id="ppk-${f.kode_ppk}">`);
  });

  it('the Excel dialect (--csv-excel) read back by kbk laporan gives the same page; a run that stops writes no page', async () => {
    const out = tmp();
    expect((await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--html', '--csv-excel', '--quiet'], ID)).code).toBe(0);
    expect(readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8').startsWith('\ufeff')).toBe(true);
    const dariRun = readFileSync(join(out, 'laporan-2024-07.html'), 'utf8');
    expect((await kbkKode(0, ['laporan', '--out', out, '--month', '2024-07', '--quiet'], ID)).code).toBe(0);
    expect(readFileSync(join(out, 'laporan-2024-07.html'), 'utf8')).toBe(dariRun);

    const gagal = tmp();
    // 2024-03 has no month folder: 66, and nothing written, the page neither.
    expect((await kbkKode(66, ['compute', '--data', DEMO, '--month', '2024-03', '--out', gagal, '--html', '--quiet'])).code).toBe(66);
    expect(readdirSync(gagal).filter((f) => f.endsWith('.html'))).toEqual([]);
  });

  it('kbk laporan for a month with no report: 66, naming both files it looked for', async () => {
    const out = tmp();
    const r = await kbkKode(66, ['laporan', '--out', out, '--month', '2024-09']);
    expect(r.err).toBe(`kbk: error: ${out}: neither kapitasi-2024-09.csv nor capaian-2024-09.csv: run kbk run, pay or compute with --out ${out} first\n`);
    expect(existsSync(join(out, 'laporan-2024-09.html'))).toBe(false);
  });

  it('the nearest facilities are explain\'s: a one-indicator change that lifts the payment band', async () => {
    const out = tmp();
    expect((await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--html', '--quiet', '--lang', 'en'])).code).toBe(0);
    const html = readFileSync(join(out, 'laporan-2024-07.html'), 'utf8');
    const bagian = /<section id="dekat">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const ex = await kbkKode(0, ['explain', '--data', DEMO, '--month', '2024-06', '--ppk', 'P002', '--lang', 'en']);
    // explain's own way for P002 (1 fewer non-specialistic referral lifts it from 90% to 95%), in the list first: the smallest change.
    // D001 (praktik_dokter: rated, never adjusted) and the facilities not eligible are not listed: no band lifts their payment.
    expect(ex.out).toContain('  95%: RRNS to rating 2 (total nilai 3) with 1 fewer non-specialistic referral(s) (→ 3.00, rating 2)\n');
    const baris = [...bagian.matchAll(/<tr><td><a href="#ppk-(\w+)">\w+<\/a><\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    expect(baris).toEqual([
      ['P002', '95%: RRNS rating 2 with 1 fewer non-specialistic referral(s) (→ 3.00, rating 2)'],
      ['K001', '97%: RRNS rating 4 with 2 fewer non-specialistic referral(s) (→ 2.00, rating 4)'],
      ['K002', '97%: AK rating 4 with 45 more registered participant(s) with a contact (→ 150.00, rating 4)'],
    ]);
  });

  it('kbk tren --html: the trend charts alone, every facility in every month, a missing month a gap', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['tren', '--data', DEMO, '--dari', '2024-03', '--sampai', '2024-06', '--out', out, '--html', '--quiet', '--lang', 'en']);
    expect(r.err).toBe('kbk: warning: 2024-03: no month folder in ' + DEMO + '; the month is empty in the trend (never invented)\n');
    const html = readFileSync(join(out, 'tren-2024-03-2024-06.html'), 'utf8');
    expect(rujukanLuar(html)).toEqual([]);
    expect([...html.matchAll(/<figure class="grafik" data-grafik="([^"]+)"/g)].map((m) => m[1])).toEqual(['tren-ak', 'tren-rrns', 'tren-rppt']);
    const ak = teksGrafik(html, 'tren-ak');
    expect(ak.batas?.split(';').sort()).toEqual(['140', '145', '150']);
    expect(ak.teks).toEqual(expect.arrayContaining(['2024-03', '2024-04', '2024-05', '2024-06', ...fasilitas().map((f) => f.kode_ppk)]));
    // P002's Angka Kontak by hand: 650, 700, 750 registered participants with a contact of 5,000 (capaian-2024-0{4,5,6}.csv) → 130, 140, 150 ‰; 2024-03 empty.
    expect(html).toContain('<tr id="ppk-P002-ak"><td>P002</td><td>Puskesmas Sukajadi</td><td class="n"></td><td class="n">130.00</td><td class="n">140.00</td><td class="n">150.00</td></tr>');
    for (const f of fasilitas()) for (const id of ['ak', 'rrns', 'rppt']) expect(html).toContain(`<tr id="ppk-${f.kode_ppk}-${id}"><td>${f.kode_ppk}</td><td>${f.nama_fktp}</td>`);
  });

  it('pay --html: the page has the window months pay read (no capaian report is written), the Rupiah with the floor', async () => {
    const out = tmp();
    expect((await kbkKode(0, ['pay', '--data', DEMO, '--month', '2024-07', '--out', out, '--html', '--quiet', '--lang', 'en'])).code).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('capaian-'))).toEqual([]);
    const html = readFileSync(join(out, 'laporan-2024-07.html'), 'utf8');
    expect(rujukanLuar(html)).toEqual([]);
    expect([...html.matchAll(/<figure class="grafik" data-grafik="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'band-ak', 'band-rrns', 'band-rppt', 'rating-ak', 'rating-rrns', 'rating-rppt', 'persen', 'rupiah', 'tren-ak', 'tren-rrns', 'tren-rppt',
    ]);
    expect(html).toContain('Basis: the capaian of 2024-06.');
    // The Rupiah of every facility as kapitasi-2024-07.csv has it (P001: 5,000 participants × Rp 6,000 = Rp 30,000,000, paid in full).
    const rupiah = teksGrafik(html, 'rupiah').teks;
    const kapitasi = parseCsv(readFileSync(join(out, 'kapitasi-2024-07.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(kapitasi.find((r) => r.kode_ppk === 'P001')?.kapitasi_dibayar).toBe('30000000');
    for (const r of kapitasi) expect(rupiah).toContain(`Rp ${BigInt(r.kapitasi_dibayar as string).toLocaleString('en-US')}`);
  });
});

describe('the page from hand-built rows', () => {
  it('a facility name with markup is text, never markup; a signal is listed with its facility and its numbers in the language', async () => {
    const { halamanHtml } = await import('../src/report/html.js');
    const { SHIPPED_RULE_SETS } = await import('../src/rules/index.js');
    const { parseMonth } = await import('../src/core/month.js');
    const rules = SHIPPED_RULE_SETS.find((r) => r.id === 'kbk-2019');
    if (!rules) throw new Error('kbk-2019');
    const bulan = parseMonth('2024-06') as number;
    const baris = (kode: string, nama: string, ak: string, rating: string): Record<string, string> => ({
      bulan: '2024-06', kode_ppk: kode, nama_fktp: nama, jenis_fktp: 'puskesmas', aturan: 'kbk-2019', angka_kontak: ak, rrns: '2.00', rppt: '5.00',
      rating_ak: rating, rating_rrns: '4', rating_rppt: '4', total_nilai: '4', kbk_berlaku: '1', persen_kapitasi: '100',
    });
    const nakal = 'Klinik <script src="http://x/y.js"></script> & "Sehat"';
    const html = await halamanHtml(
      {
        bulan,
        capaian: [{ bulan, rules, baris: [baris('P001', 'Puskesmas Satu', '150.00', '4'), baris('K9', nakal, '139.50', '1'), baris('K10', 'Klinik Sehat & "Sejahtera" O\'Neil', '145.00', '2')] }],
        kapitasi: null,
        sinyal: [{ bulan, kode_ppk: 'K9', sinyal: 'ak_tepat_target', nilai: '150.25', ambang: '3', bukti: '2024-04: 150.00' }],
        penjelasan: [],
        tren: { tidak: { id: 'uji', en: 'test' } },
        catatan: null,
      },
      'id',
    );
    // The name is written as text everywhere (the table, and ECharts' own escaping in the SVG labels): no tag, no attribute.
    expect(html).not.toMatch(/<script/i);
    expect(rujukanLuar(html.split('Klinik &lt;script src=&quot;http://x/y.js&quot;&gt;&lt;/script&gt;').join('').split('Klinik &lt;script src="http://x/y.js"&gt;&lt;/script&gt;').join(''))).toEqual([]);
    expect(html).toContain('<td>Klinik &lt;script src="http:');
    // An ampersand that starts no character reference, and quotes, are written as they are: the name is found as fktp.csv writes it.
    expect(html).toContain('<tr id="ppk-K10"><td>K10</td><td>Klinik Sehat & "Sejahtera" O\'Neil</td>');
    expect(html).toContain('<tr><td>2024-06</td><td><a href="#ppk-K9">K9</a></td><td>Klinik &lt;script');
    expect(html).toContain('<td>ak_tepat_target</td><td class="n">150,25</td><td class="n">3</td><td>2024-04: 150.00</td></tr>');
    expect(html).toContain('<p class="ket">Tren tidak ditampilkan: uji.</p>');
    expect(html).toContain('<p class="catatan">Semua nilai aturan yang dipakai terverifikasi.</p>');
    // Seven charts without a payment or a trend: three indicators' bands, three rating counts, the payment bands.
    expect(html.match(/<svg /g)?.length).toBe(7);
  });
});

describe('the trend across two rule sets', () => {
  it('2019-10 (perber-2017: AK, RRNS, RPPB) and 2019-11 (kbk-2019: AK, RRNS, RPPT): every indicator, each with its latest bands', async () => {
    const { trenDari } = await import('../src/report/html.js');
    const { SHIPPED_RULE_SETS } = await import('../src/rules/index.js');
    const { parseMonth } = await import('../src/core/month.js');
    const { parseDecimal } = await import('../src/core/rational.js');
    const perber = SHIPPED_RULE_SETS.find((r) => r.id === 'perber-2017');
    const kbk2019 = SHIPPED_RULE_SETS.find((r) => r.id === 'kbk-2019');
    if (!perber || !kbk2019) throw new Error('rule sets');
    const c = (nilai: Record<string, string>) => ({ fktp: { kodePpk: 'P001', namaFktp: 'Puskesmas Satu' }, indikator: { nilai: Object.fromEntries(Object.entries(nilai).map(([k, v]) => [k, parseDecimal(v)])) } }) as unknown as import('../src/core/assessment.js').Capaian;
    const t = trenDari([
      { bulan: parseMonth('2019-10') as number, rules: perber, rows: [c({ ak: '151', rrns: '4.5', rppb: '55.5' })] },
      { bulan: parseMonth('2019-11') as number, rules: kbk2019, rows: [c({ ak: '146.25', rrns: '2.25', rppt: '4' })] },
    ]);
    expect(t?.aturan).toEqual(['kbk-2019', 'perber-2017']);
    expect(t?.indikator.map((i) => i.id)).toEqual(['ak', 'rrns', 'rppt', 'rppb']);
    // AK's bands are kbk-2019's (140/145/150), RPPB's perber-2017's own (50).
    expect(t?.indikator.find((i) => i.id === 'ak')?.band.length).toBe(4);
    expect(t?.indikator.find((i) => i.id === 'rppb')?.band.map((b) => b.bawah?.nilai ?? b.atas?.nilai)).toEqual(['50', '50']);
    expect(t?.fasilitas).toEqual([{ kode: 'P001', nama: 'Puskesmas Satu', nilai: { ak: [151, 146.25], rrns: [4.5, 2.25], rppt: [null, 4], rppb: [55.5, null] } }]);
  });
});
