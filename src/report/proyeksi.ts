// kbk proyeksi for people (an aligned table fitted to the terminal, the methods under it),
// for files (proyeksi-YYYY-MM.csv, one row per facility and indicator) and for programs
// (JSON with numbers). Values to two decimals, as in capaian; the counts behind them in full.
import type { ChalkInstance } from 'chalk';
import type { HasilProyeksi } from '../app/proyeksi.js';
import { formatDate, formatMonth, type MonthIndex } from '../core/month.js';
import type { Celah, MetodeHitungan, ProyeksiHitungan, ProyeksiIndikator } from '../core/proyeksi.js';
import { toFixed, type Rational } from '../core/rational.js';
import { KOLOM_HITUNGAN, type KunciHitungan } from '../core/types.js';
import { blokTabel, type Baris, type Kolom } from './tabel.js';

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
  'hitungan',
] as const;

const angka = (r: Rational | null): string => (r === null ? '' : toFixed(r, 2));

/** What each method did, in words (the earlier months named). */
function metodeTeks(m: MetodeHitungan, bulanLalu: readonly MonthIndex[]): string {
  switch (m) {
    case 'kurva':
      return `the facility's own earlier months (${bulanLalu.map(formatMonth).join(', ')}): the count by day d × (month-end ÷ count by day d) of each, their mean; range: their least and greatest, ± ⌈2√(rest + 1)⌉ for what is still to come (Poisson)`;
    case 'laju':
      return 'no earlier month: the linear run-rate, count by day d × days in month ÷ d, which leans high (distinct participants accumulate more slowly than visits); range: from the count so far (it cannot fall) to the run-rate + ⌈2√(rest + 1)⌉';
    case 'sebanding':
      return 'TACC referrals (no daily facts) in proportion to all referrals';
    case 'diukur':
      return bulanLalu.length > 0
        ? 'Prolanis: those measured so far stand (measurements come about once a month); those still open (enrolled, not measured yet, and those an earlier month had that have not shown yet) controlled at the earlier months\' share; range: every open one either way, and a couple measured again'
        : 'Prolanis: as measured so far (measurements come about once a month); without an earlier month nothing bounds the participants still to come, so the range is all the formula can give';
    case 'lengkap':
      return "the data run to the month's last day: nothing left to project";
    case 'tetap':
      return "the month's list, known whole";
  }
}

function caraTeks(c: Celah): string {
  if (c.jumlah === null) return c.arah === 'tambah' ? `not reachable by more ${c.apa}` : `out of reach: the ${c.sejauhIni} ${c.apa} so far are already too many`;
  return c.arah === 'tambah' ? `+${c.jumlah} ${c.apa} by the last day (${c.total} in all)` : `at most ${c.jumlah} more ${c.apa} this month (${c.total} in all)`;
}

/** Per better rating, each way to reach it: "rating 4: +481 registered participant(s) with a contact by the last day (750 in all)". */
function celahTeks(celah: readonly Celah[]): string[] {
  const perRating = new Map<number, Celah[]>();
  for (const c of celah) perRating.set(c.rating, [...(perRating.get(c.rating) ?? []), c]);
  return [...perRating].map(([rating, cs]) => `rating ${rating}: ${cs.map(caraTeks).join(', or ')}`);
}

/** "peserta_kontak 269 → 748 (702–794)"; a count known whole, just its number. */
function hitunganTeks(kunci: KunciHitungan, p: ProyeksiHitungan): string {
  const kolom = KOLOM_HITUNGAN[kunci];
  if (p.metode === 'tetap' || p.metode === 'lengkap') return `${kolom} ${p.sejauhIni}`;
  return `${kolom} ${p.sejauhIni} → ${p.proyeksi} (${p.rendah}–${p.tinggi ?? '…'})`;
}

export function barisProyeksi(h: Proyeksi): Record<string, string>[] {
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
      celah: celahTeks(i.celah).join('; '),
      hitungan: i.hitungan.map((x) => hitunganTeks(x.kunci, x.proyeksi)).join('; '),
    })),
  );
}

const denganSatuan = (r: Rational | null, satuan: string): string => (r === null ? '–' : `${toFixed(r, 2)}${satuan}`);
const ratingTeks = (i: ProyeksiIndikator): string => (i.rating ? `${i.rating.sejauhIni} → ${i.rating.proyeksi} (${i.rating.rendah}–${i.rating.tinggi})` : '–');

/** What a better rating needs goes under the indicator's row, indented from this column (indikator). */
const KOLOM_INDIKATOR = 2;

/** What the projection table says around itself, in one place (a message catalog will take them). */
const PESAN = {
  tidakDitampilkan: (kolom: readonly string[], lebar: number): string =>
    `column${kolom.length > 1 ? 's' : ''} ${kolom.join(', ')} not shown: terminal ${lebar} columns; --json has them`,
} as const;

/**
 * The projection for people: a row per facility and indicator, what each better rating needs
 * on its own line(s) under the row, the methods under the table. Fitted to `lebar` terminal
 * columns (undefined: the full table): the name and the method names wrap, then columns go
 * in this order: nama_fktp, metode, rentang (rendah–tinggi), rating. kode_ppk, the
 * indicator, the value so far and the projection always stay.
 */
export function tabelProyeksi(h: Proyeksi, c: ChalkInstance, lebar?: number): string {
  const body: Baris[] = h.fasilitas.flatMap(({ fktp, indikator }) =>
    indikator.flatMap((i, n): Baris[] => [
      [
        n === 0 ? fktp.kodePpk : '',
        n === 0 ? (fktp.namaFktp.length > 24 ? fktp.namaFktp.slice(0, 23) + '…' : fktp.namaFktp) : '',
        i.id.toUpperCase(),
        denganSatuan(i.sejauhIni, i.satuan),
        denganSatuan(i.proyeksi, i.satuan),
        i.rendah === null ? '–' : `${toFixed(i.rendah, 2)}–${denganSatuan(i.tinggi, i.satuan)}`,
        ratingTeks(i),
        i.metode.join('+'),
      ],
      ...(i.celah.length > 0 ? [{ bawah: celahTeks(i.celah), dariKolom: KOLOM_INDIKATOR }] : []),
    ]),
  );
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: 'nama', nama: 'nama_fktp', bungkus: 'kata', buang: 1 },
    { judul: 'indikator' },
    { judul: 'sejauh ini', kanan: true },
    { judul: 'proyeksi', kanan: true },
    { judul: 'rentang', nama: 'rendah/tinggi', kanan: true, buang: 3 },
    { judul: 'rating', buang: 4 },
    { judul: 'metode', bungkus: { pemisah: '+' }, buang: 2 },
  ];
  const dipakai = [...new Set(h.fasilitas.flatMap((f) => f.indikator.flatMap((i) => i.metode)))];
  const lalu = h.bulanLalu.length > 0 ? `earlier months ${h.bulanLalu.map(formatMonth).join(', ')}` : 'no earlier month';
  return blokTabel(
    [`${c.bold(`Proyeksi KBK ${formatMonth(h.bulan)}`)} (${h.rules.id}): data to ${formatDate(h.sampai)}, day ${h.hari} of ${h.hariBulan}${h.dipotong ? ' (rows after it left out)' : ''}; ${lalu}`],
    kolom,
    body,
    c,
    lebar,
    PESAN.tidakDitampilkan,
    [],
    dipakai.map((m) => `${c.bold(m)}: ${metodeTeks(m, h.bulanLalu)}`),
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
    metode: Object.fromEntries(metode.map((m) => [m, metodeTeks(m, h.bulanLalu)])),
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
        celah: i.celah.map((c) => ({ rating: c.rating, hitungan: KOLOM_HITUNGAN[c.kunci], arah: c.arah, sejauh_ini: c.sejauhIni, jumlah: c.jumlah, total: c.total, teks: caraTeks(c) })),
        hitungan: Object.fromEntries(
          i.hitungan.map(({ kunci, proyeksi: p }) => [KOLOM_HITUNGAN[kunci], { sejauh_ini: p.sejauhIni, proyeksi: p.proyeksi, rendah: p.rendah, tinggi: p.tinggi, metode: p.metode }]),
        ),
      })),
    })),
  };
}
