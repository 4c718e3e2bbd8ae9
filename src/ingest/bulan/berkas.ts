// What every reader of a month file shares: where a month's file is and how it is named,
// reading it row by row, the facility of a row, and setting aside and counting the rows
// dated outside the month.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TanggalFile } from '../../core/kewajaran.js';
import { daysOfMonth, formatDate, formatMonth, monthOfDay, type DayNumber, type MonthIndex } from '../../core/month.js';
import { dasarKosong, harianKosong, type FaktaHarian, type HitunganDasar } from '../../core/types.js';
import { PESAN_INGEST } from '../../pesan/ingest.js';
import type { TawaranBelah } from '../belah.js';
import type { Ingatan } from '../baris.js';
import type { Baris, BuatJalur } from '../csv.js';
import { bacaFile } from '../file.js';
import type { MasterFktp } from '../master.js';
import { Kolom, type IndeksPeserta, type KunciKartu } from '../peserta-index.js';
import { RowError } from '../row-error.js';
import { noKartu, wajib } from '../values.js';
import type { CekVerifikasi, JejakBulan, JenisBulan, KeadaanBagian, KonteksBaca } from './konteks.js';

export function folderBulan(dataDir: string, bulan: MonthIndex): string | null {
  const dir = join(dataDir, formatMonth(bulan));
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

/** Bytes of a month's files (0 for those missing: the read says so). */
export function bytesBulan(dataDir: string, bulan: MonthIndex, file: readonly string[]): number {
  const folder = folderBulan(dataDir, bulan);
  if (!folder) return 0;
  let n = 0;
  for (const f of file)
    try {
      n += statSync(join(folder, f)).size;
    } catch {
      // absent
    }
  return n;
}

/**
 * The month as its readers share it, once peserta.csv is read: the index every other file
 * is checked against, the counts per facility (master order), the per-participant flags
 * and the daily facts they fill.
 */
export interface BacaanBulan {
  ctx: KonteksBaca;
  bulan: MonthIndex;
  kartu: KunciKartu;
  jejak: JejakBulan | undefined;
  indeks: IndeksPeserta;
  h: HitunganDasar[];
  flags: Uint8Array;
  harian: FaktaHarian;
  /** The month's first and last day. */
  first: number;
  last: number;
  /** The audit's columns (JejakBulan.indeks); undefined on every other path. */
  barisKontak: Int32Array | undefined;
  barisProlanis: Int32Array | undefined;
}

/** The facility of a row's kode_ppk (decided once per distinct code of the file). */
export function fasilitasDikenal(ctx: KonteksBaca, b: Baris): number {
  return b.ingat('kode_ppk', cariFasilitas, ctx);
}

function cariFasilitas(ctx: KonteksBaca, b: Baris): number {
  const kode = wajib(b, 'kode_ppk');
  const f = ctx.master.indeks.get(kode);
  if (f !== undefined) return f;
  if (ctx.master.ditolak.has(kode)) throw new RowError('kode_ppk', PESAN_INGEST.fasilitasDitolak(kode), 'facility rejected');
  throw new RowError('kode_ppk', PESAN_INGEST.fasilitasTidakDikenal(kode, petunjukNol(ctx.master, kode)), 'unknown facility');
}

/**
 * fasilitasDikenal in a fast lane (csv.ts JalurCepat): the facility the row path found for
 * kode_ppk's bytes [s, e), or -1 when it has not read that value yet (or rejected it). Every
 * lane asks it first: a row it lets through has a code the row path has met (and kbk
 * validate has collected, csv.ts hitungFasilitas).
 */
export function fasilitasCepat(ingatan: (nama: string) => Ingatan): (buf: Buffer, s: number, e: number) => number {
  const ing = ingatan('kode_ppk');
  return (buf, s, e) => ing.lihat(buf, s, e, -1) as number;
}

/** Master codes by their value without leading zeros, to say when a code lost them (Excel). */
const tanpaNol = new WeakMap<MasterFktp, Map<string, string>>();

/** The master's code that `kode` may be with its leading zeros lost (Excel); null when none. */
function petunjukNol(master: MasterFktp, kode: string): string | null {
  let m = tanpaNol.get(master);
  if (!m) {
    m = new Map(master.daftar.filter((f) => f.kodePpk.startsWith('0')).map((f) => [f.kodePpk.replace(/^0+/, ''), f.kodePpk]));
    tanpaNol.set(master, m);
  }
  return m.get(kode.replace(/^0+/, '')) || null;
}

/** "2024-07/kontak.csv": how messages and the rejects name a month file. */
export const labelBulan = (bulan: MonthIndex, file: string): string => `${formatMonth(bulan)}/${file}`;
export const pathBulan = (ctx: KonteksBaca, bulan: MonthIndex, file: string): string => join(ctx.dataDir, formatMonth(bulan), file);

/**
 * Reads one month file; see bacaFile. `belah`: the file may be split with the month's
 * helper thread (KonteksBaca.pembelah), whose counts these add to the reader's.
 */
export async function baca(
  ctx: KonteksBaca,
  bulan: MonthIndex,
  file: string,
  jenis: JenisBulan,
  onRow: (b: Baris) => void,
  setelah?: (rows: number) => void,
  belah?: Omit<TawaranBelah, 'pembelah'>,
  cepat?: BuatJalur,
): Promise<string[] | null> {
  return bacaFile(ctx, {
    cepat,
    belah: ctx.pembelah && belah ? { ...belah, pembelah: ctx.pembelah } : undefined,
    path: pathBulan(ctx, bulan, file),
    label: labelBulan(bulan, file),
    jenis,
    // Peserta rows carry no date of the month; the other files' dates should fall inside it.
    bulan: jenis === 'peserta' ? undefined : { ...daysOfMonth(bulan), nama: formatMonth(bulan) },
    onRow,
    setelah,
    padaTolak: ctx.jejak === undefined ? undefined : (b, e) => ctx.jejak?.ditolak(jenis, b, e),
  });
}

/**
 * Contacts and referrals dated outside the month are set aside: listed in the rejects and
 * counted in catatan, not against the file. Whether too many of them make the file the
 * wrong export is decided on the counts (TanggalFile, src/core/kewajaran.ts luarBulan).
 */
export function pemisahLuarBulan(ctx: KonteksBaca, bulan: MonthIndex, file: string, kolom: string) {
  const label = labelBulan(bulan, file);
  return {
    sisihkan(b: Baris): void {
      // The rejects file's reason only (a set-aside row is never quoted on the terminal), in the run's language there.
      const alasan = PESAN_INGEST.disisihkanLuarBulan(kolom, b.get(kolom), formatMonth(bulan));
      ctx.tolak.sisihkan({ file: label, baris: b.line, kolom: b.kolom(kolom), alasan: alasan.en, jenis: 'outside the month', isi: b.raw }, alasan);
    },
  };
}

/** A contact entered after the entry deadline (KonteksBaca.batasEntri): set aside like a row outside the month, listed with its reason. */
export function pemisahTerlambat(ctx: KonteksBaca, bulan: MonthIndex, batas: DayNumber) {
  const label = labelBulan(bulan, 'kontak.csv');
  return (b: Baris): void => {
    // The rejects file's reason (never quoted on the terminal), in the run's language there.
    const alasan = PESAN_INGEST.disisihkanTerlambat(b.get('tgl_entri'), formatDate(batas), formatMonth(bulan));
    ctx.tolak.sisihkan({ file: label, baris: b.line, kolom: b.kolom('tgl_entri'), alasan: alasan.en, jenis: 'entered after the deadline', isi: b.raw }, alasan);
  };
}

/** A month file's dated rows, counted as it is read (hitungTanggal). */
export type HitungTanggal = TanggalFile & { luar: Map<MonthIndex, number>; dalam(): void; diLuar(tgl: number): void };

/**
 * A month file's dates, counted as it is read: its dated rows, and those outside the month
 * per month they belong to (a counter per month, never an object per row).
 */
export function hitungTanggal(bulan: MonthIndex, file: string): HitungTanggal {
  const luar = new Map<MonthIndex, number>();
  const t: HitungTanggal = {
    label: labelBulan(bulan, file),
    bulan,
    bertanggal: 0,
    luar,
    dalam(): void {
      t.bertanggal++;
    },
    diLuar(tgl: number): void {
      t.bertanggal++;
      const m = monthOfDay(tgl);
      luar.set(m, (luar.get(m) ?? 0) + 1);
    },
  };
  return t;
}

/** The position of a card registered (active) at facility f, or -1 when it is not registered there. */
export function posisiTerdaftar(indeks: IndeksPeserta, kunci: number, f: number): number {
  return indeks.cariDi(kunci, f);
}

export const naik = (a: Int32Array, i: number): void => {
  a[i] = (a[i] as number) + 1;
};

/**
 * --verifikasi: the worksheet rows naming this counted row's line (participant position p),
 * when their facility and card are this row's (each then marked cocok); undefined when the
 * line is not in the worksheet. A row naming another record stays unmatched: the job stops
 * on it after the read.
 */
export function cekVerifikasi(peta: ReadonlyMap<number, CekVerifikasi[]>, b: Baris, f: number, p: number): CekVerifikasi[] | undefined {
  const cs = peta.get(b.line);
  if (cs === undefined) return undefined;
  const kartu = noKartu(b);
  const cocok = cs.filter((c) => c.f === f && c.noKartu === kartu);
  for (const c of cocok) {
    c.cocok = true;
    c.p = p;
  }
  return cocok;
}

/** Whether any of the rows (cekVerifikasi's) marks the record tidak, for what `dihitung` accepts (all when absent). */
export const tidakSah = (cs: readonly CekVerifikasi[] | undefined, dihitung?: string): boolean => cs !== undefined && cs.some((c) => c.sah === false && (dihitung === undefined || c.dihitung === dihitung));

/**
 * How a helper thread reads one month file's pieces (src/ingest/bulan/pekerja-belah.ts):
 * `baca` one piece (ctx.belahan names it), answering what of it goes in file order;
 * `keadaan` once every piece is read, the counts that add up.
 */
export interface PembacaBagian {
  baca(ctx: KonteksBaca): Promise<unknown>;
  keadaan(): unknown;
}

/** The month as a helper thread reads its part of one file: the main thread's index, every count from zero. */
export function bacaanBagian(ctx: KonteksBaca, bulan: MonthIndex, indeks: IndeksPeserta, kartu: KunciKartu): BacaanBulan {
  const { first, last } = daysOfMonth(bulan);
  return {
    ctx,
    bulan,
    kartu,
    jejak: undefined,
    indeks,
    h: ctx.master.daftar.map(() => dasarKosong()),
    flags: new Uint8Array(indeks.size),
    harian: harianKosong(ctx.master.daftar.length),
    first,
    last,
    barisKontak: undefined,
    barisProlanis: undefined,
  };
}

/** A helper's part as it goes back: only the participants it flagged, not a flag for each (its arrays are moved, not copied). */
export function keadaanBagian(m: BacaanBulan, t: HitungTanggal): KeadaanBagian {
  const dipakai = posisiBerisi(m.flags);
  return { h: m.h, dipakai, flags: ambilDi(m.flags, dipakai), harian: m.harian, tanggal: { bertanggal: t.bertanggal, luar: t.luar } };
}

/** The positions of the non-zero bytes of `a`, ascending (four bytes a step: most are zero). */
function posisiBerisi(a: Uint8Array): Int32Array {
  const out = new Kolom(new Int32Array(1 << 12));
  const kata = new Uint32Array(a.buffer, a.byteOffset, a.byteOffset % 4 === 0 ? a.length >> 2 : 0);
  for (let w = 0; w < kata.length; w++) {
    if (kata[w] === 0) continue;
    for (let p = w << 2; p < (w << 2) + 4; p++) if (a[p] !== 0) out.push(p);
  }
  for (let p = kata.length << 2; p < a.length; p++) if (a[p] !== 0) out.push(p);
  return out.view();
}

/** a's values at the positions `di`. */
export function ambilDi(a: Uint8Array, di: Int32Array): Uint8Array {
  const out = new Uint8Array(di.length);
  for (let i = 0; i < di.length; i++) out[i] = a[di[i] as number] as number;
  return out;
}

/** Adds a helper's part (keadaanBagian) to the month as the main thread reads it: counts add up, flags combine. */
export function gabungBagian(m: BacaanBulan, t: HitungTanggal, k: KeadaanBagian): void {
  m.h.forEach((h, f) => {
    const b = k.h[f] as HitunganDasar;
    for (const kunci of Object.keys(h) as (keyof HitunganDasar)[]) h[kunci] += b[kunci];
  });
  const flags = m.flags;
  for (let i = 0; i < k.dipakai.length; i++) {
    const p = k.dipakai[i] as number;
    flags[p] = (flags[p] as number) | (k.flags[i] as number);
  }
  const a = m.harian;
  const b = k.harian;
  for (const kunci of ['kontak', 'kontakPertama', 'rujukan', 'rujukanNonSpesialistik', 'sehat', 'sehatTanpaVital', 'entri'] as const) {
    const x = a[kunci];
    const y = b[kunci];
    for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) + (y[i] as number);
  }
  a.ada.jenis ||= b.ada.jenis;
  a.ada.vital ||= b.ada.vital;
  a.ada.entri ||= b.ada.entri;
  if (b.kontakTerakhir !== null && (a.kontakTerakhir === null || b.kontakTerakhir > a.kontakTerakhir)) a.kontakTerakhir = b.kontakTerakhir;
  t.bertanggal += k.tanggal.bertanggal;
  for (const [bulan, n] of k.tanggal.luar) t.luar.set(bulan, (t.luar.get(bulan) ?? 0) + n);
}
