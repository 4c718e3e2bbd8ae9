import { describe, expect, it } from 'vitest';
import { parseDate, parseMonth } from '../src/core/month.js';
import { parseDecimal } from '../src/core/rational.js';
import { kelayakan, nilaiKinerja, persenKapitasi } from '../src/core/scoring.js';
import type { Fktp } from '../src/core/types.js';
import { findRuleSet, ruleSetFor, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS, tariffSetFor } from '../src/rules/index.js';
import { daftarNilaiAturan } from '../src/rules/provenance.js';
import { validateTariffSet, type JenisFktp, type RuleSet } from '../src/rules/schema.js';
import { validateRuleSet } from '../src/core/periksa-aturan.js';

const M = (s: string): number => parseMonth(s) as number;
const kbk = findRuleSet('kbk-2019') as RuleSet;
const perber = findRuleSet('perber-2017') as RuleSet;
const d = parseDecimal;

/** Rating of one indicator with the other two held at a rating-4 value. */
function ratingOf(rules: RuleSet, id: 'ak' | 'rrns' | 'rppt' | 'rppb', value: string): number {
  const base = rules === kbk ? { ak: d('150'), rrns: d('0'), rppt: d('10') } : { ak: d('150'), rrns: d('0'), rppb: d('60') };
  return nilaiKinerja({ ...base, [id]: d(value) }, rules).rating[id] as number;
}

describe('kbk-2019 rating bands, every boundary', () => {
  it.each([
    ['ak', '150', 4], ['ak', '149.99', 3], ['ak', '145.01', 3], ['ak', '145', 2], ['ak', '140.01', 2], ['ak', '140', 1], ['ak', '0', 1], ['ak', '1000', 4],
    ['rrns', '0', 4], ['rrns', '2', 4], ['rrns', '2.0001', 3], ['rrns', '2.5', 3], ['rrns', '2.5001', 2], ['rrns', '3', 2], ['rrns', '3.0001', 1], ['rrns', '100', 1],
    ['rppt', '5', 4], ['rppt', '4.9999', 3], ['rppt', '4', 3], ['rppt', '3.9999', 2], ['rppt', '3', 2], ['rppt', '2.9999', 1], ['rppt', '0', 1],
  ] as const)('%s = %s → rating %i', (slot, value, rating) => expect(ratingOf(kbk, slot, value)).toBe(rating));

  it('scores nilai = weight × rating and sums them', () => {
    const p = nilaiKinerja({ ak: d('142'), rrns: d('2.5'), rppt: d('2') }, kbk);
    expect(p.rating).toEqual({ ak: 2, rrns: 3, rppt: 1 });
    expect([p.nilai.ak, p.nilai.rrns, p.nilai.rppt, p.totalNilai].map((r) => `${r.n}/${r.d}`)).toEqual(['4/5', '3/2', '1/10', '12/5']);
  });

  it('gives an unassessed RPPT rating 4 (its weight still counts)', () => {
    const p = nilaiKinerja({ ak: d('120'), rrns: d('0'), rppt: null }, kbk);
    expect(p.rating.rppt).toBe(4);
    expect(`${p.totalNilai.n}/${p.totalNilai.d}`).toBe('14/5');
  });
});

describe('perber-2017 zona aman', () => {
  it.each([
    ['ak', '150', 1], ['ak', '149.99', 0],
    ['rrns', '4.99', 1], ['rrns', '5', 0],
    ['rppb', '50', 1], ['rppb', '49.99', 0],
  ] as const)('%s = %s → %i', (slot, value, rating) => expect(ratingOf(perber, slot, value)).toBe(rating));
});

describe('payment tables', () => {
  it.each([
    ['kbk', 'puskesmas', '4', '100'], ['kbk', 'puskesmas', '3.9', '95'], ['kbk', 'puskesmas', '3', '95'], ['kbk', 'puskesmas', '2.9', '90'],
    ['kbk', 'puskesmas', '2', '90'], ['kbk', 'puskesmas', '1.9', '85'], ['kbk', 'puskesmas', '1', '85'],
    ['kbk', 'klinik_pratama', '4', '100'], ['kbk', 'klinik_pratama', '3', '97'], ['kbk', 'rs_d_pratama', '2.5', '96'], ['kbk', 'rs_d_pratama', '1.3', '95'],
    ['perber', 'puskesmas', '3', '100'], ['perber', 'klinik_pratama', '2', '95'], ['perber', 'puskesmas', '1', '92.5'], ['perber', 'puskesmas', '0', '90'],
  ] as const)('%s %s total %s → %s%%', (set, jenis, total, persen) => {
    const p = persenKapitasi(d(total), jenis as JenisFktp, set === 'kbk' ? kbk : perber);
    expect(`${p.n}/${p.d}`).toBe(`${d(persen).n}/${d(persen).d}`);
  });
});

describe('eligibility', () => {
  const f = (over: Partial<Fktp>): Fktp => ({
    kodePpk: 'X', namaFktp: 'X', jenisFktp: 'puskesmas', tarifKapitasi: 6000n, tglKerjaSama: parseDate('2020-01-01'), jaringanData: true, tarifMinimal: null, kabKota: '', kapitasiKhusus: false, ...over,
  });
  it.each([
    ['eligible', f({}), 5000, true, []],
    ['12 months exactly', f({ tglKerjaSama: parseDate('2023-07-31') }), 5000, true, []],
    ['11 months', f({ tglKerjaSama: parseDate('2023-08-01') }), 5000, false, ['tidak layak: kerja sama 11 bulan (< 12)']],
    ['no tgl_kerja_sama', f({ tglKerjaSama: null }), 5000, true, []],
    ['4999 participants', f({}), 4999, false, ['tidak layak: peserta 4999 (< 5000)']],
    ['no data network', f({ jaringanData: false }), 5000, false, ['tidak layak: tanpa jaringan data']],
    ['praktik dokter', f({ jenisFktp: 'praktik_dokter' }), 6000, false, ['praktik_dokter: dilaporkan saja, tanpa penyesuaian kapitasi']],
    ['praktik dokter gigi', f({ jenisFktp: 'praktik_dokter_gigi' }), 6000, false, ['praktik_dokter_gigi: tidak dinilai']],
  ] as const)('%s', (_name, fktp, peserta, berlaku, alasan) => {
    const k = kelayakan(fktp, M('2024-07'), peserta, kbk);
    expect(k.kbkBerlaku).toBe(berlaku);
    expect(k.alasan).toEqual(alasan);
  });
});

describe('rule and tariff sets as data', () => {
  it('ships valid sets and picks them by month', () => {
    for (const s of SHIPPED_RULE_SETS) expect(validateRuleSet(s)).toEqual([]);
    for (const s of SHIPPED_TARIFF_SETS) expect(validateTariffSet(s)).toEqual([]);
    expect(ruleSetFor(M('2019-10')).id).toBe('perber-2017');
    expect(ruleSetFor(M('2019-11')).id).toBe('kbk-2019');
    expect(ruleSetFor(M('2018-03')).id).toBe('perber-2017');
    expect(tariffSetFor(M('2022-12')).id).toBe('permenkes-52-2016');
    expect(tariffSetFor(M('2023-01')).id).toBe('permenkes-3-2023');
    // Permenkes 59/2014 until Permenkes 12/2016 (17 March 2016), then 52/2016: the same ranges, other names.
    expect(tariffSetFor(M('2016-03')).id).toBe('permenkes-59-2014');
    expect(tariffSetFor(M('2016-04')).id).toBe('permenkes-52-2016');
    expect(tariffSetFor(M('2015-01')).id).toBe('permenkes-59-2014');
    expect(() => tariffSetFor(M('2014-12'))).toThrow('no tariff set is in force for 2014-12');
  });

  it('gives every value a status and a source', () => {
    const values = daftarNilaiAturan(kbk);
    expect(values.find((v) => v.path === 'ak.rating 4')).toMatchObject({ nilai: '≥ 150', status: 'provisional' });
    expect(values.find((v) => v.path === 'ak.rating 3')).toMatchObject({ nilai: '> 145 and < 150', status: 'provisional' });
    expect(values.find((v) => v.path === 'kelayakan.minPeserta')).toMatchObject({ nilai: '5000', status: 'provisional' });
    expect(values.every((v) => v.sumber.length > 0)).toBe(true);
  });

  it('reports every problem of a broken rules file with its path', () => {
    const broken = JSON.parse(JSON.stringify(kbk));
    broken.indikator[0].bobot.nilai = 'forty';
    broken.indikator[1].band[0].status = 'guessed';
    delete broken.kelayakan.minPeserta;
    broken.berlaku.dari = '2019-13';
    expect(validateRuleSet(broken)).toEqual([
      'berlaku.dari: expected a month YYYY-MM or null, got "2019-13"',
      'indikator[0].bobot.nilai: expected a decimal string, got "forty"',
      'indikator[1].band[0].status: expected one of verified, provisional, design, got "guessed"',
      'kelayakan.minPeserta: expected {nilai, status, sumber}',
    ]);
  });

  it('refuses a rule set whose bands leave a gap', () => {
    const gap = JSON.parse(JSON.stringify(kbk)) as RuleSet;
    gap.indikator[0]!.band = gap.indikator[0]!.band.filter((b) => b.rating !== 3);
    expect(() => nilaiKinerja({ ak: d('147'), rrns: d('1'), rppt: d('5') }, gap)).toThrow('kbk-2019 ak: value 147/1 falls in 0 bands');
  });
});
