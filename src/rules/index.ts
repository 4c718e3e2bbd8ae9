// The shipped rule sets and tariff sets, validated at load, and selection by month.
import kbk2019 from './data/kbk-2019.json' with { type: 'json' };
import perber2017 from './data/perber-2017.json' with { type: 'json' };
import permenkes32023 from './data/permenkes-3-2023.json' with { type: 'json' };
import permenkes522016 from './data/permenkes-52-2016.json' with { type: 'json' };
import { formatMonth, parseMonth, type MonthIndex } from '../core/month.js';
import { berlakuTeks, validateRuleSet, validateTariffSet, type RuleSet, type TariffSet } from './schema.js';

export class RulesError extends Error {}

function checked<T>(v: unknown, validate: (x: unknown) => string[], origin: string): T {
  const problems = validate(v);
  if (problems.length > 0) throw new RulesError(`${origin}: invalid:\n  ${problems.join('\n  ')}`);
  return v as T;
}

export const SHIPPED_RULE_SETS: readonly RuleSet[] = [
  checked<RuleSet>(perber2017, validateRuleSet, 'src/rules/data/perber-2017.json'),
  checked<RuleSet>(kbk2019, validateRuleSet, 'src/rules/data/kbk-2019.json'),
];

export const SHIPPED_TARIFF_SETS: readonly TariffSet[] = [
  checked<TariffSet>(permenkes522016, validateTariffSet, 'src/rules/data/permenkes-52-2016.json'),
  checked<TariffSet>(permenkes32023, validateTariffSet, 'src/rules/data/permenkes-3-2023.json'),
];

/**
 * A rules file; one written before kewajaran existed (kbk rules show … --json of an older
 * kbk) takes the shipped default, said in its source.
 */
export function parseRuleSet(v: unknown, origin: string): RuleSet {
  const rs = checked<RuleSet>(v, validateRuleSet, origin);
  if (rs.kewajaran !== undefined) return rs;
  const bawaan = (kbk2019 as RuleSet).kewajaran.batasPenurunanPeserta;
  return { ...rs, kewajaran: { batasPenurunanPeserta: { ...bawaan, sumber: `${bawaan.sumber} (kbk-2019's value: ${origin} has no kewajaran)` } } };
}

export function parseTariffSet(v: unknown, origin: string): TariffSet {
  return checked<TariffSet>(v, validateTariffSet, origin);
}

function inForce(b: { dari: string | null; sampai: string | null }, m: MonthIndex): boolean {
  const from = b.dari === null ? -Infinity : (parseMonth(b.dari) as number);
  const to = b.sampai === null ? Infinity : (parseMonth(b.sampai) as number);
  return from <= m && m <= to;
}

function pick<T extends { id: string; berlaku: { dari: string | null; sampai: string | null } }>(
  sets: readonly T[],
  m: MonthIndex,
  what: string,
): T {
  const hits = sets.filter((s) => inForce(s.berlaku, m));
  if (hits.length === 1) return hits[0] as T;
  if (hits.length === 0)
    throw new RulesError(`no ${what} is in force for ${formatMonth(m)} (known: ${sets.map((s) => `${s.id} ${berlakuTeks(s.berlaku)}`).join(', ')})`);
  throw new RulesError(`${hits.length} ${what}s are in force for ${formatMonth(m)}: ${hits.map((s) => s.id).join(', ')}`);
}

/** The rule set for an assessment month: the one whose effective period contains it. */
export const ruleSetFor = (m: MonthIndex, sets: readonly RuleSet[] = SHIPPED_RULE_SETS): RuleSet =>
  pick(sets, m, 'rule set');

/** The tariff set for a payment month. */
export const tariffSetFor = (m: MonthIndex, sets: readonly TariffSet[] = SHIPPED_TARIFF_SETS): TariffSet =>
  pick(sets, m, 'tariff set');

export function findRuleSet(id: string): RuleSet | undefined {
  return SHIPPED_RULE_SETS.find((s) => s.id === id);
}

export function findTariffSet(id: string): TariffSet | undefined {
  return SHIPPED_TARIFF_SETS.find((s) => s.id === id);
}

export type { RuleSet, TariffSet } from './schema.js';
