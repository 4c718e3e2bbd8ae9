// The help pages and `kbk rules list/show` in the run's language: kbk's own texts from the
// catalog (src/pesan/bantuan.ts), commander's fixed words (Usage:, Options:, "(default: …)")
// swapped in Indonesian, English exactly as it always was; rules show's numbers in the
// language's notation while the workbook and --json keep the rule file's.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram, type Io } from '../src/cli/main.js';
import { findRuleSet, findTariffSet } from '../src/rules/index.js';
import { daftarNilaiAturan, daftarNilaiTarif } from '../src/rules/provenance.js';
import type { RuleSet, TariffSet } from '../src/rules/schema.js';
import { kbk, kbkKode } from './helpers.js';

const ID = { env: { LANG: 'id_ID.UTF-8' } };
const EN = { env: { LANG: 'en_US.UTF-8' } };
/** Help is wrapped at 80 columns: the words, whatever the line breaks. */
const rata = (s: string): string => s.replace(/\s+/g, ' ');

const PERINTAH = ['compute', 'pay', 'run', 'audit', 'banding', 'validate', 'explain', 'proyeksi', 'gabung', 'check', 'rules', 'config', 'help'];

describe('help in the run\'s language', () => {
  it('kbk run --help in Indonesian: headings, option texts, commander\'s words', async () => {
    const r = await kbk(['run', '--help'], ID);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('Penggunaan: kbk run|jalankan [opsi]\n')).toBe(true);
    expect(r.out).toContain('\nOpsi:\n');
    const teks = rata(r.out);
    expect(teks).toContain('--window <jenis> jendela penilaian: block (triwulan kalender sebelumnya), rolling (P-3..P-1) atau bulanan (P-1 saja, tanpa rata-rata); bawaan dari aturan (pilihan: "block", "rolling", "bulanan")');
    expect(teks).toContain('--out <folder> folder untuk laporan (bawaan: ".")');
    expect(teks).toContain('--max-row-bytes <n> baris yang lebih panjang dari ini ditolak tanpa dibaca, byte-byte awalnya disimpan di penolakan (bawaan 1.048.576)');
    expect(teks).toContain('-h, --help tampilkan bantuan perintah ini');
    for (const en of ['Usage:', 'Options:', 'Commands:', 'Arguments:', '(default:', 'choices:', 'display help', '[options]', ' the ', ' of every '])
      expect(teks, en).not.toContain(en);
  });

  it('kbk run --help in English is as it always was, from LANG or --lang en', async () => {
    const r = await kbkKode(0, ['run', '--help'], EN);
    expect(r.out.startsWith('Usage: kbk run|jalankan [options]\n\ncompute the assessment months the payment month needs, then pay\n\nOptions:\n')).toBe(true);
    expect(r.out).toContain(
      '  --window <kind>                    assessment window: block (calendar quarter\n' +
        '                                     before), rolling (P-3..P-1) or bulanan (P-1\n' +
        '                                     alone, no averaging); default from the rule\n' +
        '                                     set (choices: "block", "rolling",\n' +
        '                                     "bulanan")\n',
    );
    expect(r.out).toContain('  --max-reject-rate <percent>        stop when a file has more rejected rows\n                                     than this share (default: "1")\n');
    expect(r.out).toContain('  -h, --help                         display help for command\n');
    expect(r.out).not.toContain('Penggunaan');
    // --lang en over an Indonesian locale: the same page.
    expect((await kbkKode(0, ['run', '--help', '--lang', 'en'], ID)).out).toBe(r.out);
    // and --lang id over an English locale gives the Indonesian one.
    expect((await kbkKode(0, ['run', '--help', '--lang', 'id'], EN)).out).toBe((await kbkKode(0, ['run', '--help'], ID)).out);
  });

  it('kbk --help lists every command, in each language', async () => {
    const id = await kbkKode(0, ['--help'], ID);
    const en = await kbkKode(0, ['--help'], EN);
    for (const p of PERINTAH) {
      expect(id.out, p).toMatch(new RegExp(`\\n  ${p}[ |\\n]`));
      expect(en.out, p).toMatch(new RegExp(`\\n  ${p}[ |\\n]`));
    }
    expect(id.out.startsWith('Penggunaan: kbk [opsi] [perintah]\n')).toBe(true);
    expect(id.out).toContain('\nPerintah:\n');
    expect(rata(id.out)).toContain('-V, --version tampilkan nomor versi');
    expect(rata(id.out)).toContain('compute|hitung [opsi] menilai satu bulan: capaian-YYYY-MM.csv (AK, RRNS, RPPT, rating, nilai)');
    expect(rata(id.out)).toContain('help [perintah] tampilkan bantuan sebuah perintah');
    for (const w of ['Usage:', 'Options:', 'Commands:', 'output the version', 'display help', '[options]']) expect(id.out, w).not.toContain(w);

    expect(en.out.startsWith('Usage: kbk [options] [command]\n')).toBe(true);
    expect(en.out).toContain('\nCommands:\n');
    expect(en.out).toContain('  -V, --version                       output the version number\n');
    expect(en.out).toContain('  help [command]                      display help for command\n');
  });

  it('kbk rules show --help and kbk help rules read as one language', async () => {
    const id = await kbkKode(0, ['rules', 'show', '--help'], ID);
    expect(id.out.startsWith('Penggunaan: kbk rules show [opsi] <id>\n')).toBe(true);
    expect(id.out).toContain('\nArgumen:\n  id               id aturan atau tarif\n');
    expect(rata(id.out)).toContain('--lang <bahasa> bahasa keluaran: id (Indonesia, bawaan) atau en; LANG/LC_ALL yang diawali en juga memberi bahasa Inggris (pilihan: "id", "en")');
    const en = await kbkKode(0, ['rules', 'show', '--help'], EN);
    expect(en.out.startsWith('Usage: kbk rules show [options] <id>\n')).toBe(true);
    expect(en.out).toContain('\nArguments:\n  id               rule set or tariff set id\n');

    const rules = await kbkKode(0, ['help', 'rules'], ID);
    expect(rules.out.startsWith('Penggunaan: kbk rules|aturan [opsi] [perintah]\n')).toBe(true);
    expect(rata(rules.out)).toContain('show [opsi] <id> setiap angka sebuah aturan atau tarif dengan statusnya (terverifikasi/sementara/rancangan) dan sumbernya');
    expect((await kbkKode(0, ['config', '--help'], ID)).out).toContain('\nArgumen:\n  perintah         nama perintahnya (bawaan: "run")\n');
    expect((await kbkKode(0, ['config', '--help'], EN)).out).toContain('\nArguments:\n  command          the command (default: run) (default: "run")\n');
  });

  it('every command, argument and option has its own Indonesian text', () => {
    const io = (bahasa: 'id' | 'en'): Io => ({ out: () => {}, err: () => {}, env: { KBK_CONFIG: 'none' }, isTTY: false, bahasa });
    const semua = (c: Command): Command[] => [c, ...c.commands.flatMap(semua)];
    const [id, en] = [semua(buildProgram(io('id'))), semua(buildProgram(io('en')))];
    expect(id.map((c) => c.name())).toEqual(en.map((c) => c.name()));
    let n = 0;
    id.forEach((c, i) => {
      const e = en[i] as Command;
      const nama = e.name();
      expect(c.description(), nama).not.toBe(e.description());
      c.options.forEach((o, j) => {
        expect(o.description, `${nama} ${o.flags}`).not.toBe(e.options[j]?.description);
        n++;
      });
      c.registeredArguments.forEach((a, j) => expect(a.description, `${nama} ${a.name()}`).not.toBe(e.registeredArguments[j]?.description));
    });
    expect(n).toBeGreaterThan(200);
  });
});

describe('rules list and rules show in the run\'s language', () => {
  // The status column as wide as the language's longest status word: provisional (11), terverifikasi (13).
  const kolom = (path: string, nilai: string, status: string, sumber: string): string => `${path.padEnd(44)} ${nilai.padEnd(18)} ${status.padEnd(11)} ${sumber}`;
  const kolomId = (path: string, nilai: string, status: string, sumber: string): string => `${path.padEnd(44)} ${nilai.padEnd(18)} ${status.padEnd(13)} ${sumber}`;

  it('rules show kbk-2019: column names, decimals and limits in Indonesian', async () => {
    const r = await kbkKode(0, ['rules', 'show', 'kbk-2019'], ID);
    const baris = r.out.split('\n');
    expect(baris[1]).toBe('butir                                        nilai              status        sumber');
    expect(baris).toContain(
      'ak.bobot                                     0,4                sementara     Secondary sources citing Peraturan BPJS Kesehatan No. 7 Tahun 2019 (a BPJS training deck "Tips dan Trik Optimalisasi Capaian KBK", 2022; a Semarang study of payments from November 2019; BPJS statements): the weights and rating-4 targets agree across them; the regulation\'s own annex was not read',
    );
    expect(baris).toContain(
      "rrns.rating 3                                > 2 dan ≤ 2,5      sementara     BPJS training deck 'Tips dan Trik Optimalisasi Capaian KBK' (2022); the regulation's annex itself was not read",
    );
    expect(baris.find((b) => b.startsWith('kelayakan.minPeserta '))?.startsWith(kolomId('kelayakan.minPeserta', '5.000', 'sementara', 'BPJS training deck'))).toBe(true);
  });

  it('rules show kbk-2019 in English', async () => {
    const r = await kbkKode(0, ['rules', 'show', 'kbk-2019', '--lang', 'en'], ID);
    const baris = r.out.split('\n');
    expect(baris[1]).toBe('path                                         value              status      source');
    expect(baris).toContain(
      'ak.bobot                                     0.4                provisional Secondary sources citing Peraturan BPJS Kesehatan No. 7 Tahun 2019 (a BPJS training deck "Tips dan Trik Optimalisasi Capaian KBK", 2022; a Semarang study of payments from November 2019; BPJS statements): the weights and rating-4 targets agree across them; the regulation\'s own annex was not read',
    );
    expect(baris).toContain(
      "rrns.rating 3                                > 2 and ≤ 2.5      provisional BPJS training deck 'Tips dan Trik Optimalisasi Capaian KBK' (2022); the regulation's annex itself was not read",
    );
    expect(baris.find((b) => b.startsWith('kelayakan.minPeserta '))?.startsWith(kolom('kelayakan.minPeserta', '5,000', 'provisional', 'BPJS training deck'))).toBe(true);
  });

  it('a tariff range in Rupiah, and a fixed amount, in each language', async () => {
    const sumber = 'Permenkes No. 3 Tahun 2023 tentang Standar Tarif Pelayanan Kesehatan dalam Penyelenggaraan Program JKN';
    expect((await kbkKode(0, ['rules', 'show', 'permenkes-3-2023'], ID)).out.split('\n')).toContain(kolomId('tarif.puskesmas', 'Rp 3.600–9.000', 'terverifikasi', sumber));
    expect((await kbkKode(0, ['rules', 'show', 'permenkes-3-2023'], EN)).out.split('\n')).toContain(kolom('tarif.puskesmas', 'Rp 3,600–9,000', 'verified', sumber));
    // Praktik dokter gigi under Permenkes 52/2016: a fixed Rp 2.000 from the news, provisional.
    const gigi = (await kbkKode(0, ['rules', 'show', 'permenkes-52-2016', '--json'])).out;
    const sumberGigi = JSON.parse(gigi).rentang.praktik_dokter_gigi.sumber as string;
    expect(sumberGigi).toContain('«besar kapitasi untuk dokter gigi praktik mandiri yang semula Rp. 2.000');
    expect((await kbkKode(0, ['rules', 'show', 'permenkes-52-2016'], ID)).out.split('\n')).toContain(kolomId('tarif.praktik_dokter_gigi', 'Rp 2.000–2.000', 'sementara', sumberGigi));
    expect((await kbkKode(0, ['rules', 'show', 'permenkes-52-2016'], EN)).out.split('\n')).toContain(kolom('tarif.praktik_dokter_gigi', 'Rp 2,000–2,000', 'provisional', sumberGigi));
  });

  it('a payment band: its limits in the path, its percentage with the language\'s decimal mark', async () => {
    const id = (await kbkKode(0, ['rules', 'show', 'perber-2017'], ID)).out;
    const en = (await kbkKode(0, ['rules', 'show', 'perber-2017'], EN)).out;
    expect(id).toMatch(/\npembayaran\[puskesmas,klinik_pratama,rs_d_pratama,praktik_dokter,praktik_dokter_gigi\] total nilai ≥ 1 dan < 2 92,5% +sementara /);
    expect(en).toMatch(/\npembayaran\[puskesmas,klinik_pratama,rs_d_pratama,praktik_dokter,praktik_dokter_gigi\] total nilai ≥ 1 and < 2 92\.5% +provisional /);
  });

  it('rules list has its column names in the language; --json and the workbook\'s list keep the file\'s values', async () => {
    expect((await kbkKode(0, ['rules', 'list'], ID)).out.split('\n')[0]).toBe('id                   berlaku             nama');
    expect((await kbkKode(0, ['rules', 'list'], EN)).out.split('\n')[0]).toBe('id                   in force            name');
    expect((await kbkKode(0, ['rules', 'list'], ID)).out.split('\n')[2]).toBe((await kbkKode(0, ['rules', 'list'], EN)).out.split('\n')[2]);
    expect((await kbkKode(0, ['rules', 'show', 'kbk-2019', '--json'], ID)).out).toBe((await kbkKode(0, ['rules', 'show', 'kbk-2019', '--json'], EN)).out);
    const aturan = daftarNilaiAturan(findRuleSet('kbk-2019') as RuleSet);
    expect(aturan.find((v) => v.path === 'ak.bobot')?.nilai).toBe('0.4');
    expect(aturan.find((v) => v.path === 'rrns.rating 3')?.nilai).toBe('> 2 and ≤ 2.5');
    expect(aturan.find((v) => v.path === 'kelayakan.minPeserta')?.nilai).toBe('5000');
    expect(daftarNilaiTarif(findTariffSet('permenkes-3-2023') as TariffSet).find((v) => v.path === 'tarif.puskesmas')?.nilai).toBe('Rp3600–9000');
  });
});
