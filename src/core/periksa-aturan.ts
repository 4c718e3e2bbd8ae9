// What makes a well-shaped rules file still impossible to compute with, found before any
// export is read: a band table with a gap or an overlap (at each limit's inclusivity), a
// payment table that misses part of the score range or a facility type, weights that do
// not sum to 1 without saying why, a formula kbk lacks or a unit that is not the
// formula's, two indicators writing one report column, a clinical profile with no blood-
// pressure limit for some participants. Each problem names its JSON path and the value.
// Here in core, not beside the schema in src/rules: it needs the formula registry and exact
// arithmetic, and rules imports nothing above it. The shipped rule sets' shape is checked
// when src/rules/index.ts loads, their content when this module loads; a rules file given
// with --rules goes through parseRuleSet below, both at once.
import { add, cmp, mul, parseDecimal, rat, toPlain, ZERO, type Rational } from './rational.js';
import { RUMUS } from './rumus/index.js';
import { KOLOM_HITUNGAN } from './types.js';
import { parseRuleSetDengan, RulesError, SHIPPED_RULE_SETS } from '../rules/index.js';
import { periksaBentukAturan, type Band, type RuleSet } from '../rules/schema.js';
import { PESAN_ATURAN as P } from '../pesan/aturan.js';
import type { Teks } from '../pesan/index.js';

type Problems = Teks[];

/** A position on the number line: just before v (s = -1) or just after it (s = 1), or ±∞. */
interface Potong {
  inf: -1 | 0 | 1;
  v: Rational;
  s: -1 | 1;
}

const MIN_INF: Potong = { inf: -1, v: ZERO, s: -1 };
const MAX_INF: Potong = { inf: 1, v: ZERO, s: 1 };

function banding(a: Potong, b: Potong): number {
  if (a.inf !== b.inf) return a.inf - b.inf;
  if (a.inf !== 0) return 0;
  return cmp(a.v, b.v) || a.s - b.s;
}
const terbesar = (a: Potong, b: Potong): Potong => (banding(a, b) >= 0 ? a : b);
const terkecil = (a: Potong, b: Potong): Potong => (banding(a, b) <= 0 ? a : b);

const awal = (b: Band): Potong => (b.bawah ? { inf: 0, v: parseDecimal(b.bawah.nilai), s: b.bawah.inklusif ? -1 : 1 } : MIN_INF);
const akhir = (b: Band): Potong => (b.atas ? { inf: 0, v: parseDecimal(b.atas.nilai), s: b.atas.inklusif ? 1 : -1 } : MAX_INF);

/** The values between two positions in words: "> 145 and < 150", "150". */
function rentangTeks(dari: Potong, ke: Potong): Teks {
  const d = (r: Rational): string => toPlain(r, 6);
  if (dari.inf === 0 && ke.inf === 0 && cmp(dari.v, ke.v) === 0 && dari.s === -1 && ke.s === 1) return P.rentang([d(dari.v)]);
  const lo = dari.inf !== 0 ? '' : `${dari.s === -1 ? '≥' : '>'} ${d(dari.v)}`;
  const hi = ke.inf !== 0 ? '' : `${ke.s === 1 ? '≤' : '<'} ${d(ke.v)}`;
  return P.rentang([lo, hi].filter(Boolean));
}

/**
 * Whether `bands` cover [lo, hi] exactly once. `path` names the table ("indikator[0]"),
 * `apa` what falls in it ("AK values", "total nilai").
 */
function periksaCakupan(bands: readonly Band[], lo: Rational, hi: Rational, path: string, apa: Teks, p: Problems): void {
  const domLo: Potong = { inf: 0, v: lo, s: -1 };
  const domHi: Potong = { inf: 0, v: hi, s: 1 };
  const ranges: { j: number; a: Potong; b: Potong }[] = [];
  bands.forEach((band, j) => {
    if (banding(awal(band), akhir(band)) >= 0) return void p.push(P.bandKosong(`${path}.band[${j}]`, rentangTeks(awal(band), akhir(band))));
    const a = terbesar(awal(band), domLo);
    const b = terkecil(akhir(band), domHi);
    if (banding(a, b) >= 0) return void p.push(P.bandDiLuar(`${path}.band[${j}]`, rentangTeks(awal(band), akhir(band)), apa, toPlain(lo, 6), toPlain(hi, 6)));
    ranges.push({ j, a, b });
  });
  ranges.sort((x, y) => banding(x.a, y.a));
  let cursor = domLo;
  let sebelum: number | null = null;
  for (const r of ranges) {
    const c = banding(r.a, cursor);
    if (c > 0) p.push(P.celahBand(`${path}.band`, apa, rentangTeks(cursor, r.a), sebelum, toPlain(lo, 6), r.j));
    if (c < 0) p.push(P.bandTumpang(`${path}.band[${r.j}]`, sebelum, apa, rentangTeks(r.a, terkecil(cursor, r.b))));
    if (banding(r.b, cursor) > 0) {
      cursor = r.b;
      sebelum = r.j;
    }
  }
  if (banding(cursor, domHi) < 0) p.push(P.celahAtas(`${path}.band`, apa, rentangTeks(cursor, domHi), sebelum));
}

/** Columns of the capaian and kapitasi reports that no indicator may take. */
const KOLOM_TETAP = ['bulan', 'bulan_bayar', 'kode_ppk', 'nama_fktp', 'jenis_fktp', 'aturan', 'aturan_tarif', 'bulan_penilaian', 'jumlah_bulan_dinilai', 'total_nilai', 'kbk_berlaku', 'persen_kapitasi', 'catatan'];

export function periksaIsi(rs: RuleSet): Problems {
  const p: Problems = [];
  const kolom = new Map<string, Teks>(KOLOM_TETAP.map((k) => [k, P.kolomTetap]));
  for (const k of Object.values(KOLOM_HITUNGAN)) kolom.set(k, P.kolomHitungan);
  const ids = new Map<string, number>();
  let jumlah = ZERO;
  let minTotal = ZERO;
  let maxTotal = ZERO;
  rs.indikator.forEach((ind, i) => {
    const path = `indikator[${i}]`;
    if (ids.has(ind.id)) p.push(P.idGanda(path, ind.id, ids.get(ind.id)));
    ids.set(ind.id, i);
    const w = parseDecimal(ind.bobot.nilai);
    if (cmp(w, ZERO) < 0) p.push(P.bobotNegatif(path, ind.bobot.nilai));
    jumlah = add(jumlah, w);
    // Not assessable is a rating on the indicator's own scale (1–4, or perber-2017's 0/1).
    const skala = ind.band.map((b) => b.rating);
    const tidakDinilai = ind.ratingTidakDinilai.nilai;
    if (tidakDinilai < Math.min(...skala) || tidakDinilai > Math.max(...skala)) p.push(P.ratingTidakDinilaiDiLuar(path, tidakDinilai, Math.min(...skala), Math.max(...skala)));
    const ratings = [...skala, tidakDinilai];
    minTotal = add(minTotal, mul(w, rat(Math.min(...ratings))));
    maxTotal = add(maxTotal, mul(w, rat(Math.max(...ratings))));
    const r = RUMUS.get(ind.rumus);
    if (!r) return void p.push(P.rumusTidakAda(path, ind.rumus, [...RUMUS.keys()]));
    if (ind.satuan !== r.satuan) p.push(P.satuanSalah(path, ind.satuan, r.id, r.satuan));
    for (const [k, milik] of [
      [ind.kolom ?? r.kolom, P.kolomNilai(i)],
      ...r.rincian.map((c) => [c, P.kolomRincian(i)] as const),
      [`rating_${ind.id}`, P.kolomRating(i)],
      [`nilai_${ind.id}`, P.kolomNilaiKinerja(i)],
    ] as const) {
      const lain = kolom.get(k);
      if (lain !== undefined) p.push(P.kolomGanda(path, k, milik, lain, ind.kolom === undefined && k === r.kolom));
      kolom.set(k, milik);
    }
    periksaCakupan(ind.band, parseDecimal(r.domain[0]), parseDecimal(r.domain[1]), path, P.nilaiIndikator(ind.id.toUpperCase()), p);
  });

  if (rs.jumlahBobot === undefined) {
    if (cmp(jumlah, rat(1)) !== 0)
      p.push(P.jumlahBobot(toPlain(jumlah, 6)));
  } else if (cmp(parseDecimal(rs.jumlahBobot.nilai), jumlah) !== 0)
    p.push(P.jumlahBobotSalah(rs.jumlahBobot.nilai, toPlain(jumlah, 6)));

  const punya = new Map<string, number>();
  rs.pembayaran.forEach((t, i) => {
    for (const j of t.jenis) {
      if (punya.has(j)) p.push(P.jenisGanda(i, j, punya.get(j)));
      punya.set(j, i);
    }
    periksaCakupan(t.band, minTotal, maxTotal, `pembayaran[${i}]`, P.totalNilai, p);
  });
  for (const [jenis, v] of Object.entries(rs.perlakuanJenis))
    if (v.nilai === 'disesuaikan' && !punya.has(jenis)) p.push(P.tanpaTabel(jenis));

  for (const [nama, prof] of Object.entries(rs.klinis.profil)) {
    const path = `klinis.profil.${nama}`;
    if (cmp(parseDecimal(prof.dm.gdpMin.nilai), parseDecimal(prof.dm.gdpMax.nilai)) > 0)
      p.push(P.gdpTerbalik(path, prof.dm.gdpMin.nilai, prof.dm.gdpMax.nilai));
    for (const dm of [true, false])
      if (!prof.ht.some((h) => h.jikaDm === undefined || h.jikaDm === dm))
        p.push(P.tanpaBatasHt(path, dm));
  }
  periksaWajar(rs, p);
  return p;
}

/**
 * klinis.wajar (issue 15): each plausible range the right way round, a conversion factor
 * above 0, and each profile's GDP limits inside the GDP range (a controlled value must be a
 * plausible one). Absent in a file given to the validator alone: parseRuleSet fills it.
 */
function periksaWajar(rs: RuleSet, p: Problems): void {
  const w = rs.klinis.wajar as RuleSet['klinis']['wajar'] | undefined;
  if (w === undefined) return;
  for (const k of ['gdp', 'sistole', 'diastole'] as const)
    if (cmp(parseDecimal(w[k].min), parseDecimal(w[k].max)) > 0) p.push(P.wajarTerbalik(`klinis.wajar.${k}`, w[k].min, w[k].max));
  if (cmp(parseDecimal(w.faktorGdpMmol.nilai), ZERO) <= 0) p.push(P.faktorNol('klinis.wajar.faktorGdpMmol', w.faktorGdpMmol.nilai));
  const dalam = (v: string, r: { min: string; max: string }): boolean => cmp(parseDecimal(v), parseDecimal(r.min)) >= 0 && cmp(parseDecimal(v), parseDecimal(r.max)) <= 0;
  if (cmp(parseDecimal(w.gdp.min), parseDecimal(w.gdp.max)) > 0) return;
  for (const [nama, prof] of Object.entries(rs.klinis.profil))
    for (const k of ['gdpMin', 'gdpMax'] as const)
      if (!dalam(prof.dm[k].nilai, w.gdp)) p.push(P.batasDiLuarWajar(`klinis.profil.${nama}.dm.${k}`, prof.dm[k].nilai, 'gdp', w.gdp.min, w.gdp.max));
}

/** Every problem of a rules file (kbk-rules/2) in English, each with its JSON path (see periksaAturan). */
export const validateRuleSet = (v: unknown): string[] => periksaAturan(v).map((t) => t.en);

/**
 * Every problem of a rules file (kbk-rules/2), each with its JSON path. The shape first
 * (src/rules/schema.ts); once the shape holds, what makes a file impossible to compute with:
 * band tables with a gap or an overlap, payment tables that miss part of the score range,
 * weights that do not sum to 1, unknown formulas and units, clinical profiles without a
 * limit for everyone.
 */
export function periksaAturan(v: unknown): Problems {
  const p = periksaBentukAturan(v);
  if (p.length === 0) p.push(...periksaIsi(v as unknown as RuleSet));
  return p;
}

/** A rules file (src/rules/index.ts parseRuleSetDengan), checked whole: its shape and its content. */
export const parseRuleSet = (v: unknown, origin: string, ganda: readonly Teks[] = []): RuleSet => parseRuleSetDengan(periksaAturan, v, origin, ganda);

// The shipped rule sets' content, when kbk starts (src/rules/index.ts has checked their shape).
for (const rs of SHIPPED_RULE_SETS) {
  const p = periksaIsi(rs);
  if (p.length > 0) throw new RulesError(P.tidakSah(`src/rules/data/${rs.id}.json`, p));
}
