// The record splitter (src/ingest/rekaman.ts) gives the same records whatever the chunks a
// file arrives in: a file read in 1 MiB chunks has a record cut at every chunk's end, and the
// splitter joins it (only the record's own bytes since issue 22). Random bytes (quotes, the
// delimiter, CR, LF, CRLF, multi-byte text, values long enough to pass maxBytes) fed whole and
// in random chunks must give the same records, lines, quote flags, oversized records (their
// length, preview and line count) and end of file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AKHIR_BARIS, PemecahRekaman } from '../src/ingest/rekaman.js';

function pecah(bytes: Buffer, potong: number[], maxBytes: number, akhirBaris: number): string[] {
  const keluar: string[] = [];
  const p = new PemecahRekaman(
    { delimiter: 0x2c, akhirBaris, maxBytes },
    {
      rekaman: (buf, start, end, line, kutip) => void keluar.push(`R ${line} ${kutip} ${buf.toString('latin1', start, end)}`),
      // The preview holds at least the record's first maxBytes + 1 bytes, all of them (up to PRATINJAU_BYTES) only when the
      // record passed maxBytes inside one chunk (a preview shorter than PRATINJAU_BYTES needs --max-row-bytes below it).
      kebesaran: (line, n, pratinjau, baris) => void keluar.push(`K ${line} ${n} ${baris} ${pratinjau.subarray(0, maxBytes + 1).toString('latin1')}`),
    },
  );
  let pos = 0;
  for (let i = 0; pos < bytes.length; i++) {
    const n = potong.length === 0 ? bytes.length : (potong[i % potong.length] as number);
    // Each chunk its own Buffer, as a file read gives it.
    p.tulis(Buffer.from(bytes.subarray(pos, pos + n)));
    pos += n;
  }
  keluar.push(`A ${JSON.stringify(p.akhir())}`);
  return keluar;
}

const bagian = fc.constantFrom('a', 'bb', 'ccccccccccc', ',', '"', '""', '\n', '\r', '\r\n', ' ', 'é', '0001010000001', '"x,y"', 'z\n');
const berkas = fc.array(bagian, { maxLength: 80 }).map((b) => Buffer.from(b.join(''), 'utf8'));

describe('the record splitter, whatever the chunks', () => {
  it('the same records, lines, quote flags, oversized records and end, fed whole or in chunks of 1 to 40 bytes', () => {
    fc.assert(
      fc.property(berkas, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), fc.constantFrom(4, 12, 40, 1 << 20), fc.constantFrom(AKHIR_BARIS.LF, AKHIR_BARIS.CR), (bytes, potong, maxBytes, akhirBaris) => {
        expect(pecah(bytes, potong, maxBytes, akhirBaris)).toEqual(pecah(bytes, [], maxBytes, akhirBaris));
      }),
      { numRuns: 3000 },
    );
  });

  it('a record cut after its last scanned byte and one cut before a quote whose next byte decides: each joined once', () => {
    const bytes = Buffer.from('a,b\n"x""y",z\nc,"d\ne"\nlast');
    for (let n = 1; n <= bytes.length; n++) expect(pecah(bytes, [n], 1 << 20, AKHIR_BARIS.LF), `chunks of ${n}`).toEqual(pecah(bytes, [], 1 << 20, AKHIR_BARIS.LF));
    expect(pecah(bytes, [], 1 << 20, AKHIR_BARIS.LF)).toEqual(['R 1 false a,b', 'R 2 true "x""y",z', 'R 3 true c,"d\ne"', 'R 5 false last', 'A {"tanpaAkhirBaris":true,"kutipTerbuka":null}']);
  });

  it('a record past maxBytes whose quoted CRLF is cut between two chunks holds 2 lines, not 3 (it weighs its lines in the rejects rate)', () => {
    const bytes = Buffer.from('"ccccccccccc\r\n"');
    for (let n = 1; n <= bytes.length; n++) expect(pecah(bytes, [n], 4, AKHIR_BARIS.LF), `chunks of ${n}`).toEqual(['K 1 15 2 "cccc', 'A {"tanpaAkhirBaris":true,"kutipTerbuka":null}']);
  });
});
