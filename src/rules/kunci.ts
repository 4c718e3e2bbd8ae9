// Which keys a rules file and a tariff file may hold, and the two mistakes JSON.parse hides:
// a key the schema does not have (a misspelt "minPesrta" would be ignored and the shipped
// default silently used) and a key written twice (JSON.parse keeps the last one in
// silence). Both are refused by the validator with the key's JSON path.
//
// A NEW KEY OF THE SCHEMA IS ONE LINE in KUNCI_ATURAN (rules) or KUNCI_TARIF (tariffs):
// its path pattern and what it holds. Until it is listed, a file holding it is refused
// (the shipped files are validated at load, so an unlisted key fails every run at once).
import { PESAN_ATURAN } from '../pesan/aturan.js';
import type { Teks } from '../pesan/index.js';

/**
 * What a key holds: `nilai` a value (its shape is checked in schema.ts); `sumber` a
 * {nilai, status, sumber}; `batas` a band limit {nilai, inklusif}; `rentang` a tariff range
 * {min, max, status, sumber}; `objek` an object whose keys are listed below it; `daftar`
 * an array whose items are the pattern's "[]"; `peta` an object of any keys (names), each
 * the pattern's ".*".
 */
export type IsiKunci = 'nilai' | 'sumber' | 'batas' | 'rentang' | 'objek' | 'daftar' | 'peta';

const DAUN: Partial<Record<IsiKunci, readonly string[]>> = {
  sumber: ['nilai', 'status', 'sumber'],
  batas: ['nilai', 'inklusif'],
  rentang: ['min', 'max', 'status', 'sumber'],
};

/**
 * Every key of a kbk-rules/2 file by its path pattern: "indikator[]" is any item of the
 * array indikator, "klinis.profil.*" any profile by name. The root's keys have no prefix.
 */
/** The head every rule or tariff file opens with. */
const KEPALA: Readonly<Record<string, IsiKunci>> = {
  schema: 'nilai',
  id: 'nilai',
  nama: 'nilai',
  berlaku: 'objek',
  'berlaku.dari': 'nilai',
  'berlaku.sampai': 'nilai',
  'berlaku.status': 'nilai',
  'berlaku.sumber': 'nilai',
};

export const KUNCI_ATURAN: Readonly<Record<string, IsiKunci>> = {
  ...KEPALA,
  indikator: 'daftar',
  'indikator[]': 'objek',
  'indikator[].id': 'nilai',
  'indikator[].nama': 'nilai',
  'indikator[].satuan': 'nilai',
  'indikator[].rumus': 'nilai',
  'indikator[].kolom': 'nilai',
  'indikator[].bobot': 'sumber',
  'indikator[].band': 'daftar',
  'indikator[].band[]': 'objek',
  'indikator[].band[].rating': 'nilai',
  'indikator[].band[].bawah': 'batas',
  'indikator[].band[].atas': 'batas',
  'indikator[].band[].status': 'nilai',
  'indikator[].band[].sumber': 'nilai',
  'indikator[].ratingTidakDinilai': 'sumber',
  jumlahBobot: 'sumber',
  pembayaran: 'daftar',
  'pembayaran[]': 'objek',
  'pembayaran[].jenis': 'nilai',
  'pembayaran[].band': 'daftar',
  'pembayaran[].band[]': 'objek',
  'pembayaran[].band[].persen': 'nilai',
  'pembayaran[].band[].bawah': 'batas',
  'pembayaran[].band[].atas': 'batas',
  'pembayaran[].band[].status': 'nilai',
  'pembayaran[].band[].sumber': 'nilai',
  perlakuanJenis: 'objek',
  'perlakuanJenis.puskesmas': 'sumber',
  'perlakuanJenis.klinik_pratama': 'sumber',
  'perlakuanJenis.rs_d_pratama': 'sumber',
  'perlakuanJenis.praktik_dokter': 'sumber',
  'perlakuanJenis.praktik_dokter_gigi': 'sumber',
  kelayakan: 'objek',
  'kelayakan.minBulanKerjaSama': 'sumber',
  'kelayakan.minPeserta': 'sumber',
  'kelayakan.wajibJaringanData': 'sumber',
  'kelayakan.kecualiKapitasiKhusus': 'sumber',
  kebijakan: 'objek',
  'kebijakan.rujukanNol': 'sumber',
  'kebijakan.taccDalamPenyebut': 'sumber',
  'kebijakan.daftarNonSpesialistik': 'sumber',
  'kebijakan.rataRata': 'sumber',
  'kebijakan.jendela': 'sumber',
  'kebijakan.jedaBulanan': 'sumber',
  'kebijakan.batasEntri': 'sumber',
  klinis: 'objek',
  'klinis.bawaan': 'nilai',
  'klinis.profil': 'peta',
  'klinis.wajar': 'objek',
  'klinis.wajar.gdp': 'rentang',
  'klinis.wajar.sistole': 'rentang',
  'klinis.wajar.diastole': 'rentang',
  'klinis.wajar.sistoleLebihDariDiastole': 'sumber',
  'klinis.wajar.faktorGdpMmol': 'sumber',
  'klinis.wajar.gdpMmol': 'objek',
  'klinis.wajar.gdpMmol.bagian': 'sumber',
  'klinis.wajar.gdpMmol.minBaris': 'sumber',
  'klinis.wajar.tensiTertukar': 'objek',
  'klinis.wajar.tensiTertukar.bagian': 'sumber',
  'klinis.wajar.tensiTertukar.minBaris': 'sumber',
  'klinis.profil.*': 'objek',
  'klinis.profil.*.nama': 'nilai',
  'klinis.profil.*.pengukuran': 'sumber',
  'klinis.profil.*.tanggalSama': 'sumber',
  'klinis.profil.*.dm': 'objek',
  'klinis.profil.*.dm.gdpMin': 'sumber',
  'klinis.profil.*.dm.gdpMax': 'sumber',
  'klinis.profil.*.ht': 'daftar',
  'klinis.profil.*.ht[]': 'objek',
  'klinis.profil.*.ht[].jikaDm': 'nilai',
  'klinis.profil.*.ht[].sistoleKurangDari': 'sumber',
  'klinis.profil.*.ht[].diastoleKurangDari': 'sumber',
  kewajaran: 'objek',
  'kewajaran.batasPenurunanPeserta': 'sumber',
  'kewajaran.bulanTidakLengkapHari': 'sumber',
  'kewajaran.batasLuarBulan': 'sumber',
  'kewajaran.peringatanLuarBulan': 'sumber',
  'kewajaran.minLuarBulan': 'sumber',
  'kewajaran.sinyal': 'objek',
  'kewajaran.sinyal.minKontak': 'sumber',
  'kewajaran.sinyal.hariTersibuk': 'sumber',
  'kewajaran.sinyal.akhirBulan': 'sumber',
  'kewajaran.sinyal.hariMinggu': 'sumber',
  'kewajaran.sinyal.lonjakanAk': 'sumber',
  'kewajaran.sinyal.tepatTargetRentang': 'sumber',
  'kewajaran.sinyal.tepatTargetBulan': 'sumber',
  'kewajaran.sinyal.sehatTanpaVital': 'sumber',
  'kewajaran.sinyal.minSehat': 'sumber',
  'kewajaran.sinyal.entriBatasHari': 'sumber',
  'kewajaran.sinyal.entriTerlambat': 'sumber',
  'kewajaran.sinyal.penurunan': 'sumber',
  'kewajaran.sinyal.minPenurunan': 'sumber',
  'kewajaran.sinyal.minBulanPenurunan': 'sumber',
  verifikasi: 'objek',
  'verifikasi.z': 'sumber',
  'verifikasi.proporsiDuga': 'sumber',
  'verifikasi.batasGalat': 'sumber',
  'verifikasi.faktorSinyal': 'sumber',
  'verifikasi.ambangTidakSah': 'sumber',
};

/** Every key of a kbk-tarif/1 file by its path pattern. */
export const KUNCI_TARIF: Readonly<Record<string, IsiKunci>> = {
  ...KEPALA,
  rentang: 'objek',
  'rentang.puskesmas': 'rentang',
  'rentang.klinik_pratama': 'rentang',
  'rentang.rs_d_pratama': 'rentang',
  'rentang.praktik_dokter': 'rentang',
  'rentang.praktik_dokter_gigi': 'rentang',
  tinjauan: 'objek',
  'tinjauan.setiapBulan': 'sumber',
  'tinjauan.dicariSampai': 'nilai',
  maksSdm: 'objek',
  'maksSdm.puskesmas': 'sumber',
  'maksSdm.klinik_pratama': 'sumber',
  'maksSdm.rs_d_pratama': 'sumber',
  'maksSdm.praktik_dokter': 'sumber',
  'maksSdm.praktik_dokter_gigi': 'sumber',
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const anak = (path: string, k: string): string => (path === '' ? k : `${path}.${k}`);

/**
 * The keys of `v` that `tabel` does not list, each with its JSON path and the keys known
 * there. A value whose shape is not what the table says (an array for an object…) is left
 * to the shape checks of schema.ts.
 */
export function kunciTidakDikenal(v: unknown, tabel: Readonly<Record<string, IsiKunci>>): Teks[] {
  const out: Teks[] = [];
  // The keys listed under each object pattern, in the table's order.
  const dikenal = new Map<string, string[]>();
  for (const pola of Object.keys(tabel)) {
    if (pola.endsWith('[]') || pola.endsWith('*')) continue; // an array's items, a map's entries: no key of their parent
    const titik = pola.lastIndexOf('.');
    const induk = titik < 0 ? '' : pola.slice(0, titik);
    dikenal.set(induk, [...(dikenal.get(induk) ?? []), titik < 0 ? pola : pola.slice(titik + 1)]);
  }
  const periksaKunci = (o: Record<string, unknown>, path: string, boleh: readonly string[]): void => {
    for (const k of Object.keys(o)) if (!boleh.includes(k)) out.push(PESAN_ATURAN.kunciTidakDikenal(anak(path, k), boleh));
  };
  const jalan = (x: unknown, path: string, pola: string, isi: IsiKunci): void => {
    const daun = DAUN[isi];
    if (daun) {
      if (isObj(x)) periksaKunci(x, path, daun);
    } else if (isi === 'daftar') {
      if (Array.isArray(x)) x.forEach((item, i) => jalan(item, `${path}[${i}]`, `${pola}[]`, tabel[`${pola}[]`] ?? 'nilai'));
    } else if (isi === 'peta') {
      if (isObj(x)) for (const [k, item] of Object.entries(x)) jalan(item, anak(path, k), anak(pola, '*'), tabel[anak(pola, '*')] ?? 'nilai');
    } else if (isi === 'objek' && isObj(x)) {
      const boleh = dikenal.get(pola) ?? [];
      periksaKunci(x, path, boleh);
      for (const k of boleh) if (k in x) jalan(x[k], anak(path, k), anak(pola, k), tabel[anak(pola, k)] as IsiKunci);
    }
  };
  jalan(v, '', '', 'objek');
  return out;
}

/**
 * The JSON paths of keys written twice in one object of a JSON text (JSON.parse keeps the
 * last in silence). `text` is valid JSON (JSON.parse has read it); keys are compared as
 * JSON.parse decodes them ("a" and "\u0061" are one key).
 */
export function kunciGanda(text: string): string[] {
  const out: string[] = [];
  type Tingkat = { objek: true; path: string; kunci: Set<string>; terakhir: string } | { objek: false; path: string; i: number };
  const tumpuk: Tingkat[] = [];
  let harapKunci = false;
  const jalurAnak = (): string => {
    const t = tumpuk[tumpuk.length - 1];
    if (!t) return '';
    return t.objek ? anak(t.path, t.terakhir) : `${t.path}[${t.i}]`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const t = tumpuk[tumpuk.length - 1];
      if (harapKunci && t?.objek) {
        const k = JSON.parse(text.slice(i, j + 1)) as string;
        if (t.kunci.has(k)) out.push(anak(t.path, k));
        t.kunci.add(k);
        t.terakhir = k;
        harapKunci = false;
      }
      i = j;
    } else if (c === '{') {
      tumpuk.push({ objek: true, path: jalurAnak(), kunci: new Set(), terakhir: '' });
      harapKunci = true;
    } else if (c === '[') tumpuk.push({ objek: false, path: jalurAnak(), i: 0 });
    else if (c === '}' || c === ']') tumpuk.pop();
    else if (c === ',') {
      const t = tumpuk[tumpuk.length - 1];
      if (t?.objek) harapKunci = true;
      else if (t) t.i++;
    }
  }
  return out;
}
