// The shipped rule sets and tariff sets, validated at load, and selection by month.
import kbk2019 from './data/kbk-2019.json' with { type: 'json' };
import perber2017 from './data/perber-2017.json' with { type: 'json' };
import permenkes32023 from './data/permenkes-3-2023.json' with { type: 'json' };
import permenkes522016 from './data/permenkes-52-2016.json' with { type: 'json' };
import permenkes592014 from './data/permenkes-59-2014.json' with { type: 'json' };
import { formatMonth, parseMonth, type MonthIndex } from './periode.js';
import { GalatDuaBahasa } from '../errors.js';
import { kunciGanda } from './kunci.js';
import { berlakuTeks, periksaBentukAturan, periksaTarif, type RuleSet, type TariffSet } from './schema.js';
import { PESAN_ATURAN } from '../pesan/aturan.js';
import { turunkan } from './turunan.js';
import { gabungTeks, type Teks } from '../pesan/index.js';

/**
 * A rule set or tariff set that cannot be used: a file's problems, none or several in
 * force for a month. Built like KbkError (GalatDuaBahasa, src/errors.ts: `message` the
 * English text, `teks` both) but not one: whoever turns it into a KbkError passes `teks` on.
 */
export class RulesError extends GalatDuaBahasa {}

function checked<T>(v: unknown, validate: (x: unknown) => Teks[], origin: string, lebih: readonly Teks[] = []): T {
  const problems = [...lebih, ...validate(v)];
  if (problems.length > 0) throw new RulesError(PESAN_ATURAN.tidakSah(origin, problems));
  return v as T;
}

/** Sets whose effective periods overlap (English; periodeTumpangTeks gives both languages). */
export const periodeTumpang = (sets: readonly { id: string; berlaku: { dari: string | null; sampai: string | null } }[]): string[] =>
  periodeTumpangTeks(sets).map((t) => t.en);

/** Sets whose effective periods overlap: selection by month would be ambiguous. */
export function periodeTumpangTeks(sets: readonly { id: string; berlaku: { dari: string | null; sampai: string | null } }[]): Teks[] {
  const out: Teks[] = [];
  const lo = (b: { dari: string | null }): number => (b.dari === null ? -Infinity : (parseMonth(b.dari) as number));
  const hi = (b: { sampai: string | null }): number => (b.sampai === null ? Infinity : (parseMonth(b.sampai) as number));
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as (typeof sets)[number];
      const b = sets[j] as (typeof sets)[number];
      if (lo(a.berlaku) <= hi(b.berlaku) && lo(b.berlaku) <= hi(a.berlaku))
        out.push(PESAN_ATURAN.tumpang(a.id, berlakuTeks(a.berlaku), b.id, berlakuTeks(b.berlaku)));
    }
  return out;
}

function shipped<T extends { id: string; berlaku: { dari: string | null; sampai: string | null } }>(sets: T[]): readonly T[] {
  const tumpang = periodeTumpangTeks(sets);
  if (tumpang.length > 0) throw new RulesError(PESAN_ATURAN.bawaanTumpang(tumpang));
  return sets;
}

// Their shape here; their content (which needs core's formula registry) when src/core/periksa-aturan.ts loads.
export const SHIPPED_RULE_SETS: readonly RuleSet[] = shipped([
  checked<RuleSet>(perber2017 as unknown, periksaBentukAturan, 'src/rules/data/perber-2017.json'),
  checked<RuleSet>(kbk2019 as unknown, periksaBentukAturan, 'src/rules/data/kbk-2019.json'),
]);

export const SHIPPED_TARIFF_SETS: readonly TariffSet[] = shipped([
  checked<TariffSet>(permenkes592014, periksaTarif, 'src/rules/data/permenkes-59-2014.json'),
  checked<TariffSet>(permenkes522016, periksaTarif, 'src/rules/data/permenkes-52-2016.json'),
  checked<TariffSet>(permenkes32023, periksaTarif, 'src/rules/data/permenkes-3-2023.json'),
]);

/** kbk-rules/1 → /2: slots become ids, the clinical limits a profile "standar". */
export function dariV1(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || (v as { schema?: unknown }).schema !== 'kbk-rules/1') return v;
  const r = structuredClone(v) as Record<string, any>;
  const k = (r.kebijakan ?? {}) as Record<string, any>;
  const SLOT: Record<string, string[]> = { ak: ['angka_kontak'], rrns: ['rrns'], rppt: ['rppt', 'rppb'] };
  const masalah: Teks[] = [];
  r.indikator = Array.isArray(r.indikator)
    ? r.indikator.map((ind: Record<string, any>, i: number) => {
        // kbk-rules/1 named the report column by slot; a formula that does not fit it was silently computed as the slot's.
        if (SLOT[ind?.slot] && !SLOT[ind.slot]?.includes(ind.rumus)) masalah.push(PESAN_ATURAN.slotV1(i, ind.slot, JSON.stringify(ind.rumus), SLOT[ind.slot] ?? []));
        const { slot, ...rest } = ind ?? {};
        return { id: slot === 'rppt' && ind?.rumus === 'rppb' ? 'rppb' : slot, satuan: slot === 'ak' ? '‰' : '%', ...rest };
      })
    : r.indikator;
  if (masalah.length > 0) throw new RulesError(gabungTeks(masalah, '\n  '));
  const tanggalSama = { nilai: 'semua', status: 'design', sumber: 'kbk-rules/1: every measurement on the latest date had to be controlled' };
  r.klinis = {
    bawaan: 'standar',
    profil: {
      standar: { nama: 'standar', pengukuran: k.pengukuran, tanggalSama, dm: { gdpMin: k.gdpMin, gdpMax: k.gdpMax }, ht: [{ sistoleKurangDari: k.sistoleKurangDari, diastoleKurangDari: k.diastoleKurangDari }] },
    },
  };
  for (const key of ['pengukuran', 'gdpMin', 'gdpMax', 'sistoleKurangDari', 'diastoleKurangDari']) delete k[key];
  r.schema = 'kbk-rules/2';
  return r;
}

/**
 * A rules or tariff file's text as JSON.parse reads it, and the keys written twice in it
 * (JSON.parse keeps the last in silence): problems parseRuleSet and parseTariffSet list
 * with the file's others. A text that is not JSON throws JSON.parse's SyntaxError.
 */
export function bacaJson(text: string): { nilai: unknown; ganda: Teks[] } {
  const nilai: unknown = JSON.parse(text);
  return { nilai, ganda: kunciGanda(text).map((path) => PESAN_ATURAN.kunciGanda(path)) };
}

/**
 * A rules file (kbk-rules/2, or /1 brought forward by dariV1). One written before
 * kewajaran existed takes the shipped default, said in its source. `ganda`: its keys
 * written twice (bacaJson), refused with its other problems. A file naming a `dasar` is a
 * derived rule set (src/rules/turunan.ts). `periksa`: the whole check of a rules file, its
 * shape and its content — periksaAturan, which lives in src/core/periksa-aturan.ts because
 * the content needs the formula registry; call parseRuleSet from there.
 */
export function parseRuleSetDengan(periksa: (v: unknown) => Teks[], v: unknown, origin: string, ganda: readonly Teks[] = []): RuleSet {
  if (typeof v === 'object' && v !== null && 'dasar' in v) return parseTurunan(periksa, v as Record<string, unknown>, origin, ganda);
  let v2: unknown;
  try {
    v2 = dariV1(v);
  } catch (e) {
    throw new RulesError(PESAN_ATURAN.tidakSah(origin, [...ganda, e instanceof RulesError ? e.teks : (e as Error).message]));
  }
  const rs = checked<RuleSet>(v2, periksa, origin, ganda);
  // Sanity thresholds a file leaves out take kbk-2019's, and say so in their source.
  const bawaan = (kbk2019 as unknown as RuleSet).kewajaran;
  const dari = <T extends { sumber: string }>(s: T): T => ({ ...s, sumber: `${s.sumber} (kbk-2019's value: ${origin} has none)` });
  const k: Partial<RuleSet['kewajaran']> = rs.kewajaran ?? {};
  const sinyal = Object.fromEntries(Object.entries(bawaan.sinyal).map(([n, s]) => [n, (k.sinyal as Record<string, unknown> | undefined)?.[n] ?? dari(s)])) as RuleSet['kewajaran']['sinyal'];
  // Plausible measurement ranges (issue 15) likewise: one written before them takes kbk-2019's.
  const w = (kbk2019 as unknown as RuleSet).klinis.wajar;
  const wajar: RuleSet['klinis']['wajar'] = (rs.klinis.wajar as RuleSet['klinis']['wajar'] | undefined) ?? {
    gdp: dari(w.gdp),
    sistole: dari(w.sistole),
    diastole: dari(w.diastole),
    sistoleLebihDariDiastole: dari(w.sistoleLebihDariDiastole),
    faktorGdpMmol: dari(w.faktorGdpMmol),
    gdpMmol: { bagian: dari(w.gdpMmol.bagian), minBaris: dari(w.gdpMmol.minBaris) },
    tensiTertukar: { bagian: dari(w.tensiTertukar.bagian), minBaris: dari(w.tensiTertukar.minBaris) },
  };
  const hasil: RuleSet = {
    ...rs,
    // A file written before the monthly window existed takes kbk-2019's lag, said in its source.
    kebijakan: {
      ...rs.kebijakan,
      jedaBulanan: rs.kebijakan.jedaBulanan ?? dari((kbk2019 as unknown as RuleSet).kebijakan.jedaBulanan),
      batasEntri: rs.kebijakan.batasEntri ?? dari((kbk2019 as unknown as RuleSet).kebijakan.batasEntri),
    },
    kelayakan: { ...rs.kelayakan, kecualiKapitasiKhusus: rs.kelayakan.kecualiKapitasiKhusus ?? dari((kbk2019 as unknown as RuleSet).kelayakan.kecualiKapitasiKhusus) },
    klinis: { ...rs.klinis, wajar },
    kewajaran: {
      batasPenurunanPeserta: k.batasPenurunanPeserta ?? dari(bawaan.batasPenurunanPeserta),
      bulanTidakLengkapHari: k.bulanTidakLengkapHari ?? dari(bawaan.bulanTidakLengkapHari),
      batasLuarBulan: k.batasLuarBulan ?? dari(bawaan.batasLuarBulan),
      peringatanLuarBulan: k.peringatanLuarBulan ?? dari(bawaan.peringatanLuarBulan),
      minLuarBulan: k.minLuarBulan ?? dari(bawaan.minLuarBulan),
      sinyal,
    },
    // The verification sample's design (issue 20) likewise: one written before it takes kbk-2019's.
    verifikasi: (rs.verifikasi as RuleSet['verifikasi'] | undefined) ?? (Object.fromEntries(Object.entries((kbk2019 as unknown as RuleSet).verifikasi).map(([n, s]) => [n, dari(s)])) as RuleSet['verifikasi']),
  };
  return samaDenganBawaan(hasil, SHIPPED_RULE_SETS, origin);
}

/** A derived rule set: its base's values with the agreement's merged in, validated as a whole. */
function parseTurunan(periksa: (v: unknown) => Teks[], v: Record<string, unknown>, origin: string, ganda: readonly Teks[]): RuleSet {
  const dasar = SHIPPED_RULE_SETS.find((s) => s.id === v.dasar);
  if (!dasar) throw new RulesError(PESAN_ATURAN.tidakSah(origin, [...ganda, PESAN_ATURAN.dasarTidakDikenal(String(v.dasar), SHIPPED_RULE_SETS.map((s) => s.id))]));
  const { turunan: _t, ...basis } = dasar;
  const r = turunkan(v, JSON.parse(JSON.stringify(basis)) as Record<string, unknown>);
  if ('masalah' in r) throw new RulesError(PESAN_ATURAN.tidakSah(origin, [...ganda, ...r.masalah]));
  return { ...parseRuleSetDengan(periksa, r.hasil.aturan, origin, ganda), turunan: { dasar: dasar.id, diubah: r.hasil.diubah } };
}

export function parseTariffSet(v: unknown, origin: string, ganda: readonly Teks[] = []): TariffSet {
  return samaDenganBawaan(checked<TariffSet>(v, periksaTarif, origin, ganda), SHIPPED_TARIFF_SETS, origin);
}

/**
 * The first path where two JSON values differ ("indikator[0].bobot.nilai"), null when they
 * are the same; object keys in any order.
 */
export function bedaPertama(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  const di = path === '' ? '(root)' : path;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return di;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = i < a.length && i < b.length ? bedaPertama(a[i], b[i], `${path}[${i}]`) : `${path}[${i}]`;
      if (d !== null) return d;
    }
    return null;
  }
  const ka = a as Record<string, unknown>;
  const kb = b as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(ka), ...Object.keys(kb)])].sort()) {
    const sub = path === '' ? k : `${path}.${k}`;
    const d = k in ka && k in kb ? bedaPertama(ka[k], kb[k], sub) : sub;
    if (d !== null) return d;
  }
  return null;
}

/**
 * A file carrying a shipped set's id must be that set: reports name the rule set by id, so a
 * copy that pays differently under "kbk-2019" would pass as kbk-2019. Compared as parsed JSON.
 */
function samaDenganBawaan<T extends { id: string }>(s: T, shipped: readonly T[], origin: string): T {
  const bawaan = shipped.find((x) => x.id === s.id);
  if (!bawaan) return s;
  const beda = bedaPertama(JSON.parse(JSON.stringify(s)), JSON.parse(JSON.stringify(bawaan)));
  if (beda !== null) throw new RulesError(PESAN_ATURAN.idBawaanBerbeda(origin, s.id, beda));
  return s;
}

function inForce(b: { dari: string | null; sampai: string | null }, m: MonthIndex): boolean {
  const from = b.dari === null ? -Infinity : (parseMonth(b.dari) as number);
  const to = b.sampai === null ? Infinity : (parseMonth(b.sampai) as number);
  return from <= m && m <= to;
}

function pick<T extends { id: string; berlaku: { dari: string | null; sampai: string | null } }>(
  sets: readonly T[],
  m: MonthIndex,
  what: Teks,
): T {
  const hits = sets.filter((s) => inForce(s.berlaku, m));
  if (hits.length === 1) return hits[0] as T;
  if (hits.length === 0)
    throw new RulesError(PESAN_ATURAN.tidakAdaBerlaku(what, formatMonth(m), sets.map((s) => `${s.id} ${berlakuTeks(s.berlaku)}`)));
  throw new RulesError(PESAN_ATURAN.beberapaBerlaku(hits.length, what, formatMonth(m), hits.map((s) => s.id)));
}

/** The rule set for an assessment month: the one whose effective period contains it. */
export const ruleSetFor = (m: MonthIndex, sets: readonly RuleSet[] = SHIPPED_RULE_SETS): RuleSet =>
  pick(sets, m, PESAN_ATURAN.aturan);

/** The tariff set for a payment month. */
export const tariffSetFor = (m: MonthIndex, sets: readonly TariffSet[] = SHIPPED_TARIFF_SETS): TariffSet =>
  pick(sets, m, PESAN_ATURAN.tarif);

export function findRuleSet(id: string): RuleSet | undefined {
  return SHIPPED_RULE_SETS.find((s) => s.id === id);
}

export function findTariffSet(id: string): TariffSet | undefined {
  return SHIPPED_TARIFF_SETS.find((s) => s.id === id);
}

export type { RuleSet, TariffSet } from './schema.js';
