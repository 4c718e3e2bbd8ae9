// The shape of a rule set and of a tariff set, and the validator that every shipped file
// and every --rules FILE passes through. Every number carries its provenance.
import { KUNCI_ATURAN, KUNCI_TARIF, kunciTidakDikenal } from './kunci.js';
import { HARAP, PESAN_ATURAN } from '../pesan/aturan.js';
import type { Teks } from '../pesan/index.js';

export const STATUSES = ['verified', 'provisional', 'design'] as const;
/** verified = stated in a public source [S]; provisional = best public evidence [P]; design = a kbk policy where the regulation is silent [D]. */
export type Status = (typeof STATUSES)[number];

export interface BatasEntri {
  tanggal: number;
  hariLiburDigeser: boolean;
  akibat: 'tidak_dihitung' | 'sinyal';
}

/** Which assessment months pay a payment month (applied by assessmentWindow in src/core/month.ts). */
export const WINDOW_KINDS = ['block', 'rolling', 'bulanan'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export const JENIS_FKTP = [
  'puskesmas',
  'klinik_pratama',
  'rs_d_pratama',
  'praktik_dokter',
  'praktik_dokter_gigi',
] as const;
export type JenisFktp = (typeof JENIS_FKTP)[number];

/** "2019-11..…": an effective period, open ends as "…". */
export function berlakuTeks(b: { dari: string | null; sampai: string | null }): string {
  return `${b.dari ?? '…'}..${b.sampai ?? '…'}`;
}

export interface Sourced<T> {
  nilai: T;
  status: Status;
  sumber: string;
}

/** A limit of a band: a decimal string compared exactly. */
export interface Batas {
  nilai: string;
  inklusif: boolean;
}

export interface Band {
  /** Lower limit; absent = unbounded. */
  bawah?: Batas;
  /** Upper limit; absent = unbounded. */
  atas?: Batas;
  status: Status;
  sumber: string;
}

export interface RatingBand extends Band {
  rating: number;
}

export interface PersenBand extends Band {
  /** Percentage of the base tariff paid, as a decimal string ("92.5"). */
  persen: string;
}

export interface Indikator {
  /** Short id: report columns rating_<id> and nilai_<id>, the terminal's heading (AK, RRNS…). */
  id: string;
  nama: string;
  /** ‰ or %: must be what the formula gives. */
  satuan: string;
  /** The formula in src/core/rumus/ (angka_kontak, rrns, rppt, rppb…). */
  rumus: string;
  /** Report column of the value; the formula's own name when absent. */
  kolom?: string;
  bobot: Sourced<string>;
  band: RatingBand[];
  /** Rating given when the indicator cannot be assessed (no DM/HT participants at all…). */
  ratingTidakDinilai: Sourced<number>;
}

export const PERLAKUAN = ['disesuaikan', 'dilaporkan', 'tidak_dinilai'] as const;
/**
 * disesuaikan: rated and the payment adjusted (when eligible); dilaporkan: rated and
 * reported, never adjusted; tidak_dinilai: values reported, no ratings, never adjusted.
 */
export type Perlakuan = (typeof PERLAKUAN)[number];

/** A blood-pressure limit; `jikaDm` limits it to participants also diagnosed DM (true) or not (false). */
export interface AturanHt {
  jikaDm?: boolean;
  sistoleKurangDari: Sourced<string>;
  diastoleKurangDari: Sourced<string>;
}

/** What "terkendali" means: which measurement decides, and the clinical limits. */
export interface ProfilKlinis {
  nama: string;
  /** terakhir: the latest measurement in the month decides; salah_satu: any controlled one is enough. */
  pengukuran: Sourced<'terakhir' | 'salah_satu'>;
  /** Several measurements on the latest date: all must be controlled (semua), or one (salah_satu). */
  tanggalSama: Sourced<'semua' | 'salah_satu'>;
  dm: { gdpMin: Sourced<string>; gdpMax: Sourced<string> };
  /** The first limit that applies to the participant decides; the last applies to everyone. */
  ht: AturanHt[];
}

/** A plausible range of a measurement: decimals, both limits inclusive. */
export interface RentangWajar {
  min: string;
  max: string;
  status: Status;
  sumber: string;
}

/**
 * What a Prolanis measurement can physically be (issue 15): a value outside its range, or a
 * sistole not above its diastole, rejects the row; a file whose GDP mostly reads as the
 * other unit, or whose blood pressures mostly read swapped, stops the run.
 */
export interface WajarKlinis {
  /** Fasting glucose, mg/dL. */
  gdp: RentangWajar;
  /** mmHg. */
  sistole: RentangWajar;
  diastole: RentangWajar;
  sistoleLebihDariDiastole: Sourced<boolean>;
  /** mg/dL per mmol/L of glucose (--gdp-satuan mmol). */
  faktorGdpMmol: Sourced<string>;
  /** A file stops when more than `bagian` of at least `minBaris` GDP values read as the other unit. */
  gdpMmol: { bagian: Sourced<string>; minBaris: Sourced<number> };
  /** A file stops when more than `bagian` of at least `minBaris` blood pressures have sistole ≤ diastole. */
  tensiTertukar: { bagian: Sourced<string>; minBaris: Sourced<number> };
}

/**
 * A rule set (kbk-rules/2). Every key is also listed in KUNCI_ATURAN (src/rules/kunci.ts):
 * a key the table does not list is refused in a file.
 */
export interface RuleSet {
  schema: 'kbk-rules/2';
  id: string;
  nama: string;
  berlaku: { dari: string | null; sampai: string | null; status: Status; sumber: string };
  indikator: Indikator[];
  /** When the weights do not sum to 1: their sum, and why (perber-2017 counts indicators in zona aman). */
  jumlahBobot?: Sourced<string>;
  /**
   * Payment percentage by total nilai. A band may exceed 100 %: BPJS announced in July 2025
   * "insentif tambahan hingga 110 persen dari tarif standar" for the best facilities
   * (petik.co, 28 Jul 2025; biz.kompas.com, 25 Jul 2025); no tier table was published.
   */
  pembayaran: { jenis: JenisFktp[]; band: PersenBand[] }[];
  perlakuanJenis: Record<JenisFktp, Sourced<Perlakuan>>;
  kelayakan: {
    minBulanKerjaSama: Sourced<number>;
    minPeserta: Sourced<number>;
    wajibJaringanData: Sourced<boolean>;
    /** A facility paid "kapitasi khusus" (fktp.csv kapitasi_khusus) is not KBK-adjusted. */
    kecualiKapitasiKhusus: Sourced<boolean>;
  };
  kebijakan: {
    /** RRNS when a facility made no referral: "nol" = 0 % (flagged), "tidak_dinilai" = not assessed. */
    rujukanNol: Sourced<'nol' | 'tidak_dinilai'>;
    /** TACC referrals are never non-specialistic; true keeps them in the denominator, false leaves them out. */
    taccDalamPenyebut: Sourced<boolean>;
    /** Where the list of non-specialistic diagnoses comes from (provenance only: the list is diagnosa.csv). */
    daftarNonSpesialistik?: Sourced<string>;
    /** What the three-month average averages. */
    rataRata: Sourced<'indikator' | 'nilai'>;
    /** Which months pay month P: block (the quarter before), rolling (P-3..P-1) or bulanan (P-jedaBulanan alone). */
    jendela: Sourced<WindowKind>;
    /** bulanan: how many months before the payment month the one assessed month lies (1 = P-1). */
    jedaBulanan: Sourced<number>;
    /**
     * The entry deadline for a month's services: day `tanggal` of the next month, moved to the
     * next working day when it is a Saturday, Sunday or national holiday (hariLiburDigeser);
     * a contact entered (tgl_entri) after it is not counted (tidak_dihitung) or only signalled.
     */
    batasEntri: Sourced<BatasEntri>;
  };
  /** A derived rule set (src/rules/turunan.ts): its base and the paths its agreement changed. */
  turunan?: { dasar: string; diubah: string[] };
  /**
   * Clinical profiles by name; `bawaan` is used unless --profil-klinis names another.
   * `wajar`: what a measurement can be at all, whatever the profile (optional in a file:
   * parseRuleSet fills it from kbk-2019).
   */
  klinis: { bawaan: string; profil: Record<string, ProfilKlinis>; wajar: WajarKlinis };
  /** Sanity across months: what stops `pay` as a probably damaged export unless accepted. */
  kewajaran: {
    /** Registered participants below this share of the previous available month (or none) stop pay. */
    batasPenurunanPeserta: Sourced<string>;
    /** The month is incomplete when the export's latest contact is this many days or more before its last day. */
    bulanTidakLengkapHari: Sourced<number>;
    /** A month file (kontak, rujukan, prolanis measurements) with more than this share of its dated rows outside the month stops the run as another month's export. */
    batasLuarBulan: Sourced<string>;
    /** Above this share (and up to batasLuarBulan) of dated rows outside the month, a warning that --quiet keeps names the file. */
    peringatanLuarBulan: Sourced<string>;
    /** The stop needs at least this many rows outside the month (one misdated row is a typo, however small the file). */
    minLuarBulan: Sourced<number>;
    /** Thresholds of the anomaly signals (src/core/sinyal.ts): signals, not verdicts. */
    sinyal: AmbangSinyal;
  };
  /**
   * The assessment team's verification sample (kbk sampel) and what its findings flag
   * (--verifikasi): optional in a file (parseRuleSet fills it from kbk-2019).
   */
  verifikasi: AturanVerifikasi;
}

/**
 * Per facility and kind, a simple random sample without replacement of the N counted
 * records: n0 = z²·p(1−p)/e², n = ⌈n0 / (1 + (n0 − 1)/N)⌉ capped by N (src/core/sampel.ts).
 */
export interface AturanVerifikasi {
  /** The normal quantile of the confidence level (1.96: 95 %). */
  z: Sourced<string>;
  /** The invalid share p assumed when sizing (0.5: the largest p(1−p)). */
  proporsiDuga: Sourced<string>;
  /** The margin e of the estimate (0.10: ±10 points). */
  batasGalat: Sourced<string>;
  /** A facility with an anomaly signal in the month is sampled at this factor × n (capped by N). */
  faktorSinyal: Sourced<string>;
  /** A facility whose 95 % interval of its verified invalid share lies entirely above this share is flagged. */
  ambangTidakSah: Sourced<string>;
}

export interface AmbangSinyal {
  minKontak: Sourced<number>;
  hariTersibuk: Sourced<string>;
  akhirBulan: Sourced<string>;
  hariMinggu: Sourced<string>;
  lonjakanAk: Sourced<string>;
  tepatTargetRentang: Sourced<string>;
  tepatTargetBulan: Sourced<number>;
  sehatTanpaVital: Sourced<string>;
  minSehat: Sourced<number>;
  entriBatasHari: Sourced<number>;
  entriTerlambat: Sourced<string>;
  /** A facility's contacts, referrals or Prolanis participants below this factor of its own average of the earlier months. */
  penurunan: Sourced<string>;
  /** The earlier months' average at least this much for the fall to be judged (small facilities do not fire). */
  minPenurunan: Sourced<number>;
  /** At least this many earlier months (of up to three) for the fall to be judged. */
  minBulanPenurunan: Sourced<number>;
}

export interface TariffSet {
  schema: 'kbk-tarif/1';
  id: string;
  nama: string;
  berlaku: { dari: string | null; sampai: string | null; status: Status; sumber: string };
  /** Rupiah per participant per month; min null = unknown (no floor). */
  rentang: Record<JenisFktp, { min: number | null; max: number | null; status: Status; sumber: string }>;
  /**
   * The review the regulation requires (Permenkes 3/2023: «minimal setiap 2 (dua) tahun
   * sekali»): every `setiapBulan` months from `berlaku.dari`; `dicariSampai` the month up to
   * which no review was found. A payment month past it is told the set may be outdated.
   */
  tinjauan?: { setiapBulan: Sourced<number>; dicariSampai: string };
  /** The highest base tariff the SDM criteria give a type (Pasal 6): a base tariff above it is warned about. */
  maksSdm?: Partial<Record<JenisFktp, Sourced<number>>>;
}

// ---------------------------------------------------------------------------------------
// Validation: returns every problem with its JSON path, so an analyst can fix a rules file
// in one pass. Each problem in both languages (src/pesan/aturan.ts); validateRuleSet
// (src/core/periksa-aturan.ts) and validateTariffSet give their English text.

type Problems = Teks[];

/**
 * What a value can mean, beyond its shape (issue 15): a value outside is a typo (1000 for
 * 100, 10^30 months), refused with its path and the bound. Each a kbk design bound.
 */
export const BATAS_SKEMA = {
  /** A payment band's percentage: bands above 100 % are allowed (BPJS's announced incentive "hingga 110 persen"), none above 150 %. */
  persenMaks: 150,
  /** Ratings: kbk-2019 rates 1–4; perber-2017 rates 1 (zona aman) or 0. */
  rating: [0, 4],
  /** Months of cooperation an eligible facility needs: 50 years at most. */
  bulanKerjaSama: [0, 600],
  /** Registered participants an eligible facility needs: the largest FKTP lists tens of thousands. */
  peserta: [0, 1_000_000],
  /** Days before a month's end that mark it incomplete: within a month, and not 0 (every month incomplete). */
  hariBulan: [1, 31],
  /** Clinical limits: the range a fasting glucose (mg/dL) or a blood pressure (mmHg) can be measured in. */
  gdp: [0, 600],
  tekanan: [0, 300],
  /**
   * The verification sample's values: each above `lo` (or from it, `dariLo`) and at most
   * `hi`. A z of 0, a p of 0 or a margin of 0 sizes no sample (or an infinite one); p and
   * 1 − p size the same sample, so p is written as the one at most 0.5; a factor below 1
   * would under-sample the facilities a signal points at.
   */
  verifikasi: {
    z: { lo: 0, dariLo: false, hi: 10 },
    proporsiDuga: { lo: 0, dariLo: false, hi: 0.5 },
    batasGalat: { lo: 0, dariLo: false, hi: 1 },
    faktorSinyal: { lo: 1, dariLo: true, hi: 10 },
    ambangTidakSah: { lo: 0, dariLo: false, hi: 1 },
  },
} as const;

const B = BATAS_SKEMA;
const SB = HARAP.satuanBatas;

/** The thresholds of the anomaly signals: whole counts or decimal strings, each within what it can mean. */
const BATAS_SINYAL: Record<keyof AmbangSinyal, { bulat: boolean; lo: number; hi: number; satuan: Teks }> = {
  minKontak: { bulat: true, lo: 0, hi: 1_000_000, satuan: SB.kontak },
  hariTersibuk: { bulat: false, lo: 0, hi: 1, satuan: SB.proporsi },
  akhirBulan: { bulat: false, lo: 0, hi: 1, satuan: SB.proporsi },
  hariMinggu: { bulat: false, lo: 0, hi: 1, satuan: SB.proporsi },
  lonjakanAk: { bulat: false, lo: 1, hi: 10, satuan: SB.faktor },
  tepatTargetRentang: { bulat: false, lo: 0, hi: 1000, satuan: SB.permil },
  tepatTargetBulan: { bulat: true, lo: 1, hi: 12, satuan: SB.bulan },
  sehatTanpaVital: { bulat: false, lo: 0, hi: 1, satuan: SB.proporsi },
  minSehat: { bulat: true, lo: 0, hi: 1_000_000, satuan: SB.kunjungan },
  entriBatasHari: { bulat: true, lo: 0, hi: 31, satuan: SB.hari },
  entriTerlambat: { bulat: false, lo: 0, hi: 1, satuan: SB.proporsi },
  penurunan: { bulat: false, lo: 0, hi: 1, satuan: SB.faktor },
  minPenurunan: { bulat: true, lo: 0, hi: 1_000_000, satuan: SB.kontak },
  minBulanPenurunan: { bulat: true, lo: 1, hi: 12, satuan: SB.bulan },
};

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DECIMAL_RE = /^-?\d+(\.\d+)?$/;
const P = PESAN_ATURAN;
const json = (v: unknown): string => JSON.stringify(v);

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkProvenance(v: Record<string, unknown>, path: string, p: Problems): void {
  if (!STATUSES.includes(v.status as Status))
    p.push(P.diharapkan(`${path}.status`, HARAP.salahSatu(STATUSES), json(v.status)));
  if (typeof v.sumber !== 'string' || v.sumber.trim() === '')
    p.push(P.diharapkan(`${path}.sumber`, HARAP.sumber));
}

function checkSourced(
  v: unknown,
  path: string,
  p: Problems,
  valueOk: (x: unknown) => boolean,
  expected: Teks,
): void {
  if (!isObj(v)) {
    p.push(P.diharapkan(path, HARAP.bentuk('{nilai, status, sumber}')));
    return;
  }
  if (!valueOk(v.nilai)) p.push(P.diharapkan(`${path}.nilai`, expected, json(v.nilai)));
  checkProvenance(v, path, p);
}

const isDecimal = (x: unknown): boolean => typeof x === 'string' && DECIMAL_RE.test(x);
const isWhole = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const antara = (x: unknown, lo: number, hi: number): boolean => Number(x) >= lo && Number(x) <= hi;

/** A {nilai, status, sumber} whose nilai has the right shape (`ok`) but lies outside [lo, hi]: said with the bound. */
function checkBatas(v: unknown, path: string, p: Problems, ok: (x: unknown) => boolean, lo: number, hi: number, harap: Teks): void {
  if (isObj(v) && ok(v.nilai) && !antara(v.nilai, lo, hi)) p.push(P.diharapkan(`${path}.nilai`, harap, json(v.nilai)));
}

function checkBerlaku(v: unknown, path: string, p: Problems): void {
  if (!isObj(v)) {
    p.push(P.diharapkan(path, HARAP.bentuk('{dari, sampai, status, sumber}')));
    return;
  }
  for (const k of ['dari', 'sampai'] as const) {
    const m = v[k];
    if (m !== null && !(typeof m === 'string' && MONTH_RE.test(m)))
      p.push(P.diharapkan(`${path}.${k}`, HARAP.bulanAtauNull, json(m)));
  }
  if (typeof v.dari === 'string' && typeof v.sampai === 'string' && v.dari > v.sampai)
    p.push(P.dariSesudahSampai(path, v.dari, v.sampai));
  checkProvenance(v, path, p);
}

function checkBand(v: unknown, path: string, p: Problems): void {
  if (!isObj(v)) {
    p.push(P.diharapkan(path, HARAP.objekBand));
    return;
  }
  for (const k of ['bawah', 'atas'] as const) {
    const b = v[k];
    if (b === undefined) continue;
    if (!isObj(b) || !isDecimal(b.nilai) || typeof b.inklusif !== 'boolean')
      p.push(P.diharapkan(`${path}.${k}`, HARAP.bentuk('{nilai: "decimal", inklusif: true|false}')));
  }
  checkProvenance(v, path, p);
}

/** schema, id, nama and berlaku: the head every rule and tariff file shares. */
function checkHead(v: Record<string, unknown>, schema: string, p: Problems): void {
  if (v.schema !== schema) p.push(P.diharapkan('schema', HARAP.bentuk(`"${schema}"`), json(v.schema)));
  if (typeof v.id !== 'string' || v.id === '') p.push(P.diharapkan('id', HARAP.stringTidakKosong));
  if (typeof v.nama !== 'string') p.push(P.diharapkan('nama', HARAP.string));
  checkBerlaku(v.berlaku, 'berlaku', p);
}

const ID_RE = /^[a-z][a-z0-9_]*$/;

/**
 * The shape of a rules file (kbk-rules/2): every problem, each with its JSON path. What
 * makes a well-shaped file impossible to compute with needs the formula registry and exact
 * arithmetic, so it is checked above rules: periksaAturan in src/core/periksa-aturan.ts
 * runs this first, then that.
 */
export function periksaBentukAturan(v: unknown): Problems {
  const p: Problems = [];
  if (!isObj(v)) return [P.diharapkan('(root)', HARAP.objekJson)];
  checkHead(v, 'kbk-rules/2', p);

  if (!Array.isArray(v.indikator) || v.indikator.length === 0) p.push(P.diharapkan('indikator', HARAP.arrayTidakKosong));
  else
    v.indikator.forEach((ind, i) => {
      const path = `indikator[${i}]`;
      if (!isObj(ind)) return p.push(P.diharapkan(path, HARAP.objek));
      if (typeof ind.id !== 'string' || !ID_RE.test(ind.id)) p.push(P.diharapkan(`${path}.id`, HARAP.idPendek, json(ind.id)));
      if (typeof ind.nama !== 'string') p.push(P.diharapkan(`${path}.nama`, HARAP.string));
      if (typeof ind.satuan !== 'string') p.push(P.diharapkan(`${path}.satuan`, HARAP.satuan));
      if (typeof ind.rumus !== 'string') p.push(P.diharapkan(`${path}.rumus`, HARAP.namaRumus));
      if (ind.kolom !== undefined && (typeof ind.kolom !== 'string' || !ID_RE.test(ind.kolom)))
        p.push(P.diharapkan(`${path}.kolom`, HARAP.namaKolom, json(ind.kolom)));
      checkSourced(ind.bobot, `${path}.bobot`, p, isDecimal, HARAP.desimal);
      checkSourced(ind.ratingTidakDinilai, `${path}.ratingTidakDinilai`, p, isWhole, HARAP.bulat);
      checkBatas(ind.ratingTidakDinilai, `${path}.ratingTidakDinilai`, p, isWhole, B.rating[0], B.rating[1], HARAP.rating(B.rating[0], B.rating[1]));
      if (!Array.isArray(ind.band) || ind.band.length === 0) p.push(P.diharapkan(`${path}.band`, HARAP.arrayTidakKosong));
      else
        ind.band.forEach((b, j) => {
          checkBand(b, `${path}.band[${j}]`, p);
          if (isObj(b) && !isWhole(b.rating)) p.push(P.diharapkan(`${path}.band[${j}].rating`, HARAP.bulat, json(b.rating)));
          else if (isObj(b) && !antara(b.rating, B.rating[0], B.rating[1])) p.push(P.diharapkan(`${path}.band[${j}].rating`, HARAP.rating(B.rating[0], B.rating[1]), json(b.rating)));
        });
    });
  if (v.jumlahBobot !== undefined) checkSourced(v.jumlahBobot, 'jumlahBobot', p, isDecimal, HARAP.desimal);

  if (!Array.isArray(v.pembayaran) || v.pembayaran.length === 0) p.push(P.diharapkan('pembayaran', HARAP.arrayTidakKosong));
  else
    v.pembayaran.forEach((t, i) => {
      const path = `pembayaran[${i}]`;
      if (!isObj(t)) return p.push(P.diharapkan(path, HARAP.objek));
      if (!Array.isArray(t.jenis) || t.jenis.length === 0 || t.jenis.some((j) => !JENIS_FKTP.includes(j as JenisFktp)))
        p.push(P.diharapkan(`${path}.jenis`, HARAP.jenisFktp(JENIS_FKTP), json(t.jenis)));
      if (!Array.isArray(t.band) || t.band.length === 0) p.push(P.diharapkan(`${path}.band`, HARAP.arrayTidakKosong));
      else
        t.band.forEach((b, j) => {
          checkBand(b, `${path}.band[${j}]`, p);
          if (isObj(b) && !(isDecimal(b.persen) && !String(b.persen).startsWith('-'))) p.push(P.diharapkan(`${path}.band[${j}].persen`, HARAP.desimalTidakNegatif, json(b.persen)));
          else if (isObj(b) && Number(b.persen) > B.persenMaks) p.push(P.diharapkan(`${path}.band[${j}].persen`, HARAP.persenBand(B.persenMaks), json(b.persen)));
        });
    });

  if (!isObj(v.perlakuanJenis)) p.push(P.diharapkan('perlakuanJenis', HARAP.objekPerJenis));
  else
    for (const j of JENIS_FKTP)
      checkSourced(v.perlakuanJenis[j], `perlakuanJenis.${j}`, p, (x) => PERLAKUAN.includes(x as Perlakuan), HARAP.bentuk(PERLAKUAN.join(' | ')));

  if (!isObj(v.kelayakan)) p.push(P.diharapkan('kelayakan', HARAP.objek));
  else {
    checkSourced(v.kelayakan.minBulanKerjaSama, 'kelayakan.minBulanKerjaSama', p, isWhole, HARAP.bulat);
    checkBatas(v.kelayakan.minBulanKerjaSama, 'kelayakan.minBulanKerjaSama', p, isWhole, ...B.bulanKerjaSama, HARAP.bulatAntara(...B.bulanKerjaSama, SB.bulan));
    checkSourced(v.kelayakan.minPeserta, 'kelayakan.minPeserta', p, isWhole, HARAP.bulat);
    checkBatas(v.kelayakan.minPeserta, 'kelayakan.minPeserta', p, isWhole, ...B.peserta, HARAP.bulatAntara(...B.peserta, SB.peserta));
    checkSourced(v.kelayakan.wajibJaringanData, 'kelayakan.wajibJaringanData', p, (x) => typeof x === 'boolean', HARAP.benarSalah);
    // Optional in a file (parseRuleSet fills it from the shipped default); checked when given.
    if (v.kelayakan.kecualiKapitasiKhusus !== undefined)
      checkSourced(v.kelayakan.kecualiKapitasiKhusus, 'kelayakan.kecualiKapitasiKhusus', p, (x) => typeof x === 'boolean', HARAP.benarSalah);
  }

  if (!isObj(v.kebijakan)) p.push(P.diharapkan('kebijakan', HARAP.objek));
  else {
    const k = v.kebijakan;
    checkSourced(k.rujukanNol, 'kebijakan.rujukanNol', p, (x) => x === 'nol' || x === 'tidak_dinilai', HARAP.pilihan('"nol"', '"tidak_dinilai"'));
    checkSourced(k.taccDalamPenyebut, 'kebijakan.taccDalamPenyebut', p, (x) => typeof x === 'boolean', HARAP.benarSalah);
    if (k.daftarNonSpesialistik !== undefined) checkSourced(k.daftarNonSpesialistik, 'kebijakan.daftarNonSpesialistik', p, (x) => typeof x === 'string', HARAP.string);
    checkSourced(k.rataRata, 'kebijakan.rataRata', p, (x) => x === 'indikator' || x === 'nilai', HARAP.pilihan('"indikator"', '"nilai"'));
    checkSourced(k.jendela, 'kebijakan.jendela', p, (x) => WINDOW_KINDS.includes(x as WindowKind), HARAP.bentuk(WINDOW_KINDS.map((w) => `"${w}"`).join(' | ')));
    // Optional in a file (parseRuleSet fills it from the shipped default); checked when given.
    if (k.batasEntri !== undefined)
      checkSourced(k.batasEntri, 'kebijakan.batasEntri', p, (x) => {
        const b = x as Partial<BatasEntri> | null;
        return isObj(b) && Object.keys(b).every((k) => ['tanggal', 'hariLiburDigeser', 'akibat'].includes(k)) && isWhole(b.tanggal) && (b.tanggal as number) >= 1 && (b.tanggal as number) <= 28 && typeof b.hariLiburDigeser === 'boolean' && (b.akibat === 'tidak_dihitung' || b.akibat === 'sinyal');
      }, HARAP.bentuk('{"tanggal": 1..28, "hariLiburDigeser": true|false, "akibat": "tidak_dihitung"|"sinyal"}'));
    if (k.jedaBulanan !== undefined) checkSourced(k.jedaBulanan, 'kebijakan.jedaBulanan', p, (x) => isWhole(x) && (x as number) >= 1 && (x as number) <= 12, HARAP.bentuk('1..12'));
  }

  if (!isObj(v.klinis)) p.push(P.diharapkan('klinis', HARAP.bentuk('{bawaan, profil}')));
  else {
    if (!isObj(v.klinis.profil) || Object.keys(v.klinis.profil).length === 0) p.push(P.diharapkan('klinis.profil', HARAP.profilKlinis));
    else {
      if (typeof v.klinis.bawaan !== 'string' || !(v.klinis.bawaan in v.klinis.profil))
        p.push(P.diharapkan('klinis.bawaan', HARAP.namaProfil(Object.keys(v.klinis.profil)), json(v.klinis.bawaan)));
      for (const [nama, prof] of Object.entries(v.klinis.profil)) checkProfil(prof, `klinis.profil.${nama}`, p);
    }
    // Optional in a file (parseRuleSet fills it from the shipped default); whole when given.
    if (v.klinis.wajar !== undefined) checkWajar(v.klinis.wajar, 'klinis.wajar', p);
  }

  // Optional in a file (parseRuleSet fills it from the shipped default); checked when given.
  if (v.kewajaran !== undefined) {
    if (!isObj(v.kewajaran)) p.push(P.diharapkan('kewajaran', HARAP.objek));
    else {
      const k = v.kewajaran;
      if (k.batasPenurunanPeserta !== undefined)
        checkSourced(k.batasPenurunanPeserta, 'kewajaran.batasPenurunanPeserta', p, (x) => isDecimal(x) && Number(x) >= 0 && Number(x) <= 1, HARAP.desimal0Sampai1);
      if (k.bulanTidakLengkapHari !== undefined) {
        checkSourced(k.bulanTidakLengkapHari, 'kewajaran.bulanTidakLengkapHari', p, isWhole, HARAP.bulatHari);
        checkBatas(k.bulanTidakLengkapHari, 'kewajaran.bulanTidakLengkapHari', p, isWhole, ...B.hariBulan, HARAP.bulatAntara(...B.hariBulan, SB.hari));
      }
      for (const nama of ['batasLuarBulan', 'peringatanLuarBulan'] as const)
        if (k[nama] !== undefined) checkSourced(k[nama], `kewajaran.${nama}`, p, (x) => isDecimal(x) && Number(x) >= 0 && Number(x) <= 1, HARAP.desimal0Sampai1);
      if (k.minLuarBulan !== undefined) checkSourced(k.minLuarBulan, 'kewajaran.minLuarBulan', p, isWhole, HARAP.bulat);
      if (k.sinyal !== undefined) {
        if (!isObj(k.sinyal)) p.push(P.diharapkan('kewajaran.sinyal', HARAP.objek));
        else
          for (const [nama, v2] of Object.entries(k.sinyal)) {
            const b = BATAS_SINYAL[nama as keyof AmbangSinyal] as (typeof BATAS_SINYAL)[keyof AmbangSinyal] | undefined;
            if (b === undefined) continue; // an unknown key: kunciTidakDikenal says so
            const harap = b.bulat ? HARAP.bulatAntara(b.lo, b.hi, b.satuan) : HARAP.desimalAntara(String(b.lo), String(b.hi), b.satuan);
            const ok = (x: unknown): boolean => (b.bulat ? isWhole(x) : isDecimal(x)) && antara(x, b.lo, b.hi);
            checkSourced(v2, `kewajaran.sinyal.${nama}`, p, ok, harap);
          }
      }
    }
  }
  // Optional in a file (parseRuleSet fills it from the shipped default); checked when given.
  if (v.verifikasi !== undefined) checkVerifikasi(v.verifikasi, p);
  p.push(...kunciTidakDikenal(v, KUNCI_ATURAN));
  return p;
}

/** The verification sample's values (AturanVerifikasi): every key, each a decimal string within what it can mean. */
function checkVerifikasi(v: unknown, p: Problems): void {
  if (!isObj(v)) return void p.push(P.diharapkan('verifikasi', HARAP.objek));
  for (const [k, b] of Object.entries(B.verifikasi)) {
    const ok = (x: unknown): boolean => isDecimal(x) && (b.dariLo ? Number(x) >= b.lo : Number(x) > b.lo) && Number(x) <= b.hi;
    checkSourced(v[k], `verifikasi.${k}`, p, ok, b.dariLo ? HARAP.desimalAntara(String(b.lo), String(b.hi), SB.faktor) : HARAP.desimalDiAtas(String(b.lo), String(b.hi)));
  }
}

function checkProfil(v: unknown, path: string, p: Problems): void {
  if (!isObj(v)) return void p.push(P.diharapkan(path, HARAP.bentuk('{nama, pengukuran, tanggalSama, dm, ht}')));
  if (typeof v.nama !== 'string') p.push(P.diharapkan(`${path}.nama`, HARAP.string));
  checkSourced(v.pengukuran, `${path}.pengukuran`, p, (x) => x === 'terakhir' || x === 'salah_satu', HARAP.pilihan('"terakhir"', '"salah_satu"'));
  checkSourced(v.tanggalSama, `${path}.tanggalSama`, p, (x) => x === 'semua' || x === 'salah_satu', HARAP.pilihan('"semua"', '"salah_satu"'));
  if (!isObj(v.dm)) p.push(P.diharapkan(`${path}.dm`, HARAP.bentuk('{gdpMin, gdpMax}')));
  else
    for (const k of ['gdpMin', 'gdpMax'] as const) {
      checkSourced(v.dm[k], `${path}.dm.${k}`, p, isUkur, HARAP.desimalUkur);
      checkBatas(v.dm[k], `${path}.dm.${k}`, p, isUkur, ...B.gdp, HARAP.desimalAntara(String(B.gdp[0]), String(B.gdp[1]), SB.gdp));
    }
  if (!Array.isArray(v.ht) || v.ht.length === 0) p.push(P.diharapkan(`${path}.ht`, HARAP.batasTekanan));
  else
    v.ht.forEach((h, i) => {
      const hp = `${path}.ht[${i}]`;
      if (!isObj(h)) return p.push(P.diharapkan(hp, HARAP.bentuk('{jikaDm?, sistoleKurangDari, diastoleKurangDari}')));
      if (h.jikaDm !== undefined && typeof h.jikaDm !== 'boolean') p.push(P.diharapkan(`${hp}.jikaDm`, HARAP.benarSalahAtauTidakAda));
      for (const k of ['sistoleKurangDari', 'diastoleKurangDari'] as const) {
        checkSourced(h[k], `${hp}.${k}`, p, isUkur, HARAP.desimalUkur);
        checkBatas(h[k], `${hp}.${k}`, p, isUkur, ...B.tekanan, HARAP.desimalAntara(String(B.tekanan[0]), String(B.tekanan[1]), SB.tekanan));
      }
    });
}

function checkWajar(v: unknown, path: string, p: Problems): void {
  if (!isObj(v)) return void p.push(P.diharapkan(path, HARAP.bentuk('{gdp, sistole, diastole, sistoleLebihDariDiastole, faktorGdpMmol, gdpMmol, tensiTertukar}')));
  for (const k of ['gdp', 'sistole', 'diastole'] as const) {
    const r = v[k];
    if (!isObj(r)) {
      p.push(P.diharapkan(`${path}.${k}`, HARAP.bentuk('{min, max, status, sumber}')));
      continue;
    }
    for (const m of ['min', 'max'] as const) if (!isUkur(r[m]) || String(r[m]).startsWith('-')) p.push(P.diharapkan(`${path}.${k}.${m}`, HARAP.desimalUkur, json(r[m])));
    checkProvenance(r, `${path}.${k}`, p);
  }
  checkSourced(v.sistoleLebihDariDiastole, `${path}.sistoleLebihDariDiastole`, p, (x) => typeof x === 'boolean', HARAP.benarSalah);
  checkSourced(v.faktorGdpMmol, `${path}.faktorGdpMmol`, p, isUkur, HARAP.desimalUkur);
  for (const k of ['gdpMmol', 'tensiTertukar'] as const) {
    const t = v[k];
    if (!isObj(t)) {
      p.push(P.diharapkan(`${path}.${k}`, HARAP.bentuk('{bagian, minBaris}')));
      continue;
    }
    checkSourced(t.bagian, `${path}.${k}.bagian`, p, (x) => isDecimal(x) && Number(x) >= 0 && Number(x) <= 1, HARAP.desimal0Sampai1);
    checkSourced(t.minBaris, `${path}.${k}.minBaris`, p, isWhole, HARAP.bulat);
  }
}

/** A clinical limit: compared exactly with measurements kept to six decimals. */
const isUkur = (x: unknown): boolean => isDecimal(x) && ((x as string).split('.')[1]?.length ?? 0) <= 6;

/** Every problem of a tariff file (kbk-tarif/1) in English (see periksaTarif). */
export const validateTariffSet = (v: unknown): string[] => periksaTarif(v).map((t) => t.en);

/** Every problem of a tariff file (kbk-tarif/1), each with its JSON path. */
export function periksaTarif(v: unknown): Problems {
  const p: Problems = [];
  if (!isObj(v)) return [P.diharapkan('(root)', HARAP.objekJson)];
  checkHead(v, 'kbk-tarif/1', p);
  if (!isObj(v.rentang)) p.push(P.diharapkan('rentang', HARAP.objekPerJenis));
  else
    for (const j of JENIS_FKTP) {
      const r = v.rentang[j];
      const path = `rentang.${j}`;
      if (!isObj(r)) {
        p.push(P.diharapkan(path, HARAP.bentuk('{min, max, status, sumber}')));
        continue;
      }
      for (const k of ['min', 'max'] as const)
        if (r[k] !== null && !isWhole(r[k])) p.push(P.diharapkan(`${path}.${k}`, HARAP.rupiahAtauNull));
      if (isWhole(r.min) && isWhole(r.max) && (r.min as number) > (r.max as number)) p.push(P.rentangTerbalik(path, r.min as number, r.max as number));
      checkProvenance(r, path, p);
    }
  if (v.tinjauan !== undefined) {
    const t = v.tinjauan as Record<string, unknown>;
    if (!isObj(t)) p.push(P.diharapkan('tinjauan', HARAP.objek));
    else {
      checkSourced(t.setiapBulan, 'tinjauan.setiapBulan', p, (x) => isWhole(x) && (x as number) >= 1 && (x as number) <= 120, HARAP.bentuk('1..120'));
      if (typeof t.dicariSampai !== 'string' || !MONTH_RE.test(t.dicariSampai)) p.push(P.diharapkan('tinjauan.dicariSampai', HARAP.bentuk('YYYY-MM'), json(t.dicariSampai)));
    }
  }
  if (v.maksSdm !== undefined) {
    if (!isObj(v.maksSdm)) p.push(P.diharapkan('maksSdm', HARAP.objekPerJenis));
    else for (const [j, m] of Object.entries(v.maksSdm)) checkSourced(m, `maksSdm.${j}`, p, (x) => isWhole(x) && (x as number) > 0, HARAP.rupiahAtauNull);
  }
  p.push(...kunciTidakDikenal(v, KUNCI_TARIF));
  return p;
}
