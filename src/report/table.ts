// Compact terminal tables (stdout). Rupiah and indicators in Indonesian locale; colour only
// when the caller's chalk has a level (NO_COLOR, --no-color and pipes give level 0). Each
// table takes the terminal's width (undefined when stdout is not a terminal: the full
// table) and fits itself to it as src/report/tabel.ts describes.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Capaian, Kapitasi } from '../core/assessment.js';
import type { RuleSet } from '../rules/schema.js';
import type { HasilBanding } from '../app/banding.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { namaPemisah } from '../ingest/dialek.js';
import type { StatistikFile } from '../ingest/file.js';
import { toNumber, type Rational } from '../core/rational.js';
import { blokTabel, type Baris, type Kolom } from './tabel.js';

export { lebarTerminal } from './tabel.js';

const polos = new Chalk({ level: 0 });

const angkaId = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rupiahId = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 });

// Intl puts a no-break space after "Rp"; a plain space greps and pastes better from logs.
export const formatRupiah = (v: bigint): string => rupiahId.format(v).replace(/\u00a0/g, ' ');
const ind = (r: Rational | null, unit: string): string => (r === null ? '–' : `${angkaId.format(toNumber(r))}${unit}`);
const pct = (r: Rational): string => `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(toNumber(r))}%`;

/**
 * What the tables say around themselves, in one place (a message catalog will take them):
 * the note under a table that left columns out.
 */
export const PESAN = {
  tidakDitampilkan: (kolom: readonly string[], lebar: number, file: string): string =>
    `kolom ${kolom.join(', ')} tidak ditampilkan: terminal ${lebar} kolom; lihat ${file}`,
  tidakDitampilkanEn: (kolom: readonly string[], lebar: number, lihat: string): string =>
    `column${kolom.length > 1 ? 's' : ''} ${kolom.join(', ')} not shown: terminal ${lebar} columns; ${lihat}`,
} as const;

const nama = (s: string): string => (s.length > 28 ? s.slice(0, 27) + '…' : s);

/**
 * A month's capaian. Too wide for the terminal: the name wraps, then columns go in this
 * order: nama_fktp, rating, total_nilai. kode_ppk, the indicators and the payment
 * percentage always stay.
 */
export function tabelCapaian(rows: Capaian[], rules: RuleSet, c: ChalkInstance, lebar?: number): string {
  const bulan = rows[0] ? formatMonth(rows[0].bulan) : '';
  const body = rows.map((r) => [
    r.fktp.kodePpk,
    nama(r.fktp.namaFktp),
    ...rules.indikator.map((i) => ind(r.indikator.nilai[i.id] ?? null, i.satuan)),
    r.penilaian ? rules.indikator.map((i) => r.penilaian?.rating[i.id]).join('/') : '–',
    r.penilaian ? angkaId.format(toNumber(r.penilaian.totalNilai)) : '–',
    r.kbkBerlaku ? pct(r.persenKapitasi) : c.dim('100% (tidak berlaku)'),
  ]);
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: 'nama', nama: 'nama_fktp', bungkus: 'kata', buang: 1 },
    ...rules.indikator.map((i) => ({ judul: i.id.toUpperCase(), kanan: true })),
    { judul: 'rating', kanan: true, buang: 2 },
    { judul: 'nilai', nama: 'total_nilai', kanan: true, buang: 3 },
    { judul: 'kapitasi' },
  ];
  return blokTabel([`${c.bold(`Capaian KBK ${bulan}`)} (${rows[0]?.aturan ?? ''})`], kolom, body, c, lebar, (d, l) => PESAN.tidakDitampilkan(d, l, `capaian-${bulan}.csv`));
}

/**
 * A payment month. Too wide: the name wraps, then columns go in this order: nama_fktp,
 * jumlah_bulan_dinilai (bulan), lantai_diterapkan (lantai), total_nilai. kode_ppk, the
 * percentage, the amount paid and the cut always stay.
 */
export function tabelKapitasi(rows: Kapitasi[], c: ChalkInstance, lebar?: number): string {
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
      `${r.jumlahBulanDinilai}/${r.jendela.length}`,
      r.penilaian ? angkaId.format(toNumber(r.penilaian.totalNilai)) : '–',
      pct(r.persenKapitasi),
      r.pembayaran.lantaiDiterapkan ? c.yellow('ya') : '',
      formatRupiah(r.pembayaran.kapitasiDibayar),
      r.pembayaran.potongan > 0n ? c.red(formatRupiah(r.pembayaran.potongan)) : r.pembayaran.potongan < 0n ? c.green(`+${formatRupiah(-r.pembayaran.potongan)}`) : formatRupiah(0n),
    ];
  });
  const first = rows[0];
  const bulan = first ? formatMonth(first.bulanBayar) : '';
  const title = first ? `Kapitasi ${bulan} (${first.aturan}, ${first.aturanTarif})` : 'Kapitasi';
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: 'nama', nama: 'nama_fktp', bungkus: 'kata', buang: 1 },
    { judul: 'bulan', nama: 'jumlah_bulan_dinilai', kanan: true, buang: 2 },
    { judul: 'nilai', nama: 'total_nilai', kanan: true, buang: 4 },
    { judul: 'persen', kanan: true },
    { judul: 'lantai', nama: 'lantai_diterapkan', buang: 3 },
    { judul: 'dibayar', kanan: true },
    { judul: 'potongan', kanan: true },
  ];
  const totals = `${c.bold('Total dibayar')} ${formatRupiah(total)}   ${c.bold('potongan')} ${formatRupiah(potongan)}` +
    (insentif > 0n ? `   ${c.bold('insentif')} ${formatRupiah(insentif)}` : '');
  return blokTabel([c.bold(title)], kolom, body, c, lebar, (d, l) => PESAN.tidakDitampilkan(d, l, `kapitasi-${bulan}.csv`), [totals]);
}

const angkaEn = (n: number): string => n.toLocaleString('en-US');

/**
 * kbk validate's summary: one line a file, its reject reasons and failure under it (plain:
 * validate has no colour). Too wide: "read as" wraps, then columns go in this order: read
 * as, dates, facilities. file, rows and rejects always stay.
 */
export function tabelValidasi(files: readonly StatistikFile[], perFile: Map<string, Map<string, number>>, kualitas: Map<MonthIndex, string[]>, lebar?: number): string {
  const baris: Baris[] = [];
  let rows = 0;
  let rejects = 0;
  for (const f of files) {
    const reasons = perFile.get(f.label) ?? new Map<string, number>();
    const n = [...reasons.values()].reduce((a, b) => a + b, 0);
    rows += f.rows;
    rejects += n;
    const dialek = f.dialek ? `${namaPemisah(f.dialek.delimiter)}, ${f.dialek.encoding}${f.formatTanggal ? `, dates ${f.formatTanggal}` : ''}` : '';
    baris.push([f.label, angkaEn(f.rows), angkaEn(n), angkaEn(f.fasilitas), f.rentangTanggal || '-', dialek]);
    const bawah = [
      ...f.peringatan.map((w) => `    warning: ${w}`),
      ...[...reasons].map(([reason, k]) => `    ${reason}: ${angkaEn(k)}`),
      ...(f.gagal !== null ? [`    FAILS: ${f.gagal}`] : []),
    ];
    if (bawah.length > 0) baris.push({ bawah });
  }
  const kolom: Kolom[] = [
    { judul: 'file' },
    { judul: 'rows', kanan: true },
    { judul: 'rejects', kanan: true },
    { judul: 'facilities', kanan: true, buang: 3 },
    { judul: 'dates', buang: 2 },
    { judul: 'read as', bungkus: 'kata', buang: 1 },
  ];
  const failing = files.filter((f) => f.gagal !== null).length;
  const bawah = [
    ...[...kualitas].filter(([, items]) => items.length > 0).map(([m, items]) => `data quality ${formatMonth(m)}: ${items.join(', ')}`),
    `${files.length} files, ${angkaEn(rows)} rows, ${angkaEn(rejects)} in the rejects, ${failing} failing`,
  ];
  return blokTabel([], kolom, baris, polos, lebar, (d, l) => PESAN.tidakDitampilkanEn(d, l, '--json has them'), bawah) + '\n';
}

/**
 * kbk banding: both payments per facility and the difference, with the totals. Too wide:
 * the name wraps, then columns go in this order: nama_fktp, persen_kapitasi_a,
 * persen_kapitasi_b. kode_ppk, both amounts and the difference always stay.
 */
export function tabelBanding(h: HasilBanding, c: ChalkInstance, lebar?: number): string {
  const selisih = (v: bigint): string => (v > 0n ? c.green(`+${formatRupiah(v)}`) : v < 0n ? c.red(`−${formatRupiah(-v)}`) : formatRupiah(0n));
  const body = h.baris.map((r) => [
    r.kapitasiA.fktp.kodePpk,
    nama(r.kapitasiA.fktp.namaFktp),
    pct(r.kapitasiA.persenKapitasi),
    pct(r.kapitasiB.persenKapitasi),
    formatRupiah(r.kapitasiA.pembayaran.kapitasiDibayar),
    formatRupiah(r.kapitasiB.pembayaran.kapitasiDibayar),
    selisih(r.selisih),
  ]);
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: 'nama', nama: 'nama_fktp', bungkus: 'kata', buang: 1 },
    { judul: 'persen A', nama: 'persen_kapitasi_a', kanan: true, buang: 2 },
    { judul: 'persen B', nama: 'persen_kapitasi_b', kanan: true, buang: 3 },
    { judul: 'dibayar A', kanan: true },
    { judul: 'dibayar B', kanan: true },
    { judul: 'selisih', kanan: true },
  ];
  const bulan = formatMonth(h.bulanBayar);
  return blokTabel(
    [`${c.bold(`Banding ${bulan}`)}: A = ${h.a.label}, B = ${h.b.label}`],
    kolom,
    body,
    c,
    lebar,
    (d, l) => PESAN.tidakDitampilkan(d, l, `banding-${bulan}.csv`),
    [`${c.bold('Total')} A ${formatRupiah(h.total.a)}   B ${formatRupiah(h.total.b)}   ${c.bold('selisih')} ${selisih(h.total.selisih)}`],
  );
}
