// --verifikasi FILE (issue 20): the assessment team's filled worksheet applied to the month
// it verifies. The worksheets are read once per run (konteks), each checked to be of a month
// the job assesses; the month's readers (src/ingest/bulan/*.ts) leave the rows marked
// `tidak` uncounted and mark every listed line they counted; here, once the month is read,
// every worksheet row must have matched (else 65, naming its line), and the summary per
// facility and kind (src/core/verifikasi.ts) and the per-facility catatan are made.
import { hitunganBulan, ikutMenentukan, putuskan } from '../core/klinis.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { parseDecimal, toPlain } from '../core/rational.js';
import type { FaktaBulan } from '../core/types.js';
import { barisVerifikasi, DESIMAL_INTERVAL, JENIS_VERIFIKASI, type BarisVerifikasi, type JenisVerifikasi, type RingkasanVerifikasi } from '../core/verifikasi.js';
import { DataError, UsageError } from '../errors.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import type { LembarVerifikasi, VerifikasiBaca } from '../ingest/bulan/konteks.js';
import type { MasterFktp } from '../ingest/master.js';
import { bacaLembarVerifikasi } from '../ingest/verifikasi.js';
import type { ProfilKlinis, RuleSet } from '../rules/schema.js';
import { PESAN_VERIFIKASI as P } from '../pesan/verifikasi.js';
import type { OpsiJob, VerifikasiBulan } from './opsi.js';


/** The worksheets of --verifikasi, by the month each verifies (two for one month: a usage error). */
export async function bacaSemuaLembar(opsi: OpsiJob): Promise<Map<MonthIndex, LembarVerifikasi> | undefined> {
  if (!opsi.verifikasi?.length) return undefined;
  if (opsi.ringkasan) throw new UsageError(P.denganRingkasan);
  const semua = new Map<MonthIndex, LembarVerifikasi>();
  for (const path of opsi.verifikasi) {
    const l = await bacaLembarVerifikasi(path, opsi.dialek);
    const lain = semua.get(l.bulan);
    if (lain) throw new UsageError(P.bulanDuaKali(formatMonth(l.bulan), lain.path, l.path));
    semua.set(l.bulan, l);
  }
  return semua;
}

/** Every worksheet is of a month the job assesses: a worksheet of another month is a data error (65), before any month is read. */
export function periksaBulanLembar(ctx: KonteksBaca, bulanJob: readonly MonthIndex[]): void {
  for (const l of ctx.lembarVerifikasi?.values() ?? []) if (!bulanJob.includes(l.bulan)) throw new DataError(P.bulanLain(l.path, formatMonth(l.bulan), bulanJob.map(formatMonth)));
}

/** What the month's readers check: the worksheet's rows by kind and source line. */
export function untukBaca(l: LembarVerifikasi, master: MasterFktp): VerifikasiBaca {
  const v: VerifikasiBaca = { kontak: new Map(), rujukan: new Map(), prolanis: new Map(), kontakBatal: new Int32Array(master.daftar.length) };
  for (const b of l.baris) v[b.jenis].set(b.barisSumber, { f: master.indeks.get(b.kodePpk) ?? -1, noKartu: b.noKartu, sah: b.sah, cocok: false, ukur: -1 });
  return v;
}

const persen = (r: Parameters<typeof toPlain>[0]): string => toPlain(r, DESIMAL_INTERVAL);

/**
 * After the month's read: every worksheet row matched a record that counted for what it
 * says (a Prolanis row: under the decision without the verification, a controlled
 * measurement that decided, src/core/klinis.ts ikutMenentukan) — else 65 naming the first
 * row that did not; then per facility and kind the summary, and the catatan.
 */
export function terapkanVerifikasi(l: LembarVerifikasi, v: VerifikasiBaca, fakta: FaktaBulan, rules: RuleSet, profil: ProfilKlinis, master: MasterFktp): VerifikasiBulan {
  const asli = { ...fakta.prolanis, tidakSah: undefined };
  const keputusanAsli = putuskan(asli, profil);
  for (const b of l.baris) {
    const c = v[b.jenis].get(b.barisSumber);
    const cocok = c !== undefined && c.cocok && (b.jenis !== 'prolanis' || ikutMenentukan(asli, profil, keputusanAsli, c.ukur));
    if (!cocok) throw new DataError(P.tidakCocok(P.lokasi(l.label, b.baris, b.lokasiBaris), b.file, b.barisSumber, b.jenis, b.kodePpk, b.noKartu, b.dihitungSebagai));
  }
  const sebelum = hitunganBulan({ ...fakta, prolanis: asli }, profil, keputusanAsli);
  const sesudah = hitunganBulan(fakta, profil);
  const z = parseDecimal(rules.verifikasi.z.nilai);
  const ambang = parseDecimal(rules.verifikasi.ambangTidakSah.nilai);
  const perFasilitas = new Map<number, Map<JenisVerifikasi, (boolean | null)[]>>();
  for (const b of l.baris) {
    const f = master.indeks.get(b.kodePpk) as number;
    const m = perFasilitas.get(f) ?? new Map<JenisVerifikasi, (boolean | null)[]>();
    m.set(b.jenis, [...(m.get(b.jenis) ?? []), b.sah]);
    perFasilitas.set(f, m);
  }
  const catatan = new Map<number, string[]>();
  const fasilitas: RingkasanVerifikasi['fasilitas'] = [];
  for (const f of [...perFasilitas.keys()].sort((a, b) => a - b)) {
    const m = perFasilitas.get(f) as Map<JenisVerifikasi, (boolean | null)[]>;
    const s0 = sebelum[f] as (typeof sebelum)[number];
    const s1 = sesudah[f] as (typeof sesudah)[number];
    // The readers have already left the rows marked tidak out of kontak and rujukan: what counted before is what counts now plus what they removed.
    const batalKontak = v.kontakBatal[f] as number;
    const batalRujukan = (m.get('rujukan') ?? []).filter((s) => s === false).length;
    const populasi: Record<JenisVerifikasi, number> = {
      kontak: s1.pesertaKontak + batalKontak,
      rujukan: s1.rujukanNonSpesialistik + batalRujukan,
      prolanis: s0.dmTerkendali + s0.htTerkendali,
    };
    const jenis: BarisVerifikasi[] = JENIS_VERIFIKASI.flatMap((j) => (m.has(j) ? [barisVerifikasi(j, populasi[j], m.get(j) as (boolean | null)[], z, ambang)] : []));
    const turun: Record<JenisVerifikasi, string> = {
      kontak: `peserta_kontak −${batalKontak}`,
      rujukan: `rujukan_non_spesialistik −${batalRujukan}`,
      prolanis: `dm_terkendali −${s0.dmTerkendali - s1.dmTerkendali}, ht_terkendali −${s0.htTerkendali - s1.htTerkendali}`,
    };
    const teks: string[] = [];
    for (const j of jenis) {
      if (j.tidakSah > 0) teks.push(`verifikasi sampel ${l.label}: ${j.tidakSah} dari ${j.diperiksa} ${j.jenis} diperiksa tidak sah, tidak dihitung (${turun[j.jenis]})`);
      if (j.ditandai && j.interval)
        teks.push(`verifikasi sampel ${l.label}: proporsi ${j.jenis} tidak sah ${persen(j.proporsi as NonNullable<typeof j.proporsi>)} (interval 95% ${persen(j.interval.bawah)}–${persen(j.interval.atas)}) di atas ambang ${rules.verifikasi.ambangTidakSah.nilai}: temuan untuk Tim Penilai`);
    }
    if (teks.length > 0) catatan.set(f, teks);
    fasilitas.push({ kodePpk: master.daftar[f]?.kodePpk as string, jenis, ditandai: jenis.some((j) => j.ditandai) });
  }
  return {
    ringkasan: { bulan: l.bulan, file: l.path, benih: l.benih, aturan: rules.id, ambang: rules.verifikasi.ambangTidakSah, z: rules.verifikasi.z, fasilitas },
    catatan,
  };
}
