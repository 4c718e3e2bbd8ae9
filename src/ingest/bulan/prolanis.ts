// prolanis.csv → diagnosis and enrolment per participant and programme, and every
// measurement dated in the month (or undated). Which one decides and what is controlled is
// the rule set's clinical profile, applied in src/core/klinis.ts.
import { programDiagnosa } from '../../core/kosakata.js';
import { DIAG_DM, DIAG_HT, PROGRAM_DM, PROGRAM_HT, PROLANIS_DM, PROLANIS_HT, SKALA_UKUR, TANPA_TANGGAL, type FaktaProlanis, type HitunganDasar } from '../../core/types.js';
import { PESAN_INGEST } from '../../pesan/ingest.js';
import { desimalSkalaBytes, kartu13Bytes, kosongBytes } from '../baris.js';
import type { Baris, BuatJalur } from '../csv.js';
import { Kolom } from '../peserta-index.js';
import { RowError } from '../row-error.js';
import { bool, kunciKartu, tanggal, ukuran, wajib } from '../values.js';
import { UjiUkur, type PotretUji } from '../wajar.js';
import { baca, cekVerifikasi, fasilitasCepat, fasilitasDikenal, gabungBagian, keadaanBagian, tidakSah, hitungTanggal, labelBulan, posisiTerdaftar, type BacaanBulan, type HitungTanggal, type PembacaBagian } from './berkas.js';
import type { TawaranBelah } from '../belah.js';
import { DIUKUR, DIUKUR_TIDAK_SAH, KONTAK, KONTAK_TIDAK_SAH, type KeadaanBagian, type KonteksBaca, type VerifikasiBaca } from './konteks.js';

/** A row's programme (src/core/kosakata.ts); throws for a diagnosis that is neither. */
function jenisDiagnosa(_: unknown, b: Baris): 'DM' | 'HT' {
  const dx = programDiagnosa(wajib(b, 'diagnosa'));
  if (dx === null) throw new RowError('diagnosa', PESAN_INGEST.bukanDmHt(b.get('diagnosa')), 'not DM or HT');
  return dx;
}

/** The measurements kept, one growable column each. */
export interface UkurProlanis {
  peserta: Kolom<Int32Array>;
  program: Kolom<Uint8Array>;
  tanggal: Kolom<Int32Array>;
  a: Kolom<Float64Array>;
  b: Kolom<Float64Array>;
  baris: Kolom<Int32Array>;
}

/** Reads prolanis.csv into the month's flags (DIAG_*, PROLANIS_*, DIUKUR) and its measurements; its catatan and dates. */
export async function bacaProlanis(m: BacaanBulan): Promise<{ catatan: string[] | null; tanggal: HitungTanggal; ukur: UkurProlanis }> {
  const ukur = ukurKosong();
  const uji = m.ctx.ukur === undefined ? undefined : new UjiUkur(m.ctx.ukur, labelBulan(m.bulan, 'prolanis.csv'));
  const tglProlanis = hitungTanggal(m.bulan, 'prolanis.csv');
  const catatan = await bacaBarisProlanis(m, ukur, uji, tglProlanis, {
    bertanggal: true,
    gabungUrut(urut, geser): void {
      // A helper's piece's measurements after those before it, in file order, their lines as the file numbers them.
      const u = urut as KolomUkur;
      ukur.peserta.tambahSemua(u.peserta);
      ukur.program.tambahSemua(u.program);
      ukur.tanggal.tambahSemua(u.tanggal);
      ukur.a.tambahSemua(u.a);
      ukur.b.tambahSemua(u.b);
      ukur.baris.tambahSemua(u.baris, geser);
    },
    gabung(keadaan): void {
      const k = keadaan as KeadaanProlanis;
      gabungBagian(m, tglProlanis, k);
      if (k.uji !== null) uji?.serap(k.uji);
    },
  });
  return { catatan, tanggal: tglProlanis, ukur };
}

const ukurKosong = (): UkurProlanis => ({ peserta: new Kolom(new Int32Array(1024)), program: new Kolom(new Uint8Array(1024)), tanggal: new Kolom(new Int32Array(1024)), a: new Kolom(new Float64Array(1024)), b: new Kolom(new Float64Array(1024)), baris: new Kolom(new Int32Array(1024)) });

/** A piece's measurements as a helper thread sends them (UkurProlanis's columns; lines as the piece numbers them). */
export interface KolomUkur {
  peserta: Int32Array;
  program: Uint8Array;
  tanggal: Int32Array;
  a: Float64Array;
  b: Float64Array;
  baris: Int32Array;
}

/** What a helper thread read of prolanis.csv besides its measurements: its counts and the plausibility tallies. */
export type KeadaanProlanis = KeadaanBagian & { uji: PotretUji | null };

/** How a helper thread reads pieces of prolanis.csv (PembacaBagian) into a month of its own (bacaanBagian). */
export function bagianProlanis(m: BacaanBulan): PembacaBagian {
  const uji = m.ctx.ukur === undefined ? undefined : new UjiUkur(m.ctx.ukur, labelBulan(m.bulan, 'prolanis.csv'));
  const tgl = hitungTanggal(m.bulan, 'prolanis.csv');
  return {
    async baca(ctx: KonteksBaca): Promise<KolomUkur> {
      const u = ukurKosong();
      await bacaBarisProlanis({ ...m, ctx }, u, uji, tgl);
      return { peserta: u.peserta.view(), program: u.program.view(), tanggal: u.tanggal.view(), a: u.a.view(), b: u.b.view(), baris: u.baris.view() };
    },
    keadaan: (): KeadaanProlanis => ({ ...keadaanBagian(m, tgl), uji: uji?.potret() ?? null }),
  };
}

/** prolanis.csv's rows into the month: flags, measurements, counts; the file-wide plausibility tests once read (uji). */
async function bacaBarisProlanis(m: BacaanBulan, ukur: UkurProlanis, uji: UjiUkur | undefined, tglProlanis: HitungTanggal, belah?: Omit<TawaranBelah, 'pembelah'>): Promise<string[] | null> {
  const { ctx, bulan, kartu, jejak, indeks, h, flags, first, last, barisProlanis } = m;
  const inMonth = (d: number): boolean => d >= first && d <= last;
  const verifikasi = ctx.verifikasi;
  /**
   * A row of a participant registered at its facility, its values read and passed (both
   * paths): the flags, the month's measurement. `tolakKunjungan` (--verifikasi) says, when
   * asked, whether the assessment team refused the visit.
   */
  const catat = (kunci: number, p: number, f: number, dx: 'DM' | 'HT', enrolled: boolean, hasTgl: boolean, tgl: number, diukur: boolean, nilaiA: number, nilaiB: number, line: number, tolakKunjungan?: () => boolean): void => {
    const hf = h[f] as HitunganDasar;
    let fl = (flags[p] as number) | (dx === 'DM' ? DIAG_DM : DIAG_HT);
    if (enrolled) fl |= dx === 'DM' ? PROLANIS_DM : PROLANIS_HT;
    if (hasTgl && !inMonth(tgl)) {
      hf.pengukuranLuarBulan++;
      if (jejak !== undefined) jejak.prolanisLain(kunci, f, tgl, line, true);
    } else if (hasTgl || diukur) {
      if (!hasTgl) hf.pengukuranTanpaTanggal++;
      let kunjungan = true;
      // A visit marked tidak is no visit; the participant stays enrolled. Marked tidak either way, its measurement decides nothing (hitungProlanis: FaktaProlanis.tidakSah).
      if (tolakKunjungan !== undefined && tolakKunjungan()) {
        kunjungan = false;
        fl |= DIUKUR_TIDAK_SAH;
      }
      if (kunjungan) {
        fl |= DIUKUR;
        if (barisProlanis !== undefined && barisProlanis[p] === 0) barisProlanis[p] = line;
      }
      if (diukur) {
        ukur.peserta.push(p);
        ukur.program.push(dx === 'DM' ? PROGRAM_DM : PROGRAM_HT);
        ukur.tanggal.push(tgl);
        ukur.a.push(nilaiA);
        ukur.b.push(nilaiB);
        ukur.baris.push(line);
      }
    }
    flags[p] = fl;
  };
  /**
   * The row below from its bytes (csv.ts JalurCepat): every value the row path decides once
   * (facility, diagnosis, enrolment, date) already decided, the measurements plain numbers
   * that pass the plausibility tests. Not with a verification worksheet; any other row goes
   * to the row path.
   */
  const cepat: BuatJalur = (kolom, ingatan) => {
    const iKartu = kolom.get('no_kartu');
    const iKode = kolom.get('kode_ppk');
    const iDx = kolom.get('diagnosa');
    const iProlanis = kolom.get('prolanis');
    if (verifikasi !== undefined || iKartu === undefined || iKode === undefined || iDx === undefined || iProlanis === undefined) return undefined;
    const iGdp = kolom.get('gdp');
    const iSis = kolom.get('sistole');
    const iDia = kolom.get('diastole');
    const iTgl = kolom.get('tgl_periksa');
    const fasilitas = fasilitasCepat(ingatan);
    const dxIngatan = ingatan(INGAT_DIAGNOSA);
    const prolanisIngatan = ingatan('prolanis');
    const tglIngatan = ingatan('tgl_periksa');
    const nilai = (i: number | undefined, buf: Buffer, awal: Int32Array, akhir: Int32Array): number | null | undefined => (i === undefined ? null : desimalSkalaBytes(buf, awal[i] as number, akhir[i] as number, SKALA_UKUR));
    return (buf, awal, akhir, line) => {
      const kunci = kartu13Bytes(buf, awal[iKartu] as number, akhir[iKartu] as number);
      if (kunci < 0) return false;
      const f = fasilitas(buf, awal[iKode] as number, akhir[iKode] as number);
      if (f < 0) return false;
      const dx = dxIngatan.lihat(buf, awal[iDx] as number, akhir[iDx] as number, null) as 'DM' | 'HT' | null;
      if (dx === null) return false;
      const enrolled = prolanisIngatan.lihat(buf, awal[iProlanis] as number, akhir[iProlanis] as number, null) as boolean | null;
      if (enrolled === null) return false;
      const gdpTertulis = nilai(iGdp, buf, awal, akhir);
      const sis = nilai(iSis, buf, awal, akhir);
      const dia = nilai(iDia, buf, awal, akhir);
      if (gdpTertulis === undefined || sis === undefined || dia === undefined) return false;
      let gdp = gdpTertulis;
      if (uji !== undefined) {
        if (gdpTertulis !== null) {
          const mg = uji.gdpWajar(gdpTertulis);
          if (mg === undefined) return false;
          gdp = mg;
        }
        if (!uji.tensiWajar(sis, dia)) return false;
      }
      if (dx === 'HT' && (sis === null) !== (dia === null)) return false;
      let hasTgl = false;
      let tgl = TANPA_TANGGAL;
      if (iTgl !== undefined) {
        const kosong = kosongBytes(buf, awal[iTgl] as number, akhir[iTgl] as number);
        if (kosong === null) return false;
        if (!kosong) {
          const t = tglIngatan.lihat(buf, awal[iTgl] as number, akhir[iTgl] as number, null) as number | null;
          if (t === null) return false;
          hasTgl = true;
          tgl = t;
        }
      }
      // Every value read and passed: what the row path does from here.
      uji?.hitungWajar(gdpTertulis, sis, dia);
      if (hasTgl) {
        if (inMonth(tgl)) tglProlanis.dalam();
        else tglProlanis.diLuar(tgl);
      }
      const p = posisiTerdaftar(indeks, kunci, f);
      if (p < 0) {
        if (jejak !== undefined) jejak.prolanisLain(kunci, f, tgl, line, false);
        (h[f] as HitunganDasar).prolanisTidakTerdaftar++;
        return true;
      }
      const diukur = dx === 'DM' ? gdp !== null : sis !== null && dia !== null;
      catat(kunci, p, f, dx, enrolled, hasTgl, tgl, diukur, (dx === 'DM' ? gdp : sis) as number, dx === 'DM' ? 0 : (dia as number), line);
      return true;
    };
  };

  return baca(
    ctx,
    bulan,
    'prolanis.csv',
    'prolanis',
    (b) => {
      const kartuIni = kunciKartu(b, kartu);
      const f = fasilitasDikenal(ctx, b);
      const dx = b.ingat('diagnosa', jenisDiagnosa, undefined, INGAT_DIAGNOSA);
      const enrolled = bool(b, 'prolanis');
      // Plausible values only (the rule set's ranges; GDP in mg/dL, converted when --gdp-satuan mmol).
      const gdp = uji === undefined ? ukuran(b, 'gdp') : uji.periksaGdp(b, ukuran(b, 'gdp'));
      const sis = ukuran(b, 'sistole');
      const dia = ukuran(b, 'diastole');
      uji?.periksaTensi(b, sis, dia);
      const diukur = dx === 'DM' ? gdp !== null : sis !== null && dia !== null;
      const hasTgl = !b.kosongNilai('tgl_periksa');
      // An undated measurement in the month's export is taken as of this month, and as older
      // than any dated one when "the latest" decides.
      const tgl = hasTgl ? tanggal(b, 'tgl_periksa') : TANPA_TANGGAL;
      if (dx === 'HT' && (sis === null) !== (dia === null))
        throw new RowError(sis === null ? 'sistole' : 'diastole', PESAN_INGEST.tensiSeparuh(sis === null ? 'sistole' : 'diastole'), 'half a blood pressure');
      if (hasTgl) {
        if (inMonth(tgl)) tglProlanis.dalam();
        else tglProlanis.diLuar(tgl);
      }
      const p = posisiTerdaftar(indeks, kartuIni, f);
      if (p < 0) {
        if (jejak !== undefined) jejak.prolanisLain(kartuIni, f, tgl, b.line, false);
        return void (h[f] as HitunganDasar).prolanisTidakTerdaftar++;
      }
      // Rows of the worksheet naming this one: a measurement for control (the job checks it decided), or a visit.
      const tolakKunjungan =
        verifikasi === undefined
          ? undefined
          : (): boolean => {
              const cs = cekVerifikasi(verifikasi.prolanis, b, f, p);
              if (cs !== undefined) for (const c of cs) c.ukur = diukur ? ukur.peserta.length : -1;
              if (tidakSah(cs) && jejak !== undefined) jejak.tidakSah('prolanis', kartuIni, f, tgl, b.line);
              return tidakSah(cs, 'prolanis_berkunjung');
            };
      catat(kartuIni, p, f, dx, enrolled, hasTgl, tgl, diukur, (dx === 'DM' ? gdp : sis) as number, dx === 'DM' ? 0 : (dia as number), b.line, tolakKunjungan);
    },
    uji?.periksaBerkas,
    belah,
    cepat,
  );
}

/** The memory of a diagnosis's programme (Baris.ingat). */
const INGAT_DIAGNOSA = 'diagnosa';

/**
 * The tally per facility once every file is read (dmTerdaftar, htTerdaftar, prolanisTerdaftar,
 * prolanisBerkunjung), and the Prolanis participants kept for the clinical profile: `ringkas`
 * maps a participant's position to its place among them (-1: none).
 */
export function hitungProlanis(m: BacaanBulan, ukur: UkurProlanis): { prolanis: FaktaProlanis; ringkas: Int32Array } {
  const { indeks, h, flags } = m;
  const v = m.ctx.verifikasi;
  if (v !== undefined) kunjunganTerdaftar(v, flags);
  const n = indeks.size;
  const ringkas = new Int32Array(n).fill(-1);
  /** The Prolanis participants' positions, in order (one pass over every participant, not two). */
  const posisi = new Kolom(new Int32Array(1024));
  for (let p = 0; p < n; p++) {
    const fl = flags[p] as number;
    if (fl === 0) continue;
    const f = indeks.fasilitas[p] as number;
    if (f < 0) continue; // KONFLIK: active at two facilities, counted at neither
    const hf = h[f] as HitunganDasar;
    if (fl & DIAG_DM) hf.dmTerdaftar++;
    if (fl & DIAG_HT) hf.htTerdaftar++;
    if (fl & (PROLANIS_DM | PROLANIS_HT)) {
      hf.prolanisTerdaftar++;
      if (fl & (KONTAK | DIUKUR)) hf.prolanisBerkunjung++;
      else if (v !== undefined && fl & (KONTAK_TIDAK_SAH | DIUKUR_TIDAK_SAH)) v.berkunjungBatal[f] = (v.berkunjungBatal[f] as number) + 1;
    }
    if (fl & (DIAG_DM | DIAG_HT)) {
      ringkas[p] = posisi.length;
      posisi.push(p);
    }
  }
  const nProlanis = posisi.length;
  const prolanis: FaktaProlanis = {
    fasilitas: new Int32Array(nProlanis),
    flags: new Uint8Array(nProlanis),
    ukur: { n: ukur.peserta.length, peserta: ukur.peserta.view().map((p) => ringkas[p] as number), program: ukur.program.view(), tanggal: ukur.tanggal.view(), a: ukur.a.view(), b: ukur.b.view(), baris: ukur.baris.view() },
  };
  if (v !== undefined) {
    prolanis.tidakSah = new Set([...v.prolanis.values()].flatMap((cs) => cs.flatMap((c) => (c.sah === false && c.ukur >= 0 ? [c.ukur] : []))));
    for (let p = 0; p < indeks.size; p++) flags[p] = (flags[p] as number) & ~(KONTAK_TIDAK_SAH | DIUKUR_TIDAK_SAH);
  }
  for (let i = 0; i < nProlanis; i++) {
    const p = posisi.data[i] as number;
    prolanis.fasilitas[i] = indeks.fasilitas[p] as number;
    prolanis.flags[i] = (flags[p] as number) & (DIAG_DM | PROLANIS_DM | DIAG_HT | PROLANIS_HT);
  }
  return { prolanis, ringkas };
}

/** --verifikasi: a row naming a Prolanis visit matched only when its participant is enrolled (in DM or HT) once every row is read. */
function kunjunganTerdaftar(v: VerifikasiBaca, flags: Uint8Array): void {
  for (const peta of [v.kontak, v.prolanis])
    for (const cs of peta.values()) for (const c of cs) if (c.cocok && c.dihitung === 'prolanis_berkunjung' && !((flags[c.p] as number) & (PROLANIS_DM | PROLANIS_HT))) c.cocok = false;
}
