// kbk rekredensialing's outputs (src/app/rekredensialing.ts): rekredensialing-YYYY-MM.csv,
// one row per doctor's practice and series (each indicator, then total_nilai), and the
// table a credentialing meeting reads.
import type { ChalkInstance } from 'chalk';
import { formatMonth } from '../core/month.js';
import { dalam, type Bahasa, type Pesan } from '../pesan/index.js';
import { PESAN_LAPORAN } from '../pesan/laporan.js';
import { PESAN_TREN } from '../pesan/tren.js';
import { teksAngka, teksIndikator } from './columns.js';
import type { HasilRekredensialing, SeriRekredensialing } from './hasil.js';
import { namaLaporan } from './nama-laporan.js';
import { blokTabel, type Baris, type Kolom } from './table-engine.js';
import { garisTren } from './tren.js';

/** Every rating the review's indicators can take, best first (the counts' columns). */
const semuaRating = (h: HasilRekredensialing): number[] => [...new Set(h.rules.indikator.flatMap((i) => i.band.map((b) => b.rating)))].sort((a, b) => b - a);

/** The direction of a series as the meeting reads it: membaik / memburuk / tetap (locale-free in the CSV); empty with fewer than two months. */
export function kinerja(s: SeriRekredensialing): 'membaik' | 'memburuk' | 'tetap' | '' {
  if (s.arah === null) return '';
  if (s.arah === 'tetap' || s.baik === null) return s.arah === 'tetap' ? 'tetap' : '';
  return (s.arah === 'naik') === (s.baik === 1) ? 'membaik' : 'memburuk';
}

/**
 * rekredensialing-YYYY-MM.csv: kode_ppk, nama_fktp, jenis_fktp, seri (an indicator id or
 * total_nilai), bulan_dinilai (months with a rated row), per month nilai_YYYY-MM and
 * rating_YYYY-MM, per rating bulan_rating_R (months at it), tren (naik/turun/tetap: the
 * least-squares slope's sign), kinerja (membaik/memburuk/tetap by the indicator's better
 * side), bulan_sinyal (the months with anomaly signals and which).
 */
export function kolomRekredensialing(h: HasilRekredensialing): string[] {
  const bulan = h.bulan.map(formatMonth);
  return [
    'kode_ppk', 'nama_fktp', 'jenis_fktp', 'seri', 'bulan_dinilai',
    ...bulan.flatMap((m) => [`nilai_${m}`, `rating_${m}`]),
    ...semuaRating(h).map((r) => `bulan_rating_${r}`),
    'tren', 'kinerja', 'bulan_sinyal',
  ];
}

export function barisRekredensialing(h: HasilRekredensialing): Record<string, string>[] {
  const bulan = h.bulan.map(formatMonth);
  const rating = semuaRating(h);
  return h.baris.flatMap((b) => {
    const sinyal = b.sinyal.map((s) => `${formatMonth(s.bulan)}: ${s.sinyal.join(', ')}`).join('; ');
    return b.seri.map((s) => {
      const row: Record<string, string> = { kode_ppk: b.fktp.kodePpk, nama_fktp: b.fktp.namaFktp, jenis_fktp: b.fktp.jenisFktp, seri: s.id, bulan_dinilai: String(b.bulanDinilai.length) };
      bulan.forEach((m, i) => {
        const v = s.nilai[i] ?? null;
        row[`nilai_${m}`] = s.id === 'total_nilai' ? teksAngka(v) : teksIndikator(v);
        const r = s.rating[i];
        row[`rating_${m}`] = r == null ? '' : String(r);
      });
      for (const r of rating) row[`bulan_rating_${r}`] = s.id === 'total_nilai' ? '' : String(s.perRating.get(r) ?? 0);
      return { ...row, tren: s.arah ?? '', kinerja: kinerja(s), bulan_sinyal: sinyal };
    });
  });
}

/**
 * The meeting's table: per practice a row per indicator and the total — months assessed,
 * the line of marks, each month's rating, the months at each rating, the trend — and under
 * them the months with signals.
 */
export function tabelRekredensialing(h: HasilRekredensialing, c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const arah = (s: SeriRekredensialing): string => {
    if (s.arah === null) return t(PESAN_TREN.arah.kurang);
    const k = kinerja(s);
    const kata = t(PESAN_TREN.arah[s.arah]);
    return k === 'membaik' ? c.green(`${kata} (${t(PESAN_TREN.membaik)})`) : k === 'memburuk' ? c.red(`${kata} (${t(PESAN_TREN.memburuk)})`) : kata;
  };
  const body: Baris[] = [];
  for (const b of h.baris) {
    b.seri.forEach((s, k) => {
      const rating = s.rating.map((r) => (r === null ? '·' : String(r))).join(' ');
      const per = [...s.perRating].map(([r, n]) => `${r}:${n}`).join(' ');
      body.push([k === 0 ? b.fktp.kodePpk : '', k === 0 ? b.fktp.namaFktp : '', s.id === 'total_nilai' ? 'nilai' : s.id.toUpperCase(), k === 0 ? `${b.bulanDinilai.length}/${h.bulan.length}` : '', garisTren(s.nilai), s.id === 'total_nilai' ? '' : rating, per, arah(s)]);
    });
    const sinyal = b.sinyal.map((s) => `${formatMonth(s.bulan)}: ${s.sinyal.join(', ')}`).join('; ');
    body.push({ bawah: [`${t(PESAN_TREN.kolomSinyal)}: ${sinyal || '—'}`], dariKolom: 2 });
  }
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: t(PESAN_TREN.kolomFasilitas), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: 2 },
    { judul: t(PESAN_TREN.kolomIndikator) },
    { judul: t(PESAN_TREN.kolomDinilai), kanan: true },
    { judul: t(PESAN_TREN.kolomGaris) },
    { judul: t(PESAN_TREN.kolomRating) },
    { judul: t(PESAN_TREN.kolomPerRating), buang: 1 },
    { judul: t(PESAN_TREN.kolomTren) },
  ];
  const judul = c.bold(t(PESAN_TREN.judulRekredensialing(formatMonth(h.bulan[0] as number), formatMonth(h.bulan[h.bulan.length - 1] as number), h.baris.length)));
  const berkas = namaLaporan('rekredensialing', h.bulan[h.bulan.length - 1] as number);
  return blokTabel([judul, `(${h.rules.id})`], kolom, body, c, lebar, (d, l) => t(PESAN_LAPORAN.tidakDitampilkanLihat(d, l, berkas)), [], [c.dim(t(PESAN_TREN.legendaRekredensialing))]);
}
