// commander wiring of kbk tren (src/app/tren.ts) and kbk rekredensialing
// (src/app/rekredensialing.ts): months side by side.
//
// --sampai here is a month (YYYY-MM), the range's last; elsewhere (compute, pay, proyeksi) it
// is the day a mid-month export runs to. It is read here and never reaches opsiJob's date.
// --bulan is elsewhere --month's Indonesian alias (src/cli/main.ts periksaArgumen turns it
// into --month for a command that has --month); rekredensialing has no --month, so there
// --bulan N is the issue's own spelling of the number of months, the same as --jumlah-bulan N;
// a month given to it (--bulan 2024-06) is a usage error that says so.
import type { Command } from 'commander';
import { BULAN_REKREDENSIALING, rekredensialing } from '../app/rekredensialing.js';
import { BATAS_BULAN_TREN, tren, type HasilTren } from '../app/tren.js';
import { UsageError } from '../errors.js';
import { tabelRekredensialing } from '../report/rekredensialing.js';
import { lebarTerminal } from '../report/table-engine.js';
import { tabelTren } from '../report/tren.js';
import { tulisSet } from '../report/write.js';
import { PESAN_CLI } from '../pesan/cli.js';
import type { Teks } from '../pesan/index.js';
import { BANTUAN } from '../pesan/bantuan.js';
import { BANTUAN_TREN, PESAN_TREN } from '../pesan/tren.js';
import { bahasaIo, catatanNilai, info, peringatan, teksIo, warna, type Io } from './output.js';
import { bulan, dialectOptions, opsiJob, opsiTulis, type OpsiCli } from './opsi.js';

type OpsiTrenCli = Omit<OpsiCli, 'month' | 'sampai'> & { sampai: string; dari?: string; ppk?: string[]; hitungUlang?: boolean; jumlahBulan?: string; bulan?: string };

/** Either command with what both read alike: the data, the last month, the rule set, the dialect, the thresholds. */
function perintah(program: Command, io: Io, nama: 'tren' | 'rekredensialing'): { cmd: Command; t: (p: Teks) => string } {
  const t = (p: Teks): string => teksIo(io, p);
  const J = BANTUAN.job;
  const K = BANTUAN_TREN[nama];
  const cmd = dialectOptions(program.command(nama), t)
    .description(t(K.perintah))
    .requiredOption('--data <dir>', t(BANTUAN_TREN.tren.data))
    .requiredOption('--sampai <YYYY-MM>', t(K.sampai))
    .option('--out <dir>', t(K.out), '.')
    .option('--rules <id|file>', t(J.rules))
    .option('--profil-klinis <name>', t(J.profilKlinis))
    .option('--hitung-ulang', t(BANTUAN_TREN.tren.hitungUlang))
    .option('--csv-excel', t(J.csvExcel))
    .option('--strict', t(J.strict))
    .option('--max-reject-rate <percent>', t(J.maxRejectRate), '1')
    .option('--no-color', t(J.noColor));
  return { cmd, t };
}

/** The job's options from the flags: --sampai is the range's month here, not opsiJob's day. */
const opsiDari = (o: OpsiTrenCli, io: Io) => opsiJob({ ...o, sampai: undefined, month: '' } as OpsiCli, io);

/**
 * The end of a run: its files written as one set and named, the rejects said (their files
 * are compute's), the provisional-values note, the warnings, then the table on stdout.
 */
function selesai(io: Io, o: OpsiTrenCli, files: HasilTren['files'], h: HasilTren, tabel: string): void {
  tulisSet(files, opsiTulis(o));
  info(io, PESAN_CLI.ditulis(files.map((f) => f.path)));
  if (h.tolak.size > 0) info(io, PESAN_TREN.tolakTren(h.tolak.size));
  catatanNilai(io, h.dipakai);
  peringatan(io, h.peringatan);
  io.out(tabel + '\n');
}

export function daftarTren(program: Command, io: Io): void {
  const { cmd, t } = perintah(program, io, 'tren');
  const T = BANTUAN_TREN.tren;
  cmd
    .requiredOption('--dari <YYYY-MM>', t(T.dari))
    .option('--ppk <kode,…>', t(T.ppk), (v: string, all: string[] = []) => [...all, ...v.split(',').map((k) => k.trim())])
    .option('--xlsx', t(T.xlsx))
    .action(async (o: OpsiTrenCli) => {
      const dari = bulan(o.dari as string, '--dari');
      const sampai = bulan(o.sampai, '--sampai');
      const opsi = opsiDari(o, io);
      const h = await tren(opsi, { dari, sampai, ppk: o.ppk?.filter((k) => k !== ''), hitungUlang: o.hitungUlang === true });
      selesai(io, o, h.files, h, tabelTren(h, warna(io, o.color), lebarTerminal(io), bahasaIo(io)));
    });
}

/** --jumlah-bulan N or --bulan N (the same; both given must agree): 1..BATAS_BULAN_TREN, BULAN_REKREDENSIALING when neither. */
function jumlahBulan(o: OpsiTrenCli): number {
  if (o.jumlahBulan !== undefined && o.bulan !== undefined && o.jumlahBulan !== o.bulan) throw new UsageError(PESAN_TREN.duaJumlahBulan(o.jumlahBulan, o.bulan));
  const [flag, v] = o.jumlahBulan !== undefined ? ['--jumlah-bulan', o.jumlahBulan] : o.bulan !== undefined ? ['--bulan', o.bulan] : ['--jumlah-bulan', String(BULAN_REKREDENSIALING)];
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > BATAS_BULAN_TREN) throw new UsageError(PESAN_TREN.jumlahBulanSalah(flag, v, BATAS_BULAN_TREN));
  return n;
}

export function daftarRekredensialing(program: Command, io: Io): void {
  const { cmd, t } = perintah(program, io, 'rekredensialing');
  const R = BANTUAN_TREN.rekredensialing;
  cmd
    .option('--jumlah-bulan <n>', t(R.jumlahBulan))
    .option('--bulan <n>', t(R.bulan))
    .action(async (o: OpsiTrenCli) => {
      const sampai = bulan(o.sampai, '--sampai');
      const opsi = opsiDari(o, io);
      const h = await rekredensialing(opsi, { sampai, jumlahBulan: jumlahBulan(o) });
      selesai(io, o, h.files, h.tren, tabelRekredensialing(h, warna(io, o.color), lebarTerminal(io), bahasaIo(io)));
    });
}
