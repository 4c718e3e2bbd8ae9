// What src/app/bulan-paralel.ts and its worker (src/app/bulan-pekerja.ts) send each other:
// apart from both, so that neither imports the other (the worker imports jobs.ts, which
// imports bulan-paralel.ts).
import type { MonthIndex } from '../core/month.js';
import type { FaktaBulan } from '../core/types.js';
import type { MasterFktp, RujukanDiagnosa } from '../ingest/master.js';
import type { PotretPenolakan } from '../ingest/rejects.js';
import type { Pesan } from '../pesan/index.js';
import type { OpsiJob } from './opsi.js';

/** What the main thread sends: the task and the run's read context, without its functions. */
export interface DataPekerja {
  jenis: 'bulan' | 'peserta';
  bulan: MonthIndex;
  opsi: Omit<OpsiJob, 'log' | 'kemajuan' | 'padaBerhenti' | 'samarkan'>;
  master: MasterFktp;
  diagnosa: RujukanDiagnosa | null;
  /** Whether the main thread draws a progress bar (then the worker reports its reads). */
  kemajuan: boolean;
}

/** An error as it crosses threads: its class by name and its words in both languages. */
export interface GalatTerkirim {
  nama: string;
  teks?: { id: string; en: string };
  message: string;
  stack?: string;
}

export type PesanPekerja =
  | { t: 'log'; pesan: Pesan }
  | { t: 'kemajuan'; label: string; dibaca: number; total: number; rows: number }
  | {
      t: 'selesai';
      hasil: { fakta: FaktaBulan; catatan: string[]; tidakLengkap: number | null } | { jumlah: number[]; catatan: string[] } | null;
      galat: GalatTerkirim | null;
      peringatan: Pesan[];
      tolak: PotretPenolakan;
      barisDibaca: Map<string, number>;
      ms: number;
    };
