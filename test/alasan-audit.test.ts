// kbk audit's reasons in words are pure functions of plain values (src/core/alasan-audit.ts):
// each text here is written out by hand, as audit-M.csv, audit-rujukan-M.csv and
// jangkauan-M.csv carry it.
import { describe, expect, it } from 'vitest';
import { PERISTIWA } from '../src/core/audit.js';
import {
  alasanDitolak,
  angkaUkur,
  keteranganPerlu,
  programProlanis,
  putusanRujukan,
  rujukanDitolak,
  rujukanDuplikat,
  rujukanLuarBulan,
  teksKonflik,
  teksKunjungan,
  teksPeristiwa,
  teksProgram,
  teksUkur,
  tidakTerdaftar,
} from '../src/core/alasan-audit.js';
import { dayNumber } from '../src/core/month.js';
import { TANPA_TANGGAL } from '../src/core/types.js';

const hari = (d: number): number => dayNumber(2024, 6, d) as number;

describe("a referral's verdict", () => {
  it('TACC by its code, its name or its reason; else where non-specialistic came from', () => {
    expect(putusanRujukan(true, '3', '', '', true, '1', 'J06.9')).toBe('dihitung; TACC (kd_tacc 3 Complication): tidak dihitung non-spesialistik');
    expect(putusanRujukan(true, null, 'Age', '', false, '0', 'J06.9')).toBe('dihitung; TACC (nm_tacc "Age"): tidak dihitung non-spesialistik');
    expect(putusanRujukan(true, null, '-', 'usia', false, '0', 'J06.9')).toBe('dihitung; TACC (alasan_tacc "usia"): tidak dihitung non-spesialistik');
    expect(putusanRujukan(false, '0', '', '', true, '1', 'J06.9')).toBe('dihitung; non-spesialistik menurut kolom non_spesialistik');
    expect(putusanRujukan(false, null, '', '', false, '', 'N18.5')).toBe('dihitung; spesialistik menurut diagnosa.csv (N18.5)');
  });

  it('a row that did not count', () => {
    expect(rujukanDuplikat(4)).toBe('duplikat no_rujukan dari baris 4');
    expect(rujukanLuarBulan(hari(30) + 1)).toBe('tgl_rujukan 2024-07-01 di luar bulan');
    expect(rujukanDitolak(alasanDitolak('kdTacc', 'not a TACC code'))).toBe('ditolak (kdTacc: not a TACC code)');
  });
});

describe("a participant's events and programmes", () => {
  it('each kind of event', () => {
    const teks = ['no_kartu: bad card'];
    const t = (jenis: number, terdaftar = false, kode: string[] = []): string => teksPeristiwa(jenis, 7, jenis === PERISTIWA.KONTAK_LAIN || jenis === PERISTIWA.KONTAK_LUAR || jenis === PERISTIWA.UKUR_LUAR ? hari(5) : 0, teks, kode, terdaftar);
    expect(t(PERISTIWA.TIDAK_AKTIF)).toBe('tidak aktif (peserta.csv baris 7)');
    expect(t(PERISTIWA.TIDAK_AKTIF, true)).toBe('peserta.csv baris 7 tidak aktif, baris lain aktif');
    expect(t(PERISTIWA.KONFLIK, false, ['A', 'B'])).toBe('aktif di dua fasilitas: A dan B; tidak dihitung di keduanya');
    expect(t(PERISTIWA.KONTAK_LAIN)).toBe('kontak 2024-06-05 baris 7 tidak dihitung');
    expect(t(PERISTIWA.KONTAK_LUAR)).toBe('kontak 2024-06-05 baris 7 di luar bulan');
    expect(t(PERISTIWA.PROLANIS_LAIN)).toBe('prolanis.csv baris 7 tidak dihitung');
    expect(t(PERISTIWA.UKUR_LUAR)).toBe('pemeriksaan Prolanis 2024-06-05 baris 7 di luar bulan');
    expect(t(PERISTIWA.DITOLAK_PESERTA)).toBe('peserta.csv baris 7 ditolak (no_kartu: bad card)');
    expect(t(PERISTIWA.DITOLAK_KONTAK)).toBe('kontak.csv baris 7 ditolak (no_kartu: bad card)');
    expect(t(PERISTIWA.DITOLAK_PROLANIS)).toBe('prolanis.csv baris 7 ditolak (no_kartu: bad card)');
    expect(teksKonflik(['A', 'B', 'C'])).toBe('aktif di 3 fasilitas: A, B dan C; tidak dihitung di satu pun');
    expect(tidakTerdaftar(true)).toBe('tidak terdaftar aktif di fasilitas mana pun');
    expect(tidakTerdaftar(false)).toBe('tidak terdaftar di fasilitas ini');
  });

  it('DM and HT, enrolled or not, measured or not', () => {
    const gdp = teksUkur(true, 7_500_000, 0, TANPA_TANGGAL, 12);
    expect(gdp).toBe('GDP 7.5 (tanpa tanggal, baris 12)');
    expect(teksUkur(false, 150_000_000, 95_000_000, hari(10), 13)).toBe('150/95 (2024-06-10, baris 13)');
    expect(teksProgram('DM', true, true, 1, gdp)).toBe('DM: GDP 7.5 (tanpa tanggal, baris 12) terkendali');
    expect(teksProgram('DM', false, true, 0, gdp)).toBe('DM (bukan peserta Prolanis): GDP 7.5 (tanpa tanggal, baris 12) tidak terkendali');
    expect(teksProgram('HT', true, true, -1, '')).toBe('HT: tidak diukur bulan ini');
    expect(teksProgram('HT', false, false, -1, '')).toBe('HT: terdiagnosis, bukan peserta Prolanis');
    expect(teksProgram('HT', true, false, -1, '')).toBe('HT: peserta Prolanis');
    expect(programProlanis(true, true)).toBe('DM dan HT');
    expect(teksKunjungan('HT', true, true, 9)).toBe('Prolanis HT: berkunjung (prolanis.csv baris 9)');
    expect(teksKunjungan('DM', false, true, 0)).toBe('Prolanis DM: berkunjung (kontak)');
    expect(teksKunjungan('DM dan HT', false, false, 0)).toBe('Prolanis DM dan HT: tidak berkunjung bulan ini');
  });

  it('the outreach list', () => {
    expect(keteranganPerlu('ukur_dm', '', '')).toBe('peserta Prolanis DM, GDP tidak diukur bulan ini');
    expect(keteranganPerlu('kendali_ht', '150/95 (2024-06-10, baris 13)', '')).toBe('HT: 150/95 (2024-06-10, baris 13) tidak terkendali');
    expect(keteranganPerlu('daftar_prolanis_ht', '', '')).toBe('terdiagnosis HT, bukan peserta Prolanis HT');
    expect(keteranganPerlu('kunjungan_prolanis', '', 'DM')).toBe('peserta Prolanis DM, tanpa kontak atau pemeriksaan Prolanis bulan ini');
  });
});

describe('a measurement value as written', () => {
  it('is a plain decimal without trailing zeros, from the value kept × 10^6', () => {
    const kasus: [number, string][] = [
      [110_000_000, '110'],
      [123_500_000, '123.5'],
      [7_250_000, '7.25'],
      [100_000, '0.1'],
      [1, '0.000001'],
      [10, '0.00001'],
      [1_000_010, '1.00001'],
      [-500_000, '-0.5'],
      [-1_250_000, '-1.25'],
      [-3_000_000, '-3'],
      [0, '0'],
    ];
    for (const [v, teks] of kasus) expect(angkaUkur(v), String(v)).toBe(teks);
  });
});
