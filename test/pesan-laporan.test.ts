// Issue 12: the reports' terminal text (src/report, its words in src/pesan/laporan.ts) speaks
// one language per run, with that language's number format: Indonesian by default (34.201,
// 150,00‰, Rp 58.454.189), English with --lang en (34,201, 150.00‰, Rp 58,454,189). The
// CSV and JSON reports stay locale-free: byte for byte the same in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters as polos } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PESAN_LAPORAN } from '../src/pesan/laporan.js';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const ID = { env: { LANG: 'id_ID.UTF-8' } };
const baris = (s: string): string[] => s.split('\n');

describe('kbk run on fixtures/demo 2024-07', () => {
  it('in Indonesian (the default): its words and number format, no English word', async () => {
    const r = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()], ID);
    expect(r.code, r.err).toBe(0);
    const l = baris(r.out);
    expect(l).toContain('Capaian KBK 2024-04 (kbk-2019)');
    expect(l[1]).toMatch(/^kode_ppk +nama +AK +RRNS +RPPT +rating +nilai +kapitasi$/);
    expect(l).toContain('K001      Klinik Pratama Sehat  150,00‰   3,00%   5,00%   4/2/4   3,00  97%');
    expect(l).toContain('D001      dr. Andi Wijaya       150,00‰   2,00%   5,00%   4/4/4   4,00  100% (tidak berlaku)');
    expect(l).toContain('K002      RS D Pratama Medika     3/3   2,40     96%  ya      Rp 45.090.000  Rp 1.002.000');
    expect(r.out).toMatch(/\nkode_ppk +nama +bulan +nilai +persen +lantai +dibayar +potongan\n/);
    expect(l).toContain('Total dibayar Rp 237.244.189   potongan Rp 4.809.861');
    expect(r.out).toMatch(/\njenis +fktp +dinilai +kbk +AK 4\/3\/2\/1 +RRNS 4\/3\/2\/1 +RPPT 4\/3\/2\/1 +persen \(kbk\)\n/);
    expect(l).toContain('semua                  10    4  100%: 1, 97%: 1, 96%: 1, 85%: 1  Rp 242.054.050  Rp 237.244.189  Rp 4.809.861');
    expect(r.err).toMatch(/\nkbk: catatan: laporan ini memakai nilai sementara atau rancangan \(kbk-2019: \d+ nilai, permenkes-3-2023: \d+ nilai\); lihat `kbk rules show kbk-2019` dan ganti dengan --rules BERKAS\n/);
    // Words only English would use, anywhere on stdout or stderr.
    for (const kata of [/\bwrote\b/i, /\brows?\b/i, /\bwarning\b/i, /\btotal paid\b/i, /\bnote:/i, /\bnot shown\b/i, /\bdoes not apply\b/i, /\bcut\b/i])
      expect(r.out + r.err, String(kata)).not.toMatch(kata);
  });

  it('in English (--lang en): its words and number format', async () => {
    const r = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', tmp(), '--lang', 'en'], ID);
    expect(r.code, r.err).toBe(0);
    const l = baris(r.out);
    expect(l[1]).toMatch(/^kode_ppk +name +AK +RRNS +RPPT +rating +nilai +capitation$/);
    expect(l).toContain('K001      Klinik Pratama Sehat  150.00‰   3.00%   5.00%   4/2/4   3.00  97%');
    expect(l).toContain('D001      dr. Andi Wijaya       150.00‰   2.00%   5.00%   4/4/4   4.00  100% (does not apply)');
    expect(r.out).toMatch(/\nkode_ppk +name +months +nilai +percent +floor +paid +cut\n/);
    expect(l).toContain('K002      RS D Pratama Medika      3/3   2.40      96%  yes    Rp 45,090,000  Rp 1,002,000');
    expect(l).toContain('Total paid Rp 237,244,189   cut Rp 4,809,861');
    expect(l).toContain('semua                  10    4  100%: 1, 97%: 1, 96%: 1, 85%: 1  Rp 242,054,050  Rp 237,244,189  Rp 4,809,861');
    expect(r.err).toMatch(/\nkbk: note: this report uses provisional or design values \(kbk-2019: \d+ values, permenkes-3-2023: \d+ values?\); see `kbk rules show kbk-2019` and override with --rules FILE\n/);
    expect(r.out).not.toMatch(/Rp \d{1,3}\.\d{3}/);
  });

  it('writes the same reports, byte for byte, in either language; --json too', async () => {
    const a = tmp();
    const b = tmp();
    const id = await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', a, '--json'], ID);
    const en = await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', b, '--json', '--lang', 'en'], ID);
    expect(id.out).toBe(en.out);
    expect(readdirSync(a).sort()).toEqual(readdirSync(b).sort());
    // The rejects' alasan is the one text in the run's language (issue 19); their kode and every other column are the same.
    const tanpaAlasan = (p: string) => (parse(readFileSync(p), { columns: true }) as Record<string, string>[]).map(({ alasan: _a, ...r }) => r);
    for (const f of readdirSync(a)) {
      if (f.startsWith('tolak-')) expect(tanpaAlasan(join(b, f)), f).toEqual(tanpaAlasan(join(a, f)));
      else expect(readFileSync(join(b, f)), f).toEqual(readFileSync(join(a, f)));
    }
    expect(readFileSync(join(a, 'tolak-2024-06.csv'), 'utf8')).toContain('"tgl_kontak ""2024-05-31"" di luar 2024-06; disisihkan, tidak dihitung (lihat catatan)"');
    expect(readFileSync(join(b, 'tolak-2024-06.csv'), 'utf8')).toContain('"tgl_kontak ""2024-05-31"" is outside 2024-06; set aside, not counted (see catatan)"');
  });
});

describe('kbk explain', () => {
  const args = ['explain', '--data', DEMO, '--month', '2024-06', '--ppk', 'K001'];

  it('in Indonesian: each number from its counts, in Indonesian notation', async () => {
    const r = await kbk(args, ID);
    expect(r.code, r.err).toBe(0);
    const l = baris(r.out);
    expect(l[0]).toBe('K001 Klinik Pratama Sehat (klinik_pratama), 2024-06, kbk-2019');
    expect(r.out).toMatch(/\n {2}= 740 .+ ÷ 5\.000 .+ × 1\.000\n {2}= 148,00\n {2}rating 3 \(> 145 dan < 150; sementara: /);
    expect(l).toContain('  nilai 0,4 × 3 = 1,2');
    expect(r.out).toMatch(/\n {2}berikutnya: rating 4 \(≥ 150\) perlu 10 .+ \(→ 150,00, rating 4\)\n/);
    expect(r.out).toMatch(/\n {2}berikutnya: rating 2 \(> 2,5 dan ≤ 3\) perlu 1 .+ \(→ 3,00, rating 2\)\n/);
    expect(r.out).toMatch(/\n {2}rating 4 \(≥ 5; sementara: /);
    expect(l).toContain('total nilai 1,2 + 0,5 + 0,4 = 2,1');
    expect(r.out).toMatch(/\nrentang pembayaran ≥ 2 dan < 3 → 96% untuk klinik_pratama \(sementara: /);
    expect(l).toContain('KBK berlaku: 96% dari tarif dasar');
    expect(l).toContain('untuk mencapai rentang pembayaran berikutnya, salah satu dari:');
    expect(r.out).toMatch(/\n {2}97%: RRNS ke rating 4 \(total nilai 3,6\) dengan 2 .+ \(→ 2,00, rating 4\)\n/);
    for (const kata of [/\bnext:/, /\bneeds\b/, /\bpayment band\b/, /\bapplies\b/, /\bnot assessed\b/, /\bprovisional\b/]) expect(r.out, String(kata)).not.toMatch(kata);
  });

  it('in English: the same lines in English notation', async () => {
    const r = await kbk([...args, '--lang', 'en'], ID);
    expect(r.code, r.err).toBe(0);
    const l = baris(r.out);
    expect(l).toContain('  = 740 registered participants with a contact ÷ 5,000 registered × 1,000');
    expect(l).toContain('  = 148.00');
    expect(l).toContain('  next: rating 4 (≥ 150) needs 10 more registered participant(s) with a contact (→ 150.00, rating 4)');
    expect(l).toContain('total nilai 1.2 + 0.5 + 0.4 = 2.1');
    expect(l).toContain('KBK applies: 96% of the base tariff');
    expect(l).toContain('  97%: RRNS to rating 4 (total nilai 3.6) with 2 fewer non-specialistic referral(s) (→ 2.00, rating 4)');
  });

  it('--json is the same in both languages: numbers, and beside each change its count and direction', async () => {
    const id = await kbkKode(0, [...args, '--json'], ID);
    const en = await kbkKode(0, [...args, '--json', '--lang', 'en'], ID);
    expect(id.out).toBe(en.out);
    // Every facility's changes, in every demo month, name their count (no wording the table does not know).
    for (const bulan of ['2024-04', '2024-05', '2024-06'])
      for (const ppk of ['D001', 'K001', 'K002', 'K003', 'P001', 'P002', 'P003', 'P004', 'P005']) {
        const e = JSON.parse((await kbkKode(0, ['explain', '--data', DEMO, '--month', bulan, '--ppk', ppk, '--json'])).out);
        const cara = [...e.indikator.flatMap((i: { berikutnya: { cara: unknown[] } | null }) => i.berikutnya?.cara ?? []), ...e.peluang.map((p: { cara: unknown }) => p.cara)];
        for (const c of cara) expect(c, `${ppk} ${bulan}`).toMatchObject({ hitungan: expect.stringMatching(/^[a-z_]+$/), arah: expect.stringMatching(/^(tambah|kurang)$/) });
        expect(typeof e.total_nilai === 'number' || e.total_nilai === null).toBe(true);
      }
  });
});

describe('kbk explain --bayar', () => {
  const args = ['explain', '--data', DEMO, '--month', '2024-07', '--ppk', 'K001', '--bayar'];

  it('in Indonesian: the Rupiah and the tariffs in Indonesian notation', async () => {
    const r = await kbk(args, ID);
    expect(r.code, r.err).toBe(0);
    const l = baris(r.out);
    expect(l[0]).toBe('K001 Klinik Pratama Sehat (klinik_pratama), bulan bayar 2024-07: kbk-2019, permenkes-3-2023');
    expect(l[1]).toBe('jendela block 2024-04, 2024-05, 2024-06: tiap indikator dirata-ratakan atas bulan yang dinilai, lalu diberi rating; 3 dari 3 bulan dinilai');
    expect(l[3]).toMatch(/^bulan +aturan +AK +RRNS +RPPT +rating +total nilai +catatan$/);
    expect(l).toContain('  rata-rata 3 bulan: (150 + 152 + 148) ÷ 3 = 150‰');
    expect(l).toContain('KBK berlaku: 97% dari tarif dasar');
    expect(l).toContain('tarif 12.050 × 97% = 11.688,5');
    expect(l).toContain('lantai min(tarif 12.050, minimal 9.000) = 9.000: tidak diterapkan');
    expect(l).toContain('tarif dibayar 11.688,5');
    expect(l).toContain('kapitasi 5.001 peserta terdaftar (2024-07) × 11.688,5 = 58.454.188,5 → Rp 58.454.189 (dibulatkan setengah ke atas, sekali)');
    expect(l).toContain('kapitasi penuh 5.001 × 12.050 = Rp 60.262.050; potongan Rp 1.807.861');
  });

  it('in English: the same in English notation', async () => {
    const r = await kbkKode(0, [...args, '--lang', 'en'], ID);
    const l = baris(r.out);
    expect(l[0]).toBe('K001 Klinik Pratama Sehat (klinik_pratama), payment month 2024-07: kbk-2019, permenkes-3-2023');
    expect(l).toContain('tarif 12,050 × 97% = 11,688.5');
    expect(l).toContain('kapitasi 5,001 registered participants (2024-07) × 11,688.5 = 58,454,188.5 → Rp 58,454,189 (rounded half-up, once)');
    expect(l).toContain('kapitasi penuh 5,001 × 12,050 = Rp 60,262,050; potongan Rp 1,807,861');
  });

  it('why a facility is not adjusted, in Indonesian; --json the same in both languages', async () => {
    const p005 = ['explain', '--data', DEMO, '--month', '2024-07', '--ppk', 'P005', '--bayar'];
    const l = baris((await kbkKode(0, p005, ID)).out);
    expect(l.some((x) => /^2024-04 +kbk-2019 +tanpa peserta terdaftar: tidak masuk rata-rata$/.test(x))).toBe(true);
    expect(l).toContain('  tidak dinilai di bulan mana pun');
    expect(l).toContain('  rating 4 (tidak dinilai: rating dari aturan)');
    expect(l).toContain('KBK tidak berlaku (tidak layak: peserta 1000 (< 5000)): dibayar 100%');
    expect((await kbkKode(0, [...p005, '--json'], ID)).out).toBe((await kbkKode(0, [...p005, '--json', '--lang', 'en'], ID)).out);
  });
});

describe('kbk validate', () => {
  const args = ['validate', '--data', DEMO, '--month', '2024-06'];

  it('in Indonesian: row counts grouped with dots', async () => {
    const r = await kbk(args, ID);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe(''); // validate reports on stdout only
    const l = baris(r.out.trimEnd());
    expect(l[0]).toMatch(/^berkas +baris +ditolak +fasilitas +tanggal +dibaca sebagai$/);
    expect(r.out).toMatch(/\n2024-06\/peserta\.csv +34\.201 +0 +10 +- +koma, utf-8\n/);
    expect(r.out).toMatch(/\n2024-06\/kontak\.csv +5\.144 +3 +10 +2024-05-15\.\.2024-07-01 +koma, utf-8, tanggal yyyy-mm-dd \(ditebak dari baris 2\)\n/);
    expect(l).toContain('kualitas data 2024-06: kontak peserta tidak terdaftar=4, kontak di luar bulan=3, rujukan duplikat=1, rujukan di luar bulan=1, prolanis peserta tidak terdaftar=1, pengukuran di luar bulan=1');
    expect(l.at(-1)).toBe('6 berkas, 41.256 baris, 4 di penolakan, 0 gagal');
  });

  it('in English: grouped with commas', async () => {
    const r = await kbkKode(0, [...args, '--lang', 'en'], ID);
    const l = baris(r.out.trimEnd());
    expect(l[0]).toMatch(/^file +rows +rejects +facilities +dates +read as$/);
    expect(r.out).toMatch(/\n2024-06\/peserta\.csv +34,201 +0 +10 +- +comma, utf-8\n/);
    expect(l.at(-1)).toBe('6 files, 41,256 rows, 4 in the rejects, 0 failing');
  });

  it('--json is the same in both languages', async () => {
    expect((await kbkKode(0, [...args, '--json'], ID)).out).toBe((await kbkKode(0, [...args, '--json', '--lang', 'en'], ID)).out);
  });
});

describe('kbk proyeksi', () => {
  const args = ['proyeksi', '--data', DEMO, '--month', '2024-06', '--sampai', '2024-06-15'];

  it('in Indonesian: the title, the values, what a better rating needs and the methods', async () => {
    const out = tmp();
    const r = await kbk([...args, '--out', out], ID);
    expect(r.code, r.err).toBe(0);
    const l = baris(r.out);
    expect(l[0]).toBe('Proyeksi KBK 2024-06 (kbk-2019): data sampai 2024-06-15, hari ke-15 dari 30 (baris sesudahnya tidak dihitung); bulan sebelumnya 2024-04, 2024-05');
    expect(l[1]).toMatch(/^kode_ppk +nama +indikator +sejauh ini +proyeksi +rentang +rating +metode$/);
    expect(r.out).toMatch(/\nK001 +Klinik Pratama Sehat +AK +80,40‰ +149,40‰ +141,60–157,00‰ +1 → 3 \(2–4\) +kurva\n {24,}rating 4: \+348 .+ \(750 seluruhnya\)\n/);
    expect(r.out).toMatch(/\nkurva: bulan-bulan sebelumnya fasilitas itu sendiri \(2024-04, 2024-05\): /);
    // The file's celah in the run's language, its stable code beside it.
    expect(readFileSync(join(out, 'proyeksi-2024-06.csv'), 'utf8')).toContain(',rating 4: +348 peserta terdaftar dengan kontak sampai hari terakhir (750 seluruhnya),4:tambah_peserta_kontak,');
  });

  it("--json is the same in both languages; the file differs only in celah's words, kode_celah the same", async () => {
    const a = tmp();
    const b = tmp();
    expect((await kbkKode(0, [...args, '--json', '--out', a], ID)).out).toBe((await kbkKode(0, [...args, '--json', '--out', b, '--lang', 'en'], ID)).out);
    const [fa, fb] = [a, b].map((d) => readFileSync(join(d, 'proyeksi-2024-06.csv'), 'utf8'));
    expect(fb).toContain(',rating 4: +348 registered participant(s) with a contact by the last day (750 in all),4:tambah_peserta_kontak,');
    const tanpaCelah = (f: string): string => f.replace(/,"?rating [^"\n]*?"?,(\d:)/g, ',$1');
    expect(tanpaCelah(fa as string)).toBe(tanpaCelah(fb as string));
  });
});

describe('banding and audit', () => {
  it('banding: the totals line in each language', async () => {
    const args = ['banding', '--data', DEMO, '--month', '2024-07', '--profil-klinis-banding', 'ketat'];
    const id = await kbk([...args, '--out', tmp()], ID);
    expect(id.code, id.err).toBe(0);
    expect(id.out).toMatch(/\nTotal A Rp 237\.244\.189 {3}B Rp [\d.]+ {3}selisih /);
    expect(id.out).toMatch(/\nkode_ppk +nama +persen A +persen B +dibayar A +dibayar B +selisih\n/);
    const en = await kbkKode(0, [...args, '--out', tmp(), '--lang', 'en'], ID);
    expect(en.out).toMatch(/\nTotal A Rp 237,244,189 {3}B Rp [\d,]+ {3}difference /);
    expect(en.out).toMatch(/\nkode_ppk +name +percent A +percent B +paid A +paid B +difference\n/);
  });

  it('audit: counts grouped in the language; the columns left out named in it', async () => {
    const args = ['audit', '--data', DEMO, '--month', '2024-06'];
    const id = await kbk([...args, '--out', tmp(), '--no-color'], { ...ID, isTTY: true, env: { ...ID.env, COLUMNS: '80' } });
    expect(id.code, id.err).toBe(0);
    expect(polos(id.out)).toMatch(/\nK001 +Klinik Pratama Sehat +(5\.000 +)?5\.000 +740 /);
    expect(polos(id.out).replace(/\s+/g, ' ')).toMatch(/ kolom [a-z_, ]+ tidak ditampilkan: terminal 80 kolom; --json memuatnya $/);
    const en = await kbkKode(0, [...args, '--out', tmp(), '--lang', 'en', '--no-color'], { ...ID, isTTY: true, env: { ...ID.env, COLUMNS: '80' } });
    expect(polos(en.out)).toMatch(/\nK001 +Klinik Pratama Sehat +(5,000 +)?5,000 +740 /);
    expect(polos(en.out).replace(/\s+/g, ' ')).toMatch(/ columns? [a-z_, ]+ not shown: terminal 80 columns; --json has them $/);
  });
});

describe('the catalog (src/pesan/laporan.ts)', () => {
  it('writes band limits and counts in each language', () => {
    expect(PESAN_LAPORAN.batas({ bawah: { nilai: '2.5', inklusif: false }, atas: { nilai: '3', inklusif: true } })).toEqual({ id: '> 2,5 dan ≤ 3', en: '> 2.5 and ≤ 3' });
    expect(PESAN_LAPORAN.batas({})).toEqual({ id: 'nilai berapa pun', en: 'any value' });
    expect(PESAN_LAPORAN.catatanProvisional([{ id: 'x', n: 1 }], null)).toEqual({
      id: 'catatan: laporan ini memakai nilai sementara atau rancangan (x: 1 nilai); lihat status tiap nilai di berkas --rules/--tariffs dan ganti dengan --rules BERKAS',
      en: 'note: this report uses provisional or design values (x: 1 value); see the status of each value in the --rules/--tariffs file and override with --rules FILE',
    });
    expect(PESAN_LAPORAN.formatTanggal('dd/mm/yyyy (guessed from line 1234)')).toEqual({ id: 'tanggal dd/mm/yyyy (ditebak dari baris 1.234)', en: 'dates dd/mm/yyyy (guessed from line 1,234)' });
    expect(PESAN_LAPORAN.formatTanggal('dd/mm/yyyy (--date-format)')).toEqual({ id: 'tanggal dd/mm/yyyy (--date-format)', en: 'dates dd/mm/yyyy (--date-format)' });
    expect(PESAN_LAPORAN.ringkasValidasi(2, 34201, 1234, 0)).toEqual({ id: '2 berkas, 34.201 baris, 1.234 di penolakan, 0 gagal', en: '2 files, 34,201 rows, 1,234 in the rejects, 0 failing' });
    expect(PESAN_LAPORAN.kapitasiPenuh(5001, 12050n, 60262050n, -3000000n)).toEqual({
      id: 'kapitasi penuh 5.001 × 12.050 = Rp 60.262.050; insentif Rp 3.000.000',
      en: 'kapitasi penuh 5,001 × 12,050 = Rp 60,262,050; insentif Rp 3,000,000',
    });
  });
});
