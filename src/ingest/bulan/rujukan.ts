// rujukan.csv → RRNS: an identical duplicate no_rujukan once, one with other content
// rejected with all its rows (src/ingest/duplikat.ts); TACC never non-specialistic (the
// vocabulary: src/core/kosakata.ts); the flag from the row, else diagnosa.csv.
import { KODE_TACC_TEKS, kodeTacc, taccDisebut, TACC_NAMA } from '../../core/kosakata.js';
import type { MonthIndex } from '../../core/month.js';
import { HARI, type HitunganDasar } from '../../core/types.js';
import { DataError } from '../../errors.js';
import { PESAN_INGEST } from '../../pesan/ingest.js';
import { kartu13Bytes, teksBytes } from '../baris.js';
import { bacaCsv, type Baris, type BuatJalur } from '../csv.js';
import { KONFLIK, RujukanGanda, SAMA, type IsiRujukan } from '../duplikat.js';
import { periksaAmbang, ulangiPeristiwa } from '../file.js';
import type { PerekamPeristiwa } from '../belah.js';
import { nonSpesialistikMenurutDiagnosa } from '../master.js';
import type { KunciKartu } from '../peserta-index.js';
import { Penolakan } from '../rejects.js';
import { RowError } from '../row-error.js';
import { bool, kodeIcd, kunciKartu, tanggal, wajib } from '../values.js';
import { baca, cekVerifikasi, fasilitasCepat, fasilitasDikenal, gabungBagian, keadaanBagian, tidakSah, hitungTanggal, labelBulan, naik, pathBulan, pemisahLuarBulan, type BacaanBulan, type HitungTanggal } from './berkas.js';
import { RUJUKAN_DIHITUNG, RUJUKAN_DUPLIKAT, RUJUKAN_LUAR_BULAN, type KonteksBaca, type RujukanUtuh } from './konteks.js';

type KolomTacc = 'kd_tacc' | 'nm_tacc' | 'alasan_tacc';

/**
 * A referral's TACC as one number (src/core/kosakata.ts): 0 none; 1–4 its kd_tacc when the
 * file has that column; else TACC_NAMA when nm_tacc or alasan_tacc names a reason. `nilai`
 * gives a column's value decided (null: not yet, which the fast lane declines): both paths
 * ask here, the row path deciding, the lane looking in the row path's memory.
 */
function taccDari(adaKd: boolean, nilai: (kolom: KolomTacc) => number | null): number | null {
  if (adaKd) return nilai('kd_tacc');
  const nm = nilai('nm_tacc');
  return nm !== 0 ? nm : nilai('alasan_tacc');
}

/** taccDari for a row of the row path: each value decided once (Baris.ingat), in the memory named after its column. */
function taccBaris(b: Baris): number {
  return taccDari(b.has('kd_tacc'), (k) => (k === 'kd_tacc' ? b.ingat(k, kdTacc) : b.ingat(k, disebut, k))) as number;
}
/** kd_tacc's value as its code (0: none); throws for one that is neither. */
const kdTacc = (_: unknown, b: Baris): number => {
  const v = b.get('kd_tacc');
  const tacc = kodeTacc(v);
  if (tacc === null) throw new RowError('kd_tacc', PESAN_INGEST.bukanTacc(v, KODE_TACC_TEKS), 'not a TACC code');
  return tacc ? Number(v) : 0;
};
/** nm_tacc's or alasan_tacc's value: TACC_NAMA when it names a reason, else 0. */
const disebut = (kolom: KolomTacc, b: Baris): number => (taccDisebut(b.get(kolom)) ? TACC_NAMA : 0);

/** A rujukan.csv row's content; throws for a bad row. */
function isiRujukan(ctx: KonteksBaca, bulan: MonthIndex, kartu: KunciKartu, b: Baris): IsiRujukan {
  const kunci = kunciKartu(b, kartu); // the card is not counted here, but a damaged one is still a bad row
  const f = fasilitasDikenal(ctx, b);
  const tgl = tanggal(b, 'tgl_rujukan');
  const tacc = taccBaris(b);
  const flagRow = b.get('non_spesialistik');
  let nonSpes: boolean;
  if (flagRow !== '') nonSpes = bool(b, 'non_spesialistik');
  else if (ctx.diagnosa === null)
    throw new DataError(PESAN_INGEST.tanpaNonSpesialistik(PESAN_INGEST.lokasi(labelBulan(bulan, 'rujukan.csv'), b.line, b.kolom('non_spesialistik')), b.get('kode_diagnosa')));
  else nonSpes = nonSpesialistikMenurutDiagnosa(ctx.diagnosa, kodeIcd(b, 'kode_diagnosa'));
  return { kunci, f, tgl, diagnosa: b.get('kode_diagnosa'), tacc, nonSpes };
}

/** Reads rujukan.csv into the month's referral counts and daily facts; its catatan and dates. */
export async function bacaRujukan(m: BacaanBulan): Promise<{ catatan: string[] | null; tanggal: HitungTanggal }> {
  const { ctx, bulan, kartu, jejak, h, harian, first, last } = m;
  const inMonth = (d: number): boolean => d >= first && d <= last;
  const tglRujukan = hitungTanggal(bulan, 'rujukan.csv');
  const ganda = new RujukanGanda(h, harian, first, kartu, (f) => ctx.master.daftar[f]?.kodePpk ?? '');
  const rujukanLuar = pemisahLuarBulan(ctx, bulan, 'rujukan.csv', 'tgl_rujukan');
  const verifikasi = ctx.verifikasi;
  /** A referral dated in the month that counts (both paths): the total, and TACC or non-specialistic. */
  const hitung = (f: number, tgl: number, tacc: boolean, nonSpes: boolean): void => {
    const hf = h[f] as HitunganDasar;
    hf.rujukanTotal++;
    naik(harian.rujukan, f * HARI + tgl - first);
    if (tacc) hf.rujukanTacc++;
    else if (nonSpes) {
      hf.rujukanNonSpesialistik++;
      naik(harian.rujukanNonSpesialistik, f * HARI + tgl - first);
    }
  };
  /**
   * The row below from its bytes (csv.ts JalurCepat), for a referral dated in the month with
   * a 13-digit card and its flag written, every value already decided by the row path (the
   * facility, the date, the flag, TACC) and its number and diagnosis plain text. Not for the
   * audit's collector or a verification worksheet; a row outside the month, a flag left empty
   * (the diagnosis then decides) or any value not yet decided goes to the row path.
   */
  const cepat: BuatJalur = (kolom, ingatan) => {
    const iNo = kolom.get('no_rujukan');
    const iKartu = kolom.get('no_kartu');
    const iKode = kolom.get('kode_ppk');
    const iTgl = kolom.get('tgl_rujukan');
    const iNon = kolom.get('non_spesialistik');
    if (jejak !== undefined || verifikasi !== undefined || iNo === undefined || iKartu === undefined || iKode === undefined || iTgl === undefined || iNon === undefined) return undefined;
    const iDx = kolom.get('kode_diagnosa');
    const iKd = kolom.get('kd_tacc');
    const iNm = kolom.get('nm_tacc');
    const iAlasan = kolom.get('alasan_tacc');
    const fasilitas = fasilitasCepat(ingatan);
    const tglIngatan = ingatan('tgl_rujukan');
    const nonIngatan = ingatan('non_spesialistik');
    const tempat = { kd_tacc: iKd, nm_tacc: iNm, alasan_tacc: iAlasan };
    const ingatanTacc = { kd_tacc: ingatan('kd_tacc'), nm_tacc: ingatan('nm_tacc'), alasan_tacc: ingatan('alasan_tacc') };
    // The row taccDari looks at (set per row: no function made per row); an absent column reads as '', which names no reason.
    let bufIni: Buffer = Buffer.alloc(0);
    let awalIni: Int32Array = new Int32Array(0);
    let akhirIni: Int32Array = new Int32Array(0);
    const nilaiTacc = (k: KolomTacc): number | null => {
      const i = tempat[k];
      return i === undefined ? 0 : (ingatanTacc[k].lihat(bufIni, awalIni[i] as number, akhirIni[i] as number, null) as number | null);
    };
    return (buf, awal, akhir, line) => {
      const kunci = kartu13Bytes(buf, awal[iKartu] as number, akhir[iKartu] as number);
      if (kunci < 0) return false;
      const f = fasilitas(buf, awal[iKode] as number, akhir[iKode] as number);
      if (f < 0) return false;
      const tgl = tglIngatan.lihat(buf, awal[iTgl] as number, akhir[iTgl] as number, null) as number | null;
      if (tgl === null || !inMonth(tgl)) return false;
      bufIni = buf;
      awalIni = awal;
      akhirIni = akhir;
      const t = taccDari(iKd !== undefined, nilaiTacc);
      if (t === null) return false;
      // An empty flag is the diagnosis's to decide: the row path's (the memory never keeps a value that reads as empty).
      const nonSpes = nonIngatan.lihat(buf, awal[iNon] as number, akhir[iNon] as number, null) as boolean | null;
      if (nonSpes === null) return false;
      const no = teksBytes(buf, awal[iNo] as number, akhir[iNo] as number);
      if (no === null || no === '') return false;
      const diagnosa = iDx === undefined ? '' : teksBytes(buf, awal[iDx] as number, akhir[iDx] as number);
      if (diagnosa === null) return false;
      tglRujukan.dalam();
      const dilihat = ganda.lihat(no, { kunci, f, tgl, diagnosa, tacc: t, nonSpes }, line, true);
      if (dilihat !== SAMA && dilihat !== KONFLIK) hitung(f, tgl, t !== 0, nonSpes);
      return true;
    };
  };
  const catatanRujukan = await baca(ctx, bulan, 'rujukan.csv', 'rujukan', (b) => {
    const noRujukan = wajib(b, 'no_rujukan');
    const isi = isiRujukan(ctx, bulan, kartu, b);
    const { kunci: kartuIni, f, tgl, nonSpes } = isi;
    const tacc = isi.tacc !== 0;
    const hf = h[f] as HitunganDasar;
    if (inMonth(tgl)) tglRujukan.dalam();
    else tglRujukan.diLuar(tgl);
    const dilihat = ganda.lihat(noRujukan, isi, b.line, inMonth(tgl));
    if (dilihat === SAMA || (dilihat === KONFLIK && inMonth(tgl))) {
      // A conflict's rows dated in the month are told as duplicates here, as rejected once the read is over.
      if (jejak !== undefined) jejak.rujukan(b, kartuIni, f, tgl, RUJUKAN_DUPLIKAT, tacc, nonSpes);
      return;
    }
    if (!inMonth(tgl)) {
      hf.rujukanLuarBulan++;
      if (jejak !== undefined) jejak.rujukan(b, kartuIni, f, tgl, RUJUKAN_LUAR_BULAN, tacc, nonSpes);
      return rujukanLuar.sisihkan(b);
    }
    if (jejak !== undefined) jejak.rujukan(b, kartuIni, f, tgl, RUJUKAN_DIHITUNG, tacc, nonSpes);
    // Marked tidak: it leaves the numerator (RRNS) but stays in rujukanTotal, the denominator.
    // The referral itself was issued in BPJS's own system ("data luaran aplikasi BPJS
    // Kesehatan"): the team's finding questions whether it was non-specialistic (what it
    // counted as, from the diagnosis and the evidence), not whether the patient was referred.
    const batal = !tacc && nonSpes && verifikasi !== undefined && tidakSah(cekVerifikasi(verifikasi.rujukan, b, f, -1));
    hitung(f, tgl, tacc, nonSpes && !batal);
    if (batal && jejak !== undefined) jejak.tidakSah('rujukan', kartuIni, f, tgl, b.line);
  }, undefined, undefined, cepat);
  if (catatanRujukan !== null && ganda.adaKonflik) await tolakKonflik(m, ganda);
  return { catatan: catatanRujukan, tanggal: tglRujukan };
}

/**
 * Reads rujukan.csv on the helper thread, whole (its duplicates are decided across the file),
 * with `ctx` recording what it does to the run (PerekamPeristiwa).
 */
export async function bacaRujukanUtuh(m: BacaanBulan, rekam: PerekamPeristiwa): Promise<RujukanUtuh> {
  const r = await bacaRujukan(m);
  return { peristiwa: rekam.peristiwa, keadaan: keadaanBagian(m, r.tanggal), catatan: r.catatan };
}

/** rujukan.csv taken over from the helper, where the sequential read reads it: its effects on the run done again in order, its counts added. */
export function terimaRujukan(m: BacaanBulan, u: RujukanUtuh): { catatan: string[] | null; tanggal: HitungTanggal } {
  ulangiPeristiwa(m.ctx, u.peristiwa);
  const tanggal = hitungTanggal(m.bulan, 'rujukan.csv');
  gabungBagian(m, tanggal, u.keadaan);
  return { catatan: u.catatan, tanggal };
}

/**
 * Rare: rujukan.csv read again to put every row of each conflicting number in the rejects,
 * in file order, each naming a line of other content.
 */
async function tolakKonflik(m: BacaanBulan, ganda: RujukanGanda): Promise<void> {
  const { ctx, bulan, kartu, jejak, h, first, last } = m;
  const label = labelBulan(bulan, 'rujukan.csv');
  const nomor = new Set<string>();
  const fasilitas = new Set<string>();
  const barisPertama: number[] = [];
  await bacaCsv({
    path: pathBulan(ctx, bulan, 'rujukan.csv'),
    label,
    jenis: 'rujukan',
    // The first read already rejected this file's other bad rows; only the conflicts are new.
    tolak: new Penolakan({ strict: false, maxRejectRate: 1 }),
    dialek: ctx.dialek,
    batas: ctx.batas,
    onRow(b) {
      let no: string;
      let isi: IsiRujukan;
      try {
        no = wajib(b, 'no_rujukan');
        isi = isiRujukan(ctx, bulan, kartu, b);
      } catch {
        return; // rejected by the first read already
      }
      if (isi.tgl < first || isi.tgl > last) return; // set aside by its date, named by the others
      const w = ganda.alasan(no, isi);
      if (w === null) return;
      nomor.add(no);
      if (no === nomor.values().next().value) barisPertama.push(b.line);
      fasilitas.add(ctx.master.daftar[isi.f]?.kodePpk ?? '');
      (h[isi.f] as HitunganDasar).rujukanKonflik++;
      jejak?.rujukanKonflik(b.line, w.audit);
      ctx.tolak.tolak({ file: label, baris: b.line, kolom: b.kolom('no_rujukan'), alasan: w.teks.en, jenis: 'conflicting duplicate', isi: b.raw }, w.teks);
    },
  });
  const pertama = nomor.values().next().value as string;
  const jumlahBaris = h.reduce((s, x) => s + x.rujukanKonflik, 0);
  if (nomor.size > 0) ctx.peringatan.push(PESAN_INGEST.rujukanKonflikFile(label, nomor.size, jumlahBaris, pertama, barisPertama.slice(0, 5), [...fasilitas].sort()));
  periksaAmbang(ctx, label);
}
