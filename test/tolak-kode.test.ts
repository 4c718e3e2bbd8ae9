// Issue 19 item 1: every rejected row has a stable machine code (kode) beside its reason
// (alasan) in the run's language. Scripts match the code, so it never changes with the
// language; every kind of reject has exactly one; the README table lists every one.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { KODE_TOLAK, kodeTolak } from '../src/ingest/kode-tolak.js';
import { alasanTolak } from '../src/pesan/ingest.js';
import { KOLOM_TOLAK } from '../src/report/columns.js';
import { FIXTURES, kbk, ROOT, tinyMonth, tmp } from './helpers.js';

const ID = { env: { LANG: 'id_ID.UTF-8' } };
const c = (i: number): string => `000900000000${i}`.slice(-13);
const bacaTolak = (dir: string, nama = 'tolak-2024-06.csv'): Record<string, string>[] => parse(readFileSync(join(dir, nama)), { columns: true }) as Record<string, string>[];

/** One month damaged four ways: a day that does not exist, a card that lost its zeros, an unknown facility, a contact of another month. */
const rusak = (): string =>
  tinyMonth({
    'kontak.csv':
      'no_kartu,kode_ppk,tgl_kontak\n' +
      `${c(1)},A,2024-06-03\n${c(2)},A,2024-06-31\n9000000003,A,2024-06-04\n${c(4)},Z,2024-06-05\n${c(5)},A,2024-07-01\n${c(6)},A,2024-06-06\n`,
  });

describe('the same damaged month in Indonesian and in English', () => {
  it('gives the same rows and kode column; only alasan differs, each in its language', async () => {
    const data = rusak();
    const [id, en] = [tmp(), tmp()];
    const args = (out: string) => ['compute', '--data', data, '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '-q'];
    expect((await kbk(args(id), ID)).code).toBe(0);
    expect((await kbk([...args(en), '--lang', 'en'], ID)).code).toBe(0);
    const hId = readFileSync(join(id, 'tolak-2024-06.csv'), 'utf8').split('\n')[0];
    expect(hId).toBe('file,baris,kode,alasan,isi');
    const [rId, rEn] = [bacaTolak(id), bacaTolak(en)];
    // Each code written by hand from the damage above.
    expect(rId.map((r) => [r.file, r.baris, r.kode])).toEqual([
      ['2024-06/kontak.csv', '3', 'bukan_tanggal'],
      ['2024-06/kontak.csv', '4', 'kartu_nol_hilang'],
      ['2024-06/kontak.csv', '5', 'fasilitas_tidak_dikenal'],
      ['2024-06/kontak.csv', '6', 'di_luar_bulan'],
    ]);
    expect(rEn.map((r) => [r.file, r.baris, r.kode, r.isi])).toEqual(rId.map((r) => [r.file, r.baris, r.kode, r.isi]));
    expect(rId.map((r) => r.alasan)).toEqual([
      'tgl_kontak "2024-06-31" bukan tanggal yang sah dalam format yyyy-mm-dd: 2024-06 hanya memiliki 30 hari, bukan 31',
      'no_kartu "9000000003" hanya 10 digit, bukan 13: angka nol di depannya kemungkinan hilang (Excel menyimpan kolom itu sebagai angka); kbk tidak menambahkannya, ekspor kolom itu sebagai teks',
      expect.stringMatching(/^kode_ppk "Z" tidak ada di fktp\.csv/),
      'tgl_kontak "2024-07-01" di luar 2024-06; disisihkan, tidak dihitung (lihat catatan)',
    ]);
    expect(rEn.map((r) => r.alasan)).toEqual([
      'tgl_kontak "2024-06-31" is not a real date as yyyy-mm-dd: 2024-06 has 30 days, not 31',
      'no_kartu "9000000003" has 10 digits, not 13: its leading zeros were probably lost (Excel stores the column as a number); kbk does not pad it, export the column as text',
      'kode_ppk "Z" is not in fktp.csv',
      'tgl_kontak "2024-07-01" is outside 2024-06; set aside, not counted (see catatan)',
    ]);
  });

  it('the locale chooses the language when --lang is absent (English with LANG=en_US, as the test helper sets)', async () => {
    const out = tmp();
    expect((await kbk(['compute', '--data', rusak(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '-q'])).code).toBe(0);
    expect(bacaTolak(out)[0]?.alasan).toBe('tgl_kontak "2024-06-31" is not a real date as yyyy-mm-dd: 2024-06 has 30 days, not 31');
  });

  it('a run stopped by its rejects (65) writes them with kode too', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', rusak(), '--month', '2024-06', '--out', out], ID);
    expect(r.code).toBe(65);
    expect(bacaTolak(out).map((x) => x.kode)).toEqual(['bukan_tanggal', 'kartu_nol_hilang', 'fasilitas_tidak_dikenal', 'di_luar_bulan']);
  });

  it('the workbook Tolak sheet has the same five columns, alasan in the run\'s language', async () => {
    const out = tmp();
    expect((await kbk(['compute', '--data', rusak(), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '-q', '--xlsx'], ID)).code).toBe(0);
    const buku = readdirSync(out).find((f) => f.endsWith('.xlsx')) as string;
    const tolak = (await readXlsxFile(readFileSync(join(out, buku)), { trim: false })).find((s) => s.sheet === 'Tolak');
    // Headings in the run's language; the machine names are in the Kolom sheet.
    expect(tolak?.data[0]).toEqual(['Berkas', 'Baris', 'Kode', 'Alasan', 'Isi Baris']);
    expect(tolak?.data[1]).toEqual(['2024-06/kontak.csv', 3, 'bukan_tanggal', 'tgl_kontak "2024-06-31" bukan tanggal yang sah dalam format yyyy-mm-dd: 2024-06 hanya memiliki 30 hari, bukan 31', `${c(2)},A,2024-06-31`]);
  });
});

describe('the catalog of codes', () => {
  it('every kind has one code, codes and kinds are unique, codes are snake_case', () => {
    expect(new Set(KODE_TOLAK.map((k) => k.kode)).size).toBe(KODE_TOLAK.length);
    expect(new Set(KODE_TOLAK.map((k) => k.jenis)).size).toBe(KODE_TOLAK.length);
    for (const k of KODE_TOLAK) {
      expect(k.kode).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(kodeTolak(k.jenis)).toBe(k.kode);
      // The terminal summary has Indonesian words for it.
      expect(alasanTolak(`kolom: ${k.jenis}`, 'id'), k.jenis).not.toBe(`kolom: ${k.jenis}`);
    }
    expect(() => kodeTolak('something new')).toThrow(/has no code/);
    expect(KOLOM_TOLAK).toEqual(['file', 'baris', 'kode', 'alasan', 'isi']);
  });

  it('every kind a reader rejects with (read from src/ingest) has a code', () => {
    const dir = join(ROOT, 'src', 'ingest');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const jenis = new Set<string>();
    /** The text of a call from its opening parenthesis to the matching one. */
    const panggilan = (s: string, buka: number): string => {
      let d = 0;
      for (let i = buka; i < s.length; i++) {
        if (s[i] === '(') d++;
        else if (s[i] === ')' && --d === 0) return s.slice(buka + 1, i);
      }
      throw new Error('unclosed call');
    };
    for (const f of files) {
      const s = readFileSync(join(dir, f), 'utf8');
      const tetap = new Map([...s.matchAll(/const ([A-Z_]+) = '([^']+)';/g)].map((m) => [m[1] as string, m[2] as string]));
      for (const m of s.matchAll(/new RowError\(/g)) {
        const args = panggilan(s, (m.index as number) + m[0].length - 1);
        const akhir = /,\s*(?:'([^']+)'|([A-Z_]+))\s*$/.exec(args);
        expect(akhir, `${f}: ${args}`).not.toBeNull();
        jenis.add(akhir?.[1] ?? (tetap.get(akhir?.[2] as string) as string));
      }
      for (const m of s.matchAll(/\.(?:tolak|sisihkan)\(\{/g)) {
        const args = panggilan(s, (m.index as number) + m[0].length - 2);
        const j = /jenis: '([^']+)'/.exec(args);
        if (j) jenis.add(j[1] as string);
      }
      for (const m of s.matchAll(/tolakBaris\(line, '#1', [^\n]*?, '([^']+)', /g)) jenis.add(m[1] as string);
    }
    expect(jenis.size).toBeGreaterThan(30);
    expect([...jenis].filter((j) => !KODE_TOLAK.some((k) => k.jenis === j))).toEqual([]);
    // And no code without a kind that is still produced.
    expect(KODE_TOLAK.map((k) => k.jenis).filter((j) => !jenis.has(j))).toEqual([]);
  });

  it("the README's table of codes lists every code with its meaning, in the list's order", () => {
    const md = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // The rows of the table under "#### The codes", up to the next heading.
    const bagian = md.slice(md.indexOf('#### The codes')).split('\n').slice(1);
    const akhir = bagian.findIndex((l) => l.startsWith('#'));
    const baris = bagian.slice(0, akhir < 0 ? undefined : akhir).filter((l) => /^\| `/.test(l));
    expect(baris).toEqual(KODE_TOLAK.map((k) => `| \`${k.kode}\` | ${k.arti} |`));
  });
});

describe('kbk gabung and the rejects', () => {
  /** Two branch folders holding only their rejects of 2024-06. */
  const dua = (a: string, b: string): [string, string] => {
    const dirs: [string, string] = [join(tmp(), 'kc-a'), join(tmp(), 'kc-b')];
    dirs.forEach((d, i) => {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'tolak-2024-06.csv'), i === 0 ? a : b);
    });
    return dirs;
  };
  const BARU_A = 'file,baris,kode,alasan,isi\n2024-06/kontak.csv,3,bukan_tanggal,"tgl_kontak ""2024-06-31"" bukan tanggal",x\n';
  const BARU_B = 'file,baris,kode,alasan,isi\n2024-06/kontak.csv,4,kartu_nol_hilang,"no_kartu ""9"" hanya 1 digit",y\n';

  it('merges rejects files of this kbk, each row keeping its kode', async () => {
    const [a, b] = dua(BARU_A, BARU_B);
    const out = tmp();
    const g = await kbk(['gabung', a, b, '--out', out]);
    expect(g.code, g.err).toBe(0);
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8')).toBe(
      'file,baris,kode,alasan,isi\n' +
        'kc-a/2024-06/kontak.csv,3,bukan_tanggal,"tgl_kontak ""2024-06-31"" bukan tanggal",x\n' +
        'kc-b/2024-06/kontak.csv,4,kartu_nol_hilang,"no_kartu ""9"" hanya 1 digit",y\n',
    );
  });

  it('refuses a rejects file from an older kbk (no kode column) by name, exit 65', async () => {
    const [a, b] = dua(BARU_A, 'file,baris,alasan,isi\n2024-06/kontak.csv,9,"tgl_kontak ""x"" is not a date",x\n');
    const lama = join(b, 'tolak-2024-06.csv');
    for (const [opts, teks] of [
      [ID, `${lama}:1: laporan tolak ini ditulis kbk versi lama (tanpa kolom kode); jalankan ulang bulan itu dengan kbk ini agar semua berkas yang digabung sama bentuknya`],
      [{}, `${lama}:1: this tolak report was written by an older kbk (no kode column); run that month again with this kbk so that every file merged has the same columns`],
    ] as const) {
      const out = tmp();
      const g = await kbk(['gabung', a, b, '--out', out], opts);
      expect(g.code).toBe(65);
      expect(g.err).toContain(teks);
      expect(readdirSync(out)).toEqual([]);
    }
  });
});
