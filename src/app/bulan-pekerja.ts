// A worker thread reading one month for src/app/bulan-paralel.ts: the same read as the
// sequential path (bacaDenganAturan, bacaPesertaTerdaftar) with its own participant index
// and its own rejects collector. Everything it would have said (progress, warnings, rejects,
// the error that stops it) goes back to the main thread, which replays it in the order a
// sequential run would have. It writes nothing but its rejects spill, in the folder the main
// thread made for it (TMPDIR), which the main thread removes.
import { parentPort, workerData } from 'node:worker_threads';
import type { FaktaBulan } from '../core/types.js';
import { bacaPesertaTerdaftar, type KonteksBaca } from '../ingest/bulan.js';
import { penolakanUntuk } from '../ingest/rejects.js';
import type { Pesan } from '../pesan/index.js';
import { bacaDenganAturan } from './jobs.js';
import type { OpsiJob } from './opsi.js';
import type { DataPekerja, GalatTerkirim, PesanPekerja } from './pesan-pekerja.js';

/** Every ArrayBuffer under a value (typed arrays are moved, not copied). */
function buffer(v: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(v)) {
    if (v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
  } else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) buffer(x, out);
  return out;
}

async function jalan(): Promise<void> {
  const d = workerData as DataPekerja;
  const port = parentPort;
  if (!port) return;
  const kirim = (p: PesanPekerja, transfer: ArrayBuffer[] = []): void => port.postMessage(p, transfer);
  const log = (pesan: Pesan): void => kirim({ t: 'log', pesan });
  const opsi: OpsiJob = { ...d.opsi, log };
  const tolak = penolakanUntuk(opsi);
  const ctx: KonteksBaca = {
    tolak,
    dialek: opsi.dialek,
    barisDibaca: new Map(),
    log,
    peringatan: [],
    batas: opsi.batas,
    kemajuan: d.kemajuan ? (label, dibaca, total, rows) => kirim({ t: 'kemajuan', label, dibaca, total, rows }) : undefined,
    dataDir: opsi.dataDir,
    master: d.master,
    diagnosa: d.diagnosa,
    tanpaJalur: opsi.tanpaJalur,
  };
  const mulai = performance.now();
  let hasil: Extract<PesanPekerja, { t: 'selesai' }>['hasil'] = null;
  let galat: GalatTerkirim | null = null;
  try {
    if (d.jenis === 'peserta') hasil = await bacaPesertaTerdaftar(ctx, d.bulan);
    else {
      const b = await bacaDenganAturan(ctx, opsi, d.bulan);
      hasil = { fakta: b.fakta as FaktaBulan, catatan: b.catatan, tidakLengkap: b.tidakLengkap };
    }
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const teks = (err as { teks?: { id: string; en: string } }).teks;
    galat = { nama: err.name, teks, message: err.message, stack: err.stack };
  }
  const ms = performance.now() - mulai;
  kirim({ t: 'selesai', hasil, galat, peringatan: ctx.peringatan, tolak: tolak.potret(), barisDibaca: ctx.barisDibaca, ms }, buffer(hasil));
}

await jalan();
