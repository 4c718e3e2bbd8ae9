// kbk explain for people (text) and for programs (JSON with numbers): the wording of the
// structured explanation src/core/explain.ts computes.
import type { Penjelasan, Perubahan } from '../core/explain.js';
import { formatMonth } from '../core/month.js';
import { toFixed, toPlain, type Rational } from '../core/rational.js';
import type { Uraian } from '../core/rumus/index.js';
import { batasTeks } from '../rules/provenance.js';
import type { Band } from '../rules/schema.js';

/** "700 registered participants with a contact ÷ 5000 registered × 1000", or the mean of sub-ratios. */
export function uraianTeks(u: Uraian): string {
  const ket = u.keterangan.length > 0 ? ` (${u.keterangan.join('; ')})` : '';
  if (u.gabung === 'tunggal') {
    const b = u.bagian[0];
    if (!b) return '';
    return `${b.pembilang.n} ${b.pembilang.apa} ÷ ${b.penyebut.n} ${b.penyebut.apa}${ket} × ${u.skala}`;
  }
  return `(${u.bagian.map((b) => `${b.label} ${b.pembilang.n}/${b.penyebut.n}`).join(' + ')}) ÷ ${u.bagian.length}, a sub-ratio without participants left out${ket}`;
}

const perubahanTeks = (p: Perubahan): string => `${p.jumlah} ${p.apa} (→ ${toFixed(p.nilai, 2)}, rating ${p.rating})`;
const sumberTeks = (b: Band): string => `${b.status}: ${b.sumber}`;

export function penjelasanTeks(e: Penjelasan): string {
  const lines = [`${e.kodePpk} ${e.namaFktp} (${e.jenisFktp}), ${formatMonth(e.bulan)}, ${e.aturan}`];
  for (const i of e.indikator) {
    lines.push('', `${i.id.toUpperCase()} — ${i.nama}`, `  = ${uraianTeks(i.uraian)}`, `  = ${i.nilai === null ? 'not assessed' : toFixed(i.nilai, 2)}`);
    if (i.rating !== null) {
      const band = i.band ? `${batasTeks(i.band)}; ${sumberTeks(i.band)}` : 'not assessed: rating given by the rule set';
      lines.push(`  rating ${i.rating} (${band})`, `  nilai ${i.bobot} × ${i.rating} = ${toPlain(i.nilaiKinerja as Rational, 4)}`);
    }
    if (i.berikutnya)
      lines.push(
        `  next: rating ${i.berikutnya.rating} (${batasTeks(i.berikutnya.band)}) needs ` +
          (i.berikutnya.cara.length > 0 ? i.berikutnya.cara.map(perubahanTeks).join(', or ') : 'more than the counts of this month can give'),
      );
  }
  lines.push('');
  if (e.totalNilai !== null) {
    lines.push(`total nilai ${e.indikator.map((i) => toPlain(i.nilaiKinerja as Rational, 4)).join(' + ')} = ${toPlain(e.totalNilai, 4)}`);
    const b = e.bandPembayaran;
    if (b) lines.push(`payment band ${batasTeks(b)} → ${b.persen}% for ${e.jenisFktp} (${sumberTeks(b)})`);
  }
  lines.push(e.kbkBerlaku ? `KBK applies: ${toPlain(e.persenKapitasi, 4)}% of the base tariff` : 'KBK does not apply: paid 100%');
  if (e.peluang.length > 0)
    lines.push(
      '',
      'to reach the next payment band, any one of:',
      ...e.peluang.map((p) => `  ${p.persen}%: ${p.indikator.toUpperCase()} to rating ${p.rating} (total nilai ${toPlain(p.totalNilai, 4)}) with ${perubahanTeks(p.cara)}`),
    );
  if (e.catatan.length > 0) lines.push('', 'catatan:', ...e.catatan.map((s) => `  ${s}`));
  return lines.join('\n') + '\n';
}

/** A value as a JSON number: two decimals for indicators, four for nilai (as in the reports). */
const angka = (r: Rational | null, places: number): number | null => (r === null ? null : Number(toPlain(r, places)));
const batas = (b: Band | null) =>
  b === null ? null : { bawah: b.bawah ? { nilai: Number(b.bawah.nilai), inklusif: b.bawah.inklusif } : null, atas: b.atas ? { nilai: Number(b.atas.nilai), inklusif: b.atas.inklusif } : null, status: b.status, sumber: b.sumber };
const perubahanJson = (p: Perubahan) => ({ jumlah: p.jumlah, apa: p.apa, nilai: angka(p.nilai, 2), rating: p.rating });

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
      rumus: { gabung: i.uraian.gabung, skala: i.uraian.skala, bagian: i.uraian.bagian, keterangan: i.uraian.keterangan },
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
    catatan: e.catatan,
  };
}
