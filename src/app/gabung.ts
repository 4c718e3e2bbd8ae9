// kbk gabung: the reports of several independent runs (one per Kantor Cabang, for a national
// month) as one set. A participant is registered at one facility and a facility belongs to
// one branch, so branch runs share nothing: capaian, kapitasi and tolak concatenate (rows
// sorted by kode_ppk as one run sorts them; rejects keep their order, under their branch),
// and the recap, whose rows are all counts or Rupiah sums, adds up.
//
// Every report is read by kbk's one report reader (src/ingest/laporan.ts), in either
// dialect kbk writes; the merged set is written in the dialect its inputs share (a mix is
// refused), so --csv-excel branch runs merge into --csv-excel reports.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataError, MissingInputError, UsageError } from '../errors.js';
import { SEMUA } from '../core/rekap.js';
import { JENIS_FKTP, type JenisFktp } from '../rules/schema.js';
import { bacaLaporan as bacaLaporanKbk, type DialekLaporan, type Laporan } from '../ingest/laporan.js';
import { csvExcel } from '../report/csv-excel.js';
import { jenisDariNama } from '../report/jenis-laporan.js';
import { NAMA_LAPORAN as LAPORAN, namaPribadi, uraiNama } from '../report/nama-laporan.js';
import { KOLOM_REKAP } from '../report/rekap.js';
import { csvText } from '../report/tulis-csv.js';
import type { FileLaporan } from '../report/write.js';
import { PESAN_APP } from '../pesan/app.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

export interface HasilGabung {
  files: FileLaporan[];
  /** Per merged file: how many rows from how many folders. */
  ringkasan: { file: string; baris: number; folder: number }[];
}

/** One report of a branch folder, by its kind (from its name), checked and in the canonical form. */
function bacaLaporan(path: string, nama: string): Laporan {
  return bacaLaporanKbk(path, jenisDariNama(nama));
}

/** The same folder given twice (by its real path: `A A`, `A ./A/`, a link to A) would count every row twice. */
function periksaGanda(folders: readonly string[]): void {
  const asli = new Map<string, string>();
  for (const f of folders) {
    const r = realpathSync(f);
    const lain = asli.get(r);
    if (lain !== undefined) throw new UsageError(PESAN_APP.folderGanda(lain, f, r));
    asli.set(r, f);
  }
}

export function gabung(folders: readonly string[], outDir: string): HasilGabung {
  if (folders.length < 2) throw new UsageError(PESAN_APP.gabungKurangFolder);
  for (const f of folders) if (!existsSync(f) || !statSync(f).isDirectory()) throw new MissingInputError(PESAN_APP.folderLaporanTidakAda(f));
  periksaGanda(folders);
  const isi = (f: string): string[] => {
    try {
      return readdirSync(f);
    } catch (e) {
      throw new MissingInputError(PESAN_INGEST.pathTidakTerbaca(f, f, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
  };
  const nama = [...new Set(folders.flatMap((f) => isi(f).filter((n) => LAPORAN.test(n))))].sort();
  if (nama.length === 0) throw new MissingInputError(PESAN_APP.tanpaLaporanKbk(folders));
  // A report one branch has and another lacks: a branch run that failed or ran another month.
  for (const n of nama) {
    const tanpa = folders.filter((f) => !existsSync(join(f, n)));
    if (tanpa.length > 0) throw new DataError(PESAN_APP.laporanTidakDiSemua(n, folders.length - tanpa.length, tanpa));
  }
  const files: FileLaporan[] = [];
  const ringkasan: HasilGabung['ringkasan'] = [];
  // The dialect of the merged set: the one every input is written in.
  let dialek: { d: DialekLaporan; path: string } | null = null;
  for (const n of nama) {
    const bagian = folders.map((f) => ({ folder: f, ...bacaLaporan(join(f, n), n) }));
    for (const b of bagian) {
      if (dialek === null) dialek = { d: b.dialek, path: b.path };
      else if (b.dialek !== dialek.d) throw new DataError(PESAN_APP.dialekCampur(dialek.d === 'excel' ? dialek.path : b.path, dialek.d === 'excel' ? b.path : dialek.path));
    }
    const header = bagian[0]?.header ?? [];
    for (const b of bagian)
      if (b.header.join(',') !== header.join(','))
        throw new DataError(PESAN_APP.kolomBerbeda(join(b.folder, n), join(bagian[0]?.folder ?? '', n)));
    let rows: Record<string, string>[];
    const jenis = uraiNama(n)?.jenis;
    if (jenis === 'rekap') rows = jumlahkanRekap(bagian.flatMap((b) => b.rows));
    else if (jenis === 'tolak') rows = bagian.flatMap((b) => b.rows.map((r) => ({ ...r, file: `${basename(b.folder)}/${r.file}` })));
    else {
      const kode = header.includes('kode_ppk') ? 'kode_ppk' : 'Kode PPK';
      const asal = new Map<string, string>();
      for (const b of bagian)
        for (const r of b.rows) {
          const k = `${r.bulan ?? r['Bulan Kapitasi'] ?? ''}|${r[kode]}`;
          const lain = asal.get(k);
          if (lain !== undefined && lain !== b.folder) throw new DataError(PESAN_APP.fasilitasDuaCabang(n, r[kode], lain, b.folder));
          asal.set(k, b.folder);
        }
      rows = bagian.flatMap((b) => b.rows).sort((a, b) => ((a[kode] ?? '') < (b[kode] ?? '') ? -1 : (a[kode] ?? '') > (b[kode] ?? '') ? 1 : 0));
    }
    files.push({ path: join(outDir, n), content: dialek?.d === 'excel' ? csvExcel(header, rows) : csvText(header, rows), pribadi: namaPribadi(n) }); // reports that list people stay owner-only, as kbk wrote them
    ringkasan.push({ file: n, baris: rows.length, folder: bagian.length });
  }
  return { files, ringkasan };
}

/**
 * Recap rows of several branches added up, each key once, in a run's own order: months
 * and reports as met, facility types as JENIS_FKTP lists them then `semua`, measures as
 * met, values highest first.
 */
function jumlahkanRekap(rows: Record<string, string>[]): Record<string, string>[] {
  const kunci = (r: Record<string, string>): string => KOLOM_REKAP.filter((k) => k !== 'jumlah').map((k) => r[k]).join('\u0000');
  const hasil = new Map<string, Record<string, string>>();
  const urutan = { bulan: new Map<string, number>(), laporan: new Map<string, number>(), ukuran: new Map<string, number>() };
  for (const r of rows) {
    for (const k of ['bulan', 'laporan', 'ukuran'] as const) if (!urutan[k].has(r[k] ?? '')) urutan[k].set(r[k] ?? '', urutan[k].size);
    const k = kunci(r);
    const ada = hasil.get(k);
    if (ada) ada.jumlah = String(BigInt(ada.jumlah ?? '0') + BigInt(r.jumlah ?? '0'));
    else hasil.set(k, { ...r });
  }
  const jenis = (j: string): number => (j === SEMUA ? JENIS_FKTP.length : JENIS_FKTP.indexOf(j as JenisFktp));
  const ke = (k: 'bulan' | 'laporan' | 'ukuran', r: Record<string, string>): number => urutan[k].get(r[k] ?? '') as number;
  return [...hasil.values()].sort(
    (a, b) =>
      ke('bulan', a) - ke('bulan', b) ||
      ke('laporan', a) - ke('laporan', b) ||
      jenis(a.jenis_fktp ?? '') - jenis(b.jenis_fktp ?? '') ||
      ke('ukuran', a) - ke('ukuran', b) ||
      Number(b.nilai || Infinity) - Number(a.nilai || Infinity),
  );
}
