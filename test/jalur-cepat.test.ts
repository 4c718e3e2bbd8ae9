// Issue 10: kbk splits plain rows itself and hands quoted ones to csv-parse. This property
// test holds the whole reader (record splitter, byte-level values, csv-parse for quoted
// rows, chunk boundaries) to csv-parse reading the same file alone, as kbk read every file
// before: the same rows, values and line numbers on random files with quotes, delimiters
// and line breaks inside quotes, CRLF, a BOM, empty lines and multi-byte text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bacaRekaman, BATAS_BAWAAN } from '../src/ingest/csv.js';
import { PembacaTanggal } from '../src/ingest/dates.js';
import { skalaUkur } from '../src/core/klinis.js';
import { parseDecimal } from '../src/core/rational.js';
import { SKALA_UKUR } from '../src/core/types.js';
import type { BarisCsv } from '../src/ingest/baris.js';
import type { RowError } from '../src/ingest/row-error.js';
import { bool } from '../src/ingest/values.js';
import { tmp } from './helpers.js';

/** Line breaks in a record's raw text, counted as kbk counted them with csv-parse alone. */
function lineBreaks(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && raw.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** The reference: csv-parse over the whole file with kbk's former options, in `potong`-byte chunks. */
async function rujukan(bytes: Buffer, potong: number): Promise<{ line: number; values: string[] }[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += potong) chunks.push(bytes.subarray(i, i + potong));
  const parser = Readable.from(chunks).pipe(parse({ delimiter: ',', bom: true, relax_column_count: true, relax_quotes: true, raw: true }));
  const out: { line: number; values: string[] }[] = [];
  let next = 1;
  for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    const line = next;
    next += lineBreaks(item.raw);
    if (item.record.length === 1 && (item.record[0] as string).trim() === '') continue;
    out.push({ line, values: item.record });
  }
  return out.slice(1); // the header
}

/** kbk's record reader (splitter, byte-level values, csv-parse for quoted rows) on the same bytes. */
async function kbkMembaca(bytes: Buffer): Promise<{ line: number; values: string[] }[]> {
  const path = join(tmp(), 'berkas.csv');
  writeFileSync(path, bytes);
  const out: { line: number; values: string[] }[] = [];
  const akhir = await bacaRekaman(
    { path, label: 'berkas.csv', dialek: { delimiter: ',', encoding: 'utf-8', akhirBaris: '\n', catatan: null }, batas: BATAS_BAWAAN, tanggal: new PembacaTanggal('berkas.csv') },
    {
      baris: (b) => void out.push({ line: b.line, values: Array.from({ length: b.n }, (_, i) => b.nilai(i)) }),
      rusak: (line) => void out.push({ line, values: ['(rusak)'] }),
      kebesaran: (line) => void out.push({ line, values: ['(kebesaran)'] }),
    },
  );
  expect(akhir.kutipTerbuka).toBeNull();
  return out.slice(1); // the header
}

// Values: digits, Indonesian and multi-byte text, the delimiter, quotes, line breaks, spaces.
const potongan = fc.constantFrom('0001010000001', 'K29.7', 'Puskesmas Sukamaju', 'Aé', '日本', '😀', ',', '"', '""', '\n', '\r\n', ' ', 'x', '1', '');
const nilai = fc.array(potongan, { maxLength: 4 }).map((p) => p.join(''));
/** A value as a CSV writer would put it: quoted when it needs to be, or sometimes anyway. */
const sel = fc.tuple(nilai, fc.boolean()).map(([v, kutip]) => (kutip || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v));
const baris = fc.array(sel, { minLength: 1, maxLength: 5 }).map((s) => s.join(','));
const berkas = fc.record({
  rows: fc.array(fc.oneof({ weight: 8, arbitrary: baris }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 30 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  akhir: fc.boolean(),
  potong: fc.integer({ min: 1, max: 64 }),
});

describe('issue 10: the fast path reads what csv-parse reads', () => {
  it('the same rows, values and line numbers, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(berkas, async (f) => {
        const eol = f.crlf ? '\r\n' : '\n';
        const text = ['kode_diagnosa,non_spesialistik,lain', ...f.rows].join(eol) + (f.akhir ? eol : '');
        const bytes = Buffer.concat([f.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
        expect(await kbkMembaca(bytes)).toEqual(await rujukan(bytes, f.potong));
      }),
      { numRuns: 300 },
    );
  });

  it('quoted values that hold the delimiter and line breaks, across 1-byte chunks of the reference', async () => {
    const text = 'kode_diagnosa,non_spesialistik\r\n"K29,7","a\r\nb"\r\nJ06,"say ""hi"""\r\n\r\n"😀",1\r\n';
    const bytes = Buffer.from(text, 'utf8');
    expect(await kbkMembaca(bytes)).toEqual([
      { line: 2, values: ['K29,7', 'a\r\nb'] },
      { line: 4, values: ['J06', 'say "hi"'] },
      { line: 6, values: ['😀', '1'] },
    ]);
    expect(await rujukan(bytes, 1)).toEqual(await kbkMembaca(bytes));
  });
});

describe('issue 10: stray quotes as damaged files have them', () => {
  // Values written without quoting rules: a quote in the middle of a value, after a closing
  // quote, at a value's start without its close. Both readers must agree, or both refuse.
  const kacau = fc.array(fc.constantFrom('a', '1', '"', '""', ',', ' ', 'é'), { maxLength: 6 }).map((p) => p.join(''));
  const berkasKacau = fc.record({ rows: fc.array(kacau, { minLength: 1, maxLength: 20 }), crlf: fc.boolean(), potong: fc.integer({ min: 1, max: 16 }) });

  it('the same rows, or both stop at an unclosed quote', async () => {
    await fc.assert(
      fc.asyncProperty(berkasKacau, async (f) => {
        const eol = f.crlf ? '\r\n' : '\n';
        const bytes = Buffer.from(['kode_diagnosa,non_spesialistik', ...f.rows].join(eol) + eol, 'utf8');
        const ref = await rujukan(bytes, f.potong).then(
          (r) => ({ rows: r }),
          (e: { code?: string }) => ({ gagal: e.code }),
        );
        const kbk = await kbkMembaca(bytes).then(
          (r) => ({ rows: r }),
          () => ({ gagal: 'CSV_QUOTE_NOT_CLOSED' }),
        );
        expect(kbk).toEqual(ref);
      }),
      { numRuns: 300 },
    );
  });
});

/** Each data row of `teks` (its header's names are the columns) as the record reader hands it over. */
async function setiapBaris(teks: string, delimiter: string, onRow: (b: BarisCsv) => void): Promise<void> {
  const path = join(tmp(), 'baris.csv');
  writeFileSync(path, teks);
  let header = true;
  await bacaRekaman(
    { path, label: 'baris.csv', dialek: { delimiter, encoding: 'utf-8', akhirBaris: '\n', catatan: null }, batas: BATAS_BAWAAN, tanggal: new PembacaTanggal('baris.csv') },
    {
      baris: (b) => {
        if (!header) return onRow(b);
        header = false;
        const nama = Array.from({ length: b.n }, (_, i) => b.nilai(i));
        b.aturHeader(new Map(nama.map((k, i) => [k, i])), nama);
      },
      rusak: () => undefined,
      kebesaran: () => undefined,
    },
  );
}

describe('issue 22: values decided from their bytes are those the text path decides', () => {
  // A measurement read from its bytes (desimalSkala), "is it empty" (kosongNilai) and the
  // per-value memory (ingat) against the text each value is as get() returns it: the exact
  // parser, the comparison with '', the computation itself.
  const potong = fc.constantFrom('1', '0', '9', '12', '1234567', '.', ',', '-', '+', ' ', '=', '"', 'x', 'é', '\u00a0', '\t', '');
  const sel = fc.array(potong, { maxLength: 8 }).map((p) => p.join(''));
  const berkas = fc.record({ rows: fc.array(fc.tuple(sel, sel, fc.integer({ min: 0, max: 9000 })), { minLength: 1, maxLength: 40 }), crlf: fc.boolean() });

  async function baca(teks: string): Promise<{ cepat: unknown[]; teks: unknown[] }[]> {
    const out: { cepat: unknown[]; teks: unknown[] }[] = [];
    await setiapBaris(teks, ';', (b) => {
      const exact = (k: string): number | null | 'salah' => {
        const v = b.get(k);
        if (v === '') return null;
        try {
          return skalaUkur(parseDecimal(v)) ?? 'salah';
        } catch {
          return 'salah';
        }
      };
      const gdp = b.desimalSkala('gdp', SKALA_UKUR);
      const lain = b.desimalSkala('lain', SKALA_UKUR);
      const tiada = b.desimalSkala('tiada', SKALA_UKUR);
      out.push({
        cepat: [gdp === undefined ? exact('gdp') : gdp, lain === undefined ? exact('lain') : lain, tiada === undefined ? exact('tiada') : tiada, b.kosongNilai('gdp'), b.kosongNilai('lain'), b.kosongNilai('tiada'), b.ingat('kode', (_: void, x) => `=${x.get('kode')}`), b.ingat('gdp', (_: void, x) => `=${x.get('gdp')}`), b.ingat('kode', (_: void, x) => `#${x.get('kode')}`, undefined, 'kode, lain')],
        teks: [exact('gdp'), exact('lain'), exact('tiada'), b.get('gdp') === '', b.get('lain') === '', b.get('tiada') === '', `=${b.get('kode')}`, `=${b.get('gdp')}`, `#${b.get('kode')}`],
      });
      // A measurement the bytes decide is one the exact path reads the same way, never one it refuses.
      if (gdp !== undefined) expect(gdp).toBe(exact('gdp'));
    });
    return out;
  }

  it('the same measurement, emptiness and remembered result on every row', async () => {
    await fc.assert(
      fc.asyncProperty(berkas, async (f) => {
        const eol = f.crlf ? '\r\n' : '\n';
        const rows = await baca(['gdp;lain;kode', ...f.rows.map(([a, b, k]) => `${a};${b};F${k}`)].join(eol) + eol);
        for (const r of rows) expect(r.cepat).toEqual(r.teks);
      }),
      { numRuns: 300 },
    );
  });

  it('past the 4,096 values kept, and with values whose hashes meet, each row still gets its own value', async () => {
    const rows = await baca(['gdp;lain;kode', ...Array.from({ length: 12000 }, (_, i) => `${i % 7 === 0 ? ' ' : ''}${(i * 7919) % 10007},5;;K${i % 5000}`)].join('\n') + '\n');
    expect(rows).toHaveLength(12000);
    for (const r of rows) expect(r.cepat).toEqual(r.teks);
    expect(rows[7]?.cepat[0]).toBe(((7 * 7919) % 10007) * SKALA_UKUR + SKALA_UKUR / 2);
  });
});

describe('issue 22: a required yes/no flag decided once per value', () => {
  it('the same answers as the text, and a bad value refused on every row it is on (a refusal is never remembered)', async () => {
    const hasil: (boolean | string)[] = [];
    await setiapBaris(['prolanis', '1', 'ya', 'x', '0', 'x', 'TIDAK', '1', ' x'].join('\n') + '\n', ',', (b) => {
      try {
        hasil.push(bool(b, 'prolanis'));
      } catch (e) {
        hasil.push((e as RowError).jenis);
      }
    });
    expect(hasil).toEqual([true, true, 'not yes/no', false, 'not yes/no', false, true, 'not yes/no']);
  });
});
