// kbk berita-acara (issue 20 item 3): the minutes of an assessment month and of a payment
// month as a .docx, read back by a second reader — the zip opened with jszip (exceljs's and
// docx's own zip library) and word/document.xml's text taken paragraph by paragraph and cell
// by cell — and, where LibreOffice is installed, printed to PDF and read with pdftotext.
// Every expected figure is typed from the hand calculation of fixtures/demo
// (fixtures/demo/PERHITUNGAN.md and expected/*.csv), in Indonesian notation.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { KOLOM_SAMPEL } from '../src/core/sampel-kolom.js';
import { FIXTURES, kbkKode, tinyMonth, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const ID = { env: { LANG: 'id_ID.UTF-8' } };

const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const teksXml = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => (m[1] as string).replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITAS[e] as string)).join('');

interface Dokumen {
  /** Every paragraph's text, in order (a table cell's paragraphs among them). */
  paragraf: string[];
  /** Every table row as its cells' texts. */
  baris: string[][];
  /** The whole text, a paragraph a line. */
  semua: string;
}

/** A .docx read back: word/document.xml's paragraphs and table rows. */
async function baca(file: string): Promise<Dokumen> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const paragraf = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => teksXml(m[0]));
  const baris = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => teksXml(tc[0])));
  return { paragraf, baris, semua: paragraf.join('\n') };
}

/** The table row of a facility in the per-facility table (the first row starting with its code). */
const barisFktp = (d: Dokumen, kode: string): string[] => d.baris.find((r) => r[0] === kode) as string[];

// capaian-2024-06.csv (PERHITUNGAN.md, the monthly table): kode, nama, jenis, AK value and
// rating, RRNS, RPPT, total nilai, KBK berlaku, persen kapitasi.
const JUNI: string[][] = [
  ['D001', 'dr. Andi Wijaya', 'praktik dokter', '142,00', '2', '3,00', '2', '3,00', '2', '2,00', 'tidak', '100%'],
  ['G001', 'drg. Sari Dewi', 'praktik dokter gigi', '100,00', '–', '10,00', '–', '–', '–', '–', 'tidak', '100%'],
  ['K001', 'Klinik Pratama Sehat', 'klinik pratama', '148,00', '3', '4,00', '1', '5,00', '4', '2,10', 'ya', '96%'],
  ['K002', 'RS D Pratama Medika', 'rs d pratama', '141,00', '2', '2,50', '3', '2,00', '1', '2,40', 'ya', '96%'],
  ['K003', 'Klinik Kecil', 'klinik pratama', '160,00', '4', '0,00', '4', '9,88', '4', '4,00', 'tidak', '100%'],
  ['P001', 'Puskesmas Sukamaju', 'puskesmas', '160,00', '4', '1,00', '4', '10,00', '4', '4,00', 'ya', '100%'],
  ['P002', 'Puskesmas Sukajadi', 'puskesmas', '150,00', '4', '4,00', '1', '6,00', '4', '2,50', 'ya', '90%'],
  ['P003', 'Puskesmas Baru', 'puskesmas', '146,00', '3', '2,50', '3', '4,00', '3', '3,00', 'tidak', '100%'],
  ['P004', 'Puskesmas Terpencil', 'puskesmas', '145,00', '2', '2,00', '4', '4,00', '3', '3,10', 'tidak', '100%'],
  ['P005', 'Puskesmas Sepi', 'puskesmas', '155,00', '4', '2,00', '4', '–', '4', '4,00', 'tidak', '100%'],
];

// kapitasi-2024-07.csv and PERHITUNGAN.md's payment table: months assessed, each mean and
// its rating, total nilai, KBK, persen, peserta, tarif dibayar, kapitasi dibayar (after the
// minimum tariff: K002 and P002 are paid at the floor), potongan.
const JULI: string[][] = [
  ['D001', 'dr. Andi Wijaya', 'praktik dokter', '3/3', '147,00', '3', '2,50', '3', '4,00', '3', '3,00', 'tidak', '100%', '1.000', '10.000', 'Rp 10.000.000', 'Rp 0'],
  ['G001', 'drg. Sari Dewi', 'praktik dokter gigi', '3/3', '100,00', '–', '10,00', '–', '–', '–', '–', 'tidak', '100%', '200', '3.500', 'Rp 700.000', 'Rp 0'],
  ['K001', 'Klinik Pratama Sehat', 'klinik pratama', '3/3', '150,00', '4', '3,00', '2', '5,00', '4', '3,00', 'ya', '97%', '5.001', '11.688,5', 'Rp 58.454.189', 'Rp 1.807.861'],
  ['K002', 'RS D Pratama Medika', 'rs d pratama', '3/3', '141,00', '2', '2,50', '3', '2,00', '1', '2,40', 'ya', '96%', '5.010', '9.000', 'Rp 45.090.000', 'Rp 1.002.000'],
  ['K003', 'Klinik Kecil', 'klinik pratama', '3/3', '148,67', '3', '1,68', '4', '5,76', '4', '3,60', 'tidak', '100%', '2.000', '9.000', 'Rp 18.000.000', 'Rp 0'],
  ['P001', 'Puskesmas Sukamaju', 'puskesmas', '3/3', '160,00', '4', '1,00', '4', '10,00', '4', '4,00', 'ya', '100%', '5.000', '6.000', 'Rp 30.000.000', 'Rp 0'],
  ['P002', 'Puskesmas Sukajadi', 'puskesmas', '3/3', '140,00', '1', '4,00', '1', '6,00', '4', '1,30', 'ya', '85%', '5.000', '3.600', 'Rp 18.000.000', 'Rp 2.000.000'],
  ['P003', 'Puskesmas Baru', 'puskesmas', '3/3', '146,00', '3', '2,50', '3', '4,00', '3', '3,00', 'tidak', '100%', '5.000', '5.000', 'Rp 25.000.000', 'Rp 0'],
  ['P004', 'Puskesmas Terpencil', 'puskesmas', '3/3', '145,00', '2', '1,33', '4', '4,00', '3', '3,10', 'tidak', '100%', '5.000', '5.000', 'Rp 25.000.000', 'Rp 0'],
  ['P005', 'Puskesmas Sepi', 'puskesmas', '2/3', '137,50', '1', '1,00', '4', '–', '4', '2,80', 'tidak', '100%', '1.000', '7.000', 'Rp 7.000.000', 'Rp 0'],
];

const TANDA_TANGAN = ['Tim Penilai', 'Ketua Tim Penilai', 'Mengetahui,', 'Menyetujui,', 'Perwakilan FKTP', 'Lampiran 1. Tanda tangan FKTP'];

let outJuni: string;
let juni: Dokumen;
let outJuli: string;
let juli: Dokumen;

beforeAll(async () => {
  outJuni = tmp('kbk-ba-');
  const a = await kbkKode(0, ['berita-acara', '--data', DEMO, '--month', '2024-06', '--out', outJuni, '--cabang', 'Jakarta Timur', '--tanggal', '2024-07-05'], ID);
  expect(a.out).toBe('');
  juni = await baca(join(outJuni, 'berita-acara-2024-06.docx'));
  outJuli = tmp('kbk-ba-');
  await kbkKode(0, ['berita-acara', '--data', DEMO, '--bayar', '2024-07', '--out', outJuli, '--cabang', 'Jakarta Timur', '--tanggal', '2024-07-10'], ID);
  juli = await baca(join(outJuli, 'berita-acara-2024-07.docx'));
});

describe('kbk berita-acara --month: an assessment month', () => {
  it('writes berita-acara-2024-06.docx and the run\'s rejects, nothing else', () => {
    expect(readdirSync(outJuni).sort()).toEqual(['berita-acara-2024-06.docx', 'tolak-2024-06.csv']);
    // The rejects list people: owner-only, as every tolak file.
    expect(statSync(join(outJuni, 'tolak-2024-06.csv')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(outJuni, 'berita-acara-2024-06.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('the title in the regulation\'s words, the branch, the month and the date in Indonesian', () => {
    expect(juni.paragraf[0]).toBe('BERITA ACARA HASIL PENILAIAN PEMENUHAN KOMITMEN PELAYANAN');
    expect(juni.paragraf).toContain('Kantor Cabang Jakarta Timur');
    expect(juni.paragraf).toContain('Bulan penilaian: Juni 2024');
    // 2024-07-05 was a Friday.
    expect(juni.semua).toContain('Pada hari ini Jumat, tanggal 5 Juli 2024, Tim Penilai Kantor Cabang Jakarta Timur telah melaksanakan penilaian');
    expect(juni.semua).toContain('bulan pelayanan Juni 2024');
    expect(juni.paragraf).toContain('Jakarta Timur, 5 Juli 2024');
  });

  it('the legal basis is the rule set\'s regulation', () => {
    expect(juni.semua).toContain('1. Peraturan BPJS Kesehatan No. 7 Tahun 2019 tentang Petunjuk Pelaksanaan Pembayaran Kapitasi Berbasis Kinerja (set aturan kbk kbk-2019');
    // An assessment month pays nothing: no tariff set.
    expect(juni.semua).not.toContain('set tarif');
  });

  it('every facility\'s row: each indicator with its rating, total nilai, KBK, persen kapitasi', () => {
    for (const r of JUNI) expect(barisFktp(juni, r[0] as string), r[0]).toEqual(r);
    // The indicators' headings over their value and rating.
    expect(juni.baris.find((r) => r.includes('AK (‰)'))).toEqual(['Kode PPK', 'Nama FKTP', 'Jenis', 'AK (‰)', 'RRNS (%)', 'RPPT (%)', 'Total Nilai', 'KBK Berlaku', 'Persen Kapitasi']);
  });

  it('the recap per type and in total (rekap-2024-06 counts)', () => {
    expect(juni.baris.find((r) => r[0] === 'puskesmas')).toEqual(['puskesmas', '5', '5', '2', '100%: 1, 90%: 1']);
    expect(juni.baris.find((r) => r[0] === 'TOTAL')).toEqual(['TOTAL', '10', '9', '4', '100%: 1, 96%: 2, 90%: 1']);
  });

  it('each facility\'s notes, the unverified rule values, the signature blocks and a signing line per facility', () => {
    expect(juni.paragraf).toContain('P003 Puskesmas Baru: tidak layak: kerja sama 9 bulan (< 12)');
    // kbk-2019: 84 of its values are not verified (the stderr note of every run says so); each in Annex 2.
    expect(juni.semua).toContain('84 nilai aturan yang dipakai dalam penilaian ini belum terverifikasi');
    expect(juni.paragraf).toContain('Lampiran 2. Nilai aturan yang belum terverifikasi');
    expect(juni.baris.filter((r) => r[0] === 'kbk-2019')).toHaveLength(84);
    for (const s of TANDA_TANGAN) expect(juni.paragraf, s).toContain(s);
    expect(juni.paragraf).toContain('Kepala Kantor Cabang Jakarta Timur');
    for (const [i, r] of JUNI.entries()) expect(juni.baris, r[0]).toContainEqual([String(i + 1), r[0], r[1], '', '']);
  });
});

describe('kbk berita-acara --bayar: a payment month', () => {
  it('the payment month and its assessment months in words', () => {
    expect(readdirSync(outJuli)).toContain('berita-acara-2024-07.docx');
    expect(juli.paragraf).toContain('Bulan pembayaran kapitasi: Juli 2024 (bulan penilaian April 2024, Mei 2024 dan Juni 2024)');
    expect(juli.semua).toContain('Pada hari ini Rabu, tanggal 10 Juli 2024');
    expect(juli.semua).toContain('sebagai dasar pembayaran kapitasi bulan Juli 2024');
    expect(juli.semua).toContain('2. Permenkes No. 3 Tahun 2023 tentang Standar Tarif Pelayanan Kesehatan dalam Penyelenggaraan Program JKN (set tarif kbk permenkes-3-2023');
  });

  it('every facility\'s row with the exact Rupiah after the minimum tariff', () => {
    for (const r of JULI) expect(barisFktp(juli, r[0] as string), r[0]).toEqual(r);
  });

  it('the totals: Rp 237.244.189 paid, Rp 4.809.861 cut (PERHITUNGAN.md)', () => {
    expect(juli.baris.find((r) => r[0] === 'TOTAL')).toEqual(['TOTAL', '10', '4', '100%: 1, 97%: 1, 96%: 1, 85%: 1', 'Rp 242.054.050', 'Rp 237.244.189', 'Rp 4.809.861']);
    expect(juli.baris.find((r) => r[0] === 'puskesmas')).toEqual(['puskesmas', '5', '2', '100%: 1, 85%: 1', 'Rp 107.000.000', 'Rp 105.000.000', 'Rp 2.000.000']);
    for (const s of TANDA_TANGAN) expect(juli.paragraf, s).toContain(s);
  });
});

describe('the branch, the date, the language', () => {
  it('the branch from the config file; the English version with --lang en', async () => {
    const kerja = tmp('kbk-ba-konfig-');
    writeFileSync(join(kerja, 'kbk.config.json'), JSON.stringify({ cabang: 'Kota Demo' }), { mode: 0o644 });
    const out = tmp('kbk-ba-');
    const r = await kbkKode(0, ['berita-acara', '--data', DEMO, '--bayar', '2024-07', '--out', out, '--tanggal', '2024-07-10', '--lang', 'en'], { cwd: kerja, env: { HOME: kerja } });
    expect(r.err).not.toContain('no branch office name');
    const d = await baca(join(out, 'berita-acara-2024-07.docx'));
    expect(d.paragraf[0]).toBe('MINUTES OF THE ASSESSMENT OF THE SERVICE COMMITMENT');
    expect(d.paragraf).toContain('Branch office Kota Demo');
    expect(d.paragraf).toContain('Capitation payment month: July 2024 (assessment months April 2024, May 2024 and June 2024)');
    expect(d.paragraf).toContain('Kota Demo, 10 July 2024');
    expect(barisFktp(d, 'K001')).toEqual(['K001', 'Klinik Pratama Sehat', 'klinik pratama', '3/3', '150.00', '4', '3.00', '2', '5.00', '4', '3.00', 'yes', '97%', '5,001', '11,688.5', 'Rp 58,454,189', 'Rp 1,807,861']);
  });

  it('no branch given: left blank to fill in, and said on stderr', async () => {
    const out = tmp('kbk-ba-');
    const r = await kbkKode(0, ['berita-acara', '--data', DEMO, '--month', '2024-06', '--out', out, '--tanggal', '2024-07-05']);
    expect(r.err).toContain('kbk: warning: no branch office name was given (--cabang NAME, or "cabang" in the config file): left blank in the minutes, to fill in');
    const d = await baca(join(out, 'berita-acara-2024-06.docx'));
    expect(d.paragraf).toContain('Branch office ....................................');
  });

  it('without --tanggal the minutes are dated today, in words', async () => {
    const out = tmp('kbk-ba-');
    const hari = new Date();
    await kbkKode(0, ['berita-acara', '--data', DEMO, '--month', '2024-06', '--out', out, '--cabang', 'X'], ID);
    const d = await baca(join(out, 'berita-acara-2024-06.docx'));
    const bulan = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    expect(d.paragraf).toContain(`X, ${hari.getDate()} ${bulan[hari.getMonth()]} ${hari.getFullYear()}`);
  });

  it('minutes dated before the month they assess has ended are warned about', async () => {
    const r = await kbkKode(0, ['berita-acara', '--data', DEMO, '--month', '2024-06', '--out', tmp(), '--cabang', 'X', '--tanggal', '2024-06-14']);
    expect(r.err).toContain("the minutes are dated 2024-06-14, before 2024-06 has ended: that month's data cannot be complete yet");
  });
});

describe('--verifikasi: the verification summary', () => {
  // tinyMonth: facility A, 10 participants; cards 1–3 contacted once (kontak.csv lines 2–4);
  // R1 (card 1, line 2) its only non-specialistic referral. The worksheet, filled by hand:
  // contact of card 1 tidak, of card 2 ya; R1 ya.
  const kartu = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
  function lembarDiisi(): string {
    const lembar = join(tmp('kbk-ba-lembar-'), 'sampel-2024-06.csv');
    writeFileSync(
      lembar,
      [
        KOLOM_SAMPEL.join(','),
        `2024-06,7,A,kontak,${kartu(1)},2024-06/kontak.csv,2,2024-06-03,peserta_kontak,,tidak,tidak ada bukti`,
        `2024-06,7,A,kontak,${kartu(2)},2024-06/kontak.csv,3,2024-06-04,peserta_kontak,,ya,`,
        `2024-06,7,A,rujukan,${kartu(1)},2024-06/rujukan.csv,2,2024-06-03,rujukan_non_spesialistik,,ya,`,
      ].join('\n') + '\n',
    );
    return lembar;
  }

  it('per facility and kind: checked, invalid, share, interval, flag; the counts of section B without the invalid records', async () => {
    const data = tinyMonth();
    const lembar = lembarDiisi();
    const out = tmp('kbk-ba-');
    await kbkKode(0, ['berita-acara', '--data', data, '--month', '2024-06', '--out', out, '--cabang', 'Uji', '--tanggal', '2024-07-01', '--verifikasi', lembar], ID);
    const d = await baca(join(out, 'berita-acara-2024-06.docx'));
    // Participant 1's only contact is invalid: 2 of 10 contacted → AK 200 ‰ (300 without).
    expect(barisFktp(d, 'A').slice(0, 5)).toEqual(['A', 'Puskesmas A', 'puskesmas', '200,00', '4']);
    expect(d.paragraf).toContain('E. Hasil verifikasi (uji sampling)');
    expect(d.paragraf).toContain('F. Nilai aturan yang belum terverifikasi');
    expect(d.semua).toContain(
      'Bulan Juni 2024: lembar verifikasi sampel-2024-06.csv (benih 7). Rekaman yang dinyatakan tidak sah tidak dihitung dalam hasil di bagian B. Interval 95 % proporsi tidak sah: Wilson dengan koreksi populasi terbatas, z = 1,96; sebuah FKTP ditandai bila seluruh intervalnya di atas 10,0 % (nilai aturan, design).',
    );
    // By hand: kontak x = 1 invalid of n = 2 checked from N = 3; k = 1.96² · (3−2)/(3−1) = 1.9208;
    // centre (0.5 + k/4)/(1 + k/2) = 0.5; half-width² = k·(0.25/2 + k/16)/(1 + k/2)² = 0.122475 →
    // 0.5 ± 0.349964 = 15,0 %–85,0 %, wholly above 10 %: flagged. rujukan: 1 of 1 checked, a
    // census (k = 0): 0 %–0 %, not flagged.
    expect(d.baris).toContainEqual(['A', 'Puskesmas A', 'kontak', '3', '2', '1', '0', '50,0 %', '15,0–85,0 %', 'ya']);
    expect(d.baris).toContainEqual(['A', 'Puskesmas A', 'rujukan', '1', '1', '0', '0', '0,0 %', '0,0–0,0 %', 'tidak']);
    expect(d.paragraf).toContain('Ditandai (temuan untuk Tim Penilai): A.');
  });

  it('a payment month: the verified assessment month\'s summary, and its mean without the invalid record', async () => {
    // Window 2024-04..06 of 2024-07: only 2024-06 exists (1 month of 3), AK 200 ‰ as above.
    const out = tmp('kbk-ba-');
    const r = await kbkKode(0, ['berita-acara', '--data', tinyMonth(), '--bayar', '2024-07', '--out', out, '--cabang', 'Uji', '--tanggal', '2024-07-10', '--verifikasi', lembarDiisi()], ID);
    expect(r.err).toContain('verifikasi 2024-06');
    const d = await baca(join(out, 'berita-acara-2024-07.docx'));
    expect(barisFktp(d, 'A').slice(0, 6)).toEqual(['A', 'Puskesmas A', 'puskesmas', '1/3', '200,00', '4']);
    expect(d.semua).toContain('Bulan Juni 2024: lembar verifikasi sampel-2024-06.csv (benih 7).');
    expect(d.baris).toContainEqual(['A', 'Puskesmas A', 'kontak', '3', '2', '1', '0', '50,0 %', '15,0–85,0 %', 'ya']);
  });

  it('without --verifikasi there is no such section, and the sections after it move up a letter', () => {
    expect(juni.semua).not.toContain('Hasil verifikasi');
    expect(juni.paragraf).toContain('E. Nilai aturan yang belum terverifikasi');
  });
});

describe('mistakes', () => {
  const out = tmp('kbk-ba-salah-');
  it.each([
    [[], 'give exactly one of --month YYYY-MM (an assessment month) or --bayar YYYY-MM (a payment month)'],
    [['--month', '2024-06', '--bayar', '2024-07'], 'give exactly one of --month'],
    [['--month', '2024-13'], '--month "2024-13" is not a month'],
    [['--bayar', 'Juli'], '--bayar "Juli" is not a month'],
    [['--month', '2024-06', '--tanggal', '2024-02-30'], '--tanggal "2024-02-30" is not a date'],
  ])('usage %j → 64', async (args, pesan) => {
    const r = await kbkKode(64, ['berita-acara', '--data', DEMO, '--out', out, ...args]);
    expect(r.err).toContain(pesan);
  });

  it('an unknown month, or no data: 66 as compute and pay, and nothing written', async () => {
    const r = await kbkKode(66, ['berita-acara', '--data', DEMO, '--month', '2023-01', '--out', out]);
    expect(r.err).toContain('2023-01: month folder is missing');
    const b = await kbkKode(66, ['berita-acara', '--data', DEMO, '--bayar', '2023-01', '--out', out]);
    expect(b.err).toContain('none of the assessment months 2022-10, 2022-11, 2022-12 (block window for 2023-01) has a month folder');
    const c = await kbkKode(66, ['berita-acara', '--data', join(out, 'tidak-ada'), '--month', '2024-06', '--out', out]);
    expect(c.err).toContain('data folder does not exist');
    expect(readdirSync(out)).toEqual([]);
  });
});

// A third reader, where installed: python-docx (Debian's python3-docx), as a script would open the minutes.
const PYTHON_DOCX = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0);
if (!PYTHON_DOCX) console.warn('test/berita-acara.test.ts: python-docx (python3-docx) is not installed: the minutes are not opened with it');

describe('opened with python-docx', () => {
  it.skipIf(!PYTHON_DOCX)('the payment month: the title, landscape, every facility\'s row with its Rupiah', () => {
    const skrip = [
      'import sys, json, docx',
      'd = docx.Document(sys.argv[1])',
      's = d.sections[0]',
      'print(json.dumps({"judul": d.paragraphs[0].text, "mendatar": s.page_width > s.page_height, "baris": [[c.text for c in r.cells] for t in d.tables for r in t.rows]}))',
    ].join('\n');
    const r = spawnSync(PYTHON_DOCX as string, ['-c', skrip, join(outJuli, 'berita-acara-2024-07.docx')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout) as { judul: string; mendatar: boolean; baris: string[][] };
    expect(d.judul).toBe('BERITA ACARA HASIL PENILAIAN PEMENUHAN KOMITMEN PELAYANAN');
    expect(d.mendatar).toBe(true);
    for (const baris of JULI) expect(d.baris, baris[0]).toContainEqual(baris);
  });
});

const ADA_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const ADA_PDFTOTEXT = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
if (!ADA_SOFFICE) console.warn('test/berita-acara.test.ts: LibreOffice (soffice) is not installed: the minutes are not printed to PDF');

describe('printed by LibreOffice', () => {
  it.skipIf(!ADA_SOFFICE)('the payment month\'s minutes convert to PDF naming every facility, the month and the Rupiah', () => {
    const dir = tmp('kbk-ba-pdf-');
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(outJuli, 'berita-acara-2024-07.docx')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const pdf = join(dir, 'berita-acara-2024-07.pdf');
    expect(existsSync(pdf)).toBe(true);
    if (!ADA_PDFTOTEXT) return void console.warn('test/berita-acara.test.ts: pdftotext (poppler-utils) is not installed: the PDF\'s text is not checked');
    const teks = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(teks).toContain('BERITA ACARA HASIL PENILAIAN PEMENUHAN KOMITMEN PELAYANAN');
    expect(teks).toContain('Juli 2024');
    for (const r of JULI) {
      expect(teks, r[0]).toContain(r[0] as string);
      // Names may wrap in a narrow column: each of their words is there.
      for (const kata of (r[1] as string).split(' ')) expect(teks, r[1]).toContain(kata);
      expect(teks, r[0]).toContain(r[15] as string);
    }
    expect(teks).toContain('Rp 237.244.189');
    // Landscape A4: 842 × 595 points.
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    if (info) expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  });
});
