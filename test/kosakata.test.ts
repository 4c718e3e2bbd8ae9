// The exports' vocabularies have one home (src/core/kosakata.ts): a change to any of them —
// kd_tacc 5 or Y taken as TACC, a status or a diagnosis spelling added or lost, TACC moved
// into RRNS's numerator or out of its denominator — fails here, and the month read with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSA_DM,
  DIAGNOSA_HT,
  KODE_BUKAN_TACC,
  NAMA_TACC,
  STATUS_AKTIF,
  STATUS_TIDAK_AKTIF,
  TACC_TIDAK_DISEBUT,
  kodeTacc,
  nonSpesialistikPalingBanyak,
  penyebutRrns,
  programDiagnosa,
  statusAktif,
  taccDisebut,
  taccPalingBanyak,
} from '../src/core/kosakata.js';
import { kbk, tinyMonth, tmp } from './helpers.js';

describe('the TACC vocabulary', () => {
  it('kd_tacc 1–4 is TACC, "", -1 and 0 are not, anything else is no code', () => {
    expect(NAMA_TACC).toEqual({ '1': 'Time', '2': 'Age', '3': 'Complication', '4': 'Comorbidity' });
    expect([...KODE_BUKAN_TACC]).toEqual(['', '-1', '0']);
    for (const v of ['1', '2', '3', '4']) expect(kodeTacc(v)).toBe(true);
    for (const v of ['', '-1', '0']) expect(kodeTacc(v)).toBe(false);
    for (const v of ['5', 'Y', 'y', 'T', '-', '01', ' 1', '1.0', 'Time', '-2', '9']) expect(kodeTacc(v)).toBe(null);
  });

  it('without kd_tacc, a name or reason other than "", -, -1 and 0 makes a referral TACC', () => {
    expect([...TACC_TIDAK_DISEBUT]).toEqual(['', '-', '-1', '0']);
    for (const v of ['', '-', '-1', '0']) expect(taccDisebut(v)).toBe(false);
    for (const v of ['Age', 'usia lanjut', '5', 'Y', '--', ' ']) expect(taccDisebut(v)).toBe(true);
  });

  it('TACC stays in or leaves RRNS\'s denominator as the rule set says, and bounds what can be non-specialistic', () => {
    expect(penyebutRrns({ rujukanTotal: 10, rujukanTacc: 3 }, true)).toBe(10);
    expect(penyebutRrns({ rujukanTotal: 10, rujukanTacc: 3 }, false)).toBe(7);
    expect(nonSpesialistikPalingBanyak({ rujukanTotal: 10, rujukanTacc: 3 })).toBe(7);
    expect(taccPalingBanyak(5, 8, 4)).toBe(4);
    expect(taccPalingBanyak(2, 8, 4)).toBe(2);
  });
});

describe('the status and diagnosis vocabularies', () => {
  it('peserta.csv status', () => {
    expect([...STATUS_AKTIF]).toEqual(['', 'aktif', 'active', 'a', '1', 'y', 'ya']);
    expect([...STATUS_TIDAK_AKTIF]).toEqual(['tidak aktif', 'tidak_aktif', 'nonaktif', 'non aktif', 'non_aktif', 'inactive', '0', 'n', 'tidak']);
    expect(statusAktif('AKTIF')).toBe(true);
    expect(statusAktif('Tidak Aktif')).toBe(false);
    for (const v of ['2', 'yes', 'no', 'aktif ', 'x', '-']) expect(statusAktif(v)).toBe(null);
  });

  it('prolanis.csv diagnosa', () => {
    expect(DIAGNOSA_DM).toEqual(['DM', '01', '1', 'DIABETES', 'DIABETES MELITUS', 'DIABETES MELLITUS']);
    expect(DIAGNOSA_HT).toEqual(['HT', '02', '2', 'HIPERTENSI', 'HYPERTENSION']);
    expect(programDiagnosa('diabetes mellitus')).toBe('DM');
    expect(programDiagnosa('Hipertensi')).toBe('HT');
    for (const v of ['3', 'E11', 'I10', '', 'DMHT']) expect(programDiagnosa(v)).toBe(null);
  });
});

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;

describe('a month read with it', () => {
  // 10 referrals: kd_tacc 1–4 (TACC, whatever non_spesialistik says), 0, -1 and "" (not TACC;
  // R5 non-specialistic), and 5, Y, 01 (rejected: not a TACC code).
  const kode = ['1', '2', '3', '4', '0', '-1', '', '5', 'Y', '01'];
  const rujukan =
    'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,kd_tacc,non_spesialistik\n' +
    kode.map((k, i) => `R${i + 1},${c(i + 1)},A,2024-06-03,J06.9,${k},${i < 5 ? 1 : 0}\n`).join('');

  it('counts kd_tacc 1–4 as TACC and never non-specialistic, rejects 5, Y and 01', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', tinyMonth({ 'rujukan.csv': rujukan }), '--month', '2024-06', '--out', out, '--json', '--max-reject-rate', '50']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).capaian[0][0]).toMatchObject({ rujukan_total: 7, rujukan_non_spesialistik: 1, rujukan_tacc: 4, rrns: 14.29 });
    const tolak = readFileSync(join(out, readdirSync(out).find((f) => f.startsWith('tolak-')) as string), 'utf8');
    expect(tolak.split('\n').filter((l) => l.includes('not a TACC code')).length).toBe(3);
    expect(tolak).toContain('is not a TACC code (expected -1, 0 or empty for none, 1 Time, 2 Age, 3 Complication, 4 Comorbidity)');
  });

  it('the audit names each TACC referral by its code', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', tinyMonth({ 'rujukan.csv': rujukan }), '--month', '2024-06', '--out', out, '--max-reject-rate', '50']);
    expect(r.code, r.err).toBe(0);
    const rows = readFileSync(join(out, 'audit-rujukan-2024-06.csv'), 'utf8').trim().split('\n');
    expect(rows.slice(1, 4).map((l) => l.split(',').slice(4).join(','))).toEqual([
      '1,0,1,dihitung; TACC (kd_tacc 1 Time): tidak dihitung non-spesialistik',
      '1,0,1,dihitung; TACC (kd_tacc 2 Age): tidak dihitung non-spesialistik',
      '1,0,1,dihitung; TACC (kd_tacc 3 Complication): tidak dihitung non-spesialistik',
    ]);
    expect(rows[5]?.split(',').slice(4).join(',')).toBe('1,1,0,dihitung; non-spesialistik menurut kolom non_spesialistik');
  });

  it('without kd_tacc, a TACC name or reason counts and the audit quotes it', async () => {
    const named =
      'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,nm_tacc,alasan_tacc,non_spesialistik\n' +
      `R1,${c(1)},A,2024-06-03,J06.9,Age,,1\nR2,${c(2)},A,2024-06-03,J06.9,-,usia lanjut,1\nR3,${c(3)},A,2024-06-03,J06.9,0,-1,1\nR4,${c(4)},A,2024-06-03,N18.5,,,0\n`;
    const out = tmp();
    const r = await kbk(['audit', '--data', tinyMonth({ 'rujukan.csv': named }), '--month', '2024-06', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const rows = readFileSync(join(out, 'audit-rujukan-2024-06.csv'), 'utf8').trim().split('\n');
    expect(rows.slice(1).map((l) => l.split(',').slice(4).join(','))).toEqual([
      '1,0,1,"dihitung; TACC (nm_tacc ""Age""): tidak dihitung non-spesialistik"',
      '1,0,1,"dihitung; TACC (alasan_tacc ""usia lanjut""): tidak dihitung non-spesialistik"',
      '1,1,0,dihitung; non-spesialistik menurut kolom non_spesialistik',
      '1,0,0,dihitung; spesialistik menurut kolom non_spesialistik',
    ]);
  });
});
