// kbk audit: which participants and referrals were counted, row by row, and why. The month
// is read exactly as compute reads it (bacaDenganAturan), with a collector (JejakAudit)
// told what the read decides; the counts in the three files add up, per facility, to
// capaian's by construction, and the job checks that they do before writing anything.
//
// Memory: per participant only typed arrays (the index's own, and three more here: the
// card key, the lines of the first contact and of the first Prolanis row); per row that
// did not count a few numbers in growable typed columns. The files are made as they are
// written, a thousand lines at a time.
import { join } from 'node:path';
import {
  BIT,
  BIT_PERLU,
  HITUNGAN_PESERTA,
  PERISTIWA,
  PERLU,
  lainnya,
  teksKonflik,
  teksUkur,
  type HitunganPeserta,
  type Perlu,
} from '../core/audit.js';
import { putuskan, type KeputusanKlinis } from '../core/klinis.js';
import { NAMA_TACC, taccDisebut } from '../core/kosakata.js';
import { daysOfMonth, formatDate, formatMonth, type MonthIndex } from '../core/month.js';
import { DIAG_DM, DIAG_HT, PROGRAM_DM, PROLANIS_DM, PROLANIS_HT, type FaktaBulan, type FaktaProlanis, type HitunganBulan } from '../core/types.js';
import { UsageError } from '../errors.js';
import { DIUKUR, KONTAK, RUJUKAN_DUPLIKAT, RUJUKAN_LUAR_BULAN, type JejakBulan } from '../ingest/bulan.js';
import type { Baris } from '../ingest/csv.js';
import { mirip } from '../ingest/headers.js';
import type { MasterFktp } from '../ingest/master.js';
import { IndeksPeserta, KONFLIK, Kolom, KunciKartu } from '../ingest/peserta-index.js';
import type { Penolakan } from '../ingest/rejects.js';
import type { RowError } from '../ingest/row-error.js';
import type { RuleSet } from '../rules/schema.js';
import { csvBaris, hitunganAudit, kolomAudit, KOLOM_AUDIT_RUJUKAN, KOLOM_JANGKAUAN, type RingkasanAudit } from '../report/audit.js';
import { gantiKartu } from '../report/samaran.js';
import type { FileLaporan } from '../report/write.js';
import { bacaDenganAturan, capaianDari, denganTolak, filesTolak, konteks, pilihProfil, type HasilJob, type OpsiJob } from './jobs.js';
import { dalam, type Pesan } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';

export type { RingkasanAudit } from '../report/audit.js';

/** A rujukan.csv row rejected (beside RUJUKAN_DIHITUNG, _DUPLIKAT, _LUAR_BULAN). */
const RUJUKAN_DITOLAK = 3;

/** Why kbk audit takes no --summary (src/pesan/app.ts). */
export const PESAN_RINGKASAN = PESAN_APP.auditTanpaRingkasan;

export interface HasilAudit {
  bulan: MonthIndex;
  rules: RuleSet;
  /** audit-M.csv, audit-rujukan-M.csv, jangkauan-M.csv and the month's tolak-M.csv. */
  files: FileLaporan[];
  tolak: Penolakan;
  peringatan: Pesan[];
  dipakai: HasilJob['dipakai'];
  /** Per facility listed: rows, registered, with a contact, referrals, outreach rows per need. */
  ringkasan: RingkasanAudit[];
}

/**
 * kbk audit: the month read as compute reads it; audit-M.csv (one row per facility and
 * participant the exports touch), audit-rujukan-M.csv (one row per rujukan.csv row, in
 * file order), jangkauan-M.csv (the outreach list) and tolak-M.csv. `ppk`: only these
 * facilities' rows (codes, comma-separated or not).
 */
export async function audit(opsi: OpsiJob, bulan: MonthIndex, ppk?: readonly string[]): Promise<HasilAudit> {
  if (opsi.ringkasan) throw new UsageError(PESAN_RINGKASAN);
  return denganTolak(opsi, bulan, async (tolak) => {
    const ctx = await konteks(opsi, tolak);
    const pilihan = pilihFasilitas(ctx.master, ppk);
    const jejak = new JejakAudit(ctx.master);
    ctx.jejak = jejak;
    const b = await bacaDenganAturan(ctx, opsi, bulan);
    ctx.jejak = undefined;
    const { hitungan, peringatan } = capaianDari(ctx, opsi, b);
    const fakta = b.fakta as FaktaBulan;
    const keputusan = putuskan(fakta.prolanis, pilihProfil(b.rules, opsi.profilKlinis));
    const a = new Audit(jejak, { master: ctx.master, bulan, rules: b.rules, prolanis: fakta.prolanis, keputusan, pilihan, samarkan: opsi.samarkan });
    const ringkasan = a.periksa(hitungan);
    const excel = Boolean(opsi.format?.csvExcel);
    const m = formatMonth(bulan);
    const files: FileLaporan[] = [
      { path: join(opsi.outDir, `audit-${m}.csv`), content: csvBaris(kolomAudit(b.rules), () => a.barisAudit(), excel), pribadi: true },
      { path: join(opsi.outDir, `audit-rujukan-${m}.csv`), content: csvBaris(KOLOM_AUDIT_RUJUKAN, () => a.barisRujukan(), excel), pribadi: true },
      { path: join(opsi.outDir, `jangkauan-${m}.csv`), content: csvBaris(KOLOM_JANGKAUAN, () => a.barisJangkauan(), excel), pribadi: true },
      ...filesTolak(opsi, bulan, [bulan], ctx.tolak),
    ];
    return { bulan, rules: b.rules, files, tolak: ctx.tolak, peringatan: [...ctx.peringatan, ...peringatan], dipakai: { aturan: [b.rules], tarif: [] }, ringkasan };
  });
}

/** --ppk: the master indices asked for (null: all); an unknown code is a usage error naming a close one, or the known ones. */
export function pilihFasilitas(master: MasterFktp, ppk: readonly string[] | undefined): Set<number> | null {
  if (ppk === undefined) return null;
  const kode = ppk.flatMap((k) => k.split(',')).map((k) => k.trim()).filter((k) => k !== '');
  if (kode.length === 0) throw new UsageError(PESAN_APP.ppkKosong);
  const pilihan = new Set<number>();
  for (const k of kode) {
    const f = master.indeks.get(k);
    if (f !== undefined) {
      pilihan.add(f);
      continue;
    }
    const semua = master.daftar.map((d) => d.kodePpk);
    const kecil = k.toLowerCase();
    // The same code but for case or lost leading zeros; else one a letter or two off, or cut short.
    const sama = semua.filter((s) => s.toLowerCase() === kecil || s.replace(/^0+/, '') === k.replace(/^0+/, ''));
    const dekat = sama.length > 0 ? sama : semua.filter((s) => mirip(kecil, s.toLowerCase()));
    throw new UsageError(dekat.length > 0 ? PESAN_APP.ppkMirip(k, dekat.slice(0, 3)) : PESAN_APP.ppkTidakDikenal(k, semua));
  }
  return pilihan;
}

/** A facility reference: a master index, or nF + the index of a code written in a rejected row and not in fktp.csv. */
type RefFasilitas = number;

/** What the month's read decided, row by row (see JejakBulan). */
class JejakAudit implements JejakBulan {
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

  private barisRujukan(baris: number, f: RefFasilitas, kunci: number, no: string, status: number, tacc: boolean, nonSpes: boolean, info: number): void {
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

  rujukan(b: Baris, kunci: number, f: number, tgl: number, status: number, tacc: boolean, nonSpes: boolean): void {
    const no = b.get('no_rujukan');
    let info: number;
    if (status === RUJUKAN_DUPLIKAT) info = this.pertama.get(no) ?? 0;
    else {
      this.pertama.set(no, b.line);
      info = status === RUJUKAN_LUAR_BULAN ? tgl : this.simpanTeks(putusanRujukan(b, tacc, nonSpes));
    }
    this.barisRujukan(b.line, f, kunci, no, status, tacc, nonSpes, info);
  }

  rujukanKonflik(baris: number, alasan: string): void {
    // Rows were told in file order: find this line's by bisection.
    const data = this.rj.baris.data;
    let lo = 0;
    let hi = this.rj.baris.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((data[mid] as number) < baris) lo = mid + 1;
      else hi = mid;
    }
    if (data[lo] !== baris) throw new Error(`audit: rujukan.csv line ${baris} was not told before its conflict`);
    this.rj.status.data[lo] = RUJUKAN_DITOLAK;
    this.rj.info.data[lo] = this.simpanTeks(alasan);
  }

  prolanisLain(kunci: number, f: number, tgl: number, baris: number, luarBulan: boolean): void {
    this.peristiwa(luarBulan ? PERISTIWA.UKUR_LUAR : PERISTIWA.PROLANIS_LAIN, f, kunci, baris, tgl);
  }

  ditolak(jenis: 'peserta' | 'kontak' | 'rujukan' | 'prolanis', b: Baris, e: RowError): void {
    const f = this.refFasilitas(b.get('kode_ppk'));
    const kunci = this.kartu.kunci(b.get('no_kartu'));
    const alasan = this.simpanTeks(`${b.kolom(e.kolom)}: ${e.jenis}`);
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

/** A counted referral's verdict: TACC, or (non-)specialistic and where that came from. */
function putusanRujukan(b: Baris, tacc: boolean, nonSpes: boolean): string {
  if (tacc) {
    let dari: string;
    if (b.has('kd_tacc')) {
      const v = b.get('kd_tacc');
      dari = `kd_tacc ${v}${NAMA_TACC[v] ? ` ${NAMA_TACC[v]}` : ''}`;
    } else {
      const k = taccDisebut(b.get('nm_tacc')) ? 'nm_tacc' : 'alasan_tacc';
      dari = `${k} "${b.get(k)}"`;
    }
    return `dihitung; TACC (${dari}): tidak dihitung non-spesialistik`;
  }
  const sumber = b.get('non_spesialistik') !== '' ? 'kolom non_spesialistik' : `diagnosa.csv (${b.get('kode_diagnosa')})`;
  return `dihitung; ${nonSpes ? 'non-spesialistik' : 'spesialistik'} menurut ${sumber}`;
}

/** One (facility, card) row of audit-M.csv while it is made: p ≥ 0 when the card is registered (and counted) at the facility; its events [e0, e1) in `urutEv`. */
interface Pasangan {
  f: RefFasilitas;
  kunci: number;
  p: number;
  e0: number;
  e1: number;
}

/** The collected month arranged for the three files. */
class Audit {
  private readonly nF: number;
  private readonly indeks: IndeksPeserta;
  private readonly kolom: { kunci: HitunganPeserta; kolom: string }[];
  /** Facility references listed, in kode_ppk order (fktp.csv's codes, and codes of rejected rows it does not have). */
  private readonly urutanF: RefFasilitas[];
  /** The card key of each participant position. */
  private readonly kunciP: Float64Array;
  /** Registered participants' positions by card, facility by facility: those of master facility f at [mulai[f], mulai[f+1]). */
  private readonly urut: Int32Array;
  private readonly mulai: Int32Array;
  /** Events of the facilities listed, sorted by facility, card, kind and line. */
  private readonly urutEv: Int32Array;
  private readonly tanggalHari: string[];
  private readonly ada: { kontak: boolean; dm: boolean; dmKendali: boolean; ht: boolean; htKendali: boolean; kunjungan: boolean };
  private readonly kartuKeluar: (kunci: number) => string;
  private readonly teksKeluar: (t: string) => string;

  constructor(
    private readonly j: JejakAudit,
    private readonly o: {
      master: MasterFktp;
      bulan: MonthIndex;
      rules: RuleSet;
      prolanis: FaktaProlanis;
      keputusan: KeputusanKlinis;
      pilihan: Set<number> | null;
      samarkan?: (noKartu: string) => string;
    },
  ) {
    this.nF = o.master.daftar.length;
    this.indeks = j.indeksPeserta as IndeksPeserta;
    this.kolom = hitunganAudit(o.rules);
    const punya = (k: HitunganPeserta): boolean => this.kolom.some((c) => c.kunci === k);
    this.ada = {
      kontak: punya('pesertaKontak'),
      dm: punya('dmTerdaftar') || punya('dmTerkendali'),
      dmKendali: punya('dmTerkendali'),
      ht: punya('htTerdaftar') || punya('htTerkendali'),
      htKendali: punya('htTerkendali'),
      kunjungan: punya('prolanisBerkunjung') || punya('prolanisTerdaftar'),
    };
    const { first, last } = daysOfMonth(o.bulan);
    this.tanggalHari = ['', ...Array.from({ length: last - first + 1 }, (_, i) => formatDate(first + i))];
    const ganti = o.samarkan;
    this.kartuKeluar = (kunci) => {
      const k = j.kartu.kartu(kunci);
      return ganti && k !== '' ? ganti(k) : k;
    };
    this.teksKeluar = ganti ? (t) => gantiKartu(t, ganti) : (t) => t;

    // Facilities in kode_ppk order: fktp.csv is sorted so; the other codes are put among them.
    const dipilih = (f: RefFasilitas): boolean => (o.pilihan === null ? true : f < this.nF && o.pilihan.has(f));
    const semua: RefFasilitas[] = [...Array.from({ length: this.nF }, (_, f) => f), ...j.kodeLain.map((_, i) => this.nF + i)];
    this.urutanF = semua.filter(dipilih).sort((a, b) => bandingTeks(this.kode(a), this.kode(b)));
    const rank = new Int32Array(semua.length);
    this.urutanF.forEach((f, i) => (rank[f] = i));

    // Registered participants per facility: a counting sort by facility (in peserta.csv's
    // order), then each facility's sorted by card key unless the file already was (as
    // exports usually are); keys of 13-digit cards sort as the order of their digits.
    const fas = this.indeks.fasilitas;
    const kunci = this.indeks.kunciPerPosisi();
    this.kunciP = kunci;
    this.mulai = new Int32Array(this.nF + 1);
    for (let p = 0; p < fas.length; p++) {
      const f = fas[p] as number;
      if (f >= 0 && dipilih(f)) this.mulai[f + 1] = (this.mulai[f + 1] as number) + 1;
    }
    for (let f = 0; f < this.nF; f++) this.mulai[f + 1] = (this.mulai[f + 1] as number) + (this.mulai[f] as number);
    this.urut = new Int32Array(this.mulai[this.nF] as number);
    const isi = this.mulai.slice(0, this.nF);
    for (let p = 0; p < fas.length; p++) {
      const f = fas[p] as number;
      if (f >= 0 && dipilih(f)) this.urut[naik(isi, f) - 1] = p;
    }
    for (let f = 0; f < this.nF; f++) {
      const seg = this.urut.subarray(this.mulai[f], this.mulai[f + 1]);
      let terurut = true;
      for (let i = 1; terurut && i < seg.length; i++) terurut = (kunci[seg[i - 1] as number] as number) < (kunci[seg[i] as number] as number);
      if (!terurut) seg.sort((a, b) => (kunci[a] as number) - (kunci[b] as number));
    }

    const ev = j.ev;
    const evF = ev.f.view();
    const evK = ev.kunci.view();
    const evJ = ev.jenis.view();
    const evB = ev.baris.view();
    const pilihEv: number[] = [];
    for (let e = 0; e < evF.length; e++) if (dipilih(evF[e] as number)) pilihEv.push(e);
    this.urutEv = Int32Array.from(pilihEv).sort(
      (a, b) =>
        (rank[evF[a] as number] as number) - (rank[evF[b] as number] as number) ||
        this.bandingKartu(evK[a] as number, evK[b] as number) ||
        (evJ[a] as number) - (evJ[b] as number) ||
        (evB[a] as number) - (evB[b] as number),
    );
  }

  private kode(f: RefFasilitas): string {
    return f < this.nF ? (this.o.master.daftar[f]?.kodePpk as string) : (this.j.kodeLain[f - this.nF] as string);
  }

  /** Cards in the order of their text; keys of one digit count compare as numbers (the same order, faster). */
  private bandingKartu(a: number, b: number): number {
    if (a === b) return 0;
    if (a >= 0 && b >= 0 && Math.floor(a / 1e14) === Math.floor(b / 1e14)) return a - b;
    return bandingTeks(this.j.kartu.kartu(a), this.j.kartu.kartu(b));
  }

  /**
   * Every (facility, card) row of audit-M.csv in order: registered participants merged with
   * the other pairs touched; a thousand at a time (in `potongan`, whose count it yields),
   * since a generator's step per row would cost more than the row.
   */
  private *pasangan(): Generator<number> {
    const b = this.potongan;
    const ev = this.urutEv;
    const evF = this.j.ev.f.view();
    const evK = this.j.ev.kunci.view();
    let e = 0;
    let n = 0;
    for (const f of this.urutanF) {
      let i = f < this.nF ? (this.mulai[f] as number) : 0;
      const iAkhir = f < this.nF ? (this.mulai[f + 1] as number) : 0;
      let eAkhir = e;
      while (eAkhir < ev.length && evF[ev[eAkhir] as number] === f) eAkhir++;
      while (i < iAkhir || e < eAkhir) {
        const c = i >= iAkhir ? 1 : e >= eAkhir ? -1 : this.bandingKartu(this.kunciP[this.urut[i] as number] as number, evK[ev[e] as number] as number);
        let kunci: number;
        let p = -1;
        if (c <= 0) {
          p = this.urut[i++] as number;
          kunci = this.kunciP[p] as number;
        } else kunci = evK[ev[e] as number] as number;
        const k = n++;
        b.f[k] = f;
        b.kunci[k] = kunci;
        b.p[k] = p;
        b.e0[k] = e;
        while (e < eAkhir && evK[ev[e] as number] === kunci) e++;
        b.e1[k] = e;
        if (n === POTONGAN) {
          yield n;
          n = 0;
        }
      }
    }
    if (n > 0) yield n;
  }

  private readonly potongan = { f: new Int32Array(POTONGAN), kunci: new Float64Array(POTONGAN), p: new Int32Array(POTONGAN), e0: new Int32Array(POTONGAN), e1: new Int32Array(POTONGAN) };

  /** Each batch of pairs: `isi` is called with each pair in turn (one object, reused). */
  private *setiapPasangan<T>(isi: (ps: Pasangan, out: T[]) => void): Generator<T[]> {
    const b = this.potongan;
    const ps: Pasangan = { f: 0, kunci: 0, p: -1, e0: 0, e1: 0 };
    for (const n of this.pasangan()) {
      const out: T[] = [];
      for (let k = 0; k < n; k++) {
        ps.f = b.f[k] as number;
        ps.kunci = b.kunci[k] as number;
        ps.p = b.p[k] as number;
        ps.e0 = b.e0[k] as number;
        ps.e1 = b.e1[k] as number;
        isi(ps, out);
      }
      yield out;
    }
  }

  /** A registered participant's counts as a mask of BIT: exactly what bacaBulan's tally and hitunganBulan count. */
  private nilai(p: number): number {
    const fl = this.j.flags[p] as number;
    let m = BIT.pesertaTerdaftar;
    if (fl & KONTAK) m |= BIT.pesertaKontak;
    if (fl & DIAG_DM) m |= BIT.dmTerdaftar;
    if (fl & DIAG_HT) m |= BIT.htTerdaftar;
    const i = this.j.ringkas[p] as number;
    if (i >= 0) {
      const st = this.o.keputusan.status;
      if (fl & PROLANIS_DM && st[0][i] === 1) m |= BIT.dmTerkendali;
      if (fl & PROLANIS_HT && st[1][i] === 1) m |= BIT.htTerkendali;
    }
    if (fl & (PROLANIS_DM | PROLANIS_HT)) {
      m |= BIT.prolanisTerdaftar;
      if (fl & (KONTAK | DIUKUR)) m |= BIT.prolanisBerkunjung;
    }
    return m;
  }

  /** What a registered participant is on the outreach list for, as a mask of BIT_PERLU. */
  private perlu(p: number): number {
    const fl = this.j.flags[p] as number;
    let m = 0;
    if (this.ada.kontak && !(fl & KONTAK)) m |= BIT_PERLU.kontak;
    const i = this.j.ringkas[p] as number;
    const st = this.o.keputusan.status;
    if (this.ada.dmKendali) {
      if (fl & PROLANIS_DM) m |= st[0][i] === -1 ? BIT_PERLU.ukur_dm : st[0][i] === 0 ? BIT_PERLU.kendali_dm : 0;
      else if (fl & DIAG_DM) m |= BIT_PERLU.daftar_prolanis_dm;
    }
    if (this.ada.htKendali) {
      if (fl & PROLANIS_HT) m |= st[1][i] === -1 ? BIT_PERLU.ukur_ht : st[1][i] === 0 ? BIT_PERLU.kendali_ht : 0;
      else if (fl & DIAG_HT) m |= BIT_PERLU.daftar_prolanis_ht;
    }
    if (this.ada.kunjungan && fl & (PROLANIS_DM | PROLANIS_HT) && !(fl & (KONTAK | DIUKUR))) m |= BIT_PERLU.kunjungan_prolanis;
    return m;
  }

  /** The deciding measurement of a programme (0 DM, 1 HT): "GDP 110 (2024-06-10, baris 12)". */
  private ukur(g: 0 | 1, i: number): string {
    const u = this.o.keputusan.penentu[g][i] as number;
    const uk = this.o.prolanis.ukur;
    return teksUkur(uk.program[u] === PROGRAM_DM, uk.a[u] as number, uk.b[u] as number, uk.tanggal[u] as number, uk.baris[u] as number);
  }

  /** DM or HT of a diagnosed participant: enrolled or not, the deciding measurement and the verdict. */
  private teksProgram(g: 0 | 1, fl: number, i: number): string {
    const nama = g === 0 ? 'DM' : 'HT';
    const ikut = (fl & (g === 0 ? PROLANIS_DM : PROLANIS_HT)) !== 0;
    if (!(g === 0 ? this.ada.dmKendali : this.ada.htKendali)) return `${nama}: ${ikut ? 'peserta Prolanis' : 'terdiagnosis, bukan peserta Prolanis'}`;
    const label = ikut ? nama : `${nama} (bukan peserta Prolanis)`;
    const st = this.o.keputusan.status[g][i] as number;
    if (st === -1) return `${label}: tidak diukur bulan ini`;
    return `${label}: ${this.ukur(g, i)} ${st === 1 ? 'terkendali' : 'tidak terkendali'}`;
  }

  private programProlanis(fl: number): string {
    return [fl & PROLANIS_DM ? 'DM' : '', fl & PROLANIS_HT ? 'HT' : ''].filter((s) => s !== '').join(' dan ');
  }

  /** One event as text; `terdaftar`: of a pair whose participant is registered (and counted) there. */
  private teksPeristiwa(e: number, terdaftar: boolean): string {
    const ev = this.j.ev;
    const baris = ev.baris.data[e] as number;
    const info = ev.info.data[e] as number;
    switch (ev.jenis.data[e]) {
      case PERISTIWA.TIDAK_AKTIF:
        return terdaftar ? `peserta.csv baris ${baris} tidak aktif, baris lain aktif` : `tidak aktif (peserta.csv baris ${baris})`;
      case PERISTIWA.KONFLIK:
        return teksKonflik(this.kodeKonflik(ev.kunci.data[e] as number));
      case PERISTIWA.KONTAK_LAIN:
        return `kontak ${formatDate(info)} baris ${baris} tidak dihitung`;
      case PERISTIWA.KONTAK_LUAR:
        return `kontak ${formatDate(info)} baris ${baris} di luar bulan`;
      case PERISTIWA.PROLANIS_LAIN:
        return `prolanis.csv baris ${baris} tidak dihitung`;
      case PERISTIWA.UKUR_LUAR:
        return `pemeriksaan Prolanis ${formatDate(info)} baris ${baris} di luar bulan`;
      case PERISTIWA.DITOLAK_PESERTA:
        return `peserta.csv baris ${baris} ditolak (${this.j.teks[info]})`;
      case PERISTIWA.DITOLAK_KONTAK:
        return `kontak.csv baris ${baris} ditolak (${this.j.teks[info]})`;
      default:
        return `prolanis.csv baris ${baris} ditolak (${this.j.teks[info]})`;
    }
  }

  private kodeKonflik(kunci: number): string[] {
    return [...(this.j.konflik.get(kunci) ?? [])].map((f) => this.kode(f)).sort(bandingTeks);
  }

  /** The events [e0, e1) as texts, those of one kind as the first and how many more; `pilih` keeps some kinds only. */
  private teksPeristiwaDari(e0: number, e1: number, out: string[], terdaftar: boolean, pilih?: (jenis: number) => boolean): void {
    const jenis = this.j.ev.jenis.data;
    for (let k = e0; k < e1; ) {
      const e = this.urutEv[k] as number;
      const jn = jenis[e] as number;
      let n = 1;
      while (k + n < e1 && jenis[this.urutEv[k + n] as number] === jn) n++;
      if (pilih === undefined || pilih(jn)) out.push(this.teksPeristiwa(e, terdaftar) + lainnya(n - 1));
      k += n;
    }
  }

  /** Why a registered participant's row has its 0s and 1s. */
  private alasanTerdaftar(ps: Pasangan): string {
    const p = ps.p;
    const fl = this.j.flags[p] as number;
    const i = this.j.ringkas[p] as number;
    const parts = [fl & KONTAK ? `kontak ${this.tanggalHari[this.j.hariPertama[p] as number]} baris ${this.j.barisKontak[p]}` : 'tidak ada kontak bulan ini'];
    if (this.ada.dm && fl & DIAG_DM) parts.push(this.teksProgram(0, fl, i));
    if (this.ada.ht && fl & DIAG_HT) parts.push(this.teksProgram(1, fl, i));
    if (this.ada.kunjungan) {
      if (fl & (PROLANIS_DM | PROLANIS_HT)) {
        const prog = `Prolanis ${this.programProlanis(fl)}`;
        parts.push(
          fl & DIUKUR
            ? `${prog}: berkunjung (prolanis.csv baris ${this.j.barisProlanis[p]})`
            : fl & KONTAK
              ? `${prog}: berkunjung (kontak)`
              : `${prog}: tidak berkunjung bulan ini`,
        );
      }
      if (!this.ada.dm && fl & DIAG_DM && !(fl & PROLANIS_DM)) parts.push('DM: terdiagnosis, bukan peserta Prolanis');
      if (!this.ada.ht && fl & DIAG_HT && !(fl & PROLANIS_HT)) parts.push('HT: terdiagnosis, bukan peserta Prolanis');
    }
    this.teksPeristiwaDari(ps.e0, ps.e1, parts, true);
    return parts.join('; ');
  }

  /** Why a pair that is not a registered participant of the facility counts nothing. */
  private alasanLain(ps: Pasangan): string {
    const jenis = this.j.ev.jenis.data;
    let status = false;
    let hanyaTolak = true;
    for (let k = ps.e0; k < ps.e1; k++) {
      const jn = jenis[this.urutEv[k] as number] as number;
      if (jn === PERISTIWA.TIDAK_AKTIF || jn === PERISTIWA.KONFLIK) status = true;
      if (jn < PERISTIWA.DITOLAK_PESERTA) hanyaTolak = false;
    }
    const q = this.indeks.cari(ps.kunci);
    const g = q >= 0 ? (this.indeks.fasilitas[q] as number) : null;
    const konflikDiSini = g === KONFLIK && (this.j.konflik.get(ps.kunci)?.has(ps.f) ?? false);
    const parts: string[] = [];
    if (!status && !hanyaTolak) parts.push(g === null ? 'tidak terdaftar aktif di fasilitas mana pun' : 'tidak terdaftar di fasilitas ini');
    this.teksPeristiwaDari(ps.e0, ps.e1, parts, false, (jn) => jn === PERISTIWA.TIDAK_AKTIF || jn === PERISTIWA.KONFLIK);
    if (g !== null && g >= 0) parts.push(`terdaftar di ${this.kode(g)}`);
    else if (g === KONFLIK && !konflikDiSini) parts.push(teksKonflik(this.kodeKonflik(ps.kunci)));
    this.teksPeristiwaDari(ps.e0, ps.e1, parts, false, (jn) => jn !== PERISTIWA.TIDAK_AKTIF && jn !== PERISTIWA.KONFLIK);
    return parts.join('; ');
  }

  /** audit-M.csv's rows, a batch at a time. */
  barisAudit(): Iterable<string[][]> {
    const n = this.kolom.length;
    const bit = this.kolom.map((c) => BIT[c.kunci]);
    return this.setiapPasangan<string[]>((ps, out) => {
      const m = ps.p >= 0 ? this.nilai(ps.p) : 0;
      const row = new Array<string>(n + 3);
      row[0] = this.kode(ps.f);
      row[1] = this.kartuKeluar(ps.kunci);
      for (let c = 0; c < n; c++) row[c + 2] = m & (bit[c] as number) ? '1' : '0';
      row[n + 2] = this.teksKeluar(ps.p >= 0 ? this.alasanTerdaftar(ps) : this.alasanLain(ps));
      out.push(row);
    });
  }

  /** audit-rujukan-M.csv's rows: rujukan.csv's rows in file order, a batch at a time. */
  *barisRujukan(): Generator<string[][]> {
    const rj = this.j.rj;
    const pilihan = this.o.pilihan;
    let out: string[][] = [];
    for (let r = 0; r < rj.baris.length; r++) {
      if (out.length === POTONGAN) {
        yield out;
        out = [];
      }
      const f = rj.f.data[r] as number;
      if (pilihan !== null && !pilihan.has(f)) continue;
      const status = rj.status.data[r] as number;
      const info = rj.info.data[r] as number;
      const dihitung = status === 0;
      const tacc = dihitung && rj.tacc.data[r] === 1;
      const alasan =
        status === 0
          ? (this.j.teks[info] as string)
          : status === RUJUKAN_DUPLIKAT
            ? `duplikat no_rujukan dari baris ${info}`
            : status === RUJUKAN_LUAR_BULAN
              ? `tgl_rujukan ${formatDate(info)} di luar bulan`
              : `ditolak (${this.j.teks[info]})`;
      out.push([
        this.kode(f),
        this.teksKeluar(this.j.noRujukan[r] as string), // --samarkan: a card-like run in it is replaced too
        this.kartuKeluar(rj.kunci.data[r] as number),
        String(rj.baris.data[r]),
        dihitung ? '1' : '0',
        dihitung && !tacc && rj.nonSpes.data[r] === 1 ? '1' : '0',
        tacc ? '1' : '0',
        this.teksKeluar(alasan),
      ]);
    }
    yield out;
  }

  /** jangkauan-M.csv's rows: per registered participant, each need (PERLU order); a batch at a time. */
  barisJangkauan(): Iterable<string[][]> {
    return this.setiapPasangan<string[]>((ps, out) => {
      if (ps.p < 0) return;
      const m = this.perlu(ps.p);
      if (m === 0) return;
      const kode = this.kode(ps.f);
      const kartu = this.kartuKeluar(ps.kunci);
      for (const k of PERLU) if (m & BIT_PERLU[k]) out.push([kode, kartu, k, this.teksKeluar(this.keterangan(k, ps))]);
    });
  }

  private keterangan(k: Perlu, ps: Pasangan): string {
    const fl = this.j.flags[ps.p] as number;
    const i = this.j.ringkas[ps.p] as number;
    switch (k) {
      case 'kontak': {
        const parts = ['tidak ada kontak bulan ini'];
        this.teksPeristiwaDari(ps.e0, ps.e1, parts, true, (jn) => jn === PERISTIWA.KONTAK_LUAR || jn === PERISTIWA.DITOLAK_KONTAK);
        return parts.join('; ');
      }
      case 'ukur_dm':
        return 'peserta Prolanis DM, GDP tidak diukur bulan ini';
      case 'kendali_dm':
        return `DM: ${this.ukur(0, i)} tidak terkendali`;
      case 'daftar_prolanis_dm':
        return 'terdiagnosis DM, bukan peserta Prolanis DM';
      case 'ukur_ht':
        return 'peserta Prolanis HT, tekanan darah tidak diukur bulan ini';
      case 'kendali_ht':
        return `HT: ${this.ukur(1, i)} tidak terkendali`;
      case 'daftar_prolanis_ht':
        return 'terdiagnosis HT, bukan peserta Prolanis HT';
      case 'kunjungan_prolanis':
        return `peserta Prolanis ${this.programProlanis(fl)}, tanpa kontak atau pemeriksaan Prolanis bulan ini`;
    }
  }

  /**
   * The audit's counts per facility against capaian's (the same read, the same clinical
   * decision): a difference is a bug in kbk, and stops the run before anything is written.
   * Returns the terminal summary.
   */
  periksa(hitungan: readonly HitunganBulan[]): RingkasanAudit[] {
    const nF = this.nF;
    const K = HITUNGAN_PESERTA.length;
    const jumlah = new Float64Array(nF * K);
    const perlu = new Float64Array(nF * PERLU.length);
    const fas = this.indeks.fasilitas;
    for (let p = 0; p < fas.length; p++) {
      const f = fas[p] as number;
      if (f < 0) continue;
      const m = this.nilai(p);
      for (let k = 0; k < K; k++) if (m & (1 << k)) naik(jumlah, f * K + k);
      const q = this.perlu(p);
      if (q !== 0) for (let k = 0; k < PERLU.length; k++) if (q & (1 << k)) naik(perlu, f * PERLU.length + k);
    }
    const rj = this.j.rj;
    const rujukan = new Float64Array(nF * 4);
    for (let r = 0; r < rj.baris.length; r++) {
      const f = rj.f.data[r] as number;
      if (f >= nF) continue;
      naik(rujukan, f * 4 + 3);
      if (rj.status.data[r] !== 0) continue;
      naik(rujukan, f * 4);
      if (rj.tacc.data[r] === 1) naik(rujukan, f * 4 + 2);
      else if (rj.nonSpes.data[r] === 1) naik(rujukan, f * 4 + 1);
    }
    const beda: string[] = [];
    for (let f = 0; f < nF; f++) {
      const h = hitungan[f] as HitunganBulan;
      const kode = this.kode(f);
      HITUNGAN_PESERTA.forEach((k, i) => {
        if (jumlah[f * K + i] !== h[k]) beda.push(`${kode} ${k}: audit ${jumlah[f * K + i]}, capaian ${h[k]}`);
      });
      (['rujukanTotal', 'rujukanNonSpesialistik', 'rujukanTacc'] as const).forEach((k, i) => {
        if (rujukan[f * 4 + i] !== h[k]) beda.push(`${kode} ${k}: audit ${rujukan[f * 4 + i]}, capaian ${h[k]}`);
      });
    }
    // A bug in kbk: exit 70 with the stack, whose message is the English text.
    if (beda.length > 0) throw new Error(dalam(PESAN_APP.auditTidakCocok(beda.slice(0, 10)), 'en'));

    // Rows per facility: its registered participants and its other pairs (events of a card not registered there).
    const lain = new Map<RefFasilitas, number>();
    const ev = this.urutEv;
    const evF = this.j.ev.f.data;
    const evK = this.j.ev.kunci.data;
    for (let k = 0; k < ev.length; k++) {
      const e = ev[k] as number;
      const f = evF[e] as number;
      const kunci = evK[e] as number;
      if (k > 0 && evF[ev[k - 1] as number] === f && evK[ev[k - 1] as number] === kunci) continue;
      const q = this.indeks.cari(kunci);
      if (q >= 0 && fas[q] === f) continue;
      lain.set(f, (lain.get(f) ?? 0) + 1);
    }
    const rujukanLain = new Map<RefFasilitas, number>();
    for (let r = 0; r < rj.baris.length; r++) {
      const f = rj.f.data[r] as number;
      if (f >= nF) rujukanLain.set(f, (rujukanLain.get(f) ?? 0) + 1);
    }
    return this.urutanF.map((f) => {
      const terdaftar = f < nF ? (jumlah[f * K] as number) : 0;
      return {
        kodePpk: this.kode(f),
        baris: terdaftar + (lain.get(f) ?? 0),
        terdaftar,
        kontak: f < nF ? (jumlah[f * K + 1] as number) : 0,
        rujukan: f < nF ? (rujukan[f * 4 + 3] as number) : (rujukanLain.get(f) ?? 0),
        jangkauan: Object.fromEntries(PERLU.map((k, i) => [k, f < nF ? (perlu[f * PERLU.length + i] as number) : 0])) as Record<Perlu, number>,
      };
    });
  }
}

/** a[i] + 1, stored and returned. */
function naik(a: Int32Array | Float64Array, i: number): number {
  const v = (a[i] as number) + 1;
  a[i] = v;
  return v;
}

/** Pairs made per step of the generators (see Audit.pasangan). */
const POTONGAN = 1000;

const bandingTeks = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export { ringkasanJson, tabelAudit } from '../report/audit.js';
