// Every regulatory number of a rule set or tariff set, flattened with its status and
// source: what `kbk rules show` prints and what the provisional-values warning counts.
import { berlakuTeks, type Band, type RuleSet, type Status, type TariffSet } from './schema.js';
import { PESAN_ATURAN } from '../pesan/aturan.js';
import type { Teks } from '../pesan/index.js';

export interface NilaiBerSumber {
  path: string;
  nilai: string;
  status: Status;
  sumber: string;
}

/** A band's limits in words, in both languages: "> 145 dan < 150" / "> 145 and < 150", "nilai berapa pun" / "any value". */
export function batasPesan(b: Band): Teks {
  const lo = b.bawah ? `${b.bawah.inklusif ? '≥' : '>'} ${b.bawah.nilai}` : '';
  const hi = b.atas ? `${b.atas.inklusif ? '≤' : '<'} ${b.atas.nilai}` : '';
  return PESAN_ATURAN.batas([lo, hi].filter(Boolean));
}

/** A band's limits in English words: "> 145 and < 150" (the rule set's listing, the workbook's Aturan sheet). */
export const batasTeks = (b: Band): string => batasPesan(b).en;

export function daftarNilaiAturan(rs: RuleSet): NilaiBerSumber[] {
  const out: NilaiBerSumber[] = [];
  const push = (path: string, nilai: unknown, s: { status: Status; sumber: string }): void => {
    out.push({ path, nilai: String(nilai), status: s.status, sumber: s.sumber });
  };
  push('berlaku', berlakuTeks(rs.berlaku), rs.berlaku);
  for (const ind of rs.indikator) {
    push(`${ind.id}.rumus`, `${ind.rumus} (${ind.satuan})`, { status: 'verified', sumber: ind.nama });
    push(`${ind.id}.bobot`, ind.bobot.nilai, ind.bobot);
    for (const b of ind.band) push(`${ind.id}.rating ${b.rating}`, batasTeks(b), b);
    push(`${ind.id}.rating tidak dinilai`, ind.ratingTidakDinilai.nilai, ind.ratingTidakDinilai);
  }
  if (rs.jumlahBobot) push('jumlah bobot', rs.jumlahBobot.nilai, rs.jumlahBobot);
  for (const t of rs.pembayaran)
    for (const b of t.band) push(`pembayaran[${t.jenis.join(',')}] total nilai ${batasTeks(b)}`, `${b.persen}%`, b);
  for (const [jenis, v] of Object.entries(rs.perlakuanJenis)) push(`perlakuan.${jenis}`, v.nilai, v);
  for (const [k, v] of Object.entries(rs.kelayakan)) push(`kelayakan.${k}`, v.nilai, v);
  for (const [k, v] of Object.entries(rs.kebijakan)) push(`kebijakan.${k}`, v.nilai, v);
  for (const [nama, prof] of Object.entries(rs.klinis.profil)) {
    const path = `klinis.${nama}${nama === rs.klinis.bawaan ? ' (bawaan)' : ''}`;
    push(`${path}.pengukuran`, prof.pengukuran.nilai, prof.pengukuran);
    push(`${path}.tanggalSama`, prof.tanggalSama.nilai, prof.tanggalSama);
    push(`${path}.dm gdp`, `${prof.dm.gdpMin.nilai}–${prof.dm.gdpMax.nilai} mg/dL`, prof.dm.gdpMin);
    for (const h of prof.ht)
      push(`${path}.ht${h.jikaDm === undefined ? '' : h.jikaDm ? ' dengan DM' : ' tanpa DM'}`, `< ${h.sistoleKurangDari.nilai}/${h.diastoleKurangDari.nilai} mmHg`, h.sistoleKurangDari);
  }
  push('kewajaran.batasPenurunanPeserta', rs.kewajaran.batasPenurunanPeserta.nilai, rs.kewajaran.batasPenurunanPeserta);
  push('kewajaran.bulanTidakLengkapHari', rs.kewajaran.bulanTidakLengkapHari.nilai, rs.kewajaran.bulanTidakLengkapHari);
  for (const [k, v] of Object.entries(rs.kewajaran.sinyal)) push(`kewajaran.sinyal.${k}`, v.nilai, v);
  return out;
}

export function daftarNilaiTarif(ts: TariffSet): NilaiBerSumber[] {
  const out: NilaiBerSumber[] = [
    { path: 'berlaku', nilai: berlakuTeks(ts.berlaku), status: ts.berlaku.status, sumber: ts.berlaku.sumber },
  ];
  for (const [jenis, r] of Object.entries(ts.rentang))
    out.push({ path: `tarif.${jenis}`, nilai: r.min === null ? 'unknown' : `Rp${r.min}–${r.max}`, status: r.status, sumber: r.sumber });
  return out;
}

export function jumlahBelumTerverifikasi(values: NilaiBerSumber[]): number {
  return values.filter((v) => v.status !== 'verified').length;
}
