// What kbk sampel does when it runs (its options are src/cli/sampel.ts): the seed checked or
// drawn, the sample's files written as one set, the per-facility table on stdout.
import { randomInt } from 'node:crypto';
import { ringkasanJsonSampel, sampel as jobSampel, tabelSampel } from '../../app/sampel.js';
import { benihSah, n0 } from '../../core/sampel.js';
import { toPlain } from '../../core/rational.js';
import { UsageError } from '../../errors.js';
import { lebarTerminal } from '../../report/table-engine.js';
import { tulisSet } from '../../report/write.js';
import { bahasaIo, chalkFor, info, peringatan, ringkasTolak, teksIo, type Io } from '../output.js';
import { catatanNilai } from './catatan.js';
import { bulan, opsiJob, opsiTulis, type OpsiCli } from '../opsi.js';
import { PESAN_CLI } from '../../pesan/cli.js';
import type { RuleSet } from '../../rules/schema.js';

/** A drawn seed is below this: 8 digits at most (see benihDari). */
export const BENIH_DIAMBIL_MAKS = 100_000_000;

/** --seed / --benih: a whole number 0..2^53−1 (a usage error, 64, else); absent: one drawn with node:crypto. */
export function benihDari(seed: string | undefined, benih: string | undefined): { benih: bigint; diambil: boolean } {
  if (seed !== undefined && benih !== undefined && seed !== benih) throw new UsageError(PESAN_CLI.benihBeda(seed, benih));
  const v = seed ?? benih;
  if (v === undefined) {
    // Below 10^8: kbk masks every run of 9 or more digits it prints as a card number
    // (src/report/samaran.ts), and a drawn seed must be printed whole to be typed again.
    return { benih: BigInt(randomInt(0, BENIH_DIAMBIL_MAKS)), diambil: true };
  }
  if (!benihSah(v)) throw new UsageError(PESAN_CLI.bukanBenih(seed !== undefined ? '--seed' : '--benih', v));
  return { benih: BigInt(v), diambil: false };
}

/** --ukuran: a whole number of records, at least 1. */
function ukuranDari(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,9}$/.test(v) || Number(v) < 1) throw new UsageError(PESAN_CLI.bukanUkuran(v));
  return Number(v);
}

const nilaiAturan = (v: RuleSet['verifikasi']): [string, string, string, string] => [v.z.nilai, v.proporsiDuga.nilai, v.batasGalat.nilai, v.faktorSinyal.nilai];

export async function sampel(io: Io, o: OpsiCli & { seed?: string; benih?: string; ukuran?: string }): Promise<void> {
  if (o.format?.includes('rekap-cabang')) throw new UsageError(PESAN_CLI.sampelFormat);
  if (o.samarkan !== undefined) throw new UsageError(PESAN_CLI.sampelSamarkan);
  const { benih, diambil } = benihDari(o.seed, o.benih);
  const ukuran = ukuranDari(o.ukuran);
  const h = await jobSampel(opsiJob(o, io), bulan(o.month), { benih, ukuran });
  tulisSet(h.files, opsiTulis(o));
  catatanNilai(io, h.dipakai);
  peringatan(io, h.peringatan);
  ringkasTolak(h.tolak.ringkasan(), io);
  if (diambil) info(io, PESAN_CLI.benihDiambil(benih.toString()));
  info(io, PESAN_CLI.ditulis(h.files.map((f) => f.path)));
  io.out(
    o.json
      ? JSON.stringify({ bulan: o.month, benih: Number(benih), ukuran: ukuran ?? null, sampel: ringkasanJsonSampel(h.sampel) }, null, 2) + '\n'
      : // The size rule (or --ukuran) above the table: what the sample sizes in it come from.
        `${teksIo(io, ukuran !== undefined ? PESAN_CLI.ukuranDiganti(ukuran) : PESAN_CLI.aturanSampel(toPlain(n0(h.rules.verifikasi), 6), ...nilaiAturan(h.rules.verifikasi)))}\n` +
          tabelSampel(h.sampel, h.rules.verifikasi.faktorSinyal.nilai, chalkFor(o, io), lebarTerminal(io), bahasaIo(io)),
  );
}
