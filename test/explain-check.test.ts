import { cpSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

describe('kbk explain', () => {
  it('shows each number from its counts and the smallest change to the next rating and payment band', async () => {
    const r = await kbk(['explain', '--data', join(FIXTURES, 'demo'), '--month', '2024-05', '--ppk', 'P002']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('P002 Puskesmas Sukajadi (puskesmas), 2024-05, kbk-2019');
    expect(lines).toContain('  = 700 registered participants with a contact ÷ 5,000 registered × 1,000');
    // AK 140 is rating 1; rating 2 needs AK > 140: 701/5000 → 140.20.
    expect(lines).toContain('  next: rating 2 (> 140 and ≤ 145) needs 1 more registered participant(s) with a contact (→ 140.20, rating 2)');
    // RRNS 4 % (4/100) is rating 1; rating 2 needs ≤ 3 %: 3/100.
    expect(lines).toContain('  next: rating 2 (> 2.5 and ≤ 3) needs 1 fewer non-specialistic referral(s) (→ 3.00, rating 2)');
    expect(lines).toContain('total nilai 0.4 + 0.5 + 0.4 = 1.3');
    // 90 % needs total ≥ 2: AK rating 3 (0.4·3 + 0.5 + 0.4 = 2.1) takes 726 contacts (> 145 ‰), 26 more;
    // RRNS rating 3 needs ≤ 2.5 % of 100, i.e. 2 referrals, which is already rating 4: 0.4 + 2 + 0.4 = 2.8.
    expect(lines).toContain('  90%: AK to rating 3 (total nilai 2.1) with 26 more registered participant(s) with a contact (→ 145.20, rating 3)');
    expect(lines).toContain('  90%: RRNS to rating 4 (total nilai 2.8) with 2 fewer non-specialistic referral(s) (→ 2.00, rating 4)');
  });

  it('explains RPPT through either sub-ratio', async () => {
    const r = await kbkKode(0, ['explain', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--ppk', 'K002', '--json']);
    const e = JSON.parse(r.out);
    const rppt = e.indikator.find((i: { id: string }) => i.id === 'rppt');
    // RPPT (1/50 + 1/50)/2 = 2 % → rating 1; rating 2 needs ≥ 3 %: DM (x/50·100 + 2)/2 ≥ 3 → x ≥ 2, one more; same for HT.
    expect(rppt).toMatchObject({ nilai: 2, rating: 1 });
    expect(rppt.rumus.bagian).toEqual([
      { label: 'RPPT-DM', pembilang: { n: 1, apa: 'controlled' }, penyebut: { n: 50, apa: 'diagnosed DM' } },
      { label: 'RPPT-HT', pembilang: { n: 1, apa: 'controlled' }, penyebut: { n: 50, apa: 'diagnosed HT' } },
    ]);
    // Beside the words (apa), the count that changes and which way: fields a program can use.
    expect(rppt.berikutnya.cara).toEqual([
      { jumlah: 1, apa: 'more controlled Prolanis DM participant(s)', nilai: 3, rating: 2, hitungan: 'dm_terkendali', arah: 'tambah' },
      { jumlah: 1, apa: 'more controlled Prolanis HT participant(s)', nilai: 3, rating: 2, hitungan: 'ht_terkendali', arah: 'tambah' },
    ]);
    const rrns = e.indikator.find((i: { id: string }) => i.id === 'rrns');
    expect(rrns.berikutnya.cara[0]).toMatchObject({ apa: 'fewer non-specialistic referral(s)', hitungan: 'rujukan_non_spesialistik', arah: 'kurang' });
  });

  it('names an unknown facility code (exit 64)', async () => {
    const r = await kbk(['explain', '--data', join(FIXTURES, 'demo'), '--month', '2024-05', '--ppk', 'X999']);
    expect(r.code).toBe(64);
    expect(r.err).toContain('--ppk "X999" is not in fktp.csv (it has 10 facilities, e.g. D001, G001, K001)');
  });
});

describe('kbk check', () => {
  it('recomputes every fixture and finds no difference', async () => {
    const r = await kbk(['check', FIXTURES]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('3 fixtures, 24 reports, 0 differences\n');
  });

  it('exits 1 and names the file and first differing line', async () => {
    const copy = join(tmp(), 'perber-2018');
    cpSync(join(FIXTURES, 'perber-2018'), copy, { recursive: true });
    const f = join(copy, 'expected', 'kapitasi-2018-04.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace('23750000', '23750001'));
    const r = await kbk(['check', copy]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`DIFF ${f}: differs at line 2\n    expected: 2018-04,PB01,Puskesmas Lama,puskesmas,perber-2017,permenkes-52-2016,2018-01..2018-03,1,150.00,5.00,50.00,2,1,95,5000,5000,4750,3000,4750,0,25000000,23750001,`);
    expect(r.out).toContain('1 fixtures, 6 reports, 1 differences\n');
  });
});
