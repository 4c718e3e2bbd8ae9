// What kbk validate and kbk check do when they run (their options are src/cli/periksa.ts).
import { check as jobCheck, type Beda } from '../../app/check.js';
import { validate as jobValidate } from '../../app/validate.js';
import { formatMonth } from '../../core/month.js';
import { DataError, MissingInputError } from '../../errors.js';
import { tabelValidasi } from '../../report/tabel-kbk.js';
import { lebarTerminal } from '../../report/table-engine.js';
import { tulisSet } from '../../report/write.js';
import { masker } from '../../report/samaran.js';
import { CheckFailed } from '../exit.js';
import { bahasaIo, info, peringatan, teksIo, type Io } from '../output.js';
import { bulan, opsiJob, opsiTulis, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';
import { dalam, type Bahasa } from '../../pesan/index.js';

export async function validate(io: Io, o: OpsiCli & { out?: string }): Promise<void> {
  // The table says per file what the progress lines would.
  const opsi = { ...opsiJob({ ...o, out: o.out ?? '.', color: false }, io), log: () => {} };
  const h = await jobValidate(opsi, o.month === undefined ? null : bulan(o.month));
  if (o.out !== undefined) tulisSet(h.laporan, opsiTulis(o));
  const perFile = h.tolak.ringkasan();
  if (o.json) {
    const files = h.files.map((f) => ({ ...f, ditolak: Object.fromEntries(perFile.get(f.label) ?? []) }));
    io.out(JSON.stringify({ bulan: h.bulan.map(formatMonth), files, kualitas: Object.fromEntries([...h.kualitas].map(([m, v]) => [formatMonth(m), v])) }, null, 2) + '\n');
  } else io.out(masker(tabelValidasi(h.files, perFile, h.kualitas, lebarTerminal(io), bahasaIo(io)))); // it quotes rows: cards masked
  for (const m of h.tidakDibaca) peringatan(io, [PESAN_CLI.validasiTidakDibaca(formatMonth(m))]);
  if (h.files.some((f) => f.hilang)) throw new MissingInputError(PESAN_CLI.validasiHilang(h.files.filter((f) => f.hilang).length));
  const gagal = h.files.filter((f) => f.gagal !== null);
  if (gagal.length > 0) throw new DataError(PESAN_CLI.validasiGagal(gagal.length, h.files.length, gagal.map((f) => f.label)));
}

/** A check difference for the terminal. */
function teksBeda(d: Beda, b: Bahasa): string {
  if (d.jenis === 'gagal') return dalam(PESAN_CLI.checkGagal(d.file, d.pesan ? d.pesan[b] : ''), b);
  if (d.jenis === 'tidak_dibuat') return dalam(PESAN_CLI.checkTidakDibuat(d.file), b);
  return dalam(PESAN_CLI.checkBerbeda(d.file, d.baris ?? 0, d.diharapkan ?? null, d.didapat ?? null), b);
}

export async function check(io: Io, dir: string, o: { json?: boolean }): Promise<void> {
  const r = await jobCheck(dir, (m) => info(io, m));
  if (o.json) io.out(JSON.stringify({ fixtures: r.fixtures, laporan: r.files, beda: r.beda.map((b) => ({ ...b, pesan: b.pesan?.en })) }, null, 2) + '\n');
  else {
    for (const d of r.beda) io.out(masker(`${teksIo(io, PESAN_CLI.checkTandaBeda)} ${teksBeda(d, bahasaIo(io))}\n`)); // a differing line can hold a card
    io.out(`${teksIo(io, PESAN_CLI.checkRingkas(r.fixtures, r.files, r.beda.length))}\n`);
  }
  if (r.beda.length > 0) throw new CheckFailed();
}
