// The CSV reports kbk writes, as its report reader (src/ingest/laporan.ts) checks them back:
// each kind's header (from the same column lists the writers use) and what each column
// holds. Used by kbk gabung, the signals' history and kbk check.
import { KOLOM_CABANG } from '../core/cabang.js';
import { KOLOM_HITUNGAN } from '../core/types.js';
import { KOLOM_KODE, kolomTeks, type IsiKolom, type JenisLaporan } from '../ingest/laporan.js';
import { SHIPPED_RULE_SETS } from '../rules/index.js';
import type { RuleSet } from '../rules/schema.js';
import { KOLOM_ANOMALI, KOLOM_TOLAK, KOLOM_TOLAK_LAMA, kolomCapaian, kolomKapitasi } from './columns.js';
import { uraiNama } from './nama-laporan.js';
import { KOLOM_REKAP, KOLOM_REKAP_CABANG } from './rekap.js';


const sama = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const NAMA_KOLOM = /^[a-z][a-z0-9_]*$/;

/** The columns a report has whatever its rule set's indicators (a rule file of one's own included). */
const tanpaIndikator = { ...(SHIPPED_RULE_SETS[0] as RuleSet), indikator: [] } as RuleSet;

function jenis(nama: string, headerSah: (h: readonly string[]) => boolean, angka: Partial<Record<IsiKolom, readonly string[]>>, lain: IsiKolom, wajib: readonly string[], bolehTanpaBaris = false): JenisLaporan {
  const peta = new Map<string, IsiKolom>();
  for (const [isi, kolom] of Object.entries(angka) as [IsiKolom, readonly string[]][]) for (const k of kolom) peta.set(k, isi);
  return {
    nama,
    headerSah,
    isi: (k) => (KOLOM_KODE.has(k) ? 'kode' : (peta.get(k) ?? (k.startsWith('rating_') && nama === 'capaian' ? 'cacah' : kolomTeks(k) ? 'teks' : lain))),
    wajib: new Set(wajib),
    bolehTanpaBaris,
  };
}

/** capaian: its fixed columns in place (identity … peserta_terdaftar, then total_nilai … catatan), the indicators' between. */
const CAPAIAN = ((): JenisLaporan => {
  const dasar = kolomCapaian(tanpaIndikator);
  const awal = dasar.slice(0, dasar.indexOf('peserta_terdaftar') + 1);
  const akhir = dasar.slice(awal.length);
  const sah = (h: readonly string[]): boolean =>
    h.length >= dasar.length && sama(h.slice(0, awal.length), awal) && sama(h.slice(h.length - akhir.length), akhir) && h.slice(awal.length, h.length - akhir.length).every((k) => NAMA_KOLOM.test(k) && !dasar.includes(k));
  return jenis('capaian', sah, { cacah: [...Object.values(KOLOM_HITUNGAN), 'kbk_berlaku'] }, 'bilangan', ['bulan', 'kode_ppk', 'kbk_berlaku']);
})();

/** kapitasi: its fixed columns, the indicators' averages (rata_*) after jumlah_bulan_dinilai. */
const KAPITASI = ((): JenisLaporan => {
  const dasar = kolomKapitasi(tanpaIndikator);
  const di = dasar.indexOf('jumlah_bulan_dinilai') + 1;
  const sah = (h: readonly string[]): boolean => {
    const rata = h.filter((k) => k.startsWith('rata_'));
    return sama(h.filter((k) => !k.startsWith('rata_')), dasar) && sama(h.slice(di, di + rata.length), rata) && rata.every((k) => NAMA_KOLOM.test(k));
  };
  return jenis(
    'kapitasi',
    sah,
    {
      cacah: ['jumlah_bulan_dinilai', 'kbk_berlaku', 'peserta_terdaftar', 'tarif_dasar', 'tarif_minimal', 'lantai_diterapkan', 'kapitasi_penuh', 'kapitasi_dibayar'],
      bulat: ['potongan'],
    },
    'bilangan',
    ['bulan_bayar', 'kode_ppk', 'peserta_terdaftar', 'tarif_dasar', 'kapitasi_penuh', 'kapitasi_dibayar', 'potongan'],
  );
})();

const tetap = (kolom: readonly string[]) => (h: readonly string[]): boolean => sama(h, kolom);

const CABANG_ISI: Partial<Record<IsiKolom, string[]>> = { cacah: [], bilangan: [] };
for (const k of KOLOM_CABANG)
  if (k.isi.jenis === 'hitungan' || k.isi.jenis === 'jumlahTercapai') CABANG_ISI.cacah?.push(k.judul);
  else if (k.isi.jenis === 'capaianKbk') CABANG_ISI.bilangan?.push(k.judul);

/** Every kind of CSV report kbk writes, by the name its files start with. */
export const JENIS_LAPORAN: Readonly<Record<string, JenisLaporan>> = {
  capaian: CAPAIAN,
  kapitasi: KAPITASI,
  rekap: jenis('rekap', tetap(KOLOM_REKAP), { cacah: ['jumlah'], bilangan: ['nilai'] }, 'teks', ['bulan', 'laporan', 'jenis_fktp', 'ukuran', 'jumlah']),
  'rekap-cabang': jenis('rekap-cabang', tetap(KOLOM_REKAP_CABANG), CABANG_ISI, 'teks', []),
  tolak: { ...jenis('tolak', tetap(KOLOM_TOLAK), { cacah: ['baris'] }, 'teks', ['kode'], true), headerLama: KOLOM_TOLAK_LAMA },
  anomali: jenis('anomali', tetap(KOLOM_ANOMALI), { bilangan: ['nilai', 'ambang'] }, 'teks', ['kode_ppk', 'sinyal'], true),
};

/** The kind of a report file from its name (capaian-2024-06.csv → capaian), or null for a name kbk does not write. */
export function jenisDariNama(nama: string): JenisLaporan | null {
  const u = uraiNama(nama);
  return u ? (JENIS_LAPORAN[u.jenis] ?? null) : null;
}
