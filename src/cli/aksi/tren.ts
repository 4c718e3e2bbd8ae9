// What kbk tren and kbk rekredensialing do when they run (their options are src/cli/tren.ts).
import { BULAN_REKREDENSIALING, rekredensialing as jobRekredensialing } from '../../app/rekredensialing.js';
import { BATAS_BULAN_TREN, tren as jobTren, type HasilTren } from '../../app/tren.js';
import { UsageError } from '../../errors.js';
import { tabelRekredensialing } from '../../report/rekredensialing.js';
import { lebarTerminal } from '../../report/table-engine.js';
import { tabelTren } from '../../report/tren.js';
import { tulisSet } from '../../report/write.js';
import { PESAN_CLI } from '../../pesan/cli.js';
import { PESAN_TREN } from '../../pesan/tren.js';
import { bahasaIo, info, peringatan, warna, type Io } from '../output.js';
import { catatanNilai } from './catatan.js';
import { bulan, opsiJob, opsiTulis, type OpsiCli } from '../opsi.js';

export type OpsiTrenCli = Omit<OpsiCli, 'month' | 'sampai'> & { sampai: string; dari?: string; ppk?: string[]; hitungUlang?: boolean; jumlahBulan?: string; bulan?: string };

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

/** --jumlah-bulan N or --bulan N (the same; both given must agree): 1..BATAS_BULAN_TREN, BULAN_REKREDENSIALING when neither. */
function jumlahBulan(o: OpsiTrenCli): number {
  if (o.jumlahBulan !== undefined && o.bulan !== undefined && o.jumlahBulan !== o.bulan) throw new UsageError(PESAN_TREN.duaJumlahBulan(o.jumlahBulan, o.bulan));
  const [flag, v] = o.jumlahBulan !== undefined ? ['--jumlah-bulan', o.jumlahBulan] : o.bulan !== undefined ? ['--bulan', o.bulan] : ['--jumlah-bulan', String(BULAN_REKREDENSIALING)];
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > BATAS_BULAN_TREN) throw new UsageError(PESAN_TREN.jumlahBulanSalah(flag, v, BATAS_BULAN_TREN));
  return n;
}

export async function tren(io: Io, o: OpsiTrenCli): Promise<void> {
  const dari = bulan(o.dari as string, '--dari');
  const sampai = bulan(o.sampai, '--sampai');
  const opsi = opsiDari(o, io);
  const h = await jobTren(opsi, { dari, sampai, ppk: o.ppk?.filter((k) => k !== ''), hitungUlang: o.hitungUlang === true });
  selesai(io, o, h.files, h, tabelTren(h, warna(io, o.color), lebarTerminal(io), bahasaIo(io)));
}

export async function rekredensialing(io: Io, o: OpsiTrenCli): Promise<void> {
  const sampai = bulan(o.sampai, '--sampai');
  const opsi = opsiDari(o, io);
  const h = await jobRekredensialing(opsi, { sampai, jumlahBulan: jumlahBulan(o) });
  selesai(io, o, h.files, h.tren, tabelRekredensialing(h, warna(io, o.color), lebarTerminal(io), bahasaIo(io)));
}
