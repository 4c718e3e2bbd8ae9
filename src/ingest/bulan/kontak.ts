// kontak.csv → AK: each registered participant with a contact dated in the month once,
// frequency ignored; other facilities' participants not counted; the daily facts
// (first contacts, healthy visits, how late contacts were entered).
import { HARI, HARI_ENTRI, type FaktaHarian, type HitunganDasar } from '../../core/types.js';
import { kartu13Bytes, kosongBytes } from '../baris.js';
import type { Baris, BuatJalur } from '../csv.js';
import { kunciKartu, tanggal, tanggalLain } from '../values.js';
import { ambilDi, baca, cekVerifikasi, fasilitasCepat, fasilitasDikenal, gabungBagian, keadaanBagian, tidakSah, hitungTanggal, naik, pemisahLuarBulan, pemisahTerlambat, posisiTerdaftar, type BacaanBulan, type HitungTanggal, type PembacaBagian } from './berkas.js';
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
  /**
   * The row below from its bytes (csv.ts JalurCepat), for a contact counted or not
   * registered at its facility, every value already decided by the row path. Not with a
   * verification worksheet; a row set aside (outside the month, entered late) or any value
   * not yet decided goes to the row path.
   */
  const cepat: BuatJalur = (kolom, ingatan) => {
    const iKartu = kolom.get('no_kartu');
    const iKode = kolom.get('kode_ppk');
    const iTgl = kolom.get('tgl_kontak');
    if (verifikasi !== undefined || iKartu === undefined || iKode === undefined || iTgl === undefined) return undefined;
    const iEntri = kolom.get('tgl_entri');
    const iJenis = kolom.get('jenis_kontak');
    const iVital = VITAL.map((k) => kolom.get(k)).filter((i) => i !== undefined);
    const fasilitas = fasilitasCepat(ingatan);
    const tglIngatan = ingatan('tgl_kontak');
    const entriIngatan = ingatan('tgl_entri');
    const jenisIngatan = ingatan(INGAT_JENIS);
    return (buf, awal, akhir, line) => {
      const kartuIni = kartu13Bytes(buf, awal[iKartu] as number, akhir[iKartu] as number);
      if (kartuIni < 0) return false;
      const f = fasilitas(buf, awal[iKode] as number, akhir[iKode] as number);
      if (f < 0) return false;
      const tgl = tglIngatan.lihat(buf, awal[iTgl] as number, akhir[iTgl] as number, null) as number | null;
      if (tgl === null || !inMonth(tgl)) return false;
      let entri: number | null = null;
      if (iEntri !== undefined && (awal[iEntri] as number) < (akhir[iEntri] as number)) {
        entri = entriIngatan.lihat(buf, awal[iEntri] as number, akhir[iEntri] as number, null) as number | null;
        if (entri === null || (terlambat !== undefined && entri > (batasEntri as number))) return false;
      }
      let sehat: boolean | null = null;
      let vital: boolean | null = null;
      if (iJenis !== undefined) {
        sehat = jenisIngatan.lihat(buf, awal[iJenis] as number, akhir[iJenis] as number, null) as boolean | null;
        if (sehat === null) return false;
        if (sehat && iVital.length > 0) {
          vital = true;
          for (const i of iVital) {
            const kosong = kosongBytes(buf, awal[i] as number, akhir[i] as number);
            if (kosong === null) return false;
            vital &&= kosong;
          }
        }
      }
      tglKontak.dalam();
      const p = posisiTerdaftar(indeks, kartuIni, f);
      if (p < 0) {
        if (jejak !== undefined) jejak.kontakLain(kartuIni, f, tgl, line, false);
        (h[f] as HitunganDasar).kontakTidakTerdaftar++;
        return true;
      }
      hitungKontak(p, tgl, line, f, entri, sehat, vital);
      return true;
    };
  };
  /** A counted contact of participant p: its flag, first day and the daily facts (both paths). */
  const hitungKontak = (p: number, tgl: number, line: number, f: number, entri: number | null, sehat: boolean | null, vital: boolean | null): void => {
    flags[p] = (flags[p] as number) | KONTAK;
    const hari = tgl - first + 1;
    const awal = hariPertama[p] as number;
    if (awal === 0 || hari < awal) {
      hariPertama[p] = hari;
      if (barisKontak !== undefined) barisKontak[p] = line;
    }
    catatHarian(harian, f, hari, tgl, entri === null ? null : entri - last, sehat, vital);
  };
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
    const sehat = b.has('jenis_kontak') ? b.ingat('jenis_kontak', sehatBaris, undefined, INGAT_JENIS) : null;
    hitungKontak(p, tgl, b.line, f, entri, sehat, sehat === true ? vitalKosong(b) : null);
  }, undefined, belah, cepat);
}

/** The memory of whether a jenis_kontak value is a healthy visit (Baris.ingat). */
const INGAT_JENIS = 'jenis_kontak';
const sehatBaris = (_: unknown, b: Baris): boolean => /sehat/i.test(b.get('jenis_kontak'));

/** A healthy visit's vitals: null when the file has no vital column, else whether every one is empty. */
function vitalKosong(b: Baris): boolean | null {
  return VITAL.some((k) => b.has(k)) ? VITAL.every((k) => b.get(k) === '') : null;
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

/**
 * One counted contact in the daily facts: its day, a healthy visit without vitals, how late
 * it was entered. `sehat`: null when the file has no jenis_kontak; `vital` (a healthy
 * visit's): null when the file has no vital column, else whether all of them are empty.
 */
function catatHarian(harian: FaktaHarian, f: number, hari: number, tgl: number, terlambat: number | null, sehat: boolean | null, vital: boolean | null): void {
  naik(harian.kontak, f * HARI + hari - 1);
  if (harian.kontakTerakhir === null || tgl > harian.kontakTerakhir) harian.kontakTerakhir = tgl;
  if (sehat !== null) {
    harian.ada.jenis = true;
    if (sehat) {
      naik(harian.sehat, f);
      harian.ada.vital ||= vital !== null;
      if (vital === true) naik(harian.sehatTanpaVital, f);
    }
  }
  if (terlambat !== null) {
    harian.ada.entri = true;
    naik(harian.entri, f * HARI_ENTRI + Math.min(Math.max(terlambat, 0), HARI_ENTRI - 1));
  }
}
