// What kbk berita-acara does when it runs (its options are src/cli/berita-acara.ts).
import { beritaAcara as jobBeritaAcara } from '../../app/berita-acara.js';
import { dayNumber, type DayNumber } from '../../core/month.js';
import { UsageError } from '../../errors.js';
import { tulisSet } from '../../report/write.js';
import { info, peringatan, ringkasTolak, type Io } from '../output.js';
import { catatanNilai } from './catatan.js';
import { bulan, opsiJob, opsiTulis, tanggal, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';
import { PESAN_BERITA } from '../../pesan/berita-acara.js';

export interface OpsiBerita extends Omit<OpsiCli, 'month'> {
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

export async function beritaAcara(io: Io, o: OpsiBerita): Promise<void> {
  if ((o.month === undefined) === (o.bayar === undefined))
    throw new UsageError(PESAN_BERITA.satuBulan);
  const bayar = o.bayar !== undefined;
  const m = bayar ? bulan(o.bayar as string, '--bayar') : bulan(o.month as string);
  const tanggalTtd = o.tanggal === undefined ? hariIni() : tanggal(o.tanggal, '--tanggal');
  const cabang = o.cabang?.trim() ? o.cabang.trim() : null;
  const h = await jobBeritaAcara(opsiJob({ ...o, month: bayar ? (o.bayar as string) : (o.month as string), color: false } as OpsiCli, io), m, { bayar, cabang, tanggal: tanggalTtd });
  tulisSet(h.files, opsiTulis(o));
  catatanNilai(io, h.dipakai);
  peringatan(io, h.peringatan);
  ringkasTolak(h.tolak.ringkasan(), io);
  info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
}
