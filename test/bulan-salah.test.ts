// Issue 15 items 3 and 4: a month file from the wrong month or period (another month's
// file copied in, an export over the wrong period) stops the run naming the file, the share
// and the months its dates belong to, a smaller share is a warning that --quiet keeps; and
// a facility's contacts, referrals or Prolanis participants falling far below its own
// earlier months (a file cut on a line boundary) is a signal, a warning in pay/run and a
// stop with --wajib-lengkap. The demo (fixtures/demo: a few out-of-month rows on purpose,
// P004 with no referral in 2024-05) raises none of them.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { luarBulan } from '../src/core/kewajaran.js';
import { parseMonth } from '../src/core/month.js';
import { rat } from '../src/core/rational.js';
import { sinyalBulan } from '../src/core/sinyal.js';
import { dasarKosong } from '../src/core/types.js';
import { cariSalinan } from '../src/ingest/salinan.js';
import { findRuleSet } from '../src/rules/index.js';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');

function demo(): string {
  const d = join(tmp(), 'demo');
  cpSync(DEMO, d, { recursive: true });
  return d;
}

/** Rewrites the data rows of a file (the header kept): `ubah` gets each row and its index, returns the new row or null to drop it. */
function ubahBaris(path: string, ubah: (row: string, i: number) => string | null): void {
  const [kepala, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
  const baru = rows.map((r, i) => ubah(r, i)).filter((r): r is string => r !== null);
  writeFileSync(path, [kepala, ...baru].join('\n') + '\n');
}

/** June's contacts at the rows whose index passes `pilih` re-dated into July (2024-06-DD → 2024-07-DD). */
function kontakJuli(pilih: (i: number) => boolean): string {
  const d = demo();
  ubahBaris(join(d, '2024-06', 'kontak.csv'), (r, i) => (pilih(i) ? r.replace(',2024-06-', ',2024-07-') : r));
  return d;
}

const run = (data: string, ...more: string[]) => kbk(['run', '--data', data, '--month', '2024-07', '--out', tmp(), '-q', ...more]);

describe('a month file from another month', () => {
  it("2024-05's prolanis.csv copied into 2024-06 stops with 65 naming it as a copy", async () => {
    const d = demo();
    cpSync(join(d, '2024-05', 'prolanis.csv'), join(d, '2024-06', 'prolanis.csv'));
    const r = await run(d);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: 2024-06/prolanis.csv is identical to 2024-05/prolanis.csv (byte for byte): another month\'s file copied? Export 2024-06/prolanis.csv again, or accept it with --terima-luar-bulan 2024-06/prolanis.csv\n',
    );
    // Accepted: the copy and its 731 rows dated in 2024-05 (all of them) are said, and the run goes on.
    const out = tmp();
    const ok = await kbk(['run', '--data', d, '--month', '2024-07', '--out', out, '-q', '--terima-luar-bulan', '2024-06/prolanis.csv']);
    expect(ok.code).toBe(0);
    expect(ok.err).toContain('kbk: warning: accepted by --terima-luar-bulan: 2024-06/prolanis.csv is identical to 2024-05/prolanis.csv (byte for byte): another month\'s file copied?\n');
    expect(ok.err).toContain("kbk: warning: accepted by --terima-luar-bulan: 2024-06/prolanis.csv: 100% of dated rows (731 of 731) are from 2024-05 — is this 2024-05's export?\n");
    const capaian = readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8');
    expect(capaian).toContain('diterima --terima-luar-bulan: 2024-06/prolanis.csv identik dengan 2024-05/prolanis.csv');
    expect(capaian).toContain('diterima --terima-luar-bulan: 2024-06/prolanis.csv 100% di luar bulan');
  });

  it('kbk validate fails the copied file (65) and names it', async () => {
    const d = demo();
    cpSync(join(d, '2024-05', 'prolanis.csv'), join(d, '2024-06', 'prolanis.csv'));
    const r = await kbk(['validate', '--data', d]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 1 of 18 files fail: 2024-06/prolanis.csv');
    expect((await kbk(['validate', '--data', d, '--terima-luar-bulan', 'prolanis.csv'])).code).toBe(0);
  });

  it("45 % of June's contacts dated in July stops with 65, the share and the months", async () => {
    // Rows 0–8 of every 20 re-dated: 2,317 of the 5,141 dated in June; with the demo's own 3 (2 in May, 1 in July), 2,320 of 5,144.
    const r = await run(kontakJuli((i) => i % 20 < 9));
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      "kbk: error: 2024-06/kontak.csv: 45.1% of dated rows (2,320 of 5,144) are from outside 2024-06: 2024-07 2,318, 2024-05 2 — is this 2024-07's export, or one run over the wrong period? Export 2024-06/kontak.csv again, or accept the file with --terima-luar-bulan 2024-06/kontak.csv (its rows outside 2024-06 are still set aside, not counted)\n",
    );
    // Indonesian too.
    const id = await kbkKode(65, ['run', '--data', kontakJuli((i) => i % 20 < 9), '--month', '2024-07', '--out', tmp(), '-q', '--lang', 'id']);
    expect(id.err).toContain('kbk: galat: 2024-06/kontak.csv: 45,1% baris bertanggalnya (2.320 dari 5.144) dari luar 2024-06: 2024-07 2.318, 2024-05 2 — apakah ini ekspor 2024-07');
  });

  it('5 % dated in July: a warning under --quiet naming the file and the count, exit 0', async () => {
    // Row 0 of every 20: 258 re-dated, with the demo's 3: 261 of 5,144 (5.07 %).
    const r = await run(kontakJuli((i) => i % 20 === 0));
    expect(r.code).toBe(0);
    expect(r.err).toBe('kbk: warning: 2024-06/kontak.csv: 261 of 5,144 dated rows (5.1%) are outside 2024-06 (2024-07 259, 2024-05 2); set aside, not counted (see tolak-2024-06.csv)\n');
  });

  it('the decision: above the stop share a stop, above the warning share a warning, at or below it nothing', () => {
    const f = (luar: number, bertanggal = 1000) => ({ label: '2024-06/kontak.csv', bulan: parseMonth('2024-06') as number, bertanggal, luar: new Map([[parseMonth('2024-07') as number, luar]]) });
    const hasil = luarBulan([f(101), f(100), f(11), f(10), f(0), f(5, 0)], rat(1, 10), rat(1, 100));
    expect(hasil.map((l) => [l.jumlah, l.berhenti])).toEqual([
      [101, true],
      [100, false],
      [11, false],
    ]);
  });
});

describe("a fall against the facility's own earlier months", () => {
  /** June's kontak.csv cut at a line boundary: its first 2,572 of 5,144 rows kept. */
  function kontakTerpotong(): string {
    const d = demo();
    ubahBaris(join(d, '2024-06', 'kontak.csv'), (r, i) => (i < 2572 ? r : null));
    return d;
  }

  it("April's kontak.csv cut (the window's first month, no earlier month): judged against May and June of the same run", async () => {
    const d = demo();
    const semua = readFileSync(join(d, '2024-04', 'kontak.csv'), 'utf8').split('\n').length;
    ubahBaris(join(d, '2024-04', 'kontak.csv'), (r, i) => (i < 2000 ? r : null));
    const r = await kbk(['run', '--data', d, '--month', '2024-07', '--out', tmp(), '-q']);
    expect([r.code, semua > 4000]).toEqual([0, true]);
    // K001 had 760 participants with a contact in May and 740 in June (capaian-2024-05/06): 750 on average.
    expect(r.err).toContain('kbk: warning: K001: 2024-04/kontak.csv: participants with a contact 0 against an average of 750 in 2024-05, 2024-06: 0.00 ×, below 0.7 (signal penurunan_kontak); is the file complete?\n');
    expect((await kbk(['run', '--data', d, '--month', '2024-07', '--out', tmp(), '-q', '--wajib-lengkap'])).code).toBe(65);
  });

  it("June's kontak.csv cut in half: run -q warns naming each facility and the file; --wajib-lengkap stops with 65", async () => {
    const d = kontakTerpotong();
    const out = tmp();
    const r = await kbk(['run', '--data', d, '--month', '2024-07', '--out', out, '-q']);
    expect(r.code).toBe(0);
    // P004 keeps 292 of its participants with a contact (725 in April and in May); D001…K003 lose all theirs. P005 lost
    // its too, but joined in May (no participant in April): one earlier month is no history.
    expect(r.err).toContain(
      'kbk: warning: P004: 2024-06/kontak.csv: participants with a contact 292 against an average of 725 in 2024-04, 2024-05: 0.40 ×, below 0.7 (signal penurunan_kontak); is the file complete?\n',
    );
    expect(r.err).toContain('kbk: warning: K001: 2024-06/kontak.csv: participants with a contact 0 against an average of 755 in 2024-04, 2024-05: 0.00 ×, below 0.7 (signal penurunan_kontak); is the file complete?\n');
    expect(r.err).toContain('kbk: warning: 6 anomaly signals 2024-06: see anomali-2024-06.csv\n');
    const anomali = readFileSync(join(out, 'anomali-2024-06.csv'), 'utf8').trim().split('\n');
    expect(anomali.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      'D001,penurunan_kontak,0.00,0.7',
      'G001,penurunan_kontak,0.00,0.7',
      'K001,penurunan_kontak,0.00,0.7',
      'K002,penurunan_kontak,0.00,0.7',
      'K003,penurunan_kontak,0.00,0.7',
      'P004,penurunan_kontak,0.40,0.7',
    ]);
    expect(anomali[6]).toContain('peserta dengan kontak 292 (2024-06/kontak.csv) lawan rata-rata 725 dari 2024-04 725, 2024-05 725');

    const ketat = await kbk(['run', '--data', d, '--month', '2024-07', '--out', tmp(), '-q', '--wajib-lengkap']);
    expect(ketat.code).toBe(65);
    expect(ketat.err).toContain("kbk: error: --wajib-lengkap: 6 findings far below the facilities' earlier months, so no payment is written:\n  D001: 2024-06/kontak.csv: participants with a contact 0");
    expect(ketat.err).toContain('If the change is real, accept it with --terima-penurunan D001,G001,K001,K002,K003,P004\n');
    // pay says it too; accepted facilities are paid with the acceptance said.
    const pay = await kbk(['pay', '--data', d, '--month', '2024-07', '--out', tmp(), '-q', '--wajib-lengkap', '--terima-penurunan', 'semua']);
    expect(pay.code).toBe(0);
    expect(pay.err).toContain('kbk: warning: accepted by --terima-penurunan: P004: 2024-06/kontak.csv: participants with a contact 292 against an average of 725');
  });

  it('half of the rows gone from a file in no particular order is named too', async () => {
    // Rows ordered by their card's digits reversed (neither by facility nor by date), the second half cut.
    const d = demo();
    const path = join(d, '2024-06', 'kontak.csv');
    const [kepala, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
    const kunci = (r: string): string => [...r.slice(0, 13)].reverse().join('');
    const acak = [...rows].sort((x, y) => (kunci(x) < kunci(y) ? -1 : kunci(x) > kunci(y) ? 1 : 0));
    writeFileSync(path, [kepala, ...acak.slice(0, 2572)].join('\n') + '\n');
    const r = await run(d);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/kbk: warning: [A-Z]\d{3}: 2024-06\/kontak\.csv: participants with a contact \d+ against an average of [\d.]+ in 2024-04, 2024-05: 0\.[0-6]\d ×, below 0\.7 \(signal penurunan_kontak\); is the file complete\?\n/);
    expect((await run(d, '--wajib-lengkap')).code).toBe(65);
  });

  it('with the history from an earlier run\'s capaian reports in --out (a monthly cron)', async () => {
    const d = kontakTerpotong();
    const out = tmp();
    for (const m of ['04', '05']) cpSync(join(DEMO, 'expected', `capaian-2024-${m}.csv`), join(out, `capaian-2024-${m}.csv`));
    const r = await kbk(['compute', '--data', d, '--month', '2024-06', '--out', out, '-q']);
    expect(r.code).toBe(0);
    const anomali = readFileSync(join(out, 'anomali-2024-06.csv'), 'utf8');
    expect(anomali).toContain('P004,penurunan_kontak,0.40,0.7,"peserta dengan kontak 292 (2024-06/kontak.csv) lawan rata-rata 725 dari 2024-04 725 [capaian-2024-04.csv], 2024-05 725 [capaian-2024-05.csv]');
  });

  it('referrals and Prolanis participants; small facilities and a single earlier month do not fire', () => {
    const rules = findRuleSet('kbk-2019') as NonNullable<ReturnType<typeof findRuleSet>>;
    const bulan = parseMonth('2024-06') as number;
    const h = (rujukan: number, dm: number, kontak = 100) => ({ ...dasarKosong(), pesertaTerdaftar: 1000, pesertaKontak: kontak, rujukanTotal: rujukan, dmTerdaftar: dm });
    const riwayat = (n: number, rujukan: number, prolanis: number, kontak = 100) =>
      Array.from({ length: n }, (_, k) => ({ bulan: bulan - n + k, pesertaKontak: kontak, pesertaTerdaftar: 1000, rujukanTotal: rujukan, prolanis }));
    const s = sinyalBulan({
      bulan,
      // 69 of 100 referrals fires (below 0.7), 14 of 20 Prolanis participants does not (0.7 is not below it); under an average of 20, or with one earlier month, nothing.
      dasar: [h(69, 14), h(9, 70), h(10, 10, 10), h(0, 0)],
      harian: null,
      riwayat: [riwayat(3, 100, 20), riwayat(2, 19, 101), riwayat(3, 40, 40, 19), riwayat(1, 100, 100)],
      rules,
    });
    expect(s.map((x) => [x.f, x.sinyal, x.nilai])).toEqual([
      [0, 'penurunan_rujukan', '0.69'],
      [1, 'penurunan_prolanis', '0.69'],
      [2, 'penurunan_rujukan', '0.25'],
      [2, 'penurunan_prolanis', '0.25'],
    ]);
  });
});

describe('the unmodified demo', () => {
  it('raises none of these: run -q says nothing, validate passes, --wajib-lengkap pays', async () => {
    const out = tmp();
    const r = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', out, '-q', '--wajib-lengkap']);
    expect([r.code, r.err]).toEqual([0, '']);
    for (const m of ['04', '05', '06']) expect(readFileSync(join(out, `anomali-2024-${m}.csv`), 'utf8')).toBe('kode_ppk,sinyal,nilai,ambang,bukti\n');
    expect((await kbk(['validate', '--data', DEMO])).code).toBe(0);
  });
});

describe('cariSalinan: a month file identical to another month\'s', () => {
  // Files of one size are compared by their first 64 KiB, then whole: a difference past the
  // first 64 KiB is not a copy, one inside it is found without reading on.
  it('finds only the file identical byte for byte, whatever byte of a same-size file differs', () => {
    const dir = tmp();
    const isi = Buffer.alloc(200_000, 'a');
    const beda = (i: number): Buffer => {
      const b = Buffer.from(isi);
      b[i] = 0x62;
      return b;
    };
    const bulan: [string, Buffer][] = [
      ['2024-02', isi],
      ['2024-03', beda(100)],
      ['2024-04', beda(150_000)],
      ['2024-05', beda(199_999)],
      ['2024-06', isi],
    ];
    for (const [m, b] of bulan) {
      mkdirSync(join(dir, m));
      writeFileSync(join(dir, m, 'kontak.csv'), b);
    }
    expect(cariSalinan(dir, parseMonth('2024-06') as number, 'kontak.csv')).toEqual([{ salinan: '2024-06/kontak.csv', asli: '2024-02/kontak.csv' }]);
    expect(cariSalinan(dir, parseMonth('2024-04') as number, 'kontak.csv')).toEqual([]);
    expect(cariSalinan(dir, parseMonth('2024-03') as number, 'kontak.csv')).toEqual([]);
  });
});
