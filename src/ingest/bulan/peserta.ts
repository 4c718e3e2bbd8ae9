// peserta.csv: the index of active registered participants every other file is checked
// against; a card active at two facilities is rejected (all its rows) and counted at neither.
import type { MonthIndex } from '../../core/month.js';
import { statusAktif } from '../../core/kosakata.js';
import { dasarKosong, type HitunganDasar } from '../../core/types.js';
import type { Teks } from '../../pesan/index.js';
import { PESAN_INGEST } from '../../pesan/ingest.js';
import { bacaCsv, type Baris } from '../csv.js';
import { perkiraanBaris, periksaAmbang } from '../file.js';
import { IndeksPeserta, type KunciKartu } from '../peserta-index.js';
import { Penolakan } from '../rejects.js';
import { RowError } from '../row-error.js';
import { kunciKartu } from '../values.js';
import { baca, fasilitasDikenal, labelBulan, pathBulan } from './berkas.js';
import type { JejakBulan, KonteksBaca } from './konteks.js';

/** peserta.csv → the index of active registered participants (a card active at two facilities is rejected), and the file's catatan. */
export async function bacaPeserta(
  ctx: KonteksBaca,
  bulan: MonthIndex,
  kartu: KunciKartu,
  jejak?: JejakBulan,
): Promise<{ indeks: IndeksPeserta; catatan: string[]; konflik: ReadonlyMap<number, ReadonlySet<number>> }> {
  const builder = IndeksPeserta.builder(perkiraanBaris(pathBulan(ctx, bulan, 'peserta.csv')));
  /** Whether a row registers its card (active, src/core/kosakata.ts); throws for a bad row. Its card and facility: kunciKartu, fasilitasDikenal. */
  const aktif = (b: Baris): boolean => b.ingat('status', statusBaris);
  const catatan = await baca(ctx, bulan, 'peserta.csv', 'peserta', (b) => {
    const kunci = kunciKartu(b, kartu);
    const f = fasilitasDikenal(ctx, b);
    if (aktif(b)) builder.tambah(kunci, f);
    else if (jejak !== undefined) jejak.tidakAktif(kunci, f, b.line);
  });
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
          w = aktif(b) ? why.get(kunci) : undefined;
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
