// commander wiring of kbk berita-acara (src/app/berita-acara.ts): the minutes of an
// assessment month (--month) or a payment month (--bayar) as berita-acara-YYYY-MM.docx.
// The options are the ones of compute and pay that change the numbers; the reports those
// commands write (CSV, workbook) are theirs to write, not this command's.
import type { Command } from 'commander';
import { beritaAcara } from '../app/berita-acara.js';
import { dayNumber, type DayNumber } from '../core/month.js';
import { UsageError } from '../errors.js';
import { tulisSet } from '../report/write.js';
import { catatanNilai, info, peringatan, ringkasTolak, teksIo, type Io } from './output.js';
import { bulan, dialectOptions, opsiJendela, opsiJob, opsiKetentuan, opsiTerima, opsiTulis, opsiVerifikasi, tanggal, type OpsiCli } from './opsi.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';
import { PESAN_BERITA } from '../pesan/berita-acara.js';

interface OpsiBerita extends Omit<OpsiCli, 'month'> {
  month?: string;
  bayar?: string;
  cabang?: string;
  tanggal?: string;
}

/** Today on this machine's calendar (the office's), as the date of signing. */
function hariIni(): DayNumber {
  const d = new Date();
  return dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate()) as DayNumber;
}

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
  cmd.action(async (o: OpsiBerita) => {
    if ((o.month === undefined) === (o.bayar === undefined))
      throw new UsageError(PESAN_BERITA.satuBulan);
    const bayar = o.bayar !== undefined;
    const m = bayar ? bulan(o.bayar as string, '--bayar') : bulan(o.month as string);
    const tanggalTtd = o.tanggal === undefined ? hariIni() : tanggal(o.tanggal, '--tanggal');
    const cabang = o.cabang?.trim() ? o.cabang.trim() : null;
    const h = await beritaAcara(opsiJob({ ...o, month: bayar ? (o.bayar as string) : (o.month as string), color: false } as OpsiCli, io), m, { bayar, cabang, tanggal: tanggalTtd });
    tulisSet(h.files, opsiTulis(o));
    catatanNilai(io, h.dipakai);
    peringatan(io, h.peringatan);
    ringkasTolak(h.tolak.ringkasan(), io);
    info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
  });
}
