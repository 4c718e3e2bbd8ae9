// Policies where the regulation is silent (spec §1.4), switched through a rules file, and
// the facility master's tarif_minimal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleSet } from '../src/rules/index.js';
import type { ProfilKlinis, RuleSet } from '../src/rules/schema.js';
import { kbk, tinyMonth, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;

function rulesFile(edit: (r: RuleSet) => void): string {
  const r = structuredClone(findRuleSet('kbk-2019') as RuleSet);
  r.id = 'kbk-2019-test';
  edit(r);
  const file = join(tmp(), 'rules.json');
  writeFileSync(file, JSON.stringify(r));
  return file;
}

async function capaian(data: string, ...more: string[]): Promise<Record<string, unknown>> {
  const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--json', ...more]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out).capaian[0][0];
}

describe('measurements', () => {
  // Card 7: controlled on the 5th, uncontrolled on the 20th; card 8: the reverse.
  const prolanis = `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(7)},A,DM,1,2024-06-05,100,,\n${c(7)},A,DM,1,2024-06-20,190,,\n${c(8)},A,DM,1,2024-06-20,100,,\n${c(8)},A,DM,1,2024-06-05,190,,\n`;

  it('the latest one decides by default', async () => {
    expect(await capaian(tinyMonth({ 'prolanis.csv': prolanis }))).toMatchObject({ dm_terdaftar: 2, dm_terkendali: 1, rppt_dm: 50 });
  });

  it('"salah_satu" counts a participant with any controlled measurement', async () => {
    const file = rulesFile((r) => ((r.klinis.profil.standar as ProfilKlinis).pengukuran = { nilai: 'salah_satu', status: 'design', sumber: 'test' }));
    expect(await capaian(tinyMonth({ 'prolanis.csv': prolanis }), '--rules', file)).toMatchObject({ dm_terkendali: 2, rppt_dm: 100 });
  });

  it('an undated measurement counts as of the month, older than dated ones, and is noted', async () => {
    const undated = `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(7)},A,DM,1,,100,,\n${c(8)},A,DM,1,,100,,\n${c(8)},A,DM,1,2024-06-09,200,,\n`;
    expect(await capaian(tinyMonth({ 'prolanis.csv': undated }))).toMatchObject({
      dm_terdaftar: 2,
      dm_terkendali: 1,
      catatan: expect.stringContaining('pengukuran tanpa tanggal=2'),
    });
  });
});

describe('TACC in the RRNS denominator', () => {
  // 4 referrals: 1 non-specialistic, 1 TACC (with a non-specialistic diagnosis), 2 specialistic.
  const rujukan = `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,kd_tacc,non_spesialistik\nR1,${c(1)},A,2024-06-03,J06.9,0,1\nR2,${c(2)},A,2024-06-03,J06.9,2,1\nR3,${c(3)},A,2024-06-03,N18.5,-1,0\nR4,${c(4)},A,2024-06-03,N18.5,,0\n`;

  it('stays in the denominator by default: 1/4 = 25 %', async () => {
    expect(await capaian(tinyMonth({ 'rujukan.csv': rujukan }))).toMatchObject({ rujukan_total: 4, rujukan_non_spesialistik: 1, rujukan_tacc: 1, rrns: 25 });
  });

  it('is left out with taccDalamPenyebut false: 1/3 = 33.33 %', async () => {
    const file = rulesFile((r) => (r.kebijakan.taccDalamPenyebut = { nilai: false, status: 'design', sumber: 'test' }));
    expect(await capaian(tinyMonth({ 'rujukan.csv': rujukan }), '--rules', file)).toMatchObject({ rujukan_total: 4, rujukan_tacc: 1, rrns: 33.33 });
  });
});

describe('the floor from the facility master', () => {
  it('tarif_minimal in fktp.csv overrides the tariff set minimum', async () => {
    // Eligible under a rules file that accepts 10 participants: AK 300 → 4, RRNS 25 → 1, RPPT 50 → 4:
    // 1.6 + 0.5 + 0.4 = 2.5 → 90 %; 6000 × 90 % = 5400 < tarif_minimal 5800 → 5800; 10 × 5800 = 58,000.
    const file = rulesFile((r) => (r.kelayakan.minPeserta = { nilai: 10, status: 'design', sumber: 'test' }));
    const data = tinyMonth({ 'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi,tarif_minimal\nA,Puskesmas A,puskesmas,6000,5800\n' });
    const r = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '--json', '--rules', file]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).kapitasi[0]).toMatchObject({
      jumlah_bulan_dinilai: 1,
      total_nilai: 2.5,
      persen_kapitasi: 90,
      tarif_setelah_kbk: 5400,
      tarif_minimal: 5800,
      tarif_dibayar: 5800,
      lantai_diterapkan: 1,
      peserta_terdaftar: 10,
      kapitasi_penuh: 60000,
      kapitasi_dibayar: 58000,
      potongan: 2000,
      catatan:
        'bulan 2024-04 tanpa data; bulan 2024-05 tanpa data; rata-rata 1 dari 3 bulan; peserta dari 2024-06: peserta.csv bulan bayar tidak ada; ' +
        'fktp.csv tanpa kolom tgl_kerja_sama: lama kerja sama dianggap memenuhi syarat; fktp.csv tanpa kolom jaringan_data: semua fasilitas dianggap memiliki jaringan data; ' +
        'peserta.csv tanpa kolom status: semua peserta dianggap aktif (2024-06); rujukan.csv tanpa kolom kd_tacc/nm_tacc/alasan_tacc: tidak ada rujukan yang dikenali sebagai TACC (2024-06); bulan belum lengkap: data sampai 2024-06-05 (2024-06)',
    });
  });
});
