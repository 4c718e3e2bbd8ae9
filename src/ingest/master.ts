// fktp.csv (facility master) and the optional diagnosa.csv reference.
import { join } from 'node:path';
import type { Fktp } from '../core/types.js';
import { parseDate } from '../core/month.js';
import { DataError } from '../errors.js';
import { bacaCsv, RowError } from './csv.js';
import type { Penolakan } from './rejects.js';
import { bool, jenisFktp, normalizeIcd, rupiah, wajib } from './values.js';
import { existsSync } from 'node:fs';

export interface MasterFktp {
  /** Sorted by kode_ppk; a facility's index is its position here. */
  daftar: Fktp[];
  indeks: Map<string, number>;
  /** Codes whose master row was rejected, so month rows can say why they do not match. */
  ditolak: Set<string>;
}

export async function bacaFktp(dataDir: string, tolak: Penolakan): Promise<MasterFktp> {
  const label = 'fktp.csv';
  const byCode = new Map<string, Fktp>();
  const ditolak = new Set<string>();
  const { rows } = await bacaCsv({
    path: join(dataDir, label),
    label,
    jenis: 'fktp',
    tolak,
    onRow(b) {
      const kodePpk = wajib(b, 'kode_ppk');
      ditolak.add(kodePpk); // until the row has been read in full
      if (byCode.has(kodePpk)) throw new RowError('kode_ppk', `kode_ppk "${kodePpk}" appears twice in the facility master`);
      const tarif = rupiah(b, 'tarif_kapitasi');
      if (tarif === null) throw new RowError('tarif_kapitasi', 'tarif_kapitasi is empty; a whole Rupiah amount is required');
      const tgl = b.get('tgl_kerja_sama');
      const tglKerjaSama = tgl === '' ? null : parseDate(tgl);
      if (tglKerjaSama === null && tgl !== '')
        throw new RowError('tgl_kerja_sama', `tgl_kerja_sama "${tgl}" is not a date (expected yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy)`);
      byCode.set(kodePpk, {
        kodePpk,
        namaFktp: wajib(b, 'nama_fktp'),
        jenisFktp: jenisFktp(b, 'jenis_fktp'),
        tarifKapitasi: tarif,
        tglKerjaSama,
        jaringanData: bool(b, 'jaringan_data', true),
        tarifMinimal: rupiah(b, 'tarif_minimal'),
        kabKota: b.get('kab_kota'),
      });
      ditolak.delete(kodePpk);
    },
  });
  tolak.periksa(label, rows);
  if (byCode.size === 0) throw new DataError(`${label}: no usable facility row; expected at least one`);
  const daftar = [...byCode.values()].sort((a, b) => (a.kodePpk < b.kodePpk ? -1 : a.kodePpk > b.kodePpk ? 1 : 0));
  for (const k of byCode.keys()) ditolak.delete(k);
  return { daftar, indeks: new Map(daftar.map((f, i) => [f.kodePpk, i])), ditolak };
}

/** ICD-10 code (normalized) → non-specialistic; null when the data folder has no diagnosa.csv. */
export type RujukanDiagnosa = Map<string, boolean>;

export async function bacaDiagnosa(dataDir: string, tolak: Penolakan): Promise<RujukanDiagnosa | null> {
  const label = 'diagnosa.csv';
  const path = join(dataDir, label);
  if (!existsSync(path)) return null;
  const map: RujukanDiagnosa = new Map();
  const { rows } = await bacaCsv({
    path,
    label,
    jenis: 'diagnosa',
    tolak,
    onRow(b) {
      const kode = normalizeIcd(wajib(b, 'kode_diagnosa'));
      const flag = bool(b, 'non_spesialistik');
      const prev = map.get(kode);
      if (prev !== undefined && prev !== flag)
        throw new RowError('non_spesialistik', `kode_diagnosa ${kode} is listed again with a conflicting non_spesialistik flag`);
      map.set(kode, flag);
    },
  });
  tolak.periksa(label, rows);
  return map;
}

/** Exact code first, then its 3-character category (K29 covers K29.7). */
export function nonSpesialistikMenurutDiagnosa(ref: RujukanDiagnosa, kode: string): boolean {
  const exact = ref.get(kode);
  if (exact !== undefined) return exact;
  return ref.get(kode.slice(0, 3)) ?? false;
}
