// Angka Kontak (‰): distinct registered participants with a contact in the month ÷
// registered participants × 1000 (Per BPJS 7/2019). Frequency is ignored; who counts as a
// contact is decided in ingest (registered here, dated in the month, once).
import { rat, type Rational } from '../rational.js';
import type { Rumus } from './jenis.js';
import { PESAN_RUMUS } from '../../pesan/rumus.js';

export function angkaKontak(pesertaKontak: number, pesertaTerdaftar: number): Rational | null {
  return pesertaTerdaftar === 0 ? null : rat(BigInt(pesertaKontak) * 1000n, BigInt(pesertaTerdaftar));
}

export const ANGKA_KONTAK: Rumus = {
  id: 'angka_kontak',
  nama: 'Angka Kontak',
  satuan: '‰',
  domain: ['0', '1000'],
  kolom: 'angka_kontak',
  hitungan: ['pesertaTerdaftar', 'pesertaKontak'],
  rincian: [],
  hitung: (h) => ({ nilai: angkaKontak(h.pesertaKontak, h.pesertaTerdaftar), rincian: [], catatan: [] }),
  uraian: (h) => ({
    gabung: 'tunggal',
    skala: 1000,
    bagian: [{ label: 'AK', pembilang: { n: h.pesertaKontak, apa: PESAN_RUMUS.pesertaKontak }, penyebut: { n: h.pesertaTerdaftar, apa: PESAN_RUMUS.terdaftar } }],
    keterangan: [],
  }),
  gerak: [{ kunci: 'pesertaKontak', arah: 'tambah', batas: (h) => h.pesertaTerdaftar, nama: PESAN_RUMUS.gerak.pesertaKontak, apa: PESAN_RUMUS.lebihPesertaKontak }],
};
