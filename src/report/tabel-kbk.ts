// Compact terminal tables (stdout), in the run's language: its words from the catalog
// (src/pesan/laporan.ts), its numbers in that language's format (Rp 58.454.189 / Rp 58,454,189;
// 150,00‰ / 150.00‰). Colour only when the caller's chalk has a level (NO_COLOR, --no-color
// and pipes give level 0). Each table takes the terminal's width (undefined when stdout is
// not a terminal: the full table) and fits itself to it as src/report/table-engine.ts describes.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Capaian, Kapitasi } from '../core/assessment.js';
import type { RuleSet } from '../rules/schema.js';
import type { HasilBanding } from './hasil.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import type { StatistikFile } from '../ingest/file.js';
import { toFixed, toPlain, type Rational } from '../core/rational.js';
import { angka, dalam, desimal, rupiah, type Bahasa, type Pesan } from '../pesan/index.js';
import { PESAN_LAPORAN as P } from '../pesan/laporan.js';
import { namaLaporan } from './nama-laporan.js';
import { blokTabel, type Baris, type Kolom } from './table-engine.js';
import { alasanTolak } from '../pesan/ingest.js';

export { lebarTerminal } from './table-engine.js';

const polos = new Chalk({ level: 0 });

/** A value to two decimals in the language's notation (an indicator, a total nilai): 150,00 / 150.00. */
export const duaDesimal = (r: Rational, b: Bahasa): string => desimal(toFixed(r, 2), b);
/** An indicator's value to two decimals with its unit: 150,00‰ / 150.00‰; "–" when not assessed. */
const ind = (r: Rational | null, unit: string, b: Bahasa): string => (r === null ? '–' : `${duaDesimal(r, b)}${unit}`);
/** A payment percentage: 97% / 92,5% (92.5%). */
export const persenTeks = (r: Rational, b: Bahasa): string => `${desimal(toPlain(r, 2), b)}%`;

const nama = (s: string): string => (s.length > 28 ? s.slice(0, 27) + '…' : s);

/**
 * A month's capaian. Too wide for the terminal: the name is shortened (Kolom.singkat) and
 * the capitation note wraps, then columns go in this order: rating, total_nilai, nama_fktp.
 * kode_ppk, the indicators and the payment percentage always stay.
 */
export function tabelCapaian(rows: Capaian[], rules: RuleSet, c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const bulan = rows[0] ? formatMonth(rows[0].bulan) : '';
  const body = rows.map((r) => [
    r.fktp.kodePpk,
    nama(r.fktp.namaFktp),
    ...rules.indikator.map((i) => ind(r.indikator.nilai[i.id] ?? null, i.satuan, bahasa)),
    r.penilaian ? rules.indikator.map((i) => r.penilaian?.rating[i.id]).join('/') : '–',
    r.penilaian ? duaDesimal(r.penilaian.totalNilai, bahasa) : '–',
    r.kbkBerlaku ? persenTeks(r.persenKapitasi, bahasa) : c.dim(t(P.tidakBerlaku100)),
  ]);
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: t(P.judul.nama), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: 3 },
    ...rules.indikator.map((i) => ({ judul: i.id.toUpperCase(), kanan: true })),
    { judul: 'rating', kanan: true, buang: 1 },
    { judul: 'nilai', nama: 'total_nilai', kanan: true, buang: 2 },
    { judul: t(P.judul.kapitasi), bungkus: 'kata' },
  ];
  return blokTabel([`${c.bold(t(P.judulCapaian(bulan)))} (${rows[0]?.aturan ?? ''})`], kolom, body, c, lebar, (d, l) => t(P.tidakDitampilkanLihat(d, l, namaLaporan('capaian', bulan))));
}

/**
 * A payment month. Too wide: the name is shortened (Kolom.singkat), then columns go in this
 * order: jumlah_bulan_dinilai (bulan), lantai_diterapkan (lantai), total_nilai, nama_fktp.
 * kode_ppk, the percentage, the amount paid and the cut always stay.
 */
export function tabelKapitasi(rows: Kapitasi[], c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const rp = (v: bigint): string => rupiah(v, bahasa);
  let total = 0n;
  let potongan = 0n;
  let insentif = 0n;
  const body = rows.map((r) => {
    total += r.pembayaran.kapitasiDibayar;
    // A payment band above 100 % pays more than the base: a negative potongan, shown as an incentive.
    if (r.pembayaran.potongan >= 0n) potongan += r.pembayaran.potongan;
    else insentif -= r.pembayaran.potongan;
    return [
      r.fktp.kodePpk,
      nama(r.fktp.namaFktp),
      `${angka(r.jumlahBulanDinilai, bahasa)}/${angka(r.jendela.length, bahasa)}`,
      r.penilaian ? duaDesimal(r.penilaian.totalNilai, bahasa) : '–',
      persenTeks(r.persenKapitasi, bahasa),
      r.pembayaran.lantaiDiterapkan ? c.yellow(t(P.ya)) : '',
      rp(r.pembayaran.kapitasiDibayar),
      r.pembayaran.potongan > 0n ? c.red(rp(r.pembayaran.potongan)) : r.pembayaran.potongan < 0n ? c.green(`+${rp(-r.pembayaran.potongan)}`) : rp(0n),
    ];
  });
  const first = rows[0];
  const bulan = first ? formatMonth(first.bulanBayar) : '';
  const title = first ? `${t(P.judulKapitasi(bulan))} (${first.aturan}, ${first.aturanTarif})` : t(P.judulKapitasi(null));
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: t(P.judul.nama), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: 4 },
    { judul: t(P.judul.jumlahBulan), nama: 'jumlah_bulan_dinilai', kanan: true, buang: 1 },
    { judul: 'nilai', nama: 'total_nilai', kanan: true, buang: 3 },
    { judul: t(P.judul.persen), kanan: true },
    { judul: t(P.judul.lantai), nama: 'lantai_diterapkan', buang: 2 },
    { judul: t(P.judul.dibayar), kanan: true },
    { judul: t(P.judul.potongan), kanan: true },
  ];
  const totals = `${c.bold(t(P.totalDibayar))} ${rp(total)}   ${c.bold(t(P.judul.potongan))} ${rp(potongan)}` +
    (insentif > 0n ? `   ${c.bold(t(P.judul.insentif))} ${rp(insentif)}` : '');
  return blokTabel([c.bold(title)], kolom, body, c, lebar, (d, l) => t(P.tidakDitampilkanLihat(d, l, namaLaporan('kapitasi', bulan))), [totals]);
}

/**
 * kbk validate's summary: one line a file, its reject reasons and failure under it (plain:
 * validate has no colour). Too wide: "read as" wraps, then columns go in this order: read
 * as, dates, facilities. file, rows and rejects always stay. The reject reasons are the
 * rejects files' columns and kinds, the kinds in the language (alasanTolak).
 */
export function tabelValidasi(files: readonly StatistikFile[], perFile: Map<string, Map<string, number>>, kualitas: Map<MonthIndex, readonly Pesan[]>, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const a = (n: number): string => angka(n, bahasa);
  const baris: Baris[] = [];
  let rows = 0;
  let rejects = 0;
  for (const f of files) {
    const reasons = perFile.get(f.label) ?? new Map<string, number>();
    const n = [...reasons.values()].reduce((x, y) => x + y, 0);
    rows += f.rows;
    rejects += n;
    const dialek = f.dialek ? `${t(P.pemisah(f.dialek.delimiter))}, ${f.dialek.encoding}${f.formatTanggal ? `, ${t(P.formatTanggal(f.formatTanggal))}` : ''}` : '';
    baris.push([f.label, a(f.rows), a(n), a(f.fasilitas), f.rentangTanggal || '-', dialek]);
    // The warnings and the failure in both languages when ingest gives them (StatistikFile.teks), else as they are.
    const gagal = f.teks?.gagal ?? f.gagal;
    const bawah = [
      ...(f.teks?.peringatan ?? f.peringatan).map((w) => `    ${t(P.peringatanFile(w))}`),
      ...[...reasons].map(([reason, k]) => `    ${alasanTolak(reason, bahasa)}: ${a(k)}`),
      ...(gagal !== null ? [`    ${t(P.gagalFile(gagal))}`] : []),
    ];
    if (bawah.length > 0) baris.push({ bawah });
  }
  const kolom: Kolom[] = [
    { judul: t(P.judul.berkas) },
    { judul: t(P.judul.baris), kanan: true },
    { judul: t(P.judul.ditolak), kanan: true },
    { judul: t(P.judul.fasilitas), kanan: true, buang: 3 },
    { judul: t(P.judul.tanggal), buang: 2 },
    { judul: t(P.judul.dibacaSebagai), bungkus: 'kata', buang: 1 },
  ];
  const failing = files.filter((f) => f.gagal !== null).length;
  const bawah = [
    ...[...kualitas].filter(([, items]) => items.length > 0).map(([m, items]) => t(P.kualitasData(formatMonth(m), items))),
    t(P.ringkasValidasi(files.length, rows, rejects, failing)),
  ];
  return blokTabel([], kolom, baris, polos, lebar, (d, l) => t(P.tidakDitampilkanJson(d, l)), bawah) + '\n';
}

/**
 * kbk banding: both payments per facility and the difference, with the totals. Too wide:
 * the name is shortened (Kolom.singkat), then columns go in this order: persen_kapitasi_a,
 * persen_kapitasi_b, nama_fktp. kode_ppk, both amounts and the difference always stay.
 */
export function tabelBanding(h: HasilBanding, c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const rp = (v: bigint): string => rupiah(v, bahasa);
  const selisih = (v: bigint): string => (v > 0n ? c.green(`+${rp(v)}`) : v < 0n ? c.red(`−${rp(-v)}`) : rp(0n));
  const body = h.baris.map((r) => [
    r.kapitasiA.fktp.kodePpk,
    nama(r.kapitasiA.fktp.namaFktp),
    persenTeks(r.kapitasiA.persenKapitasi, bahasa),
    persenTeks(r.kapitasiB.persenKapitasi, bahasa),
    rp(r.kapitasiA.pembayaran.kapitasiDibayar),
    rp(r.kapitasiB.pembayaran.kapitasiDibayar),
    selisih(r.selisih),
  ]);
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: t(P.judul.nama), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: 3 },
    { judul: t(P.judul.persenA), nama: 'persen_kapitasi_a', kanan: true, buang: 1 },
    { judul: t(P.judul.persenB), nama: 'persen_kapitasi_b', kanan: true, buang: 2 },
    { judul: t(P.judul.dibayarA), kanan: true },
    { judul: t(P.judul.dibayarB), kanan: true },
    { judul: t(P.judul.selisih), kanan: true },
  ];
  const bulan = formatMonth(h.bulanBayar);
  return blokTabel(
    [`${c.bold(t(P.judulBanding(bulan)))}: A = ${h.a.label}, B = ${h.b.label}`],
    kolom,
    body,
    c,
    lebar,
    (d, l) => t(P.tidakDitampilkanLihat(d, l, namaLaporan('banding', bulan))),
    [`${c.bold(t(P.total))} A ${rp(h.total.a)}   B ${rp(h.total.b)}   ${c.bold(t(P.judul.selisih))} ${selisih(h.total.selisih)}`],
  );
}
