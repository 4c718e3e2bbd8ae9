// The exports' vocabularies, each in one place: which peserta.csv status registers a card,
// which prolanis.csv diagnosis is DM or HT, and what makes a referral TACC (Time, Age,
// Complication, Comorbidity: never non-specialistic) and what that does to RRNS. Ingest
// classifies rows with it, the audit names what it classified, the projection and the
// summary path bound and leave out TACC with it. Pure.

/** The referral counts the TACC rules read (HitunganBulan's, src/core/types.ts). */
export interface HitunganRujukan {
  rujukanTotal: number;
  rujukanTacc: number;
}

/** peserta.csv `status` (lower-cased) that registers a card. */
export const STATUS_AKTIF: ReadonlySet<string> = new Set(['', 'aktif', 'active', 'a', '1', 'y', 'ya']);
/** peserta.csv `status` (lower-cased) of a registration that is not active. */
export const STATUS_TIDAK_AKTIF: ReadonlySet<string> = new Set(['tidak aktif', 'tidak_aktif', 'nonaktif', 'non aktif', 'non_aktif', 'inactive', '0', 'n', 'tidak']);

/** A status as written: true active, false not active, null neither (a bad row). */
export function statusAktif(status: string): boolean | null {
  const s = status.toLowerCase();
  if (STATUS_TIDAK_AKTIF.has(s)) return false;
  return STATUS_AKTIF.has(s) ? true : null;
}

/** prolanis.csv `diagnosa` (upper-cased) of each programme. */
export const DIAGNOSA_DM: readonly string[] = ['DM', '01', '1', 'DIABETES', 'DIABETES MELITUS', 'DIABETES MELLITUS'];
export const DIAGNOSA_HT: readonly string[] = ['HT', '02', '2', 'HIPERTENSI', 'HYPERTENSION'];

/** A diagnosis as written: its programme, or null (a bad row). */
export function programDiagnosa(diagnosa: string): 'DM' | 'HT' | null {
  const v = diagnosa.toUpperCase();
  if (DIAGNOSA_DM.includes(v)) return 'DM';
  if (DIAGNOSA_HT.includes(v)) return 'HT';
  return null;
}

/** The TACC categories of kd_tacc (BPJS P-Care): a referral with one of these codes is TACC. */
export const NAMA_TACC: Readonly<Record<string, string>> = { '1': 'Time', '2': 'Age', '3': 'Complication', '4': 'Comorbidity' };
const KODE_TACC: ReadonlySet<string> = new Set(Object.keys(NAMA_TACC));
/** kd_tacc values of a referral without a TACC reason. */
export const KODE_BUKAN_TACC: ReadonlySet<string> = new Set(['', '-1', '0']);
/** nm_tacc / alasan_tacc values that name no TACC reason (the file has no kd_tacc). */
export const TACC_TIDAK_DISEBUT: ReadonlySet<string> = new Set(['', '-', '-1', '0']);

/** kd_tacc as written: true a TACC code (1–4), false none, null neither (a bad row). */
export function kodeTacc(v: string): boolean | null {
  if (KODE_TACC.has(v)) return true;
  return KODE_BUKAN_TACC.has(v) ? false : null;
}

/** Whether nm_tacc or alasan_tacc names a TACC reason (used when the file has no kd_tacc). */
export const taccDisebut = (v: string): boolean => !TACC_TIDAK_DISEBUT.has(v);

/** A referral's TACC as one number (comparing two rows of one no_rujukan): 0 not TACC, 1–4 its kd_tacc, TACC_NAMA by name or reason. */
export const TACC_NAMA = 5;

/**
 * RRNS's denominator: all referrals, or those without a TACC reason when the rule set
 * leaves TACC out (kebijakan.taccDalamPenyebut). TACC is never in the numerator: ingest
 * never counts a TACC referral non-specialistic.
 */
export function penyebutRrns(h: HitunganRujukan, taccDalamPenyebut: boolean): number {
  return taccDalamPenyebut ? h.rujukanTotal : h.rujukanTotal - h.rujukanTacc;
}

/** The most TACC referrals there can be among `total` referrals of which `nonSpesialistik` are non-specialistic (TACC never is). */
export const taccPalingBanyak = (tacc: number, total: number, nonSpesialistik: number): number => Math.min(tacc, total - nonSpesialistik);

/** The most referrals that can be non-specialistic: those without a TACC reason. */
export const nonSpesialistikPalingBanyak = (h: HitunganRujukan): number => h.rujukanTotal - h.rujukanTacc;

/** The count a summary workbook cannot hold (no TACC column): taken as 0, already left out of "Kasus Non Spesialistik". */
export const HITUNGAN_TACC = 'rujukanTacc' satisfies keyof HitunganRujukan;

/** "1 Time, 2 Age, 3 Complication, 4 Comorbidity": the TACC codes as messages list them. */
export const KODE_TACC_TEKS = Object.entries(NAMA_TACC)
  .map(([k, n]) => `${k} ${n}`)
  .join(', ');
