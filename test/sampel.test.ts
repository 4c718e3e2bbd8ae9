// kbk sampel (issue 20 item 1): the verification sample. Sizes from the rule by hand
// (n0 = 1.96² × 0.5 × 0.5 / 0.10² = 96.04; N = 50 → 96.04 / (1 + 95.04/50) = 33.1… → 34),
// exact rows of a month small enough to take whole, determinism by the seed, owner-only
// files, every sampled row checked against its input line, over-sampling of a facility with
// a signal, the workbook read back, and the seed's validation.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { aliran, campur64, n0, pilihAcak, ukuranSampel } from '../src/core/sampel.js';
import { toPlain } from '../src/core/rational.js';
import { SHIPPED_RULE_SETS } from '../src/rules/index.js';
import type { RuleSet } from '../src/rules/schema.js';
import { KOLOM_SAMPEL } from '../src/report/sampel-kolom.js';
import { dataDir, FIXTURES, kbkKode, tinyMonth, tmp } from './helpers.js';

const kbk2019 = SHIPPED_RULE_SETS.find((s) => s.id === 'kbk-2019') as RuleSet;
const perber = SHIPPED_RULE_SETS.find((s) => s.id === 'perber-2017') as RuleSet;
const baca = (dir: string, file: string): Record<string, string>[] => parse(readFileSync(join(dir, file), 'utf8'), { columns: true });
const bytes = (dir: string, file: string): Buffer => readFileSync(join(dir, file));
const kartu = (k: string, i: number): string => `0009${k.charCodeAt(0)}${String(i).padStart(7, '0')}`;

/**
 * A month with three facilities, counted by hand: A and B have 100 registered participants,
 * all 100 with one contact; A's spread 4 a day over 1–25 June (no signal: its busiest day
 * is 4 %, its Sundays 16 %, the month's last three days of data 12 %), B's all on Monday
 * 10 June (hari_tersibuk: 100 % > 15 %). C has 60 participants, 50 of them with one contact,
 * 2 a day over 1–25 June. A has one non-specialistic referral (rujukan.csv line 2); its one
 * Prolanis participant is not controlled (HT 160/100), so no Prolanis record counts.
 */
function bulanTiga(tanpa: string[] = []): string {
  const fas = ['A', 'B', 'C'].filter((k) => !tanpa.includes(k));
  const jumlah: Record<string, { peserta: number; kontak: number; hari: (i: number) => number }> = {
    A: { peserta: 100, kontak: 100, hari: (i) => Math.floor(i / 4) + 1 },
    B: { peserta: 100, kontak: 100, hari: () => 10 },
    C: { peserta: 60, kontak: 50, hari: (i) => Math.floor(i / 2) + 1 },
  };
  const tgl = (d: number): string => `2024-06-${String(d).padStart(2, '0')}`;
  let peserta = 'no_kartu,kode_ppk\n';
  let kontak = 'no_kartu,kode_ppk,tgl_kontak\n';
  for (const k of fas) {
    const j = jumlah[k] as (typeof jumlah)[string];
    for (let i = 0; i < j.peserta; i++) peserta += `${kartu(k, i)},${k}\n`;
    for (let i = 0; i < j.kontak; i++) kontak += `${kartu(k, i)},${k},${tgl(j.hari(i))}\n`;
  }
  return dataDir({
    'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\n' + fas.map((k) => `${k},Puskesmas ${k},puskesmas,6000\n`).join(''),
    '2024-06/peserta.csv': peserta,
    '2024-06/kontak.csv': kontak,
    '2024-06/rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,${kartu('A', 0)},A,2024-06-03,J06.9,1\n`,
    '2024-06/prolanis.csv': `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${kartu('A', 0)},A,HT,1,2024-06-10,,160,100\n`,
  });
}

describe('the sample size (src/core/sampel.ts), by hand', () => {
  const v = kbk2019.verifikasi;
  it('n0 = 1.96² × 0.5 × 0.5 / 0.10² = 96.04 exactly', () => {
    expect(toPlain(n0(v), 10)).toBe('96.04');
    expect(toPlain(n0(perber.verifikasi), 10)).toBe('96.04');
  });
  it('N = 50 gives 34: 96.04 / (1 + 95.04/50) = 96.04 / 2.9008 = 33.108… rounded up', () => {
    expect(ukuranSampel(50, v)).toBe(34);
  });
  it('other populations: 0 → 0, 1 → 1, 10 → 10 (9.1… → 10), 100 → 50, 1000 → 88, a million → 97; never above N', () => {
    // N = 10: 96.04 / (1 + 9.504) = 9.143 → 10. N = 100: 96.04 / 1.9504 = 49.24 → 50.
    // N = 1000: 96.04 / 1.09504 = 87.70 → 88. N = 10^6: 96.04 / 1.000095 = 96.03 → 97.
    expect([0, 1, 10, 100, 1000, 1_000_000].map((N) => ukuranSampel(N, v))).toEqual([0, 1, 10, 50, 88, 97]);
    for (let N = 0; N <= 300; N++) expect(ukuranSampel(N, v)).toBeLessThanOrEqual(N);
  });
  it('a facility with a signal: 2 × n, at most N; --ukuran replaces the rule, at most N', () => {
    expect(ukuranSampel(100, v, { sinyal: true })).toBe(100); // 2 × 50
    expect(ukuranSampel(1000, v, { sinyal: true })).toBe(176); // 2 × 88
    expect(ukuranSampel(50, v, { sinyal: true })).toBe(50); // 2 × 34 = 68, capped
    expect(ukuranSampel(50, v, { ukuran: 5 })).toBe(5);
    expect(ukuranSampel(3, v, { ukuran: 5 })).toBe(3);
  });
});

describe('the PRNG and the draw', () => {
  it('SplitMix64: its published first outputs from state 0 (the reference C code)', () => {
    // splitmix64 with x = 0: next() = 0xe220a8397b1dcdaf, then 0x6e789e6aa1b965f4, 0x06c45d188009454f.
    const g = { x: 0n };
    const next = (): bigint => {
      g.x = (g.x + 0x9e3779b97f4a7c15n) & ((1n << 64n) - 1n);
      return campur64(g.x);
    };
    expect([next(), next(), next()]).toEqual([0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n, 0x06c45d188009454fn]);
  });
  it('a sample without replacement: n distinct positions in increasing order, the same for the same stream', () => {
    const a = pilihAcak(100, 50, aliran(42n, 'P001', 'kontak'));
    expect(a).toHaveLength(50);
    expect(new Set(a).size).toBe(50);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(a.every((i) => i >= 0 && i < 100)).toBe(true);
    expect(pilihAcak(100, 50, aliran(42n, 'P001', 'kontak'))).toEqual(a);
    expect(pilihAcak(100, 50, aliran(43n, 'P001', 'kontak'))).not.toEqual(a);
    expect(pilihAcak(100, 50, aliran(42n, 'P002', 'kontak'))).not.toEqual(a);
    expect(pilihAcak(100, 50, aliran(42n, 'P001', 'rujukan'))).not.toEqual(a);
    expect(pilihAcak(7, 7, aliran(1n, 'A', 'kontak'))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
  it('every position about equally likely (2,000 draws of 5 of 10: each position 1,000 ± 150)', () => {
    const n = new Array<number>(10).fill(0);
    for (let s = 0; s < 2000; s++) for (const i of pilihAcak(10, 5, aliran(BigInt(s), 'X', 'kontak'))) n[i] = (n[i] as number) + 1;
    for (const c of n) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});

describe('kbk sampel on a month small enough to take whole', () => {
  it('writes exactly the counted records, in kode_ppk, kind and line order, sah and catatan_verifikasi empty', async () => {
    const data = tinyMonth();
    const out = tmp();
    const r = await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', out, '--seed', '12345']);
    const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
    // By hand (test/helpers.ts tinyMonth): contacts of cards 1–3 on lines 2–4; one counted
    // non-specialistic referral (R1, line 2, J06.9); controlled: card 7 (GDP 100, within
    // 80–130, line 2) and card 9 (120/80 below the HT limit, line 4); cards 8 and 10 not.
    expect(readFileSync(join(out, 'sampel-2024-06.csv'), 'utf8')).toBe(
      [
        KOLOM_SAMPEL.join(','),
        `2024-06,12345,A,kontak,${c(1)},2024-06/kontak.csv,2,2024-06-03,peserta_kontak,the participant's first contact of the month (the one the audit names),,`,
        `2024-06,12345,A,kontak,${c(2)},2024-06/kontak.csv,3,2024-06-04,peserta_kontak,the participant's first contact of the month (the one the audit names),,`,
        `2024-06,12345,A,kontak,${c(3)},2024-06/kontak.csv,4,2024-06-05,peserta_kontak,the participant's first contact of the month (the one the audit names),,`,
        `2024-06,12345,A,rujukan,${c(1)},2024-06/rujukan.csv,2,2024-06-03,rujukan_non_spesialistik,"non-specialistic referral, diagnosis J06.9",,`,
        `2024-06,12345,A,prolanis,${c(7)},2024-06/prolanis.csv,2,2024-06-10,prolanis_terkendali,DM: GDP 100 mg/dL controlled,,`,
        `2024-06,12345,A,prolanis,${c(9)},2024-06/prolanis.csv,4,2024-06-10,prolanis_terkendali,HT: BP 120/80 mmHg controlled,,`,
        '',
      ].join('\n'),
    );
    expect(r.out).toMatch(/^A\s+Puskesmas A\s+3\/3\s+1\/1\s+2\/2\s*$/m);
    expect(statSync(join(out, 'sampel-2024-06.csv')).mode & 0o777).toBe(0o600);
  });

  it('under perber-2017 the Prolanis records are the visits (RPPB): the month\'s first prolanis.csv row of each enrolled participant', async () => {
    const out = tmp();
    await kbkKode(0, ['sampel', '--data', tinyMonth(), '--month', '2024-06', '--out', out, '--seed', '1', '--rules', 'perber-2017']);
    // tinyMonth: cards 7–10 enrolled, each with one row dated 2024-06-10 on lines 2–5, all four visited.
    const rows = baca(out, 'sampel-2024-06.csv').filter((x) => x.jenis === 'prolanis');
    expect(rows.map((x) => [x.no_kartu, x.file, x.baris, x.tanggal, x.dihitung_sebagai])).toEqual(
      [7, 8, 9, 10].map((i, k) => [`00090000000${String(i).padStart(2, '0')}`, '2024-06/prolanis.csv', String(k + 2), '2024-06-10', 'prolanis_berkunjung']),
    );
  });

  it('--summary holds counts, not records: a usage error (64)', async () => {
    const r = await kbkKode(64, ['sampel', '--data', tinyMonth(), '--month', '2024-06', '--out', tmp(), '--seed', '1', '--summary', 'x.xlsx']);
    expect(r.err).toContain('kbk sampel draws a sample of the records that counted');
  });

  it('in Indonesian by default: the rincian in the run\'s language, decimals with a comma', async () => {
    const data = tinyMonth({ 'prolanis.csv': 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n0009000000007,A,DM,1,2024-06-10,100.5,,\n' });
    const out = tmp();
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', out, '--seed', '1'], { env: { LANG: 'id_ID.UTF-8' } });
    const rows = baca(out, 'sampel-2024-06.csv');
    expect(rows.find((x) => x.jenis === 'prolanis')?.rincian).toBe('DM: GDP 100,5 mg/dL terkendali');
    expect(rows.find((x) => x.jenis === 'rujukan')?.rincian).toBe('rujukan non-spesialistik, diagnosa J06.9');
  });
});

describe('kbk sampel: sizes, the seed, signals', () => {
  const data = bulanTiga();

  it('N = 100 without a signal → 50; B (hari_tersibuk) → 2 × 50 = 100, all; C with N = 50 → 34', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', out, '--seed', '2024']);
    const rows = baca(out, 'sampel-2024-06.csv');
    const n = (k: string): number => rows.filter((x) => x.kode_ppk === k && x.jenis === 'kontak').length;
    expect([n('A'), n('B'), n('C')]).toEqual([50, 100, 34]);
    expect(rows.filter((x) => x.jenis === 'rujukan').map((x) => [x.kode_ppk, x.baris])).toEqual([['A', '2']]);
    expect(r.out).toMatch(/^A\s+Puskesmas A\s+50\/100\s+1\/1\s+0\/0\s*$/m);
    expect(r.out).toMatch(/^B\s+Puskesmas B\s+100\/100\s+0\/0\s+0\/0\s+hari_tersibuk\s*$/m);
    expect(r.out).toMatch(/^C\s+Puskesmas C\s+34\/50\s+0\/0\s+0\/0\s*$/m);
    expect(r.out).toContain('n0 = z²·p(1−p)/e² = 96.04 (z 1.96, p 0.5, e 0.10)');
    // Sorted by kode_ppk, kind (kontak before rujukan), then line; each record once; the seed on every row.
    const kunci = rows.map((x) => `${x.kode_ppk} ${x.jenis === 'kontak' ? 1 : 2} ${x.baris.padStart(6, '0')}`);
    expect(rows.findIndex((x) => x.jenis === 'rujukan')).toBe(50); // A's 50 contacts, then its referral
    expect(kunci).toEqual([...kunci].sort());
    expect(new Set(kunci).size).toBe(rows.length);
    expect(rows.every((x) => x.benih === '2024' && x.bulan === '2024-06' && x.sah === '' && x.catatan_verifikasi === '')).toBe(true);
  });

  it('every sampled row is a counted record of its facility and card: its input line says so', async () => {
    const out = tmp();
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', out, '--seed', '99']);
    const baris = readFileSync(join(data, '2024-06', 'kontak.csv'), 'utf8').split('\n');
    const peserta = new Map(readFileSync(join(data, '2024-06', 'peserta.csv'), 'utf8').split('\n').slice(1).filter((l) => l !== '').map((l) => l.split(',') as [string, string]));
    const rows = baca(out, 'sampel-2024-06.csv').filter((x) => x.jenis === 'kontak');
    expect(rows.length).toBe(184);
    for (const x of rows) {
      expect(x.file).toBe('2024-06/kontak.csv');
      // Line n of the file is its (n−1)-th element: line 1 the header, as the rejects number them.
      const [noKartu, kode, tgl] = (baris[Number(x.baris) - 1] as string).split(',');
      expect([noKartu, kode, tgl]).toEqual([x.no_kartu, x.kode_ppk, x.tanggal]);
      expect(peserta.get(x.no_kartu)).toBe(x.kode_ppk); // registered there
      expect(x.dihitung_sebagai).toBe('peserta_kontak');
    }
  });

  it('the same data and seed give the same bytes (CSV and workbook); another seed another sample', async () => {
    const a = tmp();
    const b = tmp();
    const c = tmp();
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', a, '--seed', '777', '--xlsx']);
    await new Promise((r) => setTimeout(r, 1100)); // a zip's times have 2-second steps: let the clock move
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', b, '--seed', '777', '--xlsx']);
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', c, '--seed', '778', '--xlsx']);
    expect(bytes(a, 'sampel-2024-06.csv').equals(bytes(b, 'sampel-2024-06.csv'))).toBe(true);
    expect(bytes(a, 'sampel-2024-06.xlsx').equals(bytes(b, 'sampel-2024-06.xlsx'))).toBe(true);
    const barisA = baca(a, 'sampel-2024-06.csv').filter((x) => x.kode_ppk === 'A' && x.jenis === 'kontak').map((x) => x.baris);
    const barisC = baca(c, 'sampel-2024-06.csv').filter((x) => x.kode_ppk === 'A' && x.jenis === 'kontak').map((x) => x.baris);
    expect(barisC).toHaveLength(50);
    expect(barisC).not.toEqual(barisA);
    for (const f of ['sampel-2024-06.csv', 'sampel-2024-06.xlsx']) expect(statSync(join(a, f)).mode & 0o777, f).toBe(0o600);
  });

  it("one facility's sample does not depend on the others: A's rows the same with B and C gone", async () => {
    const a = tmp();
    const b = tmp();
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', a, '--seed', '5']);
    await kbkKode(0, ['sampel', '--data', bulanTiga(['B', 'C']), '--month', '2024-06', '--out', b, '--seed', '5']);
    const hanyaA = (d: string): string[] => baca(d, 'sampel-2024-06.csv').filter((x) => x.kode_ppk === 'A').map((x) => x.no_kartu);
    expect(hanyaA(b)).toEqual(hanyaA(a));
  });

  it('--benih is --seed; --ukuran replaces the rule (at most N) and says so', async () => {
    const a = tmp();
    const b = tmp();
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', a, '--seed', '31']);
    await kbkKode(0, ['sampel', '--data', data, '--bulan', '2024-06', '--out', b, '--benih', '31']);
    expect(bytes(a, 'sampel-2024-06.csv').equals(bytes(b, 'sampel-2024-06.csv'))).toBe(true);
    const c = tmp();
    const r = await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', c, '--seed', '31', '--ukuran', '3']);
    const rows = baca(c, 'sampel-2024-06.csv');
    expect(['A', 'B', 'C'].map((k) => rows.filter((x) => x.kode_ppk === k && x.jenis === 'kontak').length)).toEqual([3, 3, 3]);
    expect(rows.filter((x) => x.jenis === 'rujukan')).toHaveLength(1); // C's one referral: N = 1 < 3
    expect(r.out).toContain('sample size set by --ukuran 3 per facility and kind (at most its population), not the verification rule');
  });

  it('without --seed one is drawn, printed on stderr and written on every row', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', out]);
    const m = /sample seed: (\d+) \(draw the same sample again with --seed \1\)/.exec(r.err);
    expect(m, r.err).not.toBeNull();
    const benih = (m as RegExpExecArray)[1] as string;
    expect(Number(benih)).toBeLessThan(100_000_000); // printed whole: 9 digits or more would be masked as a card
    const rows = baca(out, 'sampel-2024-06.csv');
    expect(new Set(rows.map((x) => x.benih))).toEqual(new Set([benih]));
    // And it replays.
    const lagi = tmp();
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', lagi, '--seed', benih]);
    expect(bytes(out, 'sampel-2024-06.csv').equals(bytes(lagi, 'sampel-2024-06.csv'))).toBe(true);
  });

  it('-q: nothing on stdout (the file is the report), nothing on stderr but warnings', async () => {
    const out = tmp();
    const r = await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', out, '--seed', '1', '-q']);
    expect(r.out).toBe('');
    expect(r.err.split('\n').filter((l) => l !== '' && !l.startsWith('kbk: warning: '))).toEqual([]);
    const tanpaBenih = await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', tmp(), '-q']);
    expect(tanpaBenih.err).not.toContain('sample seed'); // in the file
  });

  it('a bad seed, size or option is a usage error (64) naming it', async () => {
    for (const s of ['-1', 'abc', '1.5', '9007199254740992', '', '0x10']) {
      const r = await kbkKode(64, ['sampel', '--data', data, '--month', '2024-06', '--out', tmp(), `--seed=${s}`]);
      // (16 digits are masked on stderr as a card number would be.)
      expect(r.err).toMatch(new RegExp(`--seed: "${s.length > 8 ? '9007•+992' : s}" is not a seed: it must be a whole number from 0 to 2\\^53−1`));
    }
    await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', tmp(), '--seed', '9007199254740991']);
    expect((await kbkKode(64, ['sampel', '--data', data, '--month', '2024-06', '--out', tmp(), '--seed', '1', '--benih', '2'])).err).toContain('--seed 1 and --benih 2 differ');
    expect((await kbkKode(64, ['sampel', '--data', data, '--month', '2024-06', '--out', tmp(), '--ukuran', '0'])).err).toContain('--ukuran: "0" is not a sample size');
    const out = tmp();
    await kbkKode(64, ['sampel', '--data', data, '--month', '2024-06', '--out', out, '--seed', 'x']);
    expect(() => statSync(join(out, 'sampel-2024-06.csv'))).toThrow();
  });
});

describe('kbk sampel on the demo month', () => {
  it("populations are capaian's numerators, and every sampled row is its input line (card, facility, date, values)", async () => {
    const data = join(FIXTURES, 'demo');
    const outC = tmp();
    const outS = tmp();
    await kbkKode(0, ['compute', '--data', data, '--month', '2024-06', '--out', outC]);
    const r = await kbkKode(0, ['sampel', '--data', data, '--month', '2024-06', '--out', outS, '--seed', '42', '--json']);
    const ringkas = (JSON.parse(r.out) as { sampel: { kode_ppk: string; kontak: { populasi: number }; rujukan: { populasi: number }; prolanis: { populasi: number } }[] }).sampel;
    for (const c of baca(outC, 'capaian-2024-06.csv')) {
      const s = ringkas.find((x) => x.kode_ppk === c.kode_ppk);
      expect([s?.kontak.populasi, s?.rujukan.populasi, s?.prolanis.populasi], c.kode_ppk).toEqual([
        Number(c.peserta_kontak),
        Number(c.rujukan_non_spesialistik),
        Number(c.dm_terkendali) + Number(c.ht_terkendali),
      ]);
    }
    const files = new Map<string, string[]>();
    const baris = (file: string, n: number): Record<string, string> => {
      if (!files.has(file)) files.set(file, readFileSync(join(data, file), 'utf8').split('\n'));
      const ls = files.get(file) as string[];
      const h = (ls[0] as string).split(',');
      const v = (ls[n - 1] as string).split(',');
      return Object.fromEntries(h.map((k, i) => [k, v[i] ?? '']));
    };
    const rows = baca(outS, 'sampel-2024-06.csv');
    expect(rows.length).toBeGreaterThan(700);
    for (const x of rows) {
      const v = baris(x.file, Number(x.baris));
      expect([v.no_kartu, v.kode_ppk, v.tgl_kontak ?? v.tgl_rujukan ?? v.tgl_periksa], `${x.file}:${x.baris}`).toEqual([x.no_kartu, x.kode_ppk, x.tanggal]);
      if (x.jenis === 'rujukan') expect(x.rincian).toBe(`non-specialistic referral, diagnosis ${v.kode_diagnosa}`);
      if (x.jenis === 'prolanis') expect(x.rincian).toBe(v.diagnosa === 'DM' ? `DM: GDP ${v.gdp} mg/dL controlled` : `HT: BP ${v.sistole}/${v.diastole} mmHg controlled`);
    }
  });
});

describe('kbk sampel --xlsx', () => {
  it('the workbook holds the CSV: the same header and cells, baris a number, benih and no_kartu text with every digit', async () => {
    const out = tmp();
    await kbkKode(0, ['sampel', '--data', tinyMonth(), '--month', '2024-06', '--out', out, '--seed', '9007199254740991', '--xlsx']);
    const csv = baca(out, 'sampel-2024-06.csv');
    const sheets = await readXlsxFile(join(out, 'sampel-2024-06.xlsx'));
    expect(sheets.map((s) => s.sheet)).toEqual(['Sampel']);
    const data = (sheets[0] as { data: unknown[][] }).data;
    expect(data[0]).toEqual([...KOLOM_SAMPEL]);
    expect(data.length).toBe(csv.length + 1);
    csv.forEach((row, i) => {
      const sel = data[i + 1] as unknown[];
      KOLOM_SAMPEL.forEach((k, j) => {
        if (k === 'baris') expect(sel[j]).toBe(Number(row[k]));
        else expect(sel[j] ?? '').toBe(row[k]);
      });
    });
    expect((data[1] as unknown[])[1]).toBe('9007199254740991');
    expect((data[1] as unknown[])[4]).toBe('0009000000001');
  });
});

describe('kbk sampel --csv-excel', () => {
  it('BOM, semicolons, CRLF; no_kartu and benih as ="…" so Excel keeps every digit', async () => {
    const out = tmp();
    await kbkKode(0, ['sampel', '--data', tinyMonth(), '--month', '2024-06', '--out', out, '--seed', '9007199254740991', '--csv-excel']);
    const teks = readFileSync(join(out, 'sampel-2024-06.csv'), 'utf8');
    expect(teks.startsWith('\uFEFF' + KOLOM_SAMPEL.join(';') + '\r\n')).toBe(true);
    expect(teks.split('\r\n')[1]).toBe(
      `2024-06;"=""9007199254740991""";A;kontak;"=""0009000000001""";2024-06/kontak.csv;2;2024-06-03;peserta_kontak;the participant's first contact of the month (the one the audit names);;`,
    );
  });
});

describe('the rule set block verifikasi', () => {
  it('both shipped rule sets hold it, every value a labelled design value', () => {
    for (const rs of [kbk2019, perber])
      for (const [k, v] of Object.entries(rs.verifikasi)) {
        expect(v.status, `${rs.id} verifikasi.${k}`).toBe('design');
        expect(v.sumber).toMatch(/^kbk design decision: /);
      }
    expect(kbk2019.verifikasi.ambangTidakSah.nilai).toBe('0.10');
  });

  it('a value outside what it can mean is refused with its path (65); an unknown key too', async () => {
    const rs = JSON.parse(readFileSync(new URL('../src/rules/data/kbk-2019.json', import.meta.url), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
    const salah = (ubah: (v: Record<string, Record<string, unknown>>) => void): string => {
      const v = structuredClone(rs);
      ubah(v.verifikasi as Record<string, Record<string, unknown>>);
      const f = join(tmp(), 'aturan.json');
      writeFileSync(f, JSON.stringify(v));
      return f;
    };
    const r1 = await kbkKode(65, ['rules', 'validate', salah((v) => ((v.batasGalat as Record<string, unknown>).nilai = '0'))]);
    expect(r1.out + r1.err).toContain('verifikasi.batasGalat.nilai');
    const r2 = await kbkKode(65, ['rules', 'validate', salah((v) => ((v.faktorSinyal as Record<string, unknown>).nilai = '0.5'))]);
    expect(r2.out + r2.err).toContain('verifikasi.faktorSinyal.nilai');
    const r3 = await kbkKode(65, ['rules', 'validate', salah((v) => ((v as Record<string, unknown>).ukuranMin = { nilai: '5', status: 'design', sumber: 'x' }))]);
    expect(r3.out + r3.err).toContain('verifikasi.ukuranMin');
  });
});
