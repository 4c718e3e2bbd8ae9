// The Berita Acara Hasil Penilaian Pemenuhan Komitmen Pelayanan (kbk berita-acara): the
// minutes a Kantor Cabang's assessment team, its head and the facilities sign, as an
// editable Word document written by the docx library. It holds what the month's job
// computed and nothing else computed here: per facility the indicators with their ratings,
// total nilai and payment percentage (and, for a payment month, the Rupiah after the
// floor), the recap, each facility's notes, the rule values still unverified, the basis
// (the rule set's and tariff set's regulations) and the signature blocks. Words from
// src/pesan/berita-acara.ts; numbers and dates in the language's notation (src/pesan).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import { basename } from 'node:path';
import type { Capaian, Kapitasi } from '../core/assessment.js';
import { formatDate, hariDalamMinggu, type DayNumber, type MonthIndex } from '../core/month.js';
import { parseDecimal, toPlain, type Rational } from '../core/rational.js';
import { rekapCapaian, rekapKapitasi, SEMUA } from '../core/rekap.js';
import { tampilanNilaiAturan, tampilanNilaiTarif } from '../rules/provenance.js';
import { berlakuTeks, type RuleSet } from '../rules/schema.js';
import { angka, bulanKata, dalam, desimal, hariKata, rupiah, tanggalKata, teks, type Bahasa, type Pesan, type Teks } from '../pesan/index.js';
import { PESAN_BERITA as P } from '../pesan/berita-acara.js';
import type { IsiBeritaAcara } from './hasil.js';
import { sebaranPersen } from './rekap.js';
import { persenBagian } from './verifikasi.js';
import { duaDesimal, persenTeks } from './tabel-kbk.js';

/** A month in words in both languages: Juni 2024 / June 2024. */
export const bulanTeks = (m: MonthIndex): Teks => teks(bulanKata(Math.floor(m / 12), (m % 12) + 1, 'id'), bulanKata(Math.floor(m / 12), (m % 12) + 1, 'en'));

/** A date in words in both languages: 30 Juni 2024 / 30 June 2024. */
export function tanggalTeks(d: DayNumber): Teks {
  const [y, m, h] = formatDate(d).split('-').map(Number) as [number, number, number];
  return teks(tanggalKata(y, m, h, 'id'), tanggalKata(y, m, h, 'en'));
}

const hariTeks = (d: DayNumber): Teks => teks(hariKata(hariDalamMinggu(d), 'id'), hariKata(hariDalamMinggu(d), 'en'));

// A4 in twips; 2 cm margins, 1,27 cm on a landscape page (its table is the wide one).
const A4 = { lebar: 11906, tinggi: 16838 };
const TEPI = { tegak: 1134, mendatar: 720 };
/** A table of more columns than this is printed on a landscape page. */
const KOLOM_TEGAK_MAKS = 8;

/** Font sizes in half-points. */
const UKURAN = { teks: 22, judul: 26, tabel: 16, tabelLebar: 14 };

const TANPA_GARIS: ITableCellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

interface Kolom {
  judul: string;
  /** A heading over this column and its neighbours of the same grup (an indicator over its value and rating). */
  grup?: string;
  /** Its share of the table's width. */
  bobot: number;
  kanan?: boolean;
}

/** The document under construction in one language. */
class Penyusun {
  readonly isi: (Paragraph | Table)[] = [];
  constructor(
    readonly b: Bahasa,
    readonly lebar: number,
  ) {}

  t = (p: Pesan): string => dalam(p, this.b);

  paragraf(teks: string, o: { tebal?: boolean; tengah?: boolean; ukuran?: number; sesudah?: number; sebelum?: number; rata?: boolean; tetapBersama?: boolean } = {}): void {
    this.isi.push(
      new Paragraph({
        alignment: o.tengah ? AlignmentType.CENTER : o.rata ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        spacing: { after: o.sesudah ?? 120, before: o.sebelum ?? 0 },
        keepNext: o.tetapBersama,
        children: [new TextRun({ text: teks, bold: o.tebal, size: o.ukuran ?? UKURAN.teks })],
      }),
    );
  }

  private bagian = 0;

  /** A section's heading, lettered in order: A. Dasar, B. … */
  judulBagian(p: Pesan): void {
    this.paragraf(`${String.fromCharCode(65 + this.bagian++)}. ${this.t(p)}`, { tebal: true, sebelum: 240, tetapBersama: true });
  }

  /** An annex's heading (its own number is in its words). */
  judulLampiran(p: Pesan): void {
    this.paragraf(this.t(p), { tebal: true, sebelum: 240 });
  }

  halamanBaru(): void {
    this.isi.push(new Paragraph({ children: [new PageBreak()] }));
  }

  /** A bordered table: a bold header row, then the rows; widths by each column's share. */
  tabel(kolom: readonly Kolom[], baris: readonly (readonly string[])[], o: { tebalAkhir?: boolean } = {}): void {
    const ukuran = kolom.length > 12 ? UKURAN.tabelLebar : UKURAN.tabel;
    const total = kolom.reduce((s, k) => s + k.bobot, 0);
    const lebarKolom = kolom.map((k) => Math.floor((this.lebar * k.bobot) / total));
    const sel = (s: string, i: number, tebal: boolean, judul: boolean): TableCell =>
      new TableCell({
        width: { size: lebarKolom[i] as number, type: WidthType.DXA },
        children: [
          new Paragraph({
            alignment: judul ? AlignmentType.CENTER : kolom[i]?.kanan ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text: s, bold: tebal, size: ukuran })],
          }),
        ],
      });
    const rows = [
      ...this.kepala(kolom, lebarKolom, ukuran),
      ...baris.map((r, ri) => new TableRow({ cantSplit: true, children: r.map((s, i) => sel(s, i, o.tebalAkhir === true && ri === baris.length - 1, false)) })),
    ];
    this.isi.push(new Table({ width: { size: this.lebar, type: WidthType.DXA }, columnWidths: lebarKolom, rows }));
  }

  /**
   * The header rows: one; or two when columns are grouped, the group's heading over its
   * columns' and each ungrouped heading over both rows.
   */
  private kepala(kolom: readonly Kolom[], lebarKolom: readonly number[], ukuran: number): TableRow[] {
    const sel = (s: string, lebar: number, o: { kolomSpan?: number; barisSpan?: number } = {}): TableCell =>
      new TableCell({
        width: { size: lebar, type: WidthType.DXA },
        columnSpan: o.kolomSpan,
        rowSpan: o.barisSpan,
        verticalAlign: VerticalAlign.CENTER,
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s, bold: true, size: ukuran })] })],
      });
    if (!kolom.some((k) => k.grup !== undefined)) return [new TableRow({ tableHeader: true, children: kolom.map((k, i) => sel(k.judul, lebarKolom[i] as number)) })];
    const atas: TableCell[] = [];
    const bawah: TableCell[] = [];
    for (let i = 0; i < kolom.length; ) {
      const k = kolom[i] as Kolom;
      if (k.grup === undefined) {
        atas.push(sel(k.judul, lebarKolom[i] as number, { barisSpan: 2 }));
        i++;
        continue;
      }
      let j = i;
      let lebar = 0;
      for (; j < kolom.length && kolom[j]?.grup === k.grup; j++) {
        lebar += lebarKolom[j] as number;
        bawah.push(sel((kolom[j] as Kolom).judul, lebarKolom[j] as number));
      }
      atas.push(sel(k.grup, lebar, { kolomSpan: j - i }));
      i = j;
    }
    return [new TableRow({ tableHeader: true, cantSplit: true, children: atas }), new TableRow({ tableHeader: true, cantSplit: true, children: bawah })];
  }

  /** Blocks side by side without borders (the signatures). */
  blok(kolom: readonly (readonly string[])[]): void {
    const lebarKolom = kolom.map(() => Math.floor(this.lebar / kolom.length));
    const cells = kolom.map(
      (baris, i) =>
        new TableCell({
          width: { size: lebarKolom[i] as number, type: WidthType.DXA },
          borders: TANPA_GARIS,
          children: baris.map((s) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, keepNext: true, children: [new TextRun({ text: s, size: UKURAN.teks })] })),
        }),
    );
    this.isi.push(new Table({ width: { size: this.lebar, type: WidthType.DXA }, columnWidths: lebarKolom, rows: [new TableRow({ cantSplit: true, children: cells })] }));
  }
}

const jenisTeks = (jenis: string): string => jenis.replace(/_/g, ' ');
const strip = P.tidakDinilai;
const nilaiAtauStrip = (r: Rational | null | undefined, b: Bahasa): string => (r == null ? strip : duaDesimal(r, b));
const ratingTeks = (n: number | undefined, b: Bahasa): string => (n === undefined ? strip : angka(n, b));
/** A tariff (it may have a fraction: 11.688,5 / 11,688.5). */
const tarifTeks = (r: Rational, b: Bahasa): string => desimal(toPlain(r, 4), b);

/** The rule sets used (the payment's first), without repeats. */
const aturanDipakai = (isi: IsiBeritaAcara): RuleSet[] => {
  const h = isi.hasil;
  const semua = [...(h.kapitasi ? [h.kapitasi.rules] : []), ...h.capaian.map((c) => c.rules), ...h.dipakai.aturan];
  return semua.filter((r, i) => semua.findIndex((x) => x.id === r.id) === i);
};

/**
 * The per-facility table's columns: identity, each indicator's value (`judulNilai`: the
 * month's, or the mean) under its heading with its rating, total nilai, KBK, persen — and
 * `tambahan` after them. Shares sized for 7-point figures on landscape A4.
 */
function kolomFktp(d: Penyusun, rules: RuleSet, judulNilai: Teks, sisip: readonly Kolom[], tambahan: readonly Kolom[]): Kolom[] {
  return [
    { judul: d.t(P.kolom.kode), bobot: 8 },
    { judul: d.t(P.kolom.nama), bobot: 15 },
    { judul: d.t(P.kolom.jenis), bobot: 11 },
    ...sisip,
    ...rules.indikator.flatMap((i) => [
      { grup: d.t(P.kolom.indikator(i.id, i.satuan)), judul: d.t(judulNilai), bobot: 7.5, kanan: true },
      { grup: d.t(P.kolom.indikator(i.id, i.satuan)), judul: d.t(P.kolom.rating), bobot: 7, kanan: true },
    ]),
    { judul: d.t(P.kolom.totalNilai), bobot: 7, kanan: true },
    { judul: d.t(P.kolom.kbk), bobot: 7.5 },
    { judul: d.t(P.kolom.persen), bobot: 8.5, kanan: true },
    ...tambahan,
  ];
}

/** A facility's row in kolomFktp's order, from a capaian or kapitasi row (its indicator values given). */
function selFktp(d: Penyusun, rules: RuleSet, r: Capaian | Kapitasi, nilai: Capaian['indikator']['nilai'], sisip: readonly string[], tambahan: readonly string[]): string[] {
  const b = d.b;
  return [
    r.fktp.kodePpk,
    r.fktp.namaFktp,
    jenisTeks(r.fktp.jenisFktp),
    ...sisip,
    ...rules.indikator.flatMap((i) => [nilaiAtauStrip(nilai[i.id], b), ratingTeks(r.penilaian?.rating[i.id], b)]),
    nilaiAtauStrip(r.penilaian?.totalNilai, b),
    d.t(r.kbkBerlaku ? P.ya : P.tidak),
    persenTeks(r.persenKapitasi, b),
    ...tambahan,
  ];
}

function tabelCapaian(d: Penyusun, rows: readonly Capaian[], rules: RuleSet): void {
  d.tabel(
    kolomFktp(d, rules, P.kolom.nilai, [], []),
    rows.map((c) => selFktp(d, rules, c, c.indikator.nilai, [], [])),
  );
  d.paragraf(d.t(P.keteranganPenilaian), { ukuran: UKURAN.tabel, sebelum: 60 });
}

/** A payment month: the months assessed, the means, and after the percentage the payment (the Rupiah after the minimum tariff). */
function tabelKapitasi(d: Penyusun, rows: readonly Kapitasi[], rules: RuleSet): void {
  const b = d.b;
  const kolom = kolomFktp(d, rules, P.kolom.rataRata, [{ judul: d.t(P.kolom.bulanDinilai), bobot: 7.5, kanan: true }], [
    { judul: d.t(P.kolom.peserta), bobot: 7.5, kanan: true },
    { judul: `${d.t(P.kolom.tarifDibayar)} (Rp)`, bobot: 8.5, kanan: true },
    { judul: d.t(P.kolom.kapitasiDibayar), bobot: 13.5, kanan: true },
    { judul: d.t(P.kolom.potongan), bobot: 12.5, kanan: true },
  ]);
  const baris = rows.map((k) =>
    selFktp(d, rules, k, k.rata, [`${angka(k.jumlahBulanDinilai, b)}/${angka(k.jendela.length, b)}`], [
      angka(k.pesertaTerdaftar, b),
      tarifTeks(k.pembayaran.tarifDibayar, b),
      rupiah(k.pembayaran.kapitasiDibayar, b),
      rupiah(k.pembayaran.potongan, b),
    ]),
  );
  d.tabel(kolom, baris);
  d.paragraf(d.t(P.keteranganBayar), { ukuran: UKURAN.tabel, sebelum: 60 });
}

/** The recap per facility type, the last row all of them (src/core/rekap.ts). */
function tabelRekap(d: Penyusun, isi: IsiBeritaAcara): void {
  const b = d.b;
  const h = isi.hasil;
  const jenis = (j: string): string => (j === SEMUA ? d.t(P.total) : jenisTeks(j));
  if (h.kapitasi) {
    const r = rekapKapitasi(h.kapitasi.rows, h.kapitasi.rules);
    d.tabel(
      [
        { judul: d.t(P.kolom.jenis), bobot: 1.6 },
        { judul: d.t(P.kolom.fasilitas), bobot: 1, kanan: true },
        { judul: d.t(P.kolom.kbk), bobot: 1, kanan: true },
        { judul: d.t(P.kolom.sebaranPersen), bobot: 2 },
        { judul: d.t(P.kolom.kapitasiPenuh), bobot: 1.6, kanan: true },
        { judul: d.t(P.kolom.kapitasiDibayar), bobot: 1.6, kanan: true },
        { judul: d.t(P.kolom.potongan), bobot: 1.4, kanan: true },
      ],
      r.perJenis.map((j) => [jenis(j.jenis), angka(j.fasilitas, b), angka(j.kbkBerlaku, b), sebaranPersen(j.persen, b), rupiah(j.kapitasiPenuh, b), rupiah(j.kapitasiDibayar, b), rupiah(j.potongan - j.insentif, b)]),
      { tebalAkhir: true },
    );
    return;
  }
  for (const c of h.capaian) {
    const r = rekapCapaian(c.rows, c.rules);
    d.tabel(
      [
        { judul: d.t(P.kolom.jenis), bobot: 1.6 },
        { judul: d.t(P.kolom.fasilitas), bobot: 1, kanan: true },
        { judul: d.t(P.kolom.dinilai), bobot: 1, kanan: true },
        { judul: d.t(P.kolom.kbk), bobot: 1, kanan: true },
        { judul: d.t(P.kolom.sebaranPersen), bobot: 2.4 },
      ],
      r.perJenis.map((j) => [jenis(j.jenis), angka(j.fasilitas, b), angka(j.dinilai, b), angka(j.kbkBerlaku, b), sebaranPersen(j.persen, b)]),
      { tebalAkhir: true },
    );
  }
}

/**
 * Section E (--verifikasi): per month verified, the worksheet and the rule values the flag
 * rests on, then per facility and kind what was checked and found (src/core/verifikasi.ts:
 * computed by the job, not here), and the facilities flagged.
 */
function bagianVerifikasi(d: Penyusun, isi: IsiBeritaAcara, nama: ReadonlyMap<string, string>): void {
  const b = d.b;
  const persen = (r: Rational): string => `${persenBagian(r, b)} %`;
  for (const v of isi.hasil.verifikasi ?? []) {
    d.paragraf(d.t(P.verifikasiDasar(bulanTeks(v.bulan), basename(v.file), v.benih, persenBagian(parseDecimal(v.ambang.nilai), b), v.ambang.status, desimal(v.z.nilai, b))), { rata: true });
    if (v.fasilitas.length === 0) {
      d.paragraf(d.t(P.verifikasiKosong));
      continue;
    }
    d.tabel(
      [
        { judul: d.t(P.kolom.kode), bobot: 8 },
        { judul: d.t(P.kolom.nama), bobot: 15 },
        { judul: d.t(P.kolom.jenisRekaman), bobot: 8.5 },
        { judul: d.t(P.kolom.populasi), bobot: 7.5, kanan: true },
        { judul: d.t(P.kolom.diperiksa), bobot: 7.5, kanan: true },
        { judul: d.t(P.kolom.tidakSah), bobot: 7.5, kanan: true },
        { judul: d.t(P.kolom.belumDiperiksa), bobot: 7.5, kanan: true },
        { judul: d.t(P.kolom.proporsi), bobot: 8.5, kanan: true },
        { judul: d.t(P.kolom.interval), bobot: 11, kanan: true },
        { judul: d.t(P.kolom.ditandai), bobot: 7.5 },
      ],
      v.fasilitas.flatMap((f) =>
        f.jenis.map((j) => [
          f.kodePpk,
          nama.get(f.kodePpk) ?? '',
          j.jenis,
          angka(j.populasi, b),
          angka(j.diperiksa, b),
          angka(j.tidakSah, b),
          angka(j.belumDiperiksa, b),
          j.proporsi ? persen(j.proporsi) : strip,
          j.interval ? `${persenBagian(j.interval.bawah, b)}–${persen(j.interval.atas)}` : strip,
          d.t(j.ditandai ? P.ya : P.tidak),
        ]),
      ),
    );
    d.paragraf(d.t(P.verifikasiDitandai(v.fasilitas.filter((f) => f.ditandai).map((f) => f.kodePpk))), { sebelum: 60 });
  }
}

/** The rule and tariff values used that are not verified: the summary line and the annex rows. */
function belumTerverifikasi(isi: IsiBeritaAcara, b: Bahasa): { provisional: number; design: number; baris: string[][] } {
  const baris: string[][] = [];
  let provisional = 0;
  let design = 0;
  const tambah = (set: string, nilai: ReturnType<typeof tampilanNilaiAturan>): void => {
    for (const v of nilai) {
      if (v.status === 'verified') continue;
      if (v.status === 'design') design++;
      else provisional++;
      baris.push([set, dalam(v.path, b), dalam(v.nilai, b), v.status, v.sumber]);
    }
  };
  for (const rs of aturanDipakai(isi)) tambah(rs.id, tampilanNilaiAturan(rs));
  for (const ts of isi.hasil.dipakai.tarif) tambah(ts.id, tampilanNilaiTarif(ts));
  return { provisional, design, baris };
}

/** The minutes as a .docx, in `b` (Indonesian unless asked otherwise). */
export async function dokumenBeritaAcara(isi: IsiBeritaAcara, b: Bahasa = 'id'): Promise<Uint8Array> {
  const h = isi.hasil;
  const kap = h.kapitasi;
  const rulesTabel = kap ? kap.rules : (h.capaian[0]?.rules as RuleSet);
  const kolomTabel = 3 + rulesTabel.indikator.length * 2 + (kap ? 8 : 3);
  const mendatar = kolomTabel > KOLOM_TEGAK_MAKS;
  const tepi = mendatar ? TEPI.mendatar : TEPI.tegak;
  const lebar = (mendatar ? A4.tinggi : A4.lebar) - 2 * tepi;
  const d = new Penyusun(b, lebar);
  const t = d.t;
  const tanggal = tanggalTeks(isi.tanggal);
  const bulan = bulanTeks(h.bulan);
  const penilaian = kap ? (kap.rows[0]?.jendela ?? []).map(bulanTeks) : [bulan];

  d.paragraf(t(P.judul), { tebal: true, tengah: true, ukuran: UKURAN.judul, sesudah: 60 });
  d.paragraf(t(P.subjudul), { tebal: true, tengah: true, sesudah: 60 });
  d.paragraf(t(P.kantorCabang(isi.cabang)), { tebal: true, tengah: true, sesudah: 60 });
  d.paragraf(t(P.nomor), { tengah: true, sesudah: 60 });
  d.paragraf(t(kap ? P.bulanBayar(bulan, penilaian) : P.bulanPenilaian(bulan)), { tengah: true, sesudah: 240 });
  d.paragraf(t(kap ? P.pembukaBayar(hariTeks(isi.tanggal), tanggal, isi.cabang, penilaian, bulan) : P.pembuka(hariTeks(isi.tanggal), tanggal, isi.cabang, bulan)), { rata: true });

  d.judulBagian(P.bagian.dasar);
  const dasar: string[] = [
    ...aturanDipakai(isi).map((rs) => t(P.dasarAturan(rs.nama, rs.id, berlakuTeks(rs.berlaku)))),
    ...h.dipakai.tarif.map((ts) => t(P.dasarTarif(ts.nama, ts.id, berlakuTeks(ts.berlaku)))),
    t(P.dasarProses),
    t(P.dihitungOleh(isi.versi)),
  ];
  dasar.forEach((s, i) => d.paragraf(`${i + 1}. ${s}`, { rata: true, sesudah: 60 }));

  d.judulBagian(P.bagian.hasil);
  if (kap) tabelKapitasi(d, kap.rows, kap.rules);
  else for (const c of h.capaian) tabelCapaian(d, c.rows, c.rules);

  d.judulBagian(P.bagian.rekap);
  tabelRekap(d, isi);

  d.judulBagian(P.bagian.catatan);
  const rows: { fktp: { kodePpk: string; namaFktp: string }; catatan: string[] }[] = kap ? kap.rows : h.capaian.flatMap((c) => c.rows);
  const dengan = rows.filter((r) => r.catatan.length > 0);
  if (dengan.length === 0) d.paragraf(t(P.tanpaCatatan));
  for (const r of dengan) d.paragraf(`${r.fktp.kodePpk} ${r.fktp.namaFktp}: ${r.catatan.join('; ')}`, { sesudah: 60 });

  if (h.verifikasi && h.verifikasi.length > 0) {
    d.judulBagian(P.bagian.verifikasi);
    bagianVerifikasi(d, isi, new Map(rows.map((r) => [r.fktp.kodePpk, r.fktp.namaFktp])));
  }

  d.judulBagian(P.bagian.sementara);
  const belum = belumTerverifikasi(isi, b);
  const n = belum.provisional + belum.design;
  d.paragraf(n === 0 ? t(P.semuaTerverifikasi) : t(P.sementara(n, t(P.rincianStatus(belum.provisional, belum.design)))), { rata: true });

  // The closing and the date stay on the page of the signatures.
  d.paragraf(t(P.penutup), { rata: true, sebelum: 240, tetapBersama: true });
  d.paragraf(t(P.tempatTanggal(isi.cabang, tanggal)), { sebelum: 120, sesudah: 120, tetapBersama: true });
  const kosong = ['', '', ''];
  d.blok([
    [t(P.ttd.timPenilai), t(P.ttd.ketuaTim), ...kosong, P.ttd.garis, t(P.ttd.npp)],
    [t(P.ttd.mengetahui), t(P.ttd.kepalaCabang(isi.cabang)), ...kosong, P.ttd.garis, t(P.ttd.npp)],
    [t(P.ttd.menyetujui), t(P.ttd.fktp), ...kosong, P.ttd.garis, ''],
  ]);

  // The facilities sign one by one: each has its line.
  d.halamanBaru();
  d.judulLampiran(P.bagian.lampiranFktp);
  d.tabel(
    [
      { judul: t(P.kolom.no), bobot: 0.5, kanan: true },
      { judul: t(P.kolom.kode), bobot: 1.2 },
      { judul: t(P.kolom.nama), bobot: 3 },
      { judul: t(P.kolom.namaPenanggungJawab), bobot: 3 },
      { judul: t(P.kolom.tandaTangan), bobot: 2.4 },
    ],
    rows.map((r, i) => [angka(i + 1, b), r.fktp.kodePpk, r.fktp.namaFktp, '', '']),
  );
  if (n > 0) {
    d.halamanBaru();
    d.judulLampiran(P.bagian.lampiranAturan);
    d.tabel(
      [
        { judul: t(P.kolom.set), bobot: 1.2 },
        { judul: t(P.kolom.nilaiAturan), bobot: 2.6 },
        { judul: t(P.kolom.nilai), bobot: 1.6 },
        { judul: t(P.kolom.status), bobot: 1 },
        { judul: t(P.kolom.sumber), bobot: 5 },
      ],
      belum.baris,
    );
  }

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        // One size for the words and the page fields (a field takes the paragraph's, not the run's, in LibreOffice).
        children: [new TextRun({ children: [`${t(P.judulPendek(bulan))} — ${t(P.halaman)} `, PageNumber.CURRENT, ` ${t(P.dari)} `, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const doc = new Document({
    creator: 'kbk',
    title: t(P.judul),
    styles: { default: { document: { run: { font: 'Arial', size: UKURAN.teks } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.lebar, height: A4.tinggi, orientation: mendatar ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: tepi, bottom: tepi, left: tepi, right: tepi },
          },
        },
        footers: { default: footer },
        children: d.isi,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
