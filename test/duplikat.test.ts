// Issue 15 item 5 (and the "same no_rujukan at two facilities" of item 8): a no_rujukan on
// two rows counts once when the rows say the same thing, and is a reject of all its rows,
// none counted, when they do not. Every expected value below is worked out by hand from
// fixtures/demo (PERHITUNGAN.md, "P001 in 2024-06, row by row"), never with kbk.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tmp } from './helpers.js';

const demo = (): string => {
  const d = join(tmp(), 'demo');
  cpSync(join(FIXTURES, 'demo'), d, { recursive: true });
  return d;
};
const RUJUKAN = '2024-06/rujukan.csv';
const baca = (dir: string, rel: string): string => readFileSync(join(dir, rel), 'utf8');
/** rujukan.csv's lines, line 1 the header at index 0; `ubah` edits them in place. */
const ubahRujukan = (data: string, ubah: (lines: string[]) => void): void => {
  const lines = baca(data, RUJUKAN).replace(/\n$/, '').split('\n');
  ubah(lines);
  writeFileSync(join(data, RUJUKAN), lines.join('\n') + '\n');
};
const EXPECTED = (name: string): string => readFileSync(join(FIXTURES, 'demo', 'expected', name), 'utf8');
const compute = async (data: string, ...more: string[]) => {
  const out = tmp();
  const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', out, '-q', ...more]);
  return { ...r, out: out, stdout: r.out };
};
/** capaian-2024-06.csv as expected, with the named facilities' lines replaced. */
const capaianDengan = (ganti: Record<string, string>): string =>
  EXPECTED('capaian-2024-06.csv')
    .split('\n')
    .map((l) => ganti[l.split(',')[1] ?? ''] ?? l)
    .join('\n');

// The fixture's own rows (fixtures/demo/2024-06/rujukan.csv), quoted here as they are.
const BARIS_1158 = 'R20240601A,0001010000901,P001,2024-06-07,K29.7,,';
const P002_ASLI =
  '2024-06,P002,Puskesmas Sukajadi,puskesmas,kbk-2019,5000,750,150.00,100,4,0,4.00,50,3,50,3,6.00,6.00,6.00,4,1,4,1.6,0.5,0.4,2.5,1,90,';

describe('fixtures/demo has an identical duplicate referral on purpose', () => {
  it('lines 1158 and 1159 of 2024-06/rujukan.csv are the same row, and count once (rujukan duplikat=1)', async () => {
    const lines = readFileSync(join(FIXTURES, 'demo', RUJUKAN), 'utf8').split('\n');
    expect(lines[1157]).toBe(BARIS_1158);
    expect(lines[1158]).toBe(BARIS_1158);
    const r = await compute(demo());
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(EXPECTED('capaian-2024-06.csv'));
    expect(baca(r.out, 'tolak-2024-06.csv')).toBe(EXPECTED('tolak-2024-06.csv'));
  });
});

describe('an identical duplicate referral', () => {
  it('counts once: capaian unchanged but for the catatan count, nothing in the rejects, nothing on stderr', async () => {
    const data = demo();
    ubahRujukan(data, (l) => {
      // Line 99 again as it is, and line 100 again with its diagnosis spelt without the dot (the same ICD-10 code).
      expect(l[98]).toBe('R202406020001,0001020000001,P002,2024-06-02,J06.9,,1');
      expect(l[99]).toBe('R202406020002,0001020000002,P002,2024-06-03,J06.9,,1');
      l.push(l[98] as string, 'R202406020002,0001020000002,P002,2024-06-03,j069,,1');
    });
    const r = await compute(data);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    // P002: 100 referrals, 4 non-specialistic, as before; two duplicates said in catatan.
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(capaianDengan({ P002: `${P002_ASLI}rujukan duplikat=2` }));
    expect(baca(r.out, 'tolak-2024-06.csv')).toBe(EXPECTED('tolak-2024-06.csv'));
  });
});

describe('a duplicate referral with other content', () => {
  const konflik = (): string => {
    const data = demo();
    // Line 1159, the fixture's identical copy of 1158, now with another diagnosis (N18.5: specialistic in diagnosa.csv).
    ubahRujukan(data, (l) => void (l[1158] = 'R20240601A,0001010000901,P001,2024-06-07,N18.5,,'));
    return data;
  };

  it('rejects both rows with the reason naming the other line; P001 loses exactly that referral', async () => {
    const r = await compute(konflik());
    expect(r.code, r.err).toBe(0);
    // P001 had 100 referrals, 1 non-specialistic (R20240601A, K29 in diagnosa.csv), 2 TACC:
    // without R20240601A 99 referrals, 0 non-specialistic, 2 TACC; RRNS 0/99 = 0.00 %, still rating 4.
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(
      capaianDengan({
        P001:
          '2024-06,P001,Puskesmas Sukamaju,puskesmas,kbk-2019,5000,800,160.00,99,0,2,0.00,50,5,50,5,10.00,10.00,10.00,4,4,4,1.6,2,0.4,4,1,100,' +
          'kontak peserta tidak terdaftar=4; kontak di luar bulan=3; rujukan konflik ditolak=2; rujukan di luar bulan=1; prolanis peserta tidak terdaftar=1; pengukuran di luar bulan=1',
      }),
    );
    expect(baca(r.out, 'tolak-2024-06.csv')).toBe(
      EXPECTED('tolak-2024-06.csv') +
        '2024-06/rujukan.csv,1158,rujukan_konflik,"no_rujukan R20240601A also on line 1159 with other content (kode_diagnosa K29.7 vs N18.5, non_spesialistik 1 vs 0); none of its rows is counted","R20240601A,0001010000901,P001,2024-06-07,K29.7,,"\n' +
        '2024-06/rujukan.csv,1159,rujukan_konflik,"no_rujukan R20240601A also on line 1158 with other content (kode_diagnosa N18.5 vs K29.7, non_spesialistik 0 vs 1); none of its rows is counted","R20240601A,0001010000901,P001,2024-06-07,N18.5,,"\n',
    );
    // Never in silence: a warning --quiet keeps names the file, the number and its lines.
    expect(r.err).toBe(
      'kbk: warning: 2024-06/rujukan.csv: 1 no_rujukan on rows with other content (first R20240601A, lines 1158, 1159); their 2 rows are rejected, none counted (facilities: P001); see the rejects\n',
    );
  });

  it('kbk audit names the conflict on both rows and still adds up to capaian', async () => {
    const out = tmp();
    const r = await kbk(['audit', '--data', konflik(), '--month', '2024-06', '--ppk', 'P001', '--out', out, '-q']);
    expect(r.code, r.err).toBe(0);
    const rows = baca(out, 'audit-rujukan-2024-06.csv').split('\n').filter((l) => l.includes('R20240601A'));
    expect(rows).toEqual([
      'P001,R20240601A,0001010000901,1158,0,0,0,"ditolak (no_rujukan R20240601A juga di baris 1159 dengan isi lain (kode_diagnosa K29.7 vs N18.5, non_spesialistik 1 vs 0); tidak satu pun barisnya dihitung)"',
      'P001,R20240601A,0001010000901,1159,0,0,0,"ditolak (no_rujukan R20240601A juga di baris 1158 dengan isi lain (kode_diagnosa N18.5 vs K29.7, non_spesialistik 0 vs 1); tidak satu pun barisnya dihitung)"',
    ]);
  });

  it('--strict stops at the conflict\'s first row', async () => {
    const r = await compute(konflik(), '--strict');
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: 2024-06/rujukan.csv:1158 column no_rujukan: no_rujukan R20240601A also on line 1159 with other content (kode_diagnosa K29.7 vs N18.5, non_spesialistik 1 vs 0); none of its rows is counted (--strict stops at the first bad row)\n',
    );
  });
});

describe('a conflict with a row dated outside the month', () => {
  it('the rows in the month are rejected naming it; it stays set aside, listed once', async () => {
    const data = demo();
    // R20240601A: lines 1158 and 1159 identical (the fixture's duplicate), then a third copy dated in May.
    ubahRujukan(data, (l) => void l.push('R20240601A,0001010000901,P001,2024-05-31,K29.7,,'));
    const r = await compute(data);
    expect(r.code, r.err).toBe(0);
    // P001 loses R20240601A (its one non-specialistic referral): 99 referrals, 0 non-specialistic, 2 TACC;
    // the duplicate count goes (its row is rejected now), the May row joins R20240601D outside the month.
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(
      capaianDengan({
        P001:
          '2024-06,P001,Puskesmas Sukamaju,puskesmas,kbk-2019,5000,800,160.00,99,0,2,0.00,50,5,50,5,10.00,10.00,10.00,4,4,4,1.6,2,0.4,4,1,100,' +
          'kontak peserta tidak terdaftar=4; kontak di luar bulan=3; rujukan konflik ditolak=2; rujukan di luar bulan=2; prolanis peserta tidak terdaftar=1; pengukuran di luar bulan=1',
      }),
    );
    expect(baca(r.out, 'tolak-2024-06.csv')).toBe(
      EXPECTED('tolak-2024-06.csv') +
        '2024-06/rujukan.csv,1163,di_luar_bulan,"tgl_rujukan ""2024-05-31"" is outside 2024-06; set aside, not counted (see catatan)","R20240601A,0001010000901,P001,2024-05-31,K29.7,,"\n' +
        '2024-06/rujukan.csv,1158,rujukan_konflik,no_rujukan R20240601A also on line 1163 with other content (tgl_rujukan 2024-06-07 vs 2024-05-31); none of its rows is counted,"R20240601A,0001010000901,P001,2024-06-07,K29.7,,"\n' +
        '2024-06/rujukan.csv,1159,rujukan_konflik,no_rujukan R20240601A also on line 1163 with other content (tgl_rujukan 2024-06-07 vs 2024-05-31); none of its rows is counted,"R20240601A,0001010000901,P001,2024-06-07,K29.7,,"\n',
    );
  });
});

describe('the same no_rujukan at two facilities', () => {
  it('rejects both rows; neither facility counts it (the first no longer wins)', async () => {
    const data = demo();
    // P001's first referral (line 2, specialistic) also exported by P002, and before it: under
    // "first wins" P002 would have gained it and P001 lost it.
    ubahRujukan(data, (l) => {
      expect(l[1]).toBe('R202406010001,0001010000001,P001,2024-06-02,N18.5,,0');
      l.splice(1, 0, 'R202406010001,0001010000001,P002,2024-06-02,N18.5,,0');
    });
    const r = await compute(data);
    expect(r.code, r.err).toBe(0);
    // P001: 100 − 1 = 99 referrals, 1 non-specialistic, 2 TACC: RRNS 1/99 = 1.0101 % → 1.01, rating 4.
    // P002: its 100 referrals and 4 non-specialistic as before; the rejected row never counted.
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(
      capaianDengan({
        P001:
          '2024-06,P001,Puskesmas Sukamaju,puskesmas,kbk-2019,5000,800,160.00,99,1,2,1.01,50,5,50,5,10.00,10.00,10.00,4,4,4,1.6,2,0.4,4,1,100,' +
          'kontak peserta tidak terdaftar=4; kontak di luar bulan=3; rujukan duplikat=1; rujukan konflik ditolak=1; rujukan di luar bulan=1; prolanis peserta tidak terdaftar=1; pengukuran di luar bulan=1',
        P002: `${P002_ASLI}rujukan konflik ditolak=1`,
      }),
    );
    // The set-aside R20240601D moved from line 1162 to 1163.
    expect(baca(r.out, 'tolak-2024-06.csv')).toBe(
      EXPECTED('tolak-2024-06.csv').replace('2024-06/rujukan.csv,1162,', '2024-06/rujukan.csv,1163,') +
        '2024-06/rujukan.csv,2,rujukan_konflik,no_rujukan R202406010001 also on line 3 at another facility (kode_ppk P002 vs P001); none of its rows is counted,"R202406010001,0001010000001,P002,2024-06-02,N18.5,,0"\n' +
        '2024-06/rujukan.csv,3,rujukan_konflik,no_rujukan R202406010001 also on line 2 at another facility (kode_ppk P001 vs P002); none of its rows is counted,"R202406010001,0001010000001,P001,2024-06-02,N18.5,,0"\n',
    );
    expect(r.err).toBe(
      'kbk: warning: 2024-06/rujukan.csv: 1 no_rujukan on rows with other content (first R2024•••••001, lines 2, 3); their 2 rows are rejected, none counted (facilities: P001, P002); see the rejects\n',
    );
    const out = tmp();
    const a = await kbk(['audit', '--data', data, '--month', '2024-06', '--ppk', 'P001,P002', '--out', out, '-q']);
    expect(a.code, a.err).toBe(0);
    expect(baca(out, 'audit-rujukan-2024-06.csv').split('\n').filter((l) => l.includes(',R202406010001,'))).toEqual([
      'P002,R202406010001,0001010000001,2,0,0,0,ditolak (no_rujukan R202406010001 juga di baris 3 di fasilitas lain (kode_ppk P002 vs P001); tidak satu pun barisnya dihitung)',
      'P001,R202406010001,0001010000001,3,0,0,0,ditolak (no_rujukan R202406010001 juga di baris 2 di fasilitas lain (kode_ppk P001 vs P002); tidak satu pun barisnya dihitung)',
    ]);
  });
});

describe('conflicting duplicates count against --max-reject-rate', () => {
  /** P002's referrals R202406020001..n (lines 99..) exported again with diagnosis A09, appended after line 1162. */
  const pasangan = (n: number): string => {
    const data = demo();
    ubahRujukan(data, (l) => {
      for (let i = 0; i < n; i++) {
        const v = (l[98 + i] as string).split(',');
        l.push([v[0], v[1], v[2], v[3], 'A09', '', '1'].join(','));
      }
    });
    return data;
  };

  it('6 conflicting pairs: 12 of 1,167 rows = 1.03 % > 1 %, exit 65; the rejects still list all 12', async () => {
    const r = await compute(pasangan(6));
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: error: 2024-06/rujukan.csv: 12 of 1167 rows rejected (1.03%, above --max-reject-rate 1.00%); first: line 99 column no_rujukan: no_rujukan R2024•••••001 also on line 1163 with other content (kode_diagnosa J06.9 vs A09); none of its rows is counted\n',
    );
    const tolak = baca(r.out, 'tolak-2024-06.csv').split('\n').filter((l) => l.includes(' with other content '));
    expect(tolak.map((l) => l.split(',')[1])).toEqual(['99', '100', '101', '102', '103', '104', '1163', '1164', '1165', '1166', '1167', '1168']);
  });

  it('5 conflicting pairs: 10 of 1,166 rows = 0.86 %, within; P002 loses exactly those 5 referrals', async () => {
    const r = await compute(pasangan(5));
    expect(r.code, r.err).toBe(0);
    // P002: lines 99–102 (J06.9, flag 1: non-specialistic) and 103 (N18.5, flag 0) no longer count:
    // 100 − 5 = 95 referrals, 4 − 4 = 0 non-specialistic, RRNS 0.00 % (rating 4); total
    // 0.4·4 + 0.5·4 + 0.1·4 = 4 → 100 %.
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(
      capaianDengan({ P002: '2024-06,P002,Puskesmas Sukajadi,puskesmas,kbk-2019,5000,750,150.00,95,0,0,0.00,50,3,50,3,6.00,6.00,6.00,4,4,4,1.6,2,0.4,4,1,100,rujukan konflik ditolak=10' }),
    );
    expect(r.err).toBe(
      'kbk: warning: 2024-06/rujukan.csv: 5 no_rujukan on rows with other content (first R2024•••••001, lines 99, 1163); their 10 rows are rejected, none counted (facilities: P002); see the rejects\n',
    );
  });
});

describe('prolanis.csv keeps its policy: two rows of one participant, programme and date are two measurements', () => {
  const PROLANIS = '2024-06/prolanis.csv';
  // Line 2: card 0001010004958 (P001), DM, enrolled, GDP 110 on 2024-06-10 — its only row: controlled (80–130).
  const BARIS_2 = '0001010004958,P001,DM,1,2024-06-10,110,,';
  const denganBaris = (baris: string): string => {
    const data = demo();
    const isi = baca(data, PROLANIS);
    expect(isi.split('\n')[1]).toBe(BARIS_2);
    writeFileSync(join(data, PROLANIS), `${isi}${baris}\n`);
    return data;
  };

  it('an identical copy changes nothing', async () => {
    const r = await compute(denganBaris(BARIS_2));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(EXPECTED('capaian-2024-06.csv'));
    expect(baca(r.out, 'tolak-2024-06.csv')).toBe(EXPECTED('tolak-2024-06.csv'));
  });

  it('another value on the same day is decided by the clinical profile (tanggalSama semua: one uncontrolled decides), not rejected', async () => {
    const r = await compute(denganBaris('0001010004958,P001,DM,1,2024-06-10,180,,'));
    expect(r.code, r.err).toBe(0);
    // Decided by the profile, and said: the file and both lines (test/prolanis-ganda.test.ts).
    expect(r.err).toBe(
      'kbk: warning: 2024-06/prolanis.csv: 1 participant(s) (per programme) have measurements on their deciding date that disagree, one controlled and one not (lines 2/737); decided by the clinical profile (tanggalSama: semua); was a row exported twice with other values?\n',
    );
    // DM controlled 5 → 4: RPPT-DM 4/50 = 8.00 %, RPPT (8 + 10)/2 = 9.00 %, still rating 4.
    expect(baca(r.out, 'capaian-2024-06.csv')).toBe(
      capaianDengan({
        P001:
          '2024-06,P001,Puskesmas Sukamaju,puskesmas,kbk-2019,5000,800,160.00,100,1,2,1.00,50,4,50,5,8.00,10.00,9.00,4,4,4,1.6,2,0.4,4,1,100,' +
          'kontak peserta tidak terdaftar=4; kontak di luar bulan=3; rujukan duplikat=1; rujukan di luar bulan=1; prolanis peserta tidak terdaftar=1; pengukuran di luar bulan=1',
      }),
    );
    expect(baca(r.out, 'tolak-2024-06.csv')).toBe(EXPECTED('tolak-2024-06.csv'));
  });
});
