// One owner per lookup (issue 17): band and payment-table lookups exported from
// src/core/scoring.ts, one bisection (src/core/bagi-dua.ts), one UTF-8 walker
// (src/ingest/utf8.ts), one bilingual error constructor (src/errors.ts), one factory of the
// reject collector (src/ingest/rejects.ts). Every expected value from kbk-2019's JSON or
// worked out by hand.
import { describe, expect, it } from 'vitest';
import { cari } from '../src/core/bagi-dua.js';
import { parseDecimal } from '../src/core/rational.js';
import { bandDari, bandIndikator, bandLebihBaik, bandPembayaran, ratingLebihBaik, tabelPembayaran } from '../src/core/scoring.js';
import { DataError, GalatDuaBahasa, KbkError, UsageError } from '../src/errors.js';
import { penolakanUntuk } from '../src/ingest/rejects.js';
import { utf8Di } from '../src/ingest/utf8.js';
import { RulesError, SHIPPED_RULE_SETS } from '../src/rules/index.js';

const R = SHIPPED_RULE_SETS.find((r) => r.id === 'kbk-2019')!;
const ind = (id: string) => R.indikator.find((i) => i.id === id)!;
const d = parseDecimal;

describe('band and payment-table lookups (core/scoring.ts)', () => {
  it('the band a value falls in, its edges as kbk-2019 writes them', () => {
    // RRNS 2.5 is in (2, 2.5] → rating 3; 3 in (2.5, 3] → 2; 3.01 above 3 → 1.
    expect(bandIndikator(d('2.5'), ind('rrns'))?.rating).toBe(3);
    expect(bandIndikator(d('3'), ind('rrns'))?.rating).toBe(2);
    expect(bandIndikator(d('3.01'), ind('rrns'))?.rating).toBe(1);
    // AK 145 is in (140, 145] → 2; 150 in [150, ∞) → 4.
    expect(bandIndikator(d('145'), ind('ak'))?.rating).toBe(2);
    expect(bandIndikator(d('150'), ind('ak'))?.rating).toBe(4);
    expect(bandDari(d('1'), [])).toBeNull();
  });

  it('the better ratings and the next band up', () => {
    expect(ratingLebihBaik(ind('ak'), 1)).toEqual([2, 3, 4]);
    expect(ratingLebihBaik(ind('ak'), 4)).toEqual([]);
    // The next band above rating 2 for AK: (145, 150) → 3.
    expect(bandLebihBaik(ind('ak'), 2)).toMatchObject({ rating: 3, bawah: { nilai: '145', inklusif: false }, atas: { nilai: '150', inklusif: false } });
    expect(bandLebihBaik(ind('ak'), 4)).toBeUndefined();
  });

  it('the payment table and band of a facility type', () => {
    expect(tabelPembayaran('puskesmas', R)?.jenis).toEqual(['puskesmas']);
    expect(tabelPembayaran('rs_d_pratama', R)?.jenis).toContain('klinik_pratama');
    // Total 3: puskesmas [3, 4) → 95 %, klinik [3, 4) → 97 %; 1.3 puskesmas → 85 %.
    expect(bandPembayaran(d('3'), 'puskesmas', R)?.persen).toBe('95');
    expect(bandPembayaran(d('3'), 'klinik_pratama', R)?.persen).toBe('97');
    expect(bandPembayaran(d('1.3'), 'puskesmas', R)?.persen).toBe('85');
    expect(bandPembayaran(d('4'), 'rs_d_pratama', R)?.persen).toBe('100');
  });
});

describe('one bisection (core/bagi-dua.ts)', () => {
  it('the smallest, or the greatest, value where a one-sided predicate holds', () => {
    expect(cari(0, 100, (x) => x >= 37)).toBe(37);
    expect(cari(0, 100, (x) => x <= 37, true)).toBe(37);
    expect(cari(5, 100, (x) => x <= 37, true)).toBe(37);
    expect(cari(0, 100, (x) => x >= 101)).toBeNull();
    expect(cari(40, 100, (x) => x <= 37, true)).toBeNull();
    expect(cari(0, 0, (x) => x >= 0)).toBe(0);
    expect(cari(0, -1, () => true)).toBeNull();
  });
});

describe('one UTF-8 walker (ingest/utf8.ts)', () => {
  const b = (...x: number[]) => Uint8Array.from(x);
  it('what begins at a byte', () => {
    expect(utf8Di(b(0x41), 0)).toEqual({ jenis: 'satu', panjang: 1 });
    expect(utf8Di(b(0xc3, 0xa9), 0)).toEqual({ jenis: 'utuh', panjang: 2 }); // é
    expect(utf8Di(b(0xe2, 0x82, 0xac), 0)).toEqual({ jenis: 'utuh', panjang: 3 }); // €
    expect(utf8Di(b(0xf0, 0x9f, 0x98, 0x80), 0)).toEqual({ jenis: 'utuh', panjang: 4 });
    expect(utf8Di(b(0xe0, 0x80, 0x80), 0)).toEqual({ jenis: 'bentuk', panjang: 3 }); // overlong
    expect(utf8Di(b(0xed, 0xa0, 0x80), 0)).toEqual({ jenis: 'bentuk', panjang: 3 }); // a surrogate
    expect(utf8Di(b(0x41, 0xe2, 0x82), 1)).toEqual({ jenis: 'terpotong', panjang: 2 });
    expect(utf8Di(b(0xe9, 0x74, 0x65, 0x73), 0)).toEqual({ jenis: 'salah', panjang: 1 }); // Windows-1252 "étes"
    expect(utf8Di(b(0x80), 0)).toEqual({ jenis: 'salah', panjang: 1 });
    expect(utf8Di(b(0xc0, 0x80), 0)).toEqual({ jenis: 'salah', panjang: 1 });
  });
});

describe('one bilingual error constructor (errors.ts)', () => {
  it('KbkError and RulesError are built by it; RulesError is not an exit-code error', () => {
    const u = new UsageError({ id: 'salah', en: 'wrong' });
    const r = new RulesError({ id: 'aturan salah', en: 'bad rules' });
    const s = new DataError('same words');
    expect([u instanceof GalatDuaBahasa, u instanceof KbkError, u.name, u.message, u.teks]).toEqual([true, true, 'UsageError', 'wrong', { id: 'salah', en: 'wrong' }]);
    expect([r instanceof GalatDuaBahasa, r instanceof KbkError, r.name, r.message, r.teks]).toEqual([true, false, 'RulesError', 'bad rules', { id: 'aturan salah', en: 'bad rules' }]);
    expect([s.message, s.teks]).toEqual(['same words', { id: 'same words', en: 'same words' }]);
  });
});

describe('the reject collector of a job (ingest/rejects.ts)', () => {
  const baris = { file: 'kontak.csv', baris: 2, kolom: 'tgl', alasan: 'not a date', jenis: 'not a date', isi: 'x' };
  it('penolakanUntuk keeps --strict: a bad row stops a strict run, not another', () => {
    expect(() => penolakanUntuk({ strict: true, maxRejectRate: 1 }).tolak(baris)).toThrow(DataError);
    const p = penolakanUntuk({ strict: false, maxRejectRate: 1 });
    p.tolak(baris);
    expect(p.jumlah('kontak.csv')).toBe(1);
    p.tutup();
  });
  it('and --max-reject-rate: 1 bad row of 10 is over 5 %, within 20 %', () => {
    const atas = penolakanUntuk({ strict: false, maxRejectRate: 0.05 });
    atas.tolak(baris);
    expect(atas.melebihi('kontak.csv', 10)).not.toBeNull();
    const dalam = penolakanUntuk({ strict: false, maxRejectRate: 0.2 });
    dalam.tolak(baris);
    expect(dalam.melebihi('kontak.csv', 10)).toBeNull();
    atas.tutup();
    dalam.tutup();
  });
});
