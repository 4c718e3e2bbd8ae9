// The HTML report (laporan-YYYY-MM.html, --html on compute/pay/run and kbk laporan): one
// self-contained file — its styles inline, its charts inline SVG (src/report/grafik.ts), the
// system's fonts, no script and no URI of any kind — that opens from a USB stick on an office
// PC and prints on A4 landscape. Its words are the catalog's (src/pesan/html.ts) in the run's
// language, its numbers in that language's notation.
//
// It reads the reports' own rows (the CSV columns, src/report/columns.ts), whether the run
// has just computed them or kbk laporan read them back from --out, so both show the same
// thing; nothing here computes a rating, a band or a Rupiah (the floor's Rupiah is
// src/core/money.ts's, the nearest facilities are src/core/explain.ts's).
import { formatMonth, type MonthIndex } from '../core/month.js';
import type { Capaian } from '../core/assessment.js';
import { jelaskan, type Penjelasan } from '../core/explain.js';
import { kapitasiLantai } from '../core/money.js';
import { parseDecimal, roundHalfUp, toFixed, toPlain } from '../core/rational.js';
import type { Indikator, RuleSet } from '../rules/schema.js';
import { angka, dalam, desimal, rupiah, type Bahasa, type Pesan, type Teks } from '../pesan/index.js';
import { PESAN_HTML as H } from '../pesan/html.js';
import { VERSI } from '../versi.js';
import { barisCapaian, barisKapitasi, kolomNilai } from './columns.js';
import { catatanProvisional } from './catatan.js';
import type { HasilJob, HasilTren } from './hasil.js';
import { perubahanTeks } from './explain.js';
import { ABU, FONT, grafikBand, grafikRupiah, grafikTren, grafikTumpuk, warnaMutu, type Grafik } from './grafik.js';

/** A month's capaian rows (capaian-M.csv's columns) under the rule set they were rated by. */
export interface CapaianHtml {
  bulan: MonthIndex;
  rules: RuleSet;
  baris: readonly Record<string, string>[];
}

/** Each facility's indicator values over the months (the tren engine's), for the trend charts. */
export interface TrenHtml {
  bulan: readonly MonthIndex[];
  /** The rule sets of the months, latest first (their ids head the page). */
  aturan: readonly string[];
  /**
   * The indicators of the months' rule sets, each once (a range across two rule sets has
   * both's), each as the latest rule set that has it defines it: its bands are drawn.
   */
  indikator: readonly Indikator[];
  fasilitas: readonly { kode: string; nama: string; nilai: Readonly<Record<string, readonly (number | null)[]>> }[];
}

export interface IsiHtml {
  /** The month the run is named after (the assessment month of compute, the payment month of pay and run). */
  bulan: MonthIndex;
  /** The capaian months, oldest first; the last is the one charted against the bands. */
  capaian: readonly CapaianHtml[];
  /** kapitasi-M.csv's rows, for a payment month. */
  kapitasi: { rules: RuleSet; baris: readonly Record<string, string>[] } | null;
  /** anomali rows with their month. */
  sinyal: readonly { bulan: MonthIndex; kode_ppk: string; sinyal: string; nilai: string; ambang: string; bukti: string }[];
  /** kbk explain of each facility of the last capaian month (the list of the nearest to the next band). */
  penjelasan: readonly Penjelasan[];
  /** The trend, or why there is none. */
  tren: TrenHtml | { tidak: Teks };
  /** The provisional-values note (src/report/catatan.ts), null when every value is verified. */
  catatan: Teks | null;
}

/**
 * Text as element content: < and > escaped, & only where it could start a character
 * reference (&amp…, &#…); "Klinik Sehat & Sejahtera" and quotes stay as written, so a name
 * reads (and is found) in the file as fktp.csv writes it.
 */
const esc = (s: string): string => s.replace(/&(?=[A-Za-z0-9#])/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text as an attribute value (in double quotes). */
const escAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A facility's anchor in the page: #ppk-<code>. */
export const jangkarPpk = (kode: string): string => `ppk-${kode.replace(/[^A-Za-z0-9_-]/g, '_')}`;

const angkaAtauKosong = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

/** A percentage as the reports write it ("92.5000"), for people: 92,5 / 92.5. */
const persenTeks = (s: string, b: Bahasa): string => desimal(toPlain(parseDecimal(s), 4), b);

interface Fasilitas {
  kode: string;
  nama: string;
  jenis: string;
}

const STYLE = `
:root{color-scheme:light}
body{font-family:${FONT};margin:24px;color:#1a1a1a;background:#fff;font-size:14px;line-height:1.4}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px}
.sub{color:#444;margin:0 0 8px}.ket{color:#333;font-size:13px;margin:4px 0 10px}
nav ol{columns:2;font-size:13px}
.baris{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
figure.grafik{margin:0 0 16px;max-width:100%;overflow-x:auto}
figure.grafik svg{max-width:100%;height:auto;display:block}
aside{flex:1 1 280px;max-width:520px;font-size:13px}
table{border-collapse:collapse;font-size:12px;margin:6px 0 14px}
th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr:target{background:#ffe9a8}
.catatan{white-space:pre-wrap;background:#f4f4f4;border-left:4px solid #E69F00;padding:8px 12px;font-size:13px}
@page{size:A4 landscape;margin:10mm}
@media print{body{margin:0;font-size:11px}.ket,.catatan{font-size:10px}nav{display:none}figure.grafik,table,aside{break-inside:avoid}h2{break-after:avoid}figure.grafik{overflow:visible}tr:target{background:none}}
`;

/** The page. Async: ECharts is loaded on the first chart. */
export async function halamanHtml(isi: IsiHtml, b: Bahasa): Promise<string> {
  const t = (p: Pesan): string => esc(dalam(p, b));
  const dasar = isi.capaian[isi.capaian.length - 1] ?? null;
  const rulesUtama = isi.kapitasi?.rules ?? dasar?.rules;
  const fasilitas = daftarFasilitas(isi);
  const label = new Map(fasilitas.map((f) => [f.kode, `${f.kode} ${f.nama}`]));
  const bagian: { id: string; judul: Teks; html: string }[] = [];

  // Per indicator: the last assessed month's values against its rule set's bands.
  if (dasar) {
    const figs: string[] = [];
    for (const ind of dasar.rules.indikator) {
      const kolom = kolomNilai(ind);
      const g = await grafikBand({
        judul: dalam(H.judulBand(ind.id, ind.nama, ind.satuan), b),
        label: dasar.baris.map((r) => label.get(r.kode_ppk ?? '') ?? (r.kode_ppk as string)),
        nilai: dasar.baris.map((r) => angkaAtauKosong(r[kolom])),
        rating: dasar.baris.map((r) => angkaAtauKosong(r[`rating_${ind.id}`])),
        band: ind.band,
        bahasa: b,
        legendaRating: (r) => dalam(H.rating(r), b),
        legendaTidakDinilai: dalam(H.tidakDinilai, b),
      });
      figs.push(figur(g, `band-${ind.id}`, { 'data-batas': batasData(ind.band) }));
    }
    bagian.push({ id: 'band', judul: H.bagianBand, html: `<p class="ket">${t(H.bandKeterangan(H.dasarBulan(formatMonth(dasar.bulan))))}</p>${figs.join('\n')}` });
  }

  // Counts per rating (per indicator) and per payment band, by facility type.
  {
    const figs: string[] = [];
    if (dasar) {
      const jenis = urutJenis(dasar.baris);
      for (const ind of dasar.rules.indikator) {
        const ratings = [...new Set(ind.band.map((x) => x.rating))].sort((x, y) => y - x);
        const seri = ratings.map((r, i) => ({ nama: dalam(H.rating(r), b), warna: warnaMutu(i), data: jenis.map((j) => dasar.baris.filter((row) => row.jenis_fktp === j && row[`rating_${ind.id}`] === String(r)).length) }));
        const tanpa = jenis.map((j) => dasar.baris.filter((row) => row.jenis_fktp === j && (row[`rating_${ind.id}`] ?? '') === '').length);
        if (tanpa.some((n) => n > 0)) seri.push({ nama: dalam(H.tidakDinilai, b), warna: ABU, data: tanpa });
        figs.push(figur(await grafikTumpuk({ judul: dalam(H.judulJumlahRating(ind.id), b), kategori: jenis, seri, sumbu: dalam(H.sumbuJumlah, b), bahasa: b }), `rating-${ind.id}`));
      }
    }
    const persenBaris = isi.kapitasi?.baris ?? dasar?.baris ?? [];
    if (persenBaris.length > 0) {
      const jenis = urutJenis(persenBaris);
      const berlaku = (r: Record<string, string>): boolean => r.kbk_berlaku === '1';
      const kelas = [...new Set(persenBaris.filter(berlaku).map((r) => toPlain(parseDecimal(r.persen_kapitasi as string), 4)))].sort((x, y) => Number(y) - Number(x));
      const seri = kelas.map((p, i) => ({
        nama: `${desimal(p, b)}%`,
        warna: warnaMutu(i),
        data: jenis.map((j) => persenBaris.filter((r) => r.jenis_fktp === j && berlaku(r) && toPlain(parseDecimal(r.persen_kapitasi as string), 4) === p).length),
      }));
      const tidak = jenis.map((j) => persenBaris.filter((r) => r.jenis_fktp === j && !berlaku(r)).length);
      if (tidak.some((n) => n > 0)) seri.push({ nama: dalam(H.kbkTidakBerlaku, b), warna: ABU, data: tidak });
      figs.push(figur(await grafikTumpuk({ judul: dalam(H.judulJumlahPersen, b), kategori: jenis, seri, sumbu: dalam(H.sumbuJumlah, b), bahasa: b }), 'persen'));
    }
    if (figs.length > 0) bagian.push({ id: 'jumlah', judul: H.bagianJumlah, html: `<div class="baris">${figs.join('\n')}</div>` });
  }

  // A payment month: Rupiah paid against full capitation, the floor marked.
  if (isi.kapitasi) {
    const rows = isi.kapitasi.baris;
    const bigint = (s: string | undefined): bigint => BigInt(s && s !== '' ? s : '0');
    const g = await grafikRupiah({
      judul: dalam(H.bagianRupiah, b),
      label: rows.map((r) => label.get(r.kode_ppk ?? '') ?? (r.kode_ppk as string)),
      penuh: rows.map((r) => bigint(r.kapitasi_penuh)),
      dibayar: rows.map((r) => bigint(r.kapitasi_dibayar)),
      lantai: rows.map((r) => {
        const l = kapitasiLantai(Number(r.peserta_terdaftar), bigint(r.tarif_dasar), r.tarif_minimal ? BigInt(r.tarif_minimal) : null);
        return l === null ? null : roundHalfUp(l);
      }),
      nama: { penuh: dalam(H.penuh, b), dibayar: dalam(H.dibayar, b), lantai: dalam(H.lantai, b) },
      bahasa: b,
    });
    bagian.push({ id: 'rupiah', judul: H.bagianRupiah, html: `<p class="ket">${t(H.rupiahKeterangan)}</p>${figur(g, 'rupiah')}` });
  }

  // The trend of each indicator, with the signals and the nearest facilities beside it.
  bagian.push({ id: 'tren', judul: H.bagianTren, html: await bagianTren(isi.tren, b) });
  bagian.push({ id: 'sinyal', judul: H.bagianSinyal, html: daftarSinyal(isi, label, b) });
  bagian.push({ id: 'dekat', judul: H.bagianDekat, html: daftarDekat(isi.penjelasan, b) });
  bagian.push({ id: 'catatan', judul: H.bagianCatatan, html: `<p class="catatan">${t(isi.catatan ?? H.catatanTidakAda)}</p>` });
  bagian.push({ id: 'fktp', judul: H.bagianDaftar, html: tabelFasilitas(isi, fasilitas, b) });

  const judul = dalam(H.judul(formatMonth(isi.bulan)), b);
  const sub = isi.kapitasi
    ? H.subjudulBayar(formatMonth(isi.bulan), isi.kapitasi.baris[0]?.bulan_penilaian ?? '', isi.kapitasi.rules.id)
    : H.subjudulCapaian(formatMonth(isi.bulan), rulesUtama?.id ?? '');
  return kerangka(judul, sub, bagian, b);
}

/** kbk tren --html: the trend charts alone, with the provenance note. */
export async function halamanTren(tren: TrenHtml, catatan: Teks | null, b: Bahasa): Promise<string> {
  const dari = formatMonth(tren.bulan[0] as MonthIndex);
  const sampai = formatMonth(tren.bulan[tren.bulan.length - 1] as MonthIndex);
  const bagian = [
    { id: 'tren', judul: H.bagianTren, html: await bagianTren(tren, b) },
    { id: 'catatan', judul: H.bagianCatatan, html: `<p class="catatan">${esc(dalam(catatan ?? H.catatanTidakAda, b))}</p>` },
    { id: 'fktp', judul: H.bagianDaftar, html: tabelTren(tren, b) },
  ];
  return kerangka(dalam(H.judulTrenHalaman(dari, sampai), b), H.subjudulTren(tren.aturan.join(', '), tren.fasilitas.length), bagian, b);
}

/** The page around its sections: head, inline style, title, contents. */
function kerangka(judul: string, sub: Teks, bagian: readonly { id: string; judul: Teks; html: string }[], b: Bahasa): string {
  const t = (p: Pesan): string => esc(dalam(p, b));
  return [
    '<!DOCTYPE html>',
    `<html lang="${b}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(judul)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(judul)}</h1><p class="sub">${t(sub)}</p><p class="ket">${t(H.dibuat(VERSI))}</p></header>`,
    `<nav><strong>${t(H.isi)}</strong><ol>${bagian.map((s) => `<li><a href="#${s.id}">${t(s.judul)}</a></li>`).join('')}</ol></nav>`,
    ...bagian.map((s) => `<section id="${s.id}"><h2>${t(s.judul)}</h2>\n${s.html}\n</section>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Each facility's values per month (the trend's numbers, findable by code): one table per indicator. */
function tabelTren(tren: TrenHtml, b: Bahasa): string {
  const k = H.kolom;
  return tren.indikator
    .map((ind) => {
      const head = [dalam(k.kode, b), dalam(k.nama, b), ...tren.bulan.map(formatMonth)].map((x) => `<th>${esc(x)}</th>`).join('');
      const rows = tren.fasilitas.map(
        (f) =>
          `<tr id="${jangkarPpk(f.kode)}-${ind.id}"><td>${esc(f.kode)}</td><td>${esc(f.nama)}</td>${(f.nilai[ind.id] ?? []).map((v) => `<td class="n">${v === null ? '' : esc(desimal(v.toFixed(2), b))}</td>`).join('')}</tr>`,
      );
      return `<h3>${esc(dalam(H.judulTren(ind.id, ind.nama), b))}</h3><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('\n');
}

function figur(g: Grafik, nama: string, data: Record<string, string> = {}): string {
  const attr = Object.entries(data)
    .map(([k, v]) => ` ${k}="${escAttr(v)}"`)
    .join('');
  // ECharts numbers its classes and ids (zr12-cls-118, zr12-c0) with counters that run on
  // across charts: renumbered in the figure, after its name, the page is the same bytes on every run.
  const nomor = new Map<string, string>();
  const svg = g.svg.replace(/\bzr\d+-([a-z]+)-?\d+\b/g, (token: string, jenis: string) => {
    let baru = nomor.get(token);
    if (baru === undefined) nomor.set(token, (baru = `g-${nama}-${jenis}${nomor.size}`));
    return baru;
  });
  return `<figure class="grafik" data-grafik="${escAttr(nama)}" data-lebar="${g.lebar}" data-tinggi="${g.tinggi}"${attr}>${svg}</figure>`;
}

/** The band edges as the rule set writes them, for a reader (or a test) to compare: "140;145;150". */
const batasData = (band: RuleSet['indikator'][number]['band']): string => [...new Set(band.flatMap((x) => [x.bawah?.nilai, x.atas?.nilai].filter((v): v is string => v !== undefined)))].join(';');

/** The facility types in the rows, in the order they first appear. */
const urutJenis = (rows: readonly Record<string, string>[]): string[] => [...new Set(rows.map((r) => r.jenis_fktp ?? ''))];

/** Every facility of the run: the payment's rows, else the last capaian month's (each once, in report order). */
function daftarFasilitas(isi: IsiHtml): Fasilitas[] {
  const rows = isi.kapitasi?.baris ?? isi.capaian[isi.capaian.length - 1]?.baris ?? [];
  const lihat = new Map<string, Fasilitas>();
  for (const r of [...rows, ...isi.capaian.flatMap((c) => c.baris)]) {
    const kode = r.kode_ppk ?? '';
    if (!lihat.has(kode)) lihat.set(kode, { kode, nama: r.nama_fktp ?? '', jenis: r.jenis_fktp ?? '' });
  }
  return [...lihat.values()];
}

async function bagianTren(tren: IsiHtml['tren'], b: Bahasa): Promise<string> {
  if ('tidak' in tren) return `<p class="ket">${esc(dalam(H.trenTidakAda(tren.tidak), b))}</p>`;
  const bulan = tren.bulan.map(formatMonth);
  const figs: string[] = [];
  for (const ind of tren.indikator) {
    const g = await grafikTren({
      judul: dalam(H.judulTren(ind.id, ind.nama), b),
      bulan,
      seri: tren.fasilitas.map((f) => ({ nama: f.kode, data: f.nilai[ind.id] ?? [] })),
      band: ind.band,
      bahasa: b,
    });
    figs.push(figur(g, `tren-${ind.id}`, { 'data-batas': batasData(ind.band) }));
  }
  return `<p class="ket">${esc(dalam(H.trenKeterangan(bulan[0] ?? '', bulan[bulan.length - 1] ?? '', bulan.length), b))}</p>${figs.join('\n')}`;
}

function daftarSinyal(isi: IsiHtml, label: ReadonlyMap<string, string>, b: Bahasa): string {
  if (isi.sinyal.length === 0) return `<p class="ket">${esc(dalam(H.sinyalTidakAda, b))}</p>`;
  const k = H.kolom;
  const head = [k.bulan, k.kode, k.nama, k.sinyal, k.nilai, k.ambang, k.bukti].map((x) => `<th>${esc(dalam(x, b))}</th>`).join('');
  const rows = isi.sinyal.map(
    (s) =>
      `<tr><td>${formatMonth(s.bulan)}</td><td><a href="#${jangkarPpk(s.kode_ppk)}">${esc(s.kode_ppk)}</a></td><td>${esc((label.get(s.kode_ppk) ?? s.kode_ppk).slice(s.kode_ppk.length + 1))}</td><td>${esc(s.sinyal)}</td><td class="n">${esc(desimal(s.nilai, b))}</td><td class="n">${esc(desimal(s.ambang, b))}</td><td>${esc(s.bukti)}</td></tr>`,
  );
  return `<aside><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></aside>`;
}

/** The facilities one change of one indicator lifts to the next payment band (explain's peluang), the smallest change first. */
function daftarDekat(penjelasan: readonly Penjelasan[], b: Bahasa): string {
  const dekat = penjelasan
    .flatMap((e) => {
      // A band lifts the payment only where KBK applies to the facility.
      if (!e.kbkBerlaku) return [];
      const terkecil = [...e.peluang].sort((x, y) => x.cara.jumlah - y.cara.jumlah)[0];
      return terkecil ? [{ e, p: terkecil }] : [];
    })
    .sort((x, y) => x.p.cara.jumlah - y.p.cara.jumlah || x.e.kodePpk.localeCompare(y.e.kodePpk));
  const ket = `<p class="ket">${esc(dalam(H.dekatKeterangan, b))}</p>`;
  if (dekat.length === 0) return `${ket}<p class="ket">${esc(dalam(H.dekatTidakAda, b))}</p>`;
  const k = H.kolom;
  const head = [k.kode, k.nama, k.jenis, k.cara].map((x) => `<th>${esc(dalam(x, b))}</th>`).join('');
  const rows = dekat.map(
    ({ e, p }) =>
      `<tr><td><a href="#${jangkarPpk(e.kodePpk)}">${esc(e.kodePpk)}</a></td><td>${esc(e.namaFktp)}</td><td>${esc(e.jenisFktp)}</td><td>${esc(dalam(H.dekatBaris(desimal(p.persen, b), p.indikator.toUpperCase(), p.rating, dalam(perubahanTeks(p.cara), b)), b))}</td></tr>`,
  );
  return `${ket}<aside><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></aside>`;
}

/** Every facility, findable by its anchor: its values and ratings, total nilai, percentage, and Rupiah for a payment. */
function tabelFasilitas(isi: IsiHtml, fasilitas: readonly Fasilitas[], b: Bahasa): string {
  const dasar = isi.capaian[isi.capaian.length - 1] ?? null;
  const perKode = new Map((dasar?.baris ?? []).map((r) => [r.kode_ppk ?? '', r]));
  const bayar = new Map((isi.kapitasi?.baris ?? []).map((r) => [r.kode_ppk ?? '', r]));
  const ind = dasar?.rules.indikator ?? [];
  const k = H.kolom;
  const head = [
    ...[k.kode, k.nama, k.jenis].map((x) => dalam(x, b)),
    ...ind.map((i) => `${i.id.toUpperCase()} (${i.satuan})`),
    ...ind.map((i) => `rating ${i.id.toUpperCase()}`),
    dalam(k.totalNilai, b),
    dalam(k.persen, b),
    ...(isi.kapitasi ? [dalam(k.penuh, b), dalam(k.dibayar, b)] : []),
  ]
    .map((x) => `<th>${esc(x)}</th>`)
    .join('');
  const sel = (s: string | undefined, format: (v: string) => string = (v) => desimal(v, b)): string => `<td class="n">${s === undefined || s === '' ? '' : esc(format(s))}</td>`;
  const rows = fasilitas.map((f) => {
    const c = perKode.get(f.kode);
    const p = bayar.get(f.kode);
    const total = p?.total_nilai ?? c?.total_nilai;
    const persen = p?.persen_kapitasi ?? c?.persen_kapitasi;
    return [
      `<tr id="${jangkarPpk(f.kode)}"><td>${esc(f.kode)}</td><td>${esc(f.nama)}</td><td>${esc(f.jenis)}</td>`,
      ...ind.map((i) => sel(c?.[kolomNilai(i)])),
      ...ind.map((i) => sel(c?.[`rating_${i.id}`])),
      sel(total),
      sel(persen, (v) => `${persenTeks(v, b)}%`),
      ...(isi.kapitasi ? [sel(p?.kapitasi_penuh, (v) => rupiah(BigInt(v), b)), sel(p?.kapitasi_dibayar, (v) => rupiah(BigInt(v), b))] : []),
      '</tr>',
    ].join('');
  });
  return `<p class="ket">${esc(angka(fasilitas.length, b))} FKTP</p><table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/** A month of capaian as a run (or the tren engine) holds it: the rows of the facilities it has, under its rule set; null rules: no such month. */
export interface BulanCapaian {
  bulan: MonthIndex;
  rules: RuleSet | null;
  rows: readonly Capaian[];
}

/**
 * The trend's numbers from months of capaian (oldest first): each facility's indicator
 * values as the reports print them (2 decimals), null where the month or the value is
 * missing; the indicators of every month's rule set, each defined (bands) by the latest that has it. `fasilitas`: every
 * facility to show (kbk tren's, after --ppk), else those of the months in order.
 */
export function trenDari(bulan: readonly BulanCapaian[], fasilitas?: readonly { kodePpk: string; namaFktp: string }[]): TrenHtml | null {
  const terbaru = [...bulan].reverse().flatMap((m) => (m.rules === null ? [] : [m.rules]));
  if (terbaru.length === 0) return null;
  const indikator = new Map<string, Indikator>();
  for (const r of terbaru) for (const i of r.indikator) if (!indikator.has(i.id)) indikator.set(i.id, i);
  const semua = new Map<string, string>((fasilitas ?? []).map((f) => [f.kodePpk, f.namaFktp]));
  if (!fasilitas) for (const m of [...bulan].reverse()) for (const c of m.rows) if (!semua.has(c.fktp.kodePpk)) semua.set(c.fktp.kodePpk, c.fktp.namaFktp);
  const perBulan = bulan.map((m) => new Map(m.rows.map((c) => [c.fktp.kodePpk, c])));
  return {
    bulan: bulan.map((m) => m.bulan),
    aturan: [...new Set(terbaru.map((r) => r.id))],
    indikator: [...indikator.values()],
    fasilitas: [...semua].map(([kode, nama]) => ({
      kode,
      nama,
      nilai: Object.fromEntries(
        [...indikator.values()].map((ind) => [
          ind.id,
          perBulan.map((p) => {
            const v = p.get(kode)?.indikator.nilai[ind.id];
            return v === null || v === undefined ? null : Number(toFixed(v, 2));
          }),
        ]),
      ),
    })),
  };
}

/**
 * What the page shows of a run that has just computed: its reports' rows as they are
 * written, kbk explain of each facility of the last month the run assessed (`dihitung`: the
 * months the run computed, oldest first — for pay, which writes no capaian report, the
 * window's months read), the trend and the provisional-values note.
 */
export function isiDariHasil(h: HasilJob, dihitung: readonly { bulan: MonthIndex; rows: readonly Capaian[]; rules: RuleSet }[], tren: IsiHtml['tren']): IsiHtml {
  const terakhir = dihitung[dihitung.length - 1] ?? null;
  const capaian = (h.capaian.length > 0 ? h.capaian : terakhir ? [terakhir] : []).map((c) => ({
    bulan: c.rows[0]?.bulan ?? h.bulan,
    rules: c.rules,
    baris: c.rows.map((r) => barisCapaian(r, c.rules)),
  }));
  return {
    bulan: h.bulan,
    capaian,
    kapitasi: h.kapitasi ? { rules: h.kapitasi.rules, baris: h.kapitasi.rows.map((k) => barisKapitasi(k, h.kapitasi?.rules as RuleSet)) } : null,
    sinyal: h.sinyal.map((s) => ({ bulan: s.bulan, kode_ppk: s.kodePpk, sinyal: s.sinyal, nilai: s.nilai, ambang: s.ambang, bukti: s.bukti })),
    penjelasan: terakhir ? terakhir.rows.map((c) => jelaskan(c, terakhir.rules)) : [],
    tren,
    catatan: catatanProvisional(h.dipakai),
  };
}

/** kbk tren --html: the engine's months (the missing ones as gaps), every facility it holds. */
export async function halamanTrenDari(h: HasilTren, b: Bahasa): Promise<string> {
  const bulan = h.bulan.map((m) => ({ bulan: m.bulan, rules: m.sumber.jenis === 'tidak_ada' ? null : m.rules, rows: m.baris.filter((c): c is Capaian => c !== null) }));
  const tren = trenDari(bulan, h.fasilitas) as TrenHtml; // the engine stops when every month is missing
  return halamanTren(tren, catatanProvisional(h.dipakai), b);
}
