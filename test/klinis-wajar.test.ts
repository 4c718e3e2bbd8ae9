// Issue 15 item 1, "units and ranges as data": a Prolanis measurement outside what it can
// physically be (the rule set's klinis.wajar) rejects its row; a prolanis.csv whose GDP is
// in mmol/L, or whose sistole and diastole are swapped, stops the run naming the file;
// --gdp-satuan mmol converts exactly and says so.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, kbkKode, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
const HEADER = 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole';
const demo = (): string => {
  const d = join(tmp(), 'demo');
  cpSync(join(FIXTURES, 'demo'), d, { recursive: true });
  return d;
};
const baca = (path: string): Record<string, string>[] => parse(readFileSync(path), { columns: true, bom: true });
const csv = (rows: string[][]): string => rows.map((r) => r.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n') + '\n';

/**
 * A month's prolanis.csv with every GDP in mmol/L as a SIMRS writes it: the mg/dL value
 * ÷ 18, one decimal, half up (131 → 7.3). Decimal arithmetic by hand: tenths of mg/dL.
 */
function keMmol(data: string, bulan: string): void {
  const path = join(data, bulan, 'prolanis.csv');
  const rows = parse(readFileSync(path), { bom: true }) as string[][];
  for (const r of rows.slice(1)) {
    if (!r[5]) continue;
    const persepuluh = Math.round(Number(r[5].replace(',', '.')) * 10); // 130,5 → 1305
    // round(x / 18, 1) half up = floor((x·10 / 18) + 0.5) tenths = floor((persepuluh + 9) / 18) tenths
    const t = Math.floor((persepuluh + 9) / 18);
    r[5] = `${Math.floor(t / 10)}.${t % 10}`;
  }
  writeFileSync(path, csv(rows));
}

describe('a prolanis.csv exported in mmol/L', () => {
  it('stops the run (65) naming the file and what it looks like, with --quiet too', async () => {
    const data = demo();
    keMmol(data, '2024-06');
    // 344 rows of 2024-06/prolanis.csv carry a GDP; every one is 4.4–11.1 once divided by 18.
    const gdp = baca(join(data, '2024-06/prolanis.csv')).filter((r) => r.gdp !== '');
    expect(gdp.length).toBe(344);
    expect(gdp.find((r) => r.no_kartu === '0001010004003')?.gdp).toBe('4.4');
    const out = tmp();
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', out, '-q']);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: 2024-06/prolanis.csv: gdp looks like mmol/L (344 of 344 values are below 20 mg/dL and plausible once multiplied by 18.016); export in mg/dL, or pass --gdp-satuan mmol to convert\n',
    );
    expect(r.out).toBe('');
    // The rows to fix are listed, each with its reason.
    const tolak = baca(join(out, 'tolak-2024-06.csv'));
    expect(tolak.filter((t) => t.file === '2024-06/prolanis.csv')).toHaveLength(344);
    expect(tolak.find((t) => t.isi.startsWith('0001010004003,'))?.alasan).toBe(
      'gdp "4.4" is outside the plausible range 20–600 mg/dL; as mmol/L it would be plausible: if the file is in mmol/L, pass --gdp-satuan mmol',
    );
  });

  it('kbk validate fails the file with the same words', async () => {
    const data = demo();
    keMmol(data, '2024-06');
    const r = await kbk(['validate', '--data', data, '--month', '2024-06']);
    expect(r.code).toBe(65);
    expect(r.out).toContain('FAILS: 2024-06/prolanis.csv: gdp looks like mmol/L (344 of 344 values');
  });

  it('--gdp-satuan mmol converts exactly: the same capaian but for one GDP rounding moved below 80, and said in catatan and on stderr', async () => {
    const data = demo();
    keMmol(data, '2024-06');
    const out = tmp();
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', out, '-q', '--gdp-satuan', 'mmol']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('kbk: warning: 2024-06/prolanis.csv: gdp read as mmol/L (--gdp-satuan mmol) and converted to mg/dL × 18.016\n');
    const expected = baca(join(FIXTURES, 'demo/expected/capaian-2024-06.csv'));
    const got = baca(join(out, 'capaian-2024-06.csv'));
    const note = 'gdp dalam mmol/L dikonversi ke mg/dL × 18.016 (--gdp-satuan mmol)';
    expect(got).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) {
      const g = got[i] as Record<string, string>;
      expect(g.catatan).toBe(e.catatan === '' ? note : `${e.catatan}; ${note}`);
      // P001's card 0001010004003 had GDP 80, the profile's inclusive lower limit: 80 ÷ 18 = 4.44 → 4.4 mmol/L,
      // and 4.4 × 18.016 = 79.2704 mg/dL < 80: no longer controlled (dm_terkendali 5 → 4, RPPT-DM 4/50 = 8 %, RPPT (8 + 10) / 2 = 9 %, rating 4 still).
      // Every other GDP stays on its side of 80 and 130: 130 → 7.2 → 129.7152; 130,5 → 7.3 → 131.5168; 79 → 4.4 → 79.2704.
      const beda = e.kode_ppk === 'P001' ? { dm_terkendali: '4', rppt_dm: '8.00', rppt: '9.00' } : {};
      expect({ ...g, catatan: '' }).toEqual({ ...e, ...beda, catatan: '' });
    }
  });

  it('a mg/dL file read with --gdp-satuan mmol stops the other way round', async () => {
    const r = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--out', tmp(), '-q', '--gdp-satuan', 'mmol']);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: 2024-06/prolanis.csv: gdp looks like mg/dL, not mmol/L as --gdp-satuan mmol says (344 of 344 values are plausible as written and above 600 mg/dL once multiplied by 18.016); run without --gdp-satuan mmol\n',
    );
  });

  it('run over a window exported in mmol/L pays the same with --gdp-satuan mmol, the conversion in the kapitasi catatan', async () => {
    const data = demo();
    for (const m of ['2024-04', '2024-05', '2024-06', '2024-07']) keMmol(data, m);
    const out = tmp();
    const r = await kbk(['run', '--data', data, '--month', '2024-07', '--out', out, '-q', '--gdp-satuan', 'mmol']);
    expect(r.code, r.err).toBe(0);
    expect(r.err.match(/gdp read as mmol\/L/g)).toHaveLength(3);
    const expected = baca(join(FIXTURES, 'demo/expected/kapitasi-2024-07.csv'));
    const got = baca(join(out, 'kapitasi-2024-07.csv'));
    for (const [i, e] of expected.entries()) {
      const g = got[i] as Record<string, string>;
      expect(g.catatan).toContain('gdp dalam mmol/L dikonversi ke mg/dL × 18.016 (--gdp-satuan mmol) (2024-04, 2024-05, 2024-06)');
      // P001's mean RPPT is (10 + 10 + 9) / 3 = 9.67 instead of 10: still rating 4, the same payment.
      const beda = e.kode_ppk === 'P001' ? { rata_rppt: '9.67' } : {};
      expect({ ...g, catatan: '' }).toEqual({ ...e, ...beda, catatan: '' });
    }
  });

  it('--gdp-satuan is taken by every command that reads the exports', async () => {
    for (const cmd of ['compute', 'pay', 'run', 'audit', 'banding', 'validate', 'explain', 'proyeksi']) {
      const r = await kbkKode(0, [cmd, '--help']);
      expect(r.out, cmd).toContain('--gdp-satuan <satuan>');
    }
    const r = await kbk(['compute', '--data', join(FIXTURES, 'demo'), '--month', '2024-06', '--gdp-satuan', 'mmol/l']);
    expect(r.code).toBe(64);
  });
});

describe('a prolanis.csv with sistole and diastole swapped', () => {
  it('stops the run (65) naming the file', async () => {
    const data = demo();
    const path = join(data, '2024-06/prolanis.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('sistole,diastole', 'diastole,sistole'));
    // 391 rows carry a blood pressure: 120/80 or 150/95 (and 139/89, 140/80, 120/90), all read the other way round.
    expect(baca(path).filter((r) => r.sistole !== '' && r.diastole !== '')).toHaveLength(391);
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '-q']);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      "kbk: error: 2024-06/prolanis.csv: sistole and diastole look swapped (391 of 391 blood pressures have sistole not above diastole); check the export's column order\n",
    );
  });
});

describe('single implausible rows', () => {
  // Four good rows of tinyMonth (1 DM and 1 HT controlled), then GDP 4000, 80/130, sistole 400, diastole 20, GDP 7.3, 120/120.
  const prolanis = `${HEADER}\n${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,DM,1,2024-06-10,200,,\n${c(9)},A,HT,1,2024-06-10,,120,80\n${c(10)},A,HT,1,2024-06-10,,160,100\n${c(1)},A,DM,1,2024-06-11,4000,,\n${c(2)},A,HT,1,2024-06-11,,80,130\n${c(3)},A,HT,1,2024-06-11,,400,90\n${c(4)},A,HT,1,2024-06-11,,120,20\n${c(5)},A,DM,1,2024-06-11,7.3,,\n${c(6)},A,HT,1,2024-06-11,,120,120\n`;

  it('are rejected with their reasons, counted against --max-reject-rate', async () => {
    const r = await kbk(['compute', '--data', tinyMonth({ 'prolanis.csv': prolanis }), '--month', '2024-06', '--out', tmp(), '-q']);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: 2024-06/prolanis.csv: 6 of 10 rows rejected (60.00%, above --max-reject-rate 1.00%); first: line 6 column gdp: gdp "4000" is outside the plausible range 20–600 mg/dL\n',
    );
  });

  it('leave the good rows counted, each bad one in the rejects with line, column, value and range', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', tinyMonth({ 'prolanis.csv': prolanis }), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '--json']);
    expect(r.code, r.err).toBe(0);
    const row = JSON.parse(r.out).capaian[0][0];
    expect(row).toMatchObject({ dm_terdaftar: 2, dm_terkendali: 1, ht_terdaftar: 2, ht_terkendali: 1 });
    expect(JSON.parse(r.out).tolak.perFile['2024-06/prolanis.csv']).toEqual({
      'gdp: implausible value': 2,
      'sistole: sistole not above diastole': 2,
      'sistole: implausible value': 1,
      'diastole: implausible value': 1,
    });
    const tolak = baca(join(out, 'tolak-2024-06.csv')).filter((t) => t.file === '2024-06/prolanis.csv');
    expect(tolak.map((t) => [t.baris, t.alasan])).toEqual([
      ['6', 'gdp "4000" is outside the plausible range 20–600 mg/dL'],
      ['7', 'sistole "80" is not above diastole "130": the systolic pressure is always the higher; are the columns swapped?'],
      ['8', 'sistole "400" is outside the plausible range 50–300 mmHg'],
      ['9', 'diastole "20" is outside the plausible range 30–200 mmHg'],
      ['10', 'gdp "7.3" is outside the plausible range 20–600 mg/dL; as mmol/L it would be plausible: if the file is in mmol/L, pass --gdp-satuan mmol'],
      ['11', 'sistole "120" is not above diastole "120": the systolic pressure is always the higher; are the columns swapped?'],
    ]);
  });

  it('--strict stops at the first, naming file, line, column, value and range', async () => {
    const r = await kbk(['compute', '--data', tinyMonth({ 'prolanis.csv': prolanis }), '--month', '2024-06', '--out', tmp(), '--strict']);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 2024-06/prolanis.csv:6 column gdp: gdp "4000" is outside the plausible range 20–600 mg/dL (--strict stops at the first bad row)\n');
  });

  it('kbk audit still reconciles with capaian and names each rejected row', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', tinyMonth({ 'prolanis.csv': prolanis }), '--month', '2024-06', '--out', out, '--max-reject-rate', '100']);
    expect(r.code, r.err).toBe(0);
    const audit = baca(join(out, 'audit-2024-06.csv'));
    const kartu = (i: number) => audit.find((a) => a.no_kartu === c(i)) as Record<string, string>;
    expect(kartu(1).dm_terdaftar).toBe('0');
    expect(kartu(1).alasan).toContain('prolanis.csv baris 6 ditolak (gdp: implausible value)');
    expect(kartu(2).alasan).toContain('prolanis.csv baris 7 ditolak (sistole: sistole not above diastole)');
    const jumlah = (k: string) => audit.reduce((n, a) => n + Number(a[k]), 0);
    expect([jumlah('dm_terdaftar'), jumlah('dm_terkendali'), jumlah('ht_terdaftar'), jumlah('ht_terkendali')]).toEqual([2, 1, 2, 1]);
  });
});

describe('the ranges are the rule set\'s, checked like every rule value', () => {
  const aturan = async (ubah: (w: Record<string, any>) => void): Promise<string> => {
    const rs = JSON.parse((await kbkKode(0, ['rules', 'show', 'kbk-2019', '--json'])).out);
    rs.id = 'kbk-2019-ubah'; // a changed set under the shipped id is refused
    ubah(rs);
    const path = join(tmp(), 'mine.json');
    writeFileSync(path, JSON.stringify(rs));
    return path;
  };

  it('an inverted range is refused by kbk rules validate, with its path', async () => {
    const path = await aturan((rs) => Object.assign(rs.klinis.wajar.sistole, { min: '300', max: '50' }));
    const r = await kbk(['rules', 'validate', path]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('klinis.wajar.sistole: min 300 is above max 50 (an inverted range), so no value is plausible');
  });

  it('a missing or malformed piece is refused with its path; a profile limit outside the range too', async () => {
    const r1 = await kbk(['rules', 'validate', await aturan((rs) => delete rs.klinis.wajar.diastole)]);
    expect(r1.code).toBe(65);
    expect(r1.err).toContain('klinis.wajar.diastole: expected {min, max, status, sumber}');
    const r2 = await kbkKode(65, ['rules', 'validate', await aturan((rs) => (rs.klinis.wajar.gdp.min = '-5'))]);
    expect(r2.err).toContain('klinis.wajar.gdp.min: expected a decimal string with at most six decimals, got "-5"');
    const r3 = await kbkKode(65, ['rules', 'validate', await aturan((rs) => (rs.klinis.wajar.gdp.max = '120'))]);
    expect(r3.err).toContain('klinis.profil.standar.dm.gdpMax: 130 is outside the plausible range gdp 20–120; controlled values would be rejected');
  });

  it('a rules file written before them takes kbk-2019\'s, said in the source', async () => {
    const path = await aturan((rs) => delete rs.klinis.wajar);
    expect((await kbk(['rules', 'validate', path])).code).toBe(0);
    const r = await kbk(['compute', '--data', tinyMonth({ 'prolanis.csv': `${HEADER}\n${c(7)},A,DM,1,2024-06-10,4000,,\n` }), '--month', '2024-06', '--out', tmp(), '--rules', path, '--strict']);
    expect(r.code).toBe(65);
    expect(r.err).toContain('gdp "4000" is outside the plausible range 20–600 mg/dL');
  });

  it('kbk rules show lists them with status and reasoning', async () => {
    const r = await kbkKode(0, ['rules', 'show', 'kbk-2019']);
    expect(r.out).toMatch(/klinis\.wajar\.gdp\s+20–600 mg\/dL\s+design\s+kbk design decision: fasting glucose \(GDP\) in mg\/dL/);
    expect(r.out).toMatch(/klinis\.wajar\.sistole\s+50–300 mmHg\s+design/);
    expect(r.out).toMatch(/klinis\.wajar\.diastole\s+30–200 mmHg\s+design/);
    expect(r.out).toMatch(/klinis\.wajar\.sistoleLebihDariDiastole\s+true\s+design/);
    expect(r.out).toMatch(/klinis\.wajar\.faktorGdpMmol\s+× 18\.016\s+design/);
    expect((await kbkKode(0, ['rules', 'show', 'perber-2017'])).out).toMatch(/klinis\.wajar\.gdp\s+20–600 mg\/dL\s+design/);
  });
});
