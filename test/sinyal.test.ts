// Issue 11: anomaly signals. Each signal fires on a month shaped like padding and stays
// quiet on an even month; the thresholds are kbk-2019's kewajaran.sinyal, and the expected
// values below are counted by hand from the days written in each case.
import { describe, expect, it } from 'vitest';
import { dayNumber, parseMonth } from '../src/core/month.js';
import { bulanTidakLengkap, sinyalBulan, type AkBulan } from '../src/core/sinyal.js';
import { dasarKosong, HARI, HARI_ENTRI, harianKosong, type FaktaHarian, type HitunganDasar } from '../src/core/types.js';
import { findRuleSet } from '../src/rules/index.js';
import type { RuleSet } from '../src/rules/schema.js';

const RULES = findRuleSet('kbk-2019') as RuleSet;
const JUNI = parseMonth('2024-06') as number; // 30 days; Sundays 2, 9, 16, 23, 30
const hari = (d: number): number => dayNumber(2024, 6, d) as number;

/** One facility's June: contacts per day of the month (index 0 = 1 June). */
function bulanDengan(perHari: (d: number) => number, ubah: (h: FaktaHarian, dasar: HitunganDasar) => void = () => {}): { harian: FaktaHarian; dasar: HitunganDasar[] } {
  const harian = harianKosong(1);
  let total = 0;
  for (let d = 1; d <= 30; d++) {
    harian.kontak[d - 1] = perHari(d);
    total += perHari(d);
  }
  // Every contact by a different participant, registered 1000.
  const dasar: HitunganDasar = { ...dasarKosong(), pesertaTerdaftar: 1000, pesertaKontak: total };
  ubah(harian, dasar);
  return { harian, dasar: [dasar] };
}

const sinyal = (b: { harian: FaktaHarian | null; dasar: HitunganDasar[] }, riwayat: AkBulan[] = []) =>
  sinyalBulan({ bulan: JUNI, harian: b.harian, dasar: b.dasar, riwayat: [riwayat], rules: RULES }).map(({ sinyal, nilai, ambang, bukti }) => ({ sinyal, nilai, ambang, bukti }));

describe('anomaly signals (src/core/sinyal.ts)', () => {
  it('an even month (5 contacts every day) raises none', () => {
    expect(sinyal(bulanDengan(() => 5))).toEqual([]);
  });

  it('hari_tersibuk: 30 contacts added on Friday 14 June to 2 a day → 32 of 90 on one day', () => {
    const b = bulanDengan((d) => (d === 14 ? 32 : 2), (h) => void (h.kontakPertama[13] = 30));
    expect(sinyal(b)).toEqual([
      { sinyal: 'hari_tersibuk', nilai: '0.3556', ambang: '0.15', bukti: '2024-06-14: 32 dari 90 kontak bulan ini (35,6 %); 30 peserta kontak pertamanya bulan ini pada hari itu' },
    ]);
  });

  it('hari_tersibuk is strictly above the threshold: 15 of 100 on one day does not fire', () => {
    // 85 contacts over the other 29 days (3 on 27 days, 2 on 2), 15 on the 14th.
    const b = bulanDengan((d) => (d === 14 ? 15 : d === 1 || d === 2 ? 2 : 3));
    expect(b.dasar[0]?.pesertaKontak).toBe(100);
    expect(sinyal(b)).toEqual([]);
  });

  it('akhir_bulan: 10 more on each of the last three days → 36 of 90, no single day busy enough for hari_tersibuk', () => {
    const b = bulanDengan((d) => (d >= 28 ? 12 : 2));
    expect(sinyal(b)).toEqual([{ sinyal: 'akhir_bulan', nilai: '0.4000', ambang: '0.25', bukti: '2024-06-28 s.d. 2024-06-30: 36 dari 90 kontak (40,0 %)' }]);
  });

  it('akhir_bulan: the month ends where the export\'s data ends (all its contacts up to the 28th): 26–28 June are the last three days', () => {
    const b = bulanDengan((d) => (d > 28 ? 0 : d >= 26 ? 12 : 2), (h) => void (h.kontakTerakhir = hari(28)));
    expect(sinyal(b)).toEqual([{ sinyal: 'akhir_bulan', nilai: '0.4186', ambang: '0.25', bukti: '2024-06-26 s.d. 2024-06-28: 36 dari 86 kontak (41,9 %)' }]);
  });

  it('hari_minggu: 10 on each of the five Sundays, 1 on the other days → 50 of 75', () => {
    const b = bulanDengan((d) => ([2, 9, 16, 23, 30].includes(d) ? 10 : 1));
    expect(sinyal(b)).toEqual([
      {
        sinyal: 'hari_minggu',
        nilai: '0.6667',
        ambang: '0.3',
        bukti: '50 dari 75 kontak pada hari Minggu (66,7 %): 2024-06-02 (10), 2024-06-09 (10), 2024-06-16 (10), 2024-06-23 (10), 2024-06-30 (10)',
      },
    ]);
  });

  it('a facility below 50 counted contacts gets no daily signal, however they fall', () => {
    expect(sinyal(bulanDengan((d) => (d === 30 ? 49 : 0)))).toEqual([]);
    expect(sinyal(bulanDengan((d) => (d === 30 ? 50 : 0))).map((s) => s.sinyal)).toEqual(['hari_tersibuk', 'akhir_bulan', 'hari_minggu']);
  });

  it('sehat_tanpa_vital: 21 of 40 healthy visits without vitals fires, 20 of 40 does not, nor anything without the vital columns', () => {
    const dengan = (sehat: number, tanpa: number, vital: boolean) =>
      sinyal(
        bulanDengan(
          () => 5,
          (h) => {
            h.sehat[0] = sehat;
            h.sehatTanpaVital[0] = tanpa;
            h.ada = { jenis: true, vital, entri: false };
          },
        ),
      );
    expect(dengan(40, 21, true)).toEqual([
      { sinyal: 'sehat_tanpa_vital', nilai: '0.5250', ambang: '0.5', bukti: '21 dari 40 kunjungan sehat tanpa tanda vital (sistole, diastole, berat_badan, tinggi_badan kosong) (52,5 %)' },
    ]);
    expect(dengan(40, 20, true)).toEqual([]);
    expect(dengan(40, 40, false)).toEqual([]);
    expect(dengan(19, 19, true)).toEqual([]); // below minSehat 20
  });

  it('entri_terlambat: entered 6 days after the month is late, 5 days is not', () => {
    const dengan = (telatHari: number, n: number) =>
      sinyal(
        bulanDengan(
          () => 5,
          (h) => {
            h.entri[0] = 150 - n;
            h.entri[telatHari] = n;
            h.ada = { jenis: false, vital: false, entri: true };
          },
        ),
      );
    expect(dengan(6, 8)).toEqual([{ sinyal: 'entri_terlambat', nilai: '0.0533', ambang: '0.05', bukti: '8 dari 150 kontak dientri lebih dari 5 hari setelah 2024-06-30 (5,3 %)' }]);
    expect(dengan(5, 150)).toEqual([]);
    expect(dengan(HARI_ENTRI - 1, 7)).toEqual([]); // 7 of 150 = 4.7 %
  });

  const ak = (bulan: string, kontak: number, sumber?: string): AkBulan => ({ bulan: parseMonth(bulan) as number, pesertaKontak: kontak, pesertaTerdaftar: 1000, ...(sumber ? { sumber } : {}) });

  it('lonjakan_ak: 200 ‰ against the 145 ‰ average of the months before (ratio 1.38) fires; 180 ‰ (1.24) does not', () => {
    const b = bulanDengan(() => 0, (_h, d) => void (d.pesertaKontak = 200));
    expect(sinyal(b, [ak('2024-05', 150, 'capaian-2024-05.csv'), ak('2024-04', 140)])).toEqual([
      { sinyal: 'lonjakan_ak', nilai: '1.38', ambang: '1.3', bukti: 'AK 200,00 ‰ (2024-06) lawan rata-rata 145,00 ‰ dari 2024-04 140,00 ‰, 2024-05 150,00 ‰ [capaian-2024-05.csv]' },
    ]);
    const b2 = bulanDengan(() => 0, (_h, d) => void (d.pesertaKontak = 180));
    expect(sinyal(b2, [ak('2024-05', 150), ak('2024-04', 140)])).toEqual([]);
    // No earlier month, or a later one only: nothing to compare with.
    expect(sinyal(b, [])).toEqual([]);
    expect(sinyal(b, [ak('2024-07', 100)])).toEqual([]);
  });

  it('ak_tepat_target: three months in [150, 153) ‰ fires; 153 ‰ in one of them, or a month missing, does not', () => {
    const b = bulanDengan(() => 0, (_h, d) => void (d.pesertaKontak = 151));
    expect(sinyal(b, [ak('2024-05', 150), ak('2024-04', 152)])).toEqual([
      { sinyal: 'ak_tepat_target', nilai: '3', ambang: '3', bukti: 'AK 2024-04 152,00 ‰, 2024-05 150,00 ‰, 2024-06 151,00 ‰: tiap bulan kurang dari 3 ‰ di atas target 150 ‰' },
    ]);
    expect(sinyal(b, [ak('2024-05', 150), ak('2024-04', 153)])).toEqual([]);
    expect(sinyal(b, [ak('2024-05', 150), ak('2024-03', 152)])).toEqual([]);
    expect(sinyal(b, [ak('2024-05', 149), ak('2024-04', 152)])).toEqual([]);
  });

  it('tanpa_data: registered participants and not one row; a single referral outside the month is a row', () => {
    const kosong = { harian: harianKosong(1), dasar: [{ ...dasarKosong(), pesertaTerdaftar: 4250 }] };
    expect(sinyal(kosong)).toEqual([
      { sinyal: 'tanpa_data', nilai: '0', ambang: '1', bukti: '4250 peserta terdaftar, tetapi tidak ada satu baris kontak, rujukan atau Prolanis bulan ini: ekspor fasilitas ini mungkin tidak ikut' },
    ]);
    expect(sinyal({ harian: harianKosong(1), dasar: [{ ...dasarKosong(), pesertaTerdaftar: 4250, rujukanLuarBulan: 1 }] })).toEqual([]);
    expect(sinyal({ harian: harianKosong(1), dasar: [dasarKosong()] })).toEqual([]); // nobody registered: nothing expected
  });

  it('signals of several facilities come in master order, each with its own index', () => {
    const harian = harianKosong(3);
    for (let d = 0; d < 30; d++) {
      harian.kontak[d] = 5;
      harian.kontak[HARI + d] = d === 13 ? 40 : 2;
      harian.kontak[2 * HARI + d] = 5;
    }
    const dasar = [0, 1, 2].map((f) => ({ ...dasarKosong(), pesertaTerdaftar: 1000, pesertaKontak: f === 1 ? 98 : 150 }));
    const out = sinyalBulan({ bulan: JUNI, harian, dasar, riwayat: [[], [], []], rules: RULES });
    expect(out.map((s) => [s.f, s.sinyal])).toEqual([[1, 'hari_tersibuk']]);
  });
});

describe('an incomplete month (bulanTidakLengkap)', () => {
  it('latest contact 7 days before the last day is incomplete, 6 days is not; --sampai says so outright', () => {
    expect(bulanTidakLengkap(JUNI, hari(23), 7)).toBe(hari(23));
    expect(bulanTidakLengkap(JUNI, hari(24), 7)).toBeNull();
    expect(bulanTidakLengkap(JUNI, null, 7)).toBeNull();
    expect(bulanTidakLengkap(JUNI, hari(30), 7, hari(15))).toBe(hari(15));
    expect(bulanTidakLengkap(JUNI, hari(30), 7, hari(30))).toBeNull();
  });
});

// --- On the demo month, with padding injected the way a bot or a late batch would -------
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

/** A copy of fixtures/demo to change. */
function demo(): string {
  const dir = join(tmp(), 'demo');
  cpSync(join(FIXTURES, 'demo'), dir, { recursive: true });
  return dir;
}
const baca = (path: string): Record<string, string>[] => parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
const tambah = (path: string, lines: string[]): void => writeFileSync(path, readFileSync(path, 'utf8') + lines.map((l) => `${l}\n`).join(''));
/** Registered participants of a facility with no contact in the month: the "otherwise silent" ones a bot enters. */
function diam(dir: string, bulan: string, kode: string, n: number): string[] {
  const kontak = new Set(baca(join(dir, bulan, 'kontak.csv')).map((r) => r.no_kartu));
  const out = baca(join(dir, bulan, 'peserta.csv'))
    .filter((r) => r.kode_ppk === kode && !kontak.has(r.no_kartu))
    .map((r) => r.no_kartu as string)
    .slice(0, n);
  expect(out).toHaveLength(n);
  return out;
}

describe('signals on the demo month (kbk compute / run)', () => {
  it('300 silent K002 participants entered on one day: hari_tersibuk for K002 and no other facility', async () => {
    const dir = demo();
    tambah(join(dir, '2024-06', 'kontak.csv'), diam(dir, '2024-06', 'K002', 300).map((k) => `${k},K002,2024-06-14,sehat`));
    const out = tmp();
    const r = await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', out]);
    expect(r.code, r.err).toBe(0);
    // K002: 25 contacts that day in the demo + 300 (each demo participant has one contact, so all 325 are first contacts); 705 + 300 in the month.
    expect(readFileSync(join(out, 'anomali-2024-06.csv'), 'utf8')).toBe(
      'kode_ppk,sinyal,nilai,ambang,bukti\nK002,hari_tersibuk,0.3234,0.15,"2024-06-14: 325 dari 1005 kontak bulan ini (32,3 %); 325 peserta kontak pertamanya bulan ini pada hari itu"\n',
    );
    const k002 = baca(join(out, 'capaian-2024-06.csv')).find((x) => x.kode_ppk === 'K002');
    expect(k002?.peserta_kontak).toBe('1005');
    expect(k002?.catatan).toContain('sinyal hari_tersibuk: 0.3234 (ambang 0.15)');
    expect(r.err).toContain('kbk: 1 anomaly signal 2024-06 (signals to look at, not verdicts; anomali-2024-06.csv):\n  K002 hari_tersibuk 0.3234 (threshold 0.15): 2024-06-14: 325 dari 1005');
  });

  it('the same burst in a run: K002 2024-06 also jumps against its own April and May (201 ‰ vs 141 ‰)', async () => {
    const dir = demo();
    tambah(join(dir, '2024-06', 'kontak.csv'), diam(dir, '2024-06', 'K002', 300).map((k) => `${k},K002,2024-06-14,sehat`));
    const out = tmp();
    expect((await kbk(['run', '--data', dir, '--month', '2024-07', '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'anomali-2024-04.csv'), 'utf8')).toBe('kode_ppk,sinyal,nilai,ambang,bukti\n');
    expect(readFileSync(join(out, 'anomali-2024-05.csv'), 'utf8')).toBe('kode_ppk,sinyal,nilai,ambang,bukti\n');
    expect(baca(join(out, 'anomali-2024-06.csv')).map((s) => [s.kode_ppk, s.sinyal, s.nilai, s.bukti])).toEqual([
      ['K002', 'hari_tersibuk', '0.3234', '2024-06-14: 325 dari 1005 kontak bulan ini (32,3 %); 325 peserta kontak pertamanya bulan ini pada hari itu'],
      ['K002', 'lonjakan_ak', '1.43', 'AK 201,00 ‰ (2024-06) lawan rata-rata 141,00 ‰ dari 2024-04 141,00 ‰, 2024-05 141,00 ‰'],
    ]);
  });

  it('compute takes the AK history from the capaian reports an earlier run left in --out', async () => {
    const dir = demo();
    tambah(join(dir, '2024-06', 'kontak.csv'), diam(dir, '2024-06', 'K002', 300).map((k) => `${k},K002,2024-06-14,sehat`));
    const out = tmp();
    expect((await kbk(['compute', '--data', dir, '--month', '2024-05', '--out', out])).code).toBe(0);
    expect((await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', out])).code).toBe(0);
    expect(baca(join(out, 'anomali-2024-06.csv')).find((s) => s.sinyal === 'lonjakan_ak')?.bukti).toBe('AK 201,00 ‰ (2024-06) lawan rata-rata 141,00 ‰ dari 2024-05 141,00 ‰ [capaian-2024-05.csv]');
  });

  it('a month-end spike (100 a day on 28–30 June at P002): akhir_bulan for P002 only', async () => {
    const dir = demo();
    const kartu = diam(dir, '2024-06', 'P002', 300);
    tambah(join(dir, '2024-06', 'kontak.csv'), kartu.map((k, i) => `${k},P002,2024-06-${28 + Math.floor(i / 100)},sehat`));
    const out = tmp();
    expect((await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', out])).code).toBe(0);
    const p002 = baca(join(FIXTURES, 'demo/2024-06/kontak.csv')).filter((r) => r.kode_ppk === 'P002');
    const hari28 = p002.filter((r) => r.tgl_kontak === '2024-06-28').length;
    expect(baca(join(out, 'anomali-2024-06.csv')).map((s) => [s.kode_ppk, s.sinyal, s.bukti])).toEqual([
      ['P002', 'akhir_bulan', `2024-06-28 s.d. 2024-06-30: ${hari28 + 300} dari ${p002.length + 300} kontak (${((100 * (hari28 + 300)) / (p002.length + 300)).toFixed(1).replace('.', ',')} %)`],
    ]);
  });

  it('a facility absent from every export of the month: tanpa_data, and nothing for the rest', async () => {
    const dir = demo();
    for (const f of ['kontak.csv', 'rujukan.csv', 'prolanis.csv']) {
      const path = join(dir, '2024-06', f);
      writeFileSync(path, readFileSync(path, 'utf8').split('\n').filter((l) => !l.includes(',P005,')).join('\n'));
    }
    const out = tmp();
    expect((await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', out])).code).toBe(0);
    const terdaftar = baca(join(dir, '2024-06', 'peserta.csv')).filter((r) => r.kode_ppk === 'P005').length;
    expect(baca(join(out, 'anomali-2024-06.csv')).map((s) => [s.kode_ppk, s.sinyal, s.bukti])).toEqual([
      ['P005', 'tanpa_data', `${terdaftar} peserta terdaftar, tetapi tidak ada satu baris kontak, rujukan atau Prolanis bulan ini: ekspor fasilitas ini mungkin tidak ikut`],
    ]);
  });

  it('vital signs and entry dates in kontak.csv: K001\'s healthy visits without vitals, P003 entered late', async () => {
    const dir = demo();
    const path = join(dir, '2024-06', 'kontak.csv');
    const rows = baca(path);
    const lines = rows.map((r) => {
      const tanpaVital = r.kode_ppk === 'K001' && r.jenis_kontak === 'sehat';
      const vital = tanpaVital ? ',,,' : '120,80,60,165';
      const entri = r.kode_ppk === 'P003' ? '2024-07-10' : r.tgl_kontak;
      return `${r.no_kartu},${r.kode_ppk},${r.tgl_kontak},${r.jenis_kontak},${vital},${entri}`;
    });
    writeFileSync(path, ['no_kartu,kode_ppk,tgl_kontak,jenis_kontak,sistole,diastole,berat_badan,tinggi_badan,tgl_entri', ...lines].join('\n') + '\n');
    const out = tmp();
    const r = await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const got = baca(join(out, 'anomali-2024-06.csv')).map((s) => [s.kode_ppk, s.sinyal, s.nilai]);
    // Only counted contacts (registered here, dated in June) enter the daily facts; 10 July is 10 days after the month.
    expect(got).toEqual([
      ['K001', 'sehat_tanpa_vital', '1.0000'],
      ['P003', 'entri_terlambat', '1.0000'],
    ]);
  });
});

describe('an incomplete month (kbk compute / pay)', () => {
  function terpotong(hariTerakhir: number): string {
    const dir = demo();
    const path = join(dir, '2024-06', 'kontak.csv');
    const [head, ...rest] = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, [head, ...rest.filter((l) => Number(l.split(',')[2]?.slice(8, 10)) <= hariTerakhir)].join('\n') + '\n');
    return dir;
  }

  it('exported on the 15th: warned, and every row of capaian says so', async () => {
    const dir = terpotong(15);
    const out = tmp();
    const r = await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "kbk: warning: 2024-06: the latest contact is 2024-06-15, 15 days before the month's last day: an incomplete month, scored on the data so far (kbk proyeksi projects its end; pay --wajib-lengkap refuses it)\n",
    );
    const rows = baca(join(out, 'capaian-2024-06.csv'));
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row.catatan).toContain('bulan belum lengkap: data sampai 2024-06-15');
  });

  it('pay averages it with a warning; pay --wajib-lengkap refuses the window (65) and writes no payment', async () => {
    const dir = terpotong(15);
    const out = tmp();
    const r = await kbk(['pay', '--data', dir, '--month', '2024-07', '--out', out]);
    expect(r.code).toBe(0);
    expect(baca(join(out, 'kapitasi-2024-07.csv'))[0]?.catatan).toContain('bulan belum lengkap: data sampai 2024-06-15 (2024-06)');
    const out2 = tmp();
    const r2 = await kbk(['pay', '--data', dir, '--month', '2024-07', '--out', out2, '--wajib-lengkap']);
    expect(r2.code).toBe(65);
    expect(r2.err).toContain('kbk: error: --wajib-lengkap: the block window of 2024-07 (2024-04, 2024-05, 2024-06) is not complete: 2024-06 is incomplete (data up to 2024-06-15)\n');
    expect(readdirSync(out2).sort()).toEqual(['tolak-2024-06.csv', 'tolak-2024-07.csv']); // a run stopped with 65 leaves its rejects, never a report
  });

  it('pay --wajib-lengkap refuses a missing month too; the full demo passes it', async () => {
    const dir = demo();
    rmSync(join(dir, '2024-05'), { recursive: true });
    const r = await kbk(['pay', '--data', dir, '--month', '2024-07', '--out', tmp(), '--wajib-lengkap']);
    expect(r.code).toBe(65);
    expect(r.err).toContain('is not complete: 2024-05 is missing\n');
    expect((await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', tmp(), '--wajib-lengkap'])).code).toBe(0);
  });

  it('a cut at day 25 is not taken as incomplete (5 days short of the end, under the 7-day threshold)', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['compute', '--data', terpotong(25), '--month', '2024-06', '--out', out]);
    expect(r.err).not.toContain('incomplete month');
    expect(baca(join(out, 'capaian-2024-06.csv'))[0]?.catatan).not.toContain('bulan belum lengkap');
  });

  it('--sampai marks the month, whatever the dates; a day outside the month is a usage error', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', out, '--sampai', '2024-06-20']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('kbk: warning: 2024-06/kontak.csv has contacts up to 2024-06-29, after --sampai 2024-06-20');
    expect(r.err).toContain('kbk: warning: 2024-06: --sampai 2024-06-20: an incomplete month');
    expect(baca(join(out, 'capaian-2024-06.csv'))[0]?.catatan).toContain('bulan belum lengkap: data sampai 2024-06-20');
    const r2 = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '--sampai', '2024-07-01']);
    expect([r2.code, r2.err]).toEqual([64, 'kbk: error: --sampai 2024-07-01 is not in --month 2024-06 (see kbk compute --help)\n']);
    const r3 = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '--sampai', '15-06-2024']);
    expect([r3.code, r3.err]).toEqual([64, 'kbk: error: --sampai "15-06-2024" is not a date; expected YYYY-MM-DD, e.g. 2024-06-14 (see kbk compute --help)\n']);
    const r4 = await kbk(['pay', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', tmp(), '--sampai', '2024-07-10']);
    expect([r4.code, r4.err]).toEqual([64, 'kbk: error: --sampai 2024-07-10 is in none of the assessment months 2024-04, 2024-05, 2024-06 (block window for 2024-07) (see kbk pay --help)\n']);
  });
});
