// "Terkendali": the rule set's clinical profile applied to a month's Prolanis measurements.
// Ingest only records what was measured, when and on which line; which measurement
// decides (the latest, or any) and what counts as controlled (GDP range, blood pressure
// below limits that may depend on a DM diagnosis) are the profile's, so one month's facts
// can be judged under two profiles (kbk banding) without reading the exports again.
// Pure and exact: values are integers × SKALA_UKUR, limits are scaled the same way.
import type { ProfilKlinis } from '../rules/schema.js';
import { parseDecimal, type Rational } from './rational.js';
import {
  DIAG_DM,
  PROGRAM_DM,
  PROLANIS_DM,
  PROLANIS_HT,
  SKALA_UKUR,
  type FaktaBulan,
  type FaktaProlanis,
  type HitunganBulan,
} from './types.js';

/** A decimal × SKALA_UKUR as an exact integer; null when it has more than six decimals or is too large. */
export function skalaUkur(r: Rational): number | null {
  const skala = BigInt(SKALA_UKUR);
  if ((r.n * skala) % r.d !== 0n) return null;
  const v = (r.n * skala) / r.d;
  return v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(v);
}

const skala = (s: string): number => skalaUkur(parseDecimal(s)) as number;

interface BatasHt {
  sistole: number;
  diastole: number;
}

interface Kriteria {
  gdpMin: number;
  gdpMax: number;
  /** The blood-pressure limits of a participant diagnosed DM, and of one who is not. */
  htDm: BatasHt;
  htBukanDm: BatasHt;
}

function kriteria(p: ProfilKlinis): Kriteria {
  const ht = p.ht.map((h) => ({ jikaDm: h.jikaDm, sistole: skala(h.sistoleKurangDari.nilai), diastole: skala(h.diastoleKurangDari.nilai) }));
  // The first limit that applies to a participant decides (the validator keeps a catch-all last): found once for each case, not per measurement.
  const untuk = (dm: boolean): BatasHt => ht.find((h) => h.jikaDm === undefined || h.jikaDm === dm) as BatasHt;
  return { gdpMin: skala(p.dm.gdpMin.nilai), gdpMax: skala(p.dm.gdpMax.nilai), htDm: untuk(true), htBukanDm: untuk(false) };
}

/** Whether measurement i is controlled under the criteria; `dm`: its participant is diagnosed DM. */
function terkendali(u: FaktaProlanis['ukur'], i: number, k: Kriteria, dm: boolean): boolean {
  const a = u.a[i] as number;
  if (u.program[i] === PROGRAM_DM) return a >= k.gdpMin && a <= k.gdpMax;
  const batas = dm ? k.htDm : k.htBukanDm;
  return a < batas.sistole && (u.b[i] as number) < batas.diastole;
}

const BELUM = -2147483648;

/** Per participant and programme (DM = 0, HT = 1): controlled or not, and the measurement that decided. */
export interface KeputusanKlinis {
  /** 1 when controlled, 0 when measured and not controlled; -1 when not measured in the month. */
  status: [Int8Array, Int8Array];
  /** Index into ukur of the deciding measurement, or -1. */
  penentu: [Int32Array, Int32Array];
  /**
   * Measurements on a participant's deciding (latest) date that disagree — one controlled,
   * one not: pairs of indices into ukur. Two readings on one day are ordinary practice, and
   * the profile's tanggalSama decides; but the same row exported twice with other values
   * looks the same, so the caller says so (never decided in silence).
   */
  berbeda: [number, number][];
}

/**
 * Decides every participant's programmes. `terakhir`: the latest measurement decides, and
 * when several share the latest date, `tanggalSama` says whether all or any must be
 * controlled; `salah_satu`: any controlled measurement in the month is enough.
 */
export function putuskan(f: FaktaProlanis, profil: ProfilKlinis): KeputusanKlinis {
  const k = kriteria(profil);
  const terakhir = profil.pengukuran.nilai === 'terakhir';
  const semua = profil.tanggalSama.nilai === 'semua';
  const n = f.fasilitas.length;
  const tanggal = [new Int32Array(n).fill(BELUM), new Int32Array(n).fill(BELUM)];
  const status: [Int8Array, Int8Array] = [new Int8Array(n).fill(-1), new Int8Array(n).fill(-1)];
  const penentu: [Int32Array, Int32Array] = [new Int32Array(n).fill(-1), new Int32Array(n).fill(-1)];
  const berbeda: [number, number][] = [];
  const u = f.ukur;
  const tidakSah = f.tidakSah;
  for (let i = 0; i < u.n; i++) {
    // Marked tidak by the assessment team (--verifikasi): decides nothing; another valid measurement may.
    if (tidakSah !== undefined && tidakSah.has(i)) continue;
    const p = u.peserta[i] as number;
    const g = u.program[i] as number;
    const ok = terkendali(u, i, k, ((f.flags[p] as number) & DIAG_DM) !== 0);
    const st = status[g] as Int8Array;
    const pen = penentu[g] as Int32Array;
    const tg = tanggal[g] as Int32Array;
    const t = u.tanggal[i] as number;
    const prev = st[p] as number;
    if (!terakhir) {
      // Any controlled measurement decides; until one is found, the latest uncontrolled one stands.
      if (prev !== 1 && (ok || t >= (tg[p] as number))) {
        st[p] = ok ? 1 : 0;
        pen[p] = i;
        tg[p] = t;
      }
      continue;
    }
    if (t > (tg[p] as number)) {
      tg[p] = t;
      st[p] = ok ? 1 : 0;
      pen[p] = i;
    } else if (t === tg[p]) {
      if ((prev === 1) !== ok) berbeda.push([pen[p] as number, i]);
      // Several on the latest date: with 'semua' one uncontrolled decides, with 'salah_satu' one controlled does.
      if (semua ? prev === 1 && !ok : prev === 0 && ok) {
        st[p] = ok ? 1 : 0;
        pen[p] = i;
      }
    }
  }
  return { status, penentu, berbeda };
}

/**
 * Participants (and programmes) whose measurements on their deciding date disagree, with the
 * lines of the first few pairs: what the caller names, as the profile's tanggalSama decides.
 */
export function tanggalSamaBerbeda(f: FaktaProlanis, profil: ProfilKlinis, keputusan: KeputusanKlinis = putuskan(f, profil)): { jumlah: number; baris: [number, number][] } {
  if (profil.pengukuran.nilai !== 'terakhir') return { jumlah: 0, baris: [] };
  const { berbeda } = keputusan;
  const siapa = new Set(berbeda.map(([, i]) => (f.ukur.peserta[i] as number) * 2 + (f.ukur.program[i] as number)));
  return { jumlah: siapa.size, baris: berbeda.slice(0, 3).map(([a, b]) => [f.ukur.baris[a] as number, f.ukur.baris[b] as number]) };
}

/** The month's counts per facility with dm/ht terkendali decided by the profile. */
export function hitunganBulan(fakta: FaktaBulan, profil: ProfilKlinis, keputusan: KeputusanKlinis = putuskan(fakta.prolanis, profil)): HitunganBulan[] {
  const f = fakta.prolanis;
  const { status } = keputusan;
  const dm = new Array<number>(fakta.dasar.length).fill(0);
  const ht = new Array<number>(fakta.dasar.length).fill(0);
  for (let p = 0; p < f.fasilitas.length; p++) {
    const fas = f.fasilitas[p] as number;
    const fl = f.flags[p] as number;
    // Controlled counts an enrolled participant of the programme whose deciding measurement is controlled.
    if (fl & PROLANIS_DM && status[0][p] === 1) dm[fas] = (dm[fas] as number) + 1;
    if (fl & PROLANIS_HT && status[1][p] === 1) ht[fas] = (ht[fas] as number) + 1;
  }
  return fakta.dasar.map((d, i) => ({ ...d, dmTerkendali: dm[i] as number, htTerkendali: ht[i] as number }));
}

/**
 * Whether measurement i counted for its participant being controlled (what a verification
 * worksheet row of dihitung_sebagai prolanis_terkendali claims): the participant is enrolled
 * in the measurement's programme and controlled under `keputusan`, the measurement is itself
 * controlled, and (with `terakhir`) it is of the deciding date.
 */
export function ikutMenentukan(f: FaktaProlanis, profil: ProfilKlinis, keputusan: KeputusanKlinis, i: number): boolean {
  const u = f.ukur;
  const p = u.peserta[i] as number;
  const g = u.program[i] as 0 | 1;
  const fl = f.flags[p] as number;
  if (!(fl & (g === PROGRAM_DM ? PROLANIS_DM : PROLANIS_HT)) || keputusan.status[g][p] !== 1) return false;
  if (!terkendali(u, i, kriteria(profil), (fl & DIAG_DM) !== 0)) return false;
  return profil.pengukuran.nilai !== 'terakhir' || u.tanggal[i] === u.tanggal[keputusan.penentu[g][p] as number];
}
