// Header names per input file, with the P-Care / SIMRS synonyms of spec §2. Matching
// ignores case, surrounding spaces, and spaces/underscores/dots (so camelCase P-Care
// names and "Kode PPK" meet "kode_ppk").
import { KOLOM_CABANG } from '../core/cabang.js';
import { KOLOM_SAMPEL } from '../core/sampel-kolom.js';
import type { Teks } from '../pesan/index.js';
import { PESAN_INGEST } from '../pesan/ingest.js';

export interface KolomSpec {
  /** Canonical name, as in the spec. */
  nama: string;
  sinonim: readonly string[];
  wajib: boolean;
}

export function normalizeHeader(h: string): string {
  // SIMRS headers spell out what P-Care abbreviates: "Tanggal Kunjungan", "Nomor Kartu",
  // "Kode PPK" meet tgl_kunjungan, no_kartu, kd_ppk.
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s_.\-/]+/g, '')
    .replace(/^tanggal/, 'tgl')
    .replace(/^nomor/, 'no')
    .replace(/^kode/, 'kd');
}

const K = (nama: string, wajib: boolean, ...sinonim: string[]): KolomSpec => ({ nama, sinonim, wajib });

export const KOLOM = {
  fktp: [
    K('kode_ppk', true, 'kdppk', 'kd_ppk', 'kode ppk', 'kdprovider', 'kd_provider'),
    K('nama_fktp', true, 'nama fktp', 'nmppk', 'nama_ppk', 'nmprovider'),
    K('jenis_fktp', true, 'tipe fktp', 'jenis', 'tipe_fktp'),
    K('tarif_kapitasi', true, 'tarif', 'norma_kapitasi'),
    K('tgl_kerja_sama', false, 'tanggal_kerja_sama', 'tgl_kerjasama'),
    K('jaringan_data', false),
    K('tarif_minimal', false),
    K('kab_kota', false, 'kabupaten_kota', 'nmdati2'),
    K('kapitasi_khusus', false, 'kap_khusus'),
  ],
  diagnosa: [
    K('kode_diagnosa', true, 'kddiag', 'kd_diag', 'kode', 'icd10', 'kode_icd'),
    K('non_spesialistik', true, 'nonspesialis', 'non_spesialis'),
  ],
  peserta: [
    K('no_kartu', true, 'nokartu', 'no_peserta', 'nokapst'),
    K('kode_ppk', true, 'kdproviderpst', 'kd_provider', 'kdppk', 'kd_ppk', 'kdprovider'),
    K('status', false, 'status_peserta', 'statuspeserta', 'aktif'),
    K('tgl_lahir', false, 'tgllahir'),
    K('jenis_kelamin', false, 'sex', 'jnskelamin'),
  ],
  kontak: [
    K('no_kartu', true, 'nokartu', 'no_peserta', 'nokapst'),
    K('kode_ppk', true, 'kdprovider', 'kd_provider', 'kdppk', 'kd_ppk', 'kdproviderpst'),
    K('tgl_kontak', true, 'tgldaftar', 'tgl_kunjungan', 'tgl_pelayanan', 'tglkunjungan', 'tglpelayanan'),
    K('jenis_kontak', false, 'jenis_kunjungan', 'jeniskunjungan', 'kunjungan'),
    K('no_kunjungan', false, 'nokunjungan'),
    // Vital signs and the entry date, where the export carries them: signals of padded visits.
    K('sistole', false, 'sistol', 'sistolik'),
    K('diastole', false, 'diastol', 'diastolik'),
    K('berat_badan', false, 'beratbadan'),
    K('tinggi_badan', false, 'tinggibadan'),
    K('tgl_entri', false, 'tglentri', 'tgl_input', 'tglinput', 'tgl_entry', 'tanggal_entri'),
  ],
  rujukan: [
    K('no_rujukan', true, 'norujukan', 'nokunjungan'),
    K('no_kartu', true, 'nokartu', 'no_peserta', 'nokapst'),
    K('kode_ppk', true, 'kdprovider', 'kd_provider', 'kdppk', 'kd_ppk'),
    K('tgl_rujukan', true, 'tglrujuk', 'tgl_rujuk', 'tglkunjungan', 'tglestrujuk'),
    K('kode_diagnosa', true, 'kddiag', 'kd_diag1', 'diagnosa', 'kd_diag'),
    K('kd_tacc', false, 'kdtacc'),
    K('nm_tacc', false, 'nmtacc'),
    K('alasan_tacc', false, 'alasantacc'),
    K('non_spesialistik', false, 'nonspesialis', 'non_spesialis'),
  ],
  prolanis: [
    K('no_kartu', true, 'nokartu', 'no_peserta', 'nokapst'),
    K('kode_ppk', true, 'kdprovider', 'kd_provider', 'kdppk', 'kd_ppk', 'kdproviderpst'),
    K('diagnosa', true, 'kdkelompok', 'kd_kelompok', 'kelompok'),
    K('prolanis', true, 'peserta_prolanis', 'terdaftar_prolanis'),
    K('tgl_periksa', false, 'tglperiksa', 'tgl_pemeriksaan', 'tglpelayanan'),
    K('gdp', false, 'guladarahpuasa', 'gula_darah_puasa'),
    K('sistole', false, 'sistol', 'sistolik'),
    K('diastole', false, 'diastol', 'diastolik'),
  ],
  /** A branch's facility-level summary (src/core/cabang.ts): one row per facility and month. */
  ringkasan: KOLOM_CABANG.map((k) => K(k.nama, k.wajib, k.judul, ...k.sinonim)),
  /** The filled verification worksheet (kbk sampel's, src/core/sampel-kolom.ts): every column, as written. */
  sampel: KOLOM_SAMPEL.map((k) => K(k, true)),
} as const satisfies Record<string, readonly KolomSpec[]>;

export type JenisFile = keyof typeof KOLOM;

/**
 * What an absent optional column does to the numbers, said once per file on stderr and in
 * the month's catatan. A group is absent only when none of its columns is there (TACC can
 * come from kd_tacc, nm_tacc or alasan_tacc). Columns whose absence changes no number
 * (kab_kota, jenis_kontak…) and those whose absence follows the contract's own default
 * (tarif_minimal: the tariff set's minimum) are not listed.
 */
const AKIBAT = PESAN_INGEST.akibat;

/** `akibat` is said on stderr (the catalog's, both languages); `catatan` goes into the reports' catatan column. */
export const TANPA_KOLOM: Partial<Record<JenisFile, readonly { kolom: readonly string[]; akibat: Teks; catatan: string }[]>> = {
  fktp: [
    { kolom: ['tgl_kerja_sama'], akibat: AKIBAT.kerjaSama, catatan: 'lama kerja sama dianggap memenuhi syarat' },
    { kolom: ['jaringan_data'], akibat: AKIBAT.jaringanData, catatan: 'semua fasilitas dianggap memiliki jaringan data' },
  ],
  peserta: [{ kolom: ['status'], akibat: AKIBAT.status, catatan: 'semua peserta dianggap aktif' }],
  rujukan: [{ kolom: ['kd_tacc', 'nm_tacc', 'alasan_tacc'], akibat: AKIBAT.tacc, catatan: 'tidak ada rujukan yang dikenali sebagai TACC' }],
  prolanis: [
    { kolom: ['tgl_periksa'], akibat: AKIBAT.tglPeriksa, catatan: 'semua pengukuran dianggap dalam bulan ini' },
    { kolom: ['gdp'], akibat: AKIBAT.gdp, catatan: 'tidak ada peserta DM yang dapat terkendali' },
    { kolom: ['sistole'], akibat: AKIBAT.tensi, catatan: 'tidak ada peserta HT yang dapat terkendali' },
    { kolom: ['diastole'], akibat: AKIBAT.tensi, catatan: 'tidak ada peserta HT yang dapat terkendali' },
  ],
};

/** Edit distance (Levenshtein), for headers that look like a misspelt known column. */
export function jarakEdit(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Whether an unknown header (normalized) is probably a known name (normalized) misspelt or
 * cut short: one edit away (two for names of six letters or more), or a prefix of it of
 * at least three letters ("stat" for status). A longer name that merely starts with a
 * known one ("statuskawin") is another column.
 */
export function mirip(unknown: string, known: string): boolean {
  if (unknown.length >= 3 && known.startsWith(unknown)) return true;
  return jarakEdit(unknown, known) <= (known.length >= 6 ? 2 : 1);
}
