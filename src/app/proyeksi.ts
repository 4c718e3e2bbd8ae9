// kbk proyeksi: a month whose exports are partial (taken mid-month), projected to its end
// per facility — the indicators so far, a projected value with its method and range, and
// what each better rating needs (src/core/proyeksi.ts). The earlier months (up to three
// folders before it) give each facility's own day-by-day curves.
import { join } from 'node:path';
import { putuskan, hitunganBulan } from '../core/klinis.js';
import { daysOfMonth, formatDate, formatMonth, type DayNumber, type MonthIndex } from '../core/month.js';
import { hitunganSampai, prolanisSampai, proyeksiFasilitas, semuaSampaiHari, type BulanLalu } from '../core/proyeksi.js';
import { HARI, PROGRAM_DM, PROGRAM_HT, PROLANIS_DM, PROLANIS_HT, type FaktaBulan, type FaktaProlanis, type HitunganBulan } from '../core/types.js';
import { DataError, UsageError } from '../errors.js';
import { penolakanUntuk } from '../ingest/rejects.js';
import type { ProfilKlinis } from '../rules/schema.js';
import { barisProyeksi, KOLOM_PROYEKSI } from '../report/proyeksi.js';
import { namaLaporan } from '../report/nama-laporan.js';
import { csvText } from '../report/tulis-csv.js';
import { adaBulan, bacaDenganAturan, konteks, pilihProfil, type OpsiJob } from './jobs.js';
import type { Pesan } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import { PESAN_CLI } from '../pesan/cli.js';
import type { HasilProyeksi } from '../report/hasil.js';

export type { HasilProyeksi } from '../report/hasil.js';

/** How many month folders before the projected month give the curves. */
const BULAN_KURVA = 3;

/** --sampai must be a day of the month. */
function periksaSampai(bulan: MonthIndex, sampai: DayNumber): void {
  const { first, last } = daysOfMonth(bulan);
  if (sampai < first || sampai > last) throw new UsageError(PESAN_CLI.sampaiBukanBulan(formatDate(sampai), formatMonth(bulan)));
}

/** Per facility and programme (DM, HT), the enrolled participants with no measurement in `p`. */
function belumDiukur(p: FaktaProlanis, profil: ProfilKlinis, nF: number): { dm: number; ht: number }[] {
  const { status } = putuskan(p, profil);
  const out = Array.from({ length: nF }, () => ({ dm: 0, ht: 0 }));
  for (let i = 0; i < p.fasilitas.length; i++) {
    const o = out[p.fasilitas[i] as number] as { dm: number; ht: number };
    const fl = p.flags[i] as number;
    if (fl & PROLANIS_DM && status[PROGRAM_DM][i] === -1) o.dm++;
    if (fl & PROLANIS_HT && status[PROGRAM_HT][i] === -1) o.ht++;
  }
  return out;
}

/**
 * kbk proyeksi: the month so far (to opsi.sampai, --sampai, or to its latest contact),
 * projected to its end.
 */
export async function proyeksi(opsi: OpsiJob, bulan: MonthIndex): Promise<HasilProyeksi> {
  if (opsi.ringkasan) throw new UsageError(PESAN_APP.proyeksiTanpaRingkasan);
  const sampai = opsi.sampai ?? null;
  if (sampai !== null) periksaSampai(bulan, sampai);
  const ctx = await konteks(opsi, penolakanUntuk(opsi));
  const b = await bacaDenganAturan(ctx, opsi, bulan);
  const fakta = b.fakta as FaktaBulan;
  const sampaiData = sampai ?? fakta.harian.kontakTerakhir;
  if (sampaiData === null) throw new DataError(PESAN_APP.tanpaKontakBertanggal(formatMonth(bulan)));
  const { first, last } = daysOfMonth(bulan);
  const hari = sampaiData - first + 1;
  const hariBulan = last - first + 1;
  // Without --sampai every row counts (the data run to the latest contact); with it, the rows after it are left out.
  const potong = sampai === null ? HARI : hari;
  const profil = pilihProfil(b.rules, opsi.profilKlinis);
  const prolanis = sampai === null ? fakta.prolanis : prolanisSampai(fakta.prolanis, sampai);
  const hitungan = hitunganBulan({ ...fakta, prolanis }, profil);
  const belum = belumDiukur(prolanis, profil, ctx.master.daftar.length);

  const lalu: { bulan: MonthIndex; fakta: FaktaBulan; hitungan: HitunganBulan[] }[] = [];
  const peringatan: Pesan[] = [];
  for (let m = bulan - 1; m >= bulan - BULAN_KURVA; m--) {
    if (!adaBulan(ctx, opsi, m)) continue;
    const l = await bacaDenganAturan(ctx, opsi, m);
    // A month that is itself partial would bend the curves.
    if (l.tidakLengkap === null) lalu.push({ bulan: m, fakta: l.fakta as FaktaBulan, hitungan: hitunganBulan(l.fakta as FaktaBulan, profil) });
    else peringatan.push(PESAN_APP.bulanLaluTidakLengkap(formatMonth(m), formatDate(l.tidakLengkap)));
  }

  const fasilitas = ctx.master.daftar.map((fktp, f) => {
    const bulanLalu: BulanLalu[] = lalu.map((l) => ({ akhir: l.hitungan[f] as HitunganBulan, sampaiHari: semuaSampaiHari(l.fakta.harian, f, hari) }));
    const masukan = {
      sejauhIni: hitunganSampai(hitungan[f] as HitunganBulan, fakta.harian, f, potong),
      belumDiukur: belum[f] as { dm: number; ht: number },
      hari,
      hariBulan,
      lalu: bulanLalu,
    };
    return { fktp, indikator: proyeksiFasilitas(masukan, fktp.jenisFktp, b.rules) };
  });
  const hasil: Omit<HasilProyeksi, 'file'> = {
    bulan,
    sampai: sampaiData,
    hari,
    hariBulan,
    dipotong: sampai !== null,
    rules: b.rules,
    bulanLalu: lalu.map((l) => l.bulan).sort((a, b) => a - b),
    fasilitas,
    tolak: ctx.tolak,
    dipakai: { aturan: [b.rules], tarif: [] },
    peringatan: [...ctx.peringatan, ...peringatan],
  };
  return { ...hasil, file: { path: join(opsi.outDir, namaLaporan('proyeksi', bulan)), content: csvText(KOLOM_PROYEKSI, barisProyeksi(hasil, opsi.bahasa ?? 'id')) } };
}
