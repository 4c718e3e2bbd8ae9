// Issue 15 item 8 (rule files): a value outside what it can mean — a payment of 1000 %
// (a typo for 100), a rating of 5, ratingTidakDinilai 9, a negative GDP limit,
// minBulanKerjaSama 10^30 — and a key written twice or unknown are refused by the one
// parse behind `kbk rules validate FILE`, `--rules FILE` and `--tariffs FILE` (65, never
// 70), each with its JSON path and the bound.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleSet, findTariffSet } from '../src/rules/index.js';
import { KUNCI_ATURAN, kunciGanda, kunciTidakDikenal } from '../src/rules/kunci.js';
import { validateTariffSet, type RuleSet } from '../src/rules/schema.js';
import { validateRuleSet } from '../src/core/periksa-aturan.js';
import { FIXTURES, kbk, kbkKode, ROOT, tmp } from './helpers.js';

type R = RuleSet & Record<string, any>;
const kbk2019 = (): R => structuredClone(findRuleSet('kbk-2019') as RuleSet) as R;
const tulis = (text: string): string => {
  const file = join(tmp(), 'aturan.json');
  writeFileSync(file, text);
  return file;
};
const teks = (v: unknown): string => JSON.stringify(v, null, 2);

/** A broken kbk-2019: the file's text (from the rule set, or edited as text) and its exact problems. */
const RUSAK: [string, () => string, string[]][] = [
  ['a payment of 1000 % (a typo for 100)', () => { const r = kbk2019(); r.pembayaran[0].band[0].persen = '1000'; return teks(r); }, [
    'pembayaran[0].band[0].persen: expected a decimal string from 0 to 150 (the schema\'s ceiling; bands above 100 % are an incentive), got "1000"',
  ]],
  ['a payment of 150.5 %', () => { const r = kbk2019(); r.pembayaran[1].band[0].persen = '150.5'; return teks(r); }, [
    'pembayaran[1].band[0].persen: expected a decimal string from 0 to 150 (the schema\'s ceiling; bands above 100 % are an incentive), got "150.5"',
  ]],
  ['a rating of 5', () => { const r = kbk2019(); r.indikator[0].band[0].rating = 5; return teks(r); }, [
    'indikator[0].band[0].rating: expected a whole rating from 0 to 4 (kbk-2019 rates 1–4, perber-2017 0 or 1), got 5',
  ]],
  ['ratingTidakDinilai 9', () => { const r = kbk2019(); r.indikator[2].ratingTidakDinilai.nilai = 9; return teks(r); }, [
    'indikator[2].ratingTidakDinilai.nilai: expected a whole rating from 0 to 4 (kbk-2019 rates 1–4, perber-2017 0 or 1), got 9',
  ]],
  ['ratingTidakDinilai 0 where the bands rate 1–4', () => { const r = kbk2019(); r.indikator[1].ratingTidakDinilai.nilai = 0; return teks(r); }, [
    'indikator[1].ratingTidakDinilai.nilai: 0 is outside the ratings its bands give (1 to 4)',
  ]],
  ['a negative GDP limit', () => { const r = kbk2019(); r.klinis.profil.standar.dm.gdpMin.nilai = '-80'; return teks(r); }, [
    'klinis.profil.standar.dm.gdpMin.nilai: expected a decimal string from 0 to 600 (mg/dL), got "-80"',
  ]],
  ['a systolic limit of 1400 (a typo for 140)', () => { const r = kbk2019(); r.klinis.profil.ketat.ht[1].sistoleKurangDari.nilai = '1400'; return teks(r); }, [
    'klinis.profil.ketat.ht[1].sistoleKurangDari.nilai: expected a decimal string from 0 to 300 (mmHg), got "1400"',
  ]],
  ['minBulanKerjaSama 10^30', () => { const r = kbk2019(); r.kelayakan.minBulanKerjaSama.nilai = 1e30; return teks(r); }, [
    'kelayakan.minBulanKerjaSama.nilai: expected a whole number from 0 to 600 (months), got 1e+30',
  ]],
  ['minBulanKerjaSama 12.5', () => { const r = kbk2019(); r.kelayakan.minBulanKerjaSama.nilai = 12.5; return teks(r); }, [
    'kelayakan.minBulanKerjaSama.nilai: expected a whole number, got 12.5',
  ]],
  ['minPeserta 2·10^7', () => { const r = kbk2019(); r.kelayakan.minPeserta.nilai = 2e7; return teks(r); }, [
    'kelayakan.minPeserta.nilai: expected a whole number from 0 to 1000000 (participants), got 20000000',
  ]],
  ['bulanTidakLengkapHari 0 (every month incomplete)', () => { const r = kbk2019(); r.kewajaran.bulanTidakLengkapHari.nilai = 0; return teks(r); }, [
    'kewajaran.bulanTidakLengkapHari.nilai: expected a whole number from 1 to 31 (days), got 0',
  ]],
  ['a signal share above 1, and one given as a number', () => {
    const r = kbk2019();
    r.kewajaran.sinyal.hariTersibuk.nilai = '15';
    (r.kewajaran.sinyal.akhirBulan as { nilai: unknown }).nilai = 1;
    return teks(r);
  }, [
    'kewajaran.sinyal.hariTersibuk.nilai: expected a decimal string from 0 to 1 (a share), got "15"',
    'kewajaran.sinyal.akhirBulan.nilai: expected a decimal string from 0 to 1 (a share), got 1',
  ]],
  ['a negative signal count', () => { const r = kbk2019(); r.kewajaran.sinyal.minKontak.nilai = -50; return teks(r); }, [
    'kewajaran.sinyal.minKontak.nilai: expected a whole number from 0 to 1000000 (contacts), got -50',
  ]],
  ['a key written twice', () => teks(kbk2019()).replace('"minPeserta": {', '"minPeserta": { "nilai": 10,'), [
    'kelayakan.minPeserta.nilai: key written twice; JSON reads only the last one: remove one of them',
  ]],
  ['a key written twice at the top and in an array item', () => teks(kbk2019()).replace('"id": "kbk-2019",', '"id": "kbk-2019",\n  "id": "kbk-2020",').replace('"id": "rrns",', '"id": "rrns", "rumus": "rrns",'), [
    'id: key written twice; JSON reads only the last one: remove one of them',
    'indikator[1].rumus: key written twice; JSON reads only the last one: remove one of them',
  ]],
  ['an unknown (misspelt) key', () => {
    const r = kbk2019();
    r.kelayakan.minPesrta = { nilai: 10, status: 'design', sumber: 'x' };
    return teks(r);
  }, [
    'kelayakan.minPesrta: not a key kbk knows here (known: minBulanKerjaSama, minPeserta, wajibJaringanData, kecualiKapitasiKhusus); is it misspelt?',
  ]],
  ['unknown keys deep down: in a band limit, a profile, a signal, a provenance', () => {
    const r = kbk2019();
    r.indikator[0].band[1].atas.inklusive = true;
    r.klinis.profil.ketat.ht[0].jikaDM = true;
    r.kewajaran.sinyal.hariSabtu = { nilai: '0.3', status: 'design', sumber: 'x' };
    r.kebijakan.jendela.catatan = 'x';
    return teks(r);
  }, [
    'indikator[0].band[1].atas.inklusive: not a key kbk knows here (known: nilai, inklusif); is it misspelt?',
    'kebijakan.jendela.catatan: not a key kbk knows here (known: nilai, status, sumber); is it misspelt?',
    'klinis.profil.ketat.ht[0].jikaDM: not a key kbk knows here (known: jikaDm, sistoleKurangDari, diastoleKurangDari); is it misspelt?',
    'kewajaran.sinyal.hariSabtu: not a key kbk knows here (known: minKontak, hariTersibuk, akhirBulan, hariMinggu, lonjakanAk, tepatTargetRentang, tepatTargetBulan, sehatTanpaVital, minSehat, entriBatasHari, entriTerlambat, penurunan, minPenurunan, minBulanPenurunan); is it misspelt?',
  ]],
];

describe('a rule file with a value outside its meaning, or a key twice or unknown, is refused (65)', () => {
  it.each(RUSAK)('%s: kbk rules validate', async (_nama, buat, masalah) => {
    const file = tulis(buat());
    const r = await kbk(['rules', 'validate', file]);
    expect([r.code, r.out, r.err]).toEqual([65, '', `kbk: error: ${file}: invalid:\n  ${masalah.join('\n  ')}\n`]);
  });

  it.each(RUSAK)('%s: --rules, before any export is read', async (_nama, buat, masalah) => {
    const file = tulis(buat());
    const out = tmp();
    const r = await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out, '--rules', file]);
    expect([r.code, r.err]).toEqual([65, `kbk: error: ${file}: invalid:\n  ${masalah.join('\n  ')}\n`]);
  });

  it('in Indonesian', async () => {
    const r0 = kbk2019();
    r0.pembayaran[0].band[0].persen = '1000';
    r0.kelayakan.minPesrta = { nilai: 10, status: 'design', sumber: 'x' };
    const file = tulis(teks(r0).replace('"id": "kbk-2019",', '"id": "kbk-2019", "id": "x",'));
    const r = await kbk(['rules', 'validate', file, '--lang', 'id']);
    expect([r.code, r.err]).toEqual([
      65,
      `kbk: galat: ${file}: tidak sah:\n` +
        '  id: kunci ditulis dua kali; JSON hanya membaca yang terakhir: hapus salah satunya\n' +
        '  pembayaran[0].band[0].persen: yang diharapkan string desimal dari 0 sampai 150 (batas skema; band di atas 100 % adalah insentif), didapat "1000"\n' +
        '  kelayakan.minPesrta: bukan kunci yang dikenal kbk di sini (yang dikenal: minBulanKerjaSama, minPeserta, wajibJaringanData, kecualiKapitasiKhusus); salah eja?\n',
    ]);
  });

  it('a signal threshold given as a number where a decimal is read no longer reaches the computation (it ended in 70)', async () => {
    const r0 = kbk2019();
    (r0.kewajaran.sinyal.hariTersibuk as { nilai: unknown }).nilai = 1;
    const file = tulis(teks(r0));
    const r = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '--rules', file]);
    expect([r.code, r.err]).toEqual([65, `kbk: error: ${file}: invalid:\n  kewajaran.sinyal.hariTersibuk.nilai: expected a decimal string from 0 to 1 (a share), got 1\n`]);
  });
});

describe('what stays valid', () => {
  it('the bounds themselves: 150 %, rating 0, 600 months, 31 days', () => {
    const r = kbk2019();
    r.pembayaran[0].band[0].persen = '150';
    r.kelayakan.minBulanKerjaSama.nilai = 600;
    r.kewajaran.bulanTidakLengkapHari.nilai = 31;
    r.indikator[0].band[3].rating = 0;
    expect(validateRuleSet(r)).toEqual([]);
  });

  it("perber-2017's 0/1 ratings, and every shipped set written back by rules show --json", async () => {
    for (const id of ['perber-2017', 'kbk-2019', 'permenkes-52-2016', 'permenkes-3-2023']) {
      const show = await kbkKode(0, ['rules', 'show', id, '--json']);
      const file = tulis(show.out);
      expect((await kbkKode(0, ['rules', 'validate', file])).out).toBe(`${file}: valid\n`);
    }
  });

  it('the shipped files hold no key twice and none the tables do not list', () => {
    for (const f of ['kbk-2019', 'perber-2017', 'permenkes-3-2023', 'permenkes-52-2016']) {
      const text = readFileSync(join(ROOT, 'src/rules/data', `${f}.json`), 'utf8');
      expect(kunciGanda(text)).toEqual([]);
    }
    expect(kunciTidakDikenal(findRuleSet('perber-2017'), KUNCI_ATURAN)).toEqual([]);
  });
});

describe('tariff files', () => {
  const tarif = (): Record<string, any> => structuredClone(findTariffSet('permenkes-3-2023')) as Record<string, any>;

  it('min above max, an unknown key and a key twice: --tariffs and rules validate refuse it (65)', async () => {
    const t = tarif();
    t.rentang.puskesmas.min = 90000;
    t.rentang.klinik_pratama.maks = 16000;
    const file = tulis(teks(t).replace('"schema": "kbk-tarif/1",', '"schema": "kbk-tarif/1", "nama": "x",'));
    const masalah = [
      'nama: key written twice; JSON reads only the last one: remove one of them',
      'rentang.puskesmas: min 90000 is above max 9000, so no tariff is inside this range',
      'rentang.klinik_pratama.maks: not a key kbk knows here (known: min, max, status, sumber); is it misspelt?',
    ];
    const v = await kbk(['rules', 'validate', file]);
    expect([v.code, v.err]).toEqual([65, `kbk: error: ${file}: invalid:\n  ${masalah.join('\n  ')}\n`]);
    const p = await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', tmp(), '--tariffs', file]);
    expect([p.code, p.err]).toEqual([65, `kbk: error: ${file}: invalid:\n  ${masalah.join('\n  ')}\n`]);
    expect(validateTariffSet(findTariffSet('permenkes-52-2016'))).toEqual([]);
  });

  it('a file that is not JSON is still 65', async () => {
    const file = tulis('{"schema": "kbk-tarif/1",');
    const r = await kbk(['rules', 'validate', file]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(`kbk: error: ${file}: not valid JSON (`);
  });
});

describe('kunciGanda: the duplicate-key scanner', () => {
  it('finds keys twice at any depth, by their decoded name, and nothing inside strings', () => {
    expect(kunciGanda('{"a": 1, "b": {"c": [1, {"d": 1, "d": 2}], "c": 3}, "\\u0061": 2}')).toEqual(['b.c[1].d', 'b.c', 'a']);
    expect(kunciGanda('{"a": "x\\", \\"a\\": {,[", "b": ["a", "a"], "c": {"a": 1}, "d": {"a": 1}}')).toEqual([]);
    expect(kunciGanda('[{"a": 1}, {"a": 1, "b": [], "b": {}}]')).toEqual(['[1].b']);
  });
});
