// kontak.csv → AK: each registered participant with a contact dated in the month once,
// frequency ignored; other facilities' participants not counted; the daily facts
// (first contacts, healthy visits, how late contacts were entered).
import { HARI, HARI_ENTRI, type FaktaHarian, type HitunganDasar } from '../../core/types.js';
import type { Baris } from '../csv.js';
import { kunciKartu, tanggal, tanggalLain } from '../values.js';
import { ambilDi, baca, cekVerifikasi, fasilitasDikenal, gabungBagian, keadaanBagian, tidakSah, hitungTanggal, naik, pemisahLuarBulan, pemisahTerlambat, posisiTerdaftar, type BacaanBulan, type HitungTanggal, type PembacaBagian } from './berkas.js';
import type { TawaranBelah } from '../belah.js';
import { KONTAK, KONTAK_TIDAK_SAH, type KeadaanBagian, type KonteksBaca } from './konteks.js';

/** Reads kontak.csv into the month (flags KONTAK, the day of each participant's first contact, pesertaKontak); its catatan and dates. */
export async function bacaKontak(m: BacaanBulan, hariPertama: Uint8Array): Promise<{ catatan: string[] | null; tanggal: HitungTanggal }> {
  const { ctx, indeks, h, flags, harian } = m;
  const tglKontak = hitungTanggal(m.bulan, 'kontak.csv');
  const catatanKontak = await bacaBarisKontak(m, hariPertama, tglKontak, {
    bertanggal: true,
    gabung(keadaan): void {
      const k = keadaan as KeadaanKontak;
      gabungBagian(m, tglKontak, k);
      // Each participant's first contact: the earlier of the two threads' (0: none).
      for (let i = 0; i < k.dipakai.length; i++) {
        const p = k.dipakai[i] as number;
        const b = k.hariPertama[i] as number;
        if (b !== 0 && ((hariPertama[p] as number) === 0 || b < (hariPertama[p] as number))) hariPertama[p] = b;
      }
    },
  });
  if (ctx.verifikasi !== undefined) kontakBatal(m, ctx.verifikasi.kontakBatal);
  for (let p = 0; p < indeks.size; p++) {
    const f = indeks.fasilitas[p] as number;
    if (f < 0 || !((flags[p] as number) & KONTAK)) continue;
    (h[f] as HitunganDasar).pesertaKontak++;
    naik(harian.kontakPertama, f * HARI + (hariPertama[p] as number) - 1);
  }
  return { catatan: catatanKontak, tanggal: tglKontak };
}

/** What a helper thread read of kontak.csv: its counts, and the day of each flagged participant's first contact in its pieces (KeadaanBagian.dipakai). */
export type KeadaanKontak = KeadaanBagian & { hariPertama: Uint8Array };

/** How a helper thread reads pieces of kontak.csv (PembacaBagian) into a month of its own (bacaanBagian). */
export function bagianKontak(m: BacaanBulan): PembacaBagian {
  const hariPertama = new Uint8Array(m.indeks.size);
  const tgl = hitungTanggal(m.bulan, 'kontak.csv');
  return {
    async baca(ctx: KonteksBaca): Promise<null> {
      await bacaBarisKontak({ ...m, ctx }, hariPertama, tgl);
      return null;
    },
    keadaan(): KeadaanKontak {
      const k = keadaanBagian(m, tgl);
      return { ...k, hariPertama: ambilDi(hariPertama, k.dipakai) };
    },
  };
}

/** kontak.csv's rows into the month: flags KONTAK, each participant's first day, the counts and daily facts. */
async function bacaBarisKontak(m: BacaanBulan, hariPertama: Uint8Array, tglKontak: HitungTanggal, belah?: Omit<TawaranBelah, 'pembelah'>): Promise<string[] | null> {
  const { ctx, bulan, kartu, jejak, indeks, h, flags, harian, first, last, barisKontak } = m;
  const inMonth = (d: number): boolean => d >= first && d <= last;
  const kontakLuar = pemisahLuarBulan(ctx, bulan, 'kontak.csv', 'tgl_kontak');
  const batasEntri = ctx.batasEntri;
  const terlambat = batasEntri === undefined ? undefined : pemisahTerlambat(ctx, bulan, batasEntri);
  const verifikasi = ctx.verifikasi;
  return baca(ctx, bulan, 'kontak.csv', 'kontak', (b) => {
    const kartuIni = kunciKartu(b, kartu);
    const f = fasilitasDikenal(ctx, b);
    const tgl = tanggal(b, 'tgl_kontak');
    const hf = h[f] as HitunganDasar;
    if (!inMonth(tgl)) {
      tglKontak.diLuar(tgl);
      hf.kontakLuarBulan++;
      if (jejak !== undefined) jejak.kontakLain(kartuIni, f, tgl, b.line, true);
      return kontakLuar.sisihkan(b);
    }
    const entri = b.has('tgl_entri') && b.get('tgl_entri') !== '' ? tanggalLain(b, 'tgl_entri') : null;
    tglKontak.dalam();
    if (terlambat !== undefined && entri !== null && entri > (batasEntri as number)) {
      // Entered after the rule set's deadline: not counted, listed and counted like a row outside the month.
      hf.kontakLewatBatasEntri++;
      if (jejak !== undefined) jejak.kontakTerlambat(kartuIni, f, tgl, b.line);
      return terlambat(b);
    }
    const p = posisiTerdaftar(indeks, kartuIni, f);
    if (p < 0) {
      if (jejak !== undefined) jejak.kontakLain(kartuIni, f, tgl, b.line, false);
      return void hf.kontakTidakTerdaftar++;
    }
    if (verifikasi !== undefined && tidakSah(cekVerifikasi(verifikasi.kontak, b, f, p))) {
      // Marked tidak by the assessment team (as the participant's contact or as a Prolanis visit): this contact does not count; another valid one of the participant still does.
      flags[p] = (flags[p] as number) | KONTAK_TIDAK_SAH;
      if (jejak !== undefined) jejak.tidakSah('kontak', kartuIni, f, tgl, b.line);
      return;
    }
    flags[p] = (flags[p] as number) | KONTAK;
    const hari = tgl - first + 1;
    const awal = hariPertama[p] as number;
    if (awal === 0 || hari < awal) {
      hariPertama[p] = hari;
      if (barisKontak !== undefined) barisKontak[p] = b.line;
    }
    catatHarian(harian, b, f, hari, tgl, entri === null ? null : entri - last);
  }, undefined, belah);
}

/** --verifikasi: per facility the participants left without a counted contact by contacts marked tidak (the flag is cleared by hitungProlanis). */
function kontakBatal(m: BacaanBulan, batal: Int32Array): void {
  const { indeks, flags } = m;
  for (let p = 0; p < indeks.size; p++) {
    const fl = flags[p] as number;
    if (!(fl & KONTAK_TIDAK_SAH)) continue;
    const f = indeks.fasilitas[p] as number;
    if (f >= 0 && !(fl & KONTAK)) batal[f] = (batal[f] as number) + 1;
  }
}

const VITAL = ['sistole', 'diastole', 'berat_badan', 'tinggi_badan'] as const;

/** One counted contact in the daily facts: its day, a healthy visit without vitals, how late it was entered. */
function catatHarian(harian: FaktaHarian, b: Baris, f: number, hari: number, tgl: number, terlambat: number | null): void {
  naik(harian.kontak, f * HARI + hari - 1);
  if (harian.kontakTerakhir === null || tgl > harian.kontakTerakhir) harian.kontakTerakhir = tgl;
  if (b.has('jenis_kontak')) {
    harian.ada.jenis = true;
    if (b.ingat('jenis_kontak', () => /sehat/i.test(b.get('jenis_kontak')))) {
      naik(harian.sehat, f);
      const adaKolom = VITAL.some((k) => b.has(k));
      harian.ada.vital ||= adaKolom;
      if (adaKolom && VITAL.every((k) => b.get(k) === '')) naik(harian.sehatTanpaVital, f);
    }
  }
  if (terlambat !== null) {
    harian.ada.entri = true;
    naik(harian.entri, f * HARI_ENTRI + Math.min(Math.max(terlambat, 0), HARI_ENTRI - 1));
  }
}
