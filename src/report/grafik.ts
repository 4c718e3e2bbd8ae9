// The HTML report's charts (src/report/html.ts), as SVG text drawn in Node by Apache
// ECharts' server-side renderer (echarts.init(null, null, { renderer: 'svg', ssr: true }) →
// renderToSVGString(): no DOM, no canvas, no browser). Only what the report draws is
// registered (bar, line, scatter; grid, legend, title, markLine, markArea), and ECharts is
// loaded on the first chart, so a run without --html never loads it.
//
// The charts plot: nothing here decides a rating or a Rupiah (the reports did, exactly).
// The band edges are the rule set's own values (their decimal strings, placed on the axis
// and written in the run's notation); colours are Okabe–Ito's (readable with the common
// colour-vision deficiencies); every number on a chart is written by src/pesan's formatters.
import type { RatingBand } from '../rules/schema.js';
import { angka, desimal, rupiah, type Bahasa } from '../pesan/index.js';

/** Okabe & Ito (2008), "Color Universal Design": distinguishable with protan, deutan and tritan vision. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;
/** Best to worst (rating 4 … 1, 100 % … 85 %): bluish green, sky blue, orange, vermillion; then the rest of the palette. */
const URUTAN_MUTU = ['#009E73', '#56B4E9', '#E69F00', '#D55E00', '#CC79A7', '#0072B2', '#F0E442'] as const;
/** Not assessed, KBK not applied. */
export const ABU = '#999999';
const SIMBOL = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'] as const;

/** The system's fonts only: the file makes no request. */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** The colour of the i-th best of n ordered classes (rating 4 first, or the highest percentage first). */
export const warnaMutu = (i: number): string => URUTAN_MUTU[i % URUTAN_MUTU.length] as string;

type Echarts = typeof import('echarts/core');
let muatan: Promise<Echarts> | null = null;

/** ECharts' core with the pieces the report draws, loaded once. */
function echarts(): Promise<Echarts> {
  muatan ??= (async () => {
    const core = await import('echarts/core');
    const { BarChart, LineChart, ScatterChart } = await import('echarts/charts');
    const { GridComponent, LegendComponent, TitleComponent, MarkLineComponent, MarkAreaComponent } = await import('echarts/components');
    const { SVGRenderer } = await import('echarts/renderers');
    core.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TitleComponent, MarkLineComponent, MarkAreaComponent, SVGRenderer]);
    return core;
  })();
  return muatan;
}

export interface Grafik {
  /** The <svg> element, ready to be placed inline in HTML. */
  svg: string;
  lebar: number;
  tinggi: number;
}

/**
 * One chart as inline SVG. ECharts writes the SVG namespace URIs on its root element: an
 * inline <svg> in HTML is in that namespace without them, and the file then holds no URI.
 */
async function gambar(option: Record<string, unknown>, lebar: number, tinggi: number, label: string): Promise<Grafik> {
  const ec = await echarts();
  const chart = ec.init(null, null, { renderer: 'svg', ssr: true, width: lebar, height: tinggi });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    const svg = chart
      .renderToSVGString()
      .replace(/^<svg([^>]*?) xmlns="[^"]*"/, '<svg$1')
      .replace(/^<svg([^>]*?) xmlns:xlink="[^"]*"/, '<svg$1')
      .replace(/^<svg/, `<svg role="img" aria-label="${escAttr(label)}"`);
    return { svg, lebar, tinggi };
  } finally {
    chart.dispose();
  }
}

const escAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An axis value (a float ECharts chose) in the language's notation. */
export function angkaSumbu(v: number, b: Bahasa): string {
  if (!Number.isFinite(v)) return '';
  const s = String(Number(v.toPrecision(12)));
  return /e/.test(s) ? s : desimal(s, b);
}

/** Every distinct edge of the bands (a lower or upper limit), as the rule set writes it, smallest first. */
export function batasBand(band: readonly RatingBand[]): string[] {
  const semua = new Set<string>();
  for (const b of band) {
    if (b.bawah) semua.add(b.bawah.nilai);
    if (b.atas) semua.add(b.atas.nilai);
  }
  return [...semua].sort((x, y) => Number(x) - Number(y));
}

const judulGaya = { left: 'left', top: 4, textStyle: { fontSize: 14, fontWeight: 'bold', fontFamily: FONT } };
/** Room for the category labels (code and name) of a horizontal bar chart. */
const lebarLabel = (label: readonly string[]): number => Math.min(300, 20 + 7 * Math.max(4, ...label.map((l) => l.length)));

/**
 * Invisible points at the band edges: the value axis then spans every edge (each line is
 * drawn) with the round ticks ECharts picks for the data and the edges together.
 */
const titikBatas = (batas: readonly string[], titik: (v: number) => [number, number]) => ({
  type: 'scatter',
  silent: true,
  symbolSize: 0,
  itemStyle: { opacity: 0 },
  data: batas.map((v) => titik(Number(v))),
});

/** The lines at the band edges, each labelled with the rule set's value in the run's notation. */
function garisBatas(batas: readonly string[], b: Bahasa, sumbu: 'xAxis' | 'yAxis') {
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { color: '#000000', type: 'dashed', width: 1 },
    label: { show: true, fontFamily: FONT, fontSize: 11, color: '#000000' },
    // Edges close together: their labels alternate ends (top and bottom, or right and left) so that none hides another.
    data: batas.map((v, i) => ({
      [sumbu]: Number(v),
      label: { formatter: desimal(v, b), position: sumbu === 'xAxis' ? (i % 2 === 0 ? 'start' : 'end') : i % 2 === 0 ? 'insideEndTop' : 'insideStartTop' },
    })),
  };
}

/**
 * Per indicator: each facility's value (a horizontal bar, coloured by its rating) against the
 * rule set's bands (a dashed line at every edge, labelled with its value). `rating`: the
 * rating of each bar (null: not assessed, grey); `ratingUrut`: the ratings best first, for the colours.
 */
export function grafikBand(a: {
  judul: string;
  label: readonly string[];
  nilai: readonly (number | null)[];
  rating: readonly (number | null)[];
  band: readonly RatingBand[];
  bahasa: Bahasa;
  legendaRating: (r: number) => string;
  legendaTidakDinilai: string;
}): Promise<Grafik> {
  const batas = batasBand(a.band);
  const urut = [...new Set(a.band.map((x) => x.rating))].sort((x, y) => y - x);
  const warna = (r: number | null): string => (r === null ? ABU : warnaMutu(urut.indexOf(r)));
  const tinggi = 90 + 22 * Math.max(3, a.label.length);
  const tertinggi = Math.max(0, ...a.nilai.filter((v): v is number => v !== null), ...batas.map(Number));
  // One empty series per rating: the legend names each colour.
  const legenda = [...urut.map((r) => ({ nama: a.legendaRating(r), warna: warna(r) })), { nama: a.legendaTidakDinilai, warna: ABU }];
  return gambar(
    {
      title: { text: a.judul, ...judulGaya },
      legend: { top: 30, left: 'left', icon: 'rect', data: legenda.map((l) => l.nama), textStyle: { fontFamily: FONT } },
      grid: { left: lebarLabel(a.label), right: 50, top: 78, bottom: 30 },
      xAxis: { type: 'value', ...(tertinggi > 0 ? {} : { max: 1 }), axisLabel: { formatter: (v: number) => angkaSumbu(v, a.bahasa) } },
      yAxis: { type: 'category', inverse: true, data: a.label, axisLabel: { fontFamily: FONT, width: lebarLabel(a.label) - 12, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: 'nilai',
          barMaxWidth: 16,
          data: a.nilai.map((v, i) => (v === null ? { value: 0, itemStyle: { color: ABU } } : { value: v, itemStyle: { color: warna(a.rating[i] ?? null) } })),
          markLine: garisBatas(batas, a.bahasa, 'xAxis'),
          label: { show: true, position: 'right', fontSize: 10, formatter: (p: { dataIndex: number }) => fmtNilai(a.nilai[p.dataIndex] ?? null, a.bahasa, a.legendaTidakDinilai) },
        },
        titikBatas(batas, (v) => [v, 0]),
        // Empty line series: they name the colours in the legend without taking a bar's room.
        ...legenda.map((l) => ({ type: 'line', name: l.nama, data: [], itemStyle: { color: l.warna }, lineStyle: { color: l.warna } })),
      ],
    },
    880,
    tinggi,
    a.judul,
  );
}

const fmtNilai = (v: number | null, b: Bahasa, kosong: string): string => (v === null ? kosong : desimal(v.toFixed(2), b));

/** Counts stacked by class (ratings, payment bands) over categories (facility types). */
export function grafikTumpuk(a: { judul: string; kategori: readonly string[]; seri: readonly { nama: string; data: readonly number[]; warna: string }[]; sumbu: string; bahasa: Bahasa }): Promise<Grafik> {
  return gambar(
    {
      title: { text: a.judul, ...judulGaya },
      legend: { top: 30, left: 'left', data: a.seri.map((s) => s.nama), textStyle: { fontFamily: FONT } },
      grid: { left: 50, right: 20, top: 80, bottom: 40 },
      xAxis: { type: 'category', data: a.kategori, axisLabel: { fontFamily: FONT, interval: 0 } },
      yAxis: { type: 'value', name: a.sumbu, minInterval: 1, axisLabel: { formatter: (v: number) => angka(v, a.bahasa) } },
      series: a.seri.map((s) => ({
        type: 'bar',
        name: s.nama,
        stack: 'jumlah',
        data: [...s.data],
        itemStyle: { color: s.warna },
        label: { show: true, formatter: (p: { value: number }) => (p.value > 0 ? angka(p.value, a.bahasa) : '') },
      })),
    },
    Math.max(420, 120 + 110 * a.kategori.length),
    320,
    a.judul,
  );
}

/**
 * Rupiah per facility: full capitation (a pale bar), what is paid (a dark bar over it) and
 * the floor (a diamond), when the facility has one.
 */
export function grafikRupiah(a: {
  judul: string;
  label: readonly string[];
  penuh: readonly bigint[];
  dibayar: readonly bigint[];
  lantai: readonly (bigint | null)[];
  nama: { penuh: string; dibayar: string; lantai: string };
  bahasa: Bahasa;
}): Promise<Grafik> {
  const rp = (v: number): string => rupiah(BigInt(Math.round(v)), a.bahasa);
  return gambar(
    {
      title: { text: a.judul, ...judulGaya },
      legend: { top: 30, left: 'left', data: [a.nama.penuh, a.nama.dibayar, a.nama.lantai], textStyle: { fontFamily: FONT } },
      grid: { left: lebarLabel(a.label), right: 120, top: 70, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => angka(Math.round(v), a.bahasa), hideOverlap: true } },
      yAxis: { type: 'category', inverse: true, data: a.label, axisLabel: { fontFamily: FONT, width: lebarLabel(a.label) - 12, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: a.nama.penuh, barMaxWidth: 16, data: a.penuh.map(Number), itemStyle: { color: '#56B4E9', opacity: 0.45 } },
        {
          type: 'bar',
          name: a.nama.dibayar,
          barMaxWidth: 16,
          barGap: '-100%',
          data: a.dibayar.map(Number),
          itemStyle: { color: '#0072B2' },
          label: { show: true, position: 'right', fontSize: 10, formatter: (p: { value: number }) => rp(p.value) },
        },
        { type: 'scatter', name: a.nama.lantai, symbol: 'diamond', symbolSize: 12, data: a.lantai.map((v, i) => (v === null ? null : [Number(v), i])).filter((x) => x !== null), itemStyle: { color: '#D55E00' } },
      ],
    },
    880,
    90 + 22 * Math.max(3, a.label.length),
    a.judul,
  );
}

/** Okabe–Ito without its yellow, which a thin line on white hardly shows: one colour per facility's line, in turn. */
const WARNA_GARIS = OKABE_ITO.filter((w) => w !== '#F0E442');

/** The most lines a trend chart names in its legend. */
const LEGENDA_MAKS = 40;

/** One indicator over the months: a line per facility (its code at the line's end), the band edges dashed. */
export function grafikTren(a: { judul: string; bulan: readonly string[]; seri: readonly { nama: string; data: readonly (number | null)[] }[]; band: readonly RatingBand[]; bahasa: Bahasa }): Promise<Grafik> {
  const batas = batasBand(a.band);
  return gambar(
    {
      title: { text: a.judul, ...judulGaya },
      // A legend of a few dozen facilities at most: beyond that each line's code at its end names it (and the table below the charts).
      ...(a.seri.length <= LEGENDA_MAKS ? { legend: { top: 30, left: 'left', type: 'plain', data: a.seri.map((s) => s.nama), textStyle: { fontFamily: FONT } } } : {}),
      grid: { left: 60, right: 90, top: 70 + (a.seri.length <= LEGENDA_MAKS ? 22 * Math.ceil(a.seri.length / 8) : 0), bottom: 30 },
      xAxis: { type: 'category', data: a.bulan, boundaryGap: false, axisLabel: { fontFamily: FONT } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => angkaSumbu(v, a.bahasa) } },
      series: [
        titikBatas(batas, (v) => [0, v]),
        ...a.seri.map((s, i) => ({
        type: 'line',
        name: s.nama,
        color: WARNA_GARIS[i % WARNA_GARIS.length],
        data: [...s.data],
        connectNulls: false,
        symbol: a.seri.length <= LEGENDA_MAKS ? SIMBOL[i % SIMBOL.length] : 'none',
        symbolSize: 6,
        endLabel: { show: true, formatter: s.nama, fontSize: 10 },
        ...(i === 0 ? { markLine: garisBatas(batas, a.bahasa, 'yAxis') } : {}),
        })),
      ],
    },
    880,
    360 + (a.seri.length <= LEGENDA_MAKS ? 22 * Math.ceil(a.seri.length / 8) : 0),
    a.judul,
  );
}
