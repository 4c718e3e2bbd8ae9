// Streaming CSV reader: reads a file in chunks, splits it into records (rekaman.ts), maps
// the header through the synonym table, and hands each row to a callback without ever
// holding the file as an array of rows. Plain records are split on the delimiter here;
// records holding a quote go to csv-parse, the parser of record.
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { DataError, MissingInputError } from '../errors.js';
import { PembacaTanggal } from './dates.js';
import { BarisCsv, type Ingatan } from './baris.js';
import { BukanUtf8, pendekode } from './dekode.js';
import { formatUntuk, PEMISAH, SEP, sniff, type Dialek, type OpsiDialek } from './dialek.js';
import { KOLOM, mirip, normalizeHeader, TANPA_KOLOM, type JenisFile, type KolomSpec } from './headers.js';
import { PemecahRekaman, PRATINJAU_BYTES, putusDiLuarKutip } from './rekaman.js';
import type { Penolakan } from './rejects.js';
import { RowError } from './row-error.js';
import { BATAS_BAWAAN, type BatasUkuran } from './batas.js';
import { tolakUlang, type HasilCsvBelahan, type TawaranBelah, type TugasCsv } from './belah.js';

import type { Baris } from './baris.js';
import type { Pesan, Teks } from '../pesan/index.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
export type { Baris };

export { BATAS_BAWAAN, type BatasUkuran } from './batas.js';

const CHUNK = 1 << 20;
const KUTIP = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export interface HasilBaca {
  /** Data rows read (header excluded). */
  rows: number;
  dialek: Dialek;
  /** The file's date reader: format, range of the dates read. */
  tanggal: PembacaTanggal;
  /** Distinct kode_ppk values seen (only with hitungFasilitas). */
  fasilitas: Set<string>;
  /** What the file's shape means for the numbers, said on stderr (absent optional columns, a possibly cut file…). */
  peringatan: Pesan[];
  /** Absent optional columns with what they change, for the month's catatan ("peserta.csv tanpa kolom status: …"). */
  catatan: string[];
  /** The helper's side of a split file (bacaCsv's `belahan`): how its part ended, to hand back. */
  belahan?: HasilCsvBelahan;
}

/** Progress of a long read: the file, bytes read so far, its size, rows so far. */
export type Kemajuan = (label: string, dibaca: number, total: number, rows: number) => void;

/** What the record reader reports besides rows: records it could not read. */
export interface PenerimaBaris {
  /** A non-blank record (the header included), valid during the call. */
  baris(b: BarisCsv): void;
  /** A quoted record csv-parse refuses; `pesan` is csv-parse's (English) reason. */
  rusak(line: number, pesan: string, raw: string): void;
  /** A record longer than batas.baris: its line, length, first bytes and the lines it holds. */
  kebesaran(line: number, bytes: number, pratinjau: Buffer, baris: number): void;
  /** The fast lane (rekaman.ts PenerimaRekaman.cepat): the records read whole from their bytes, how many, and where the next starts. */
  cepat?(buf: Buffer, start: number, n: number, line: number, sampai: { pos: number }): number;
}

/**
 * A reader's fast lane: a plain row read straight from its bytes, with no Baris made, no
 * closure per value and no try/catch, for the rows that need none of that: the common row
 * of a large export. Value i of the row is buf[awal[i], akhir[i]) (every one of the
 * header's columns, none trimmed). The lane returns true when it did for the row exactly
 * what the row path (onRow) would have done; false to leave the row, with nothing changed,
 * to the row path, which then reads it as always (and rejects it if it is bad). So a lane
 * may decline anything it is not sure of; it must never accept a row onRow would treat
 * differently.
 */
export type JalurCepat = (buf: Buffer, awal: Int32Array, akhir: Int32Array, line: number) => boolean;

/**
 * A reader's lane for a header's columns (canonical name → position), or undefined when it
 * has none for them. `ingatan` is the row path's memory of each value it decided
 * (Baris.ingat's `nama`): a lane reuses only what the row path decided, never decides a
 * value itself, so a value's first row, and whatever deciding it records, is the row path's.
 */
export type BuatJalur = (kolom: ReadonlyMap<string, number>, ingatan: (nama: string) => Ingatan) => JalurCepat | undefined;

/**
 * Reads a file's records in chunks: the record splitter, plain records as bytes, quoted
 * ones through csv-parse, blank ones skipped. Returns how the file ended.
 */
export async function bacaRekaman(
  opts: {
    path: string;
    label: string;
    dialek: Dialek;
    batas: BatasUkuran;
    tanggal: PembacaTanggal;
    kemajuan?: Kemajuan;
    /** A piece of the file (the helper's, src/ingest/belah.ts): bytes [mulai, akhir), `mulai` a line start; lines count from 1 there. */
    mulai?: number;
    akhir?: number;
    /**
     * The main thread's pieces (src/ingest/belah.ts): `siap` once the first chunk is read;
     * `sampai` on reaching byte `di` (the next piece's start) with whether a record is under
     * way there and the line the next one starts on. It answers the next piece's end to read
     * on to, true when the helper read the rest (stop here), false to read on to the end.
     */
    titik?: { di: number; siap(): void; sampai(tertunda: boolean, barisBerikut: number): Promise<number | boolean> };
    /** The row the records are read into (bacaCsv's, whose memory its fast lane shares). */
    baris?: BarisCsv;
  },
  ke: PenerimaBaris,
): Promise<{ tanpaAkhirBaris: boolean; kutipTerbuka: number | null; barisTerakhir: number; bytes: number; tertunda: boolean; barisBerikut: number }> {
  const { path, label, dialek } = opts;
  const delim = dialek.delimiter;
  const opsiKutip = { delimiter: delim, relax_quotes: true, relax_column_count: true, bom: false } as const;
  const baris = opts.baris ?? new BarisCsv(opts.tanggal, delim.charCodeAt(0));
  let barisTerakhir = 0;
  const pemecah = new PemecahRekaman(
    { delimiter: delim.charCodeAt(0), akhirBaris: dialek.akhirBaris.charCodeAt(0), maxBytes: opts.batas.baris },
    {
      rekaman(buf, start, end, line, kutip) {
        if (start === end) return; // empty line
        barisTerakhir = line;
        if (!kutip) baris.aturBytes(buf, start, end, line);
        else {
          const raw = buf.toString('utf8', start, end);
          try {
            baris.aturTeks((parse(raw, opsiKutip) as string[][])[0] ?? [''], raw, line);
          } catch (e) {
            return ke.rusak(line, (e as Error).message, raw);
          }
        }
        if (baris.n === 1 && baris.kosong(0)) return; // blank line
        ke.baris(baris);
      },
      kebesaran(line, bytes, pratinjau, jumlahBaris) {
        barisTerakhir = line;
        ke.kebesaran(line, bytes, pratinjau, jumlahBaris);
      },
      cepat:
        ke.cepat === undefined
          ? undefined
          : (buf, start, n, line, sampai) => {
              const k = (ke.cepat as NonNullable<PenerimaBaris['cepat']>)(buf, start, n, line, sampai);
              if (k > 0) barisTerakhir = line + k - 1;
              return k;
            },
    },
  );
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw new MissingInputError(PESAN_INGEST.tidakTerbaca(label, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  let pos = opts.mulai ?? 0;
  const dekode = pendekode(dialek.encoding, pos);
  const total = opts.kemajuan ? (await fh.stat()).size : 0;
  let dibaca = 0;
  /** Bytes of the file as UTF-8 (what the records are measured in). */
  let bytes = 0;
  const titik = opts.titik;
  let di = titik?.di ?? Infinity;
  let siap = false;
  const akhir = opts.akhir ?? Infinity;
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      if (titik !== undefined && pos >= di) {
        if (!siap) titik.siap();
        siap = true;
        const lanjut = await titik.sampai(pemecah.tertunda(), pemecah.barisBerikut);
        if (lanjut === true) return { tanpaAkhirBaris: false, kutipTerbuka: null, barisTerakhir, bytes, tertunda: false, barisBerikut: pemecah.barisBerikut };
        di = lanjut === false ? Infinity : lanjut;
        continue;
      }
      const maks = Math.min(CHUNK, di - pos, akhir - pos);
      if (maks <= 0) break;
      let n: number;
      try {
        n = (await fh.read(chunk, 0, maks, pos)).bytesRead;
      } catch (e) {
        throw new MissingInputError(PESAN_INGEST.tidakTerbaca(label, (e as NodeJS.ErrnoException).code ?? String(e)));
      }
      if (n === 0) break;
      pos += n;
      const teks = dekode.ubah(chunk.subarray(0, n));
      bytes += teks.length;
      pemecah.tulis(teks);
      dibaca += n;
      opts.kemajuan?.(label, dibaca, total, 0);
      if (titik !== undefined && !siap) {
        siap = true;
        titik.siap();
      }
    }
    // A piece that ends before the file: whether its end is a record's end is the caller's to judge.
    if (opts.akhir !== undefined && pos >= opts.akhir) {
      const tertunda = pemecah.tertunda() || dekode.akhir().length > 0;
      return { tanpaAkhirBaris: false, kutipTerbuka: null, barisTerakhir, bytes, tertunda, barisBerikut: pemecah.barisBerikut };
    }
    const sisa = dekode.akhir();
    bytes += sisa.length;
    pemecah.tulis(sisa);
  } catch (e) {
    if (e instanceof BukanUtf8)
      throw new DataError(PESAN_INGEST.bukanUtf8DiTengah(label, await barisPadaOffset(path, e.offset)));
    throw e;
  } finally {
    await fh.close();
  }
  const akhirFile = pemecah.akhir();
  return { ...akhirFile, barisTerakhir, bytes, tertunda: false, barisBerikut: pemecah.barisBerikut };
}

/**
 * Reads `path` row by row. `onRow` may throw RowError: the row then goes to `tolak` with
 * its line, column and raw content. A header lacking a required column, naming one twice,
 * or with a name that looks like a misspelt known column stops the run, as does a file
 * with no data rows.
 */
export async function bacaCsv(opts: {
  path: string;
  label: string;
  jenis: JenisFile;
  tolak: Penolakan;
  dialek?: OpsiDialek;
  batas?: BatasUkuran;
  kemajuan?: Kemajuan;
  /** The month the file's dates belong to, for the day/month ambiguity check. */
  bulan?: { first: number; last: number; nama: string };
  /** Collect the distinct kode_ppk values (kbk validate; off on the compute path). */
  hitungFasilitas?: boolean;
  onRow: (b: Baris) => void;
  /** kbk audit: a row rejected with a RowError (by the shape checks or by onRow), after it went to `tolak`. */
  padaTolak?: (b: Baris, e: RowError) => void;
  /** The reader's fast lane for this header's columns (JalurCepat), or undefined when it has none for them. */
  cepat?: BuatJalur;
  /** The main thread's offer to split the file with a helper thread (src/ingest/belah.ts). */
  belah?: TawaranBelah;
  /** The helper's side: read only this piece of the file, as the main thread's read would go on. */
  belahan?: { tugas: TugasCsv; j: number };
}): Promise<HasilBaca> {
  const { path, label, jenis, tolak, onRow } = opts;
  const batas = opts.batas ?? BATAS_BAWAAN;
  const paksa = opts.dialek ?? {};
  const bagian = opts.belahan;
  const { dialek, peringatan: catatanDialek } = bagian ? { dialek: bagian.tugas.dialek, peringatan: null } : await sniff(path, label, paksa);
  const peringatan: Pesan[] = catatanDialek === null ? [] : [catatanDialek];
  const specs = KOLOM[jenis];
  const delim = dialek.delimiter;
  let header: string[] | null = bagian ? bagian.tugas.header : null;
  let catatan: string[] = [];
  const tanggal = new PembacaTanggal(label, { format: formatUntuk(paksa, label), bulan: opts.bulan, lanjut: bagian?.tugas.tanggal });
  const fasilitas = new Set<string>();
  let rows = 0;
  /** Position of the last required column: a shorter row lacks one. */
  let wajibTerakhir = 0;
  /** Values in the first data row: trailing empty values past the header are a file's habit (Excel), not a row's accident. */
  let pola: number | null = bagian ? bagian.tugas.pola : null;
  /** A bad row to the rejects, weighed by the lines it holds (a CR-only stretch of an LF file is one row of many lines). */
  const tolakBaris = (line: number, kolom: string, alasan: Teks, jenisTolak: string, isi: string, hilang?: { baris: number; bytes: number }): void =>
    tolak.tolak({ file: label, baris: line, kolom, alasan: alasan.en, jenis: jenisTolak, isi }, alasan, hilang ?? { baris: 1 + putusDiLuarKutip(isi, delim), bytes: Buffer.byteLength(isi) });
  let peta: PetaHeader | null = null;
  const pasangHeader = (nilai: string[]): void => {
    header = nilai;
    const h = (peta = petaHeader(header, jenis, label, delim));
    peringatan.push(...h.peringatan);
    catatan = h.catatan;
    wajibTerakhir = Math.max(...specs.filter((k) => k.wajib).map((k) => h.index.get(k.nama) as number));
  };
  // The helper's part: the header the main thread read (its warnings are the main thread's to say).
  if (bagian) {
    pasangHeader(bagian.tugas.header);
    peringatan.length = 0;
  }
  /** Whether the row reader has the header's columns. */
  let barisBerheader = false;

  // The main thread's side of a split (src/ingest/belah.ts): the pieces from the back handed over
  // after the first chunk; at each piece's start the next taken, or the helper's taken back.
  const tawaran = bagian === undefined && dialek.encoding === 'utf-8' ? opts.belah : undefined;
  const batasPotong = tawaran?.pembelah.potong(path, dialek.akhirBaris.charCodeAt(0)) ?? null;
  let tugas: TugasCsv | null = null;
  let diambil = false;
  /** The piece the main thread reads now. */
  let potongan = 0;
  /** How the helper's last piece ended, once taken back. */
  const diambilAlih: { akhir: { tanpaAkhirBaris: boolean; kutipTerbuka: number | null; barisTerakhir: number; bytes: number } | null } = { akhir: null };
  /** Pieces not handed over yet. */
  let menungguKirim = tawaran !== undefined && batasPotong !== null;
  const titik =
    tawaran === undefined || batasPotong === null
      ? undefined
      : {
          di: batasPotong[1] as number,
          siap(): void {
            if (!menungguKirim || header === null || pola === null) return;
            menungguKirim = false;
            tugas = { jenis, path, label, batas: batasPotong, dialek, header, pola, hitungFasilitas: opts.hitungFasilitas === true, tanggal: tanggal.lanjutan };
            tawaran.pembelah.kirim(tugas);
          },
          async sampai(tertunda: boolean, barisBerikut: number): Promise<number | boolean> {
            const t = tugas as TugasCsv | null;
            if (t === null) return false;
            if (tawaran.pembelah.ambilDepan()) return batasPotong[++potongan + 1] as number;
            diambil = true;
            const h = await tawaran.pembelah.hasil();
            // Read on here whenever the helper's pieces are not what this read would have found: a
            // piece's bound inside a record, a date format it had to guess, a piece it left.
            const dari = potongan + 1;
            const lengkap = h !== null && h.potongan.length === batasPotong.length - 1 - dari && h.potongan.every((p, i) => p.j === dari + i);
            if (!lengkap || tertunda || h.potongan.some((p, i) => p.csv.tanggal.menebak || (p.csv.tertunda && i < h.potongan.length - 1))) return false;
            let geser = barisBerikut - 1;
            const akhir = { tanpaAkhirBaris: false, kutipTerbuka: null as number | null, barisTerakhir: 0, bytes: 0 };
            for (const p of h.potongan) {
              tolakUlang(tolak, p.tolak, geser);
              rows += p.csv.rows;
              tanggal.serap(p.csv.tanggal, geser);
              for (const k of p.csv.fasilitas) fasilitas.add(k);
              tawaran.gabungUrut?.(p.urut, geser);
              if (p.csv.barisTerakhir !== 0) akhir.barisTerakhir = p.csv.barisTerakhir + geser;
              // The file's end is the last piece's.
              akhir.tanpaAkhirBaris = p.csv.tanpaAkhirBaris;
              akhir.kutipTerbuka = p.csv.kutipTerbuka === null ? null : p.csv.kutipTerbuka + geser;
              akhir.bytes += p.csv.bytes;
              geser += p.csv.baris;
            }
            tawaran.gabung(h.keadaan);
            tawaran.pembelah.diambilAlih?.(label, h.potongan.length);
            diambilAlih.akhir = akhir;
            return true;
          },
        };

  // The fast lane: once the header and the first data row are read (the row path decides the
  // file's width habit and hands the pieces over), each plain record of exactly the header's
  // width and within every size limit is offered to the reader's lane before the row path.
  // With hitungFasilitas (kbk validate) too: every lane looks up kode_ppk in the row path's
  // memory (fasilitasCepat), and a row path row collects its code before onRow decides it,
  // so a lane's row has a code already collected.
  const buatJalur = opts.cepat;
  const barisCsv = new BarisCsv(tanggal, delim.charCodeAt(0));
  /** The lane for this header; null once the reader said it has none for these columns. */
  let jalur: JalurCepat | null | undefined;
  let lebar = 0;
  let awalCepat = new Int32Array(0);
  let akhirCepat = new Int32Array(0);
  const maksCepat = Math.min(batas.nilai, batas.baris);
  const kodeDelim = delim.charCodeAt(0);
  const eol = dialek.akhirBaris.charCodeAt(0);
  /** The next quote byte at or after the last record offered, in the buffer searched (-1: none in it). */
  let kutipBuf: Buffer | null = null;
  let kutipPos = -1;
  const cepat =
    buatJalur === undefined
      ? undefined
      : (buf: Buffer, mulaiSemua: number, n: number, line: number, sampai: { pos: number }): number => {
          if (jalur === null) return 0;
          if (jalur === undefined) {
            if (pola === null || menungguKirim || header === null || peta === null) return 0;
            // No lane for these columns (or a one-column file): the row path alone, as if none were offered.
            jalur = (header as string[]).length > 1 ? (buatJalur(peta.index, (nama) => barisCsv.ingatan(nama)) ?? null) : null;
            if (jalur === null) return 0;
            lebar = (header as string[]).length;
            awalCepat = new Int32Array(lebar);
            akhirCepat = new Int32Array(lebar);
          }
          const lane = jalur;
          const awal = awalCepat;
          const akhir = akhirCepat;
          const d = kodeDelim;
          const terakhir = lebar - 1;
          let dibaca = 0;
          let s = mulaiSemua;
          rekaman: while (s < n) {
            // The record's end: no quote before it (one search per chunk while the file has none), within the size limits.
            if (kutipBuf !== buf || (kutipPos !== -1 && kutipPos < s)) {
              kutipBuf = buf;
              kutipPos = buf.indexOf(KUTIP, s);
            }
            // Its values and its end in one pass over its bytes (a native search for the line end
            // first cost more per row than the row's ~26 bytes). No line end within the buffer
            // or the size limits, a quote before it, more values than the header's (the shape
            // check) or fewer: the row path's, from the record's start.
            const batasBaris = Math.min(n, s + maksCepat + 1);
            let k = 0;
            let mulai = s;
            let i = s;
            for (; i < batasBaris; i++) {
              const c = buf[i] as number;
              if (c === d) {
                if (k === terakhir) break rekaman;
                awal[k] = mulai;
                akhir[k] = i;
                k++;
                mulai = i + 1;
              } else if (c === eol) break;
            }
            if (i === batasBaris || (kutipPos !== -1 && kutipPos < i) || k !== terakhir) break;
            awal[k] = mulai;
            // As the record splitter gives a record: a CR before an LF line end is the CRLF file's.
            akhir[k] = eol === LF && i > s && buf[i - 1] === CR ? i - 1 : i;
            if (!lane(buf, awal, akhir, line + dibaca)) break;
            rows++;
            dibaca++;
            s = i + 1;
          }
          sampai.pos = s;
          return dibaca;
        };

  const baca = await bacaRekaman(
    { path, label, dialek, batas, tanggal, baris: barisCsv, kemajuan: opts.kemajuan && ((l, dibaca, total) => opts.kemajuan?.(l, dibaca, total, rows)), mulai: bagian?.tugas.batas[bagian.j], akhir: bagian === undefined || bagian.j + 2 >= bagian.tugas.batas.length ? undefined : bagian.tugas.batas[bagian.j + 1], titik },
    {
      baris(baris) {
        if (header === null) {
          // "sep=;" before the header: Excel's delimiter hint (sniff already read it).
          if (baris.line === 1 && SEP.test(baris.raw)) return;
          pasangHeader(Array.from({ length: baris.n }, (_, i) => baris.nilai(i)));
          baris.aturHeader((peta as PetaHeader).index, header as unknown as string[]);
          barisBerheader = true;
          return;
        }
        if (!barisBerheader) {
          baris.aturHeader((peta as PetaHeader).index, header);
          barisBerheader = true;
        }
        rows++;
        try {
          pola ??= baris.n;
          periksaBentuk(header, baris, pola, delim, batas.nilai);
          if (baris.n <= wajibTerakhir) kurangNilai(header, baris, specs, delim);
          if (opts.hitungFasilitas) baris.ingat('kode_ppk', catatFasilitas, fasilitas, INGAT_FASILITAS);
          onRow(baris);
          // The pieces are handed over as soon as the helper can read them as this read would: the
          // header, the first data row's width, and the date format where the reader reads dates.
          if (menungguKirim && (!(tawaran as TawaranBelah).bertanggal || tanggal.lanjutan !== null)) titik?.siap();
        } catch (e) {
          if (!(e instanceof RowError)) throw e;
          tolakBaris(baris.line, baris.kolom(e.kolom), e.teks, e.jenis, baris.raw);
          opts.padaTolak?.(baris, e);
        }
      },
      rusak(line, pesan, raw) {
        if (header === null) throw new DataError(PESAN_INGEST.headerTakTerbaca(label, line, pesan));
        rows++;
        tolakBaris(line, '#1', PESAN_INGEST.barisTakTerbaca(pesan), 'not CSV', raw);
      },
      kebesaran(line, bytes, pratinjau, jumlahBaris) {
        if (header === null) throw new DataError(PESAN_INGEST.headerKebesaran(label, line, bytes, batas.baris));
        rows++;
        // isi is the rejects file's (locale-free): the row's first bytes and its length.
        tolakBaris(line, '#1', PESAN_INGEST.barisKebesaran(bytes, batas.baris, PRATINJAU_BYTES), 'row too long', `${pratinjau.toString('utf8')}… [${bytes.toLocaleString('en-US')} bytes]`, { baris: jumlahBaris, bytes });
      },
      cepat,
    },
  );
  // A part handed over but not taken back (the file ended before the split point): its result is dropped.
  if (tugas !== null && !diambil) await tawaran?.pembelah.hasil();
  if (bagian) {
    const belahan: HasilCsvBelahan = { rows, bytes: baca.bytes, baris: baca.barisBerikut - 1, tertunda: baca.tertunda, tanpaAkhirBaris: baca.tanpaAkhirBaris, kutipTerbuka: baca.kutipTerbuka, barisTerakhir: baca.barisTerakhir, tanggal: tanggal.potret(), fasilitas: [...fasilitas] };
    return { rows, dialek, tanggal, fasilitas, peringatan, catatan, belahan };
  }
  const b2 = diambilAlih.akhir;
  const akhir = b2 === null ? baca : { tanpaAkhirBaris: b2.tanpaAkhirBaris, kutipTerbuka: b2.kutipTerbuka, barisTerakhir: b2.barisTerakhir || baca.barisTerakhir, bytes: baca.bytes + b2.bytes };
  if (b2 !== null) opts.kemajuan?.(label, 1, 1, rows);
  tolak.ukuranFile(label, akhir.bytes);
  if (akhir.kutipTerbuka !== null) throw new DataError(PESAN_INGEST.kutipTerbuka(label, akhir.kutipTerbuka));
  if (header === null) throw new DataError(PESAN_INGEST.berkasKosong(label));
  if (rows === 0) throw new DataError(PESAN_INGEST.tanpaBarisData(label));
  if (akhir.tanpaAkhirBaris) peringatan.push(PESAN_INGEST.tanpaAkhirBaris(label, akhir.barisTerakhir));
  tanggal.selesai();
  return { rows, dialek, tanggal, fasilitas, peringatan, catatan };
}

/** kbk validate's distinct kode_ppk: each added once, when first seen (Baris.ingat), not made as a string per row. */
const INGAT_FASILITAS = 'kode_ppk (validate)';
function catatFasilitas(fasilitas: Set<string>, b: Baris): true {
  const kode = b.get('kode_ppk');
  if (kode !== '') fasilitas.add(kode);
  return true;
}

/**
 * A row's shape against the header: too many values, a value too long. Empty values past
 * the header are accepted only as the file's habit (the first data row has them too): in
 * one row alone they mean its values moved right, a value split by an unquoted
 * delimiter ("130,5" in a comma file), and every column after the split is wrong.
 */
function periksaBentuk(header: string[], b: BarisCsv, pola: number, delim: string, maxNilai: number): void {
  const n = b.n;
  if (n > header.length) {
    let lebihIsi = n !== pola;
    for (let i = header.length; !lebihIsi && i < n; i++) lebihIsi = !b.kosong(i);
    if (lebihIsi)
      throw new RowError(`#${header.length + 1}`, PESAN_INGEST.nilaiBerlebih(n, header.length, pola !== n && pola !== header.length ? pola : null, delim), 'too many values');
  }
  for (let i = 0; i < n; i++) {
    const bytes = b.panjang(i);
    if (bytes > maxNilai)
      throw new RowError(header[i] === undefined ? `#${i + 1}` : (header[i] as string).trim(), PESAN_INGEST.nilaiTerlaluPanjang(bytes, maxNilai), 'value too long');
  }
}

/** A row too short to hold every required column: which one is missing, and why it may be. */
function kurangNilai(header: string[], b: BarisCsv, specs: readonly KolomSpec[], delim: string): never {
  const n = b.n;
  const missing = specs.find((k) => k.wajib && (b.index.get(k.nama) as number) >= n) as KolomSpec;
  const other = PEMISAH.find((d) => d.char !== delim && b.nilai(0).includes(d.char));
  throw new RowError(missing.nama, PESAN_INGEST.kurangNilai(n, header.length, missing.nama, other === undefined ? null : other.char), 'too few values');
}

/** Line of a byte offset, for an encoding error found deep in a file. */
async function barisPadaOffset(path: string, offset: number): Promise<number> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let line = 1;
    for (let pos = 0; pos < offset; ) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK, offset - pos), pos);
      if (bytesRead === 0) break;
      for (let i = buf.indexOf(10); i !== -1 && i < bytesRead; i = buf.indexOf(10, i + 1)) line++;
      pos += bytesRead;
    }
    return line;
  } finally {
    await fh.close();
  }
}

export interface PetaHeader {
  index: Map<string, number>;
  peringatan: Pesan[];
  catatan: string[];
}

/**
 * The header mapped to canonical columns. Every header cell is matched or reported: a
 * cell naming a column twice, or close to an absent known column, stops the run (either
 * would silently change what is counted); other unknown cells and absent optional
 * columns are said on stderr, the latter with what they change.
 */
export function petaHeader(header: string[], jenis: JenisFile, label: string, delimiter: string, baris = 1): PetaHeader {
  const specs: readonly KolomSpec[] = KOLOM[jenis];
  const norm = header.map(normalizeHeader);
  const index = new Map<string, number>();
  const peringatan: Pesan[] = [];
  const dipakai = new Set<number>();
  const missing: KolomSpec[] = [];
  const nama = (i: number): Teks => PESAN_INGEST.selHeader((header[i] as string).trim(), i);
  for (const spec of specs) {
    const names = [spec.nama, ...spec.sinonim].map(normalizeHeader);
    const hits: number[] = [];
    norm.forEach((n, i) => {
      if (names.includes(n)) hits.push(i);
    });
    for (const i of hits) dipakai.add(i);
    if (hits.length === 0) {
      missing.push(spec);
      continue;
    }
    // The most preferred name wins; the same name twice cannot be told apart.
    const rank = (i: number): number => names.indexOf(norm[i] as string);
    hits.sort((a, b) => rank(a) - rank(b) || a - b);
    const [first, second] = hits as [number, number | undefined];
    if (second !== undefined && rank(second) === rank(first))
      throw new DataError(PESAN_INGEST.kolomGanda(label, baris, spec.nama, nama(first), nama(second)));
    index.set(spec.nama, first);
    for (const other of hits.slice(1)) peringatan.push(PESAN_INGEST.namaLainTidakDipakai(label, spec.nama, nama(first), nama(other)));
  }

  const unknown = norm.map((_, i) => i).filter((i) => !dipakai.has(i) && (norm[i] as string) !== '');
  const dekat = (spec: KolomSpec): number | undefined => {
    const names = [spec.nama, ...spec.sinonim].map(normalizeHeader);
    return unknown.find((i) => names.some((n) => mirip(norm[i] as string, n)));
  };
  const wajib = missing.filter((k) => k.wajib);
  if (wajib.length > 0) {
    const parts = wajib.map((k) => {
      const d = dekat(k);
      return PESAN_INGEST.wajibTidakAda(k.nama, [k.nama, ...k.sinonim], d === undefined ? null : nama(d));
    });
    const data = header.some((h) => /^\s*(\d{6,}|\d{1,4}[-/]\d{1,2}[-/]\d{1,4})\s*$/.test(h));
    throw new DataError(PESAN_INGEST.kolomWajibTidakAda(label, baris, parts, header, header.length === 1 ? delimiter : null, data));
  }
  const file = label.slice(label.lastIndexOf('/') + 1);
  const tanpa = TANPA_KOLOM[jenis] ?? [];
  for (const spec of missing) {
    const d = dekat(spec);
    if (d === undefined) continue;
    const akibat = tanpa.find((t) => t.kolom.includes(spec.nama));
    throw new DataError(PESAN_INGEST.miripKolomOpsional(label, baris, nama(d), spec.nama, [spec.nama, ...spec.sinonim], akibat ? akibat.akibat : null));
  }
  const catatan: string[] = [];
  for (const t of tanpa) {
    if (t.kolom.some((k) => index.has(k))) continue;
    peringatan.push(PESAN_INGEST.tanpaKolom(label, t.kolom, t.akibat));
    catatan.push(`${file} tanpa kolom ${t.kolom.join('/')}: ${t.catatan}`);
  }
  const lain = unknown.map(nama);
  if (lain.length > 0) peringatan.push(PESAN_INGEST.kolomTidakDipakai(label, lain));
  return { index, peringatan, catatan };
}
