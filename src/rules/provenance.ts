// Every regulatory number of a rule set or tariff set, flattened with its status and
// source: the workbook's Aturan sheet and the provisional-values warning count the plain
// list (daftarNilai*: values as the rule file writes them, limits in English words, the
// same in every language); `kbk rules show` prints the same rows for people (tampilanNilai*:
// numbers in the language's notation, 0,4 / 0.4, Rp 3.600–9.000 / Rp 3,600–9,000).
import { berlakuTeks, type Band, type RuleSet, type Status, type TariffSet } from './schema.js';
import { PESAN_ATURAN } from '../pesan/aturan.js';
import { angka, desimal, rupiah, teks, type Bahasa, type Teks } from '../pesan/index.js';

export interface NilaiBerSumber {
  path: string;
  nilai: string;
  status: Status;
  sumber: string;
}

/** A row of `kbk rules show`: the same value for people, in both languages. */
export interface NilaiTampil {
  path: Teks;
  nilai: Teks;
  status: Status;
  sumber: string;
}

/** A path or value as the list holds it (`mesin`) and as people read it (`tampil`). */
interface Dua {
  mesin: string;
  tampil: Teks;
}

interface Baris {
  path: Dua;
  nilai: Dua;
  status: Status;
  sumber: string;
}

/** A text built per language from the same parts. */
const perBahasa = (f: (b: Bahasa) => string): Teks => teks(f('id'), f('en'));

/** A value that reads the same everywhere: a code, a date range, a formula's name. */
const sama = (s: string): Dua => ({ mesin: s, tampil: teks(s, s) });

/** A value from the rule file: a decimal string or a number in the language's notation, anything else (true, "disesuaikan") as it is. */
const nilaiDari = (v: unknown): Dua => {
  // A value made of parts (kebijakan.batasEntri): each part by name, as the file writes it.
  const s = typeof v === 'object' && v !== null ? Object.entries(v).map(([k, x]) => `${k}=${String(x)}`).join(', ') : String(v);
  return { mesin: s, tampil: perBahasa((b) => desimal(s, b)) };
};

/** Text with numbers: `f` gets the notation for numbers (the file's as it is, or a language's). */
const denganAngka = (f: (n: (s: string) => string) => string): Dua => ({ mesin: f((s) => s), tampil: perBahasa((b) => f((s) => desimal(s, b))) });

const bagianBatas = (b: Band, n: (s: string) => string): string[] => {
  const lo = b.bawah ? `${b.bawah.inklusif ? '≥' : '>'} ${n(b.bawah.nilai)}` : '';
  const hi = b.atas ? `${b.atas.inklusif ? '≤' : '<'} ${n(b.atas.nilai)}` : '';
  return [lo, hi].filter(Boolean);
};

/** A band's limits in words, in both languages and their notation: "> 2 dan ≤ 2,5" / "> 2 and ≤ 2.5", "nilai berapa pun" / "any value". */
export function batasPesan(b: Band): Teks {
  return perBahasa((bhs) => PESAN_ATURAN.batas(bagianBatas(b, (s) => desimal(s, bhs)))[bhs]);
}

/** A band's limits in English words with the file's numbers: "> 2 and ≤ 2.5" (the rule set's listing, the workbook's Aturan sheet). */
export const batasTeks = (b: Band): string => PESAN_ATURAN.batas(bagianBatas(b, (s) => s)).en;

const batasDua = (b: Band): Dua => ({ mesin: batasTeks(b), tampil: batasPesan(b) });

function barisAturan(rs: RuleSet): Baris[] {
  const out: Baris[] = [];
  const push = (path: string | Dua, nilai: Dua, s: { status: Status; sumber: string }): void => {
    out.push({ path: typeof path === 'string' ? sama(path) : path, nilai, status: s.status, sumber: s.sumber });
  };
  push('berlaku', sama(berlakuTeks(rs.berlaku)), rs.berlaku);
  for (const ind of rs.indikator) {
    push(`${ind.id}.rumus`, sama(`${ind.rumus} (${ind.satuan})`), { status: 'verified', sumber: ind.nama });
    push(`${ind.id}.bobot`, nilaiDari(ind.bobot.nilai), ind.bobot);
    for (const b of ind.band) push(`${ind.id}.rating ${b.rating}`, batasDua(b), b);
    push(`${ind.id}.rating tidak dinilai`, nilaiDari(ind.ratingTidakDinilai.nilai), ind.ratingTidakDinilai);
  }
  if (rs.jumlahBobot) push('jumlah bobot', nilaiDari(rs.jumlahBobot.nilai), rs.jumlahBobot);
  for (const t of rs.pembayaran)
    for (const b of t.band) {
      const kepala = `pembayaran[${t.jenis.join(',')}] total nilai`;
      const batas = batasDua(b);
      const path = { mesin: `${kepala} ${batas.mesin}`, tampil: perBahasa((bhs) => `${kepala} ${batas.tampil[bhs]}`) };
      push(path, denganAngka((n) => `${n(b.persen)}%`), b);
    }
  for (const [jenis, v] of Object.entries(rs.perlakuanJenis)) push(`perlakuan.${jenis}`, nilaiDari(v.nilai), v);
  for (const [k, v] of Object.entries(rs.kelayakan)) push(`kelayakan.${k}`, nilaiDari(v.nilai), v);
  for (const [k, v] of Object.entries(rs.kebijakan)) push(`kebijakan.${k}`, nilaiDari(v.nilai), v);
  for (const [nama, prof] of Object.entries(rs.klinis.profil)) {
    const path = `klinis.${nama}${nama === rs.klinis.bawaan ? ' (bawaan)' : ''}`;
    push(`${path}.pengukuran`, nilaiDari(prof.pengukuran.nilai), prof.pengukuran);
    push(`${path}.tanggalSama`, nilaiDari(prof.tanggalSama.nilai), prof.tanggalSama);
    push(`${path}.dm gdp`, denganAngka((n) => `${n(prof.dm.gdpMin.nilai)}–${n(prof.dm.gdpMax.nilai)} mg/dL`), prof.dm.gdpMin);
    for (const h of prof.ht)
      push(
        `${path}.ht${h.jikaDm === undefined ? '' : h.jikaDm ? ' dengan DM' : ' tanpa DM'}`,
        denganAngka((n) => `< ${n(h.sistoleKurangDari.nilai)}/${n(h.diastoleKurangDari.nilai)} mmHg`),
        h.sistoleKurangDari,
      );
  }
  // What a measurement can be at all (issue 15), whatever the profile.
  const w = rs.klinis.wajar;
  for (const [k, satuan] of [['gdp', 'mg/dL'], ['sistole', 'mmHg'], ['diastole', 'mmHg']] as const)
    push(`klinis.wajar.${k}`, denganAngka((n) => `${n(w[k].min)}–${n(w[k].max)} ${satuan}`), w[k]);
  push('klinis.wajar.sistoleLebihDariDiastole', nilaiDari(w.sistoleLebihDariDiastole.nilai), w.sistoleLebihDariDiastole);
  push('klinis.wajar.faktorGdpMmol', denganAngka((n) => `× ${n(w.faktorGdpMmol.nilai)}`), w.faktorGdpMmol);
  for (const k of ['gdpMmol', 'tensiTertukar'] as const) {
    push(`klinis.wajar.${k}.bagian`, nilaiDari(w[k].bagian.nilai), w[k].bagian);
    push(`klinis.wajar.${k}.minBaris`, nilaiDari(w[k].minBaris.nilai), w[k].minBaris);
  }
  push('kewajaran.batasPenurunanPeserta', nilaiDari(rs.kewajaran.batasPenurunanPeserta.nilai), rs.kewajaran.batasPenurunanPeserta);
  push('kewajaran.bulanTidakLengkapHari', nilaiDari(rs.kewajaran.bulanTidakLengkapHari.nilai), rs.kewajaran.bulanTidakLengkapHari);
  push('kewajaran.batasLuarBulan', nilaiDari(rs.kewajaran.batasLuarBulan.nilai), rs.kewajaran.batasLuarBulan);
  push('kewajaran.peringatanLuarBulan', nilaiDari(rs.kewajaran.peringatanLuarBulan.nilai), rs.kewajaran.peringatanLuarBulan);
  push('kewajaran.minLuarBulan', nilaiDari(rs.kewajaran.minLuarBulan.nilai), rs.kewajaran.minLuarBulan);
  for (const [k, v] of Object.entries(rs.kewajaran.sinyal)) push(`kewajaran.sinyal.${k}`, nilaiDari(v.nilai), v);
  for (const [k, v] of Object.entries(rs.verifikasi)) push(`verifikasi.${k}`, nilaiDari(v.nilai), v);
  return out;
}

function barisTarif(ts: TariffSet): Baris[] {
  const out: Baris[] = [{ path: sama('berlaku'), nilai: sama(berlakuTeks(ts.berlaku)), status: ts.berlaku.status, sumber: ts.berlaku.sumber }];
  for (const [jenis, r] of Object.entries(ts.rentang)) {
    const nilai: Dua =
      r.min === null
        ? { mesin: 'unknown', tampil: teks('tidak diketahui', 'unknown') }
        : { mesin: `Rp${r.min}–${r.max}`, tampil: perBahasa((b) => `${rupiah(BigInt(r.min as number), b)}–${r.max === null ? '…' : angka(r.max, b)}`) };
    out.push({ path: sama(`tarif.${jenis}`), nilai, status: r.status, sumber: r.sumber });
  }
  if (ts.tinjauan) {
    const t = ts.tinjauan;
    out.push({
      path: sama('tinjauan'),
      nilai: { mesin: `every ${t.setiapBulan.nilai} months; none found through ${t.dicariSampai}`, tampil: teks(`tiap ${t.setiapBulan.nilai} bulan; tak ditemukan s.d. ${t.dicariSampai}`, `every ${t.setiapBulan.nilai} months; none found through ${t.dicariSampai}`) },
      status: t.setiapBulan.status,
      sumber: t.setiapBulan.sumber,
    });
  }
  for (const [jenis, m] of Object.entries(ts.maksSdm ?? {}))
    out.push({ path: sama(`maksSdm.${jenis}`), nilai: { mesin: `Rp${m.nilai}`, tampil: perBahasa((b) => rupiah(BigInt(m.nilai), b)) }, status: m.status, sumber: m.sumber });
  return out;
}

const mesin = (x: Baris): NilaiBerSumber => ({ path: x.path.mesin, nilai: x.nilai.mesin, status: x.status, sumber: x.sumber });
const tampil = (x: Baris): NilaiTampil => ({ path: x.path.tampil, nilai: x.nilai.tampil, status: x.status, sumber: x.sumber });

/** A rule set's values as its file writes them (the workbook's Aturan sheet, the provisional count). */
export const daftarNilaiAturan = (rs: RuleSet): NilaiBerSumber[] => barisAturan(rs).map(mesin);
/** A tariff set's values as its file writes them. */
export const daftarNilaiTarif = (ts: TariffSet): NilaiBerSumber[] => barisTarif(ts).map(mesin);
/** The same rows for `kbk rules show`, in both languages. */
export const tampilanNilaiAturan = (rs: RuleSet): NilaiTampil[] => barisAturan(rs).map(tampil);
export const tampilanNilaiTarif = (ts: TariffSet): NilaiTampil[] => barisTarif(ts).map(tampil);

export function jumlahBelumTerverifikasi(values: NilaiBerSumber[]): number {
  return values.filter((v) => v.status !== 'verified').length;
}

/**
 * A derived rule set's rows that its agreement set (the positions in daftarNilaiAturan's
 * order): those whose value, status or source differs from its base's row at the same path,
 * or that the base lacks.
 */
export function nilaiDariKesepakatan(rs: RuleSet, dasar: RuleSet): Set<number> {
  const basis = new Map(daftarNilaiAturan(dasar).map((v) => [v.path, v]));
  const out = new Set<number>();
  daftarNilaiAturan(rs).forEach((v, i) => {
    const b = basis.get(v.path);
    if (!b || b.nilai !== v.nilai || b.status !== v.status || b.sumber !== v.sumber) out.add(i);
  });
  return out;
}
