// A month's helper thread (issue 22): while the main thread reads a large peserta.csv,
// kontak.csv or prolanis.csv from the front, piece by piece, the helper (pekerja-belah.ts)
// reads pieces from the back by the same code, into counts of its own, until they meet; its
// pieces are then taken over in file order (src/ingest/belah.ts says how, so that nothing
// differs from one read). rujukan.csv, which needs no participant index, the helper reads
// whole (its duplicates are decided across the file) while the main thread reads peserta.csv.
//
// Only where a month is read alone on the main thread (KonteksBaca.belah: compute, and pay
// or run when their months are not read side by side, and validate), never for kbk audit,
// --verifikasi or a summary workbook, and only for months of at least MIN_BYTES (below that the
// helper's start costs more than it saves) unless KBK_THREADS asks for threads.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DIST } from '../../akar.js';
import type { MonthIndex } from '../../core/month.js';
import { BELAH_MIN_BYTES, type HasilBelahan, type Pembelah, type TugasCsv } from '../belah.js';
import { bytesBulan } from './berkas.js';
import type { BagianIndeks, IndeksPeserta } from '../peserta-index.js';
import type { KonteksBaca, RujukanUtuh } from './konteks.js';
import { klaim, type DataPekerjaBelah, type PesanBelah, type TugasBelah, type TugasUtuh } from './pesan-belah.js';

/**
 * Bytes of a month's peserta.csv, kontak.csv and prolanis.csv before its files are split.
 * The helper's start, its second JIT, its cold reading of rujukan.csv and the main thread's
 * merging of its pieces cost ~0.7 s of CPU on a 2.5 M-participant month; it pays only once
 * a month is large enough that its share of the rows saves more than that. Measured with
 * farm-bench against KBK_THREADS=1 (wall time, pairs):
 * - with the fast lanes (an earlier round): 66 MiB 1.05×, 82 MiB 0.99×, 97 MiB 0.89–0.90×;
 * - once the lanes' scanner read a row in one pass (the single thread faster, the same
 *   machine at another time): 97 MiB 1.03× canonical and 1.05× Excel-Indonesian (validate
 *   1.07×), 146 MiB 1.00×, 194 MiB 0.95×, each for 0.7–1.0 s more CPU and 40–70 MiB more.
 * Below 160 MiB (a branch month of ~4 M participants) one thread is as fast, or faster, for
 * two thirds of the CPU. (Before the lanes, when a row cost twice as much, it paid from ~48 MiB.)
 */
export const MIN_BYTES = 160 << 20;
/** About how large a piece is: small enough that neither thread waits long for the other's last one. */
const POTONGAN_BYTES = 1 << 20;
/** Pieces at most (a piece's number and the claims share one 32-bit word), and with KBK_THREADS on a small file. */
const MAKS_POTONGAN = 256;
const POTONGAN_PAKSA = 8;

/**
 * A month whose peserta.csv is larger than this is read on one thread: the helper's pieces
 * of it are held until the main thread reaches them (12 bytes a registration) and its own
 * per-participant arrays beside the main thread's, which for a national-size month (100 M
 * participants, beside a 2 GiB index) would take the one-process run past its 4 GiB bound.
 * About 25 M participants; a national month is run as branch shards anyway (README
 * "National scale").
 */
const PESERTA_MAKS_BYTES = 1 << 30;

/** The files a helper may read pieces of. */
const DIBELAH = ['peserta.csv', 'kontak.csv', 'prolanis.csv'];

/** The helper's module: the bundle's entry for pekerja-belah.ts (scripts/bundel.mjs; npm test builds first). */
const PEKERJA = new URL('kbk-pekerja-belah.js', DIST);

const ukuran = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Whether a month's files are worth cutting (KBK_THREADS=N: whatever their size), and a national-size peserta.csv is not there. */
const layakDibelah = (dataDir: string, bulan: MonthIndex, paksa: boolean): boolean =>
  (paksa || bytesBulan(dataDir, bulan, DIBELAH) >= MIN_BYTES) && bytesBulan(dataDir, bulan, ['peserta.csv']) <= PESERTA_MAKS_BYTES;
const kunciHangat = (dataDir: string, bulan: MonthIndex): string => `${dataDir}\0${bulan}`;

/** A helper started ahead of its month (panaskan), until PembelahBulan.mulai takes it. */
let hangat: { worker: Worker; kunci: string } | null = null;

/**
 * Starts the helper of a month that will be read in pieces while the main thread is still
 * starting (loading the rules, reading fktp.csv): its own start-up, ~0.1–0.2 s, is then over
 * when the first file is cut. Until taken (PembelahBulan.mulai) it does not hold the process
 * open; one never taken ends with the process.
 */
export function panaskanPembelah(dataDir: string, bulan: MonthIndex, belah: KonteksBaca['belah']): void {
  if (belah === undefined || hangat !== null || !layakDibelah(dataDir, bulan, belah.paksa)) return;
  try {
    const worker = new Worker(PEKERJA);
    worker.unref();
    // Never heard of again (a job that stops before its month is read): nothing to report.
    worker.on('error', () => {});
    hangat = { worker, kunci: kunciHangat(dataDir, bulan) };
  } catch {
    // not started: mulai starts one, or the files are read whole
  }
}

export class PembelahBulan implements Pembelah {
  private indeks: BagianIndeks | null = null;
  private nomor = 0;
  private readonly menunggu = new Map<number, (h: unknown) => void>();
  private berikut: Promise<HasilBelahan | null> | null = null;
  private kata: Int32Array | null = null;
  private mati = false;

  private constructor(
    private readonly worker: Worker,
    private readonly paksa: boolean,
  ) {
    worker.on('message', (p: PesanBelah) => {
      const selesai = this.menunggu.get(p.nomor);
      this.menunggu.delete(p.nomor);
      selesai?.(p.hasil);
    });
    // A helper that dies leaves its pieces to the main thread: each one waited for is read there.
    const akhiri = (): void => {
      this.mati = true;
      for (const s of this.menunggu.values()) s(null);
      this.menunggu.clear();
    };
    worker.on('error', akhiri);
    worker.on('exit', akhiri);
  }

  /** The month's helper, or null: read every file whole here. */
  static mulai(ctx: KonteksBaca, bulan: MonthIndex): PembelahBulan | null {
    const belah = ctx.belah;
    if (belah === undefined || ctx.jejak || ctx.verifikasi || ctx.ringkasan) return null;
    if (!layakDibelah(ctx.dataDir, bulan, belah.paksa)) return null;
    const data: DataPekerjaBelah = { bulan, dataDir: ctx.dataDir, dialek: ctx.dialek, batas: ctx.batas, master: ctx.master, diagnosa: ctx.diagnosa, ukur: ctx.ukur, batasEntri: ctx.batasEntri, tanpaJalur: ctx.tanpaJalur };
    let worker: Worker;
    const h = hangat;
    hangat = null;
    try {
      worker = h?.kunci === kunciHangat(ctx.dataDir, bulan) ? h.worker : new Worker(PEKERJA);
    } catch {
      return null; // not started: the files are read whole
    }
    if (h !== null && h.worker !== worker) void h.worker.terminate();
    worker.ref();
    worker.postMessage(data);
    const p = new PembelahBulan(worker, belah.paksa);
    // rujukan.csv first, whole, while the main thread starts on peserta.csv (validate keeps each file's figures from its own read).
    if (!ctx.periksaSemua) p.rujukanDulu = p.minta<RujukanUtuh>({ nomor: ++p.nomor, utuh: 'rujukan' });
    return p;
  }

  private rujukanDulu: Promise<RujukanUtuh | null> | null = null;

  /** rujukan.csv as the helper read it whole (null: read it here). */
  async rujukan(): Promise<RujukanUtuh | null> {
    const r = this.rujukanDulu === null ? null : await this.rujukanDulu;
    this.rujukanDiambil = r !== null;
    return r;
  }
  /** Whether rujukan.csv was taken over from the helper (what tests look at). */
  rujukanDiambil = false;

  /** Sends a task; its answer (null when the helper is gone). */
  private minta<T>(tugas: TugasBelah | TugasUtuh): Promise<T | null> {
    return new Promise((selesai) => {
      if (this.mati) return selesai(null);
      this.menunggu.set(tugas.nomor, selesai as (h: unknown) => void);
      this.worker.postMessage(tugas);
    });
  }

  /** The month's participant index, once peserta.csv is read (built in shared memory: the helper probes it). */
  pakaiIndeks(indeks: IndeksPeserta): void {
    this.indeks = indeks.bagian();
  }

  /** Pieces the helper read per file, as taken over. */
  readonly potonganDiambil = new Map<string, number>();
  diambilAlih(label: string, potongan: number): void {
    this.potonganDiambil.set(label, potongan);
  }

  potong(path: string, akhirBaris: number): number[] | null {
    if (this.mati || (!path.endsWith('peserta.csv') && this.indeks === null)) return null;
    const size = ukuran(path);
    if (size < 2 || (!this.paksa && size < BELAH_MIN_BYTES)) return null;
    const n = this.paksa ? POTONGAN_PAKSA : Math.min(MAKS_POTONGAN, Math.max(2, Math.round(size / POTONGAN_BYTES)));
    const batas = [0];
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(64 << 10);
      // Each piece starts at the first line start from its share of the bytes on.
      for (let i = 1; i < n; i++) {
        let awal = -1;
        for (let pos = Math.max(Math.floor((size * i) / n), batas[batas.length - 1] as number); awal === -1 && pos < size; pos += buf.length) {
          const baca = readSync(fd, buf, 0, buf.length, pos);
          if (baca === 0) break;
          const j = buf.subarray(0, baca).indexOf(akhirBaris);
          if (j !== -1) awal = pos + j + 1;
        }
        if (awal > (batas[batas.length - 1] as number) && awal < size) batas.push(awal);
      }
    } finally {
      closeSync(fd);
    }
    batas.push(size);
    return batas.length > 2 ? batas : null;
  }

  kirim(tugas: TugasCsv): void {
    const nomor = ++this.nomor;
    // The main thread holds the first piece; the helper starts from the last.
    this.kata = new Int32Array(new SharedArrayBuffer(4));
    this.kata[0] = klaim.kemas(1, tugas.batas.length - 1);
    this.separuh = Math.ceil((tugas.batas.length - 1) / 2);
    this.berikut = this.minta<HasilBelahan>({ nomor, tugas, kata: this.kata, indeks: tugas.jenis === 'peserta' ? null : this.indeks });
  }

  ambilDepan(): boolean {
    // KBK_THREADS=N: the main thread reads the first half of the pieces at most, so that the
    // helper reads the rest however late it starts (tests compare both ways of reading).
    if (this.paksa && this.kata !== null && klaim.depan(Atomics.load(this.kata, 0)) >= this.separuh) return false;
    return this.kata !== null && klaim.ambilDepan(this.kata);
  }
  private separuh = 0;

  hasil(): Promise<HasilBelahan | null> {
    const h = this.berikut ?? Promise.resolve(null);
    this.berikut = null;
    this.kata = null;
    return h;
  }

  tutup(): void {
    this.mati = true;
    void this.worker.terminate();
  }
}
