// The helper thread of src/ingest/bulan/pembelah.ts: reads pieces of one month file at a
// time from the back (KonteksFile.belahan names the piece) by the same reader as the main
// thread, into counts of its own, and sends them back with each piece's rejects as recorded
// (src/ingest/belah.ts). Anything that stops its read is not said here: it answers null, and
// the main thread reads those pieces itself, where the same error is met in its place.
import { parentPort } from 'node:worker_threads';
import { BELAH_MAKS_TOLAK, PerekamPeristiwa, PerekamTolak, type HasilBelahan, type PotonganBelahan } from '../belah.js';
import { IndeksPeserta, KunciKartu } from '../peserta-index.js';
import type { Penolakan } from '../rejects.js';
import { bacaanBagian, type PembacaBagian } from './berkas.js';
import { klaim, type DataPekerjaBelah, type PesanBelah, type TugasBelah, type TugasUtuh } from './pesan-belah.js';
import { bacaRujukanUtuh } from './rujukan.js';
import type { RujukanUtuh } from './konteks.js';
import type { KonteksBaca } from './konteks.js';
import { bagianKontak } from './kontak.js';
import { bagianPeserta } from './peserta.js';
import { bagianProlanis } from './prolanis.js';

/** Every ArrayBuffer under a value, to move rather than copy (shared memory stays shared). */
function buffer(v: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(v)) {
    if (v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
  } else if (v !== null && typeof v === 'object') for (const x of v instanceof Map ? v.values() : Object.values(v)) buffer(x, out);
  return out;
}

async function baca(d: DataPekerjaBelah, t: TugasBelah): Promise<HasilBelahan | null> {
  const dasar: KonteksBaca = {
    // Each piece gets its own recorder below; this one records nothing.
    tolak: new PerekamTolak({ n: 0 }) as unknown as Penolakan,
    dialek: d.dialek,
    barisDibaca: new Map(),
    peringatan: [],
    batas: d.batas,
    dataDir: d.dataDir,
    master: d.master,
    diagnosa: null,
    ukur: d.ukur,
    batasEntri: d.batasEntri,
    tanpaJalur: d.tanpaJalur,
  };
  let pembaca: PembacaBagian;
  if (t.tugas.jenis === 'peserta') pembaca = bagianPeserta(d.bulan);
  else if (t.indeks === null) return null;
  else {
    const m = bacaanBagian(dasar, d.bulan, IndeksPeserta.dariBagian(t.indeks), new KunciKartu());
    if (t.tugas.jenis === 'kontak') pembaca = bagianKontak(m);
    else if (t.tugas.jenis === 'prolanis') pembaca = bagianProlanis(m);
    else return null;
  }
  const sisa = { n: BELAH_MAKS_TOLAK };
  const potongan: PotonganBelahan[] = [];
  try {
    for (let j = klaim.ambilBelakang(t.kata); j >= 0; j = klaim.ambilBelakang(t.kata)) {
      const rekam = new PerekamTolak(sisa);
      const belahan: NonNullable<KonteksBaca['belahan']> = { tugas: t.tugas, j };
      const urut = await pembaca.baca({ ...dasar, tolak: rekam as unknown as Penolakan, belahan });
      if (belahan.hasil === undefined) return null;
      potongan.push({ j, csv: belahan.hasil, tolak: rekam.rekaman, urut });
    }
  } catch {
    return null;
  }
  return { potongan: potongan.reverse(), keadaan: pembaca.keadaan() };
}

/** rujukan.csv read whole here, everything it does to the run recorded (null: the main thread reads it, and meets what stopped it). */
async function bacaUtuh(d: DataPekerjaBelah): Promise<RujukanUtuh | null> {
  const rekam = new PerekamPeristiwa();
  const ctx: KonteksBaca = {
    tolak: rekam as unknown as Penolakan,
    dialek: d.dialek,
    barisDibaca: rekam.barisDibaca(),
    peringatan: rekam.peringatan(),
    log: rekam.log,
    batas: d.batas,
    dataDir: d.dataDir,
    master: d.master,
    diagnosa: d.diagnosa,
    ukur: d.ukur,
    batasEntri: d.batasEntri,
    tanpaJalur: d.tanpaJalur,
  };
  try {
    return await bacaRujukanUtuh(bacaanBagian(ctx, d.bulan, IndeksPeserta.builder(0).bangun(), new KunciKartu()), rekam);
  } catch {
    return null;
  }
}

const port = parentPort;
/** The month and the run's settings: the first message (the helper may start before they are known, pembelah.ts panaskanPembelah). */
let data: DataPekerjaBelah | null = null;
/** One file at a time, in the order asked. */
let antre: Promise<void> = Promise.resolve();
port?.on('message', (t: TugasBelah | TugasUtuh | DataPekerjaBelah) => {
  if (!('nomor' in t)) {
    data = t;
    return;
  }
  const d = data as DataPekerjaBelah;
  antre = antre.then(async () => {
    const hasil = 'utuh' in t ? await bacaUtuh(d) : await baca(d, t);
    const pesan: PesanBelah = { nomor: t.nomor, hasil };
    port.postMessage(pesan, buffer(hasil));
  });
});
