// Rasio Peserta Prolanis rutin Berkunjung (%, Perber 2/2017): enrolled Prolanis
// participants with a contact or a measurement dated in the month ÷ enrolled × 100
// (spec §1.1 [D]); not assessed without an enrolled participant.
import { rat, type Rational } from '../rational.js';
import type { HitunganBulan } from '../types.js';
import type { Rumus } from './jenis.js';
import { PESAN_RUMUS } from '../../pesan/rumus.js';

export function rasioProlanisBerkunjung(h: Pick<HitunganBulan, 'prolanisTerdaftar' | 'prolanisBerkunjung'>): Rational | null {
  return h.prolanisTerdaftar === 0 ? null : rat(BigInt(h.prolanisBerkunjung) * 100n, BigInt(h.prolanisTerdaftar));
}

export const RPPB: Rumus = {
  id: 'rppb',
  nama: 'Rasio Peserta Prolanis rutin Berkunjung',
  satuan: '%',
  domain: ['0', '100'],
  kolom: 'rppb',
  hitungan: ['prolanisTerdaftar', 'prolanisBerkunjung'],
  rincian: [],
  hitung(h) {
    const nilai = rasioProlanisBerkunjung(h);
    return { nilai, rincian: [], catatan: nilai === null ? ['RPPB tidak dinilai: tanpa peserta Prolanis'] : [] };
  },
  uraian: (h) => ({
    gabung: 'tunggal',
    skala: 100,
    bagian: [{ label: 'RPPB', pembilang: { n: h.prolanisBerkunjung, apa: PESAN_RUMUS.prolanisBerkunjung }, penyebut: { n: h.prolanisTerdaftar, apa: PESAN_RUMUS.prolanisTerdaftar } }],
    keterangan: [],
  }),
  gerak: [{ kunci: 'prolanisBerkunjung', arah: 'tambah', batas: (h) => h.prolanisTerdaftar, nama: PESAN_RUMUS.gerak.prolanisBerkunjung, apa: PESAN_RUMUS.lebihProlanisBerkunjung }],
};
