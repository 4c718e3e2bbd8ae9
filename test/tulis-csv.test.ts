// kbk's canonical CSV (src/report/tulis-csv.ts: csvText, csvPotongan and the byte writer of
// kbk audit's files) against csv-stringify's bytes with the options kbk wrote its reports
// with before (header, columns, record_delimiter 'unix'), the byte writer against csvExcel's
// too, and KunciKartu.tulis against KunciKartu.kartu: the values a report can hold, cards of
// every length, a value longer than a chunk.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { KunciKartu } from '../src/ingest/peserta-index.js';
import { csvExcel } from '../src/report/csv-excel.js';
import { csvPotongan, csvText, csvTulis, PenulisCsv, type TujuanCsv } from '../src/report/tulis-csv.js';
import { isiTeks } from '../src/report/write.js';

/** What kbk's reports were written with until csvText wrote them itself. */
const csvStringify = (columns: readonly string[], rows: readonly Record<string, unknown>[]): string =>
  stringify(rows as Record<string, unknown>[], { header: true, columns: [...columns], record_delimiter: 'unix' });

const KOLOM = ['kode_ppk', 'no_kartu', 'a', 'b', 'nilai', 'alasan'];
const BIT = [1, 2];

/** Lines of (facility, card, mask, a number, reason): the writer's calls, and the same lines as text rows. */
function contoh(kartu: KunciKartu): { tulis: (t: TujuanCsv) => Iterable<unknown>; rows: Record<string, string>[] } {
  const nilai: [string, string, number, string, string][] = [
    ['F0001', '0001234567890', 3, '150.25', 'tidak ada kontak bulan ini'],
    ['F,2', '12345678901234', 1, '-0.5', 'DM: GDP 123.5 (2024-06-26, baris 192275) terkendali'],
    ['F"3"', '7', 0, '12', 'kata "kutip"'],
    ['', '00000000', 2, '', 'dua\nbaris'],
    ['K001', 'ABC-123', 0, '1.5.2', 'cr\r saja'],
    ['K002', '', 0, '3,5', 'Sumatera Utara — Medan, é'],
    ['K003', '99999999999999', 2, '0.000001', ''],
    ['K004', '123456789', 1, '7', 'x'.repeat(300_000)],
    ['K005', '1', 3, '150.25', '12345678901234567890'],
    ['K006', '2', 1, '=1+1', 'koma, lalu "kutip" dan é'],
    ['K,"7"', '3', 2, '', '"'],
    ['0123', '55', 0, '2.0', 'titik;koma dan baris\r\nbaru; 150.25'],
    ['0', '56', 1, '150.25;', '150.25'],
  ];
  return {
    *tulis(t) {
      for (const [kode, noKartu, m, angka, alasan] of nilai) {
        t.sel(kode);
        t.kartu(kartu.kunci(noKartu), kartu);
        t.nolSatu(m, BIT);
        t.sel(angka);
        t.sel(alasan);
        t.akhir();
        yield;
      }
    },
    rows: nilai.map(([kode, noKartu, m, angka, alasan]) => ({ kode_ppk: kode, no_kartu: noKartu, a: m & 1 ? '1' : '0', b: m & 2 ? '1' : '0', nilai: angka, alasan })),
  };
}

describe('csvText and csvPotongan', () => {
  it("write csv-stringify's bytes: quotes, commas, line feeds, CR, non-ASCII, a value over a chunk", () => {
    const { rows } = contoh(new KunciKartu());
    expect(csvText(KOLOM, rows)).toBe(csvStringify(KOLOM, rows));
    expect(csvText(KOLOM, [])).toBe('kode_ppk,no_kartu,a,b,nilai,alasan\n');
    // Column names that need quoting, and a row missing a column.
    const aneh = ['a,b', 'c"d', 'e'];
    const r = [{ 'a,b': '1', 'c"d': 'x\ny', e: '' }, { 'a,b': '2' } as Record<string, string>];
    expect(csvText(aneh, r)).toBe('"a,b","c""d",e\n1,"x\ny",\n2,,\n');
    expect(csvText(aneh, r)).toBe(csvStringify(aneh, r));
  });

  it('write anything that is not a string as csv-stringify cast it', () => {
    const kolom = ['angka', 'besar', 'ya', 'tidak', 'kosong', 'nol', 'tanggal', 'objek'];
    const row = { angka: -1.5, besar: 12345678901234567890n, ya: true, tidak: false, kosong: null, nol: 0, tanggal: new Date(86_400_000), objek: { a: '1,2' } } as unknown as Record<string, string>;
    expect(csvText(kolom, [row])).toBe('angka,besar,ya,tidak,kosong,nol,tanggal,objek\n-1.5,12345678901234567890,1,,,0,86400000,"{""a"":""1,2""}"\n');
    expect(csvText(kolom, [row])).toBe(csvStringify(kolom, [row]));
  });

  it('csvPotongan: the bytes of csvText, a thousand rows a chunk', () => {
    const rows = Array.from({ length: 2_345 }, (_, i) => ({ n: String(i), teks: i % 7 === 0 ? `a,"${i}"` : `b${i}` }));
    const chunks = [...csvPotongan(['n', 'teks'], rows)()];
    expect(chunks.length).toBe(4); // the header, then 1,000 + 1,000 + 345 rows
    expect(chunks.join('')).toBe(csvStringify(['n', 'teks'], rows));
    expect([...csvPotongan(['n'], [])()].join('')).toBe('n\n');
  });
});

describe('PenulisCsv and csvTulis', () => {
  it('write the bytes csvText writes: quotes, commas, line feeds, CR, non-ASCII, a value over a chunk', () => {
    const kartu = new KunciKartu();
    const { tulis, rows } = contoh(kartu);
    expect(isiTeks(csvTulis(KOLOM, tulis))).toBe(csvText(KOLOM, rows));
    expect(isiTeks(csvTulis(KOLOM, tulis))).toBe(csvStringify(KOLOM, rows));
  });

  // csvExcel's own bytes as the oracle: ; and CRLF quoted, a lone CR not, a decimal comma in
  // `nilai` (not a text column) but not in `alasan`, a code of digits with its leading zero kept.
  it('--csv-excel: the bytes of csvExcel, the card written ="…"', () => {
    const kartu = new KunciKartu();
    const { tulis, rows } = contoh(kartu);
    const excel = rows.map((r) => ({ ...r, no_kartu: r.no_kartu === '' ? '' : `="${r.no_kartu}"` }));
    expect(isiTeks(csvTulis(KOLOM, tulis, true))).toBe(csvExcel(KOLOM, excel));
  });

  it('a line may start with the 0/1 values or a card', () => {
    const kartu = new KunciKartu();
    const t = new PenulisCsv();
    t.nolSatu(2, [1, 2, 4]);
    t.akhir();
    t.kartu(kartu.kunci('0012'), kartu);
    t.sel('x');
    t.akhir();
    t.kartu(kartu.kunci('A1'), kartu);
    t.akhir();
    expect(t.ambil()?.toString('utf8')).toBe('0,1,0\n0012,x\nA1\n');
    expect(t.ambil()).toBe(null);
  });
});

describe('KunciKartu.tulis', () => {
  it('writes the digits kartu gives for every length from 1 to 14, leading zeros kept', () => {
    const kartu = new KunciKartu();
    const buf = Buffer.alloc(32, 0x2e);
    let n = 0;
    for (let len = 1; len <= 14; len++)
      for (const d of ['0', '9', '5', '1']) {
        const cards = [d.repeat(len), ('0'.repeat(len - 1) + d).slice(-len), '1234567890123456'.slice(0, len), '9876543210987654'.slice(16 - len)];
        for (const c of cards) {
          const k = kartu.kunci(c);
          const akhir = kartu.tulis(k, buf, 3);
          expect(akhir).toBe(3 + len);
          expect(buf.toString('latin1', 3, akhir)).toBe(c);
          expect(kartu.kartu(k)).toBe(c);
          n++;
        }
      }
    expect(n).toBe(224);
    // Nothing written outside the card's own bytes.
    expect(buf.toString('latin1', 0, 3)).toBe('...');
    expect(buf.toString('latin1', 17)).toBe('.'.repeat(15));
  });

  it('gives -1 for a card kept as text (15 digits, or not all digits)', () => {
    const kartu = new KunciKartu();
    const buf = Buffer.alloc(16);
    for (const c of ['123456789012345', 'A123', '12-34', ' 12']) expect(kartu.tulis(kartu.kunci(c), buf, 0)).toBe(-1);
  });
});
