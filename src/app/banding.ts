// kbk banding: one payment month's data under two sets of terms (rule set, clinical
// profile, tariff set), side by side per facility with the difference and the total —
// what a policy analyst asks before a new table is adopted ("what would the 110 % band or
// the strict HT profile cost this branch?"). The exports are read once.
import { join } from 'node:path';
import type { Kapitasi } from '../core/assessment.js';
import { formatMonth, type MonthIndex, type WindowKind } from '../core/month.js';
import { toPlain } from '../core/rational.js';
import { UsageError } from '../errors.js';
import { findRuleSet } from '../rules/index.js';
import type { ProfilKlinis, RuleSet, TariffSet } from '../rules/schema.js';
import { namaLaporan } from '../report/nama-laporan.js';
import { csvText } from '../report/tulis-csv.js';
import { bacaJendela, denganTolak, mulaiPrabaca, type BacaanJendela, type Jendela, filesTolak, hitungBayar, ketentuanBayar, konteks, peringatanTarif, pesanTarif, pilihProfil, temuanKewajaran, type Ketentuan, type OpsiJob } from './jobs.js';
import { tarifDiLuarRentang } from '../core/kewajaran.js';
import { PESAN_APP } from '../pesan/app.js';
import type { HasilBanding } from '../report/hasil.js';

export type { BarisBanding, HasilBanding } from '../report/hasil.js';

/** What the alternative changes; each absent part is the baseline's. */
export interface OpsiBanding {
  rules?: RuleSet;
  profilKlinis?: string;
  tariffs?: TariffSet;
  /** Another assessment window (block against bulanan is the what-if of Per BPJS 7/2019's monthly reading). */
  window?: WindowKind;
}

const namaProfil = (rules: RuleSet, p: ProfilKlinis): string => Object.entries(rules.klinis.profil).find(([, v]) => v === p)?.[0] ?? '?';
/** rule set/profile/tariff set, and the window when the two windows differ. */
const label = (k: Ketentuan, jendela: WindowKind | null): string => `${k.rules.id}/${namaProfil(k.rules, k.profil)}/${k.tarif.id}${jendela ? `/${jendela}` : ''}`;

export const KOLOM_BANDING = [
  'bulan_bayar', 'kode_ppk', 'nama_fktp', 'jenis_fktp',
  'ketentuan_a', 'total_nilai_a', 'persen_kapitasi_a', 'kapitasi_dibayar_a',
  'ketentuan_b', 'total_nilai_b', 'persen_kapitasi_b', 'kapitasi_dibayar_b',
  'selisih',
] as const;

export function barisBanding(h: HasilBanding): Record<string, string>[] {
  const n = (k: Kapitasi) => ({ total: k.penilaian ? toPlain(k.penilaian.totalNilai, 4) : '', persen: toPlain(k.persenKapitasi, 4), dibayar: String(k.pembayaran.kapitasiDibayar) });
  const rows: Record<string, string>[] = h.baris.map((r) => {
    const a = n(r.kapitasiA);
    const b = n(r.kapitasiB);
    return {
      bulan_bayar: formatMonth(h.bulanBayar), kode_ppk: r.kapitasiA.fktp.kodePpk, nama_fktp: r.kapitasiA.fktp.namaFktp, jenis_fktp: r.kapitasiA.fktp.jenisFktp,
      ketentuan_a: h.a.label, total_nilai_a: a.total, persen_kapitasi_a: a.persen, kapitasi_dibayar_a: a.dibayar,
      ketentuan_b: h.b.label, total_nilai_b: b.total, persen_kapitasi_b: b.persen, kapitasi_dibayar_b: b.dibayar,
      selisih: String(r.selisih),
    };
  });
  // The total a branch asks for, as the last row.
  rows.push({
    bulan_bayar: formatMonth(h.bulanBayar), kode_ppk: 'TOTAL', nama_fktp: `${h.baris.length} fasilitas`, jenis_fktp: '',
    ketentuan_a: h.a.label, total_nilai_a: '', persen_kapitasi_a: '', kapitasi_dibayar_a: String(h.total.a),
    ketentuan_b: h.b.label, total_nilai_b: '', persen_kapitasi_b: '', kapitasi_dibayar_b: String(h.total.b),
    selisih: String(h.total.selisih),
  });
  return rows;
}

export function banding(opsi: OpsiJob, bulanBayar: MonthIndex, alt: OpsiBanding): Promise<HasilBanding> {
  // A derived rule set (a regional agreement) is compared with its base unless told otherwise.
  const dasar = opsi.rules?.turunan ? findRuleSet(opsi.rules.turunan.dasar) : undefined;
  if (alt.rules === undefined && alt.profilKlinis === undefined && alt.tariffs === undefined && alt.window === undefined) {
    if (!dasar) throw new UsageError(PESAN_APP.tanpaPembanding);
    alt = { ...alt, rules: dasar };
  }
  return denganTolak(opsi, bulanBayar, async (tolak) => {
    const ctx = await konteks(opsi, tolak);
    // Both windows' months read side by side where that pays (src/app/bulan-paralel.ts), heard in this order.
    const sudah: BacaanJendela = { bulan: new Map(), prabaca: mulaiPrabaca(ctx, opsi, bulanBayar, [undefined, alt.window]) };
    let j: Jendela;
    let jB: Jendela;
    try {
      j = await bacaJendela(ctx, opsi, bulanBayar, sudah);
      // The other window reads only the months the first did not.
      jB = alt.window === undefined || alt.window === j.kind ? j : await bacaJendela(ctx, { ...opsi, window: alt.window }, bulanBayar, sudah);
    } finally {
      await sudah.prabaca?.tutup();
    }
    const a = ketentuanBayar(opsi, j);
    const rulesB = alt.rules ?? a.rules;
    const b: Ketentuan = {
      rules: rulesB,
      // The baseline's profile carries over unless named, or unless the rule set changes (then its bawaan).
      profil: pilihProfil(rulesB, alt.profilKlinis ?? opsi.profilKlinis ?? (alt.rules ? undefined : namaProfil(a.rules, a.profil))),
      tarif: alt.tariffs ?? a.tarif,
      rataRata: opsi.rataRata ?? rulesB.kebijakan.rataRata.nilai,
    };
    const hasilA = hitungBayar(ctx, j, a);
    const hasilB = hitungBayar(ctx, jB, b);
    const baris = hasilA.kapitasi.map((ka, i) => {
      const kb = hasilB.kapitasi[i] as Kapitasi;
      return { kapitasiA: ka, kapitasiB: kb, selisih: kb.pembayaran.kapitasiDibayar - ka.pembayaran.kapitasiDibayar };
    });
    const total = baris.reduce((t, r) => ({ a: t.a + r.kapitasiA.pembayaran.kapitasiDibayar, b: t.b + r.kapitasiB.pembayaran.kapitasiDibayar, selisih: t.selisih + r.selisih }), { a: 0n, b: 0n, selisih: 0n });
    // A comparison pays nobody: what would stop `pay` is said, not enforced.
    // Tariffs outside their range: under the baseline's tariff set, and the alternative's when it differs.
    const tarifLuar = [...new Set([a.tarif, b.tarif])].flatMap((t) => tarifDiLuarRentang(ctx.master.daftar, t));
    const peringatan = [
      ...ctx.peringatan,
      ...tarifLuar.map((t) => (t.pasti ? PESAN_APP.bayarBerhentiDiSini(pesanTarif(ctx, t)) : peringatanTarif(ctx, t))),
      ...temuanKewajaran(ctx, hasilA.turun, hasilA.kapitasi, a.rules).map((t) => PESAN_APP.bayarBerhentiDiSini(t.pesan)),
    ];
    const hasil: HasilBanding = { bulanBayar, a: { ...a, label: label(a, jB === j ? null : j.kind) }, b: { ...b, label: label(b, jB === j ? null : jB.kind) }, baris, total, files: [], peringatan, dipakai: { aturan: [...new Set([a.rules, b.rules])], tarif: [...new Set([a.tarif, b.tarif])], bulanBayar } };
    hasil.files = [
      { path: join(opsi.outDir, namaLaporan('banding', bulanBayar)), content: csvText(KOLOM_BANDING, barisBanding(hasil)) },
      ...filesTolak(opsi, bulanBayar, [...sudah.bulan].flatMap(([bulan, dibaca]) => (dibaca ? [bulan] : [])).sort((x, y) => x - y), ctx.tolak),
    ];
    return hasil;
  });
}
