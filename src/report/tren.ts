// kbk tren's outputs from the engine's HasilTren (src/app/tren.ts): the CSV rows (one per
// facility and month), the terminal view (a line of marks per facility and indicator), and
// the workbook (--xlsx). Nothing is computed here: each cell is the capaian row's own,
// printed by the capaian report's own column writer (barisCapaian).
import type { ChalkInstance } from 'chalk';
import type { Capaian } from '../core/assessment.js';
import { AWALAN_LEMBAR_TREN, KOLOM_CABANG } from '../core/cabang.js';
import { formatMonth } from '../core/month.js';
import { cmp, mul, rat, sub, toFixed, type Rational } from '../core/rational.js';
import type { Indikator } from '../rules/schema.js';
import { dalam, desimal, teks, type Bahasa, type Pesan } from '../pesan/index.js';
import { PESAN_BUKU } from '../pesan/buku-kerja.js';
import { PESAN_LAPORAN } from '../pesan/laporan.js';
import { PESAN_TREN } from '../pesan/tren.js';
import { barisCapaian, kolomNilai } from './columns.js';
import type { HasilTren } from './hasil.js';
import { namaTren } from './nama-laporan.js';
import { KOLOM_REKAP_CABANG, barisRekapCabang } from './rekap.js';
import { blokTabel, type Kolom } from './table-engine.js';
import { persenTeks } from './tabel-kbk.js';
import { judulKolom, tulisTabel, warnaRating, type Baris, type Jenis, type KonteksBuku } from './xlsx.js';

/** The indicators of the range's rule sets, each once, in the order they first appear (a range across two rule sets has both's). */
export function indikatorTren(h: HasilTren): Indikator[] {
  const out = new Map<string, Indikator>();
  for (const b of h.bulan) for (const i of b.rules.indikator) if (!out.has(i.id)) out.set(i.id, i);
  return [...out.values()];
}

/** tren-YYYY-MM-YYYY-MM.csv's columns: the facility, the month, where its numbers come from, each indicator and its rating, the total and the percentage. */
export function kolomTren(h: HasilTren): string[] {
  return [
    'kode_ppk', 'nama_fktp', 'jenis_fktp', 'bulan', 'sumber', 'aturan',
    ...indikatorTren(h).flatMap((i) => [kolomNilai(i), `rating_${i.id}`]),
    'total_nilai', 'kbk_berlaku', 'persen_kapitasi',
  ];
}

/**
 * One row per facility and month, facility by facility (the capaian report's order, by code), months in
 * order. A missing month has its rows with `sumber` tidak_ada and nothing else; a facility
 * not assessed that month has its row with its indicators empty.
 */
export function barisTren(h: HasilTren): Record<string, string>[] {
  const kolom = kolomTren(h);
  const rows: Record<string, string>[] = [];
  h.fasilitas.forEach((f, i) => {
    for (const b of h.bulan) {
      const row: Record<string, string> = Object.fromEntries(kolom.map((k) => [k, '']));
      Object.assign(row, { kode_ppk: f.kodePpk, nama_fktp: f.namaFktp, jenis_fktp: f.jenisFktp, bulan: formatMonth(b.bulan), sumber: b.sumber.jenis });
      const c = b.baris[i];
      if (c) {
        const capaian = barisCapaian(c, b.rules);
        for (const k of kolom) if (k in capaian && !['kode_ppk', 'nama_fktp', 'jenis_fktp', 'bulan'].includes(k)) row[k] = capaian[k] as string;
      }
      rows.push(row);
    }
  });
  return rows;
}

// ---------------------------------------------------------------------------------------
// The terminal

const TANDA = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const KOSONG = '·';

/**
 * A series as marks, one a month: the lowest value ▁, the highest █, those between in
 * proportion (exactly: floor((v − min) × 7 / (max − min))); all equal ▄; no value ·.
 */
export function garisTren(nilai: readonly (Rational | null)[]): string {
  const ada = nilai.filter((v): v is Rational => v !== null);
  if (ada.length === 0) return nilai.map(() => KOSONG).join('');
  const min = ada.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
  const max = ada.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
  const rentang = sub(max, min);
  return nilai
    .map((v) => {
      if (v === null) return KOSONG;
      if (rentang.n === 0n) return TANDA[3];
      const t = mul(sub(v, min), rat(TANDA.length - 1));
      // t / rentang, floored; both are non-negative.
      const q = (t.n * rentang.d) / (t.d * rentang.n);
      return TANDA[Number(q)];
    })
    .join('');
}

/** The series of one facility's indicator (or total nilai, id ''), per month of the range. */
function seri(h: HasilTren, f: number, ambil: (c: Capaian) => Rational | null | undefined): (Rational | null)[] {
  return h.bulan.map((b) => {
    const c = b.baris[f];
    return c ? (ambil(c) ?? null) : null;
  });
}

/**
 * The trend on the terminal: per facility, a row per indicator and one for the total nilai,
 * each with its line of marks over the months, the first and last value, and the rating of
 * each month. Too wide: the name shortens, then the first/last values go.
 */
export function tabelTren(h: HasilTren, c: ChalkInstance, lebar: number | undefined, bahasa: Bahasa): string {
  const t = (p: Pesan): string => dalam(p, bahasa);
  const indikator = indikatorTren(h);
  const teksNilai = (r: Rational | null, satuan: string): string => (r === null ? '–' : `${desimal(toFixed(r, 2), bahasa)}${satuan}`);
  const awalAkhir = (s: (Rational | null)[], satuan: string): [string, string] => {
    const ada = s.filter((v): v is Rational => v !== null);
    return [teksNilai(ada[0] ?? null, satuan), teksNilai(ada[ada.length - 1] ?? null, satuan)];
  };
  const body: string[][] = [];
  h.fasilitas.forEach((fk, f) => {
    indikator.forEach((ind, k) => {
      const s = seri(h, f, (x) => x.indikator.nilai[ind.id]);
      const rating = h.bulan.map((b) => {
        const r = b.baris[f]?.penilaian?.rating[ind.id];
        return r === undefined ? KOSONG : String(r);
      });
      body.push([k === 0 ? fk.kodePpk : '', k === 0 ? fk.namaFktp : '', ind.id.toUpperCase(), garisTren(s), ...awalAkhir(s, ind.satuan), rating.join(' ')]);
    });
    const total = seri(h, f, (x) => x.penilaian?.totalNilai);
    const persen = h.bulan.map((b) => {
      const x = b.baris[f];
      return x ? persenTeks(x.persenKapitasi, bahasa) : KOSONG;
    });
    body.push(['', '', 'nilai', garisTren(total), ...awalAkhir(total, ''), persen.join(' ')]);
  });
  const kolom: Kolom[] = [
    { judul: 'kode_ppk' },
    { judul: t(PESAN_TREN.kolomFasilitas), nama: 'nama_fktp', bungkus: 'kata', singkat: 2, buang: 2 },
    { judul: t(PESAN_TREN.kolomIndikator) },
    { judul: t(PESAN_TREN.kolomGaris) },
    { judul: t(PESAN_TREN.kolomAwal), kanan: true, buang: 1 },
    { judul: t(PESAN_TREN.kolomAkhir), kanan: true, buang: 1 },
    { judul: t(PESAN_TREN.kolomRating) },
  ];
  const bulan = (j: 'laporan' | 'hitung' | 'tidak_ada'): string[] => h.bulan.filter((b) => b.sumber.jenis === j).map((b) => formatMonth(b.bulan));
  const dari = formatMonth(h.dari);
  const sampai = formatMonth(h.sampai);
  const atas = [c.bold(t(PESAN_TREN.judulTren(dari, sampai, h.fasilitas.length))), t(PESAN_TREN.sumberBulan(bulan('laporan'), bulan('hitung'), bulan('tidak_ada')))];
  const berkas = namaTren(h.dari, h.sampai, 'csv');
  return blokTabel(atas, kolom, body, c, lebar, (d, l) => t(PESAN_LAPORAN.tidakDitampilkanLihat(d, l, berkas)), [], [c.dim(t(PESAN_TREN.legenda(dari, sampai)))]);
}

// ---------------------------------------------------------------------------------------
// The workbook

/** How each column of the branch layout is typed: its month a date, its counts whole numbers, its total nilai a number, the rest text. */
const JENIS_CABANG = new Map<string, Jenis>(
  KOLOM_CABANG.map((k) => [k.judul, k.isi.jenis === 'bulan' ? 'bulan' : k.isi.jenis === 'hitungan' || k.isi.jenis === 'jumlahTercapai' ? 'hitungan' : k.isi.jenis === 'capaianKbk' ? 'angka' : 'teks']),
);

/**
 * tren-…xlsx: first a sheet per indicator, `Tren <ID>` (facilities × months, the values;
 * empty where the facility has none that month or the month is missing), `Tren Nilai`
 * (total nilai) and `Tren Persen` (persen kapitasi), `Tren Sumber` (each month's source
 * and rule set); then one sheet per month present, named YYYY-MM, in the branch's own
 * "Capaian KBK" layout (src/core/cabang.ts: the 18 columns, kbk's verdicts in the derived
 * ones) — the layout `--summary` reads, so the workbook is read back by kbk itself (its
 * `Tren ` sheets passed by). Sheet names are the same in every language; headings are in
 * the run's.
 */
export async function bukuTren(h: HasilTren, bahasa: Bahasa = 'id'): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'kbk';
  const c: KonteksBuku = { bahasa, kolom: [] };
  const rentang = `${formatMonth(h.dari)}..${formatMonth(h.sampai)}`;
  const bulanKolom = h.bulan.map((b) => formatMonth(b.bulan));
  const identitas = ['kode_ppk', 'nama_fktp', 'jenis_fktp'];
  const lembarSeri = (nama: string, judul: Pesan, jenis: Jenis, nilai: (c: Capaian, b: HasilTren['bulan'][number]) => string, warna?: (kolom: string, v: number) => string | undefined): void => {
    const baris: Baris[] = h.fasilitas.map((f, i) => {
      const row: Baris = { kode_ppk: f.kodePpk, nama_fktp: f.namaFktp, jenis_fktp: f.jenisFktp };
      h.bulan.forEach((b, k) => {
        const x = b.baris[i];
        row[bulanKolom[k] as string] = x ? nilai(x, b) : '';
      });
      return row;
    });
    const judulLembar = typeof judul === 'string' ? teks(judul, judul) : judul;
    tulisTabel(wb, { nama, judulLembar, bulan: rentang, kolom: [...identitas, ...bulanKolom], baris, total: false, jenis: (k) => (identitas.includes(k) ? 'teks' : jenis), ...(warna ? { warna } : {}) }, c);
  };
  for (const ind of indikatorTren(h)) {
    const kolom = kolomNilai(ind);
    lembarSeri(`${AWALAN_LEMBAR_TREN}${ind.id.toUpperCase()}`, teks(judulKolom(kolom, 'id'), judulKolom(kolom, 'en')), 'indikator', (x, b) => (b.rules.indikator.some((i) => i.id === ind.id) ? (barisCapaian(x, b.rules)[kolom] ?? '') : ''));
  }
  lembarSeri(`${AWALAN_LEMBAR_TREN}Nilai`, teks(judulKolom('total_nilai', 'id'), judulKolom('total_nilai', 'en')), 'angka', (x, b) => barisCapaian(x, b.rules).total_nilai ?? '');
  lembarSeri(`${AWALAN_LEMBAR_TREN}Persen`, teks(judulKolom('persen_kapitasi', 'id'), judulKolom('persen_kapitasi', 'en')), 'persen', (x, b) => barisCapaian(x, b.rules).persen_kapitasi ?? '');
  const sumber: Baris[] = h.bulan.map((b) => ({
    bulan: formatMonth(b.bulan),
    sumber: b.sumber.jenis,
    laporan: b.sumber.jenis === 'laporan' ? b.sumber.laporan : b.sumber.jenis === 'hitung' && b.sumber.alasan ? dalam(b.sumber.alasan, bahasa) : '',
    aturan: b.sumber.jenis === 'tidak_ada' ? '' : b.rules.id,
  }));
  tulisTabel(wb, { nama: `${AWALAN_LEMBAR_TREN}Sumber`, judulLembar: teks('Sumber tiap bulan', "Each month's source"), bulan: rentang, kolom: ['bulan', 'sumber', 'laporan', 'aturan'], baris: sumber, total: false, jenis: (k) => (k === 'bulan' ? 'bulan' : 'teks') }, c);
  for (const b of h.bulan) {
    const rows = b.baris.filter((x): x is Capaian => x !== null);
    if (b.sumber.jenis === 'tidak_ada' || rows.length === 0) continue;
    const bulan = formatMonth(b.bulan);
    // Bulan Kapitasi as a real date (the reader takes an Excel date without the dd/mm question).
    const baris = barisRekapCabang(rows, b.rules).map((r) => ({ ...r, [KOLOM_REKAP_CABANG[0] as string]: bulan }));
    tulisTabel(wb, {
      nama: bulan,
      judulLembar: PESAN_BUKU.judulLembar.capaian,
      bulan,
      kolom: KOLOM_REKAP_CABANG,
      judul: (k) => k,
      baris,
      total: false,
      jenis: (k) => JENIS_CABANG.get(k) ?? 'teks',
      warna: warnaRating(b.rules),
    }, c);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
