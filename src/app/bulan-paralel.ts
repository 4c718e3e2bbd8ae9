// Months side by side (issue 22): pay, run and banding read independent months (the window's
// assessment months, the payment month's peserta.csv) on worker_threads, each with its own
// participant index (src/app/bulan-pekerja.ts). What a run says stays what a sequential run
// says, byte for byte: a month's progress, warnings, rejects and error are replayed on the
// main thread when the sequential run would have read that month (bacaJendela asks for the
// months in its own order), so a month after the one that stops the run is never heard of,
// and the first bad month's error is the one thrown. Only the month being asked for prints
// its progress as it comes; the others' wait their turn.
//
// KBK_THREADS=1 (OpsiJob.utas) forces the sequential path; KBK_THREADS=N (N ≥ 2) forces up to N workers
// whatever the size (the main thread reading the first month, N − 1 workers the others);
// unset: workers when the months to read hold at least MIN_BYTES (below that a worker's
// start-up costs more than it saves), as many threads as reads, up to MAKS_PEKERJA.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatMonth, type MonthIndex } from '../core/month.js';
import type { FaktaBulan } from '../core/types.js';
import { DataError, GalatDuaBahasa, MissingInputError, OutputError, UsageError } from '../errors.js';
import { bytesBulan, FILE_BULAN, type KonteksBaca } from '../ingest/bulan.js';
import { RulesError } from '../rules/index.js';
import { DIST } from '../akar.js';
import { daftarkan, lepaskan } from '../sementara.js';
import type { RuleSet } from '../rules/schema.js';
import type { Pesan } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import type { BulanDibaca, OpsiJob } from './opsi.js';
import type { DataPekerja, GalatTerkirim, PesanPekerja } from './pesan-pekerja.js';

/** Below this many bytes of month files, the months are read one after the other (measured: a worker costs 0.15–0.35 s to start and saves at most half its month's read, which pays from a window of about 48 MiB; README "Months side by side"). */
export const MIN_BYTES = 48 << 20;
/** Threads at most at once (the main thread's included) when KBK_THREADS does not say. */
const MAKS_PEKERJA = 4;

/** The worker's module: the bundle's entry for src/app/bulan-pekerja.ts (scripts/bundel.mjs; npm test builds first). */
const PEKERJA = new URL('kbk-pekerja-bulan.js', DIST);

type Selesai = Extract<PesanPekerja, { t: 'selesai' }>;

interface Tugas {
  jenis: 'bulan' | 'peserta';
  bulan: MonthIndex;
  /** Messages held until the run asks for this task (progress bars: the latest per file). */
  log: Pesan[];
  kemajuan: Map<string, [number, number, number]>;
  /** The task asked for: its progress goes straight through. */
  aktif: boolean;
  worker: Worker | null;
  hasil: Promise<Selesai>;
  selesai: (s: Selesai) => void;
}

const KELAS: Record<string, new (p: Pesan) => GalatDuaBahasa> = { DataError, MissingInputError, OutputError, UsageError, RulesError, GalatDuaBahasa };

/** The worker's error as the same class with the same words (the exit code follows the class). */
function galatDari(g: GalatTerkirim): Error {
  const K = KELAS[g.nama];
  const e = K ? new K(g.teks ?? g.message) : new Error(g.message);
  if (g.stack) e.stack = g.stack;
  return e;
}

/** How many workers KBK_THREADS asks for: 1 sequential, N forced, undefined automatic. */
export function utasDiminta(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  if (!/^\s*\d+\s*$/.test(v) || Number(v) < 1) throw new UsageError(PESAN_APP.utasSalah(v));
  return Number(v);
}

/**
 * The months a run will read, started on workers. `bulan(m)` / `peserta(m)` give a task's
 * result on the main thread when bacaJendela reaches it (undefined: not started here, read it
 * sequentially); `tutup()` ends every worker and removes their files, whatever happened.
 */
export class Prabaca {
  private readonly tugas = new Map<string, Tugas>();
  private readonly antre: Tugas[] = [];
  private berjalan = 0;
  private readonly dir: string;
  private ditutup = false;

  private constructor(
    private readonly ctx: KonteksBaca,
    private readonly opsi: OpsiJob,
    daftar: { jenis: 'bulan' | 'peserta'; bulan: MonthIndex }[],
    private readonly maks: number,
  ) {
    // The workers' rejects spill lives here: registered, so SIGINT/SIGTERM and every end remove it.
    this.dir = mkdtempSync(join(tmpdir(), `kbk-tolak-${process.pid}-`));
    daftarkan(this.dir);
    for (const d of daftar) {
      let selesai!: (s: Selesai) => void;
      const hasil = new Promise<Selesai>((r) => (selesai = r));
      const t: Tugas = { ...d, log: [], kemajuan: new Map(), aktif: false, worker: null, hasil, selesai };
      this.tugas.set(`${d.jenis}:${d.bulan}`, t);
      this.antre.push(t);
    }
    this.isi();
  }

  /**
   * Workers for the months `daftar` (in the order a sequential run reads them), or null when
   * the sequential path is the one to take: KBK_THREADS=1, fewer than two reads, small months,
   * a summary workbook, an audit's collector or --verifikasi worksheets (main thread only).
   */
  static mulai(ctx: KonteksBaca, opsi: OpsiJob, daftar: { jenis: 'bulan' | 'peserta'; bulan: MonthIndex }[]): Prabaca | null {
    const diminta = utasDiminta(opsi.utas);
    // --verifikasi's worksheets are applied as the month is read, on the main thread only.
    if (diminta === 1 || daftar.length < 2 || ctx.ringkasan || ctx.jejak || ctx.periksaSemua || (ctx.lembarVerifikasi?.size ?? 0) > 0) return null;
    if (diminta === undefined) {
      const bytes = daftar.reduce((n, d) => n + bytesBulan(opsi.dataDir, d.bulan, d.jenis === 'peserta' ? ['peserta.csv'] : FILE_BULAN), 0);
      if (bytes < MIN_BYTES) return null;
    }
    // The first read is the main thread's own (bacaJendela reads it in turn, as it asks for it
    // first): one worker fewer to start, and its progress is live.
    const lain = daftar.slice(1);
    return new Prabaca(ctx, opsi, lain, Math.min((diminta ?? MAKS_PEKERJA) - 1, lain.length));
  }

  /** Starts queued tasks while workers are free. */
  private isi(): void {
    while (!this.ditutup && this.berjalan < this.maks && this.antre.length > 0) this.jalankan(this.antre.shift() as Tugas);
  }

  private jalankan(t: Tugas): void {
    const { log: _l, kemajuan: _k, padaBerhenti: _p, samarkan: _s, ...opsi } = this.opsi;
    const data: DataPekerja = { jenis: t.jenis, bulan: t.bulan, opsi, master: this.ctx.master, diagnosa: this.ctx.diagnosa, kemajuan: this.ctx.kemajuan !== undefined };
    let w: Worker;
    try {
      w = new Worker(PEKERJA, { workerData: data, env: { ...process.env, TMPDIR: this.dir, TMP: this.dir, TEMP: this.dir } });
    } catch (e) {
      // Not started (a value that cannot cross threads): the month's read fails as an internal error when asked for, never silently.
      const err = e instanceof Error ? e : new Error(String(e));
      t.selesai({ t: 'selesai', hasil: null, galat: { nama: err.name, message: err.message, stack: err.stack }, peringatan: [], tolak: kosong(), barisDibaca: new Map(), ms: 0 });
      return;
    }
    t.worker = w;
    this.berjalan++;
    let selesai = false;
    const akhir = (s: Selesai): void => {
      if (selesai) return;
      selesai = true;
      this.berjalan--;
      t.worker = null;
      void w.terminate();
      t.selesai(s);
      this.isi();
    };
    w.on('message', (m: PesanPekerja) => {
      if (m.t === 'log') {
        if (t.aktif) this.opsi.log(m.pesan);
        else t.log.push(m.pesan);
      } else if (m.t === 'kemajuan') {
        if (t.aktif) this.ctx.kemajuan?.(m.label, m.dibaca, m.total, m.rows);
        else t.kemajuan.set(m.label, [m.dibaca, m.total, m.rows]);
      } else akhir(m);
    });
    const gagal = (e: Error): void =>
      akhir({ t: 'selesai', hasil: null, galat: { nama: e.name, message: e.message, stack: e.stack }, peringatan: [], tolak: kosong(), barisDibaca: new Map(), ms: 0 });
    w.on('error', gagal);
    w.on('exit', (code) => gagal(new Error(`worker ${t.jenis} ${formatMonth(t.bulan)} ended (${code}) before its month was read`)));
  }

  /** A task asked for: its held progress said, then its result replayed onto the run's context. */
  private async ambil(jenis: 'bulan' | 'peserta', bulan: MonthIndex): Promise<Selesai['hasil'] | undefined> {
    const t = this.tugas.get(`${jenis}:${bulan}`);
    if (!t) return undefined;
    this.tugas.delete(`${jenis}:${bulan}`);
    for (const p of t.log) this.opsi.log(p);
    for (const [label, [dibaca, total, rows]] of t.kemajuan) this.ctx.kemajuan?.(label, dibaca, total, rows);
    t.log = [];
    t.kemajuan.clear();
    t.aktif = true;
    const s = await t.hasil;
    this.ctx.peringatan.push(...s.peringatan);
    this.ctx.tolak.serap(s.tolak);
    for (const [label, n] of s.barisDibaca) this.ctx.barisDibaca.set(label, n);
    if (s.galat) throw galatDari(s.galat);
    return s.hasil;
  }

  /** An assessment month read on a worker, as bacaDenganAturan returns it; undefined when not started here. */
  bulan(bulan: MonthIndex, rules: RuleSet): Promise<BulanDibaca> | undefined {
    if (!this.tugas.has(`bulan:${bulan}`)) return undefined;
    return this.ambil('bulan', bulan).then((h) => {
      const b = h as { fakta: FaktaBulan; catatan: string[]; tidakLengkap: number | null };
      return { bulan, fakta: b.fakta, catatan: b.catatan, rules, ringkasan: null, tidakLengkap: b.tidakLengkap };
    });
  }

  /** The payment month's registered participants read on a worker; undefined when not started here. */
  peserta(bulan: MonthIndex): Promise<{ jumlah: number[]; catatan: string[] }> | undefined {
    if (!this.tugas.has(`peserta:${bulan}`)) return undefined;
    return this.ambil('peserta', bulan) as Promise<{ jumlah: number[]; catatan: string[] }>;
  }

  /** Ends every worker (those whose month the run never reached too) and removes their files. */
  async tutup(): Promise<void> {
    this.ditutup = true;
    this.antre.length = 0;
    const hidup = [...this.tugas.values()].flatMap((t) => (t.worker ? [t.worker] : []));
    await Promise.all(hidup.map((w) => w.terminate()));
    rmSync(this.dir, { recursive: true, force: true });
    lepaskan(this.dir);
  }
}

function kosong(): Selesai['tolak'] {
  return { baris: [], spill: null, salahPerFile: new Map(), pertamaPerFile: new Map(), teksPertama: new Map(), perAlasan: new Map(), hilangPerFile: new Map(), bytesPerFile: new Map() };
}
