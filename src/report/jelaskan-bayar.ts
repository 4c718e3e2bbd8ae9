// kbk explain --bayar for people (text, in the run's language, its words from
// src/pesan/laporan.ts) and for programs (JSON with numbers, locale-free): the wording of
// the payment explanation src/app/jelaskan-bayar.ts assembles.
import { Chalk } from 'chalk';
import type { BulanJendela, PenjelasanBayar, RataIndikator } from './hasil.js';
import { formatMonth } from '../core/month.js';
import { toFixed, toPlain, type Rational } from '../core/rational.js';
import { dalam, desimal, type Bahasa, type Pesan } from '../pesan/index.js';
import { PESAN_LAPORAN as P } from '../pesan/laporan.js';
import { batas as bandJson, bandTeks } from './explain.js';
import { blokTabel, bungkusProsa, type Kolom } from './table-engine.js';

const polos = new Chalk({ level: 0 });
const plain = (r: Rational): string => toPlain(r, 4);

/**
 * The window's months, one a row. Fitted to `lebar` terminal columns (undefined: the full
 * table): the note wraps, then columns go in this order: rules (aturan_bulan), ratings.
 * The month, the indicators and the total nilai always stay.
 */
function tabelBulan(e: PenjelasanBayar, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const ids = e.indikator.map((i) => i.id);
  const baris = e.bulan.map((b: BulanJendela) => [
    formatMonth(b.bulan),
    b.aturanBulan,
    ...(b.ada && b.dinilai ? ids.map((id) => (b.nilai[id] ? desimal(toFixed(b.nilai[id] as Rational, 2), bahasa) : '–')) : ids.map(() => '')),
    b.rating ? ids.map((id) => b.rating?.[id]).join('/') : '',
    b.totalNilai ? desimal(plain(b.totalNilai), bahasa) : '',
    !b.ada ? t(P.bulanTanpaData) : !b.dinilai ? t(P.bulanTanpaPeserta) : '',
  ]);
  const kolom: Kolom[] = [
    { judul: t(P.judul.bulan) },
    { judul: t(P.judul.aturan), nama: 'aturan_bulan', buang: 1 },
    ...ids.map((id) => ({ judul: id.toUpperCase(), kanan: true })),
    { judul: t(P.judul.rating), nama: 'rating', buang: 2 },
    { judul: 'total nilai', kanan: true },
    { judul: t(P.judul.catatan), bungkus: 'kata' },
  ];
  return blokTabel([], kolom, baris, polos, lebar, (d, l) => t(P.tidakDitampilkanJson(d, l)));
}

function indikatorTeks(i: RataIndikator, bahasa: Bahasa): string[] {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const lines = [`${i.id.toUpperCase()} — ${t(i.nama)}`];
  lines.push(i.nilai === null ? t(P.tidakDinilaiSebulanPun) : t(P.rataBulan(i.dari.map(plain), plain(i.nilai), i.satuan)));
  if (i.rating !== null) lines.push(t(P.ratingBand(i.rating, i.band ? bandTeks(i.band) : null)), t(P.nilaiKinerja(i.bobot, i.rating, plain(i.nilaiKinerja as Rational))));
  return lines;
}

function uangTeks(e: PenjelasanBayar, bahasa: Bahasa): string[] {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const tr = e.tarif;
  const k = e.kapitasi;
  return [
    t(P.tarifKbk(tr.dasar, plain(e.persenKapitasi), plain(tr.setelahKbk))),
    tr.lantai === null || tr.minimal === null ? t(P.tanpaLantai) : t(P.lantai(tr.dasar, tr.minimal, plain(tr.lantai), tr.lantaiDiterapkan, plain(tr.setelahKbk))),
    t(P.tarifDibayar(plain(tr.dibayar))),
    t(P.kapitasiDibayar(e.peserta.jumlah, formatMonth(e.peserta.bulan), plain(tr.dibayar), plain(k.tepat), k.dibayar)),
    t(P.kapitasiPenuh(e.peserta.jumlah, tr.dasar, k.penuh, k.potongan)),
  ];
}

/** The payment explanation as text in `bahasa`; its month table fitted to `lebar` terminal columns (undefined: the full table). */
export function jelaskanBayarTeks(e: PenjelasanBayar, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const f = e.fktp;
  const tabel = tabelBulan(e, lebar, bahasa);
  const lines = [
    t(P.bayarJudul(f.kodePpk, f.namaFktp, f.jenisFktp, formatMonth(e.bulanBayar), e.aturan, e.aturanTarif)),
    t(P.bayarJendela(e.jendela, e.bulan.map((b) => formatMonth(b.bulan)), e.rataRata === 'nilai', e.jumlahBulanDinilai, e.bulan.length)),
    '',
    tabel,
  ];
  for (const i of e.indikator) lines.push('', ...indikatorTeks(i, bahasa));
  lines.push('');
  if (e.totalNilai !== null) {
    lines.push(
      e.rataRata === 'nilai'
        ? t(P.totalRataBulanan(e.totalBulanan.map(plain), plain(e.totalNilai)))
        : t(P.totalNilai(e.indikator.map((i) => plain(i.nilaiKinerja as Rational)), plain(e.totalNilai))),
    );
    const b = e.bandPembayaran;
    if (b) lines.push(t(P.bandPembayaran(P.batas(b), b.persen, f.jenisFktp, P.sumber(b.status, b.sumber))));
  }
  lines.push(e.kbkBerlaku ? t(P.kbkBerlaku(plain(e.persenKapitasi))) : t(P.kbkTidakBerlakuKarena(e.alasan)));
  lines.push(...uangTeks(e, bahasa));
  if (e.kewajaran.length > 0) lines.push('', t(P.kewajaranJudul), ...e.kewajaran.map((s) => `  ${t(s)}`));
  if (e.catatan.length > 0) lines.push('', t(P.catatanJudul), ...e.catatan.map((s) => `  ${t(s)}`));
  // The prose wrapped to the terminal on words (the month table is fitted by itself).
  return lines.map((l) => (l === tabel ? l : bungkusProsa(l, lebar))).join('\n') + '\n';
}

/** A value as a JSON number: two decimals for indicators, four for nilai, percentages and tariffs (as in the reports). */
const angka = (r: Rational | null, places: number): number | null => (r === null ? null : Number(toPlain(r, places)));

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
    alasan: e.alasan.map((x) => dalam(x, 'id')),
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
    kewajaran: e.kewajaran.map((x) => dalam(x, 'en')),
    catatan: e.catatan.map((x) => dalam(x, 'id')),
  };
}
