// kbk proyeksi for people (an aligned table fitted to the terminal, the methods under it, in
// the run's language: src/pesan/laporan.ts), for files (proyeksi-YYYY-MM.csv, one row per
// facility and indicator) and for programs (JSON with numbers). Values to two decimals, as
// in capaian; the counts behind them in full. The JSON keeps its words locale-free (English,
// numbers unformatted); the file's celah is in the run's language, with kode_celah beside it.
import type { ChalkInstance } from 'chalk';
import type { HasilProyeksi } from './hasil.js';
import { formatDate, formatMonth, type MonthIndex } from '../core/month.js';
import type { Celah, MetodeHitungan, ProyeksiHitungan, ProyeksiIndikator } from '../core/proyeksi.js';
import { toFixed, type Rational } from '../core/rational.js';
import { KOLOM_HITUNGAN, type KunciHitungan } from '../core/types.js';
import { dalam, desimal, type Bahasa, type Pesan, type Teks } from '../pesan/index.js';
import { PESAN_LAPORAN as P } from '../pesan/laporan.js';
import { blokTabel, type Baris, type Kolom } from './table-engine.js';

type Proyeksi = Omit<HasilProyeksi, 'file'>;

export const KOLOM_PROYEKSI = [
  'bulan',
  'sampai',
  'kode_ppk',
  'indikator',
  'sejauh_ini',
  'proyeksi',
  'rendah',
  'tinggi',
  'metode',
  'rating_sejauh_ini',
  'rating_proyeksi',
  'rating_rendah',
  'rating_tinggi',
  'celah',
  'kode_celah',
  'hitungan',
] as const;

const angka = (r: Rational | null): string => (r === null ? '' : toFixed(r, 2));

/** What each method did, in words (the earlier months named). */
function metodeTeks(m: MetodeHitungan, bulanLalu: readonly MonthIndex[]): Teks {
  switch (m) {
    case 'kurva':
      return P.metode.kurva(bulanLalu.map(formatMonth));
    case 'laju':
      return P.metode.laju;
    case 'sebanding':
      return P.metode.sebanding;
    case 'diukur':
      return bulanLalu.length > 0 ? P.metode.diukurDenganLalu : P.metode.diukurTanpaLalu;
    case 'lengkap':
      return P.metode.lengkap;
    case 'tetap':
      return P.metode.tetap;
  }
}

/** One way to a better rating, for the file and the JSON: English, its counts unformatted ("+481 registered participant(s) … (750 in all)"). */
function caraMesin(c: Celah): string {
  const apa = dalam(c.apa as Pesan, 'en');
  if (c.jumlah === null) return c.arah === 'tambah' ? `not reachable by more ${apa}` : `out of reach: the ${c.sejauhIni} ${apa} so far are already too many`;
  return c.arah === 'tambah' ? `+${c.jumlah} ${apa} by the last day (${c.total} in all)` : `at most ${c.jumlah} more ${apa} this month (${c.total} in all)`;
}

/**
 * One way to a better rating as a stable code for scripts: tambah_<count> (more of it
 * reaches the rating), batasi_<count> (at most so many more of it this month keeps it),
 * tak_terjangkau_<count> (that count cannot reach it); <count> is the CSV column's name
 * of the count (peserta_kontak, rujukan_non_spesialistik, dm_terkendali…).
 */
export const kodeCelah = (c: Celah): string =>
  `${c.jumlah === null ? 'tak_terjangkau' : c.arah === 'tambah' ? 'tambah' : 'batasi'}_${KOLOM_HITUNGAN[c.kunci]}`;

/** For the file's kode_celah: "4:tambah_peserta_kontak; 3:…", one per way, in the order of celah's text. */
const kodeCelahBaris = (celah: readonly Celah[]): string =>
  perRating(celah)
    .flatMap(([rating, cs]) => cs.map((c) => `${rating}:${kodeCelah(c)}`))
    .join('; ');

/** Per better rating, the ways to reach it, in order of rating. */
function perRating(celah: readonly Celah[]): [number, Celah[]][] {
  const m = new Map<number, Celah[]>();
  for (const c of celah) m.set(c.rating, [...(m.get(c.rating) ?? []), c]);
  return [...m];
}

/** For people, in `bahasa`. */
const celahTeks = (celah: readonly Celah[], bahasa: Bahasa): string[] =>
  perRating(celah).map(([rating, cs]) => dalam(P.celahRating(rating, cs.map((c) => P.celahCara(c))), bahasa));

/** "peserta_kontak 269 → 748 (702–794)"; a count known whole, just its number. */
function hitunganTeks(kunci: KunciHitungan, p: ProyeksiHitungan): string {
  const kolom = KOLOM_HITUNGAN[kunci];
  if (p.metode === 'tetap' || p.metode === 'lengkap') return `${kolom} ${p.sejauhIni}`;
  return `${kolom} ${p.sejauhIni} → ${p.proyeksi} (${p.rendah}–${p.tinggi ?? '…'})`;
}

/** The file's rows: celah in the run's language (people read it), kode_celah beside it for scripts. */
export function barisProyeksi(h: Proyeksi, bahasa: Bahasa): Record<string, string>[] {
  return h.fasilitas.flatMap(({ fktp, indikator }) =>
    indikator.map((i) => ({
      bulan: formatMonth(h.bulan),
      sampai: formatDate(h.sampai),
      kode_ppk: fktp.kodePpk,
      indikator: i.id,
      sejauh_ini: angka(i.sejauhIni),
      proyeksi: angka(i.proyeksi),
      rendah: angka(i.rendah),
      tinggi: angka(i.tinggi),
      metode: i.metode.join('+'),
      rating_sejauh_ini: String(i.rating?.sejauhIni ?? ''),
      rating_proyeksi: String(i.rating?.proyeksi ?? ''),
      rating_rendah: String(i.rating?.rendah ?? ''),
      rating_tinggi: String(i.rating?.tinggi ?? ''),
      celah: celahTeks(i.celah, bahasa).join('; '),
      kode_celah: kodeCelahBaris(i.celah),
      hitungan: i.hitungan.map((x) => hitunganTeks(x.kunci, x.proyeksi)).join('; '),
    })),
  );
}

const denganSatuan = (r: Rational | null, satuan: string, b: Bahasa): string => (r === null ? '–' : `${desimal(toFixed(r, 2), b)}${satuan}`);
const ratingTeks = (i: ProyeksiIndikator): string => (i.rating ? `${i.rating.sejauhIni} → ${i.rating.proyeksi} (${i.rating.rendah}–${i.rating.tinggi})` : '–');

/** What a better rating needs goes under the indicator's row, indented from this column (indikator). */
const KOLOM_INDIKATOR = 2;

/**
 * The projection for people, in `bahasa`: a row per facility and indicator, what each better
 * rating needs on its own line(s) under the row, the methods under the table. Fitted to
 * `lebar` terminal columns (undefined: the full table): the name is shortened (Kolom.singkat)
 * and the method names wrap, then columns go in this order: metode, rentang (rendah–tinggi),
 * rating, nama_fktp (a column that went comes back when it fits after a wider one went).
 * kode_ppk, the indicator, the value so far and the projection always stay.
 */
export function tabelProyeksi(h: Proyeksi, c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const body: Baris[] = h.fasilitas.flatMap(({ fktp, indikator }) =>
    indikator.flatMap((i, n): Baris[] => [
      [
        n === 0 ? fktp.kodePpk : '',
        n === 0 ? (fktp.namaFktp.length > 24 ? fktp.namaFktp.slice(0, 23) + '…' : fktp.namaFktp) : '',
        i.id.toUpperCase(),
        denganSatuan(i.sejauhIni, i.satuan, bahasa),
        denganSatuan(i.proyeksi, i.satuan, bahasa),
        i.rendah === null ? '–' : `${desimal(toFixed(i.rendah, 2), bahasa)}–${denganSatuan(i.tinggi, i.satuan, bahasa)}`,
        ratingTeks(i),
        i.metode.join('+'),
      ],
      ...(i.celah.length > 0 ? [{ bawah: celahTeks(i.celah, bahasa), dariKolom: KOLOM_INDIKATOR }] : []),
    ]),
  );
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: t(P.judul.nama), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: 4 },
    { judul: t(P.judul.indikator) },
    { judul: t(P.judul.sejauhIni), kanan: true },
    { judul: t(P.judul.proyeksi), kanan: true },
    { judul: t(P.judul.rentang), nama: 'rendah/tinggi', kanan: true, buang: 2 },
    { judul: 'rating', buang: 3 },
    { judul: t(P.judul.metode), nama: 'metode', bungkus: { pemisah: '+' }, buang: 1 },
  ];
  const dipakai = [...new Set(h.fasilitas.flatMap((f) => f.indikator.flatMap((i) => i.metode)))];
  return blokTabel(
    [`${c.bold(t(P.judulProyeksi(formatMonth(h.bulan))))} ${t(P.dataProyeksi(h.rules.id, formatDate(h.sampai), h.hari, h.hariBulan, h.dipotong, h.bulanLalu.map(formatMonth)))}`],
    kolom,
    body,
    c,
    lebar,
    (d, l) => t(P.tidakDitampilkanJson(d, l)),
    [],
    dipakai.map((m) => `${c.bold(m)}: ${t(metodeTeks(m, h.bulanLalu))}`),
  );
}

const nomor = (r: Rational | null): number | null => (r === null ? null : Number(toFixed(r, 2)));

/** The projection as data: values as numbers (two decimals), counts in full, methods in words. */
export function proyeksiJson(h: Proyeksi): unknown {
  const metode = [...new Set(h.fasilitas.flatMap((f) => f.indikator.flatMap((i) => i.metode)))];
  return {
    bulan: formatMonth(h.bulan),
    sampai: formatDate(h.sampai),
    hari: h.hari,
    hari_bulan: h.hariBulan,
    dipotong: h.dipotong,
    aturan: h.rules.id,
    bulan_lalu: h.bulanLalu.map(formatMonth),
    metode: Object.fromEntries(metode.map((m) => [m, metodeTeks(m, h.bulanLalu).en])),
    fasilitas: h.fasilitas.map(({ fktp, indikator }) => ({
      kode_ppk: fktp.kodePpk,
      nama_fktp: fktp.namaFktp,
      jenis_fktp: fktp.jenisFktp,
      indikator: indikator.map((i) => ({
        id: i.id,
        nama: i.nama,
        satuan: i.satuan,
        sejauh_ini: nomor(i.sejauhIni),
        proyeksi: nomor(i.proyeksi),
        rendah: nomor(i.rendah),
        tinggi: nomor(i.tinggi),
        metode: i.metode,
        rating: i.rating ? { sejauh_ini: i.rating.sejauhIni, proyeksi: i.rating.proyeksi, rendah: i.rating.rendah, tinggi: i.rating.tinggi } : null,
        celah: i.celah.map((c) => ({ rating: c.rating, hitungan: KOLOM_HITUNGAN[c.kunci], kode: kodeCelah(c), arah: c.arah, sejauh_ini: c.sejauhIni, jumlah: c.jumlah, total: c.total, teks: caraMesin(c) })),
        hitungan: Object.fromEntries(
          i.hitungan.map(({ kunci, proyeksi: p }) => [KOLOM_HITUNGAN[kunci], { sejauh_ini: p.sejauhIni, proyeksi: p.proyeksi, rendah: p.rendah, tinggi: p.tinggi, metode: p.metode }]),
        ),
      })),
    })),
  };
}
