// The indicator formulas' words (src/core/rumus, src/core/explain.ts, src/core/proyeksi.ts):
// what the numerator and denominator of each ratio count, and what can move a value — the
// texts explain and proyeksi show beside the numbers. Part of the one catalog
// (src/pesan/index.ts). Core keeps them as `Teks`; the renderer (src/report) picks the
// language, and the JSON and CSV outputs keep their English text.
import { angka, teks, type Teks } from './index.js';

export const PESAN_RUMUS = {
  // Angka Kontak.
  pesertaKontak: teks('peserta terdaftar dengan kontak', 'registered participants with a contact'),
  terdaftar: teks('terdaftar', 'registered'),
  lebihPesertaKontak: teks('peserta terdaftar lagi dengan kontak', 'more registered participant(s) with a contact'),

  // Rasio Peserta Prolanis rutin Berkunjung.
  prolanisBerkunjung: teks('peserta Prolanis dengan kontak atau pemeriksaan', 'enrolled Prolanis participants with a contact or measurement'),
  prolanisTerdaftar: teks('peserta Prolanis', 'enrolled'),
  lebihProlanisBerkunjung: teks('peserta Prolanis lagi yang berkunjung', 'more enrolled Prolanis participant(s) visiting'),

  // Rasio Peserta Prolanis Terkendali.
  terkendali: teks('terkendali', 'controlled'),
  terdiagnosis: (program: 'DM' | 'HT'): Teks => teks(`terdiagnosis ${program}`, `diagnosed ${program}`),
  lebihTerkendali: (program: 'DM' | 'HT'): Teks => teks(`peserta Prolanis ${program} lagi yang terkendali`, `more controlled Prolanis ${program} participant(s)`),

  // Rasio Rujukan rawat jalan Non Spesialistik.
  nonSpesialistik: teks('non-spesialistik', 'non-specialistic'),
  rujukan: teks('rujukan', 'referrals'),
  taccDalam: (n: number): Teks => teks(`${angka(n, 'id')} di antaranya TACC, tidak pernah non-spesialistik`, `${n} of them TACC, never non-specialistic`),
  taccKeluar: (n: number): Teks => teks(`${angka(n, 'id')} TACC dikeluarkan`, `${n} TACC left out`),
  kurangNonSpesialistik: teks('rujukan non-spesialistik lebih sedikit', 'fewer non-specialistic referral(s)'),

  // What each projected count is (kbk proyeksi's "what a better rating needs").
  gerak: {
    pesertaKontak: teks('peserta terdaftar dengan kontak', 'registered participant(s) with a contact'),
    rujukanNonSpesialistik: teks('rujukan non-spesialistik', 'non-specialistic referral(s)'),
    dmTerkendali: teks('peserta Prolanis DM terkendali', 'controlled Prolanis DM participant(s)'),
    htTerkendali: teks('peserta Prolanis HT terkendali', 'controlled Prolanis HT participant(s)'),
    prolanisBerkunjung: teks('peserta Prolanis yang berkunjung', 'enrolled Prolanis participant(s) visiting'),
  },
};
