// --verifikasi FILE (issue 20): the assessment team's filled worksheet applied to the month
// it verifies. The worksheets are read once per run (konteks), each checked to be of a month
// the job assesses; the month's readers (src/ingest/bulan/*.ts) leave the rows marked
// `tidak` uncounted and mark every listed line they counted; here, once the month is read,
// every worksheet row must have matched (else 65, naming its line), and the summary per
// facility and kind (src/core/verifikasi.ts) and the per-facility catatan are made.
import { hitunganBulan, ikutMenentukan, putuskan } from '../core/klinis.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { parseDecimal, toPlain, type Rational } from '../core/rational.js';
import type { FaktaBulan, HitunganBulan } from '../core/types.js';
import { barisVerifikasi, DESIMAL_INTERVAL, JENIS_VERIFIKASI, type BarisVerifikasi, type JenisVerifikasi, type RingkasanVerifikasi } from '../core/verifikasi.js';
import { DataError, UsageError } from '../errors.js';
import type { KonteksBaca } from '../ingest/bulan.js';
import type { CekVerifikasi, LembarVerifikasi, VerifikasiBaca } from '../ingest/bulan/konteks.js';
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

/** What the month's readers check: the worksheet's rows by source file and line. */
export function untukBaca(l: LembarVerifikasi, master: MasterFktp): VerifikasiBaca {
  const n = master.daftar.length;
  const v: VerifikasiBaca = { kontak: new Map(), rujukan: new Map(), prolanis: new Map(), kontakBatal: new Int32Array(n), berkunjungBatal: new Int32Array(n), urut: [] };
  for (const b of l.baris) {
    const c = { f: master.indeks.get(b.kodePpk) ?? -1, noKartu: b.noKartu, sah: b.sah, dihitung: b.dihitungSebagai, cocok: false, p: -1, ukur: -1 };
    const peta = v[b.berkas];
    peta.set(b.barisSumber, [...(peta.get(b.barisSumber) ?? []), c]);
    v.urut.push(c);
  }
  return v;
}

const desimal = (r: Rational): string => toPlain(r, DESIMAL_INTERVAL);

/**
 * After the month's read: every worksheet row matched a record that counted for what it
 * says (a measurement for control: under the decision without the verification, a
 * controlled measurement that decided, src/core/klinis.ts ikutMenentukan) — else 65 naming
 * the first row that did not; then per facility and kind the summary, and the catatan.
 */
export function terapkanVerifikasi(l: LembarVerifikasi, v: VerifikasiBaca, fakta: FaktaBulan, rules: RuleSet, profil: ProfilKlinis, master: MasterFktp): VerifikasiBulan {
  const asli = { ...fakta.prolanis, tidakSah: undefined };
  const keputusanAsli = putuskan(asli, profil);
  l.baris.forEach((b, i) => {
    const c = v.urut[i] as CekVerifikasi;
    const cocok = c.cocok && (b.dihitungSebagai !== 'prolanis_terkendali' || (c.ukur >= 0 && ikutMenentukan(asli, profil, keputusanAsli, c.ukur)));
    if (!cocok) throw new DataError(P.tidakCocok(P.lokasi(l.label, b.baris, b.lokasiBaris), b.file, b.barisSumber, b.jenis, b.kodePpk, b.noKartu, b.dihitungSebagai));
  });
  // The readers have left the records marked tidak out already: what counted before is what counts now plus what they removed.
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
  const berkunjung = l.baris.some((b) => b.dihitungSebagai === 'prolanis_berkunjung');
  const catatan = new Map<number, string[]>();
  const fasilitas: RingkasanVerifikasi['fasilitas'] = [];
  for (const f of [...perFasilitas.keys()].sort((a, b) => a - b)) {
    const m = perFasilitas.get(f) as Map<JenisVerifikasi, (boolean | null)[]>;
    const s0 = sebelum[f] as HitunganBulan;
    const s1 = sesudah[f] as HitunganBulan;
    const turun: [string, number][] = [
      ['peserta_kontak', v.kontakBatal[f] as number],
      ['rujukan_non_spesialistik', (m.get('rujukan') ?? []).filter((s) => s === false).length],
      ['dm_terkendali', s0.dmTerkendali - s1.dmTerkendali],
      ['ht_terkendali', s0.htTerkendali - s1.htTerkendali],
      ['prolanis_berkunjung', v.berkunjungBatal[f] as number],
    ];
    const populasi: Record<JenisVerifikasi, number> = {
      kontak: s1.pesertaKontak + (v.kontakBatal[f] as number),
      rujukan: s1.rujukanNonSpesialistik + (turun[1] as [string, number])[1],
      prolanis: berkunjung ? s1.prolanisBerkunjung + (v.berkunjungBatal[f] as number) : s0.dmTerkendali + s0.htTerkendali,
    };
    const jenis: BarisVerifikasi[] = JENIS_VERIFIKASI.flatMap((j) => (m.has(j) ? [barisVerifikasi(j, populasi[j], m.get(j) as (boolean | null)[], z, ambang)] : []));
    const teks: string[] = [];
    const awal = `verifikasi sampel ${l.label}`;
    for (const j of jenis) if (j.tidakSah > 0) teks.push(`${awal}: ${j.tidakSah} dari ${j.diperiksa} ${j.jenis} diperiksa tidak sah, tidak dihitung`);
    if (teks.length > 0) {
      const ubah = turun.filter(([, n]) => n > 0).map(([k, n]) => `${k} −${n}`);
      teks.push(`${awal}: ${ubah.length > 0 ? ubah.join(', ') : 'hitungan tidak berubah (rekaman lain yang sah tetap dihitung)'}`);
    }
    for (const j of jenis)
      if (j.ditandai && j.interval && j.proporsi)
        teks.push(`${awal}: proporsi ${j.jenis} tidak sah ${desimal(j.proporsi)} (interval 95% ${desimal(j.interval.bawah)}–${desimal(j.interval.atas)}) di atas ambang ${rules.verifikasi.ambangTidakSah.nilai}: temuan untuk Tim Penilai`);
    if (teks.length > 0) catatan.set(f, teks);
    fasilitas.push({ kodePpk: master.daftar[f]?.kodePpk as string, jenis, ditandai: jenis.some((j) => j.ditandai) });
  }
  return {
    ringkasan: { bulan: l.bulan, file: l.path, benih: l.benih, aturan: rules.id, ambang: rules.verifikasi.ambangTidakSah, z: rules.verifikasi.z, fasilitas },
    catatan,
  };
}
