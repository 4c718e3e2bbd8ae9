// The option declarations the reading commands share (commander): the dialect flags, a job's
// flags, the terms, what a payment run may accept, a payment month's window. Loaded at
// start-up for --help and parsing; what the flags become (OpsiJob) is src/cli/opsi.ts, loaded
// when a command runs.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { WINDOW_KINDS } from '../core/month.js';
import { FORMAT_TANGGAL } from '../ingest/dates.js';
import { BATAS_BAWAAN } from '../ingest/batas.js';
import { PESAN_VERIFIKASI } from '../pesan/verifikasi.js';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Teks } from '../pesan/index.js';

/** --verifikasi FILE (compute, pay, run, audit, explain): the filled verification worksheet of an assessed month, repeatable. */
export const opsiVerifikasi = (cmd: Command, t: (p: Teks) => string): Command => cmd.option('--verifikasi <file>', t(PESAN_VERIFIKASI.bantuan), (v: string, all: string[] = []) => [...all, v]);

/** The dialect flags: what sniffing decides per file unless the analyst says otherwise; and the size limits. */
export function dialectOptions(cmd: Command, t: (p: Teks) => string): Command {
  return cmd
    .option('--max-row-bytes <n>', t(BANTUAN.maxRowBytes(BATAS_BAWAAN.baris)))
    .option('--max-field-bytes <n>', t(BANTUAN.maxFieldBytes(BATAS_BAWAAN.nilai)))
    .option('--delimiter <char>', t(BANTUAN.delimiter))
    .option('--encoding <name>', t(BANTUAN.encoding))
    .addOption(new Option('--gdp-satuan <satuan>', t(BANTUAN.gdpSatuan)).choices(['mg', 'mmol']))
    .option(
      '--date-format <[file=]format>',
      t(BANTUAN.dateFormat(FORMAT_TANGGAL)),
      (v: string, all: string[] = []) => [...all, v],
    )
    .option('--terima-luar-bulan <file,…>', t(BANTUAN.terimaLuarBulan), (v: string, all: string[] = []) => [...all, v]);
}

/** The options of the commands that run a job (compute, pay, run, audit, banding), after the dialect ones. */
export function jobOptions(cmd: Command, t: (p: Teks) => string, withWindow: boolean, terima = withWindow, month: Teks = BANTUAN.job.month): Command {
  const J = BANTUAN.job;
  dialectOptions(cmd, t)
    .requiredOption('--data <dir>', t(J.data))
    .requiredOption('--month <YYYY-MM>', t(month))
    .option('--out <dir>', t(J.out), '.');
  opsiKetentuan(cmd, t)
    .option('--json', t(J.json))
    .option('--xlsx', t(J.xlsx))
    .option('--csv-excel', t(J.csvExcel))
    .addOption(
      new Option('--format <name>', t(J.format))
        .choices(['rekap-cabang', 'xlsx', 'csv-excel'])
        .argParser((v: string, all: string[] = []) => {
          if (!['rekap-cabang', 'xlsx', 'csv-excel'].includes(v)) throw new InvalidArgumentError(`Allowed choices are rekap-cabang, xlsx, csv-excel.`);
          return [...all, v];
        }),
    )
    .option('--strict', t(J.strict))
    .option('--max-reject-rate <percent>', t(J.maxRejectRate), '1')
    .option('--no-color', t(J.noColor))
    .option('--samarkan <keyfile>', t(J.samarkan))
    .option('--izinkan-kunci-terbuka', t(J.izinkanKunciTerbuka))
    .option('--sampai <YYYY-MM-DD>', t(J.sampai));
  if (terima) opsiTerima(cmd, t);
  if (withWindow) opsiJendela(cmd, t);
  return cmd;
}

/** What the numbers are computed under and from: --rules, --tariffs, --profil-klinis, --summary, --label-bulan. */
export function opsiKetentuan(cmd: Command, t: (p: Teks) => string): Command {
  const J = BANTUAN.job;
  return cmd
    .option('--rules <id|file>', t(J.rules))
    .option('--tariffs <id|file>', t(J.tariffs))
    .option('--profil-klinis <name>', t(J.profilKlinis))
    .option('--summary <file>', t(J.summary))
    .addOption(new Option('--label-bulan <what>', t(J.labelBulan)).choices(['layanan', 'bayar']));
}

/** What a payment run may be told to accept: --terima-penurunan, --terima-tarif. */
export function opsiTerima(cmd: Command, t: (p: Teks) => string): Command {
  const J = BANTUAN.job;
  return cmd
    .option(
      '--terima-penurunan <kode,…|semua>',
      t(J.terimaPenurunan),
      (v: string, all: string[] = []) => [...all, v],
    )
    .option('--terima-tarif <kode,…|semua>', t(J.terimaTarif), (v: string, all: string[] = []) => [...all, v]);
}

/** A payment month's window: --window, --average, --wajib-lengkap. */
export function opsiJendela(cmd: Command, t: (p: Teks) => string): Command {
  const J = BANTUAN.job;
  return cmd
    .addOption(new Option('--window <kind>', t(J.window)).choices(WINDOW_KINDS))
    .addOption(new Option('--average <what>', t(J.average)).choices(['indikator', 'nilai']))
    .option('--wajib-lengkap', t(J.wajibLengkap));
}
