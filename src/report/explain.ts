// kbk explain for people (text, in the run's language, its words from src/pesan/laporan.ts)
// and for programs (JSON with numbers, locale-free): the wording of the structured
// explanation src/core/explain.ts computes.
import type { Penjelasan, Perubahan } from '../core/explain.js';
import { formatMonth } from '../core/month.js';
import { toFixed, toPlain, type Rational } from '../core/rational.js';
import { DESIMAL_INTERVAL } from '../core/verifikasi.js';
import { PESAN_VERIFIKASI as PV } from '../pesan/verifikasi.js';
import { persenBagian } from './verifikasi.js';
import type { Uraian } from '../core/rumus/index.js';
import { KOLOM_HITUNGAN } from '../core/types.js';
import type { Band } from '../rules/schema.js';
import { dalam, desimal, type Bahasa, type Pesan, type Teks } from '../pesan/index.js';
import { PESAN_LAPORAN as P } from '../pesan/laporan.js';

/** "700 registered participants with a contact ÷ 5,000 registered × 1,000", or the mean of sub-ratios. */
export function uraianTeks(u: Uraian, bahasa: Bahasa): string {
  if (u.gabung === 'tunggal') {
    const b = u.bagian[0];
    if (!b) return '';
    return dalam(P.uraianTunggal(b.pembilang.n, b.pembilang.apa, b.penyebut.n, b.penyebut.apa, u.skala, u.keterangan), bahasa);
  }
  return dalam(P.uraianRataRata(u.bagian.map((b) => ({ label: b.label, pembilang: b.pembilang.n, penyebut: b.penyebut.n })), u.keterangan), bahasa);
}

/** "> 140 and ≤ 145; provisional: Per BPJS 7/2019" (shared with explain --bayar). */
export const bandTeks = (b: Band): Teks => {
  const batas = P.batas(b);
  const sumber = P.sumber(b.status, b.sumber);
  return { id: `${batas.id}; ${sumber.id}`, en: `${batas.en}; ${sumber.en}` };
};

const perubahanTeks = (p: Perubahan): Teks => P.perubahan(p.jumlah, p.apa, toFixed(p.nilai, 2), p.rating);
const nk = (r: Rational | null): string => toPlain(r as Rational, 4);

export function penjelasanTeks(e: Penjelasan, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const lines = [`${e.kodePpk} ${e.namaFktp} (${e.jenisFktp}), ${formatMonth(e.bulan)}, ${e.aturan}`];
  for (const i of e.indikator) {
    lines.push('', `${i.id.toUpperCase()} — ${t(i.nama)}`, `  = ${uraianTeks(i.uraian, bahasa)}`, `  = ${i.nilai === null ? t(P.tidakDinilai) : desimal(toFixed(i.nilai, 2), bahasa)}`);
    if (i.rating !== null) lines.push(t(P.ratingBand(i.rating, i.band ? bandTeks(i.band) : null)), t(P.nilaiKinerja(i.bobot, i.rating, nk(i.nilaiKinerja))));
    if (i.berikutnya) lines.push(t(P.berikutnya(i.berikutnya.rating, P.batas(i.berikutnya.band), i.berikutnya.cara.map(perubahanTeks))));
  }
  lines.push('');
  if (e.totalNilai !== null) {
    lines.push(t(P.totalNilai(e.indikator.map((i) => nk(i.nilaiKinerja)), toPlain(e.totalNilai, 4))));
    const b = e.bandPembayaran;
    if (b) lines.push(t(P.bandPembayaran(P.batas(b), b.persen, e.jenisFktp, P.sumber(b.status, b.sumber))));
  }
  lines.push(e.kbkBerlaku ? t(P.kbkBerlaku(toPlain(e.persenKapitasi, 4))) : t(P.kbkTidakBerlaku));
  if (e.peluang.length > 0)
    lines.push('', t(P.peluangJudul), ...e.peluang.map((p) => t(P.peluang(p.persen, p.indikator.toUpperCase(), p.rating, toPlain(p.totalNilai, 4), perubahanTeks(p.cara)))));
  if (e.verifikasi) lines.push('', ...verifikasiTeks(e.verifikasi, bahasa));
  if (e.catatan.length > 0) lines.push('', t(P.catatanJudul), ...e.catatan.map((s) => `  ${t(s)}`));
  return lines.join('\n') + '\n';
}

/** --verifikasi: what the worksheet found at the facility, per kind (shares as percentages). */
function verifikasiTeks(v: NonNullable<Penjelasan['verifikasi']>, bahasa: Bahasa): string[] {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const pct = (r: Rational): string => persenBagian(r, bahasa);
  const lines = [t(PV.explainJudul(v.file))];
  if (v.fasilitas === null) return [...lines, `  ${t(PV.explainTanpaBaris)}`];
  for (const j of v.fasilitas.jenis)
    lines.push(`  ${t(PV.explainJenis(j.jenis, j.diperiksa, j.tidakSah, j.belumDiperiksa, j.proporsi && pct(j.proporsi), j.interval && [pct(j.interval.bawah), pct(j.interval.atas)], j.ditandai))}`);
  return lines;
}

const shareJson = (r: Rational | null | undefined): number | null => (r == null ? null : Number(toPlain(r, DESIMAL_INTERVAL)));

/** A value as a JSON number: two decimals for indicators, four for nilai (as in the reports). */
const angka = (r: Rational | null, places: number): number | null => (r === null ? null : Number(toPlain(r, places)));
/** A band as JSON: its limits as numbers, its status and source (explain and explain --bayar). */
export const batas = (b: Band | null) =>
  b === null ? null : { bawah: b.bawah ? { nilai: Number(b.bawah.nilai), inklusif: b.bawah.inklusif } : null, atas: b.atas ? { nilai: Number(b.atas.nilai), inklusif: b.atas.inklusif } : null, status: b.status, sumber: b.sumber };

// The JSON keeps its words as they always were (English for the formulas' words, the
// reports' own Indonesian for catatan), whether src/core gives a string or both languages.
const en = (p: Pesan): string => dalam(p, 'en');
const id = (p: Pesan): string => dalam(p, 'id');

/** A change of counts: its words (`apa`) and, as data, the count's report column and the direction (the formula's `gerak`). */
const perubahanJson = (p: Perubahan) => ({ jumlah: p.jumlah, apa: en(p.apa), nilai: angka(p.nilai, 2), rating: p.rating, hitungan: KOLOM_HITUNGAN[p.kunci], arah: p.arah });

/** The explanation as data: numbers as numbers, reasons as fields. */
export function penjelasanJson(e: Penjelasan): unknown {
  return {
    kode_ppk: e.kodePpk,
    nama_fktp: e.namaFktp,
    jenis_fktp: e.jenisFktp,
    bulan: formatMonth(e.bulan),
    aturan: e.aturan,
    indikator: e.indikator.map((i) => ({
      id: i.id,
      nama: i.nama,
      satuan: i.satuan,
      rumus: {
        gabung: i.uraian.gabung,
        skala: i.uraian.skala,
        bagian: i.uraian.bagian.map((b) => ({ label: b.label, pembilang: { n: b.pembilang.n, apa: en(b.pembilang.apa) }, penyebut: { n: b.penyebut.n, apa: en(b.penyebut.apa) } })),
        keterangan: i.uraian.keterangan.map(en),
      },
      nilai: angka(i.nilai, 2),
      rating: i.rating,
      band: batas(i.band),
      bobot: Number(i.bobot),
      nilai_kinerja: angka(i.nilaiKinerja, 4),
      berikutnya: i.berikutnya ? { rating: i.berikutnya.rating, band: batas(i.berikutnya.band), cara: i.berikutnya.cara.map(perubahanJson) } : null,
    })),
    total_nilai: angka(e.totalNilai, 4),
    band_pembayaran: e.bandPembayaran ? { ...batas(e.bandPembayaran), persen: Number(e.bandPembayaran.persen) } : null,
    kbk_berlaku: e.kbkBerlaku,
    persen_kapitasi: angka(e.persenKapitasi, 4),
    peluang: e.peluang.map((p) => ({ persen: Number(p.persen), indikator: p.indikator, rating: p.rating, total_nilai: angka(p.totalNilai, 4), cara: perubahanJson(p.cara) })),
    catatan: e.catatan.map(id),
    ...(e.verifikasi
      ? {
          verifikasi: {
            file: e.verifikasi.file,
            jenis: (e.verifikasi.fasilitas?.jenis ?? []).map((j) => ({
              jenis: j.jenis,
              populasi: j.populasi,
              diperiksa: j.diperiksa,
              tidak_sah: j.tidakSah,
              belum_diperiksa: j.belumDiperiksa,
              proporsi_tidak_sah: shareJson(j.proporsi),
              interval95: j.interval ? [shareJson(j.interval.bawah), shareJson(j.interval.atas)] : null,
              ditandai: j.ditandai,
            })),
          },
        }
      : {}),
  };
}
