// kbk audit's three files made from what the month's read decided (the collector
// src/ingest/jejak.ts): audit-M.csv (one row per facility and participant the exports
// touch), audit-rujukan-M.csv (one row per rujukan.csv row, in file order) and
// jangkauan-M.csv (the outreach list), their reasons in words from src/core/alasan-audit.ts;
// and the audit's own counts checked against capaian's before anything is written.
import { BIT, BIT_PERLU, HITUNGAN_PESERTA, PERISTIWA, PERLU, type HitunganPeserta, type Perlu } from '../core/audit.js';
import {
  keteranganPerlu,
  lainnya,
  programProlanis,
  rujukanDitolak,
  rujukanDuplikat,
  rujukanLuarBulan,
  TANPA_KONTAK,
  teksKonflik,
  teksKontak,
  teksKunjungan,
  teksPeristiwa,
  teksProgram,
  teksUkur,
  terdaftarDi,
  terdiagnosisBukanProlanis,
  tidakTerdaftar,
} from '../core/alasan-audit.js';
import type { KeputusanKlinis } from '../core/klinis.js';
import { daysOfMonth, formatDate, type MonthIndex } from '../core/month.js';
import { DIAG_DM, DIAG_HT, PROGRAM_DM, PROLANIS_DM, PROLANIS_HT, type FaktaProlanis, type HitunganBulan } from '../core/types.js';
import { DIUKUR, KONTAK, RUJUKAN_DUPLIKAT, RUJUKAN_LUAR_BULAN } from '../ingest/bulan.js';
import type { JejakAudit, RefFasilitas } from '../ingest/jejak.js';
import type { MasterFktp } from '../ingest/master.js';
import { KONFLIK, type IndeksPeserta } from '../ingest/peserta-index.js';
import type { RuleSet } from '../rules/schema.js';
import { dalam } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import { hitunganAudit, type RingkasanAudit } from './audit.js';
import { gantiKartu } from './samaran.js';
import type { TujuanCsv } from './tulis-csv.js';

/** No facilities: the event is not a card active at several. */
const TANPA_KODE: readonly string[] = [];

/** One (facility, card) row of audit-M.csv while it is made: u ≥ 0 when the card is registered (and counted) at the facility (its place in Audit.terdaftar); its events [e0, e1) in `urutEv`. */
interface Pasangan {
  f: RefFasilitas;
  kunci: number;
  u: number;
  e0: number;
  e1: number;
}

/**
 * The collected month (src/ingest/jejak.ts) arranged for the three files, and checked
 * against capaian (periksa) before anything is written.
 */
export class Audit {
  private readonly nF: number;
  private readonly indeks: IndeksPeserta;
  private readonly kolom: { kunci: HitunganPeserta; kolom: string }[];
  /** Facility references listed, in kode_ppk order (fktp.csv's codes, and codes of rejected rows it does not have). */
  private readonly urutanF: RefFasilitas[];
  /**
   * The registered participants listed, by card facility by facility (those of master
   * facility f at [mulai[f], mulai[f+1])), each with what its rows say of it: gathered from
   * the participant positions once, so that the files are made reading memory in order
   * (peserta.csv's order is seldom the facilities').
   */
  private readonly terdaftar: { kunci: Float64Array; flags: Uint8Array; ringkas: Int32Array; hariPertama: Uint8Array; barisKontak: Int32Array; barisProlanis: Int32Array };
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
    // order) that carries what the files read of each (peserta.csv read in order, each
    // facility's run written in order: no read waits on memory), then each facility's run
    // sorted by card key unless the file already was (as exports usually are); keys of
    // 13-digit cards sort as the order of their digits.
    const fas = this.indeks.fasilitas;
    const kunci = this.indeks.kunciPerPosisi();
    this.mulai = new Int32Array(this.nF + 1);
    for (let p = 0; p < fas.length; p++) {
      const f = fas[p] as number;
      if (f >= 0 && dipilih(f)) this.mulai[f + 1] = (this.mulai[f + 1] as number) + 1;
    }
    for (let f = 0; f < this.nF; f++) this.mulai[f + 1] = (this.mulai[f + 1] as number) + (this.mulai[f] as number);
    const n = this.mulai[this.nF] as number;
    const t = (this.terdaftar = {
      kunci: new Float64Array(n),
      flags: new Uint8Array(n),
      ringkas: new Int32Array(n),
      hariPertama: new Uint8Array(n),
      barisKontak: new Int32Array(n),
      barisProlanis: new Int32Array(n),
    });
    const isi = this.mulai.slice(0, this.nF);
    for (let p = 0; p < fas.length; p++) {
      const f = fas[p] as number;
      if (f < 0 || !dipilih(f)) continue;
      const u = naik(isi, f) - 1;
      t.kunci[u] = kunci[p] as number;
      t.flags[u] = j.flags[p] as number;
      t.ringkas[u] = j.ringkas[p] as number;
      t.hariPertama[u] = j.hariPertama[p] as number;
      t.barisKontak[u] = j.barisKontak[p] as number;
      t.barisProlanis[u] = j.barisProlanis[p] as number;
    }
    for (let f = 0; f < this.nF; f++) {
      const a = this.mulai[f] as number;
      const b = this.mulai[f + 1] as number;
      let terurut = true;
      for (let u = a + 1; terurut && u < b; u++) terurut = (t.kunci[u - 1] as number) < (t.kunci[u] as number);
      if (terurut) continue;
      const urutan = Int32Array.from({ length: b - a }, (_, i) => a + i).sort((x, y) => (t.kunci[x] as number) - (t.kunci[y] as number));
      for (const kol of Object.values(t)) {
        const salinan = kol.slice(a, b);
        urutan.forEach((dari, i) => (kol[a + i] = salinan[dari - a] as number));
      }
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
   * Every (facility, card) row of audit-M.csv in order, to `isi` (one object, reused):
   * registered participants merged with the other pairs touched; a yield after each
   * thousand, so that the file is written a chunk at a time.
   */
  private *setiapPasangan(isi: (ps: Pasangan) => void): Generator<void> {
    const ev = this.urutEv;
    const evF = this.j.ev.f.view();
    const evK = this.j.ev.kunci.view();
    const kunciU = this.terdaftar.kunci;
    const ps: Pasangan = { f: 0, kunci: 0, u: -1, e0: 0, e1: 0 };
    let e = 0;
    let n = 0;
    for (const f of this.urutanF) {
      let i = f < this.nF ? (this.mulai[f] as number) : 0;
      const iAkhir = f < this.nF ? (this.mulai[f + 1] as number) : 0;
      let eAkhir = e;
      while (eAkhir < ev.length && evF[ev[eAkhir] as number] === f) eAkhir++;
      while (i < iAkhir || e < eAkhir) {
        const c = i >= iAkhir ? 1 : e >= eAkhir ? -1 : this.bandingKartu(kunciU[i] as number, evK[ev[e] as number] as number);
        let kunci: number;
        let u = -1;
        if (c <= 0) {
          u = i++;
          kunci = kunciU[u] as number;
        } else kunci = evK[ev[e] as number] as number;
        ps.f = f;
        ps.kunci = kunci;
        ps.u = u;
        ps.e0 = e;
        while (e < eAkhir && evK[ev[e] as number] === kunci) e++;
        ps.e1 = e;
        isi(ps);
        if (++n === POTONGAN) {
          yield;
          n = 0;
        }
      }
    }
    yield;
  }

  /** A card's value: its digits from the key, or with --samarkan its pseudonym. */
  private tulisKartu(t: TujuanCsv, kunci: number): void {
    if (this.o.samarkan === undefined) t.kartu(kunci, this.j.kartu);
    else t.sel(this.kartuKeluar(kunci));
  }

  /** A registered participant's counts as a mask of BIT, from its flags and its place among Prolanis participants (ringkas): exactly what bacaBulan's tally and hitunganBulan count. */
  private nilai(fl: number, i: number): number {
    let m = BIT.pesertaTerdaftar;
    if (fl & KONTAK) m |= BIT.pesertaKontak;
    if (fl & DIAG_DM) m |= BIT.dmTerdaftar;
    if (fl & DIAG_HT) m |= BIT.htTerdaftar;
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

  /** What a registered participant is on the outreach list for, as a mask of BIT_PERLU (flags and ringkas as for nilai). */
  private perlu(fl: number, i: number): number {
    let m = 0;
    if (this.ada.kontak && !(fl & KONTAK)) m |= BIT_PERLU.kontak;
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
    const ikut = (fl & (g === 0 ? PROLANIS_DM : PROLANIS_HT)) !== 0;
    const kendali = g === 0 ? this.ada.dmKendali : this.ada.htKendali;
    const st = kendali ? (this.o.keputusan.status[g][i] as number) : -1;
    return teksProgram(g === 0 ? 'DM' : 'HT', ikut, kendali, st, kendali && st !== -1 ? this.ukur(g, i) : '');
  }

  /** One event as text; `terdaftar`: of a pair whose participant is registered (and counted) there. */
  private teksPeristiwa(e: number, terdaftar: boolean): string {
    const ev = this.j.ev;
    const jenis = ev.jenis.data[e] as number;
    const kode = jenis === PERISTIWA.KONFLIK ? this.kodeKonflik(ev.kunci.data[e] as number) : TANPA_KODE;
    return teksPeristiwa(jenis, ev.baris.data[e] as number, ev.info.data[e] as number, this.j.teks, kode, terdaftar);
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
    const u = ps.u;
    const t = this.terdaftar;
    const fl = t.flags[u] as number;
    const i = t.ringkas[u] as number;
    const kontak = fl & KONTAK ? teksKontak(this.tanggalHari[t.hariPertama[u] as number] as string, t.barisKontak[u] as number) : TANPA_KONTAK;
    // Most rows: the contact alone (no diagnosis, no Prolanis, no event), without an array and a join.
    if (!(fl & (DIAG_DM | DIAG_HT | PROLANIS_DM | PROLANIS_HT)) && ps.e0 === ps.e1) return kontak;
    const parts = [kontak];
    if (this.ada.dm && fl & DIAG_DM) parts.push(this.teksProgram(0, fl, i));
    if (this.ada.ht && fl & DIAG_HT) parts.push(this.teksProgram(1, fl, i));
    if (this.ada.kunjungan) {
      if (fl & (PROLANIS_DM | PROLANIS_HT))
        parts.push(teksKunjungan(programProlanis((fl & PROLANIS_DM) !== 0, (fl & PROLANIS_HT) !== 0), (fl & DIUKUR) !== 0, (fl & KONTAK) !== 0, t.barisProlanis[u] as number));
      if (!this.ada.dm && fl & DIAG_DM && !(fl & PROLANIS_DM)) parts.push(terdiagnosisBukanProlanis('DM'));
      if (!this.ada.ht && fl & DIAG_HT && !(fl & PROLANIS_HT)) parts.push(terdiagnosisBukanProlanis('HT'));
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
    if (!status && !hanyaTolak) parts.push(tidakTerdaftar(g === null));
    this.teksPeristiwaDari(ps.e0, ps.e1, parts, false, peristiwaStatus);
    if (g !== null && g >= 0) parts.push(terdaftarDi(this.kode(g)));
    else if (g === KONFLIK && !konflikDiSini) parts.push(teksKonflik(this.kodeKonflik(ps.kunci)));
    this.teksPeristiwaDari(ps.e0, ps.e1, parts, false, (jn) => !peristiwaStatus(jn));
    return parts.join('; ');
  }

  /** audit-M.csv's lines, into `t` a batch at a time. */
  tulisAudit(t: TujuanCsv): Iterable<void> {
    const bit = this.kolom.map((c) => BIT[c.kunci]);
    const r = this.terdaftar;
    return this.setiapPasangan((ps) => {
      t.sel(this.kode(ps.f));
      this.tulisKartu(t, ps.kunci);
      const u = ps.u;
      t.nolSatu(u >= 0 ? this.nilai(r.flags[u] as number, r.ringkas[u] as number) : 0, bit);
      t.sel(this.teksKeluar(u >= 0 ? this.alasanTerdaftar(ps) : this.alasanLain(ps)));
      t.akhir();
    });
  }

  /** audit-rujukan-M.csv's lines: rujukan.csv's rows in file order, into `t` a batch at a time. */
  *tulisRujukan(t: TujuanCsv): Generator<void> {
    const rj = this.j.rj;
    const pilihan = this.o.pilihan;
    for (let r = 0; r < rj.baris.length; r++) {
      if (r % POTONGAN === 0 && r > 0) yield;
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
            ? rujukanDuplikat(info)
            : status === RUJUKAN_LUAR_BULAN
              ? rujukanLuarBulan(info)
              : rujukanDitolak(this.j.teks[info] as string);
      t.sel(this.kode(f));
      t.sel(this.teksKeluar(this.j.noRujukan[r] as string)); // --samarkan: a card-like run in it is replaced too
      this.tulisKartu(t, rj.kunci.data[r] as number);
      t.sel(String(rj.baris.data[r]));
      t.sel(dihitung ? '1' : '0');
      t.sel(dihitung && !tacc && rj.nonSpes.data[r] === 1 ? '1' : '0');
      t.sel(tacc ? '1' : '0');
      t.sel(this.teksKeluar(alasan));
      t.akhir();
    }
  }

  /** jangkauan-M.csv's lines: per registered participant, each need (PERLU order); into `t` a batch at a time. */
  tulisJangkauan(t: TujuanCsv): Iterable<void> {
    const r = this.terdaftar;
    return this.setiapPasangan((ps) => {
      const u = ps.u;
      if (u < 0) return;
      const m = this.perlu(r.flags[u] as number, r.ringkas[u] as number);
      if (m === 0) return;
      const kode = this.kode(ps.f);
      for (let n = 0; n < PERLU.length; n++)
        if (m & (BIT_PERLU_URUT[n] as number)) {
          const k = PERLU[n] as Perlu;
          t.sel(kode);
          this.tulisKartu(t, ps.kunci);
          t.sel(k);
          t.sel(this.teksKeluar(this.keterangan(k, ps)));
          t.akhir();
        }
    });
  }

  private keterangan(k: Perlu, ps: Pasangan): string {
    const fl = this.terdaftar.flags[ps.u] as number;
    const i = this.terdaftar.ringkas[ps.u] as number;
    if (k === 'kontak') {
      if (ps.e0 === ps.e1) return TANPA_KONTAK;
      const parts = [TANPA_KONTAK];
      this.teksPeristiwaDari(ps.e0, ps.e1, parts, true, kontakTakDihitung);
      return parts.join('; ');
    }
    const ukur = k === 'kendali_dm' ? this.ukur(0, i) : k === 'kendali_ht' ? this.ukur(1, i) : '';
    return keteranganPerlu(k, ukur, k === 'kunjungan_prolanis' ? programProlanis((fl & PROLANIS_DM) !== 0, (fl & PROLANIS_HT) !== 0) : '');
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
      const fl = this.j.flags[p] as number;
      const i = this.j.ringkas[p] as number;
      const m = this.nilai(fl, i);
      for (let k = 0; k < K; k++) if (m & (1 << k)) naik(jumlah, f * K + k);
      const q = this.perlu(fl, i);
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
        namaFktp: f < nF ? (this.o.master.daftar[f]?.namaFktp ?? '') : '',
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

/** BIT_PERLU in PERLU's order. */
const BIT_PERLU_URUT = PERLU.map((k) => BIT_PERLU[k]);

/** Events about the card's status (inactive, registered at several). */
const peristiwaStatus = (jn: number): boolean => jn === PERISTIWA.TIDAK_AKTIF || jn === PERISTIWA.KONFLIK;
/** Events of a contact that did not count (outside the month, entered late, rejected). */
const kontakTakDihitung = (jn: number): boolean => jn === PERISTIWA.KONTAK_LUAR || jn === PERISTIWA.KONTAK_TERLAMBAT || jn === PERISTIWA.DITOLAK_KONTAK;

/** Lines made between two yields of the generators (Audit.setiapPasangan, tulisRujukan). */
const POTONGAN = 1000;

const bandingTeks = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
