// One month's exports folded, file by file and row by row, into per-facility counts.
// Memory grows with the number of registered participants (typed arrays), never with the
// number of rows.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { daysOfMonth, formatMonth, monthOfDay, type MonthIndex } from '../core/month.js';
import type { TanggalFile } from '../core/kewajaran.js';
import {
  dasarKosong,
  DIAG_DM,
  DIAG_HT,
  PROGRAM_DM,
  PROGRAM_HT,
  PROLANIS_DM,
  PROLANIS_HT,
  TANPA_TANGGAL,
  HARI,
  HARI_ENTRI,
  harianKosong,
  type FaktaBulan,
  type FaktaHarian,
  type FaktaProlanis,
  type HitunganDasar,
} from '../core/types.js';
import { DataError, MissingInputError } from '../errors.js';
import { bacaCsv, type Baris } from './csv.js';
import { bacaFile, perkiraanBaris, periksaAmbang, type KonteksFile } from './file.js';
import { KONFLIK, RujukanGanda, SAMA, type IsiRujukan } from './duplikat.js';
import { kodeTacc, programDiagnosa, statusAktif, taccDisebut, TACC_NAMA } from '../core/kosakata.js';
import { nonSpesialistikMenurutDiagnosa, type MasterFktp, type RujukanDiagnosa } from './master.js';
import { IndeksPeserta, Kolom, KunciKartu } from './peserta-index.js';
import { Penolakan } from './rejects.js';
import type { Ringkasan } from './ringkasan.js';
import { RowError } from './row-error.js';
import { bool, kodeIcd, kunciKartu, tanggal, tanggalLain, ukuran, wajib } from './values.js';
import type { Teks } from '../pesan/index.js';
import { PESAN_INGEST } from '../pesan/ingest.js';
import type { BatasUkur } from '../core/wajar.js';
import { UjiUkur } from './wajar.js';

export const FILE_BULAN = ['peserta.csv', 'kontak.csv', 'rujukan.csv', 'prolanis.csv'] as const;

export interface KonteksBaca extends KonteksFile {
  dataDir: string;
  master: MasterFktp;
  diagnosa: RujukanDiagnosa | null;
  /** --summary: the months' counts from a branch workbook, read once. */
  ringkasan?: Ringkasan;
  /** kbk audit: told what the month's read decides row by row (see JejakBulan); absent on every other path. */
  jejak?: JejakBulan;
  /**
   * What a Prolanis measurement can be, and GDP's unit (issue 15): the month's rule set's
   * klinis.wajar and --gdp-satuan, set per month where the rule set is chosen (app/jobs.ts
   * bacaDenganAturan). Absent: values are read as they are, unchecked.
   */
  ukur?: BatasUkur;
}

/** How a rujukan.csv row ended (JejakBulan.rujukan). */
export const RUJUKAN_DIHITUNG = 0;
export const RUJUKAN_DUPLIKAT = 1;
export const RUJUKAN_LUAR_BULAN = 2;

/**
 * kbk audit (src/app/audit.ts): what bacaBulan decides row by row, told as it reads. On
 * every other path it is absent, and each hook costs one test of undefined: compute reads
 * no slower and keeps nothing more per participant.
 */
export interface JejakBulan {
  /** The month's card keys: shared, so that every key, interned ones too, turns back into the card as written. */
  readonly kartu: KunciKartu;
  /** A peserta.csv row whose registration is not active. */
  tidakAktif(kunci: number, f: number, baris: number): void;
  /**
   * peserta.csv read: the index and the cards active at two or more facilities. Returns
   * per-position columns for the reader to fill: the line of each participant's first
   * counted contact, and of its first prolanis.csv row dated in the month (0: none).
   */
  indeks(indeks: IndeksPeserta, konflik: ReadonlyMap<number, ReadonlySet<number>>): { barisKontak: Int32Array; barisProlanis: Int32Array };
  /** A kontak.csv row not counted: dated outside the month, or its card not registered (active) at facility f. */
  kontakLain(kunci: number, f: number, tgl: number, baris: number, luarBulan: boolean): void;
  /** A rujukan.csv row read: RUJUKAN_DIHITUNG, _DUPLIKAT or _LUAR_BULAN, with what was decided about it. */
  rujukan(b: Baris, kunci: number, f: number, tgl: number, status: number, tacc: boolean, nonSpesialistik: boolean): void;
  /** A rujukan.csv row told before (rujukan) rejected after the read: its no_rujukan has rows with other content; `alasan` names them. */
  rujukanKonflik(baris: number, alasan: string): void;
  /** A prolanis.csv row not counted (its card not registered at f), or a measurement of a registered participant dated outside the month. */
  prolanisLain(kunci: number, f: number, tgl: number, baris: number, luarBulan: boolean): void;
  /** A row of a month file rejected by a RowError (the file's own checks or the row's values). */
  ditolak(jenis: 'peserta' | 'kontak' | 'rujukan' | 'prolanis', b: Baris, e: RowError): void;
  /** The read's end: per position the flags (DIAG_DM… and KONTAK, DIUKUR), the day of the first counted contact, the Prolanis participant (-1: none). */
  selesai(flags: Uint8Array, hariPertama: Uint8Array, ringkas: Int32Array): void;
}

export function folderBulan(dataDir: string, bulan: MonthIndex): string | null {
  const dir = join(dataDir, formatMonth(bulan));
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

/** The facility of a row's kode_ppk (decided once per distinct code of the file). */
function fasilitasDikenal(ctx: KonteksBaca, b: Baris): number {
  return b.ingat('kode_ppk', () => cariFasilitas(ctx, b));
}

function cariFasilitas(ctx: KonteksBaca, b: Baris): number {
  const kode = wajib(b, 'kode_ppk');
  const f = ctx.master.indeks.get(kode);
  if (f !== undefined) return f;
  if (ctx.master.ditolak.has(kode)) throw new RowError('kode_ppk', PESAN_INGEST.fasilitasDitolak(kode), 'facility rejected');
  throw new RowError('kode_ppk', PESAN_INGEST.fasilitasTidakDikenal(kode, petunjukNol(ctx.master, kode)), 'unknown facility');
}

/** Master codes by their value without leading zeros, to say when a code lost them (Excel). */
const tanpaNol = new WeakMap<MasterFktp, Map<string, string>>();

/** The master's code that `kode` may be with its leading zeros lost (Excel); null when none. */
function petunjukNol(master: MasterFktp, kode: string): string | null {
  let m = tanpaNol.get(master);
  if (!m) {
    m = new Map(master.daftar.filter((f) => f.kodePpk.startsWith('0')).map((f) => [f.kodePpk.replace(/^0+/, ''), f.kodePpk]));
    tanpaNol.set(master, m);
  }
  return m.get(kode.replace(/^0+/, '')) || null;
}

/** "2024-07/kontak.csv": how messages and the rejects name a month file. */
const labelBulan = (bulan: MonthIndex, file: string): string => `${formatMonth(bulan)}/${file}`;
const pathBulan = (ctx: KonteksBaca, bulan: MonthIndex, file: string): string => join(ctx.dataDir, formatMonth(bulan), file);

/** Reads one month file; see bacaFile. */
async function baca(ctx: KonteksBaca, bulan: MonthIndex, file: string, jenis: 'peserta' | 'kontak' | 'rujukan' | 'prolanis', onRow: (b: Baris) => void, setelah?: (rows: number) => void): Promise<string[] | null> {
  return bacaFile(ctx, {
    path: pathBulan(ctx, bulan, file),
    label: labelBulan(bulan, file),
    jenis,
    // Peserta rows carry no date of the month; the other files' dates should fall inside it.
    bulan: jenis === 'peserta' ? undefined : { ...daysOfMonth(bulan), nama: formatMonth(bulan) },
    onRow,
    setelah,
    padaTolak: ctx.jejak === undefined ? undefined : (b, e) => ctx.jejak?.ditolak(jenis, b, e),
  });
}

/**
 * Contacts and referrals dated outside the month are set aside: listed in the rejects and
 * counted in catatan, not against the file. Whether too many of them make the file the
 * wrong export is decided on the counts (TanggalFile, src/core/kewajaran.ts luarBulan).
 */
function pemisahLuarBulan(ctx: KonteksBaca, bulan: MonthIndex, file: string, kolom: string) {
  const label = labelBulan(bulan, file);
  return {
    sisihkan(b: Baris): void {
      ctx.tolak.sisihkan({
        file: label,
        baris: b.line,
        kolom: b.kolom(kolom),
        // The rejects file's reason only (a set-aside row is never quoted on the terminal): English, locale-free.
        alasan: `${kolom} "${b.get(kolom)}" is outside ${formatMonth(bulan)}; set aside, not counted (see catatan)`,
        jenis: 'outside the month',
        isi: b.raw,
      });
    },
  };
}

/**
 * A month file's dates, counted as it is read: its dated rows, and those outside the month
 * per month they belong to (a counter per month, never an object per row).
 */
function hitungTanggal(bulan: MonthIndex, file: string) {
  const luar = new Map<MonthIndex, number>();
  const t: TanggalFile & { dalam(): void; diLuar(tgl: number): void } = {
    label: labelBulan(bulan, file),
    bulan,
    bertanggal: 0,
    luar,
    dalam(): void {
      t.bertanggal++;
    },
    diLuar(tgl: number): void {
      t.bertanggal++;
      const m = monthOfDay(tgl);
      luar.set(m, (luar.get(m) ?? 0) + 1);
    },
  };
  return t;
}

/** peserta.csv → the index of active registered participants (a card active at two facilities is rejected), and the file's catatan. */
async function bacaPeserta(
  ctx: KonteksBaca,
  bulan: MonthIndex,
  kartu: KunciKartu,
  jejak?: JejakBulan,
): Promise<{ indeks: IndeksPeserta; catatan: string[]; konflik: ReadonlyMap<number, ReadonlySet<number>> }> {
  const builder = IndeksPeserta.builder(perkiraanBaris(pathBulan(ctx, bulan, 'peserta.csv')));
  /** An active registration: card and facility, or null for an inactive row; throws for a bad row. */
  /** Whether a row registers its card (active); throws for a bad row. Its card and facility: kunciKartu, fasilitasDikenal. */
  const aktif = (b: Baris): boolean =>
    b.ingat('status', () => {
      const aktif = statusAktif(b.get('status'));
      if (aktif === null) throw new RowError('status', PESAN_INGEST.statusTidakDikenal(b.get('status')), 'unknown status');
      return aktif;
    });
  const catatan = await baca(ctx, bulan, 'peserta.csv', 'peserta', (b) => {
    const kunci = kunciKartu(b, kartu);
    const f = fasilitasDikenal(ctx, b);
    if (aktif(b)) builder.tambah(kunci, f);
    else if (jejak !== undefined) jejak.tidakAktif(kunci, f, b.line);
  });
  const indeks = builder.bangun();
  if (catatan !== null && builder.konflik.size > 0) {
    // Rare: read the file again only to quote each row of those cards in the rejects.
    const label = labelBulan(bulan, 'peserta.csv');
    const why = new Map<number, Teks>();
    for (const [key, fasilitas] of builder.konflik) why.set(key, PESAN_INGEST.kartuDuaFasilitas([...fasilitas].map((f) => ctx.master.daftar[f]?.kodePpk).sort()));
    await bacaCsv({
      path: pathBulan(ctx, bulan, 'peserta.csv'),
      label,
      jenis: 'peserta',
      // The first read already rejected this file's other bad rows; only the conflicts are new.
      tolak: new Penolakan({ strict: false, maxRejectRate: 1 }),
      dialek: ctx.dialek,
      batas: ctx.batas,
      onRow(b) {
        let w: Teks | undefined;
        try {
          const kunci = kunciKartu(b, kartu);
          fasilitasDikenal(ctx, b);
          w = aktif(b) ? why.get(kunci) : undefined;
        } catch {
          return; // rejected by the first read already
        }
        if (w) ctx.tolak.tolak({ file: label, baris: b.line, kolom: b.kolom('no_kartu'), alasan: w.en, jenis: 'card at two facilities', isi: b.raw }, w);
      },
    });
    periksaAmbang(ctx, label);
  }
  return { indeks, catatan: catatan ?? [], konflik: builder.konflik };
}

function hitungTerdaftar(ctx: KonteksBaca, indeks: IndeksPeserta): HitunganDasar[] {
  const h = ctx.master.daftar.map(() => dasarKosong());
  for (let p = 0; p < indeks.size; p++) {
    const f = indeks.fasilitas[p] as number;
    if (f >= 0) (h[f] as HitunganDasar).pesertaTerdaftar++;
  }
  return h;
}

/** Registered counts only (the payment month's peserta.csv), with the file's catatan. */
export async function bacaPesertaTerdaftar(ctx: KonteksBaca, bulan: MonthIndex): Promise<{ jumlah: number[]; catatan: string[] }> {
  const { indeks, catatan } = await bacaPeserta(ctx, bulan, new KunciKartu());
  return { jumlah: hitungTerdaftar(ctx, indeks).map((h) => h.pesertaTerdaftar), catatan };
}

/** One month read: its facts (counts per facility in master order, the Prolanis measurements) and what its files' shape changes (catatan). */
export interface Bulan {
  fakta: FaktaBulan;
  catatan: string[];
  /** kontak.csv, rujukan.csv and prolanis.csv: their dated rows and those outside the month (the caller decides what that means). */
  tanggal: TanggalFile[];
}

// Per-participant flags while reading: the four Prolanis ones of src/core/types.ts, and two more.
export const KONTAK = 16;
export const DIUKUR = 32;

function jenisDiagnosa(b: Baris): 'DM' | 'HT' {
  const dx = programDiagnosa(wajib(b, 'diagnosa'));
  if (dx === null) throw new RowError('diagnosa', PESAN_INGEST.bukanDmHt(b.get('diagnosa')), 'not DM or HT');
  return dx;
}

/** Whether a referral row carries a TACC reason (src/core/kosakata.ts: kd_tacc 1–4; without kd_tacc, a TACC name or reason). */
function adalahTacc(b: Baris): boolean {
  if (b.has('kd_tacc')) {
    const v = b.get('kd_tacc');
    const tacc = kodeTacc(v);
    if (tacc === null) throw new RowError('kd_tacc', PESAN_INGEST.bukanTacc(v), 'not a TACC code');
    return tacc;
  }
  return taccDisebut(b.get('nm_tacc')) || taccDisebut(b.get('alasan_tacc'));
}

/**
 * Reads one assessment month: peserta first (the index every other file is checked
 * against), then kontak, rujukan and prolanis, each streamed once.
 */
export async function bacaBulan(ctx: KonteksBaca, bulan: MonthIndex): Promise<Bulan> {
  if (!folderBulan(ctx.dataDir, bulan))
    throw new MissingInputError(PESAN_INGEST.bulanTidakAda(join(ctx.dataDir, formatMonth(bulan)), FILE_BULAN));
  const jejak = ctx.jejak;
  const kartu = jejak?.kartu ?? new KunciKartu();
  const peserta = await bacaPeserta(ctx, bulan, kartu, jejak);
  const indeks = peserta.indeks;
  const kolomJejak = jejak?.indeks(indeks, peserta.konflik);
  const barisKontak = kolomJejak?.barisKontak;
  const barisProlanis = kolomJejak?.barisProlanis;
  const catatan = [...peserta.catatan];
  const h = hitungTerdaftar(ctx, indeks);
  const flags = new Uint8Array(indeks.size);
  const { first, last } = daysOfMonth(bulan);
  const inMonth = (d: number): boolean => d >= first && d <= last;
  /** Facility index of a registered card at facility f, or -1 when it is not registered there. */
  const posisiTerdaftar = (kunci: number, f: number): number => {
    const p = indeks.cari(kunci);
    return p >= 0 && indeks.fasilitas[p] === f ? p : -1;
  };

  // AK: each registered participant once, frequency ignored; other facilities' participants not counted.
  const nF = ctx.master.daftar.length;
  const harian = harianKosong(nF);
  /** Day of the month (1–31) of each registered participant's first contact; 0 for none. */
  const hariPertama = new Uint8Array(indeks.size);
  const kontakLuar = pemisahLuarBulan(ctx, bulan, 'kontak.csv', 'tgl_kontak');
  const tglKontak = hitungTanggal(bulan, 'kontak.csv');
  const catatanKontak = await baca(ctx, bulan, 'kontak.csv', 'kontak', (b) => {
    const kartuIni = kunciKartu(b, kartu);
    const f = fasilitasDikenal(ctx, b);
    const tgl = tanggal(b, 'tgl_kontak');
    const hf = h[f] as HitunganDasar;
    if (!inMonth(tgl)) {
      tglKontak.diLuar(tgl);
      hf.kontakLuarBulan++;
      if (jejak !== undefined) jejak.kontakLain(kartuIni, f, tgl, b.line, true);
      return kontakLuar.sisihkan(b);
    }
    const entri = b.has('tgl_entri') && b.get('tgl_entri') !== '' ? tanggalLain(b, 'tgl_entri') : null;
    tglKontak.dalam();
    const p = posisiTerdaftar(kartuIni, f);
    if (p < 0) {
      if (jejak !== undefined) jejak.kontakLain(kartuIni, f, tgl, b.line, false);
      return void hf.kontakTidakTerdaftar++;
    }
    flags[p] = (flags[p] as number) | KONTAK;
    const hari = tgl - first + 1;
    const awal = hariPertama[p] as number;
    if (awal === 0 || hari < awal) {
      hariPertama[p] = hari;
      if (barisKontak !== undefined) barisKontak[p] = b.line;
    }
    catatHarian(harian, b, f, hari, tgl, entri === null ? null : entri - last);
  });
  catatan.push(...(catatanKontak ?? []));
  for (let p = 0; p < indeks.size; p++) {
    const f = indeks.fasilitas[p] as number;
    if (f < 0 || !((flags[p] as number) & KONTAK)) continue;
    (h[f] as HitunganDasar).pesertaKontak++;
    naik(harian.kontakPertama, f * HARI + (hariPertama[p] as number) - 1);
  }

  // RRNS: an identical duplicate no_rujukan once, one with other content rejected with all its rows
  // (src/ingest/duplikat.ts); TACC never non-specialistic; flag from the row, else diagnosa.csv.
  const tglRujukan = hitungTanggal(bulan, 'rujukan.csv');
  const ganda = new RujukanGanda(h, harian, first, kartu, (f) => ctx.master.daftar[f]?.kodePpk ?? '');
  /** A rujukan.csv row's content; throws for a bad row. */
  const isiRujukan = (b: Baris): IsiRujukan => {
    const kunci = kunciKartu(b, kartu); // the card is not counted here, but a damaged one is still a bad row
    const f = fasilitasDikenal(ctx, b);
    const tgl = tanggal(b, 'tgl_rujukan');
    const tacc = adalahTacc(b);
    const flagRow = b.get('non_spesialistik');
    let nonSpes: boolean;
    if (flagRow !== '') nonSpes = bool(b, 'non_spesialistik');
    else if (ctx.diagnosa === null)
      throw new DataError(PESAN_INGEST.tanpaNonSpesialistik(PESAN_INGEST.lokasi(labelBulan(bulan, 'rujukan.csv'), b.line, b.kolom('non_spesialistik')), b.get('kode_diagnosa')));
    else nonSpes = nonSpesialistikMenurutDiagnosa(ctx.diagnosa, kodeIcd(b, 'kode_diagnosa'));
    const kodeTacc = !tacc ? 0 : b.has('kd_tacc') ? Number(b.get('kd_tacc')) : TACC_NAMA;
    return { kunci, f, tgl, diagnosa: b.get('kode_diagnosa'), tacc: kodeTacc, nonSpes };
  };
  const rujukanLuar = pemisahLuarBulan(ctx, bulan, 'rujukan.csv', 'tgl_rujukan');
  const catatanRujukan = await baca(ctx, bulan, 'rujukan.csv', 'rujukan', (b) => {
    const noRujukan = wajib(b, 'no_rujukan');
    const isi = isiRujukan(b);
    const { kunci: kartuIni, f, tgl, nonSpes } = isi;
    const tacc = isi.tacc !== 0;
    const hf = h[f] as HitunganDasar;
    if (inMonth(tgl)) tglRujukan.dalam();
    else tglRujukan.diLuar(tgl);
    const dilihat = ganda.lihat(noRujukan, isi, b.line, inMonth(tgl));
    if (dilihat === SAMA || (dilihat === KONFLIK && inMonth(tgl))) {
      // A conflict's rows dated in the month are told as duplicates here, as rejected once the read is over.
      if (jejak !== undefined) jejak.rujukan(b, kartuIni, f, tgl, RUJUKAN_DUPLIKAT, tacc, nonSpes);
      return;
    }
    if (!inMonth(tgl)) {
      hf.rujukanLuarBulan++;
      if (jejak !== undefined) jejak.rujukan(b, kartuIni, f, tgl, RUJUKAN_LUAR_BULAN, tacc, nonSpes);
      return rujukanLuar.sisihkan(b);
    }
    if (jejak !== undefined) jejak.rujukan(b, kartuIni, f, tgl, RUJUKAN_DIHITUNG, tacc, nonSpes);
    hf.rujukanTotal++;
    naik(harian.rujukan, f * HARI + tgl - first);
    if (tacc) hf.rujukanTacc++;
    else if (nonSpes) {
      hf.rujukanNonSpesialistik++;
      naik(harian.rujukanNonSpesialistik, f * HARI + tgl - first);
    }
  });
  catatan.push(...(catatanRujukan ?? []));
  if (catatanRujukan !== null && ganda.adaKonflik) {
    // Rare: read the file again to put every row of each conflicting number in the rejects,
    // in file order, each naming a line of other content.
    const label = labelBulan(bulan, 'rujukan.csv');
    const nomor = new Set<string>();
    const fasilitas = new Set<string>();
    const barisPertama: number[] = [];
    await bacaCsv({
      path: pathBulan(ctx, bulan, 'rujukan.csv'),
      label,
      jenis: 'rujukan',
      // The first read already rejected this file's other bad rows; only the conflicts are new.
      tolak: new Penolakan({ strict: false, maxRejectRate: 1 }),
      dialek: ctx.dialek,
      batas: ctx.batas,
      onRow(b) {
        let no: string;
        let isi: IsiRujukan;
        try {
          no = wajib(b, 'no_rujukan');
          isi = isiRujukan(b);
        } catch {
          return; // rejected by the first read already
        }
        if (!inMonth(isi.tgl)) return; // set aside by its date, named by the others
        const w = ganda.alasan(no, isi);
        if (w === null) return;
        nomor.add(no);
        if (no === nomor.values().next().value) barisPertama.push(b.line);
        fasilitas.add(ctx.master.daftar[isi.f]?.kodePpk ?? '');
        (h[isi.f] as HitunganDasar).rujukanKonflik++;
        jejak?.rujukanKonflik(b.line, w.audit);
        ctx.tolak.tolak({ file: label, baris: b.line, kolom: b.kolom('no_rujukan'), alasan: w.teks.en, jenis: 'conflicting duplicate', isi: b.raw }, w.teks);
      },
    });
    const pertama = nomor.values().next().value as string;
    const jumlahBaris = h.reduce((s, x) => s + x.rujukanKonflik, 0);
    if (nomor.size > 0)
      ctx.peringatan.push(PESAN_INGEST.rujukanKonflikFile(label, nomor.size, jumlahBaris, pertama, barisPertama.slice(0, 5), [...fasilitas].sort()));
    periksaAmbang(ctx, label);
  }

  // Prolanis: diagnosis and enrolment per participant and programme, and every measurement
  // dated in the month (or undated). Which one decides and what is controlled is the rule
  // set's clinical profile, applied in src/core/klinis.ts.
  const ukur = { peserta: new Kolom(new Int32Array(1024)), program: new Kolom(new Uint8Array(1024)), tanggal: new Kolom(new Int32Array(1024)), a: new Kolom(new Float64Array(1024)), b: new Kolom(new Float64Array(1024)), baris: new Kolom(new Int32Array(1024)) };
  const uji = ctx.ukur === undefined ? undefined : new UjiUkur(ctx.ukur, labelBulan(bulan, 'prolanis.csv'));
  const tglProlanis = hitungTanggal(bulan, 'prolanis.csv');
  const catatanProlanis = await baca(ctx, bulan, 'prolanis.csv', 'prolanis', (b) => {
    const kartuIni = kunciKartu(b, kartu);
    const f = fasilitasDikenal(ctx, b);
    const dx = b.ingat('diagnosa', () => jenisDiagnosa(b));
    const enrolled = bool(b, 'prolanis');
    // Plausible values only (the rule set's ranges; GDP in mg/dL, converted when --gdp-satuan mmol).
    const gdp = uji === undefined ? ukuran(b, 'gdp') : uji.periksaGdp(b, ukuran(b, 'gdp'));
    const sis = ukuran(b, 'sistole');
    const dia = ukuran(b, 'diastole');
    uji?.periksaTensi(b, sis, dia);
    const diukur = dx === 'DM' ? gdp !== null : sis !== null && dia !== null;
    const hasTgl = b.get('tgl_periksa') !== '';
    // An undated measurement in the month's export is taken as of this month, and as older
    // than any dated one when "the latest" decides.
    const tgl = hasTgl ? tanggal(b, 'tgl_periksa') : TANPA_TANGGAL;
    if (dx === 'HT' && (sis === null) !== (dia === null))
      throw new RowError(sis === null ? 'sistole' : 'diastole', PESAN_INGEST.tensiSeparuh(sis === null ? 'sistole' : 'diastole'), 'half a blood pressure');
    if (hasTgl) {
      if (inMonth(tgl)) tglProlanis.dalam();
      else tglProlanis.diLuar(tgl);
    }
    const hf = h[f] as HitunganDasar;
    const p = posisiTerdaftar(kartuIni, f);
    if (p < 0) {
      if (jejak !== undefined) jejak.prolanisLain(kartuIni, f, tgl, b.line, false);
      return void hf.prolanisTidakTerdaftar++;
    }
    let fl = (flags[p] as number) | (dx === 'DM' ? DIAG_DM : DIAG_HT);
    if (enrolled) fl |= dx === 'DM' ? PROLANIS_DM : PROLANIS_HT;
    if (hasTgl && !inMonth(tgl)) {
      hf.pengukuranLuarBulan++;
      if (jejak !== undefined) jejak.prolanisLain(kartuIni, f, tgl, b.line, true);
    } else if (hasTgl || diukur) {
      if (!hasTgl) hf.pengukuranTanpaTanggal++;
      fl |= DIUKUR;
      if (barisProlanis !== undefined && barisProlanis[p] === 0) barisProlanis[p] = b.line;
      if (diukur) {
        ukur.peserta.push(p);
        ukur.program.push(dx === 'DM' ? PROGRAM_DM : PROGRAM_HT);
        ukur.tanggal.push(tgl);
        ukur.a.push((dx === 'DM' ? gdp : sis) as number);
        ukur.b.push(dx === 'DM' ? 0 : (dia as number));
        ukur.baris.push(b.line);
      }
    }
    flags[p] = fl;
  }, uji?.periksaBerkas);
  catatan.push(...(catatanProlanis ?? []));

  // Tally per facility, and the Prolanis participants kept for the clinical profile.
  const ringkas = new Int32Array(indeks.size).fill(-1);
  let nProlanis = 0;
  for (let p = 0; p < indeks.size; p++) {
    const f = indeks.fasilitas[p] as number;
    const fl = flags[p] as number;
    if (f < 0 || fl === 0) continue; // KONFLIK: active at two facilities, counted at neither
    const hf = h[f] as HitunganDasar;
    if (fl & DIAG_DM) hf.dmTerdaftar++;
    if (fl & DIAG_HT) hf.htTerdaftar++;
    if (fl & (PROLANIS_DM | PROLANIS_HT)) {
      hf.prolanisTerdaftar++;
      if (fl & (KONTAK | DIUKUR)) hf.prolanisBerkunjung++;
    }
    if (fl & (DIAG_DM | DIAG_HT)) ringkas[p] = nProlanis++;
  }
  const prolanis: FaktaProlanis = {
    fasilitas: new Int32Array(nProlanis),
    flags: new Uint8Array(nProlanis),
    ukur: { n: ukur.peserta.length, peserta: ukur.peserta.view().map((p) => ringkas[p] as number), program: ukur.program.view(), tanggal: ukur.tanggal.view(), a: ukur.a.view(), b: ukur.b.view(), baris: ukur.baris.view() },
  };
  for (let p = 0; p < indeks.size; p++) {
    const i = ringkas[p] as number;
    if (i < 0) continue;
    prolanis.fasilitas[i] = indeks.fasilitas[p] as number;
    prolanis.flags[i] = (flags[p] as number) & (DIAG_DM | PROLANIS_DM | DIAG_HT | PROLANIS_HT);
  }
  jejak?.selesai(flags, hariPertama, ringkas);
  const tanggalFile = [tglKontak, tglRujukan, tglProlanis].map(({ label, bertanggal, luar }) => ({ label, bulan, bertanggal, luar }));
  return { fakta: { dasar: h, prolanis, harian }, catatan, tanggal: tanggalFile };
}

const VITAL = ['sistole', 'diastole', 'berat_badan', 'tinggi_badan'] as const;

const naik = (a: Int32Array, i: number): void => {
  a[i] = (a[i] as number) + 1;
};

/** One counted contact in the daily facts: its day, a healthy visit without vitals, how late it was entered. */
function catatHarian(harian: FaktaHarian, b: Baris, f: number, hari: number, tgl: number, terlambat: number | null): void {
  naik(harian.kontak, f * HARI + hari - 1);
  if (harian.kontakTerakhir === null || tgl > harian.kontakTerakhir) harian.kontakTerakhir = tgl;
  if (b.has('jenis_kontak')) {
    harian.ada.jenis = true;
    if (b.ingat('jenis_kontak', () => /sehat/i.test(b.get('jenis_kontak')))) {
      naik(harian.sehat, f);
      const adaKolom = VITAL.some((k) => b.has(k));
      harian.ada.vital ||= adaKolom;
      if (adaKolom && VITAL.every((k) => b.get(k) === '')) naik(harian.sehatTanpaVital, f);
    }
  }
  if (terlambat !== null) {
    harian.ada.entri = true;
    naik(harian.entri, f * HARI_ENTRI + Math.min(Math.max(terlambat, 0), HARI_ENTRI - 1));
  }
}
