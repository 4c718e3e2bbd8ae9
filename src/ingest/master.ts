// fktp.csv (facility master) and the optional diagnosa.csv reference.
import { join } from 'node:path';
import type { Fktp } from '../core/types.js';
import { existsSync } from 'node:fs';
import { DataError } from '../errors.js';
import { bacaFile, type KonteksFile } from './file.js';
import { RowError } from './row-error.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
import { bool, jenisFktp, kodeIcd, rupiah, tanggalOpsional, wajib } from './values.js';

export interface MasterFktp {
  /** Sorted by kode_ppk; a facility's index is its position here. */
  daftar: Fktp[];
  indeks: Map<string, number>;
  /** Codes whose master row was rejected, so month rows can say why they do not match. */
  ditolak: Set<string>;
  /** Absent optional columns of fktp.csv and what they change, for every report's catatan. */
  catatan: string[];
}

export async function bacaFktp(ctx: KonteksFile, dataDir: string): Promise<MasterFktp> {
  const label = 'fktp.csv';
  const byCode = new Map<string, Fktp>();
  const ditolak = new Set<string>();
  const catatan = await bacaFile(ctx, {
    path: join(dataDir, label),
    label,
    jenis: 'fktp',
    setelah() {
      if (byCode.size === 0) throw new DataError(PESAN_INGEST.tanpaFasilitas(label));
    },
    onRow(b) {
      const kodePpk = wajib(b, 'kode_ppk');
      ditolak.add(kodePpk); // until the row has been read in full
      if (byCode.has(kodePpk)) throw new RowError('kode_ppk', PESAN_INGEST.fasilitasGanda(kodePpk), 'duplicate facility');
      const tarif = rupiah(b, 'tarif_kapitasi');
      if (tarif === null) throw new RowError('tarif_kapitasi', PESAN_INGEST.tarifKosong, 'empty');
      if (tarif === 0n) throw new RowError('tarif_kapitasi', PESAN_INGEST.tarifNol, 'zero tariff');
      const tglKerjaSama = tanggalOpsional(b, 'tgl_kerja_sama');
      byCode.set(kodePpk, {
        kodePpk,
        namaFktp: wajib(b, 'nama_fktp'),
        jenisFktp: jenisFktp(b, 'jenis_fktp'),
        tarifKapitasi: tarif,
        tglKerjaSama,
        jaringanData: bool(b, 'jaringan_data', true),
        tarifMinimal: rupiah(b, 'tarif_minimal'),
        kabKota: b.get('kab_kota'),
        kapitasiKhusus: bool(b, 'kapitasi_khusus', false),
      });
      ditolak.delete(kodePpk);
    },
  });
  const daftar = [...byCode.values()].sort((a, b) => (a.kodePpk < b.kodePpk ? -1 : a.kodePpk > b.kodePpk ? 1 : 0));
  for (const k of byCode.keys()) ditolak.delete(k);
  return { daftar, indeks: new Map(daftar.map((f, i) => [f.kodePpk, i])), ditolak, catatan: catatan ?? [] };
}

/** ICD-10 code (normalized) → non-specialistic; null when the data folder has no diagnosa.csv. */
export type RujukanDiagnosa = Map<string, boolean>;

export async function bacaDiagnosa(ctx: KonteksFile, dataDir: string): Promise<RujukanDiagnosa | null> {
  const label = 'diagnosa.csv';
  const path = join(dataDir, label);
  if (!existsSync(path)) return null;
  const map: RujukanDiagnosa = new Map();
  const first = new Map<string, number>();
  await bacaFile(ctx, {
    path,
    label,
    jenis: 'diagnosa',
    onRow(b) {
      const kode = kodeIcd(b, 'kode_diagnosa');
      const flag = bool(b, 'non_spesialistik');
      const prev = map.get(kode);
      // Either flag would be a guess for every referral with this code: the file must be fixed.
      if (prev !== undefined && prev !== flag)
        throw new DataError(
          PESAN_INGEST.diagnosaBertentangan(PESAN_INGEST.lokasi(label, b.line, b.kolom('non_spesialistik')), b.get('kode_diagnosa'), flag ? 1 : 0, prev ? 1 : 0, first.get(kode) as number),
        );
      if (prev === undefined) first.set(kode, b.line);
      map.set(kode, flag);
    },
  });
  return map;
}

/** Exact code first, then its 3-character category (K29 covers K29.7). */
export function nonSpesialistikMenurutDiagnosa(ref: RujukanDiagnosa, kode: string): boolean {
  const exact = ref.get(kode);
  if (exact !== undefined) return exact;
  return ref.get(kode.slice(0, 3)) ?? false;
}
