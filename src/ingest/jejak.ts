// kbk audit's collector: the hooks of bacaBulan (JejakBulan) turned into per-participant
// and per-row facts, in typed arrays and growable typed columns. The read goes through it
// and never up into the job: src/app/audit.ts hands it to bacaDenganAturan, and
// src/report/audit-baris.ts arranges what it holds into rows.
import { cari } from '../core/bagi-dua.js';
import { PERISTIWA } from '../core/audit.js';
import { alasanDitolak, putusanRujukan, rujukanTidakSah } from '../core/alasan-audit.js';
import { RUJUKAN_DITOLAK, RUJUKAN_DUPLIKAT, RUJUKAN_LUAR_BULAN, type JejakBulan, type JenisBulan } from './bulan/konteks.js';
import type { Baris } from './csv.js';
import type { MasterFktp } from './master.js';
import { Kolom, KunciKartu, type IndeksPeserta } from './peserta-index.js';
import type { RowError } from './row-error.js';

/** A facility reference: a master index, or nF + the index of a code written in a rejected row and not in fktp.csv. */
export type RefFasilitas = number;

/**
 * What the month's read decided, row by row (see JejakBulan): per participant the flags and
 * lines bacaBulan hands over, per row that did not count a few numbers in growable typed
 * columns, per referral its line, facility, card, ending and verdict.
 */
export class JejakAudit implements JejakBulan {
  readonly kartu = new KunciKartu();
  /** Pairs touched by a row that did not count (and each facility of a card active at two): kind, facility, card, line, date or text. */
  readonly ev = {
    jenis: new Kolom(new Uint8Array(1024)),
    f: new Kolom(new Int32Array(1024)),
    kunci: new Kolom(new Float64Array(1024)),
    baris: new Kolom(new Int32Array(1024)),
    info: new Kolom(new Int32Array(1024)),
  };
  /** Every rujukan.csv row in file order: its line, facility, card, how it ended, and a line, a date or a text by that. */
  readonly rj = {
    baris: new Kolom(new Int32Array(1024)),
    f: new Kolom(new Int32Array(1024)),
    kunci: new Kolom(new Float64Array(1024)),
    status: new Kolom(new Uint8Array(1024)),
    tacc: new Kolom(new Uint8Array(1024)),
    nonSpes: new Kolom(new Uint8Array(1024)),
    info: new Kolom(new Int32Array(1024)),
    /** The row's tgl_rujukan (a day number; 0 for a rejected row) and its kode_diagnosa (an index into teks; -1 for a rejected row): what kbk sampel lists. */
    tgl: new Kolom(new Int32Array(1024)),
    diagnosa: new Kolom(new Int32Array(1024)),
  };
  readonly noRujukan: string[] = [];
  /** no_rujukan → the line that counted it first (for its duplicates). */
  private readonly pertama = new Map<string, number>();
  /** Facility codes of rejected rows that fktp.csv does not have. */
  readonly kodeLain: string[] = [];
  private readonly kodeLainIdx = new Map<string, number>();
  /** Texts kept once (the reasons of rejected rows, the verdicts of referrals). */
  readonly teks: string[] = [];
  private readonly teksIdx = new Map<string, number>();

  indeksPeserta: IndeksPeserta | null = null;
  konflik: ReadonlyMap<number, ReadonlySet<number>> = new Map();
  barisKontak: Int32Array = new Int32Array(0);
  barisProlanis: Int32Array = new Int32Array(0);
  flags: Uint8Array = new Uint8Array(0);
  hariPertama: Uint8Array = new Uint8Array(0);
  ringkas: Int32Array = new Int32Array(0);

  constructor(readonly master: MasterFktp) {}

  private peristiwa(jenis: number, f: RefFasilitas, kunci: number, baris: number, info: number): void {
    this.ev.jenis.push(jenis);
    this.ev.f.push(f);
    this.ev.kunci.push(kunci);
    this.ev.baris.push(baris);
    this.ev.info.push(info);
  }

  private simpanTeks(t: string): number {
    let i = this.teksIdx.get(t);
    if (i === undefined) {
      i = this.teks.length;
      this.teks.push(t);
      this.teksIdx.set(t, i);
    }
    return i;
  }

  private refFasilitas(kode: string): RefFasilitas {
    const f = this.master.indeks.get(kode);
    if (f !== undefined) return f;
    let i = this.kodeLainIdx.get(kode);
    if (i === undefined) {
      i = this.kodeLain.length;
      this.kodeLain.push(kode);
      this.kodeLainIdx.set(kode, i);
    }
    return this.master.daftar.length + i;
  }

  private barisRujukan(baris: number, f: RefFasilitas, kunci: number, no: string, status: number, tacc: boolean, nonSpes: boolean, info: number, tgl = 0, diagnosa = -1): void {
    this.rj.tgl.push(tgl);
    this.rj.diagnosa.push(diagnosa);
    this.rj.baris.push(baris);
    this.rj.f.push(f);
    this.rj.kunci.push(kunci);
    this.rj.status.push(status);
    this.rj.tacc.push(tacc ? 1 : 0);
    this.rj.nonSpes.push(nonSpes ? 1 : 0);
    this.rj.info.push(info);
    this.noRujukan.push(no);
  }

  tidakAktif(kunci: number, f: number, baris: number): void {
    this.peristiwa(PERISTIWA.TIDAK_AKTIF, f, kunci, baris, 0);
  }

  indeks(indeks: IndeksPeserta, konflik: ReadonlyMap<number, ReadonlySet<number>>): { barisKontak: Int32Array; barisProlanis: Int32Array } {
    this.indeksPeserta = indeks;
    this.konflik = konflik;
    for (const [kunci, fs] of konflik) for (const f of fs) this.peristiwa(PERISTIWA.KONFLIK, f, kunci, 0, 0);
    this.barisKontak = new Int32Array(indeks.size);
    this.barisProlanis = new Int32Array(indeks.size);
    return { barisKontak: this.barisKontak, barisProlanis: this.barisProlanis };
  }

  kontakLain(kunci: number, f: number, tgl: number, baris: number, luarBulan: boolean): void {
    this.peristiwa(luarBulan ? PERISTIWA.KONTAK_LUAR : PERISTIWA.KONTAK_LAIN, f, kunci, baris, tgl);
  }

  kontakTerlambat(kunci: number, f: number, tgl: number, baris: number): void {
    this.peristiwa(PERISTIWA.KONTAK_TERLAMBAT, f, kunci, baris, tgl);
  }

  rujukan(b: Baris, kunci: number, f: number, tgl: number, status: number, tacc: boolean, nonSpes: boolean): void {
    const no = b.get('no_rujukan');
    let info: number;
    if (status === RUJUKAN_DUPLIKAT) info = this.pertama.get(no) ?? 0;
    else {
      this.pertama.set(no, b.line);
      info =
        status === RUJUKAN_LUAR_BULAN
          ? tgl
          : this.simpanTeks(putusanRujukan(tacc, b.has('kd_tacc') ? b.get('kd_tacc') : null, b.get('nm_tacc'), b.get('alasan_tacc'), nonSpes, b.get('non_spesialistik'), b.get('kode_diagnosa')));
    }
    this.barisRujukan(b.line, f, kunci, no, status, tacc, nonSpes, info, tgl, this.simpanTeks(b.get('kode_diagnosa')));
  }

  rujukanKonflik(baris: number, alasan: string): void {
    // Rows were told in file order: find this line's by bisection (the one bisection, src/core/bagi-dua.ts).
    const data = this.rj.baris.data;
    const lo = cari(0, this.rj.baris.length - 1, (i) => (data[i] as number) >= baris);
    if (lo === null || data[lo] !== baris) throw new Error(`audit: rujukan.csv line ${baris} was not told before its conflict`);
    this.rj.status.data[lo] = RUJUKAN_DITOLAK;
    this.rj.info.data[lo] = this.simpanTeks(alasan);
  }

  prolanisLain(kunci: number, f: number, tgl: number, baris: number, luarBulan: boolean): void {
    this.peristiwa(luarBulan ? PERISTIWA.UKUR_LUAR : PERISTIWA.PROLANIS_LAIN, f, kunci, baris, tgl);
  }

  tidakSah(jenis: 'kontak' | 'rujukan' | 'prolanis', kunci: number, f: number, tgl: number, baris: number): void {
    if (jenis !== 'rujukan') return this.peristiwa(jenis === 'kontak' ? PERISTIWA.KONTAK_TIDAK_SAH : PERISTIWA.UKUR_TIDAK_SAH, f, kunci, baris, tgl);
    // The referral was just told as counted (rujukan): no longer non-specialistic, and why.
    const r = this.rj.baris.length - 1;
    this.rj.nonSpes.data[r] = 0;
    this.rj.info.data[r] = this.simpanTeks(rujukanTidakSah(this.teks[this.rj.info.data[r] as number] as string));
  }

  ditolak(jenis: JenisBulan, b: Baris, e: RowError): void {
    const f = this.refFasilitas(b.get('kode_ppk'));
    const kunci = this.kartu.kunci(b.get('no_kartu'));
    const alasan = this.simpanTeks(alasanDitolak(b.kolom(e.kolom), e.jenis));
    if (jenis === 'rujukan') return this.barisRujukan(b.line, f, kunci, b.get('no_rujukan'), RUJUKAN_DITOLAK, false, false, alasan);
    const kind = jenis === 'peserta' ? PERISTIWA.DITOLAK_PESERTA : jenis === 'kontak' ? PERISTIWA.DITOLAK_KONTAK : PERISTIWA.DITOLAK_PROLANIS;
    this.peristiwa(kind, f, kunci, b.line, alasan);
  }

  selesai(flags: Uint8Array, hariPertama: Uint8Array, ringkas: Int32Array): void {
    this.flags = flags;
    this.hariPertama = hariPertama;
    this.ringkas = ringkas;
  }
}
