// commander wiring of the two commands that examine rather than pay: kbk validate (a month's
// exports read file by file, nothing computed) and kbk check (kbk's reports recomputed for
// each fixture folder and compared with its expected/ set; exit 1 when one differs).
import type { Command } from 'commander';
import { check, type Beda } from '../app/check.js';
import { validate } from '../app/validate.js';
import { formatMonth } from '../core/month.js';
import { DataError, MissingInputError } from '../errors.js';
import { tabelValidasi } from '../report/tabel-kbk.js';
import { lebarTerminal } from '../report/table-engine.js';
import { tulisSet } from '../report/write.js';
import { masker } from '../report/samaran.js';
import { CheckFailed } from './exit.js';
import { bahasaIo, info, peringatan, teksIo, type Io } from './output.js';
import { bulan, dialectOptions, opsiJob, opsiTulis, type OpsiCli } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import { dalam, type Bahasa, type Teks } from '../pesan/index.js';

export function daftarValidate(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const V = BANTUAN.validate;
  dialectOptions(program.command('validate'), t)
    .description(t(V.perintah))
    .requiredOption('--data <dir>', t(V.data))
    .option('--month <YYYY-MM>', t(V.month))
    .option('--out <dir>', t(V.out))
    .option('--max-reject-rate <percent>', t(V.maxRejectRate), '1')
    .option('--strict', t(V.strict))
    .option('--json', t(V.json))
    .action(async (o: OpsiCli & { out?: string }) => {
      // The table says per file what the progress lines would.
      const opsi = { ...opsiJob({ ...o, out: o.out ?? '.', color: false }, io), log: () => {} };
      const h = await validate(opsi, o.month === undefined ? null : bulan(o.month));
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
    });
}

/** A check difference for the terminal. */
function teksBeda(d: Beda, b: Bahasa): string {
  if (d.jenis === 'gagal') return dalam(PESAN_CLI.checkGagal(d.file, d.pesan ? d.pesan[b] : ''), b);
  if (d.jenis === 'tidak_dibuat') return dalam(PESAN_CLI.checkTidakDibuat(d.file), b);
  return dalam(PESAN_CLI.checkBerbeda(d.file, d.baris ?? 0, d.diharapkan ?? null, d.didapat ?? null), b);
}

export function daftarCheck(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  program
    .command('check')
    .description(t(BANTUAN.check.perintah))
    .argument('<fixtures_dir>', t(BANTUAN.check.fixtures))
    .option('--json', t(BANTUAN.check.json))
    .action(async (dir: string, o: { json?: boolean }) => {
      const r = await check(dir, (m) => info(io, m));
      if (o.json) io.out(JSON.stringify({ fixtures: r.fixtures, laporan: r.files, beda: r.beda.map((b) => ({ ...b, pesan: b.pesan?.en })) }, null, 2) + '\n');
      else {
        for (const d of r.beda) io.out(masker(`${teksIo(io, PESAN_CLI.checkTandaBeda)} ${teksBeda(d, bahasaIo(io))}\n`)); // a differing line can hold a card
        io.out(`${teksIo(io, PESAN_CLI.checkRingkas(r.fixtures, r.files, r.beda.length))}\n`);
      }
      if (r.beda.length > 0) throw new CheckFailed();
    });
}
