// Why a facility got its numbers, and what would lift it: each indicator from its counts,
// its band and nilai, and the smallest change in counts that reaches the next rating and
// the next payment band. Pure: works on a Capaian and its rule set.
import { batasTeks } from '../rules/provenance.js';
import type { Indikator, RuleSet, SlotIndikator } from '../rules/schema.js';
import type { Capaian } from './assessment.js';
import { angkaKontak, rasioProlanisBerkunjung, rasioProlanisTerkendali, rasioRujukanNonSpesialistik } from './indicators.js';
import { formatMonth } from './month.js';
import { add, cmp, mul, parseDecimal, rat, sub, toFixed, toPlain, type Rational } from './rational.js';
import { inBand, ratingIndikator } from './scoring.js';
import type { HitunganBulan } from './types.js';

/** One way to move an indicator: k more (or fewer) of something, and the value it gives. */
interface Langkah {
  /** "more participants with a contact", … */
  apa: string;
  max: number;
  nilai: (k: number) => Rational | null;
}

function langkahUntuk(ind: Indikator, h: HitunganBulan, taccDalamPenyebut: boolean): Langkah[] {
  switch (ind.rumus) {
    case 'angka_kontak':
      return [{ apa: 'more registered participant(s) with a contact', max: h.pesertaTerdaftar - h.pesertaKontak, nilai: (k) => angkaKontak(h.pesertaKontak + k, h.pesertaTerdaftar) }];
    case 'rrns':
      return [{
        apa: 'fewer non-specialistic referral(s)',
        max: h.rujukanNonSpesialistik,
        nilai: (k) => rasioRujukanNonSpesialistik({ ...h, rujukanNonSpesialistik: h.rujukanNonSpesialistik - k }, taccDalamPenyebut).rrns,
      }];
    case 'rppt': {
      const both: Langkah[] = [
        { apa: 'more controlled Prolanis DM participant(s)', max: h.dmTerdaftar - h.dmTerkendali, nilai: (k) => rasioProlanisTerkendali({ ...h, dmTerkendali: h.dmTerkendali + k }).rppt },
        { apa: 'more controlled Prolanis HT participant(s)', max: h.htTerdaftar - h.htTerkendali, nilai: (k) => rasioProlanisTerkendali({ ...h, htTerkendali: h.htTerkendali + k }).rppt },
      ];
      return both.filter((l) => l.max > 0);
    }
    case 'rppb':
      return [{ apa: 'more enrolled Prolanis participant(s) visiting', max: h.prolanisTerdaftar - h.prolanisBerkunjung, nilai: (k) => rasioProlanisBerkunjung({ ...h, prolanisBerkunjung: h.prolanisBerkunjung + k }) }];
  }
}

/** Smallest k in 0..max with reaches(k), by bisection (ratings only improve as k grows). */
function terkecil(max: number, reaches: (k: number) => boolean): number | null {
  if (max < 0 || !reaches(max)) return null;
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reaches(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Perubahan {
  k: number;
  apa: string;
  nilai: Rational;
  rating: number;
}

/** For each way to move the indicator, the smallest change that reaches rating ≥ target. */
function perubahanMinimal(ind: Indikator, h: HitunganBulan, rules: RuleSet, target: number): Perubahan[] {
  const out: Perubahan[] = [];
  for (const l of langkahUntuk(ind, h, rules.kebijakan.taccDalamPenyebut.nilai)) {
    const k = terkecil(l.max, (x) => ratingIndikator(l.nilai(x), ind, rules.id) >= target);
    if (k === null || k === 0) continue;
    const v = l.nilai(k) as Rational;
    out.push({ k, apa: l.apa, nilai: v, rating: ratingIndikator(v, ind, rules.id) });
  }
  return out;
}

const teksPerubahan = (p: Perubahan): string => `${p.k} ${p.apa} (→ ${toFixed(p.nilai, 2)}, rating ${p.rating})`;

export interface PenjelasanIndikator {
  slot: SlotIndikator;
  nama: string;
  rumus: string;
  nilai: string | null;
  rating: number | null;
  band: string | null;
  status: string | null;
  nilaiKinerja: string | null;
  /** The next rating up, and the smallest changes in counts that reach it. */
  berikutnya: { rating: number; band: string; cara: string[] } | null;
}

export interface Penjelasan {
  judul: string;
  indikator: PenjelasanIndikator[];
  ringkasan: string[];
  /** What would move the payment to the next band. */
  peluang: string[];
  catatan: string[];
}

function rumusTeks(ind: Indikator, c: Capaian, rules: RuleSet): string {
  const h = c.hitungan;
  switch (ind.rumus) {
    case 'angka_kontak':
      return `${h.pesertaKontak} registered participants with a contact ÷ ${h.pesertaTerdaftar} registered × 1000`;
    case 'rrns':
      return rules.kebijakan.taccDalamPenyebut.nilai
        ? `${h.rujukanNonSpesialistik} non-specialistic ÷ ${h.rujukanTotal} referrals (${h.rujukanTacc} of them TACC, never non-specialistic) × 100`
        : `${h.rujukanNonSpesialistik} non-specialistic ÷ ${h.rujukanTotal - h.rujukanTacc} referrals (${h.rujukanTacc} TACC left out) × 100`;
    case 'rppt':
      return `(RPPT-DM ${h.dmTerkendali}/${h.dmTerdaftar} + RPPT-HT ${h.htTerkendali}/${h.htTerdaftar}) ÷ 2, a sub-ratio without participants left out`;
    case 'rppb':
      return `${h.prolanisBerkunjung} enrolled Prolanis participants with a contact or measurement ÷ ${h.prolanisTerdaftar} enrolled × 100`;
  }
}

export function jelaskan(c: Capaian, rules: RuleSet): Penjelasan {
  const h = c.hitungan;
  const p = c.penilaian;
  const indikator: PenjelasanIndikator[] = rules.indikator.map((ind) => {
    const v = c.indikator[ind.slot];
    const rating = p ? p.rating[ind.slot] : null;
    const band = v === null || rating === null ? null : (ind.band.find((b) => inBand(v, b)) ?? null);
    const better = rating === null ? undefined : ind.band.filter((b) => b.rating > rating).sort((a, b) => a.rating - b.rating)[0];
    return {
      slot: ind.slot,
      nama: ind.nama,
      rumus: rumusTeks(ind, c, rules),
      nilai: v === null ? null : toFixed(v, 2),
      rating,
      band: band ? batasTeks(band) : rating !== null ? 'not assessed: rating given by the rule set' : null,
      status: band ? `${band.status}: ${band.sumber}` : null,
      nilaiKinerja: p ? `${ind.bobot.nilai} × ${rating} = ${toPlain(p.nilai[ind.slot], 4)}` : null,
      berikutnya:
        better && v !== null
          ? { rating: better.rating, band: batasTeks(better), cara: perubahanMinimal(ind, h, rules, better.rating).map(teksPerubahan) }
          : null,
    };
  });

  const ringkasan: string[] = [];
  const peluang: string[] = [];
  if (p) {
    ringkasan.push(`total nilai ${rules.indikator.map((i) => toPlain(p.nilai[i.slot], 4)).join(' + ')} = ${toPlain(p.totalNilai, 4)}`);
    const table = rules.pembayaran.find((t) => t.jenis.includes(c.fktp.jenisFktp));
    if (table) {
      const now = table.band.find((b) => inBand(p.totalNilai, b));
      if (now) ringkasan.push(`payment band ${batasTeks(now)} → ${now.persen}% for ${c.fktp.jenisFktp} (${now.status}: ${now.sumber})`);
      const next = table.band
        .filter((b) => cmp(parseDecimal(b.persen), parseDecimal(now?.persen ?? '0')) > 0)
        .sort((a, b) => cmp(parseDecimal(a.persen), parseDecimal(b.persen)))[0];
      if (next) {
        const reaches = (total: Rational): boolean => table.band.some((b) => inBand(total, b) && cmp(parseDecimal(b.persen), parseDecimal(next.persen)) >= 0);
        for (const ind of rules.indikator) {
          if (c.indikator[ind.slot] === null) continue;
          const r0 = p.rating[ind.slot];
          const w = parseDecimal(ind.bobot.nilai);
          const ratings = [...new Set(ind.band.map((b) => b.rating))].filter((r) => r > r0).sort((a, b) => a - b);
          // Per way of moving the indicator: the smallest change whose rating lifts the total far enough.
          const found = new Map<string, string>();
          for (const r of ratings)
            for (const ch of perubahanMinimal(ind, h, rules, r)) {
              const total = add(sub(p.totalNilai, p.nilai[ind.slot]), mul(w, rat(ch.rating)));
              if (!found.has(ch.apa) && reaches(total))
                found.set(ch.apa, `${next.persen}%: ${ind.slot.toUpperCase()} to rating ${ch.rating} (total nilai ${toPlain(total, 4)}) with ${teksPerubahan(ch)}`);
            }
          peluang.push(...found.values());
        }
      }
    }
  }
  ringkasan.push(c.kbkBerlaku ? `KBK applies: ${toPlain(c.persenKapitasi, 4)}% of the base tariff` : `KBK does not apply: paid 100%`);
  return {
    judul: `${c.fktp.kodePpk} ${c.fktp.namaFktp} (${c.fktp.jenisFktp}), ${formatMonth(c.bulan)}, ${c.aturan}`,
    indikator,
    ringkasan,
    peluang,
    catatan: c.catatan,
  };
}

export function penjelasanTeks(e: Penjelasan): string {
  const lines = [e.judul];
  for (const i of e.indikator) {
    lines.push('', `${i.slot.toUpperCase()} — ${i.nama}`, `  = ${i.rumus}`, `  = ${i.nilai ?? 'not assessed'}`);
    if (i.rating !== null) lines.push(`  rating ${i.rating} (${i.band}${i.status ? `; ${i.status}` : ''})`, `  nilai ${i.nilaiKinerja}`);
    if (i.berikutnya)
      lines.push(
        `  next: rating ${i.berikutnya.rating} (${i.berikutnya.band}) needs ` +
          (i.berikutnya.cara.length > 0 ? i.berikutnya.cara.join(', or ') : 'more than the counts of this month can give'),
      );
  }
  lines.push('', ...e.ringkasan);
  if (e.peluang.length > 0) lines.push('', 'to reach the next payment band, any one of:', ...e.peluang.map((s) => `  ${s}`));
  if (e.catatan.length > 0) lines.push('', 'catatan:', ...e.catatan.map((s) => `  ${s}`));
  return lines.join('\n') + '\n';
}
