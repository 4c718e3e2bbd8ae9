// A derived rule set: a regional agreement ("dapat disesuaikan berdasarkan hasil kesepakatan
// antara BPJS Kesehatan dengan Asosiasi FKTP") names its base, its own id, period and source,
// and only the values it changes, each with its own provenance:
//
//   { "schema": "kbk-rules/2", "id": "kc-contoh-2024", "nama": "…", "dasar": "kbk-2019",
//     "berlaku": { "dari": "2024-01", "sampai": "2024-12", "status": "provisional", "sumber": "Kesepakatan …" },
//     "ubah": { "indikator": { "ak": { "band": [ … ] } }, "kelayakan": { "minPeserta": { "nilai": 4000, "status": …, "sumber": … } } } }
//
// `ubah` is merged into the base: objects key by key, the indicator list by indicator id,
// any other list (bands, payment tables) replaced whole. A path the base does not have is
// refused (a typo must not add a value nobody reads), and a changed value ({nilai, …}) must
// bring its own status and source, so no number borrows the base's provenance. The result is
// validated as a whole by the caller.
import { teks, type Teks } from '../pesan/index.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys under which a derived set may add what its base lacks (a new clinical profile). */
const BOLEH_BARU = new Set(['klinis.profil']);

export interface HasilTurunan {
  /** The whole rule set, base values with the agreement's merged in. */
  aturan: Record<string, unknown>;
  /** The paths the agreement set (indikator.ak.band, kelayakan.minPeserta, …). */
  diubah: string[];
}

export function turunkan(file: Record<string, unknown>, dasar: Record<string, unknown>): { hasil: HasilTurunan } | { masalah: Teks[] } {
  const masalah: Teks[] = [];
  const diubah: string[] = [];
  const gabung = (basis: unknown, ubah: unknown, path: string): unknown => {
    if (isObj(ubah) && 'nilai' in ubah) {
      // A value with its provenance: replaced whole, and it must say where it comes from.
      if (typeof ubah.status !== 'string' || typeof ubah.sumber !== 'string' || ubah.sumber.trim() === '')
        masalah.push(teks(`ubah.${path}: nilai yang diubah harus membawa status dan sumbernya sendiri`, `ubah.${path}: a changed value must bring its own status and source`));
      diubah.push(path);
      return ubah;
    }
    if (Array.isArray(basis) && path === 'indikator' && isObj(ubah)) {
      const ids = new Map((basis as Record<string, unknown>[]).map((x, i) => [String(x.id), i]));
      const out = [...basis];
      for (const [id, v] of Object.entries(ubah)) {
        const i = ids.get(id);
        if (i === undefined) {
          masalah.push(teks(`ubah.indikator.${id}: indikator ini tidak ada di aturan dasar (ada: ${[...ids.keys()].join(', ')})`, `ubah.indikator.${id}: the base has no such indicator (it has: ${[...ids.keys()].join(', ')})`));
          continue;
        }
        out[i] = gabung(basis[i], v, `indikator.${id}`);
      }
      return out;
    }
    if (Array.isArray(ubah)) {
      if (!Array.isArray(basis)) masalah.push(teks(`ubah.${path}: aturan dasar tidak memuat daftar di sini`, `ubah.${path}: the base has no list here`));
      diubah.push(path);
      return ubah;
    }
    if (isObj(ubah)) {
      if (!isObj(basis)) {
        masalah.push(teks(`ubah.${path}: aturan dasar tidak memuat objek di sini`, `ubah.${path}: the base has no object here`));
        return basis;
      }
      const out: Record<string, unknown> = { ...basis };
      for (const [k, v] of Object.entries(ubah)) {
        const sub = path === '' ? k : `${path}.${k}`;
        if (!(k in basis) && !BOLEH_BARU.has(path)) {
          masalah.push(teks(`ubah.${sub}: tidak ada di aturan dasar`, `ubah.${sub}: not in the base rule set`));
          continue;
        }
        out[k] = k in basis ? gabung(basis[k], v, sub) : (diubah.push(sub), v);
      }
      return out;
    }
    // A bare scalar where the base holds one (klinis.bawaan).
    if (isObj(basis) || Array.isArray(basis)) masalah.push(teks(`ubah.${path}: harus berbentuk seperti di aturan dasar`, `ubah.${path}: must have the base's shape`));
    diubah.push(path);
    return ubah;
  };
  if (!isObj(file.ubah)) masalah.push(teks('ubah: objek nilai yang diubah dari aturan dasar', 'ubah: expected an object of the values changed from the base'));
  if (!isObj(file.berlaku)) masalah.push(teks('berlaku: aturan turunan menyatakan masa berlakunya sendiri', 'berlaku: a derived rule set states its own period'));
  for (const k of ['id', 'nama']) if (typeof file[k] !== 'string') masalah.push(teks(`${k}: aturan turunan memiliki ${k} sendiri`, `${k}: a derived rule set has its own ${k}`));
  if (masalah.length > 0) return { masalah };
  const { ubah, dasar: _dasar, ...kepala } = file;
  const aturan = gabung(dasar, ubah, '') as Record<string, unknown>;
  if (masalah.length > 0) return { masalah };
  return { hasil: { aturan: { ...aturan, ...kepala }, diubah } };
}
