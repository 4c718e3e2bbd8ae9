// One month's exports folded, file by file and row by row, into per-facility counts: the
// month's order here, one reader per file in src/ingest/bulan/ (peserta, kontak, rujukan,
// prolanis). Memory grows with the number of registered participants (typed arrays), never
// with the number of rows.
import { join } from 'node:path';
import type { TanggalFile } from '../core/kewajaran.js';
import { daysOfMonth, formatMonth, type MonthIndex } from '../core/month.js';
import { harianKosong, type FaktaBulan } from '../core/types.js';
import { MissingInputError } from '../errors.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
import { KunciKartu } from './peserta-index.js';
import { folderMirip } from './mirip.js';
import { folderBulan, type BacaanBulan } from './bulan/berkas.js';
import { FILE_BULAN, type KonteksBaca } from './bulan/konteks.js';
import { bacaKontak } from './bulan/kontak.js';
import { bacaPeserta, hitungTerdaftar } from './bulan/peserta.js';
import { bacaProlanis, hitungProlanis } from './bulan/prolanis.js';
import { bacaRujukan, terimaRujukan } from './bulan/rujukan.js';
import { PembelahBulan } from './bulan/pembelah.js';

export { bytesBulan, folderBulan } from './bulan/berkas.js';
export { panaskanPembelah } from './bulan/pembelah.js';
export { DIUKUR, FILE_BULAN, KONTAK, RUJUKAN_DIHITUNG, RUJUKAN_DITOLAK, RUJUKAN_DUPLIKAT, RUJUKAN_LUAR_BULAN, type JejakBulan, type JenisBulan, type KonteksBaca } from './bulan/konteks.js';

/** Registered counts only (the payment month's peserta.csv), with the file's catatan. */
export async function bacaPesertaTerdaftar(ctx: KonteksBaca, bulan: MonthIndex): Promise<{ jumlah: number[]; catatan: string[] }> {
  const { indeks, catatan } = await bacaPeserta(ctx, bulan, new KunciKartu());
  return { jumlah: hitungTerdaftar(ctx, indeks).map((h) => h.pesertaTerdaftar), catatan };
}

/** One month read: its facts (counts per facility in master order, the Prolanis measurements) and what its files' shape changes (catatan). */
export interface Bulan {
  fakta: FaktaBulan;
  catatan: string[];
  /** kontak.csv, rujukan.csv and prolanis.csv: their dated rows and those outside the month (the caller decides what that means). */
  tanggal: TanggalFile[];
}

/**
 * Reads one assessment month: peserta first (the index every other file is checked
 * against), then kontak, rujukan and prolanis, each streamed once.
 */
export async function bacaBulan(ctx: KonteksBaca, bulan: MonthIndex): Promise<Bulan> {
  if (!folderBulan(ctx.dataDir, bulan))
    throw new MissingInputError(PESAN_INGEST.bulanTidakAda(join(ctx.dataDir, formatMonth(bulan)), FILE_BULAN, folderMirip(ctx.dataDir, bulan)));
  // Large files read in pieces here and on a helper thread (src/ingest/bulan/pembelah.ts), where the month allows it.
  const sendiri = ctx.pembelah === undefined ? PembelahBulan.mulai(ctx, bulan) : null;
  try {
    return await bacaBulanDi(sendiri === null ? ctx : { ...ctx, pembelah: sendiri }, bulan);
  } finally {
    sendiri?.tutup();
  }
}

async function bacaBulanDi(ctx: KonteksBaca, bulan: MonthIndex): Promise<Bulan> {
  const jejak = ctx.jejak;
  const kartu = jejak?.kartu ?? new KunciKartu();
  const peserta = await bacaPeserta(ctx, bulan, kartu, jejak);
  const indeks = peserta.indeks;
  ctx.pembelah?.pakaiIndeks?.(indeks);
  const kolomJejak = jejak?.indeks(indeks, peserta.konflik);
  const catatan = [...peserta.catatan];
  const { first, last } = daysOfMonth(bulan);
  const m: BacaanBulan = {
    ctx,
    bulan,
    kartu,
    jejak,
    indeks,
    h: hitungTerdaftar(ctx, indeks),
    flags: new Uint8Array(indeks.size),
    harian: harianKosong(ctx.master.daftar.length),
    first,
    last,
    barisKontak: kolomJejak?.barisKontak,
    barisProlanis: kolomJejak?.barisProlanis,
  };
  /** Day of the month (1–31) of each registered participant's first contact; 0 for none. */
  const hariPertama = new Uint8Array(indeks.size);
  const kontak = await bacaKontak(m, hariPertama);
  catatan.push(...(kontak.catatan ?? []));
  // Read whole on the month's helper while peserta.csv was read here, when it could be; taken over now, in its turn.
  const utuh = await ctx.pembelah?.rujukan?.();
  const rujukan = utuh ? terimaRujukan(m, utuh) : await bacaRujukan(m);
  catatan.push(...(rujukan.catatan ?? []));
  const prolanis = await bacaProlanis(m);
  catatan.push(...(prolanis.catatan ?? []));
  const { prolanis: faktaProlanis, ringkas } = hitungProlanis(m, prolanis.ukur);
  jejak?.selesai(m.flags, hariPertama, ringkas);
  const tanggalFile = [kontak.tanggal, rujukan.tanggal, prolanis.tanggal].map(({ label, bulan, bertanggal, luar }) => ({ label, bulan, bertanggal, luar }));
  return { fakta: { dasar: m.h, prolanis: faktaProlanis, harian: m.harian }, catatan, tanggal: tanggalFile };
}
