// One owner for "how each count moves a rating" (issue 17): each formula's `gerak` is the
// data — the count, the way that lifts the rating, its ceiling — and explain (its steps and
// their JSON fields) and the projection read it. These tests pin that data, so a change of
// one entry fails here. Every number worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { toPlain } from '../src/core/rational.js';
import { langkah, RUMUS, rumus } from '../src/core/rumus/index.js';
import { KOLOM_HITUNGAN, type HitunganBulan } from '../src/core/types.js';
import { SHIPPED_RULE_SETS } from '../src/rules/index.js';

const KBK2019 = SHIPPED_RULE_SETS.find((r) => r.id === 'kbk-2019')!;

/** A month countable at a glance. */
const H: HitunganBulan = {
  pesertaTerdaftar: 5000, pesertaKontak: 700,
  rujukanTotal: 110, rujukanNonSpesialistik: 4, rujukanTacc: 10,
  dmTerdaftar: 50, dmTerkendali: 1, htTerdaftar: 40, htTerkendali: 2,
  prolanisTerdaftar: 60, prolanisBerkunjung: 30,
  kontakTidakTerdaftar: 0, kontakLuarBulan: 0, rujukanDuplikat: 0, rujukanKonflik: 0, rujukanLuarBulan: 0,
  prolanisTidakTerdaftar: 0, pengukuranLuarBulan: 0, pengukuranTanpaTanggal: 0,
};

describe('each formula says which counts move it, which way, and up to what', () => {
  it('the gerak of every formula, as data', () => {
    const data = Object.fromEntries(
      [...RUMUS.values()].map((r) => [r.id, r.gerak.map((g) => ({ kolom: KOLOM_HITUNGAN[g.kunci], arah: g.arah, batas: g.batas(H), nama: g.nama.en, apa: g.apa.en }))]),
    );
    expect(data).toEqual({
      angka_kontak: [{ kolom: 'peserta_kontak', arah: 'tambah', batas: 5000, nama: 'registered participant(s) with a contact', apa: 'more registered participant(s) with a contact' }],
      // 110 referrals of which 10 TACC: at most 100 can be non-specialistic.
      rrns: [{ kolom: 'rujukan_non_spesialistik', arah: 'kurang', batas: 100, nama: 'non-specialistic referral(s)', apa: 'fewer non-specialistic referral(s)' }],
      rppt: [
        { kolom: 'dm_terkendali', arah: 'tambah', batas: 50, nama: 'controlled Prolanis DM participant(s)', apa: 'more controlled Prolanis DM participant(s)' },
        { kolom: 'ht_terkendali', arah: 'tambah', batas: 40, nama: 'controlled Prolanis HT participant(s)', apa: 'more controlled Prolanis HT participant(s)' },
      ],
      rppb: [{ kolom: 'prolanis_berkunjung', arah: 'tambah', batas: 60, nama: 'enrolled Prolanis participant(s) visiting', apa: 'more enrolled Prolanis participant(s) visiting' }],
    });
    // Every moving count is one the formula reads.
    for (const r of RUMUS.values()) for (const g of r.gerak) expect(r.hitungan).toContain(g.kunci);
  });

  it('the steps follow the data: room to the ceiling (tambah) or down to none (kurang), valued by the formula', () => {
    const k = KOLOM_HITUNGAN;
    const s = (id: string) => langkah(rumus(id), H, KBK2019.kebijakan).map((l) => ({ kolom: k[l.kunci], arah: l.arah, max: l.max, di1: toPlain(l.nilai(1)!, 4) }));
    // AK: 5000 − 700 = 4300 more; 701/5000 × 1000 = 140.2.
    expect(s('angka_kontak')).toEqual([{ kolom: 'peserta_kontak', arah: 'tambah', max: 4300, di1: '140.2' }]);
    // RRNS (kbk-2019 keeps TACC in the denominator): 4 fewer at most; (4 − 1)/110 × 100 = 2.72727… → 2.7273.
    expect(KBK2019.kebijakan.taccDalamPenyebut.nilai).toBe(true);
    expect(s('rrns')).toEqual([{ kolom: 'rujukan_non_spesialistik', arah: 'kurang', max: 4, di1: '2.7273' }]);
    // RPPT: DM 49 more, (2/50 + 2/40)/2 × 100 = 4.5; HT 38 more, (1/50 + 3/40)/2 × 100 = 4.75.
    expect(s('rppt')).toEqual([
      { kolom: 'dm_terkendali', arah: 'tambah', max: 49, di1: '4.5' },
      { kolom: 'ht_terkendali', arah: 'tambah', max: 38, di1: '4.75' },
    ]);
    // RPPB: 30 more; 31/60 × 100 = 51.6667.
    expect(s('rppb')).toEqual([{ kolom: 'prolanis_berkunjung', arah: 'tambah', max: 30, di1: '51.6667' }]);
  });
});
