// The branch recap (src/core/rekap.ts) as rekap-YYYY-MM.csv and as a terminal table, and a
// month's capaian in the branch office's own workbook layout (src/core/cabang.ts).
import type { ChalkInstance } from 'chalk';
import type { HasilJob } from './hasil.js';
import type { Capaian } from '../core/assessment.js';
import { KOLOM_CABANG, putusanCabang, TERCAPAI, TIDAK_TERCAPAI, type KolomCabang } from '../core/cabang.js';
import { formatMonth } from '../core/month.js';
import { toPlain, type Rational } from '../core/rational.js';
import { rekapCapaian, rekapKapitasi, type RekapCapaian, type RekapKapitasi, type Sebaran } from '../core/rekap.js';
import type { JenisFktp, RuleSet } from '../rules/schema.js';
import { angka, dalam, rupiah, type Bahasa, type Pesan } from '../pesan/index.js';
import { PESAN_LAPORAN as P } from '../pesan/laporan.js';
import { namaLaporan } from './nama-laporan.js';
import { persenTeks as pct } from './tabel-kbk.js';
import { blokTabel, type Kolom } from './table-engine.js';

/**
 * rekap-YYYY-MM.csv, long so that a pivot table or a chart takes it as it is: one count a
 * row, `bulan, laporan, jenis_fktp, ukuran, nilai, jumlah`.
 *
 * - laporan `capaian`, one block per assessment month (bulan = the assessment month), per
 *   jenis_fktp: `fasilitas`, `dinilai` (rated), `kbk_berlaku` (payment adjusted), then
 *   `rating_<id>` per indicator with the rating in nilai, then `persen_kapitasi` with the
 *   percentage in nilai, counting only the facilities the KBK adjusts (the others are paid
 *   100 % without a band: fasilitas − kbk_berlaku).
 * - laporan `kapitasi`, the payment month (bulan = bulan bayar), per jenis_fktp:
 *   `fasilitas`, `kbk_berlaku`, `persen_kapitasi` as above, then the Rupiah totals
 *   `kapitasi_penuh`, `kapitasi_dibayar`, `potongan` (the cuts) and `insentif` (negative
 *   potongan, from bands above 100 %, as a positive amount); nilai empty.
 *
 * Types in JENIS_FKTP order (those present), then `semua` for all of them. Every rating of
 * the rule set's bands (for types it rates) and every payment band of the type's table
 * (for types it adjusts) has its row, also at 0, so month after month a chart has the
 * same bars; highest value first. Percentages and Rupiah as in the other reports (92.5;
 * whole Rupiah).
 */
export const KOLOM_REKAP = ['bulan', 'laporan', 'jenis_fktp', 'ukuran', 'nilai', 'jumlah'] as const;

type BarisRekap = Record<(typeof KOLOM_REKAP)[number], string>;

const persenTeks = (r: Rational): string => toPlain(r, 4);

function barisCapaianRekap(r: RekapCapaian): BarisRekap[] {
  const bulan = formatMonth(r.bulan);
  return r.perJenis.flatMap((j) => {
    const baris = (ukuran: string, nilai: string, jumlah: number): BarisRekap => ({ bulan, laporan: 'capaian', jenis_fktp: j.jenis, ukuran, nilai, jumlah: String(jumlah) });
    return [
      baris('fasilitas', '', j.fasilitas),
      baris('dinilai', '', j.dinilai),
      baris('kbk_berlaku', '', j.kbkBerlaku),
      ...j.rating.flatMap((i) => i.sebaran.map((s) => baris(`rating_${i.id}`, String(s.nilai), s.jumlah))),
      ...j.persen.map((s) => baris('persen_kapitasi', persenTeks(s.nilai), s.jumlah)),
    ];
  });
}

function barisKapitasiRekap(r: RekapKapitasi): BarisRekap[] {
  const bulan = formatMonth(r.bulanBayar);
  return r.perJenis.flatMap((j) => {
    const baris = (ukuran: string, nilai: string, jumlah: number | bigint): BarisRekap => ({ bulan, laporan: 'kapitasi', jenis_fktp: j.jenis, ukuran, nilai, jumlah: String(jumlah) });
    return [
      baris('fasilitas', '', j.fasilitas),
      baris('kbk_berlaku', '', j.kbkBerlaku),
      ...j.persen.map((s) => baris('persen_kapitasi', persenTeks(s.nilai), s.jumlah)),
      baris('kapitasi_penuh', '', j.kapitasiPenuh),
      baris('kapitasi_dibayar', '', j.kapitasiDibayar),
      baris('potongan', '', j.potongan),
      baris('insentif', '', j.insentif),
    ];
  });
}

export function barisRekap(h: HasilJob): BarisRekap[] {
  return [
    ...h.capaian.flatMap((c) => barisCapaianRekap(rekapCapaian(c.rows, c.rules))),
    ...(h.kapitasi ? barisKapitasiRekap(rekapKapitasi(h.kapitasi.rows, h.kapitasi.rules)) : []),
  ];
}

// ---------------------------------------------------------------------------------------
// Terminal: in the run's language (src/pesan/laporan.ts), its numbers in that language's format.

/** "100%: 2, 85%: 1": the bands that hold facilities; "–" when none does. */
export const sebaranPersen = (s: readonly Sebaran<Rational>[], b: Bahasa): string =>
  s.filter((x) => x.jumlah > 0).map((x) => `${pct(x.nilai, b)}: ${angka(x.jumlah, b)}`).join(', ') || '–';

/** The first column left-aligned, the figures right-aligned; the band lists wrap after an item. */
const PERSEN = (b: Bahasa): Kolom => ({ judul: dalam(P.judul.persenKbk, b), nama: 'persen_kapitasi', kanan: true, bungkus: { pemisah: ', ' } });

/**
 * An assessment month's recap. Too wide: the band list wraps, then columns go in this
 * order: dinilai, kbk_berlaku (both are sums of the columns after them), the rating columns
 * from the last indicator to the first, fasilitas. jenis_fktp and the payment bands always
 * stay.
 */
function tabelCapaianRekap(r: RekapCapaian, berkas: string, c: ChalkInstance, lebar: number | undefined, b: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, b);
  const semua = r.perJenis[r.perJenis.length - 1];
  // Rating columns follow the bands of the whole (every type's ratings are among them).
  const kunci = (semua?.rating ?? []).map((i) => ({ id: i.id, nilai: i.sebaran.map((s) => s.nilai) }));
  const kolom: Kolom[] = [
    { judul: t(P.judul.jenis), nama: 'jenis_fktp' },
    { judul: 'fktp', nama: 'fasilitas', kanan: true, buang: 3 + kunci.length },
    { judul: t(P.judul.dinilai), nama: 'dinilai', kanan: true, buang: 1 },
    { judul: 'kbk', nama: 'kbk_berlaku', kanan: true, buang: 2 },
    ...kunci.map((k, i) => ({ judul: `${k.id.toUpperCase()} ${k.nilai.join('/')}`, nama: `rating_${k.id}`, kanan: true, buang: 3 + kunci.length - 1 - i })),
    PERSEN(b),
  ];
  const body = r.perJenis.map((j) => [
    j.jenis,
    angka(j.fasilitas, b),
    angka(j.dinilai, b),
    angka(j.kbkBerlaku, b),
    ...kunci.map((k, i) => (j.dinilai === 0 ? '–' : k.nilai.map((v) => angka(j.rating[i]?.sebaran.find((s) => s.nilai === v)?.jumlah ?? 0, b)).join('/'))),
    sebaranPersen(j.persen, b),
  ]);
  return blokTabel([`${c.bold(t(P.judulRekapCapaian(formatMonth(r.bulan))))} (${r.aturan})`], kolom, body, c, lebar, (d, l) => t(P.tidakDitampilkanLihat(d, l, berkas)));
}

/**
 * The payment month's recap. Too wide: the band list wraps, then columns go in this order:
 * kbk_berlaku (the sum of the bands), kapitasi_penuh (dibayar + potongan − insentif),
 * fasilitas. jenis_fktp, the bands and the amounts paid, cut and added always stay.
 */
function tabelKapitasiRekap(r: RekapKapitasi, berkas: string, c: ChalkInstance, lebar: number | undefined, b: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, b);
  const rp = (v: bigint): string => rupiah(v, b);
  const adaInsentif = r.perJenis.some((j) => j.insentif > 0n);
  const kolom: Kolom[] = [
    { judul: t(P.judul.jenis), nama: 'jenis_fktp' },
    { judul: 'fktp', nama: 'fasilitas', kanan: true, buang: 3 },
    { judul: 'kbk', nama: 'kbk_berlaku', kanan: true, buang: 1 },
    PERSEN(b),
    { judul: t(P.judul.penuh), nama: 'kapitasi_penuh', kanan: true, buang: 2 },
    { judul: t(P.judul.dibayar), nama: 'kapitasi_dibayar', kanan: true },
    { judul: t(P.judul.potongan), nama: 'potongan', kanan: true },
    ...(adaInsentif ? [{ judul: t(P.judul.insentif), nama: 'insentif', kanan: true }] : []),
  ];
  const body = r.perJenis.map((j) => [
    j.jenis,
    angka(j.fasilitas, b),
    angka(j.kbkBerlaku, b),
    sebaranPersen(j.persen, b),
    rp(j.kapitasiPenuh),
    rp(j.kapitasiDibayar),
    rp(j.potongan),
    ...(adaInsentif ? [rp(j.insentif)] : []),
  ]);
  return blokTabel([`${c.bold(t(P.judulRekapKapitasi(formatMonth(r.bulanBayar))))} (${r.aturan})`], kolom, body, c, lebar, (d, l) => t(P.tidakDitampilkanLihat(d, l, berkas)));
}

/**
 * The recap on the terminal: a table per assessment month, then the payment month's, each
 * fitted to `lebar` terminal columns (undefined: the full tables).
 */
export function tabelRekap(h: HasilJob, c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const berkas = namaLaporan('rekap', h.bulan);
  return [
    ...h.capaian.map((x) => tabelCapaianRekap(rekapCapaian(x.rows, x.rules), berkas, c, lebar, bahasa)),
    ...(h.kapitasi ? [tabelKapitasiRekap(rekapKapitasi(h.kapitasi.rows, h.kapitasi.rules), berkas, c, lebar, bahasa)] : []),
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------
// The branch workbook's layout

/** The headings of the branch layout, exactly as src/core/cabang.ts spells them. */
export const KOLOM_REKAP_CABANG = KOLOM_CABANG.map((k) => k.judul);

/** TIPE FKTP as BPJS spells it (src/ingest/values.ts reads each back). */
const TIPE_FKTP: Record<JenisFktp, string> = {
  puskesmas: 'PUSKESMAS',
  klinik_pratama: 'KLINIK PRATAMA',
  rs_d_pratama: 'RS D PRATAMA',
  praktik_dokter: 'DOKTER PRAKTIK PERORANGAN',
  praktik_dokter_gigi: 'DOKTER GIGI',
};

/** "01/07/2024": the month as branch workbooks date it. */
function bulanCabang(c: Capaian): string {
  const [y, m] = formatMonth(c.bulan).split('-');
  return `01/${m}/${y}`;
}

const keterangan = (ok: boolean | null | undefined): string => (ok == null ? '' : ok ? TERCAPAI : TIDAK_TERCAPAI);

function isiCabang(k: KolomCabang, c: Capaian, p: ReturnType<typeof putusanCabang>): string {
  switch (k.isi.jenis) {
    case 'bulan':
      return bulanCabang(c);
    case 'identitas':
      return k.isi.kunci === 'jenisFktp' ? TIPE_FKTP[c.fktp.jenisFktp] : c.fktp[k.isi.kunci];
    case 'hitungan':
      return String(c.hitungan[k.isi.kunci]);
    case 'keterangan':
      return keterangan(p.keterangan[k.isi.rumus]);
    case 'jumlahTercapai':
      return p.jumlahTercapai === null ? '' : String(p.jumlahTercapai);
    case 'capaianKbk':
      return p.capaianKbk === null ? '' : toPlain(p.capaianKbk, 4);
  }
}

/** A month's capaian in the branch workbook's layout: headings KOLOM_REKAP_CABANG, kbk's verdicts in the derived columns. */
export function barisRekapCabang(rows: readonly Capaian[], rules: RuleSet): Record<string, string>[] {
  return rows.map((c) => {
    const p = putusanCabang(c, rules);
    return Object.fromEntries(KOLOM_CABANG.map((k) => [k.judul, isiCabang(k, c, p)]));
  });
}
