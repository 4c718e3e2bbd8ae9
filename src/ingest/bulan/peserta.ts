// peserta.csv: the index of active registered participants every other file is checked
// against; a card active at two facilities is rejected (all its rows) and counted at neither.
import type { MonthIndex } from '../../core/month.js';
import { statusAktif } from '../../core/kosakata.js';
import { dasarKosong, type HitunganDasar } from '../../core/types.js';
import type { Teks } from '../../pesan/index.js';
import { PESAN_INGEST } from '../../pesan/ingest.js';
import { kartu13Bytes } from '../baris.js';
import { bacaCsv, type Baris, type BuatJalur } from '../csv.js';
import { perkiraanBaris, periksaAmbang } from '../file.js';
import { IndeksPeserta, Kolom, KunciKartu } from '../peserta-index.js';
import { Penolakan } from '../rejects.js';
import { RowError } from '../row-error.js';
import { kunciKartu } from '../values.js';
import { baca, fasilitasCepat, fasilitasDikenal, labelBulan, pathBulan, type PembacaBagian } from './berkas.js';
import type { JejakBulan, KonteksBaca } from './konteks.js';

/** peserta.csv → the index of active registered participants (a card active at two facilities is rejected), and the file's catatan. */
export async function bacaPeserta(
  ctx: KonteksBaca,
  bulan: MonthIndex,
  kartu: KunciKartu,
  jejak?: JejakBulan,
): Promise<{ indeks: IndeksPeserta; catatan: string[]; konflik: ReadonlyMap<number, ReadonlySet<number>> }> {
  // In shared memory when the month has a helper thread, which probes it for kontak.csv and prolanis.csv.
  const builder = IndeksPeserta.builder(perkiraanBaris(pathBulan(ctx, bulan, 'peserta.csv')), ctx.pembelah !== undefined);
  const catatan = await baca(
    ctx,
    bulan,
    'peserta.csv',
    'peserta',
    barisPeserta(ctx, kartu, builder, jejak),
    undefined,
    {
      bertanggal: false,
      gabungUrut(urut): void {
        // The helper's registrations after this thread's, piece by piece in file order: the same positions and conflicts as one read.
        const k = urut as KeadaanPeserta;
        for (let i = 0; i < k.kunci.length; i++) builder.tambah(k.kunci[i] as number, k.fasilitas[i] as number);
      },
      gabung(): void {},
    },
    cepatPeserta(builder, jejak),
  );
  const indeks = builder.bangun();
  if (catatan !== null && builder.konflik.size > 0) {
    // Rare: read the file again only to quote each row of those cards in the rejects.
    const label = labelBulan(bulan, 'peserta.csv');
    const why = new Map<number, Teks>();
    for (const [key, fasilitas] of builder.konflik) why.set(key, PESAN_INGEST.kartuDuaFasilitas([...fasilitas].map((f) => ctx.master.daftar[f]?.kodePpk).sort()));
    await bacaCsv({
      path: pathBulan(ctx, bulan, 'peserta.csv'),
      label,
      jenis: 'peserta',
      // The first read already rejected this file's other bad rows; only the conflicts are new.
      tolak: new Penolakan({ strict: false, maxRejectRate: 1 }),
      dialek: ctx.dialek,
      batas: ctx.batas,
      onRow(b) {
        let w: Teks | undefined;
        try {
          const kunci = kunciKartu(b, kartu);
          fasilitasDikenal(ctx, b);
          w = b.ingat('status', statusBaris) ? why.get(kunci) : undefined;
        } catch {
          return; // rejected by the first read already
        }
        if (w) ctx.tolak.tolak({ file: label, baris: b.line, kolom: b.kolom('no_kartu'), alasan: w.en, jenis: 'card at two facilities', isi: b.raw }, w);
      },
    });
    periksaAmbang(ctx, label);
  }
  return { indeks, catatan: catatan ?? [], konflik: builder.konflik };
}

/**
 * barisPeserta's fast lane (csv.ts JalurCepat): a row with a 13-digit card, and a facility
 * and status the row path has already decided (fasilitasDikenal, statusBaris), from its
 * bytes. Any other row goes to barisPeserta.
 */
function cepatPeserta(daftar: { tambah(kunci: number, f: number): void }, jejak: JejakBulan | undefined): BuatJalur {
  return (kolom, ingatan) => {
    const iKartu = kolom.get('no_kartu');
    const iKode = kolom.get('kode_ppk');
    const iStatus = kolom.get('status');
    if (iKartu === undefined || iKode === undefined) return undefined;
    // No status column (it is optional): every row's status reads as '' (Baris.get of an absent
    // column), which statusBaris decides the same way for every row, by the same vocabulary.
    const tanpaKolom = iStatus === undefined ? statusAktif('') : null;
    if (iStatus === undefined && tanpaKolom === null) return undefined;
    const fasilitas = fasilitasCepat(ingatan);
    const status = ingatan(INGAT_STATUS);
    return (buf, awal, akhir, line) => {
      const kunci = kartu13Bytes(buf, awal[iKartu] as number, akhir[iKartu] as number);
      if (kunci < 0) return false;
      const f = fasilitas(buf, awal[iKode] as number, akhir[iKode] as number);
      if (f < 0) return false;
      const aktif = iStatus === undefined ? tanpaKolom : (status.lihat(buf, awal[iStatus] as number, akhir[iStatus] as number, null) as boolean | null);
      if (aktif === null) return false;
      if (aktif) daftar.tambah(kunci, f);
      else if (jejak !== undefined) jejak.tidakAktif(kunci, f, line);
      return true;
    };
  };
}

/** The memory statusBaris's results are kept in (Baris.ingat). */
const INGAT_STATUS = 'status';

/** A peserta.csv row: an active one registers its card at its facility (`tambah`); throws for a bad row. */
function barisPeserta(ctx: KonteksBaca, kartu: KunciKartu, daftar: { tambah(kunci: number, f: number): void }, jejak: JejakBulan | undefined): (b: Baris) => void {
  return (b) => {
    const kunci = kunciKartu(b, kartu);
    const f = fasilitasDikenal(ctx, b);
    if (b.ingat('status', statusBaris, undefined, INGAT_STATUS)) daftar.tambah(kunci, f);
    else if (jejak !== undefined) jejak.tidakAktif(kunci, f, b.line);
  };
}

/** A piece of peserta.csv a helper thread read: its registrations in file order (card key, facility), for bacaPeserta to add. */
export interface KeadaanPeserta {
  kunci: Float64Array;
  fasilitas: Int32Array;
}

/** How a helper thread reads pieces of peserta.csv (PembacaBagian). */
export function bagianPeserta(bulan: MonthIndex): PembacaBagian {
  return {
    async baca(ctx: KonteksBaca): Promise<KeadaanPeserta> {
      const kunci = new Kolom(new Float64Array(1 << 16));
      const fasilitas = new Kolom(new Int32Array(1 << 16));
      const daftar = {
        tambah(k: number, f: number): void {
          kunci.push(k);
          fasilitas.push(f);
        },
      };
      // Card keys here are plain 13-digit numbers (kunciKartu accepts no other card), the same in every thread.
      await baca(ctx, bulan, 'peserta.csv', 'peserta', barisPeserta(ctx, new KunciKartu(), daftar, undefined), undefined, undefined, cepatPeserta(daftar, undefined));
      // Exact copies: the piece is held until the main thread reaches it, its columns' spare room need not be.
      return { kunci: kunci.view().slice(), fasilitas: fasilitas.view().slice() };
    },
    keadaan: () => null,
  };
}

/** A row's status as registration (src/core/kosakata.ts); throws for one that is neither. */
function statusBaris(_: unknown, b: Baris): boolean {
  const aktif = statusAktif(b.get('status'));
  if (aktif === null) throw new RowError('status', PESAN_INGEST.statusTidakDikenal(b.get('status')), 'unknown status');
  return aktif;
}

/** Registered participants per facility (master order), every other count 0. */
export function hitungTerdaftar(ctx: KonteksBaca, indeks: IndeksPeserta): HitunganDasar[] {
  const h = ctx.master.daftar.map(() => dasarKosong());
  for (let p = 0; p < indeks.size; p++) {
    const f = indeks.fasilitas[p] as number;
    if (f >= 0) (h[f] as HitunganDasar).pesertaTerdaftar++;
  }
  return h;
}
