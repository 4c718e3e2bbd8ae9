// commander wiring of kbk berita-acara (src/app/berita-acara.ts): the minutes of an
// assessment month (--month) or a payment month (--bayar) as berita-acara-YYYY-MM.docx.
// The options are the ones of compute and pay that change the numbers; the reports those
// commands write (CSV, workbook) are theirs to write, not this command's. What it does when it
// runs is src/cli/aksi/berita-acara.ts, loaded then.
import type { Command } from 'commander';
import { saatJalan } from './saat-jalan.js';
import { teksIo, type Io } from './output.js';
import { dialectOptions, opsiJendela, opsiKetentuan, opsiTerima, opsiVerifikasi } from './opsi-perintah.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

export function daftarBeritaAcara(program: Command, io: Io): void {
  const t = (p: Teks): string => teksIo(io, p);
  const B = BANTUAN.beritaAcara;
  const J = BANTUAN.job;
  const cmd = dialectOptions(program.command('berita-acara'), t)
    .description(t(B.perintah))
    .requiredOption('--data <dir>', t(J.data))
    .option('--month <YYYY-MM>', t(B.month))
    .option('--bayar <YYYY-MM>', t(B.bayar))
    .option('--out <dir>', t(B.out), '.')
    .option('--cabang <nama>', t(B.cabang))
    .option('--tanggal <YYYY-MM-DD>', t(B.tanggal));
  opsiKetentuan(cmd, t)
    .option('--strict', t(J.strict))
    .option('--max-reject-rate <percent>', t(J.maxRejectRate), '1')
    .option('--samarkan <keyfile>', t(J.samarkan))
    .option('--izinkan-kunci-terbuka', t(J.izinkanKunciTerbuka))
    .option('--sampai <YYYY-MM-DD>', t(J.sampai));
  opsiVerifikasi(opsiJendela(opsiTerima(cmd, t), t), t);
  cmd.action(saatJalan(io, async () => (await import('./aksi/berita-acara.js')).beritaAcara));
}
