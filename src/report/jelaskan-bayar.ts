// kbk explain --bayar for people (text) and for programs (JSON with numbers): the wording of
// the payment explanation src/app/jelaskan-bayar.ts assembles.
import { Chalk } from 'chalk';
import type { BulanJendela, PenjelasanBayar, RataIndikator } from '../app/jelaskan-bayar.js';
import { formatMonth } from '../core/month.js';
import { toFixed, toPlain, type Rational } from '../core/rational.js';
import { batasTeks } from '../rules/provenance.js';
import type { Band } from '../rules/schema.js';
import { formatRupiah } from './table.js';
import { blokTabel, type Kolom } from './tabel.js';

const polos = new Chalk({ level: 0 });
const plain = (r: Rational): string => toPlain(r, 4);
const sumberTeks = (b: Band): string => `${b.status}: ${b.sumber}`;

/** What the month table says around itself, in one place (a message catalog will take them). */
const PESAN = {
  tidakDitampilkan: (kolom: readonly string[], lebar: number): string =>
    `column${kolom.length > 1 ? 's' : ''} ${kolom.join(', ')} not shown: terminal ${lebar} columns; --json has them`,
} as const;

/**
 * The window's months, one a row. Fitted to `lebar` terminal columns (undefined: the full
 * table): the note wraps, then columns go in this order: rules (aturan_bulan), ratings.
 * The month, the indicators and the total nilai always stay.
 */
function tabelBulan(e: PenjelasanBayar, lebar?: number): string {
  const ids = e.indikator.map((i) => i.id);
  const baris = e.bulan.map((b: BulanJendela) => [
    formatMonth(b.bulan),
    b.aturanBulan,
    ...(b.ada && b.dinilai ? ids.map((id) => (b.nilai[id] ? toFixed(b.nilai[id] as Rational, 2) : '–')) : ids.map(() => '')),
    b.rating ? ids.map((id) => b.rating?.[id]).join('/') : '',
    b.totalNilai ? plain(b.totalNilai) : '',
    !b.ada ? 'no data: not in the average' : !b.dinilai ? 'no registered participant: not in the average' : '',
  ]);
  const kolom: Kolom[] = [
    { judul: 'month' },
    { judul: 'rules', nama: 'aturan_bulan', buang: 1 },
    ...ids.map((id) => ({ judul: id.toUpperCase(), kanan: true })),
    { judul: 'ratings', nama: 'rating', buang: 2 },
    { judul: 'total nilai', kanan: true },
    { judul: 'note', bungkus: 'kata' },
  ];
  return blokTabel([], kolom, baris, polos, lebar, PESAN.tidakDitampilkan);
}

function indikatorTeks(i: RataIndikator): string[] {
  const lines = [`${i.id.toUpperCase()} — ${i.nama}`];
  lines.push(
    i.nilai === null
      ? '  not assessed in any month'
      : `  mean of ${i.dari.length} month(s): (${i.dari.map(plain).join(' + ')}) ÷ ${i.dari.length} = ${plain(i.nilai)}${i.satuan}`,
  );
  if (i.rating !== null) {
    lines.push(`  rating ${i.rating} (${i.band ? `${batasTeks(i.band)}; ${sumberTeks(i.band)}` : 'not assessed: rating given by the rule set'})`);
    lines.push(`  nilai ${i.bobot} × ${i.rating} = ${plain(i.nilaiKinerja as Rational)}`);
  }
  return lines;
}

function uangTeks(e: PenjelasanBayar): string[] {
  const t = e.tarif;
  const k = e.kapitasi;
  const lines = [`tarif ${t.dasar} × ${plain(e.persenKapitasi)}% = ${plain(t.setelahKbk)}`];
  if (t.lantai === null) lines.push('no minimum tariff known: no floor');
  else lines.push(`floor min(tarif ${t.dasar}, minimum ${t.minimal}) = ${plain(t.lantai)}: ${t.lantaiDiterapkan ? `applied, above ${plain(t.setelahKbk)}` : 'not applied'}`);
  lines.push(
    `tarif dibayar ${plain(t.dibayar)}`,
    `kapitasi ${e.peserta.jumlah} registered participants (${formatMonth(e.peserta.bulan)}) × ${plain(t.dibayar)} = ${plain(k.tepat)} → ${formatRupiah(k.dibayar)} (rounded half-up, once)`,
    `kapitasi penuh ${e.peserta.jumlah} × ${t.dasar} = ${formatRupiah(k.penuh)}; ${k.potongan >= 0n ? `potongan ${formatRupiah(k.potongan)}` : `insentif ${formatRupiah(-k.potongan)}`}`,
  );
  return lines;
}

/** The payment explanation as text; its month table fitted to `lebar` terminal columns (undefined: the full table). */
export function jelaskanBayarTeks(e: PenjelasanBayar, lebar?: number): string {
  const f = e.fktp;
  const cara = e.rataRata === 'nilai' ? "each month's total nilai averaged" : 'each indicator averaged over the months assessed, then rated';
  const lines = [
    `${f.kodePpk} ${f.namaFktp} (${f.jenisFktp}), payment month ${formatMonth(e.bulanBayar)}: ${e.aturan}, ${e.aturanTarif}`,
    `${e.jendela} window ${e.bulan.map((b) => formatMonth(b.bulan)).join(', ')}: ${cara}; ${e.jumlahBulanDinilai} of ${e.bulan.length} month(s) assessed`,
    '',
    tabelBulan(e, lebar),
  ];
  for (const i of e.indikator) lines.push('', ...indikatorTeks(i));
  lines.push('');
  if (e.totalNilai !== null) {
    lines.push(
      e.rataRata === 'nilai'
        ? `total nilai, the months' totals averaged: (${e.totalBulanan.map(plain).join(' + ')}) ÷ ${e.totalBulanan.length} = ${plain(e.totalNilai)}`
        : `total nilai ${e.indikator.map((i) => plain(i.nilaiKinerja as Rational)).join(' + ')} = ${plain(e.totalNilai)}`,
    );
    const b = e.bandPembayaran;
    if (b) lines.push(`payment band ${batasTeks(b)} → ${b.persen}% for ${f.jenisFktp} (${sumberTeks(b)})`);
  }
  lines.push(e.kbkBerlaku ? `KBK applies: ${plain(e.persenKapitasi)}% of the base tariff` : `KBK does not apply (${e.alasan.length > 0 ? e.alasan.join('; ') : 'no month assessed'}): paid 100%`);
  lines.push(...uangTeks(e));
  if (e.kewajaran.length > 0) lines.push('', 'pay stops on this facility as a probably damaged export (accept with --terima-penurunan):', ...e.kewajaran.map((s) => `  ${s}`));
  if (e.catatan.length > 0) lines.push('', 'catatan:', ...e.catatan.map((s) => `  ${s}`));
  return lines.join('\n') + '\n';
}

/** A value as a JSON number: two decimals for indicators, four for nilai, percentages and tariffs (as in the reports). */
const angka = (r: Rational | null, places: number): number | null => (r === null ? null : Number(toPlain(r, places)));
const bandJson = (b: Band | null) =>
  b === null
    ? null
    : { bawah: b.bawah ? { nilai: Number(b.bawah.nilai), inklusif: b.bawah.inklusif } : null, atas: b.atas ? { nilai: Number(b.atas.nilai), inklusif: b.atas.inklusif } : null, status: b.status, sumber: b.sumber };

/** The payment explanation as data: numbers as numbers, Rupiah as whole numbers, reasons as fields. */
export function jelaskanBayarJson(e: PenjelasanBayar): unknown {
  return {
    kode_ppk: e.fktp.kodePpk,
    nama_fktp: e.fktp.namaFktp,
    jenis_fktp: e.fktp.jenisFktp,
    bulan_bayar: formatMonth(e.bulanBayar),
    jendela: e.jendela,
    aturan: e.aturan,
    aturan_tarif: e.aturanTarif,
    rata_rata: e.rataRata,
    bulan: e.bulan.map((b) => ({
      bulan: formatMonth(b.bulan),
      aturan_bulan: b.aturanBulan,
      ada: b.ada,
      dinilai: b.dinilai,
      nilai: Object.fromEntries(Object.entries(b.nilai).map(([id, v]) => [id, angka(v, 2)])),
      rating: b.rating,
      total_nilai: angka(b.totalNilai, 4),
    })),
    jumlah_bulan_dinilai: e.jumlahBulanDinilai,
    indikator: e.indikator.map((i) => ({
      id: i.id,
      nama: i.nama,
      satuan: i.satuan,
      dari: i.dari.map((v) => angka(v, 4)),
      nilai: angka(i.nilai, 2),
      rating: i.rating,
      band: bandJson(i.band),
      bobot: Number(i.bobot),
      nilai_kinerja: angka(i.nilaiKinerja, 4),
    })),
    total_bulanan: e.totalBulanan.map((v) => angka(v, 4)),
    total_nilai: angka(e.totalNilai, 4),
    band_pembayaran: e.bandPembayaran ? { ...bandJson(e.bandPembayaran), persen: Number(e.bandPembayaran.persen) } : null,
    kbk_berlaku: e.kbkBerlaku,
    alasan: e.alasan,
    persen_kapitasi: angka(e.persenKapitasi, 4),
    peserta: { jumlah: e.peserta.jumlah, bulan: formatMonth(e.peserta.bulan) },
    tarif: {
      dasar: Number(e.tarif.dasar),
      setelah_kbk: angka(e.tarif.setelahKbk, 4),
      minimal: e.tarif.minimal === null ? null : Number(e.tarif.minimal),
      lantai: angka(e.tarif.lantai, 4),
      lantai_diterapkan: e.tarif.lantaiDiterapkan,
      dibayar: angka(e.tarif.dibayar, 4),
    },
    kapitasi: { penuh: Number(e.kapitasi.penuh), tepat: angka(e.kapitasi.tepat, 4), dibayar: Number(e.kapitasi.dibayar), potongan: Number(e.kapitasi.potongan) },
    kewajaran: e.kewajaran,
    catatan: e.catatan,
  };
}
