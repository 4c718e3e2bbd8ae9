// A summary workbook (--summary FILE.xlsx) checked against input-safety limits before
// exceljs reads it. exceljs (4.4) reads a workbook whole: JSZip holds the file, each part
// is inflated into one buffer and one string, and every cell, column definition, merged
// cell and data-validation address becomes an object. A 28 KB file with one cell in
// column XFD on 3,000 rows took over 4 GB. So the zip is looked at first:
//
//   1. its End Of Central Directory record and central directory, read with plain fs reads
//      (no zip library: JSZip reads the whole file into memory and unzipper, a dependency
//      of exceljs and not of kbk, offers no bounded listing we could rely on); the declared
//      sizes, the compression ratios and the number of entries are checked;
//   2. every entry inflated as a stream (zlib, 64 KiB at a time) with its real output
//      counted, so a size that lies is caught too; the worksheets and the shared strings
//      are scanned on the way for rows, columns, cells, merged and validated ranges,
//      column definitions and the length of one string.
//
// Over a limit is a DataError (65) naming the file, the sheet where known, and the limit.
// Memory stays at a few chunks and a map of sheet names whatever the input.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { DataError } from '../errors.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

/**
 * The limits. They are input-safety limits, not KBK rules (so not rule-set data): they
 * keep exceljs's whole-workbook model under ~500 MiB of memory. Measured (peak RSS of a
 * whole `kbk compute --summary` run, /usr/bin/time -v): 400,000 cells each pointing to one
 * of 350,000 distinct strings, 58 MiB uncompressed: 330 MiB; 500,000 numeric cells: 320 MiB;
 * 500,000 merged cells: 230 MiB; 12 sheets with <col max=16384>: 120 MiB; every bomb in
 * test/ringkasan-bom.test.ts: under 90 MiB. A branch's "Capaian KBK" workbook is a few hundred
 * facilities × ~25 columns × one sheet a month: tens of thousands of cells, a few MB.
 * Constants rather than options: raising one is a decision about memory, not about data.
 */
export const BATAS_XLSX = {
  /** Bytes of the .xlsx file itself (JSZip holds it whole). */
  ukuranBerkas: 64 * 1024 * 1024,
  /** Entries in the zip. */
  jumlahEntri: 1000,
  /** Bytes of the central directory. */
  ukuranDirektori: 4 * 1024 * 1024,
  /** Sum of the entries' uncompressed sizes (declared, then counted while inflating). */
  ukuranTerurai: 64 * 1024 * 1024,
  /** Uncompressed : compressed of an entry over 1 MiB (deflate cannot do much over 1,000 : 1). */
  rasioKompresi: 500,
  /** Rows of a sheet (the highest row number). */
  baris: 100_000,
  /** Columns of a sheet (the highest column: 200 = GR). */
  kolom: 200,
  /** Cells of the workbook, with merged and data-validated ranges' cells counted as exceljs expands them. */
  sel: 400_000,
  /** Column definitions (<col min max>) over all sheets: exceljs makes an object for each column up to max. */
  definisiKolom: 200_000,
  /** Strings in the shared-string table. */
  jumlahString: 500_000,
  /** Characters of one string or one cell's text (Excel's own cell limit is 32,767). */
  panjangString: 32_767,
  /** One XML tag (a tag is a name and attributes: a longer one is not a worksheet's). */
  panjangTag: 64 * 1024,
} as const;

const MiB = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;

interface Entri {
  nama: string;
  metode: number;
  terkompres: number;
  terurai: number;
  offset: number;
}

/** The zip's central directory; null when the file is not a zip (exceljs then says so in its own words). */
async function direktori(path: string, file: string): Promise<Entri[] | null> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size > BATAS_XLSX.ukuranBerkas) throw new DataError(PESAN_INGEST.xlsxBatas(file, PESAN_INGEST.xlsxUkuranBerkas, MiB(size), MiB(BATAS_XLSX.ukuranBerkas)));
    // The EOCD record: 22 bytes and a comment of at most 65,535, at the end of the file.
    const ekor = Math.min(size, 22 + 65_535);
    const buf = Buffer.alloc(ekor);
    await fh.read(buf, 0, ekor, size - ekor);
    let eocd = -1;
    for (let i = ekor - 22; i >= 0; i--)
      if (buf.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) return null;
    const jumlah = buf.readUInt16LE(eocd + 10);
    const besar = buf.readUInt32LE(eocd + 12);
    const mulai = buf.readUInt32LE(eocd + 16);
    // Zip64 markers: only needed past 65,535 entries or 4 GiB, far over every limit here.
    if (jumlah === 0xffff || besar === 0xffffffff || mulai === 0xffffffff)
      throw new DataError(PESAN_INGEST.xlsxBatas(file, PESAN_INGEST.xlsxJumlahEntri, 'zip64', BATAS_XLSX.jumlahEntri));
    if (jumlah > BATAS_XLSX.jumlahEntri) throw new DataError(PESAN_INGEST.xlsxBatas(file, PESAN_INGEST.xlsxJumlahEntri, jumlah, BATAS_XLSX.jumlahEntri));
    if (besar > BATAS_XLSX.ukuranDirektori || mulai + besar > size) return null;
    const cd = Buffer.alloc(besar);
    await fh.read(cd, 0, besar, mulai);
    const entri: Entri[] = [];
    let total = 0;
    for (let p = 0; p + 46 <= besar && cd.readUInt32LE(p) === 0x02014b50; ) {
      const panjangNama = cd.readUInt16LE(p + 28);
      const e: Entri = {
        metode: cd.readUInt16LE(p + 10),
        terkompres: cd.readUInt32LE(p + 20),
        terurai: cd.readUInt32LE(p + 24),
        offset: cd.readUInt32LE(p + 42),
        nama: cd.toString('utf8', p + 46, p + 46 + panjangNama),
      };
      entri.push(e);
      if (entri.length > BATAS_XLSX.jumlahEntri) throw new DataError(PESAN_INGEST.xlsxBatas(file, PESAN_INGEST.xlsxJumlahEntri, undefined, BATAS_XLSX.jumlahEntri));
      total += e.terurai;
      if (total > BATAS_XLSX.ukuranTerurai) throw new DataError(PESAN_INGEST.xlsxBatas(file, PESAN_INGEST.xlsxUkuranTerurai, `${MiB(total)}+`, MiB(BATAS_XLSX.ukuranTerurai)));
      if (e.terurai > 1024 * 1024 && e.terurai > BATAS_XLSX.rasioKompresi * Math.max(e.terkompres, 1))
        throw new DataError(PESAN_INGEST.xlsxBatas(`${file} (${e.nama})`, PESAN_INGEST.xlsxRasio, `${Math.round(e.terurai / Math.max(e.terkompres, 1))} : 1`, `${BATAS_XLSX.rasioKompresi} : 1`));
      p += 46 + panjangNama + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    // Where each entry's data starts: after its local header, whose name and extra field may differ from the central one.
    const lokal = Buffer.alloc(30);
    for (const e of entri) {
      const { bytesRead } = await fh.read(lokal, 0, 30, e.offset);
      if (bytesRead < 30 || lokal.readUInt32LE(0) !== 0x04034b50) return null;
      e.offset += 30 + lokal.readUInt16LE(26) + lokal.readUInt16LE(28);
    }
    return entri;
  } finally {
    await fh.close();
  }
}

/**
 * An XML part scanned as it is inflated: `tag` for each tag's inside ("c r=\"A1\" t=\"s\"",
 * "/row"), `teks` for the text between tags (split anywhere). Holds at most one tag.
 */
class PemindaiXml {
  private sisa = '';
  constructor(
    private readonly tag: (isi: string) => void,
    private readonly teks: (isi: string) => void,
    private readonly terlaluPanjang: () => never,
  ) {}
  tulis(potongan: string): void {
    const buf = this.sisa + potongan;
    this.sisa = '';
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        if (pos < buf.length) this.teks(buf.slice(pos));
        return;
      }
      if (lt > pos) this.teks(buf.slice(pos, lt));
      const gt = buf.indexOf('>', lt);
      if (gt < 0) {
        this.sisa = buf.slice(lt);
        if (this.sisa.length > BATAS_XLSX.panjangTag) this.terlaluPanjang();
        return;
      }
      if (gt - lt > BATAS_XLSX.panjangTag) this.terlaluPanjang();
      this.tag(buf.slice(lt + 1, gt));
      pos = gt + 1;
    }
  }
}

/** "XFD" → 16384. */
const nomorKolom = (huruf: string): number => [...huruf].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
/** "A1:C3" / "B2" → its corners; null when it is not a reference. */
function rentang(ref: string): { kolom: number; baris: number; luas: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref);
  if (!m) return null;
  const [k1, b1] = [nomorKolom(m[1] as string), Number(m[2])];
  const [k2, b2] = m[3] === undefined ? [k1, b1] : [nomorKolom(m[3]), Number(m[4])];
  return { kolom: Math.max(k1, k2), baris: Math.max(b1, b2), luas: (Math.abs(k2 - k1) + 1) * (Math.abs(b2 - b1) + 1) };
}
const POLA_ATRIBUT = new Map<string, RegExp>();
function atribut(tag: string, nama: string): string | undefined {
  let re = POLA_ATRIBUT.get(nama);
  if (!re) POLA_ATRIBUT.set(nama, (re = new RegExp(`\\s${nama}="([^"]*)"`)));
  return re.exec(tag)?.[1];
}
const namaTag = (tag: string): string => /^\/?[\w:]+/.exec(tag)?.[0] ?? '';
/** The length of a text as Excel counts it: an entity (&amp; &#10;) is one character. */
const panjangTeks = (t: string): number => (t.includes('&') ? t.replace(/&#?\w{1,8};/g, '&').length : t.length);

/** Reads an entry's inflated bytes in chunks; stops at `batas` bytes of output. */
async function urai(path: string, e: Entri, batas: number, terlalu: () => never, potongan: (b: Buffer) => void): Promise<number> {
  if (e.metode !== 0 && e.metode !== 8) return 0; // JSZip refuses it, with its own message
  if (e.terkompres === 0) return 0;
  const masuk = createReadStream(path, { start: e.offset, end: e.offset + e.terkompres - 1, highWaterMark: 64 * 1024 });
  const aliran = e.metode === 8 ? masuk.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : masuk;
  let n = 0;
  try {
    for await (const b of aliran as AsyncIterable<Buffer>) {
      n += b.length;
      if (n > batas) terlalu();
      potongan(b);
    }
  } catch (err) {
    if (err instanceof DataError) throw err;
    return n; // broken data: JSZip will say so
  } finally {
    masuk.destroy();
    if (aliran !== masuk) (aliran as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
  return n;
}

/** The sheets' names by their part ("xl/worksheets/sheet1.xml" → "Juni 24"), from workbook.xml and its relationships. */
async function namaLembar(path: string, entri: Entri[]): Promise<Map<string, string>> {
  const baca = async (nama: string): Promise<string> => {
    const e = entri.find((x) => x.nama === nama);
    if (!e || e.terurai > 4 * 1024 * 1024) return '';
    const bagian: Buffer[] = [];
    await urai(path, e, 4 * 1024 * 1024, () => {
      throw new DataError(PESAN_INGEST.xlsxBatas(`${basename(path)} (${nama})`, PESAN_INGEST.xlsxUkuranTerurai, undefined, MiB(4 * 1024 * 1024)));
    }, (b) => bagian.push(b));
    return Buffer.concat(bagian).toString('utf8');
  };
  const target = new Map<string, string>();
  for (const m of (await baca('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = atribut(m[0], 'Id');
    const t = atribut(m[0], 'Target');
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : posix.join('xl', t));
  }
  const nama = new Map<string, string>();
  for (const m of (await baca('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
    const n = atribut(m[0], 'name');
    const t = target.get(atribut(m[0], 'r:id') ?? '');
    if (n !== undefined && t) nama.set(t, n.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
  }
  return nama;
}

/**
 * Checks a summary workbook against BATAS_XLSX before exceljs reads it; throws DataError
 * (65) naming the file, the sheet where known, and the limit. A file that is not a zip is
 * left to exceljs, which says so.
 */
export async function periksaBatasXlsx(path: string): Promise<void> {
  const file = basename(path);
  const entri = await direktori(path, file);
  if (entri === null) return;
  const lembar = await namaLembar(path, entri);
  let total = 0;
  let sel = 0;
  let definisiKolom = 0;
  for (const e of entri) {
    const lembarIni = /^xl\/worksheets\/[^/]+\.xml$/.test(e.nama);
    const string = e.nama === 'xl/sharedStrings.xml';
    const lokasi = lembarIni ? `${file} [${lembar.get(e.nama) ?? e.nama}]` : string ? `${file} (${e.nama})` : file;
    const lebih = (apa: typeof PESAN_INGEST.xlsxBaris, nilai: string | number | undefined, batas: number | string): never => {
      throw new DataError(PESAN_INGEST.xlsxBatas(lokasi, apa, nilai, batas));
    };
    const sisaTotal = BATAS_XLSX.ukuranTerurai - total;
    const terlalu = (): never => lebih(PESAN_INGEST.xlsxUkuranTerurai, undefined, MiB(BATAS_XLSX.ukuranTerurai));
    let pindai: PemindaiXml | null = null;
    if (lembarIni || string) {
      let baris = 0;
      let kolom = 0;
      let maksDefinisi = 0;
      let teks = 0; // characters of the current element's text, or of the current shared string
      let strings = 0;
      const tag = (isi: string): void => {
        if (isi.startsWith('/') || isi.startsWith('?') || isi.startsWith('!')) {
          if (!string) teks = 0;
          return;
        }
        const n = namaTag(isi);
        if (string) {
          if (n === 'si') {
            teks = 0;
            if (++strings > BATAS_XLSX.jumlahString) lebih(PESAN_INGEST.xlsxJumlahString, undefined, BATAS_XLSX.jumlahString);
          }
          return;
        }
        teks = 0;
        if (n === 'row') {
          const r = atribut(isi, 'r');
          baris = r === undefined ? baris + 1 : Number(r);
          kolom = 0;
          if (baris > BATAS_XLSX.baris) lebih(PESAN_INGEST.xlsxBaris, baris, BATAS_XLSX.baris);
        } else if (n === 'c') {
          const r = atribut(isi, 'r');
          const ref = r === undefined ? null : rentang(r);
          kolom = ref ? ref.kolom : kolom + 1;
          if (kolom > BATAS_XLSX.kolom) lebih(PESAN_INGEST.xlsxKolom, r ?? kolom, BATAS_XLSX.kolom);
          if (ref && ref.baris > BATAS_XLSX.baris) lebih(PESAN_INGEST.xlsxBaris, r, BATAS_XLSX.baris);
          if (++sel > BATAS_XLSX.sel) lebih(PESAN_INGEST.xlsxSel, undefined, BATAS_XLSX.sel);
        } else if (n === 'col') {
          maksDefinisi = Math.max(maksDefinisi, Number(atribut(isi, 'max') ?? 0));
        } else if (n === 'mergeCell' || n === 'dataValidation') {
          // exceljs makes an object for every cell of a merged range and every address a validation covers.
          for (const ref of (atribut(isi, n === 'mergeCell' ? 'ref' : 'sqref') ?? '').split(/\s+/).filter(Boolean)) {
            const r = rentang(ref);
            if (!r) continue;
            if (r.kolom > BATAS_XLSX.kolom) lebih(PESAN_INGEST.xlsxKolom, ref, BATAS_XLSX.kolom);
            if (r.baris > BATAS_XLSX.baris) lebih(PESAN_INGEST.xlsxBaris, ref, BATAS_XLSX.baris);
            sel += r.luas;
            if (sel > BATAS_XLSX.sel) lebih(PESAN_INGEST.xlsxSel, undefined, BATAS_XLSX.sel);
          }
        }
      };
      const teksFn = (isi: string): void => {
        teks += panjangTeks(isi);
        if (teks > BATAS_XLSX.panjangString) lebih(PESAN_INGEST.xlsxPanjangString, undefined, BATAS_XLSX.panjangString);
      };
      pindai = new PemindaiXml(tag, teksFn, () => lebih(PESAN_INGEST.xlsxPanjangTag, undefined, BATAS_XLSX.panjangTag));
      const dekoder = new StringDecoder('utf8');
      total += await urai(path, e, sisaTotal, terlalu, (b) => (pindai as PemindaiXml).tulis(dekoder.write(b)));
      pindai.tulis(dekoder.end());
      definisiKolom += maksDefinisi;
      if (definisiKolom > BATAS_XLSX.definisiKolom) lebih(PESAN_INGEST.xlsxDefinisiKolom, undefined, BATAS_XLSX.definisiKolom);
    } else total += await urai(path, e, sisaTotal, terlalu, () => {});
  }
}
