// What the main thread and a month's helper thread (pembelah.ts, pekerja-belah.ts) say to
// each other, and the shared word by which they take pieces of a file.
import type { DayNumber, MonthIndex } from '../../core/month.js';
import type { BatasUkur } from '../../core/wajar.js';
import type { BatasUkuran } from '../batas.js';
import type { HasilBelahan, TugasCsv } from '../belah.js';
import type { OpsiDialek } from '../dialek.js';
import type { MasterFktp, RujukanDiagnosa } from '../master.js';
import type { BagianIndeks } from '../peserta-index.js';
import type { RujukanUtuh } from './konteks.js';

/** What the helper is started with: the month and what its readers need of the run. */
export interface DataPekerjaBelah {
  bulan: MonthIndex;
  dataDir: string;
  dialek: OpsiDialek;
  batas: BatasUkuran | undefined;
  master: MasterFktp;
  diagnosa: RujukanDiagnosa | null;
  ukur: BatasUkur | undefined;
  batasEntri: DayNumber | undefined;
  tanpaJalur: boolean | undefined;
}

/** One file's pieces to read: the claims word the two threads share, the participant index for kontak and prolanis. */
export interface TugasBelah {
  nomor: number;
  tugas: TugasCsv;
  kata: Int32Array;
  indeks: BagianIndeks | null;
}

/** A whole file to read (rujukan.csv, read on the helper while the main thread reads peserta.csv). */
export interface TugasUtuh {
  nomor: number;
  utuh: 'rujukan';
}

/** The answer (null: read the pieces, or the file, on the main thread). */
export interface PesanBelah {
  nomor: number;
  hasil: HasilBelahan | RujukanUtuh | null;
}

/**
 * Who reads which piece, in one shared word: the main thread holds pieces [0, depan), the
 * helper [belakang, n); each takes its next with a compare-and-swap, so a piece is never
 * read twice or by neither.
 */
export const klaim = {
  kemas: (depan: number, belakang: number): number => depan | (belakang << 16),
  depan: (v: number): number => v & 0xffff,
  belakang: (v: number): number => v >>> 16,
  /** The main thread's next piece: true when it is taken, false when the helper has it. */
  ambilDepan(kata: Int32Array): boolean {
    for (;;) {
      const v = Atomics.load(kata, 0);
      const d = klaim.depan(v);
      if (d >= klaim.belakang(v)) return false;
      if (Atomics.compareExchange(kata, 0, v, klaim.kemas(d + 1, klaim.belakang(v))) === v) return true;
    }
  },
  /** The helper's next piece from the back, or -1 when the threads have met. */
  ambilBelakang(kata: Int32Array): number {
    for (;;) {
      const v = Atomics.load(kata, 0);
      const b = klaim.belakang(v) - 1;
      if (b < klaim.depan(v)) return -1;
      if (Atomics.compareExchange(kata, 0, v, klaim.kemas(klaim.depan(v), b)) === v) return b;
    }
  },
};

