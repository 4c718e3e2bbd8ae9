// Issue 12: the jobs' and the rule sets' words (src/pesan/app.ts, src/pesan/aturan.ts) in
// Indonesian, the default, with Indonesian numbers; and the same paths in English, the
// text the other tests pin.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleSet } from '../src/rules/index.js';
import type { RuleSet } from '../src/rules/schema.js';
import { FIXTURES, kbk, kbkKode, tinyMonth, tmp } from './helpers.js';

const ID = { env: { LANG: 'id_ID.UTF-8' } };
const DEMO = join(FIXTURES, 'demo');

const demo = (): string => {
  const d = join(tmp(), 'demo');
  cpSync(DEMO, d, { recursive: true });
  return d;
};

/** The demo with 2024-07/peserta.csv cut after 12,000 lines: eight facilities fall or vanish. */
function terpotongPeserta(): string {
  const data = demo();
  const lines = readFileSync(join(data, '2024-07/peserta.csv'), 'utf8').split('\n');
  writeFileSync(join(data, '2024-07/peserta.csv'), lines.slice(0, 12_000).join('\n') + '\n');
  return data;
}

/** The demo with 2024-06's contacts after the 15th left out. */
function terpotongKontak(): string {
  const dir = demo();
  const path = join(dir, '2024-06', 'kontak.csv');
  const [head, ...rest] = readFileSync(path, 'utf8').trimEnd().split('\n');
  writeFileSync(path, [head, ...rest.filter((l) => Number(l.split(',')[2]?.slice(8, 10)) <= 15)].join('\n') + '\n');
  return dir;
}

const berkasAturan = (ubah: (r: RuleSet & Record<string, any>) => void): string => {
  const r = structuredClone(findRuleSet('kbk-2019')) as RuleSet & Record<string, any>;
  ubah(r);
  const dir = tmp();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'aturan.json');
  writeFileSync(file, JSON.stringify(r, null, 2));
  return file;
};

const FKTP_AB = 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Puskesmas B,puskesmas,6000\n';

describe('pay stops on a damaged export', () => {
  it('in Indonesian: each facility, both counts with Indonesian numbers, and how to accept', async () => {
    const r = await kbk(['pay', '--data', terpotongPeserta(), '--month', '2024-07', '--out', tmp()], ID);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: galat: 8 fasilitas tampak seperti ekspor yang rusak, jadi tidak ada pembayaran yang ditulis:\n');
    expect(r.err).toContain('  K001: tidak ada di 2024-07/peserta.csv, padahal ada 5.000 peserta terdaftar di 2024-06; apakah berkas itu lengkap?\n');
    expect(r.err).toContain(
      '  P003: peserta terdaftar turun dari 5.000 di 2024-06 menjadi 1.999 di 2024-07, di bawah 0,5 × bulan sebelumnya; apakah 2024-07/peserta.csv lengkap?\n',
    );
    expect(r.err).toContain('Jika perubahannya memang nyata, terima dengan --terima-penurunan D001,G001,K001,K002,K003,P003,P004,P005 (atau --terima-penurunan semua)\n');
  });

  it('in Indonesian: one facility paid Rp 0, and the fall accepted as a warning', async () => {
    const data = tinyMonth({ 'fktp.csv': FKTP_AB });
    const r = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp()], ID);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: galat: satu fasilitas tampak seperti ekspor yang rusak, jadi tidak ada pembayaran yang ditulis:\n  B: dibayar Rp 0 (0 peserta terdaftar, tarif 6.000)\n');
    const ok = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '--terima-penurunan', 'B'], ID);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.err).toContain('kbk: peringatan: diterima dengan --terima-penurunan: B: dibayar Rp 0 (0 peserta terdaftar, tarif 6.000)\n');
  });

  it('in English, as it always read', async () => {
    const r = await kbk(['pay', '--data', tinyMonth({ 'fktp.csv': FKTP_AB }), '--month', '2024-07', '--out', tmp()]);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: one facility looks like a damaged export, so no payment is written:\n  B: paid Rp 0 (0 registered participants, tarif 6000)\n');
    expect(r.err).toContain('If the change is real, accept it with --terima-penurunan B (or --terima-penurunan semua)\n');
  });

  it('banding says where pay would stop, in Indonesian', async () => {
    const r = await kbk(['banding', '--data', tinyMonth({ 'fktp.csv': FKTP_AB }), '--month', '2024-07', '--out', tmp(), '--profil-klinis-banding', 'ketat'], ID);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: peringatan: pay akan berhenti di sini: B: dibayar Rp 0 (0 peserta terdaftar, tarif 6.000)\n');
  });
});

describe('an incomplete or missing window month', () => {
  it('the incomplete month is warned in Indonesian, and --wajib-lengkap refuses the window', async () => {
    const dir = terpotongKontak();
    const c = await kbk(['compute', '--data', dir, '--month', '2024-06', '--out', tmp()], ID);
    expect(c.code, c.err).toBe(0);
    expect(c.err).toContain('kbk: membaca 2024-06 (kbk-2019)\n');
    expect(c.err).toContain(
      'kbk: peringatan: 2024-06: kontak terakhir 2024-06-15, 15 hari sebelum hari terakhir bulan itu: bulan belum lengkap, dinilai dengan data sejauh ini (kbk proyeksi memproyeksikan akhir bulannya; pay --wajib-lengkap menolaknya)\n',
    );
    const r = await kbk(['pay', '--data', dir, '--month', '2024-07', '--out', tmp(), '--wajib-lengkap'], ID);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: galat: --wajib-lengkap: jendela block bulan bayar 2024-07 (2024-04, 2024-05, 2024-06) tidak lengkap: 2024-06 belum lengkap (data sampai 2024-06-15)\n',
    );
  });

  it('a missing month folder: warned and averaged over the others, refused with --wajib-lengkap (Indonesian and English)', async () => {
    const dir = demo();
    rmSync(join(dir, '2024-05'), { recursive: true });
    const r = await kbk(['pay', '--data', dir, '--month', '2024-07', '--out', tmp()], ID);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`kbk: peringatan: 2024-05: tidak ada folder bulan di ${dir}; rata-rata diambil dari bulan yang ada\n`);
    expect(r.err).toContain('kbk: membaca 2024-07/peserta.csv\n');
    const w = await kbk(['pay', '--data', dir, '--month', '2024-07', '--out', tmp(), '--wajib-lengkap'], ID);
    expect(w.code).toBe(65);
    expect(w.err).toContain('kbk: galat: --wajib-lengkap: jendela block bulan bayar 2024-07 (2024-04, 2024-05, 2024-06) tidak lengkap: 2024-05 tidak ada\n');

    const en = await kbkKode(0, ['pay', '--data', dir, '--month', '2024-07', '--out', tmp()]);
    expect(en.err).toContain(`kbk: warning: 2024-05: no month folder in ${dir}; averaging over the months present\n`);
    expect(en.err).toContain('kbk: reading 2024-07/peserta.csv\n');
  });

  it('no peserta.csv for the payment month: paid on the latest month read, said in Indonesian', async () => {
    const r = await kbk(['pay', '--data', tinyMonth(), '--month', '2024-07', '--out', tmp()], ID);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: peringatan: 2024-07/peserta.csv tidak ditemukan; pembayaran memakai peserta terdaftar 2024-06\n');
  });
});

describe('the rule set', () => {
  it('none in force for the month: the sets known, and the flag that supplies one', async () => {
    // A 2014 month: no tariff set is in force before 2015.
    const data = tinyMonth();
    mkdirSync(join(data, '2014-06'));
    for (const f of ['peserta.csv', 'kontak.csv', 'rujukan.csv', 'prolanis.csv'])
      writeFileSync(join(data, '2014-06', f), readFileSync(join(data, '2024-06', f), 'utf8').replaceAll('2024-06-', '2014-06-'));
    const r = await kbk(['pay', '--data', data, '--month', '2014-07', '--out', tmp()], ID);
    expect(r.code).toBe(64);
    expect(r.err).toContain(
      'kbk: galat: tidak ada tarif yang berlaku untuk 2014-07 (yang dikenal: permenkes-59-2014 2015-01..2016-03, permenkes-52-2016 2016-04..2022-12, permenkes-3-2023 2023-01..…); berikan --tariffs BERKAS untuk memakai set sendiri (lihat kbk pay --help)\n',
    );
    const en = await kbkKode(64, ['pay', '--data', data, '--month', '2014-07', '--out', tmp()]);
    expect(en.err).toContain(
      'kbk: error: no tariff set is in force for 2014-07 (known: permenkes-59-2014 2015-01..2016-03, permenkes-52-2016 2016-04..2022-12, permenkes-3-2023 2023-01..…); pass --tariffs FILE to supply one (see kbk pay --help)\n',
    );
  });

  it('an unknown rule set id', async () => {
    const r = await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', tmp(), '--rules', 'kbk-2099'], ID);
    expect(r.code).toBe(64);
    expect(r.err).toContain('kbk: galat: --rules "kbk-2099" bukan id aturan (perber-2017, kbk-2019) dan bukan berkas');
  });

  it('a broken rules file: every problem with its path, in Indonesian (rules validate and --rules)', async () => {
    const file = berkasAturan((r) => {
      r.indikator[0].band.splice(1, 1);
    });
    const v = await kbk(['rules', 'validate', file], ID);
    expect([v.code, v.err]).toEqual([65, `kbk: galat: ${file}: tidak sah:\n  indikator[0].band: tidak ada band yang mencakup nilai AK > 145 dan < 150 (antara band[1] dan band[0])\n`]);
    const c = await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', tmp(), '--rules', file], ID);
    expect([c.code, c.err]).toEqual([65, v.err]);

    const bentuk = berkasAturan((r) => {
      r.indikator[0].bobot.nilai = 'forty';
      r.berlaku.dari = '2019-13';
      delete r.kelayakan.minPeserta;
    });
    const b = await kbkKode(65, ['rules', 'validate', bentuk], ID);
    expect(b.err).toBe(
      `kbk: galat: ${bentuk}: tidak sah:\n` +
        '  berlaku.dari: yang diharapkan bulan YYYY-MM atau null, didapat "2019-13"\n' +
        '  indikator[0].bobot.nilai: yang diharapkan string desimal, didapat "forty"\n' +
        '  kelayakan.minPeserta: yang diharapkan {nilai, status, sumber}\n',
    );
    const en = await kbkKode(65, ['rules', 'validate', bentuk]);
    expect(en.err).toBe(
      `kbk: error: ${bentuk}: invalid:\n` +
        '  berlaku.dari: expected a month YYYY-MM or null, got "2019-13"\n' +
        '  indikator[0].bobot.nilai: expected a decimal string, got "forty"\n' +
        '  kelayakan.minPeserta: expected {nilai, status, sumber}\n',
    );
  });

  it('a kbk-rules/1 file whose slot cannot hold its formula', async () => {
    const file = join(tmp(), 'v1.json');
    writeFileSync(file, JSON.stringify({ schema: 'kbk-rules/1', indikator: [{ slot: 'ak', rumus: 'rrns' }], kebijakan: {} }));
    const r = await kbkKode(65, ['rules', 'validate', file], ID);
    expect(r.err).toBe(`kbk: galat: ${file}: tidak sah:\n  indikator[0]: slot ak tidak dapat memuat rumus "rrns" (kbk-rules/1: ak menerima angka_kontak)\n`);
  });
});

describe('kbk gabung', () => {
  it('refuses a facility in two branches and a report one branch lacks, in Indonesian', async () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', a])).code).toBe(0);
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-06', '--out', b])).code).toBe(0);
    const r = await kbk(['gabung', a, b, '--out', tmp()], ID);
    expect(r.code).toBe(65);
    expect(r.err).toBe(`kbk: galat: capaian-2024-06.csv: fasilitas D001 ada di ${a} dan juga di ${b}; satu fasilitas hanya milik satu cabang\n`);
    expect((await kbk(['compute', '--data', DEMO, '--month', '2024-05', '--out', b])).code).toBe(0);
    const r2 = await kbkKode(65, ['gabung', a, b, '--out', tmp()], ID);
    expect(r2.err).toBe(`kbk: galat: anomali-2024-05.csv ada di 1 folder tetapi tidak ada di ${a}; gabungkan hanya proses untuk bulan yang sama\n`);
  });

  it('needs two folders', async () => {
    const r = await kbk(['gabung', tmp(), '--out', tmp()], ID);
    expect(r.code).toBe(64);
    expect(r.err).toContain('kbk: galat: kbk gabung memerlukan paling sedikit dua folder laporan (satu per proses cabang)');
  });
});

describe('an unknown facility code', () => {
  it('explain names the facilities fktp.csv has, in Indonesian', async () => {
    const r = await kbk(['explain', '--data', DEMO, '--month', '2024-05', '--ppk', 'X999'], ID);
    expect(r.code).toBe(64);
    expect(r.err).toContain('kbk: galat: --ppk "X999" tidak ada di fktp.csv (berkas itu memuat 10 fasilitas, mis. D001, G001, K001)');
  });

  it('audit suggests a close code', async () => {
    const r = await kbk(['audit', '--data', DEMO, '--month', '2024-06', '--out', tmp(), '--ppk', 'p001'], ID);
    expect(r.code).toBe(64);
    expect(r.err).toContain('kbk: galat: --ppk "p001" tidak ada di fktp.csv; maksudnya P001?');
  });
});
