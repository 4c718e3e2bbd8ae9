// prolanis.csv's measurements against what they can be (issue 15): the bounds come as plain
// data (src/core/wajar.ts, from the rule set's klinis.wajar and --gdp-satuan); this reader
// applies them row by row — a value outside its range, or a sistole not above its
// diastole, rejects the row — and counts for the file as a whole: GDP that mostly reads as
// the other unit, or blood pressures mostly swapped, stop the run naming the file.
import { dalamRentang, dalamRentangKali, melewatiUji, mmolKeMg, type BatasUkur } from '../core/wajar.js';
import { toPlain, rat } from '../core/rational.js';
import { SKALA_UKUR } from '../core/types.js';
import { DataError } from '../errors.js';
import type { Baris } from './csv.js';
import { RowError } from './row-error.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

const TIDAK_WAJAR = 'implausible value';

/** UjiUkur's tallies (potret). */
export interface PotretUji {
  gdp: number;
  gdpLain: number;
  tensi: number;
  tensiTerbalik: number;
}

export class UjiUkur {
  /** GDP values read, and those that read as the other unit. */
  private gdp = 0;
  private gdpLain = 0;
  /** Blood pressures read (both values), and those with sistole ≤ diastole. */
  private tensi = 0;
  private tensiTerbalik = 0;

  constructor(
    readonly batas: BatasUkur,
    private readonly label: string,
  ) {}

  /** A GDP cell's value (× SKALA_UKUR, as written) → mg/dL × SKALA_UKUR; throws for an implausible one. */
  periksaGdp(b: Baris, v: number | null): number | null {
    if (v === null) return null;
    const w = this.batas;
    this.gdp++;
    const wajar = this.gdpWajar(v);
    if (wajar !== undefined) return wajar;
    if (w.satuanGdp === 'mg') {
      const lain = dalamRentangKali(v, w.faktorMmol, w.gdp);
      if (lain) this.gdpLain++;
      throw new RowError('gdp', PESAN_INGEST.diLuarWajar('gdp', b.get('gdp'), w.gdp.teks, 'mg/dL', lain ? 'mmol' : null), TIDAK_WAJAR);
    }
    const mg = mmolKeMg(v, w.faktorMmol);
    if (mg === null) throw new RowError('gdp', PESAN_INGEST.mmolTidakEksak('gdp', b.get('gdp'), w.faktorTeks), 'not a measurement');
    const lain = dalamRentang(v, w.gdp);
    if (lain) this.gdpLain++;
    throw new RowError('gdp', PESAN_INGEST.mmolDiLuarWajar('gdp', b.get('gdp'), w.faktorTeks, toPlain(rat(mg, SKALA_UKUR), 6), w.gdp.teks, lain), TIDAK_WAJAR);
  }

  /** A row's blood pressure (either value may be absent); throws for an implausible one. */
  periksaTensi(b: Baris, sis: number | null, dia: number | null): void {
    const w = this.batas;
    const terbalik = sis !== null && dia !== null && sis <= dia;
    this.hitungTensi(sis, dia);
    if (this.tensiWajar(sis, dia)) return;
    if (sis !== null && !dalamRentang(sis, w.sistole)) throw new RowError('sistole', PESAN_INGEST.diLuarWajar('sistole', b.get('sistole'), w.sistole.teks, 'mmHg', null), TIDAK_WAJAR);
    if (dia !== null && !dalamRentang(dia, w.diastole)) throw new RowError('diastole', PESAN_INGEST.diLuarWajar('diastole', b.get('diastole'), w.diastole.teks, 'mmHg', null), TIDAK_WAJAR);
    if (terbalik && w.sistoleLebihDariDiastole) throw new RowError('sistole', PESAN_INGEST.sistoleTidakDiAtas(b.get('sistole'), b.get('diastole')), 'sistole not above diastole');
  }

  /** A GDP value periksaGdp passes, in mg/dL × SKALA_UKUR; undefined for one it rejects. Counts nothing. */
  gdpWajar(v: number): number | undefined {
    const w = this.batas;
    const mg = w.satuanGdp === 'mg' ? v : mmolKeMg(v, w.faktorMmol);
    return mg !== null && dalamRentang(mg, w.gdp) ? mg : undefined;
  }

  /** Whether periksaTensi passes a row's blood pressure (either value may be absent). Counts nothing. */
  tensiWajar(sis: number | null, dia: number | null): boolean {
    const w = this.batas;
    if (sis !== null && !dalamRentang(sis, w.sistole)) return false;
    if (dia !== null && !dalamRentang(dia, w.diastole)) return false;
    return !(w.sistoleLebihDariDiastole && sis !== null && dia !== null && sis <= dia);
  }

  /** What periksaGdp and periksaTensi count of a row whose values both pass (a fast lane's row: gdpWajar, tensiWajar). */
  hitungWajar(gdp: number | null, sis: number | null, dia: number | null): void {
    if (gdp !== null) this.gdp++;
    this.hitungTensi(sis, dia);
  }

  private hitungTensi(sis: number | null, dia: number | null): void {
    if (sis !== null && dia !== null) {
      this.tensi++;
      if (sis <= dia) this.tensiTerbalik++;
    }
  }

  /** The tallies, for the main thread to add (serap) when a helper thread read part of the file (src/ingest/belah.ts). */
  potret(): PotretUji {
    return { gdp: this.gdp, gdpLain: this.gdpLain, tensi: this.tensi, tensiTerbalik: this.tensiTerbalik };
  }

  serap(p: PotretUji): void {
    this.gdp += p.gdp;
    this.gdpLain += p.gdpLain;
    this.tensi += p.tensi;
    this.tensiTerbalik += p.tensiTerbalik;
  }

  /** Once the file is read (before its rejects are weighed): the whole-file tests. */
  readonly periksaBerkas = (): void => {
    const w = this.batas;
    if (melewatiUji(this.gdpLain, this.gdp, w.berkasGdp))
      throw new DataError(
        w.satuanGdp === 'mg'
          ? PESAN_INGEST.tampakMmol(this.label, this.gdpLain, this.gdp, toPlain(rat(w.gdp.min, SKALA_UKUR), 6), w.faktorTeks)
          : PESAN_INGEST.tampakMg(this.label, this.gdpLain, this.gdp, toPlain(rat(w.gdp.max, SKALA_UKUR), 6), w.faktorTeks),
      );
    if (w.sistoleLebihDariDiastole && melewatiUji(this.tensiTerbalik, this.tensi, w.berkasTensi))
      throw new DataError(PESAN_INGEST.tensiTertukar(this.label, this.tensiTerbalik, this.tensi));
  };
}
