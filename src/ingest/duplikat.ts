// A no_rujukan met more than once in a month's rujukan.csv (issue 15). The same referral
// exported twice with the same content counts once (a catatan count, as before). With other
// content — another card, facility, date, diagnosis, TACC code or non-specialistic decision
// — which row is right is unknown: every row of that number is rejected and none counts.
//
// "Content" is what decides whether and where a referral counts, plus what identifies the
// referral event: no_kartu, kode_ppk, tgl_rujukan (the date, not its spelling or a time
// after it), kode_diagnosa (normalised as diagnosa.csv is matched), the TACC code (1–4, or
// "named" when the file has no kd_tacc and a TACC name or reason says so) and the
// non-specialistic decision (the row's flag, else diagnosa.csv). Free-text columns
// (nm_tacc, alasan_tacc, poli, a doctor's name…) are left out: exports spell them
// differently and they change no count.
//
// Streaming: when the second row of a number arrives the first has been counted, so each
// number keeps what it contributed (facility, day, counters, identical duplicates) to be
// taken back when a conflict appears. A row of a conflicting number dated outside the
// month is set aside as every such row is (listed once), and named by the others. One entry per distinct no_rujukan (referrals are
// ~2 % of participants) in typed columns; the rows of a conflict are rare and are kept
// whole, their raw text read again afterwards for the rejects (see bacaBulan).
import { TACC_NAMA } from '../core/kosakata.js';
import { formatDate } from '../core/month.js';
import { HARI, type FaktaHarian, type HitunganDasar } from '../core/types.js';
import { Kolom, type KunciKartu } from './peserta-index.js';
import { normalizeIcd } from './values.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
import type { Teks } from '../pesan/index.js';

/** One referral row's content (see above); `diagnosa` as written, compared normalised. `tacc`: 0 not TACC, 1–4 its kd_tacc, TACC_NAMA by name or reason. */
export interface IsiRujukan {
  kunci: number;
  f: number;
  tgl: number;
  diagnosa: string;
  tacc: number;
  nonSpes: boolean;
}

/** What `RujukanGanda.lihat` found. */
export const BARU = 0;
export const SAMA = 1;
export const KONFLIK = 2;

const DIHITUNG = 1;
const ADA_KONFLIK = 2;

interface Anggota extends IsiRujukan {
  baris: number;
}

const samaIsi = (a: IsiRujukan, b: IsiRujukan): boolean =>
  a.kunci === b.kunci && a.f === b.f && a.tgl === b.tgl && a.tacc === b.tacc && a.nonSpes === b.nonSpes && (a.diagnosa === b.diagnosa || normalizeIcd(a.diagnosa) === normalizeIcd(b.diagnosa));

export class RujukanGanda {
  private readonly indeks = new Map<string, number>();
  private readonly kol = {
    baris: new Kolom(new Int32Array(256)),
    kunci: new Kolom(new Float64Array(256)),
    f: new Kolom(new Int32Array(256)),
    tgl: new Kolom(new Int32Array(256)),
    tacc: new Kolom(new Uint8Array(256)),
    nonSpes: new Kolom(new Uint8Array(256)),
    status: new Kolom(new Uint8Array(256)),
    duplikat: new Kolom(new Int32Array(256)),
  };
  private readonly diagnosa: string[] = [];
  /** Numbers in conflict: each distinct content met, with the first line that had it. */
  private readonly konflik = new Map<string, Anggota[]>();

  /**
   * `h`, `harian`, `awal` (the month's first day): the counts a conflict takes back from;
   * `kartu`, `kode`: how a card key and a facility index are written in a reason.
   */
  constructor(
    private readonly h: HitunganDasar[],
    private readonly harian: FaktaHarian,
    private readonly awal: number,
    private readonly kartu: KunciKartu,
    private readonly kode: (f: number) => string,
  ) {}

  /** The line of the number's first row (0: not met). */
  pertama(no: string): number {
    const i = this.indeks.get(no);
    return i === undefined ? 0 : (this.kol.baris.data[i] as number);
  }

  /**
   * A row of number `no` read. BARU: first met (`dihitung`: it counts, the caller counts
   * it); SAMA: an identical duplicate (counted in rujukanDuplikat here); KONFLIK: the number
   * has rows with other content — on the first conflict what it had contributed is taken
   * back here; the caller counts nothing.
   */
  lihat(no: string, isi: IsiRujukan, baris: number, dihitung: boolean): number {
    const i = this.indeks.get(no);
    if (i === undefined) {
      const k = this.kol;
      this.indeks.set(no, k.baris.length);
      k.baris.push(baris);
      k.kunci.push(isi.kunci);
      k.f.push(isi.f);
      k.tgl.push(isi.tgl);
      k.tacc.push(isi.tacc);
      k.nonSpes.push(isi.nonSpes ? 1 : 0);
      k.status.push(dihitung ? DIHITUNG : 0);
      k.duplikat.push(0);
      this.diagnosa.push(isi.diagnosa);
      return BARU;
    }
    const grup = this.konflik.get(no);
    if (grup !== undefined) {
      if (!grup.some((a) => samaIsi(a, isi))) grup.push({ ...isi, baris });
      return KONFLIK;
    }
    const pertama = this.isi(i);
    if (samaIsi(pertama, isi)) {
      this.kol.duplikat.data[i] = (this.kol.duplikat.data[i] as number) + 1;
      (this.h[isi.f] as HitunganDasar).rujukanDuplikat++;
      return SAMA;
    }
    this.tarik(i);
    this.konflik.set(no, [{ ...pertama, baris: this.kol.baris.data[i] as number }, { ...isi, baris }]);
    return KONFLIK;
  }

  /** Whether any number is in conflict (the rows are then read again for the rejects). */
  get adaKonflik(): boolean {
    return this.konflik.size > 0;
  }

  /**
   * A row of a conflicting number, read again: why it is rejected, naming the first line of
   * other content and what differs ("this row's value vs that line's"); null when `no` is
   * not in conflict. `audit`: the same for audit-rujukan-M.csv (Indonesian, as its other reasons).
   */
  alasan(no: string, isi: IsiRujukan): { teks: Teks; audit: string } | null {
    const grup = this.konflik.get(no);
    if (grup === undefined) return null;
    const lain = grup.find((a) => !samaIsi(a, isi)) as Anggota;
    const beda: string[] = [];
    const tambah = (kolom: string, a: string, b: string): void => void (a !== b && beda.push(`${kolom} ${a || '-'} vs ${b || '-'}`));
    tambah('kode_ppk', this.kode(isi.f), this.kode(lain.f));
    tambah('no_kartu', this.kartu.kartu(isi.kunci), this.kartu.kartu(lain.kunci));
    tambah('tgl_rujukan', formatDate(isi.tgl), formatDate(lain.tgl));
    if (normalizeIcd(isi.diagnosa) !== normalizeIcd(lain.diagnosa)) tambah('kode_diagnosa', isi.diagnosa, lain.diagnosa);
    tambah('kd_tacc', teksTacc(isi.tacc), teksTacc(lain.tacc));
    tambah('non_spesialistik', isi.nonSpes ? '1' : '0', lain.nonSpes ? '1' : '0');
    const fasilitasLain = isi.f !== lain.f;
    return {
      teks: PESAN_INGEST.rujukanKonflik(no, lain.baris, fasilitasLain, beda.join(', ')),
      audit: `no_rujukan ${no} juga di baris ${lain.baris} ${fasilitasLain ? 'di fasilitas lain' : 'dengan isi lain'} (${beda.join(', ')}); tidak satu pun barisnya dihitung`,
    };
  }

  private isi(i: number): IsiRujukan {
    const k = this.kol;
    return {
      kunci: k.kunci.data[i] as number,
      f: k.f.data[i] as number,
      tgl: k.tgl.data[i] as number,
      diagnosa: this.diagnosa[i] as string,
      tacc: k.tacc.data[i] as number,
      nonSpes: k.nonSpes.data[i] === 1,
    };
  }

  /** Takes back what number i's first row and its identical duplicates counted (the mirror of bacaBulan's rujukan pass). */
  private tarik(i: number): void {
    const k = this.kol;
    const status = k.status.data[i] as number;
    if (status & ADA_KONFLIK) return;
    k.status.data[i] = status | ADA_KONFLIK;
    const f = k.f.data[i] as number;
    // Set aside as outside the month: it counted nothing, stays set aside, and its identical duplicates stay duplicates.
    if (!(status & DIHITUNG)) return;
    const hf = this.h[f] as HitunganDasar;
    hf.rujukanDuplikat -= k.duplikat.data[i] as number;
    const hari = f * HARI + (k.tgl.data[i] as number) - this.awal;
    hf.rujukanTotal--;
    turun(this.harian.rujukan, hari);
    if (k.tacc.data[i] !== 0) hf.rujukanTacc--;
    else if (k.nonSpes.data[i] === 1) {
      hf.rujukanNonSpesialistik--;
      turun(this.harian.rujukanNonSpesialistik, hari);
    }
  }
}

const teksTacc = (t: number): string => (t === 0 ? '' : t === TACC_NAMA ? 'TACC' : String(t));

const turun = (a: Int32Array, i: number): void => {
  a[i] = (a[i] as number) - 1;
};
