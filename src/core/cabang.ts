// The branch office's own "Capaian KBK" workbook layout: its columns, which of kbk's counts
// each holds, and what kbk says its derived columns (Keterangan *, Jumlah indikator
// tercapai, Capaian KBK BI) should be. Shared by the reader of such workbooks (which
// cross-checks them) and the export in that layout (--format rekap-cabang), so a month
// kbk exports reads back without a difference. Pure data and one pure function.
import type { RuleSet } from '../rules/schema.js';
import type { Capaian } from './assessment.js';
import type { Rational } from './rational.js';
import type { KunciHitungan } from './types.js';

export interface KolomCabang {
  /** kbk's name for the column (what the reader's header map uses). */
  nama: string;
  /** The heading as branch workbooks spell it (typo included). */
  judul: string;
  /** Other spellings met (matched without case, spaces, dots, slashes). */
  sinonim: readonly string[];
  /** The count it holds, or the derived verdict it states. */
  isi:
    | { jenis: 'bulan' }
    | { jenis: 'identitas'; kunci: 'kabKota' | 'kodePpk' | 'namaFktp' | 'jenisFktp' }
    | { jenis: 'hitungan'; kunci: KunciHitungan }
    | { jenis: 'keterangan'; rumus: string }
    | { jenis: 'jumlahTercapai' }
    | { jenis: 'capaianKbk' };
  wajib: boolean;
}

const K = (judul: string, isi: KolomCabang['isi'], wajib: boolean, ...sinonim: string[]): KolomCabang => ({
  nama: judul.toLowerCase().replace('diangnosa', 'diagnosa').replace(/[^a-z0-9]+/g, '_'),
  judul,
  sinonim,
  isi,
  wajib,
});

/** In the order branch workbooks have them. */
export const KOLOM_CABANG: readonly KolomCabang[] = [
  K('Bulan Kapitasi', { jenis: 'bulan' }, false, 'bulan', 'bulan pelayanan', 'periode'),
  K('KAB/KOTA', { jenis: 'identitas', kunci: 'kabKota' }, false, 'kab kota', 'kabupaten kota', 'kabupaten/kota'),
  K('Kode PPK', { jenis: 'identitas', kunci: 'kodePpk' }, true, 'kode_ppk', 'kdppk', 'kd ppk', 'kode faskes', 'kode fktp'),
  K('NAMA FKTP', { jenis: 'identitas', kunci: 'namaFktp' }, false, 'nama_fktp', 'nama ppk', 'nama faskes'),
  K('TIPE FKTP', { jenis: 'identitas', kunci: 'jenisFktp' }, false, 'jenis fktp', 'jenis_fktp', 'tipe faskes'),
  K('JUMLAH KONTAK', { jenis: 'hitungan', kunci: 'pesertaKontak' }, true, 'kontak', 'peserta kontak', 'jumlah peserta kontak'),
  K('PESERTA TERDAFTAR', { jenis: 'hitungan', kunci: 'pesertaTerdaftar' }, true, 'jumlah peserta', 'peserta_terdaftar', 'jumlah peserta terdaftar'),
  K('Kasus Non Spesialistik', { jenis: 'hitungan', kunci: 'rujukanNonSpesialistik' }, true, 'rujukan non spesialistik', 'kasus non spesialistik', 'jumlah kasus non spesialistik'),
  K('Jumlah Rujukan', { jenis: 'hitungan', kunci: 'rujukanTotal' }, true, 'rujukan', 'total rujukan', 'jumlah rujukan rawat jalan'),
  K('Prolanis DM Terkendali', { jenis: 'hitungan', kunci: 'dmTerkendali' }, true, 'dm terkendali', 'peserta prolanis dm terkendali'),
  K('Peserta Diangnosa DM', { jenis: 'hitungan', kunci: 'dmTerdaftar' }, true, 'peserta diagnosa dm', 'peserta terdiagnosa dm', 'jumlah peserta dm'),
  K('Prolanis HT Terkendali', { jenis: 'hitungan', kunci: 'htTerkendali' }, true, 'ht terkendali', 'peserta prolanis ht terkendali'),
  K('Peserta Diangnosa HT', { jenis: 'hitungan', kunci: 'htTerdaftar' }, true, 'peserta diagnosa ht', 'peserta terdiagnosa ht', 'jumlah peserta ht'),
  K('Capaian KBK BI', { jenis: 'capaianKbk' }, false, 'capaian kbk', 'capaian kbk bulan ini', 'nilai kbk'),
  K('Keterangan AK', { jenis: 'keterangan', rumus: 'angka_kontak' }, false, 'ket ak'),
  K('Keterangan RNS', { jenis: 'keterangan', rumus: 'rrns' }, false, 'keterangan rrns', 'ket rns', 'ket rrns'),
  K('Keterangan RPPT', { jenis: 'keterangan', rumus: 'rppt' }, false, 'ket rppt'),
  K('Jumlah indikator tercapai', { jenis: 'jumlahTercapai' }, false, 'indikator tercapai', 'jumlah tercapai'),
];

/**
 * Sheets of kbk's own trend workbook (kbk tren --xlsx) that are not months: a sheet per
 * indicator, facilities × months. Their names start with this, the same in every language;
 * the summary reader passes them by without a word (their months are its month sheets).
 */
export const AWALAN_LEMBAR_TREN = 'Tren ';

export const TERCAPAI = 'Tercapai';
export const TIDAK_TERCAPAI = 'Tidak Tercapai';

/** What kbk says the workbook's derived columns should be for one facility's month. */
export interface PutusanCabang {
  /** By formula id: the indicator reached its target (its best rating); null when not rated. */
  keterangan: Record<string, boolean | null>;
  /** Indicators that reached their target; null when not rated. */
  jumlahTercapai: number | null;
  /** "Capaian KBK BI" (bulan ini): the month's total nilai; null when not rated. */
  capaianKbk: Rational | null;
}

/**
 * Target reached = the indicator's best rating (AK ≥ 150 ‰, RRNS ≤ 2 %, RPPT ≥ 5 % under
 * kbk-2019; zona aman under perber-2017). An indicator not assessable this month takes the
 * rule set's rating for that case, and is reported as that rating says.
 */
export function putusanCabang(c: Capaian, rules: RuleSet): PutusanCabang {
  const keterangan: Record<string, boolean | null> = {};
  let jumlah = 0;
  for (const ind of rules.indikator) {
    const r = c.penilaian?.rating[ind.id];
    const terbaik = Math.max(...ind.band.map((b) => b.rating));
    const ok = r === undefined ? null : r >= terbaik;
    keterangan[ind.rumus] = ok;
    if (ok) jumlah++;
  }
  return { keterangan, jumlahTercapai: c.penilaian ? jumlah : null, capaianKbk: c.penilaian?.totalNilai ?? null };
}
