// Issue 12: one language and one number format for people (src/pesan).
import { describe, expect, it } from 'vitest';
import { angka, desimal, gabungTeks, jumlah, pilihBahasa, rupiah, teks } from '../src/pesan/index.js';

describe('the language', () => {
  it('is Indonesian unless --lang or the locale says English', () => {
    expect(pilihBahasa(undefined, {})).toBe('id');
    expect(pilihBahasa(undefined, { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(pilihBahasa(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(pilihBahasa(undefined, { LANG: 'C.UTF-8' })).toBe('id');
    // LC_ALL before LC_MESSAGES before LANG, as POSIX orders them.
    expect(pilihBahasa(undefined, { LC_ALL: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' })).toBe('id');
    expect(pilihBahasa(undefined, { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(pilihBahasa('en', { LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(pilihBahasa('id', { LC_ALL: 'en_US.UTF-8' })).toBe('id');
  });
});

describe('numbers for people', () => {
  it('groups thousands and writes decimals the way each language does', () => {
    expect(angka(34201, 'id')).toBe('34.201');
    expect(angka(34201, 'en')).toBe('34,201');
    expect(angka(999, 'id')).toBe('999');
    expect(angka(1234567890123n, 'id')).toBe('1.234.567.890.123');
    expect(desimal('150.25', 'id')).toBe('150,25');
    expect(desimal('150.25', 'en')).toBe('150.25');
    expect(desimal('12345.5', 'id')).toBe('12.345,5');
    expect(desimal('-3.50', 'en')).toBe('−3.50');
    expect(rupiah(58454189n, 'id')).toBe('Rp 58.454.189');
    expect(rupiah(58454189n, 'en')).toBe('Rp 58,454,189');
    expect(rupiah(-1000n, 'id')).toBe('−Rp 1.000');
  });

  it('counts with their nouns in both languages', () => {
    expect(jumlah(34201, { id: 'baris', en: 'row' })).toEqual({ id: '34.201 baris', en: '34,201 rows' });
    expect(jumlah(1, { id: 'baris', en: 'row' })).toEqual({ id: '1 baris', en: '1 row' });
    expect(gabungTeks([teks('satu', 'one'), 'K001'], teks(' dan ', ' and '))).toEqual({ id: 'satu dan K001', en: 'one and K001' });
  });
});
