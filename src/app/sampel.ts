// kbk sampel: the assessment team's verification sample of one month (issue 20). The month
// is read exactly as compute and audit read it (bacaDenganAturan, with the audit's collector
// src/ingest/jejak.ts listening), its counted records gathered per facility and kind by
// src/report/sampel.ts, each facility's anomaly signals taken as compute reports them
// (src/app/sinyal.ts), and the sample sized and drawn by src/core/sampel.ts from the rule
// set's `verifikasi` block and the seed. Nothing is written here: the files are returned.
import { join } from 'node:path';
import type { MonthIndex } from '../core/month.js';
import { aliran, pilihAcak, ukuranSampel } from '../core/sampel.js';
import { UsageError } from '../errors.js';
import { namaLaporan, namaLaporanXlsx } from '../report/nama-laporan.js';
import { JENIS_SAMPEL } from '../report/sampel-kolom.js';
import { barisSampel, csvSampel, Populasi, xlsxSampel, type SampelFasilitas } from '../report/sampel.js';
import type { FileLaporan } from '../report/write.js';
import { bacaDenganJejak } from './audit.js';
import { denganTolak, filesTolak, konteks, type OpsiJob } from './jobs.js';
import type { HasilBerkasBulan } from './opsi.js';
import { sinyalUntuk } from './sinyal.js';
import { PESAN_APP } from '../pesan/app.js';

export { ringkasanJsonSampel, tabelSampel, type SampelFasilitas } from '../report/sampel.js';

export interface OpsiSampel {
  /** The seed: a whole number 0..2^53−1 (the CLI checks it, or draws one). */
  benih: bigint;
  /** --ukuran: this many records per facility and kind instead of the rule (at most the population). */
  ukuran?: number;
}

export interface HasilSampel extends HasilBerkasBulan {
  /** Per facility (kode_ppk order): each kind's population, sample size and sampled records. */
  sampel: SampelFasilitas[];
}

/**
 * kbk sampel: per facility and kind, a simple random sample without replacement of the
 * records that counted in `bulan`, sized by the rule set's verifikasi block (or --ukuran),
 * facilities with an anomaly signal over-sampled by faktorSinyal; each facility's and
 * kind's draw from its own stream of the seed (src/core/sampel.ts aliran).
 */
export async function sampel(opsi: OpsiJob, bulan: MonthIndex, o: OpsiSampel): Promise<HasilSampel> {
  // A summary holds counts, not records: there is nothing to sample.
  if (opsi.ringkasan) throw new UsageError(PESAN_APP.sampelTanpaRingkasan);
  return denganTolak(opsi, bulan, async (tolak) => {
    const ctx = await konteks(opsi, tolak);
    const { jejak, b, rows, hitungan, peringatan, fakta, keputusan } = await bacaDenganJejak(ctx, opsi, bulan);
    // The signals compute would report for the month (its history: capaian reports in --out).
    const sinyal = sinyalUntuk(ctx, opsi, b, hitungan, rows, new Map(), peringatan);
    const pop = new Populasi(jejak, { master: ctx.master, bulan, rules: b.rules, prolanis: fakta.prolanis, keputusan });
    const v = b.rules.verifikasi;
    const hasil: SampelFasilitas[] = ctx.master.daftar.map((fk, f) => {
      const namaSinyal = [...new Set(sinyal.filter((s) => s.f === f).map((s) => s.sinyal))];
      const per = Object.fromEntries(
        JENIS_SAMPEL.map((k) => {
          const N = pop.jumlah(f, k);
          const n = ukuranSampel(N, v, { sinyal: namaSinyal.length > 0, ukuran: o.ukuran });
          const pilih = pilihAcak(N, n, aliran(o.benih, fk.kodePpk, k));
          return [k, { populasi: N, ukuran: n, unit: pilih.map((i) => pop.unit(f, k, i)) }];
        }),
      ) as SampelFasilitas['per'];
      return { kodePpk: fk.kodePpk, namaFktp: fk.namaFktp, sinyal: namaSinyal, per };
    });
    hasil.sort((x, y) => (x.kodePpk < y.kodePpk ? -1 : x.kodePpk > y.kodePpk ? 1 : 0));
    const bahasa = opsi.bahasa ?? 'id';
    const baris = barisSampel(hasil, bulan, o.benih.toString(), bahasa);
    const files: FileLaporan[] = [{ path: join(opsi.outDir, namaLaporan('sampel', bulan)), content: csvSampel(baris, Boolean(opsi.format?.csvExcel)), pribadi: true }];
    if (opsi.format?.xlsx) files.push({ path: join(opsi.outDir, namaLaporanXlsx('sampel', bulan)), content: await xlsxSampel(baris, bulan, bahasa), pribadi: true });
    files.push(...filesTolak(opsi, bulan, [bulan], ctx.tolak));
    return { bulan, rules: b.rules, files, tolak: ctx.tolak, peringatan: [...ctx.peringatan, ...peringatan], dipakai: { aturan: [b.rules], tarif: [] }, sampel: hasil };
  });
}
