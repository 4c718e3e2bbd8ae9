// What kbk compute, pay and run do when they run (their options are src/cli/hitung.ts): the
// job, the reports written, its notes and warnings on stderr, the tables or --json on stdout.
import { compute as hitung, pay as bayar, type HasilJob, type OpsiJob } from '../../app/jobs.js';
import { denganHalaman } from '../../app/laporan.js';
import { formatMonth, monthOfDay } from '../../core/month.js';
import { UsageError } from '../../errors.js';
import type { RuleSet } from '../../rules/schema.js';
import { barisCapaian, barisKapitasi } from '../../report/columns.js';
import { tabelCapaian, tabelKapitasi } from '../../report/tabel-kbk.js';
import { lebarTerminal } from '../../report/table-engine.js';
import { barisRekap, tabelRekap } from '../../report/rekap.js';
import { barisVerifikasi } from '../../report/verifikasi.js';
import { tulisSet } from '../../report/write.js';
import { bahasaIo, chalkFor, info, infoBaris, jsonRow, peringatan, ringkasTolak, type Io } from '../output.js';
import { catatanNilai } from './catatan.js';
import { bulan, opsiJob, opsiTulis, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';

export async function compute(io: Io, o: OpsiCli): Promise<void> {
  const opsi = opsiJob(o, io);
  const m = bulan(o.month);
  if (opsi.sampai !== undefined && monthOfDay(opsi.sampai) !== m) throw new UsageError(PESAN_CLI.sampaiBukanBulan(o.sampai as string, o.month));
  selesai(await halaman(opsi, await hitung(opsi, m)), o, io);
}

/** pay (jalankan false) and run (true): the payment month. */
async function bulanBayar(io: Io, o: OpsiCli, jalankan: boolean): Promise<void> {
  const opsi = opsiJob(o, io);
  selesai(await halaman(opsi, await bayar(opsi, bulan(o.month), jalankan)), o, io);
}

export const pay = (io: Io, o: OpsiCli): Promise<void> => bulanBayar(io, o, false);
export const run = (io: Io, o: OpsiCli): Promise<void> => bulanBayar(io, o, true);

/** --html: laporan-M.html joins the run's report set (src/app/laporan.ts). */
const halaman = (opsi: OpsiJob, h: HasilJob): Promise<HasilJob> => (opsi.format?.html ? denganHalaman(opsi, h) : Promise.resolve(h));

/** The anomaly signals per month (stderr): the first ones in full, the rest in anomali-M.csv; one line a month with --quiet. */
function ringkasSinyal(h: HasilJob, io: Io, tampil = 20): void {
  const perBulan = new Map<number, HasilJob['sinyal']>();
  for (const s of h.sinyal) perBulan.set(s.bulan, [...(perBulan.get(s.bulan) ?? []), s]);
  for (const [bulan, semua] of perBulan) {
    if (io.diam) {
      peringatan(io, [PESAN_CLI.sinyalDiam(semua.length, formatMonth(bulan))]);
      continue;
    }
    info(io, PESAN_CLI.sinyalJudul(semua.length, formatMonth(bulan)));
    for (const s of semua.slice(0, tampil)) infoBaris(io, PESAN_CLI.sinyalBaris(s.kodePpk, s.sinyal, s.nilai, s.ambang, s.bukti, bahasaIo(io)));
    if (semua.length > tampil) infoBaris(io, PESAN_CLI.sinyalLagi(semua.length - tampil, formatMonth(bulan)));
  }
}

function selesai(h: HasilJob, o: OpsiCli, io: Io): void {
  tulisSet(h.files, opsiTulis(o));
  catatanNilai(io, h.dipakai);
  peringatan(io, h.peringatan);
  ringkasTolak(h.tolak.ringkasan(), io);
  for (const [bulan, items] of h.kualitas) if (items.length > 0) info(io, PESAN_CLI.kualitasData(formatMonth(bulan), items));
  ringkasSinyal(h, io);
  info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
  if (o.json) {
    io.out(
      JSON.stringify(
        {
          capaian: h.capaian.map((c) => c.rows.map((r) => jsonRow(barisCapaian(r, c.rules)))),
          kapitasi: h.kapitasi?.rows.map((r) => jsonRow(barisKapitasi(r, h.kapitasi?.rules as RuleSet))) ?? null,
          // The rows themselves are in tolak-YYYY-MM.csv, which can be large.
          tolak: { baris: h.tolak.size, perFile: Object.fromEntries([...h.tolak.ringkasan()].map(([f, m]) => [f, Object.fromEntries(m)])) },
          rekap: barisRekap(h).map(jsonRow),
          sinyal: h.sinyal.map((s) => ({ bulan: formatMonth(s.bulan), kode_ppk: s.kodePpk, sinyal: s.sinyal, nilai: s.nilai, ambang: s.ambang, bukti: s.bukti })),
          // --verifikasi: verifikasi-M.csv's rows (absent without it).
          ...(h.verifikasi ? { verifikasi: h.verifikasi.flatMap((r) => barisVerifikasi(r).map(jsonRow)) } : {}),
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  const c = chalkFor(o, io);
  for (const cap of h.capaian) io.out(tabelCapaian(cap.rows, cap.rules, c, lebarTerminal(io), bahasaIo(io)) + '\n\n');
  if (h.kapitasi) io.out(tabelKapitasi(h.kapitasi.rows, c, lebarTerminal(io), bahasaIo(io)) + '\n\n');
  io.out(tabelRekap(h, c, lebarTerminal(io), bahasaIo(io)) + '\n');
}
