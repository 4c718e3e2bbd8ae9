// Rasio Rujukan rawat jalan Non Spesialistik (%): non-specialistic referrals ÷ referrals
// × 100. A referral with a TACC reason is never non-specialistic (ingest leaves it out of
// the numerator); kebijakan.taccDalamPenyebut says whether TACC referrals stay in the
// denominator (both in src/core/kosakata.ts), kebijakan.rujukanNol what no referral at all
// means.
import { nonSpesialistikPalingBanyak, penyebutRrns } from '../kosakata.js';
import { rat, type Rational } from '../rational.js';
import type { HitunganBulan } from '../types.js';
import type { Rumus } from './jenis.js';
import { PESAN_RUMUS } from '../../pesan/rumus.js';

/** RRNS from the referral counts; rujukanNol when the denominator is zero (RRNS = 0 then). */
export function rasioRujukanNonSpesialistik(
  h: Pick<HitunganBulan, 'rujukanTotal' | 'rujukanNonSpesialistik' | 'rujukanTacc'>,
  taccDalamPenyebut: boolean,
): { rrns: Rational; rujukanNol: boolean } {
  const penyebut = penyebutRrns(h, taccDalamPenyebut);
  if (penyebut === 0) return { rrns: rat(0), rujukanNol: true };
  return { rrns: rat(BigInt(h.rujukanNonSpesialistik) * 100n, BigInt(penyebut)), rujukanNol: false };
}

export const RRNS: Rumus = {
  id: 'rrns',
  nama: 'Rasio Rujukan rawat jalan Non Spesialistik',
  satuan: '%',
  domain: ['0', '100'],
  kolom: 'rrns',
  hitungan: ['rujukanTotal', 'rujukanNonSpesialistik', 'rujukanTacc'],
  rincian: [],
  hitung(h, k) {
    const { rrns, rujukanNol } = rasioRujukanNonSpesialistik(h, k.taccDalamPenyebut.nilai);
    if (!rujukanNol) return { nilai: rrns, rincian: [], catatan: [] };
    return k.rujukanNol.nilai === 'nol'
      ? { nilai: rrns, rincian: [], catatan: ['rujukan nol: RRNS = 0'] }
      : { nilai: null, rincian: [], catatan: ['rujukan nol: RRNS tidak dinilai'] };
  },
  uraian(h, k) {
    const dalam = k.taccDalamPenyebut.nilai;
    return {
      gabung: 'tunggal',
      skala: 100,
      bagian: [{ label: 'RRNS', pembilang: { n: h.rujukanNonSpesialistik, apa: PESAN_RUMUS.nonSpesialistik }, penyebut: { n: penyebutRrns(h, dalam), apa: PESAN_RUMUS.rujukan } }],
      keterangan: [dalam ? PESAN_RUMUS.taccDalam(h.rujukanTacc) : PESAN_RUMUS.taccKeluar(h.rujukanTacc)],
    };
  },
  // A TACC referral is never non-specialistic: the count can reach the referrals without TACC.
  gerak: [{ kunci: 'rujukanNonSpesialistik', arah: 'kurang', batas: nonSpesialistikPalingBanyak, nama: PESAN_RUMUS.gerak.rujukanNonSpesialistik, apa: PESAN_RUMUS.kurangNonSpesialistik }],
};
