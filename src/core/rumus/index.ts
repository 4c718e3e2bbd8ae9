// The formula registry: what a rule set's `indikator[].rumus` may name. A new regulation
// that only re-weights or re-bands these is a JSON file; one with a genuinely new formula
// adds a module here.
import { ANGKA_KONTAK } from './angka-kontak.js';
import type { Rumus } from './jenis.js';
import { RPPB } from './rppb.js';
import { RPPT } from './rppt.js';
import { RRNS } from './rrns.js';

export const RUMUS: ReadonlyMap<string, Rumus> = new Map([ANGKA_KONTAK, RRNS, RPPT, RPPB].map((r) => [r.id, r]));

export function rumus(id: string): Rumus {
  const r = RUMUS.get(id);
  // The validator refuses unknown formulas before any computation; reaching here is a kbk bug.
  if (!r) throw new Error(`no formula "${id}" (the rule set validator should have refused it)`);
  return r;
}

export type { Bagian, HasilRumus, Kebijakan, Langkah, Rumus, Uraian } from './jenis.js';
