// Rasio Peserta Prolanis Terkendali (%): (RPPT-DM + RPPT-HT) ÷ 2, each the enrolled and
// controlled participants ÷ registered participants diagnosed with it × 100 (Per BPJS
// 7/2019). A sub-ratio without diagnosed participants is left out; with neither, RPPT is
// not assessed. Who is controlled is the rule set's clinical profile (src/core/klinis.ts).
import { mean, rat, type Rational } from '../rational.js';
import type { HitunganBulan } from '../types.js';
import type { Rumus } from './jenis.js';
import { PESAN_RUMUS } from '../../pesan/rumus.js';

const persen = (a: number, b: number): Rational | null => (b === 0 ? null : rat(BigInt(a) * 100n, BigInt(b)));

export function rasioProlanisTerkendali(h: Pick<HitunganBulan, 'dmTerdaftar' | 'dmTerkendali' | 'htTerdaftar' | 'htTerkendali'>): {
  rpptDm: Rational | null;
  rpptHt: Rational | null;
  rppt: Rational | null;
} {
  const rpptDm = persen(h.dmTerkendali, h.dmTerdaftar);
  const rpptHt = persen(h.htTerkendali, h.htTerdaftar);
  const present = [rpptDm, rpptHt].filter((x): x is Rational => x !== null);
  return { rpptDm, rpptHt, rppt: present.length === 0 ? null : mean(present) };
}

export const RPPT: Rumus = {
  id: 'rppt',
  nama: 'Rasio Peserta Prolanis Terkendali',
  satuan: '%',
  domain: ['0', '100'],
  kolom: 'rppt',
  hitungan: ['dmTerdaftar', 'dmTerkendali', 'htTerdaftar', 'htTerkendali'],
  rincian: ['rppt_dm', 'rppt_ht'],
  hitung(h) {
    const r = rasioProlanisTerkendali(h);
    const catatan: string[] = [];
    if (r.rpptDm === null && r.rpptHt === null) catatan.push('RPPT tidak dinilai: tanpa peserta DM dan HT');
    else if (r.rpptDm === null) catatan.push('tanpa peserta DM: RPPT = RPPT-HT');
    else if (r.rpptHt === null) catatan.push('tanpa peserta HT: RPPT = RPPT-DM');
    return { nilai: r.rppt, rincian: [r.rpptDm, r.rpptHt], catatan };
  },
  uraian: (h) => ({
    gabung: 'rata-rata',
    skala: 100,
    bagian: [
      { label: 'RPPT-DM', pembilang: { n: h.dmTerkendali, apa: PESAN_RUMUS.terkendali }, penyebut: { n: h.dmTerdaftar, apa: PESAN_RUMUS.terdiagnosis('DM') } },
      { label: 'RPPT-HT', pembilang: { n: h.htTerkendali, apa: PESAN_RUMUS.terkendali }, penyebut: { n: h.htTerdaftar, apa: PESAN_RUMUS.terdiagnosis('HT') } },
    ],
    keterangan: [],
  }),
  gerak: [
    { kunci: 'dmTerkendali', arah: 'tambah', batas: (h) => h.dmTerdaftar, nama: PESAN_RUMUS.gerak.dmTerkendali, apa: PESAN_RUMUS.lebihTerkendali('DM') },
    { kunci: 'htTerkendali', arah: 'tambah', batas: (h) => h.htTerdaftar, nama: PESAN_RUMUS.gerak.htTerkendali, apa: PESAN_RUMUS.lebihTerkendali('HT') },
  ],
};
