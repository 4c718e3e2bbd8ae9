// commander wiring of kbk tren (src/app/tren.ts) and kbk rekredensialing
// (src/app/rekredensialing.ts): months side by side.
//
// --sampai here is a month (YYYY-MM), the range's last; elsewhere (compute, pay, proyeksi) it
// is the day a mid-month export runs to. It is read here and never reaches opsiJob's date.
// --bulan is elsewhere --month's Indonesian alias (src/cli/main.ts periksaArgumen turns it
// into --month for a command that has --month); rekredensialing has no --month, so there
// --bulan N is the issue's own spelling of the number of months, the same as --jumlah-bulan N;
// a month given to it (--bulan 2024-06) is a usage error that says so. What they do when they
// run is src/cli/aksi/tren.ts, loaded then.
import type { Command } from 'commander';
import type { Teks } from '../pesan/index.js';
import { BANTUAN } from '../pesan/bantuan.js';
import { BANTUAN_TREN } from '../pesan/tren.js';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { dialectOptions } from './opsi-perintah.js';

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

export function daftarTren(program: Command, io: Io): void {
  const { cmd, t } = perintah(program, io, 'tren');
  const T = BANTUAN_TREN.tren;
  cmd
    .requiredOption('--dari <YYYY-MM>', t(T.dari))
    .option('--ppk <kode,…>', t(T.ppk), (v: string, all: string[] = []) => [...all, ...v.split(',').map((k) => k.trim())])
    .option('--xlsx', t(T.xlsx))
    .option('--html', t(BANTUAN.job.htmlTren))
    .action(saatJalan(io, async () => (await import('./aksi/tren.js')).tren));
}

export function daftarRekredensialing(program: Command, io: Io): void {
  const { cmd, t } = perintah(program, io, 'rekredensialing');
  const R = BANTUAN_TREN.rekredensialing;
  cmd
    .option('--jumlah-bulan <n>', t(R.jumlahBulan))
    .option('--bulan <n>', t(R.bulan))
    .action(saatJalan(io, async () => (await import('./aksi/tren.js')).rekredensialing));
}
