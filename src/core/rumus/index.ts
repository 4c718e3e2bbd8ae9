// The formula registry: what a rule set's `indikator[].rumus` may name. A new regulation
// that only re-weights or re-bands these is a JSON file; one with a genuinely new formula
// adds a module here.
import { ANGKA_KONTAK } from './angka-kontak.js';
import type { HitunganBulan } from '../types.js';
import type { Kebijakan, Langkah, Rumus } from './jenis.js';
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

/**
 * The ways to move a formula's value from the month's counts h: per count in `gerak`, up to
 * its ceiling (tambah) or down to none (kurang), the value computed by the formula itself.
 */
export function langkah(r: Rumus, h: HitunganBulan, k: Kebijakan): Langkah[] {
  return r.gerak.map((g) => {
    const sekarang = h[g.kunci];
    const arah = g.arah === 'tambah' ? 1 : -1;
    return {
      kunci: g.kunci,
      arah: g.arah,
      apa: g.apa,
      max: g.arah === 'tambah' ? g.batas(h) - sekarang : sekarang,
      nilai: (n: number) => r.hitung({ ...h, [g.kunci]: sekarang + arah * n }, k).nilai,
    };
  });
}

export type { Arah, Bagian, Gerak, HasilRumus, Kebijakan, Langkah, Rumus, Uraian } from './jenis.js';
