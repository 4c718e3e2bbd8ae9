// Issue 16 item 5: a --summary workbook is bounded. Bombs are built here byte by byte (a
// small zip writer: deflate from zlib, the sizes written as the test wants them, true or
// not) and must stop with 65 naming the file, the sheet where known, and the limit, before
// exceljs reads them; one is run in a child process under /usr/bin/time -v to hold its
// peak memory under 500 MiB.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BATAS_XLSX, periksaBatasXlsx } from '../src/ingest/xlsx-batas.js';
import { ENV_PROSES, FIXTURES, ROOT, kbk, tmp } from './helpers.js';

const DIR = join(FIXTURES, 'ringkasan-demo');

const TABEL_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = (TABEL_CRC[(c ^ x) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Masuk {
  nama: string;
  isi: Buffer | string;
  /** The uncompressed size written in the headers instead of the real one. */
  ngaku?: number;
}

/** A zip of deflated entries (or a given raw deflate stream with `mentah`). */
function zip(entri: Masuk[], mentah: Record<string, Buffer> = {}): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let offset = 0;
  for (const e of entri) {
    const isi = typeof e.isi === 'string' ? Buffer.from(e.isi) : e.isi;
    const data = mentah[e.nama] ?? deflateRawSync(isi);
    const nama = Buffer.from(e.nama);
    const ukuran = e.ngaku ?? isi.length;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(mentah[e.nama] ? 0 : crc32(isi), 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(ukuran, 22);
    h.writeUInt16LE(nama.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(mentah[e.nama] ? 0 : crc32(isi), 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(ukuran, 24);
    c.writeUInt16LE(nama.length, 28);
    c.writeUInt32LE(offset, 42);
    lokal.push(h, nama, data);
    pusat.push(c, nama);
    offset += 30 + nama.length + data.length;
  }
  const cd = Buffer.concat(pusat);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entri.length, 8);
  eocd.writeUInt16LE(entri.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...lokal, cd, eocd]);
}

/** The parts of a minimal workbook with one sheet "Juni 24" holding `lembar` (the inside of <sheetData>, or a whole part). */
function buku(lembar: string, lain: Partial<Record<string, Masuk>> = {}): Masuk[] {
  const bagian: Masuk[] = [
    { nama: '[Content_Types].xml', isi: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>' },
    { nama: '_rels/.rels', isi: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { nama: 'xl/workbook.xml', isi: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Juni 24" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { nama: 'xl/_rels/workbook.xml.rels', isi: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>' },
    { nama: 'xl/worksheets/sheet1.xml', isi: lembar.startsWith('<?xml') ? lembar : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${lembar}</sheetData></worksheet>` },
    { nama: 'xl/sharedStrings.xml', isi: '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Kode PPK</t></si></sst>' },
  ];
  return bagian.map((b) => lain[b.nama] ?? b);
}

const simpan = (isi: Buffer, nama = 'bom.xlsx'): string => {
  const path = join(tmp(), nama);
  writeFileSync(path, isi);
  return path;
};

/** The run's code and its error line. */
async function jalankan(path: string, ...more: string[]): Promise<{ code: number; err: string }> {
  const r = await kbk(['compute', '--data', DIR, '--summary', path, '--month', '2024-06', '--out', tmp(), '-q', ...more]);
  // No rejects: the stopped run says its error alone (issue 19: the "rows found so far" line only when there are rows).
  expect(r.err).toMatch(/^kbk: (error|galat): /);
  return { code: r.code, err: `${r.err.split('\n').filter((l) => / (error|galat): /.test(l)).join('\n')}\n` };
}
const akhiran = 'for a --summary workbook (an input-safety limit, not a KBK rule); the workbook is not read\n';

/** 3,000 rows with one cell in column XFD: 28 KB that took exceljs over 4 GB. */
const XFD = (): Buffer => zip(buku(Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('')));

describe('a --summary workbook over a limit is refused before exceljs reads it (65)', () => {
  it('a well-formed small workbook and the fixture pass; full-width column definitions are not refused', async () => {
    await periksaBatasXlsx(join(DIR, 'Capaian KBK (APR 24 - JUL 24).xlsx'));
    const lembar = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD3000"/><cols><col min="27" max="16384" hidden="1"/></cols><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';
    await periksaBatasXlsx(simpan(zip(buku(lembar))));
  });

  it('3,000 rows with a cell in column XFD: the column limit, naming the sheet', async () => {
    const path = simpan(XFD());
    const r = await jalankan(path);
    expect([r.code, r.err]).toEqual([65, `kbk: error: bom.xlsx [Juni 24]: column XFD1 over the limit of 200 ${akhiran}`]);
  });

  it('a shared string longer than Excel allows (40,000 characters)', async () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kode PPK</t></si><si><t>${'a'.repeat(40_000)}</t></si></sst>`;
    const r = await jalankan(simpan(zip(buku('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { 'xl/sharedStrings.xml': { nama: 'xl/sharedStrings.xml', isi: sst } }))));
    expect([r.code, r.err]).toEqual([65, `kbk: error: bom.xlsx (xl/sharedStrings.xml): length of one text (characters) over the limit of 32,767 ${akhiran}`]);
    // 32,767 with entities counted as one character is within.
    const pas = sst.replace('a'.repeat(40_000), `${'a'.repeat(32_766)}&amp;`);
    await periksaBatasXlsx(simpan(zip(buku('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { 'xl/sharedStrings.xml': { nama: 'xl/sharedStrings.xml', isi: pas } }))));
  });

  it('an inline string or a value over the length limit in a sheet', async () => {
    const r = await jalankan(simpan(zip(buku(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(33_000)}</t></is></c></row>`))));
    expect([r.code, r.err]).toEqual([65, `kbk: error: bom.xlsx [Juni 24]: length of one text (characters) over the limit of 32,767 ${akhiran}`]);
  });

  it('a declared uncompressed size of 3 GB: refused from the central directory, nothing inflated', async () => {
    const r = await jalankan(simpan(zip(buku('<row r="1"/>', { 'xl/sharedStrings.xml': { nama: 'xl/sharedStrings.xml', isi: '<sst/>', ngaku: 3_000_000_000 } }))));
    expect([r.code, r.err]).toEqual([65, `kbk: error: bom.xlsx: uncompressed size 2861 MiB+ over the limit of 64 MiB ${akhiran}`]);
  });

  it('an absurd compression ratio in the central directory', async () => {
    const r = await jalankan(simpan(zip(buku('<row r="1"/>', { 'xl/sharedStrings.xml': { nama: 'xl/sharedStrings.xml', isi: '<sst/>', ngaku: 20 * 1024 * 1024 } }))));
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/^kbk: error: bom\.xlsx \(xl\/sharedStrings\.xml\): compression ratio \d+ : 1 over the limit of 500 : 1 for a --summary workbook/);
  });

  it('a size that lies: 70 MiB of one shared string declared as 6 bytes is caught while inflating', async () => {
    const isi = Buffer.concat([Buffer.from('<sst><si><t>'), Buffer.alloc(70 * 1024 * 1024, 'a')]);
    const bohong = buku('<row r="1"/>', { 'xl/sharedStrings.xml': { nama: 'xl/sharedStrings.xml', isi: '<sst/>' } });
    const path = simpan(zip(bohong, { 'xl/sharedStrings.xml': deflateRawSync(isi) }));
    const r = await jalankan(path);
    expect(r.code).toBe(65);
    // The text limit comes first here; either way it is named and nothing reaches exceljs.
    expect(r.err).toBe(`kbk: error: bom.xlsx (xl/sharedStrings.xml): length of one text (characters) over the limit of 32,767 ${akhiran}`);
    // Without the text: 70 MiB of markup is over the uncompressed limit.
    const markup = Buffer.alloc(70 * 1024 * 1024, '<x/>');
    const r2 = await jalankan(simpan(zip(bohong, { 'xl/sharedStrings.xml': deflateRawSync(markup) })));
    expect([r2.code, r2.err]).toEqual([65, `kbk: error: bom.xlsx (xl/sharedStrings.xml): uncompressed size over the limit of 64 MiB ${akhiran}`]);
  });

  it('too many entries, a row past the limit, a merged range or a validation over whole columns', async () => {
    const banyak = zip([...buku('<row r="1"/>'), ...Array.from({ length: 1000 }, (_, i) => ({ nama: `xl/media/x${i}.bin`, isi: 'x' }))]);
    expect((await jalankan(simpan(banyak))).err).toBe(`kbk: error: bom.xlsx: zip entries 1,006 over the limit of 1,000 ${akhiran}`);
    expect((await jalankan(simpan(zip(buku('<row r="200000"><c r="A200000"><v>1</v></c></row>'))))).err).toBe(`kbk: error: bom.xlsx [Juni 24]: row 200,000 over the limit of 100,000 ${akhiran}`);
    const gabung = '<?xml version="1.0"?><worksheet><sheetData><row r="1"/></sheetData><mergeCells count="1"><mergeCell ref="A1:CV6000"/></mergeCells></worksheet>';
    expect((await jalankan(simpan(zip(buku(gabung))))).err).toBe(`kbk: error: bom.xlsx [Juni 24]: cells over the limit of 400,000 ${akhiran}`);
    const validasi = '<?xml version="1.0"?><worksheet><sheetData><row r="1"/></sheetData><dataValidations count="1"><dataValidation type="list" sqref="B2:B1048576"><formula1>"Tercapai"</formula1></dataValidation></dataValidations></worksheet>';
    expect((await jalankan(simpan(zip(buku(validasi))))).err).toBe(`kbk: error: bom.xlsx [Juni 24]: row B2:B1048576 over the limit of 100,000 ${akhiran}`);
  });

  it('in Indonesian too', async () => {
    const r = await jalankan(simpan(XFD()), '--lang', 'id');
    expect([r.code, r.err]).toEqual([65, 'kbk: galat: bom.xlsx [Juni 24]: kolom XFD1 melewati batas 200 untuk workbook --summary (batas keamanan masukan, bukan aturan KBK); workbook tidak dibaca\n']);
  });

  it('the limits are the documented ones', () => {
    expect(BATAS_XLSX).toMatchObject({ ukuranTerurai: 64 * 1024 * 1024, kolom: 200, baris: 100_000, sel: 400_000, panjangString: 32_767, jumlahEntri: 1000 });
  });
});

describe('peak memory of a bomb run (a child process under /usr/bin/time -v)', () => {
  const time = '/usr/bin/time';
  const ada = existsSync(time) && spawnSync(time, ['-v', 'true'], { encoding: 'utf8' }).status === 0;
  if (!ada) console.warn('ringkasan-bom: /usr/bin/time -v unavailable; peak RSS not measured');
  it.skipIf(!ada)('the XFD bomb and the lying 70 MiB string stop at 65 under 500 MiB', () => {
    const paths = [simpan(XFD())];
    const isi = Buffer.concat([Buffer.from('<sst><si><t>'), Buffer.alloc(70 * 1024 * 1024, 'a')]);
    paths.push(simpan(zip(buku('<row r="1"/>', { 'xl/sharedStrings.xml': { nama: 'xl/sharedStrings.xml', isi: '<sst/>' } }), { 'xl/sharedStrings.xml': deflateRawSync(isi) })));
    for (const path of paths) {
      const r = spawnSync(time, ['-v', process.execPath, join(ROOT, 'bin/kbk.js'), 'compute', '--data', DIR, '--summary', path, '--month', '2024-06', '--out', tmp()], { encoding: 'utf8', env: ENV_PROSES, timeout: 60_000 });
      expect(r.status, r.stderr).toBe(65);
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
      expect(kb).toBeGreaterThan(0);
      console.log(`ringkasan-bom: ${path}: peak RSS ${Math.round(kb / 1024)} MiB`);
      expect(kb / 1024).toBeLessThan(500);
    }
  });
});
