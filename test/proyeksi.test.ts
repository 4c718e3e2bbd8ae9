// kbk proyeksi on fixtures/demo with month 2024-06 cut to its first 10, 15 and 20 days, as a
// mid-month export would be: the values so far against counts taken straight from the
// fixture's CSVs, the full month (expected/capaian-2024-06.csv, worked out by hand) inside
// every reported range, and the error of the projection measured.
//
// Measured on these fixtures: |projected − actual| over the facilities with a value in the
// full month (ten for AK and RRNS, eight for RPPT), in the indicator's unit, at day 10 / 15 / 20:
//   with the earlier months 2024-04 and 2024-05 (kurva; RPPT's open participants at their share):
//     AK   median 0.3 / 0.1 / 0.2 ‰, max 10 / 6 / 3 ‰ (D001, 142 contacts by 1000 participants:
//          132 projected at day 10, its days falling unlike its earlier months')
//     RRNS median 0 / 0 / 0 %, max 3.26 / 1.45 / 1.39 % (P005: no referral in its earlier months,
//          so laju, and its one non-specialistic referral, on day 2, projected as three)
//     RPPT median 0 / 0 / 0 %, max 2.44 / 0 / 1 %
//   without earlier months (laju, which leans high; RPPT as measured so far):
//     AK   median 13.4 / 12.4 / 11.7 ‰, max 35 / 40 / 45 ‰ (G001: 20 contacts of 200 participants on
//          days 2–21, so the run-rate overshoots; the others' days 1–28 of 30 make it ×30/28)
//     RRNS median 3.76 / 1.77 / 1.20 %, max 6.26 / 2.78 / 3.33 %
//     RPPT median 0.56 / 0 / 0 %, max 4 / 0 / 1 %
// The last test of the first block recomputes the maxima and holds them to these numbers.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const BULAN = '2024-06';
const HARI = [10, 15, 20] as const;
const tanggal = (d: number): string => `${BULAN}-${String(d).padStart(2, '0')}`;
const tanggalDi = (baris: string): string => /\d{4}-\d{2}-\d{2}/.exec(baris)?.[0] ?? '';

/** A CSV line's values (the fixtures quote only a value holding a comma). */
function nilai(baris: string): string[] {
  const out: string[] = [];
  let cur = '';
  let kutip = false;
  for (const ch of baris) {
    if (ch === '"') kutip = !kutip;
    else if (ch === ',' && !kutip) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  return [...out, cur];
}

function csv(path: string, pilih: (baris: string) => boolean = () => true): Record<string, string>[] {
  const [head, ...rest] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const kolom = nilai(head as string);
  return rest.filter(pilih).map((b) => Object.fromEntries(nilai(b).map((v, i) => [kolom[i], v])));
}

/** fixtures/demo with 2024-06's kontak, rujukan and prolanis rows dated after day d left out; without `lalu`, 2024-06 alone. */
function dataSampai(d: number, lalu: boolean): string {
  const dir = tmp('kbk-proyeksi-');
  if (lalu) cpSync(DEMO, dir, { recursive: true });
  else for (const f of ['fktp.csv', 'diagnosa.csv', BULAN]) cpSync(join(DEMO, f), join(dir, f), { recursive: true });
  for (const f of ['kontak.csv', 'rujukan.csv', 'prolanis.csv']) {
    const path = join(dir, BULAN, f);
    const [head, ...rest] = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, [head, ...rest.filter((b) => tanggalDi(b) <= tanggal(d))].join('\n') + '\n');
  }
  return dir;
}

interface Hitungan {
  terdaftar: number;
  kontak: number;
  rujukan: number;
  nonSpes: number;
  dm: number;
  dmK: number;
  ht: number;
  htK: number;
}

/**
 * The counts by day d, from the fixture's rows dated up to it, by the rules of
 * PERHITUNGAN.md: registered = active in peserta.csv; a contact counts a participant
 * registered at that facility once; a referral counts once by no_rujukan, TACC (kd_tacc 1–4)
 * is never non-specialistic, an empty flag is looked up in diagnosa.csv (a 3-character code
 * covers its subcodes); controlled = enrolled, and the latest measurement in the month has
 * GDP 80–130 or blood pressure below 140/90.
 */
function hitunganSampai(d: number): Map<string, Hitungan> {
  const dir = join(DEMO, BULAN);
  const dalam = (t: string): boolean => t >= tanggal(1) && t <= tanggal(d);
  const sampai = (b: string): boolean => tanggalDi(b) <= tanggal(d);
  const terdaftarDi = new Map(csv(join(dir, 'peserta.csv')).filter((r) => r.status === 'aktif').map((r) => [r.no_kartu as string, r.kode_ppk as string]));
  const h = new Map<string, Hitungan>();
  const dari = (kode: string): Hitungan => {
    if (!h.has(kode)) h.set(kode, { terdaftar: 0, kontak: 0, rujukan: 0, nonSpes: 0, dm: 0, dmK: 0, ht: 0, htK: 0 });
    return h.get(kode) as Hitungan;
  };
  for (const kode of terdaftarDi.values()) dari(kode).terdaftar++;
  const kontak = new Set<string>();
  for (const r of csv(join(dir, 'kontak.csv'), sampai))
    if (dalam(r.tgl_kontak as string) && terdaftarDi.get(r.no_kartu as string) === r.kode_ppk && !kontak.has(r.no_kartu as string)) {
      kontak.add(r.no_kartu as string);
      dari(r.kode_ppk as string).kontak++;
    }
  const nonSpesDiagnosa = new Set(csv(join(DEMO, 'diagnosa.csv')).filter((r) => r.non_spesialistik === '1').map((r) => r.kode_diagnosa));
  const rujukan = new Set<string>();
  for (const r of csv(join(dir, 'rujukan.csv'), sampai)) {
    if (rujukan.has(r.no_rujukan as string)) continue;
    rujukan.add(r.no_rujukan as string);
    if (!dalam(r.tgl_rujukan as string)) continue;
    const f = dari(r.kode_ppk as string);
    f.rujukan++;
    const kode = r.kode_diagnosa as string;
    const tacc = ['1', '2', '3', '4'].includes(r.kd_tacc as string);
    if (!tacc && (r.non_spesialistik === '1' || (r.non_spesialistik === '' && (nonSpesDiagnosa.has(kode) || nonSpesDiagnosa.has(kode.slice(0, 3)))))) f.nonSpes++;
  }
  // Per participant and programme: diagnosed, enrolled, and the latest measurement's verdict.
  const prolanis = new Map<string, { kode: string; dx: string; ikut: boolean; tgl: string; terkendali: boolean }>();
  for (const r of csv(join(dir, 'prolanis.csv'), sampai)) {
    if (terdaftarDi.get(r.no_kartu as string) !== r.kode_ppk) continue;
    const kunci = `${r.no_kartu} ${r.diagnosa}`;
    const p = prolanis.get(kunci) ?? { kode: r.kode_ppk as string, dx: r.diagnosa as string, ikut: false, tgl: '', terkendali: false };
    p.ikut ||= r.prolanis === '1';
    const t = r.tgl_periksa as string;
    if (dalam(t) && t >= p.tgl) {
      const gdp = Number((r.gdp as string).replace(',', '.'));
      const ok = r.diagnosa === 'DM' ? gdp >= 80 && gdp <= 130 : Number(r.sistole) < 140 && Number(r.diastole) < 90;
      p.terkendali = t > p.tgl ? ok : p.terkendali && ok;
      p.tgl = t;
    }
    prolanis.set(kunci, p);
  }
  for (const p of prolanis.values()) {
    const f = dari(p.kode);
    const k = p.ikut && p.tgl !== '' && p.terkendali ? 1 : 0;
    if (p.dx === 'DM') [f.dm, f.dmK] = [f.dm + 1, f.dmK + k];
    else [f.ht, f.htK] = [f.ht + 1, f.htK + k];
  }
  return h;
}

/** n/d rounded half-up to two decimals, as the reports print it. */
const dua = (n: bigint, d: bigint): number => Number((n * 200n + d) / (2n * d)) / 100;

/** The indicators of counts by kbk-2019's formulas: AK ‰, RRNS % (no referral: 0), RPPT % (mean of the sub-ratios with diagnosed participants). */
function indikator(h: Hitungan): Record<string, number | null> {
  const sub: [bigint, bigint][] = [];
  if (h.dm > 0) sub.push([BigInt(h.dmK) * 100n, BigInt(h.dm)]);
  if (h.ht > 0) sub.push([BigInt(h.htK) * 100n, BigInt(h.ht)]);
  const [n, d] = sub.reduce(([n, d], [a, b]) => [n * b + a * d, d * b], [0n, 1n]);
  return {
    ak: h.terdaftar === 0 ? null : dua(BigInt(h.kontak) * 1000n, BigInt(h.terdaftar)),
    rrns: h.terdaftar === 0 ? null : h.rujukan === 0 ? 0 : dua(BigInt(h.nonSpes) * 100n, BigInt(h.rujukan)),
    rppt: h.terdaftar === 0 || sub.length === 0 ? null : dua(n, d * BigInt(sub.length)),
  };
}

interface IndikatorJson {
  id: string;
  sejauh_ini: number | null;
  proyeksi: number | null;
  rendah: number | null;
  tinggi: number | null;
  metode: string[];
  rating: { sejauh_ini: number; proyeksi: number; rendah: number; tinggi: number } | null;
  celah: { rating: number; hitungan: string; kode: string; arah: string; sejauh_ini: number; jumlah: number | null; total: number | null; teks: string }[];
  hitungan: Record<string, { sejauh_ini: number; proyeksi: number; rendah: number; tinggi: number | null; metode: string }>;
}
interface ProyeksiJson {
  sampai: string;
  hari: number;
  bulan_lalu: string[];
  fasilitas: { kode_ppk: string; indikator: IndikatorJson[] }[];
}

const aktual = csv(join(DEMO, 'expected', `capaian-${BULAN}.csv`));
const KOLOM_NILAI: Record<string, string> = { ak: 'angka_kontak', rrns: 'rrns', rppt: 'rppt' };

async function proyeksi(args: string[]): Promise<ProyeksiJson> {
  const r = await kbk(['proyeksi', ...args, '--month', BULAN, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as ProyeksiJson;
}

const indikatorDi = (p: ProyeksiJson, kode: string, id: string): IndikatorJson =>
  p.fasilitas.find((f) => f.kode_ppk === kode)?.indikator.find((i) => i.id === id) as IndikatorJson;

/** Every facility's full-month value inside its range, and its rating inside the rating range; the errors of the projections. */
function periksaRentang(p: ProyeksiJson): Record<string, number[]> {
  const galat: Record<string, number[]> = { ak: [], rrns: [], rppt: [] };
  for (const a of aktual)
    for (const id of ['ak', 'rrns', 'rppt']) {
      const i = indikatorDi(p, a.kode_ppk as string, id);
      const v = a[KOLOM_NILAI[id] as string] as string;
      if (v === '') continue; // not assessed in the full month
      // Rounding to two decimals keeps order, so the bounds' rounding cannot put a value inside falsely by more than that.
      expect(i.rendah, `${a.kode_ppk} ${id} day ${p.hari}`).not.toBeNull();
      expect(Number(v), `${a.kode_ppk} ${id} day ${p.hari}: ${i.rendah}–${i.tinggi}`).toBeGreaterThanOrEqual(i.rendah as number);
      expect(Number(v), `${a.kode_ppk} ${id} day ${p.hari}: ${i.rendah}–${i.tinggi}`).toBeLessThanOrEqual(i.tinggi as number);
      const rating = a[`rating_${id}`] as string;
      if (rating !== '' && i.rating) {
        expect(Number(rating)).toBeGreaterThanOrEqual(i.rating.rendah);
        expect(Number(rating)).toBeLessThanOrEqual(i.rating.tinggi);
      }
      (galat[id] as number[]).push(Math.round(Math.abs((i.proyeksi as number) - Number(v)) * 100) / 100);
    }
  return galat;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

describe('kbk proyeksi on 2024-06 cut to its first days', () => {
  const denganLalu = new Map<number, ProyeksiJson>();
  const tanpaLalu = new Map<number, ProyeksiJson>();
  beforeAll(async () => {
    for (const d of HARI) {
      denganLalu.set(d, await proyeksi(['--data', dataSampai(d, true)]));
      tanpaLalu.set(d, await proyeksi(['--data', dataSampai(d, false)]));
    }
  });

  it.each(HARI)('day %i: the values so far are the counts of the rows up to that day', (d) => {
    const h = hitunganSampai(d);
    for (const p of [denganLalu.get(d), tanpaLalu.get(d)] as ProyeksiJson[]) {
      // The data run to the latest contact: day d itself.
      expect(p.sampai).toBe(tanggal(d));
      for (const [kode, c] of h) {
        const ind = indikator(c);
        for (const id of ['ak', 'rrns', 'rppt']) expect(indikatorDi(p, kode, id).sejauh_ini, `${kode} ${id}`).toBe(ind[id]);
        const ak = indikatorDi(p, kode, 'ak').hitungan;
        expect([ak.peserta_terdaftar?.sejauh_ini, ak.peserta_kontak?.sejauh_ini]).toEqual([c.terdaftar, c.kontak]);
        const rrns = indikatorDi(p, kode, 'rrns').hitungan;
        expect([rrns.rujukan_total?.sejauh_ini, rrns.rujukan_non_spesialistik?.sejauh_ini]).toEqual([c.rujukan, c.nonSpes]);
        const rppt = indikatorDi(p, kode, 'rppt').hitungan;
        expect([rppt.dm_terdaftar?.sejauh_ini, rppt.dm_terkendali?.sejauh_ini, rppt.ht_terdaftar?.sejauh_ini, rppt.ht_terkendali?.sejauh_ini]).toEqual([c.dm, c.dmK, c.ht, c.htK]);
      }
    }
  });

  it.each(HARI)('day %i: the full month lies inside every range, with the earlier months and without', (d) => {
    const p = denganLalu.get(d) as ProyeksiJson;
    expect(p.bulan_lalu).toEqual(['2024-04', '2024-05']);
    expect(indikatorDi(p, 'K001', 'ak').metode).toEqual(['kurva']);
    periksaRentang(p);
    const q = tanpaLalu.get(d) as ProyeksiJson;
    expect(q.bulan_lalu).toEqual([]);
    expect(indikatorDi(q, 'K001', 'ak').metode).toEqual(['laju']);
    periksaRentang(q);
  });

  it('AK without earlier months: from the count so far to the run-rate and its margin', () => {
    // K001 by day 10: cards i ≤ 740 with 1 + (i mod 28) ≤ 10, i.e. i mod 28 in 0..9: 26 + 9 × 27 = 269.
    // Run-rate 269 × 30 ÷ 10 = 807; margin ⌈2√(807 − 269 + 1)⌉ = ⌈2√539⌉ = 47 → 854.
    const ak = indikatorDi(tanpaLalu.get(10) as ProyeksiJson, 'K001', 'ak');
    expect(ak.hitungan.peserta_kontak).toEqual({ sejauh_ini: 269, proyeksi: 807, rendah: 269, tinggi: 854, metode: 'laju' });
    expect([ak.sejauh_ini, ak.proyeksi, ak.rendah, ak.tinggi]).toEqual([53.8, 161.4, 53.8, 170.8]);
  });

  it('AK with earlier months: each month\'s month-end ÷ day-10 ratio applied to this month', () => {
    // K001 by day 10: 2024-04 269 of 750 (750 = 26·28 + 22: 26 + 9·27), 2024-05 274 of 760 (27 + 4·28 + 5·27).
    // 269 × 750/269 = 750, 269 × 760/274 = 746.13…: mean 748.07 → 748; margin ⌈2√(748 − 269 + 1)⌉ = ⌈2√480⌉ = 44;
    // range ⌊746.13⌋ − 44 = 702 to 750 + 44 = 794.
    const ak = indikatorDi(denganLalu.get(10) as ProyeksiJson, 'K001', 'ak');
    expect(ak.hitungan.peserta_kontak).toEqual({ sejauh_ini: 269, proyeksi: 748, rendah: 702, tinggi: 794, metode: 'kurva' });
    expect([ak.proyeksi, ak.rendah, ak.tinggi]).toEqual([149.6, 140.4, 158.8]);
    expect(ak.rating).toEqual({ sejauh_ini: 1, proyeksi: 3, rendah: 2, tinggi: 4 });
  });

  it('says what each better rating needs, counted from the month so far', () => {
    const p = denganLalu.get(15) as ProyeksiJson;
    const c = hitunganSampai(15);
    // AK rating 4 is ≥ 150 ‰: 750 of K001's 5000 by the last day.
    const k001 = c.get('K001') as Hitungan;
    const ak = indikatorDi(p, 'K001', 'ak');
    expect(ak.rating?.proyeksi).toBeLessThan(4);
    expect(ak.celah).toContainEqual({ rating: 4, hitungan: 'peserta_kontak', kode: 'tambah_peserta_kontak', arah: 'tambah', sejauh_ini: k001.kontak, jumlah: 750 - k001.kontak, total: 750, teks: `+${750 - k001.kontak} registered participant(s) with a contact by the last day (750 in all)` });
    // RRNS rating 4 is ≤ 2 %: of P001's projected referrals T, at most ⌊2T/100⌋ non-specialistic.
    const rrns = indikatorDi(p, 'P001', 'rrns');
    const t = rrns.hitungan.rujukan_total?.proyeksi as number;
    const p001 = c.get('P001') as Hitungan;
    const celah = rrns.celah.find((x) => x.rating === 4);
    if (rrns.rating?.proyeksi !== 4) expect(celah).toMatchObject({ arah: 'paling_banyak', jumlah: Math.floor((2 * t) / 100) - p001.nonSpes });
    // P002's 4 non-specialistic referrals by day 15 are already more than rating 2 (≤ 3 %) allows of about 100.
    expect(indikatorDi(p, 'P002', 'rrns').celah[0]).toMatchObject({ rating: 2, kode: 'tak_terjangkau_rujukan_non_spesialistik', arah: 'paling_banyak', sejauh_ini: 4, jumlah: null });
  });

  it('measures the projection error: the maxima stated at the top of this file', () => {
    const maks = (m: Map<number, ProyeksiJson>) => Object.fromEntries(HARI.map((d) => [d, Object.fromEntries(Object.entries(periksaRentang(m.get(d) as ProyeksiJson)).map(([id, g]) => [id, Math.max(...g)]))]));
    expect(maks(denganLalu)).toEqual({ 10: { ak: 10, rrns: 3.26, rppt: 2.44 }, 15: { ak: 6, rrns: 1.45, rppt: 0 }, 20: { ak: 3, rrns: 1.39, rppt: 1 } });
    expect(maks(tanpaLalu)).toEqual({ 10: { ak: 35, rrns: 6.26, rppt: 4 }, 15: { ak: 40, rrns: 2.78, rppt: 0 }, 20: { ak: 45, rrns: 3.33, rppt: 1 } });
    expect(median(periksaRentang(denganLalu.get(10) as ProyeksiJson).ak as number[])).toBe(0.3);
  });
});

describe('kbk proyeksi: --sampai, --out, the table and errors', () => {
  it('--sampai leaves out the rows after it: the same contacts and referrals so far as an export cut that day', async () => {
    const penuh = await proyeksi(['--data', DEMO, '--sampai', tanggal(10)]);
    const h = hitunganSampai(10);
    for (const [kode, c] of h) {
      expect(indikatorDi(penuh, kode, 'ak').hitungan.peserta_kontak?.sejauh_ini).toBe(c.kontak);
      expect(indikatorDi(penuh, kode, 'rrns').hitungan.rujukan_total?.sejauh_ini).toBe(c.rujukan);
      expect(indikatorDi(penuh, kode, 'rrns').hitungan.rujukan_non_spesialistik?.sejauh_ini).toBe(c.nonSpes);
    }
    // P001's DM 4001 measured GDP 100 on the 5th (controlled) and 180 on the 20th: by the 10th it still counts.
    expect(indikatorDi(penuh, 'P001', 'rppt').hitungan.dm_terkendali?.sejauh_ini).toBe((h.get('P001') as Hitungan).dmK);
  });

  it('the full month projects to itself', async () => {
    const p = await proyeksi(['--data', DEMO, '--sampai', '2024-06-30']);
    for (const a of aktual)
      for (const id of ['ak', 'rrns', 'rppt']) {
        const i = indikatorDi(p, a.kode_ppk as string, id);
        const v = a[KOLOM_NILAI[id] as string] === '' ? null : Number(a[KOLOM_NILAI[id] as string]);
        expect([i.sejauh_ini, i.proyeksi, i.rendah, i.tinggi]).toEqual([v, v, v, v]);
      }
  });

  it('writes proyeksi-YYYY-MM.csv only with --out, one row per facility and indicator', async () => {
    const out = tmp('kbk-proyeksi-out-');
    const r = await kbk(['proyeksi', '--data', dataSampai(15, true), '--month', BULAN, '--out', out]);
    expect(r.code, r.err).toBe(0);
    const rows = csv(join(out, `proyeksi-${BULAN}.csv`));
    expect(Object.keys(rows[0] as object)).toEqual(['bulan', 'sampai', 'kode_ppk', 'indikator', 'sejauh_ini', 'proyeksi', 'rendah', 'tinggi', 'metode', 'rating_sejauh_ini', 'rating_proyeksi', 'rating_rendah', 'rating_tinggi', 'celah', 'kode_celah', 'hitungan']);
    expect(rows).toHaveLength(10 * 3);
    expect(rows.find((x) => x.kode_ppk === 'K001' && x.indikator === 'ak')).toMatchObject({ bulan: BULAN, sampai: tanggal(15), metode: 'kurva' });
    // The table: a title with the data-through date, a row per facility and indicator, the methods under it.
    expect(r.out.split('\n')[0]).toBe('Proyeksi KBK 2024-06 (kbk-2019): data to 2024-06-15, day 15 of 30; earlier months 2024-04, 2024-05');
    expect(r.out).toMatch(/^K001 +Klinik Pratama Sehat +AK /m);
    expect(r.out).toContain('\nkurva: the facility\'s own earlier months (2024-04, 2024-05)');

    const cwd = process.cwd();
    const tanpa = tmp('kbk-proyeksi-cwd-');
    process.chdir(tanpa);
    try {
      expect((await kbk(['proyeksi', '--data', dataSampai(15, true), '--month', BULAN])).code).toBe(0);
      expect(existsSync(join(tanpa, `proyeksi-${BULAN}.csv`))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    [['--sampai', '2024-06-31'], 64, '--sampai "2024-06-31" is not a date'],
    [['--sampai', '14-06-2024'], 64, '--sampai "14-06-2024" is not a date'],
    [['--sampai', '2024-07-01'], 64, '--sampai 2024-07-01 is not in --month 2024-06'],
    [['--month', '2024-09'], 66, '2024-09: month folder is missing'],
  ])('%j exits %i', async (args, code, pesan) => {
    const r = await kbk(['proyeksi', '--data', DEMO, '--month', BULAN, ...args]);
    expect(r.code).toBe(code);
    expect(r.err).toContain(pesan);
  });
});
