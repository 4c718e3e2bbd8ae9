// Issue 15: the same participant, date and programme in prolanis.csv with other values. Two
// readings on one day are ordinary practice and the clinical profile's tanggalSama decides
// (kbk-2019 standar: all must be controlled); but a row exported twice with other values looks
// the same, so when the readings of a participant's deciding date disagree the file and the
// lines are named — never decided in silence.
import { describe, expect, it } from 'vitest';
import { kbk, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
const HEADER = 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole';
const BARIS = [`${c(7)},A,DM,1,2024-06-10,100,,`, `${c(8)},A,DM,1,2024-06-10,200,,`, `${c(9)},A,HT,1,2024-06-10,,120,80`, `${c(10)},A,HT,1,2024-06-10,,160,100`];

describe('prolanis.csv: one participant, date and programme, other values', () => {
  it('readings that disagree on the deciding date: decided by the profile, the file and lines named in a warning --quiet keeps', async () => {
    // Line 6: card 7's GDP again on 2024-06-10, 200 this time (not controlled); line 2 said 100 (controlled).
    const data = tinyMonth({ 'prolanis.csv': [HEADER, ...BARIS, `${c(7)},A,DM,1,2024-06-10,200,,`].join('\n') + '\n' });
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '-q', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      'kbk: warning: 2024-06/prolanis.csv: 1 participant(s) (per programme) have measurements on their deciding date that disagree, one controlled and one not (lines 2/6); decided by the clinical profile (tanggalSama: semua); was a row exported twice with other values?\n',
    );
    // standar's tanggalSama "semua": card 7 is no longer controlled, so DM controlled 1 → 0.
    const a = JSON.parse(r.out).capaian[0].find((x: { kode_ppk: string }) => x.kode_ppk === 'A');
    expect([a.dm_terdaftar, a.dm_terkendali]).toEqual([2, 0]);
  });

  it('readings that agree (both controlled), or on other dates, raise nothing', async () => {
    for (const extra of [`${c(7)},A,DM,1,2024-06-10,110,,`, `${c(7)},A,DM,1,2024-06-03,200,,`]) {
      const data = tinyMonth({ 'prolanis.csv': [HEADER, ...BARIS, extra].join('\n') + '\n' });
      const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '-q']);
      expect(r.code).toBe(0);
      expect(r.err).not.toContain('disagree');
    }
  });
});
