// Issue 8: the rule model. Broken rule files never reach a computation (exit 65 with the
// JSON path), a payment band above 100 % pays end to end, clinical criteria are data with
// a second profile, a fourth indicator needs no source change, kbk-rules/1 files still run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleSet, periodeTumpang, SHIPPED_RULE_SETS, SHIPPED_TARIFF_SETS } from '../src/rules/index.js';
import type { RuleSet } from '../src/rules/schema.js';
import { validateRuleSet } from '../src/core/periksa-aturan.js';
import { FIXTURES, kbk, kbkKode, tinyMonth, tmp } from './helpers.js';

const kbk2019 = (): RuleSet => structuredClone(findRuleSet('kbk-2019') as RuleSet);
const tulis = (v: unknown): string => {
  const file = join(tmp(), 'aturan.json');
  writeFileSync(file, JSON.stringify(v, null, 2));
  return file;
};
type R = RuleSet & Record<string, any>;

const RUSAK: [string, (r: R) => void, string[]][] = [
  ['an AK band removed', (r) => r.indikator[0].band.splice(1, 1), ['indikator[0].band: no band covers AK values > 145 and < 150 (between band[1] and band[0])']],
  ['an AK limit moved to overlap', (r) => (r.indikator[0].band[2].atas.nilai = '147'), ['indikator[0].band[1]: overlaps band[2] on AK values > 145 and ≤ 147; a value there would have two ratings']],
  ['a limit inclusive on both sides', (r) => (r.indikator[1].band[1].bawah.inklusif = true), ['indikator[1].band[1]: overlaps band[0] on RRNS values 2; a value there would have two ratings']],
  ['a formula name misspelt', (r) => (r.indikator[2].rumus = 'rpptt'), ['indikator[2].rumus: "rpptt" is not a formula kbk has (angka_kontak, rrns, rppt, rppb)']],
  ['a unit that is not the formula\'s', (r) => (r.indikator[0].satuan = '%'), ['indikator[0].satuan: "%" is not the unit of formula angka_kontak, which gives ‰']],
  ['weights summing to 1.1', (r) => (r.indikator[0].bobot.nilai = '0.5'), ['indikator: the weights (bobot) sum to 1.1, not 1; correct them, or state their sum and why in jumlahBobot']],
  ['a negative weight', (r) => { r.indikator[0].bobot.nilai = '-0.1'; r.indikator[1].bobot.nilai = '1.0'; }, ['indikator[0].bobot.nilai: a weight cannot be negative, got -0.1']],
  ['jumlahBobot that is not the sum', (r) => (r.jumlahBobot = { nilai: '2', status: 'design', sumber: 'x' }), ['jumlahBobot.nilai: 2 is not the sum of the weights, 1']],
  ['a payment band removed', (r) => r.pembayaran[0].band.splice(2, 1), ['pembayaran[0].band: no band covers total nilai ≥ 2 and < 3 (between band[2] and band[1])']],
  ['a facility type in two payment tables', (r) => r.pembayaran[1].jenis.push('puskesmas'), ['pembayaran[1].jenis: puskesmas already has pembayaran[0]']],
  ['an adjusted facility type without a payment table', (r) => (r.pembayaran[0].jenis = ['praktik_dokter_gigi']) && (r.pembayaran[1].jenis = ['klinik_pratama', 'rs_d_pratama']), [
    'pembayaran: no table for puskesmas, whose perlakuanJenis is disesuaikan (its payment follows its total nilai)',
  ]],
  ['two indicators with one id', (r) => (r.indikator[1].id = 'ak'), [
    'indikator[1].id: "ak" is already the id of indikator[0]',
    'indikator[1]: report column "rating_ak" (the rating of indikator[1]) is already the rating of indikator[0]',
    'indikator[1]: report column "nilai_ak" (the nilai of indikator[1]) is already the nilai of indikator[0]',
  ]],
  ['two indicators writing one column', (r) => (r.indikator[2].kolom = 'rrns'), ['indikator[2]: report column "rrns" (the value of indikator[2]) is already the value of indikator[1]']],
  ['a band no value can reach', (r) => r.indikator[0].band.push({ rating: 4, bawah: { nilai: '1001', inklusif: true }, status: 'design', sumber: 'x' }), ['indikator[0].band[4]: ≥ 1001 is outside the AK values that can occur (0 to 1000)']],
  ['a band whose limits cross', (r) => (r.indikator[0].band[1].bawah.nilai = '150'), [
    'indikator[0].band[1]: > 150 and < 150 holds no value (its lower limit is not below its upper)',
    'indikator[0].band: no band covers AK values > 145 and < 150 (between band[2] and band[0])',
  ]],
  ['a rating that is not whole', (r) => (r.indikator[0].band[0].rating = 3.5), ['indikator[0].band[0].rating: expected a whole number, got 3.5']],
  ['a negative payment', (r) => (r.pembayaran[0].band[0].persen = '-5'), ['pembayaran[0].band[0].persen: expected a non-negative decimal string, got "-5"']],
  ['an unknown default clinical profile', (r) => (r.klinis.bawaan = 'longgar'), ['klinis.bawaan: expected the name of a profile (standar, ketat), got "longgar"']],
  ['blood-pressure limits only for diabetics', (r) => (r.klinis.profil.ketat.ht = [r.klinis.profil.ketat.ht[0]]), ['klinis.profil.ketat.ht: no limit applies to participants without DM; add one without jikaDm last']],
  ['a GDP range upside down', (r) => (r.klinis.profil.standar.dm.gdpMin.nilai = '140'), ['klinis.profil.standar.dm: gdpMin 140 is above gdpMax 130, so no GDP is controlled']],
  ['a clinical limit with seven decimals', (r) => (r.klinis.profil.standar.dm.gdpMax.nilai = '130.0000001'), ['klinis.profil.standar.dm.gdpMax.nilai: expected a decimal string with at most six decimals, got "130.0000001"']],
];

describe('issue 8: a broken rule file never reaches a computation', () => {
  it.each(RUSAK)('%s', (_name, rusak, problems) => {
    const r = kbk2019() as R;
    rusak(r);
    expect(validateRuleSet(r)).toEqual(problems);
  });

  it.each(RUSAK.slice(0, 4))('%s: kbk rules validate and --rules both exit 65 with the path, before reading any export', async (_name, rusak, problems) => {
    const r = kbk2019() as R;
    rusak(r);
    const file = tulis(r);
    const v = await kbk(['rules', 'validate', file]);
    expect([v.code, v.err]).toEqual([65, `kbk: error: ${file}: invalid:\n  ${problems.join('\n  ')}\n`]);
    const c = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '--rules', file]);
    expect([c.code, c.err]).toEqual([65, `kbk: error: ${file}: invalid:\n  ${problems.join('\n  ')}\n`]);
  });

  it('the shipped sets are valid and their periods do not overlap', () => {
    for (const s of SHIPPED_RULE_SETS) expect(validateRuleSet(s)).toEqual([]);
    expect(periodeTumpang(SHIPPED_RULE_SETS)).toEqual([]);
    expect(periodeTumpang(SHIPPED_TARIFF_SETS)).toEqual([]);
    const a = { ...kbk2019(), id: 'a' };
    const b = { ...kbk2019(), id: 'b', berlaku: { ...kbk2019().berlaku, dari: '2024-01', sampai: null } };
    expect(periodeTumpang([a, b])).toEqual(['a (2019-11..…) and b (2024-01..…) are both in force for some months']);
  });
});

describe('issue 8: a payment band above 100 %', () => {
  it('110 % pays 1.1 × tarif_dasar, the floor untouched, potongan negative', async () => {
    const r = kbk2019() as R;
    r.id = 'kbk-insentif';
    r.pembayaran[0].band[0].persen = '110';
    const out = tmp();
    const res = await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out, '--rules', tulis(r), '--json']);
    expect(res.code, res.err).toBe(0);
    const rows = JSON.parse(res.out).kapitasi as Record<string, unknown>[];
    // P001: total nilai 4 → 110 %: 6000 × 1.1 = 6600 > floor 3600; 5000 × 6600 = 33,000,000; 30,000,000 − 33,000,000 = −3,000,000.
    expect(rows.find((k) => k.kode_ppk === 'P001')).toMatchObject({
      total_nilai: 4, persen_kapitasi: 110, tarif_dasar: 6000, tarif_setelah_kbk: 6600, tarif_minimal: 3600, tarif_dibayar: 6600, lantai_diterapkan: 0,
      kapitasi_penuh: 30_000_000, kapitasi_dibayar: 33_000_000, potongan: -3_000_000,
    });
    // Everyone else as in the hand-computed demo: K001 97 %.
    expect(rows.find((k) => k.kode_ppk === 'K001')).toMatchObject({ persen_kapitasi: 97, kapitasi_dibayar: 58_454_189, potongan: 1_807_861 });
    const table = await kbkKode(0, ['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', tmp(), '--rules', tulis(r)]);
    expect(table.out).toContain('+Rp 3,000,000');
    // The cuts of the others stay 4,809,861 (as in the demo); P001's extra is an incentive, not a negative cut.
    expect(table.out).toContain('Total paid Rp 240,244,189   cut Rp 4,809,861   incentive Rp 3,000,000');
    const tabel = await kbkKode(0, ['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', tmp(), '--rules', tulis(r)], { env: { LANG: 'id_ID.UTF-8' } });
    expect(tabel.out).toContain('+Rp 3.000.000');
    expect(tabel.out).toContain('Total dibayar Rp 240.244.189   potongan Rp 4.809.861   insentif Rp 3.000.000');
  });
});

describe('issue 8: clinical criteria as data', () => {
  const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
  // Card 7 has DM (controlled) and HT 135/85; card 9 only HT 135/85.
  const prolanis = `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(7)},A,DM,1,2024-06-10,100,,\n${c(7)},A,HT,1,2024-06-10,,135,85\n${c(9)},A,HT,1,2024-06-10,,135,85\n`;
  const capaian = async (...more: string[]) => {
    const r = await kbk(['compute', '--data', tinyMonth({ 'prolanis.csv': prolanis }), '--month', '2024-06', '--out', tmp(), '--json', ...more]);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out).capaian[0][0];
  };

  it('standar: < 140/90 for everyone (both controlled)', async () => {
    expect(await capaian()).toMatchObject({ ht_terdaftar: 2, ht_terkendali: 2, dm_terkendali: 1 });
  });

  it('--profil-klinis ketat: < 130/80 for a participant who also has DM, so card 7 is not controlled', async () => {
    expect(await capaian('--profil-klinis', 'ketat')).toMatchObject({ ht_terdaftar: 2, ht_terkendali: 1, dm_terkendali: 1 });
  });

  it('an unknown profile is a usage error naming the ones there are', async () => {
    const r = await kbk(['compute', '--data', tinyMonth(), '--month', '2024-06', '--out', tmp(), '--profil-klinis', 'longgar']);
    expect(r.code).toBe(64);
    expect(r.err).toContain('kbk: error: --profil-klinis "longgar": rule set kbk-2019 has the clinical profiles standar, ketat (see kbk compute --help)\n');
  });

  it('tanggalSama salah_satu: of two measurements on the latest date, one controlled is enough', async () => {
    const two = `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(7)},A,DM,1,2024-06-10,100,,\n${c(7)},A,DM,1,2024-06-10,200,,\n`;
    const r = kbk2019() as R;
    r.id = 'kbk-uji'; // a changed copy carries its own id (issue 16)
    r.klinis.profil.standar.tanggalSama = { nilai: 'salah_satu', status: 'design', sumber: 'test' };
    const run = async (...more: string[]) => JSON.parse((await kbkKode(0, ['compute', '--data', tinyMonth({ 'prolanis.csv': two }), '--month', '2024-06', '--out', tmp(), '--json', ...more])).out).capaian[0][0];
    expect(await run()).toMatchObject({ dm_terdaftar: 1, dm_terkendali: 0 });
    expect(await run('--rules', tulis(r))).toMatchObject({ dm_terdaftar: 1, dm_terkendali: 1 });
  });

  it('kbk rules show lists both profiles with their status', async () => {
    const r = await kbkKode(0, ['rules', 'show', 'kbk-2019']);
    expect(r.out).toMatch(/klinis\.standar \(bawaan\)\.ht\s+< 140\/90 mmHg\s+provisional\s+PERHI 2019/);
    expect(r.out).toMatch(/klinis\.ketat\.ht dengan DM\s+< 130\/80 mmHg\s+provisional\s+BPJS Kesehatan Program Rujuk Balik/);
    expect(r.out).toMatch(/klinis\.ketat\.ht\s+< 140\/90 mmHg\s+provisional/);
  });
});

describe('issue 8: a fourth indicator written only as data', () => {
  it('RPPB beside AK, RRNS and RPPT computes and reports with no source change', async () => {
    const r = kbk2019() as R;
    r.id = 'kbk-empat';
    r.indikator[1].bobot.nilai = '0.4';
    r.indikator.push({
      id: 'rppb', nama: 'Rasio Peserta Prolanis rutin Berkunjung', satuan: '%', rumus: 'rppb',
      bobot: { nilai: '0.1', status: 'design', sumber: 'test' },
      band: [
        { rating: 4, bawah: { nilai: '50', inklusif: true }, status: 'design', sumber: 'test' },
        { rating: 1, atas: { nilai: '50', inklusif: false }, status: 'design', sumber: 'test' },
      ],
      ratingTidakDinilai: { nilai: 4, status: 'design', sumber: 'test' },
    });
    const out = tmp();
    const res = await kbk(['compute', '--data', tinyMonth(), '--month', '2024-06', '--out', out, '--rules', tulis(r), '--json']);
    expect(res.code, res.err).toBe(0);
    // The tiny month: 4 enrolled (cards 7–10), none with a contact but all measured → RPPB 100 → rating 4.
    // AK 300 → 4 (1.6), RRNS 25 → 1 (0.4), RPPT 50 → 4 (0.4), RPPB 100 → 4 (0.4) = 2.8.
    expect(JSON.parse(res.out).capaian[0][0]).toMatchObject({
      prolanis_terdaftar: 4, prolanis_berkunjung: 4, rppb: 100, rating_rppb: 4, nilai_rppb: 0.4, total_nilai: 2.8,
    });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8').split('\n')[0]).toBe(
      'bulan,kode_ppk,nama_fktp,jenis_fktp,aturan,peserta_terdaftar,peserta_kontak,angka_kontak,rujukan_total,rujukan_non_spesialistik,rujukan_tacc,rrns,' +
        'dm_terdaftar,dm_terkendali,ht_terdaftar,ht_terkendali,rppt_dm,rppt_ht,rppt,prolanis_terdaftar,prolanis_berkunjung,rppb,' +
        'rating_ak,rating_rrns,rating_rppt,rating_rppb,nilai_ak,nilai_rrns,nilai_rppt,nilai_rppb,total_nilai,kbk_berlaku,persen_kapitasi,catatan',
    );
  });
});

describe('issue 8: kbk-rules/1 files', () => {
  /** kbk-2019 written the kbk-rules/1 way: slots, clinical limits under kebijakan. */
  function v1(): Record<string, any> {
    const r = kbk2019() as R;
    const s = r.klinis.profil.standar;
    return {
      ...r,
      id: 'kbk-2019-v1', // not the shipped set byte for byte (tanggalSama's source): its own id (issue 16)
      schema: 'kbk-rules/1',
      klinis: undefined,
      indikator: r.indikator.map(({ id, satuan: _s, ...rest }: any) => ({ slot: id, ...rest })),
      kebijakan: { ...r.kebijakan, pengukuran: s.pengukuran, gdpMin: s.dm.gdpMin, gdpMax: s.dm.gdpMax, sistoleKurangDari: s.ht[0].sistoleKurangDari, diastoleKurangDari: s.ht[0].diastoleKurangDari },
    };
  }

  it('are read forward and give the same report', async () => {
    const file = tulis(v1());
    expect((await kbkKode(0, ['rules', 'validate', file])).out).toBe(`${file}: valid (kbk-rules/1, read as kbk-rules/2)\n`);
    const a = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '--json', '--rules', file]);
    const b = await kbkKode(0, ['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '--json']);
    expect(a.code, a.err).toBe(0);
    expect(a.out).toBe(b.out.replaceAll('"kbk-2019"', '"kbk-2019-v1"'));
  });

  it('a slot whose formula does not fit it (ak computed as rppb) is refused, not computed as Angka Kontak', async () => {
    const r = v1();
    r.indikator[0].rumus = 'rppb';
    const file = tulis(r);
    const v = await kbk(['rules', 'validate', file]);
    expect([v.code, v.err]).toEqual([65, `kbk: error: ${file}: invalid:\n  indikator[0]: slot ak cannot hold formula "rppb" (kbk-rules/1: ak takes angka_kontak)\n`]);
  });
});

describe('issue 8: kbk banding', () => {
  it('the same month under the shipped table and a 110 % table: per facility and in total', async () => {
    const r = kbk2019() as R;
    r.id = 'kbk-insentif';
    r.pembayaran[0].band[0].persen = '110';
    const out = tmp();
    const res = await kbk(['banding', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out, '--rules-banding', tulis(r), '--json']);
    expect(res.code, res.err).toBe(0);
    const rows = JSON.parse(res.out).banding as Record<string, unknown>[];
    expect(rows.find((b) => b.kode_ppk === 'P001')).toMatchObject({
      ketentuan_a: 'kbk-2019/standar/permenkes-3-2023', persen_kapitasi_a: 100, kapitasi_dibayar_a: 30_000_000,
      ketentuan_b: 'kbk-insentif/standar/permenkes-3-2023', persen_kapitasi_b: 110, kapitasi_dibayar_b: 33_000_000, selisih: 3_000_000,
    });
    expect(rows.filter((b) => b.selisih !== 0).map((b) => b.kode_ppk)).toEqual(['P001', 'TOTAL']);
    expect(rows.at(-1)).toMatchObject({ kode_ppk: 'TOTAL', nama_fktp: '10 fasilitas', kapitasi_dibayar_a: 237_244_189, kapitasi_dibayar_b: 240_244_189, selisih: 3_000_000 });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(out).sort()).toEqual(['banding-2024-07.csv', 'tolak-2024-04.csv', 'tolak-2024-05.csv', 'tolak-2024-06.csv', 'tolak-2024-07.csv']);
  });

  it('with nothing to compare it is a usage error', async () => {
    const r = await kbk(['banding', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', tmp()]);
    expect(r.code).toBe(64);
    expect(r.err).toContain('nothing to compare: give --rules-banding, --profil-klinis-banding, --tariffs-banding or --window-banding');
  });
});

describe('issue 8: kebijakan.rujukanNol is read', () => {
  // Facility A makes no referral this month; the file's one row is B's.
  const noReferral = `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,0009000000001,B,2024-06-03,J06.9,1\n`;
  const fktp = 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Puskesmas B,puskesmas,6000\n';
  it('"nol": no referral in the month is RRNS 0 (rating 4), flagged; "tidak_dinilai": not assessed, its ratingTidakDinilai', async () => {
    const run = async (...more: string[]) => {
      const r = await kbk(['compute', '--data', tinyMonth({ 'rujukan.csv': noReferral, 'fktp.csv': fktp }), '--month', '2024-06', '--out', tmp(), '--json', '--max-reject-rate', '100', ...more]);
      expect(r.code, r.err).toBe(0);
      return JSON.parse(r.out).capaian[0][0];
    };
    expect(await run()).toMatchObject({ rujukan_total: 0, rrns: 0, rating_rrns: 4 });
    expect((await run()).catatan).toContain('rujukan nol: RRNS = 0');
    const r = kbk2019() as R;
    r.id = 'kbk-uji'; // a changed copy carries its own id (issue 16)
    r.kebijakan.rujukanNol = { nilai: 'tidak_dinilai', status: 'design', sumber: 'test' };
    r.indikator[1].ratingTidakDinilai = { nilai: 2, status: 'design', sumber: 'test' };
    const t = await run('--rules', tulis(r));
    expect(t).toMatchObject({ rujukan_total: 0, rrns: null, rating_rrns: 2 });
    expect(t.catatan).toContain('rujukan nol: RRNS tidak dinilai');
  });
});
