// Anomaly signals (issue 11): shapes of a month's data that padded or incomplete exports
// leave — contacts piled on one day, at the month's end or on Sundays; an Angka Kontak that
// jumps, or lands just over the target month after month; healthy visits without vital
// signs; late entries; a facility with no rows at all. Signals, not verdicts: each says what
// it measured, against which threshold, with the evidence, and changes no number.
// Thresholds are the rule set's kewajaran.sinyal (design values with their reasoning).
import type { RuleSet } from '../rules/schema.js';
import { daysOfMonth, formatDate, formatMonth, hariDalamMinggu, type DayNumber, type MonthIndex } from './month.js';
import { cmp, div, mean, parseDecimal, rat, sub, toFixed, type Rational } from './rational.js';
import { angkaKontak } from './rumus/angka-kontak.js';
import { HARI, HARI_ENTRI, type FaktaHarian, type HitunganDasar } from './types.js';

export const NAMA_SINYAL = [
  'hari_tersibuk', 'akhir_bulan', 'hari_minggu', 'lonjakan_ak', 'ak_tepat_target', 'sehat_tanpa_vital', 'entri_terlambat', 'tanpa_data',
  'penurunan_kontak', 'penurunan_rujukan', 'penurunan_prolanis',
] as const;
export type NamaSinyal = (typeof NAMA_SINYAL)[number];

export interface Sinyal {
  /** Facility index (master order). */
  f: number;
  sinyal: NamaSinyal;
  /** What was measured: a share as a decimal (0.3125), a ratio, a count of months. */
  nilai: string;
  /** The threshold it passed (the rule set's value). */
  ambang: string;
  /** The evidence, in words an analyst can check against the exports. */
  bukti: string;
  /** The falls (penurunan_*): this month's count, the earlier months' average (a decimal with a dot) and those months. */
  turun?: { kini: number; rata: string; bulan: MonthIndex[] };
}

/** A facility's earlier month as far as AK goes (from this run, or an earlier capaian report). */
export interface AkBulan {
  bulan: MonthIndex;
  pesertaKontak: number;
  pesertaTerdaftar: number;
  /** Referrals counted (rujukan_total); absent when the source does not say. */
  rujukanTotal?: number;
  /** Registered participants in prolanis.csv (dm_terdaftar + ht_terdaftar); absent when the source does not say. */
  prolanis?: number;
  /** Where it came from, for the evidence ("capaian-2024-05.csv"). */
  sumber?: string;
}

export interface MasukanSinyal {
  bulan: MonthIndex;
  dasar: readonly HitunganDasar[];
  /** The daily facts; null when the month was read from a summary (only the AK signals then). */
  harian: FaktaHarian | null;
  /** Per facility, its earlier months (any order, months before `bulan` only are used). */
  riwayat: readonly (readonly AkBulan[])[];
  rules: RuleSet;
}

// The evidence is Indonesian text: decimal comma there; nilai and ambang stay machine-readable.
const koma = (s: string): string => s.replace('.', ',');
const persen = (r: Rational): string => `${koma(toFixed(rat(r.n * 100n, r.d), 1))} %`;
const desimal = (r: Rational): string => toFixed(r, 4);
const permil = (r: Rational): string => `${koma(toFixed(r, 2))} ‰`;

/** The rule set's AK target: the lower limit of the best rating band of the angka_kontak indicator (150 ‰). */
export function targetAk(rules: RuleSet): { nilai: Rational; inklusif: boolean } | null {
  const ind = rules.indikator.find((i) => i.rumus === 'angka_kontak');
  if (!ind) return null;
  const terbaik = [...ind.band].filter((b) => b.bawah).sort((a, b) => b.rating - a.rating)[0];
  return terbaik?.bawah ? { nilai: parseDecimal(terbaik.bawah.nilai), inklusif: terbaik.bawah.inklusif } : null;
}

/** Every signal that fires for every facility in the month, in master order then signal order. */
export function sinyalBulan(m: MasukanSinyal): Sinyal[] {
  const a = m.rules.kewajaran.sinyal;
  const minKontak = a.minKontak.nilai;
  const { first, last } = daysOfMonth(m.bulan);
  const nHari = last - first + 1;
  const target = targetAk(m.rules);
  const out: Sinyal[] = [];
  m.dasar.forEach((h, f) => {
    const fire = (sinyal: NamaSinyal, nilai: string, ambang: string, bukti: string, turun?: Sinyal['turun']): void => void out.push({ f, sinyal, nilai, ambang, bukti, ...(turun ? { turun } : {}) });
    const hr = m.harian;
    if (hr) {
      const hari = (d: number): number => hr.kontak[f * HARI + d] as number;
      let total = 0;
      for (let d = 0; d < nHari; d++) total += hari(d);
      if (total >= minKontak) {
        // The busiest day: a batch of entered visits lands on one date.
        let puncak = 0;
        for (let d = 1; d < nHari; d++) if (hari(d) > hari(puncak)) puncak = d;
        const share = rat(hari(puncak), total);
        const ambang = parseDecimal(a.hariTersibuk.nilai);
        if (cmp(share, ambang) > 0) {
          const baru = hr.kontakPertama[f * HARI + puncak] as number;
          fire('hari_tersibuk', desimal(share), a.hariTersibuk.nilai, `${formatDate(first + puncak)}: ${hari(puncak)} dari ${total} kontak bulan ini (${persen(share)}); ${baru} peserta kontak pertamanya bulan ini pada hari itu`);
        }
        // The month's last three days: contacts entered to reach a target before the month
        // closes. The month ends where the export's data ends (its latest contact over all
        // facilities): the last calendar day in a full export, earlier in one cut short.
        const ujung = Math.min(hr.kontakTerakhir ?? last, last) - first;
        let akhir = 0;
        for (let d = Math.max(0, ujung - 2); d <= ujung; d++) akhir += hari(d);
        const shareAkhir = rat(akhir, total);
        if (cmp(shareAkhir, parseDecimal(a.akhirBulan.nilai)) > 0)
          fire('akhir_bulan', desimal(shareAkhir), a.akhirBulan.nilai, `${formatDate(first + Math.max(0, ujung - 2))} s.d. ${formatDate(first + ujung)}: ${akhir} dari ${total} kontak (${persen(shareAkhir)})`);
        // Sundays: most FKTP are closed.
        let minggu = 0;
        const tanggalMinggu: string[] = [];
        for (let d = 0; d < nHari; d++)
          if (hariDalamMinggu(first + d) === 0) {
            minggu += hari(d);
            if (hari(d) > 0) tanggalMinggu.push(`${formatDate(first + d)} (${hari(d)})`);
          }
        const shareMinggu = rat(minggu, total);
        if (cmp(shareMinggu, parseDecimal(a.hariMinggu.nilai)) > 0)
          fire('hari_minggu', desimal(shareMinggu), a.hariMinggu.nilai, `${minggu} dari ${total} kontak pada hari Minggu (${persen(shareMinggu)}): ${tanggalMinggu.join(', ')}`);
      }
      // Healthy visits without any vital sign (only where the export carries both columns).
      const sehat = hr.sehat[f] as number;
      if (hr.ada.vital && sehat >= a.minSehat.nilai) {
        const tanpa = hr.sehatTanpaVital[f] as number;
        const share = rat(tanpa, sehat);
        if (cmp(share, parseDecimal(a.sehatTanpaVital.nilai)) > 0)
          fire('sehat_tanpa_vital', desimal(share), a.sehatTanpaVital.nilai, `${tanpa} dari ${sehat} kunjungan sehat tanpa tanda vital (sistole, diastole, berat_badan, tinggi_badan kosong) (${persen(share)})`);
      }
      // Entries after the month's input deadline (only where the export carries tgl_entri).
      if (hr.ada.entri) {
        let dientri = 0;
        let telat = 0;
        for (let k = 0; k < HARI_ENTRI; k++) {
          const n = hr.entri[f * HARI_ENTRI + k] as number;
          dientri += n;
          if (k > a.entriBatasHari.nilai) telat += n;
        }
        if (dientri >= minKontak) {
          const share = rat(telat, dientri);
          if (cmp(share, parseDecimal(a.entriTerlambat.nilai)) > 0)
            fire('entri_terlambat', desimal(share), a.entriTerlambat.nilai, `${telat} dari ${dientri} kontak dientri lebih dari ${a.entriBatasHari.nilai} hari setelah ${formatDate(last)} (${persen(share)})`);
        }
      }
    }

    // AK against the facility's own earlier months.
    const ak = angkaKontak(h.pesertaKontak, h.pesertaTerdaftar);
    const sebelum = m.riwayat[f]?.filter((r) => r.bulan < m.bulan).sort((x, y) => x.bulan - y.bulan) ?? [];
    const akSebelum = sebelum.flatMap((r) => {
      const v = angkaKontak(r.pesertaKontak, r.pesertaTerdaftar);
      return v ? [{ ...r, ak: v }] : [];
    });
    if (ak && h.pesertaKontak >= minKontak && akSebelum.length > 0) {
      const rata = mean(akSebelum.map((r) => r.ak));
      if (rata.n > 0n) {
        const rasio = div(ak, rata);
        if (cmp(rasio, parseDecimal(a.lonjakanAk.nilai)) > 0)
          fire(
            'lonjakan_ak',
            toFixed(rasio, 2),
            a.lonjakanAk.nilai,
            `AK ${permil(ak)} (${formatMonth(m.bulan)}) lawan rata-rata ${permil(rata)} dari ${akSebelum.map((r) => `${formatMonth(r.bulan)} ${permil(r.ak)}${r.sumber ? ` [${r.sumber}]` : ''}`).join(', ')}`,
          );
      }
    }
    // AK just over the target, month after month (this month and the ones right before it).
    if (ak && target) {
      const rentang = parseDecimal(a.tepatTargetRentang.nilai);
      const tepat = (v: Rational): boolean => {
        const c = cmp(v, target.nilai);
        return (c > 0 || (c === 0 && target.inklusif)) && cmp(sub(v, target.nilai), rentang) < 0;
      };
      const perlu = a.tepatTargetBulan.nilai;
      const deret: { bulan: MonthIndex; ak: Rational; sumber?: string }[] = [{ bulan: m.bulan, ak }];
      for (let k = 1; k < perlu; k++) {
        const r = akSebelum.find((x) => x.bulan === m.bulan - k);
        if (!r) break;
        deret.push(r);
      }
      if (deret.length >= perlu && deret.every((d) => tepat(d.ak)))
        fire(
          'ak_tepat_target',
          String(deret.length),
          String(perlu),
          `AK ${deret
            .reverse()
            .map((d) => `${formatMonth(d.bulan)} ${permil(d.ak)}`)
            .join(', ')}: tiap bulan kurang dari ${a.tepatTargetRentang.nilai} ‰ di atas target ${toFixed(target.nilai, 0)} ‰`,
        );
    }
    // A fall of the facility's own volume against its earlier months: a file cut short, or
    // a facility missing from part of an export. What is compared is what the indicators
    // count (participants with a contact, referrals, participants in prolanis.csv), so the
    // earlier capaian reports carry it too.
    const faktor = parseDecimal(a.penurunan.nilai);
    const volume: [NamaSinyal, string, string, number, (r: AkBulan) => number | undefined][] = [
      ['penurunan_kontak', 'peserta dengan kontak', 'kontak.csv', h.pesertaKontak, (r) => r.pesertaKontak],
      ['penurunan_rujukan', 'rujukan', 'rujukan.csv', h.rujukanTotal, (r) => r.rujukanTotal],
      ['penurunan_prolanis', 'peserta di Prolanis (DM + HT)', 'prolanis.csv', h.dmTerdaftar + h.htTerdaftar, (r) => r.prolanis],
    ];
    // Against its earlier months; for contacts, when there are too few of those, also the later
    // months read in the same run (a payment window), so a cut first month of a window is named
    // too. Referrals and Prolanis stay with the earlier months: they are few and lumpy, and a
    // month without referrals is a case the rule set has a policy for (rujukanNol).
    const lain = m.riwayat[f]?.filter((r) => r.bulan !== m.bulan).sort((x, y) => x.bulan - y.bulan) ?? [];
    for (const [sinyal, apa, file, kini, dari] of volume) {
      if (h.pesertaTerdaftar === 0) break; // not there this month: nothing to compare
      // A month with no registered participant is one the facility was not there (not yet in cooperation): no history.
      const ada = (rs: readonly AkBulan[]) =>
        rs.flatMap((r) => {
          const v = dari(r);
          return v === undefined || r.pesertaTerdaftar === 0 ? [] : [{ r, v }];
        });
      const awal = ada(sebelum);
      const lalu = sinyal === 'penurunan_kontak' && awal.length < a.minBulanPenurunan.nilai ? ada(lain) : awal;
      if (lalu.length === 0 || lalu.length < a.minBulanPenurunan.nilai) continue;
      const rata = rat(lalu.reduce((t, x) => t + x.v, 0), lalu.length);
      if (cmp(rata, rat(a.minPenurunan.nilai)) < 0) continue;
      const rasio = div(rat(kini), rata);
      if (cmp(rasio, faktor) < 0)
        fire(
          sinyal,
          toFixed(rasio, 2),
          a.penurunan.nilai,
          `${apa} ${kini} (${formatMonth(m.bulan)}/${file}) lawan rata-rata ${koma(toFixed(rata, 1).replace(/\.0$/, ''))} dari ${lalu.map((x) => `${formatMonth(x.r.bulan)} ${x.v}${x.r.sumber ? ` [${x.r.sumber}]` : ''}`).join(', ')}: file terpotong, atau fasilitas hilang dari sebagian ekspor?`,
          { kini, rata: toFixed(rata, 1).replace(/\.0$/, ''), bulan: lalu.map((x) => x.r.bulan) },
        );
    }
    // Registered participants but no row at all in the month's exports.
    const baris =
      h.pesertaKontak + h.kontakTidakTerdaftar + h.kontakLuarBulan + h.kontakLewatBatasEntri + h.rujukanTotal + h.rujukanDuplikat + h.rujukanLuarBulan + h.prolanisBerkunjung + h.prolanisTidakTerdaftar + h.pengukuranLuarBulan + h.pengukuranTanpaTanggal;
    if (h.pesertaTerdaftar > 0 && baris === 0)
      fire('tanpa_data', '0', '1', `${h.pesertaTerdaftar} peserta terdaftar, tetapi tidak ada satu baris kontak, rujukan atau Prolanis bulan ini: ekspor fasilitas ini mungkin tidak ikut`);
  });
  return out;
}

/**
 * A month whose contacts stop well before its last day was exported before it ended:
 * the day the data runs to, or null when the month looks complete. `sampai` (--sampai)
 * says so outright.
 */
export function bulanTidakLengkap(bulan: MonthIndex, kontakTerakhir: DayNumber | null, hariBatas: number, sampai?: DayNumber): DayNumber | null {
  const { last } = daysOfMonth(bulan);
  if (sampai !== undefined && sampai < last) return sampai;
  if (kontakTerakhir === null) return null;
  return last - kontakTerakhir >= hariBatas ? kontakTerakhir : null;
}
