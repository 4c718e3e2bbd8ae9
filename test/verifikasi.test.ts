// --verifikasi FILE (issue 20): the assessment team's filled worksheet applied to a small
// month counted by hand. Facility A: participants 1–10, contacts of 1, 2 and 3 (3 twice:
// lines 4 and 5), referrals R1, R2 non-specialistic and R3 specialistic, Prolanis DM 7
// controlled (GDP 100) and 8 not (200), HT 9 controlled, HT 10 controlled twice (lines 5
// and 6, the latest decides). Facility B: participants 11–20, one contact each (lines 6–15),
// one non-specialistic referral. The worksheets are written by hand here (never by kbk
// sampel), in the contract's column order.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KOLOM_SAMPEL } from '../src/core/sampel-kolom.js';
import { dataDir, kbkKode, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;

function bulanKecil(prolanisLain = ''): string {
  const kontakB = Array.from({ length: 10 }, (_, i) => `${c(11 + i)},B,2024-06-${String(3 + i).padStart(2, '0')}\n`).join('');
  return dataDir({
    'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\nB,Puskesmas B,puskesmas,6000\n',
    '2024-06/peserta.csv': 'no_kartu,kode_ppk\n' + Array.from({ length: 20 }, (_, i) => `${c(i + 1)},${i < 10 ? 'A' : 'B'}\n`).join(''),
    '2024-06/kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${c(1)},A,2024-06-03\n${c(2)},A,2024-06-04\n${c(3)},A,2024-06-05\n${c(3)},A,2024-06-28\n${kontakB}`,
    '2024-06/rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,${c(1)},A,2024-06-03,J06.9,1\nR2,${c(2)},A,2024-06-03,J06.9,1\nR3,${c(3)},A,2024-06-03,N18.5,0\nR4,${c(11)},B,2024-06-03,J06.9,1\n`,
    '2024-06/prolanis.csv':
      `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(7)},A,DM,1,2024-06-10,100,,\n${c(8)},A,DM,1,2024-06-10,200,,\n` +
      `${c(9)},A,HT,1,2024-06-10,,120,80\n${c(10)},A,HT,1,2024-06-05,,120,80\n${c(10)},A,HT,1,2024-06-12,,125,82\n${prolanisLain}`,
  });
}

type Baris = { kode: string; jenis: 'kontak' | 'rujukan' | 'prolanis'; kartu: number; baris: number; sah: string; bulan?: string; dihitung?: string; file?: string };
const DIHITUNG = { kontak: 'peserta_kontak', rujukan: 'rujukan_non_spesialistik', prolanis: 'prolanis_terkendali' };

/** A worksheet as the team hands it back, written by hand (header: the contract's columns). */
function lembar(rows: Baris[], header: readonly string[] = KOLOM_SAMPEL): string {
  const path = join(tmp('kbk-lembar-'), 'sampel-2024-06.csv');
  const isi = rows.map((r) => [r.bulan ?? '2024-06', '7', r.kode, r.jenis, c(r.kartu), `${r.bulan ?? '2024-06'}/${r.file ?? r.jenis}.csv`, String(r.baris), '', r.dihitung ?? DIHITUNG[r.jenis], '', r.sah, ''].join(','));
  writeFileSync(path, [header.join(','), ...isi].join('\n') + '\n');
  return path;
}

const capaian = (out: string): Record<string, Record<string, string>> =>
  Object.fromEntries((parse(readFileSync(join(out, 'capaian-2024-06.csv')), { columns: true }) as Record<string, string>[]).map((r) => [r.kode_ppk as string, r]));

async function hitung(data: string, ...extra: string[]): Promise<{ out: string; err: string }> {
  const out = tmp('kbk-out-');
  const r = await kbkKode(0, ['compute', '--data', data, '--month', '2024-06', '--out', out, ...extra]);
  return { out, err: r.err };
}

const KONTAK_TUNGGAL: Baris[] = [
  { kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'tidak' },
  { kode: 'A', jenis: 'kontak', kartu: 2, baris: 3, sah: ' YA ' },
  { kode: 'B', jenis: 'kontak', kartu: 11, baris: 6, sah: 'Tidak' },
  { kode: 'B', jenis: 'kontak', kartu: 12, baris: 7, sah: 'tidak' },
  { kode: 'B', jenis: 'kontak', kartu: 13, baris: 8, sah: 'ya' },
  { kode: 'B', jenis: 'kontak', kartu: 14, baris: 9, sah: '' },
];

describe('--verifikasi: what tidak does to the counts', () => {
  it('contacts of single-contact participants marked tidak: peserta_kontak falls by exactly that many per facility, every other column unchanged', async () => {
    const data = bulanKecil();
    const tanpa = capaian((await hitung(data)).out);
    const { out } = await hitung(data, '--verifikasi', lembar(KONTAK_TUNGGAL));
    const dengan = capaian(out);
    expect(tanpa.A?.peserta_kontak).toBe('3');
    expect(tanpa.B?.peserta_kontak).toBe('10');
    expect(dengan.A?.peserta_kontak).toBe('2'); // participant 1
    expect(dengan.B?.peserta_kontak).toBe('8'); // participants 11 and 12
    for (const kode of ['A', 'B']) {
      const a = tanpa[kode] as Record<string, string>;
      const b = dengan[kode] as Record<string, string>;
      for (const k of Object.keys(a)) if (!['peserta_kontak', 'angka_kontak', 'catatan', 'rating_ak', 'nilai_ak', 'total_nilai'].includes(k)) expect([k, b[k]]).toEqual([k, a[k]]);
    }
    expect(dengan.A?.angka_kontak).toBe('200.00');
    expect(dengan.B?.angka_kontak).toBe('800.00');
    expect(dengan.A?.catatan).toContain('verifikasi sampel sampel-2024-06.csv: 1 dari 2 kontak diperiksa tidak sah, tidak dihitung; verifikasi sampel sampel-2024-06.csv: peserta_kontak −1');
    expect(dengan.B?.catatan).toContain('verifikasi sampel sampel-2024-06.csv: 2 dari 3 kontak diperiksa tidak sah, tidak dihitung; verifikasi sampel sampel-2024-06.csv: peserta_kontak −2');
  });

  it('a participant with two contacts, one marked tidak, is still contacted', async () => {
    const { out } = await hitung(bulanKecil(), '--verifikasi', lembar([{ kode: 'A', jenis: 'kontak', kartu: 3, baris: 4, sah: 'tidak' }]));
    expect(capaian(out).A?.peserta_kontak).toBe('3');
    expect(capaian(out).A?.catatan).toContain('1 dari 1 kontak diperiksa tidak sah, tidak dihitung; verifikasi sampel sampel-2024-06.csv: hitungan tidak berubah (rekaman lain yang sah tetap dihitung)');
  });

  it('a non-specialistic referral marked tidak leaves the numerator and stays in the denominator: RRNS 2/3 → 1/3', async () => {
    const { out } = await hitung(bulanKecil(), '--verifikasi', lembar([{ kode: 'A', jenis: 'rujukan', kartu: 1, baris: 2, sah: 'tidak' }, { kode: 'A', jenis: 'rujukan', kartu: 2, baris: 3, sah: 'ya' }]));
    const a = capaian(out).A as Record<string, string>;
    expect([a.rujukan_total, a.rujukan_non_spesialistik, a.rrns]).toEqual(['3', '1', '33.33']);
    expect(capaian(out).B?.rrns).toBe('100.00');
  });

  it('a controlled measurement marked tidak: the participant stays in the denominator, uncontrolled unless another valid measurement is controlled', async () => {
    const { out } = await hitung(
      bulanKecil(),
      '--verifikasi',
      lembar([
        { kode: 'A', jenis: 'prolanis', kartu: 7, baris: 2, sah: 'tidak' }, // DM 7's only measurement
        { kode: 'A', jenis: 'prolanis', kartu: 10, baris: 6, sah: 'tidak' }, // HT 10's latest; line 5 (120/80) then decides
        { kode: 'A', jenis: 'prolanis', kartu: 9, baris: 4, sah: 'ya' },
      ]),
    );
    const a = capaian(out).A as Record<string, string>;
    // RPPT: DM 0/2, HT 2/2 → mean 50.00 (without the worksheet: DM 1/2, HT 2/2 → 75.00).
    expect([a.dm_terdaftar, a.dm_terkendali, a.ht_terdaftar, a.ht_terkendali, a.rppt_dm, a.rppt_ht, a.rppt]).toEqual(['2', '0', '2', '2', '0.00', '100.00', '50.00']);
    expect(a.catatan).toContain('2 dari 3 prolanis diperiksa tidak sah, tidak dihitung; verifikasi sampel sampel-2024-06.csv: dm_terkendali −1;');
  });
});

describe('--verifikasi under perber-2017: Prolanis records counted as visits', () => {
  it('a visit marked tidak: the enrolled participant stays enrolled and stops visiting unless another valid row or contact is a visit', async () => {
    // Participant 3 enrolled in Prolanis HT by a row outside the month (line 7): its visit is its contact (lines 4 and 5).
    const data = bulanKecil(`${c(3)},A,HT,1,2024-05-20,,130,85\n`);
    const b = (kartu: number, baris: number, file = 'prolanis'): Baris => ({ kode: 'A', jenis: 'prolanis', kartu, baris, sah: 'tidak', dihitung: 'prolanis_berkunjung', file });
    const tanpa = capaian((await hitung(data, '--rules', 'perber-2017')).out).A as Record<string, string>;
    const { out } = await hitung(data, '--rules', 'perber-2017', '--verifikasi', lembar([b(7, 2), b(10, 5), b(3, 4, 'kontak'), { kode: 'A', jenis: 'kontak', kartu: 3, baris: 5, sah: 'tidak' }]));
    const a = capaian(out).A as Record<string, string>;
    expect([tanpa.prolanis_terdaftar, tanpa.prolanis_berkunjung, tanpa.peserta_kontak]).toEqual(['5', '5', '3']);
    // 7: its only row; 3: both contacts; 10: line 6 is still a visit.
    expect([a.prolanis_terdaftar, a.prolanis_berkunjung, a.peserta_kontak]).toEqual(['5', '3', '2']);
    expect(a.catatan).toContain('verifikasi sampel sampel-2024-06.csv: 1 dari 1 kontak diperiksa tidak sah, tidak dihitung; verifikasi sampel sampel-2024-06.csv: 3 dari 3 prolanis diperiksa tidak sah, tidak dihitung; verifikasi sampel sampel-2024-06.csv: peserta_kontak −1, dm_terkendali −1, prolanis_berkunjung −2');
    const v = parse(readFileSync(join(out, 'verifikasi-2024-06.csv')), { columns: true }) as Record<string, string>[];
    expect(v.map((r) => [r.jenis, r.populasi, r.diperiksa, r.tidak_sah])).toEqual([
      ['kontak', '3', '1', '1'],
      ['prolanis', '5', '3', '3'],
    ]);
    // The audit's rows add up to these counts (it checks before writing) and name the verification.
    const ao = tmp('kbk-out-');
    await kbkKode(0, ['audit', '--data', data, '--month', '2024-06', '--rules', 'perber-2017', '--out', ao, '--verifikasi', lembar([b(7, 2), b(10, 5), b(3, 4, 'kontak'), { kode: 'A', jenis: 'kontak', kartu: 3, baris: 5, sah: 'tidak' }])]);
    const tiga = (parse(readFileSync(join(ao, 'audit-2024-06.csv')), { columns: true }) as Record<string, string>[]).find((r) => r.no_kartu === c(3)) as Record<string, string>;
    expect(tiga.alasan).toContain('kontak 2024-06-05 baris 4 tidak sah menurut verifikasi sampel Tim Penilai (sah = tidak): tidak dihitung');
    expect(tiga.alasan).toContain('Prolanis HT: tidak berkunjung bulan ini');
  });

  it('a visit of a participant not enrolled matches nothing', async () => {
    const out = tmp('kbk-out-');
    const r = await kbkKode(65, ['compute', '--data', bulanKecil(), '--month', '2024-06', '--rules', 'perber-2017', '--out', out, '--verifikasi', lembar([{ kode: 'A', jenis: 'prolanis', kartu: 1, baris: 2, sah: 'ya', dihitung: 'prolanis_berkunjung', file: 'kontak' }])]);
    expect(r.err).toContain('2024-06/kontak.csv line 2 is not a prolanis of card 0009••••••001 at A that counted as prolanis_berkunjung');
  });
});

describe('the worksheet as a workbook, and --quiet', () => {
  it('an .xlsx worksheet (kbk sampel --xlsx) reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('sampel-2024-06');
    ws.addRow([...KOLOM_SAMPEL]);
    // Card numbers as text, as kbk sampel writes them (a number would lose its leading zeros).
    for (const r of KONTAK_TUNGGAL) ws.addRow(['2024-06', '7', r.kode, r.jenis, c(r.kartu), `2024-06/${r.jenis}.csv`, r.baris, '', DIHITUNG[r.jenis], '', r.sah, '']);
    const path = join(tmp('kbk-lembar-'), 'sampel-2024-06.xlsx');
    await wb.xlsx.writeFile(path);
    const { out } = await hitung(bulanKecil(), '--verifikasi', path);
    expect([capaian(out).A?.peserta_kontak, capaian(out).B?.peserta_kontak]).toEqual(['2', '8']);
  });

  it('a flagged facility is said with --quiet too (a warning), the rest is progress', async () => {
    const out = tmp('kbk-out-');
    const r = await kbkKode(0, ['compute', '--data', bulanKecil(), '--month', '2024-06', '--out', out, '--quiet', '--verifikasi', lembar(KONTAK_TUNGGAL)]);
    expect(r.err).toContain('verification 2024-06: 5 records checked, 3 invalid and not counted; invalid share above 0.10 (the whole 95 % interval): A, B');
    const r2 = await kbkKode(0, ['compute', '--data', bulanKecil(), '--month', '2024-06', '--out', tmp('kbk-out-'), '--quiet', '--verifikasi', lembar([{ kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'ya' }])]);
    expect(r2.err).not.toContain('verification');
  });
});

describe('verifikasi-YYYY-MM.csv', () => {
  it('per facility and kind: checked, invalid, the share, its Wilson interval with the finite-population correction, the flag', async () => {
    const { out, err } = await hitung(bulanKecil(), '--verifikasi', lembar(KONTAK_TUNGGAL));
    const rows = parse(readFileSync(join(out, 'verifikasi-2024-06.csv')), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.kode_ppk, r.jenis, r.populasi, r.diperiksa, r.tidak_sah, r.belum_diperiksa, r.proporsi_tidak_sah, r.ambang_tidak_sah, r.ambang_status])).toEqual([
      ['A', 'kontak', '3', '2', '1', '0', '0.5', '0.10', 'design'],
      ['B', 'kontak', '10', '3', '2', '1', '0.666667', '0.10', 'design'],
    ]);
    // By hand (floating point, independent of kbk's exact arithmetic): x invalid of n checked from N,
    // k = z²·(N−n)/(N−1), centre = (p + k/2n)/(1 + k/n), half = √(k·(p(1−p)/n + k/4n²))/(1 + k/n).
    const wilson = (x: number, n: number, N: number): [number, number] => {
      const p = x / n;
      const k = 1.96 ** 2 * ((N - n) / (N - 1));
      const t = (p + k / (2 * n)) / (1 + k / n);
      const h = Math.sqrt(k * ((p * (1 - p)) / n + k / (4 * n * n))) / (1 + k / n);
      return [t - h, t + h];
    };
    for (const [r, [x, n, N]] of [[rows[0], [1, 2, 3]], [rows[1], [2, 3, 10]]] as const) {
      const [lo, hi] = wilson(x, n, N);
      expect(Math.abs(Number(r?.interval95_bawah) - lo)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(Number(r?.interval95_atas) - hi)).toBeLessThanOrEqual(1e-6);
      expect(Number(r?.interval95_bawah)).toBeLessThanOrEqual(lo); // rounded outward
      expect(Number(r?.interval95_atas)).toBeGreaterThanOrEqual(hi);
    }
    // By hand: A [0.150, 0.850], B [0.240, 0.927]: both wholly above 0.10.
    expect(rows.map((r) => r.ditandai)).toEqual(['1', '1']);
    expect(err).toContain('verification 2024-06: 5 records checked, 3 invalid and not counted; invalid share above 0.10 (the whole 95 % interval): A, B');
  });

  it('--json carries the same rows, numbers as numbers', async () => {
    const r = await kbkKode(0, ['compute', '--data', bulanKecil(), '--month', '2024-06', '--out', tmp('kbk-out-'), '--json', '--verifikasi', lembar(KONTAK_TUNGGAL)]);
    const v = (JSON.parse(r.out) as { verifikasi: Record<string, unknown>[] }).verifikasi;
    expect(v.map((x) => [x.kode_ppk, x.jenis, x.populasi, x.diperiksa, x.tidak_sah, x.proporsi_tidak_sah, x.ambang_tidak_sah, x.ditandai])).toEqual([
      ['A', 'kontak', 3, 2, 1, 0.5, '0.10', 1],
      ['B', 'kontak', 10, 3, 2, 0.666667, '0.10', 1],
    ]);
  });

  it('a census (every counted record checked) has the share itself as its interval', async () => {
    const all: Baris[] = [1, 2, 3].map((k, i) => ({ kode: 'A', jenis: 'kontak', kartu: k, baris: 2 + i, sah: k === 1 ? 'tidak' : 'ya' }));
    const b: Baris[] = [11, 12].map((k, i) => ({ kode: 'B', jenis: 'kontak', kartu: k, baris: 6 + i, sah: 'ya' }));
    const { out } = await hitung(bulanKecil(), '--verifikasi', lembar([...all, ...b]));
    const [r, rb] = parse(readFileSync(join(out, 'verifikasi-2024-06.csv')), { columns: true }) as Record<string, string>[];
    expect([r?.populasi, r?.diperiksa, r?.proporsi_tidak_sah, r?.interval95_bawah, r?.interval95_atas, r?.ditandai]).toEqual(['3', '3', '0.333333', '0.333333', '0.333334', '1']);
    // None invalid of 2 from 10: the interval starts at 0, nothing flagged.
    expect([rb?.kode_ppk, rb?.populasi, rb?.diperiksa, rb?.tidak_sah, rb?.proporsi_tidak_sah, rb?.interval95_bawah, rb?.ditandai]).toEqual(['B', '10', '2', '0', '0', '0', '0']);
  });
});

describe('--verifikasi: a worksheet that cannot be applied stops the run (65) and writes nothing', () => {
  async function salah(path: string, ...pesan: string[]): Promise<void> {
    const out = tmp('kbk-out-');
    const r = await kbkKode(65, ['compute', '--data', bulanKecil(), '--month', '2024-06', '--out', out, '--verifikasi', path]);
    for (const p of pesan) expect(r.err).toContain(p);
    expect(readdirSync(out).filter((f) => !f.startsWith('tolak-'))).toEqual([]);
  }

  it('a missing or renamed column', () => salah(lembar(KONTAK_TUNGGAL, KOLOM_SAMPEL.map((k) => (k === 'sah' ? 'valid' : k))), 'sampel-2024-06.csv', 'sah'));

  it('a row that matches no counted record: another card, a line that did not count, an uncontrolled measurement', async () => {
    await salah(lembar([{ kode: 'A', jenis: 'kontak', kartu: 5, baris: 2, sah: 'tidak' }]), 'sampel-2024-06.csv:2 column baris: matches nothing in the month\'s data: 2024-06/kontak.csv line 2 is not a kontak of card 0009••••••005 at A that counted as peserta_kontak');
    await salah(lembar([{ kode: 'A', jenis: 'rujukan', kartu: 3, baris: 4, sah: 'tidak' }]), 'sampel-2024-06.csv:2 column baris', '2024-06/rujukan.csv line 4 is not a rujukan of card 0009••••••003 at A that counted as rujukan_non_spesialistik');
    await salah(lembar([{ kode: 'A', jenis: 'prolanis', kartu: 8, baris: 3, sah: 'ya' }]), '2024-06/prolanis.csv line 3 is not a prolanis of card 0009••••••008 at A that counted as prolanis_terkendali');
    await salah(lembar([{ kode: 'B', jenis: 'kontak', kartu: 1, baris: 2, sah: 'ya' }]), 'is not a kontak of card 0009••••••001 at B');
  });

  it('with --summary: a usage error (64), the worksheet names lines of month files', async () => {
    const r = await kbkKode(64, ['compute', '--data', bulanKecil(), '--month', '2024-06', '--out', tmp('kbk-out-'), '--summary', 'x.xlsx', '--verifikasi', lembar(KONTAK_TUNGGAL)]);
    expect(r.err).toContain('--verifikasi needs record-level data (the month folders), not --summary');
  });

  // The terminal masks card numbers (the middle digits); the worksheet's line names the row.
  it('a sah other than ya, tidak or empty', () => salah(lembar([{ kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'mungkin' }]), 'sampel-2024-06.csv:2 column sah: sah "mungkin" is not known; write ya, tidak, or leave it empty (not checked)'));

  it('a worksheet of another month', () =>
    salah(lembar([{ kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'tidak', bulan: '2024-05' }]), 'a verification worksheet of 2024-05, but this command assesses 2024-06'));

  it('the same record twice', () =>
    salah(lembar([{ kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'tidak' }, { kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'ya' }]), 'sampel-2024-06.csv:3 column baris: 2024-06/kontak.csv line 2 is already on line 2 of this worksheet'));

  it('in Indonesian by default', async () => {
    const out = tmp('kbk-out-');
    const r = await kbkKode(65, ['compute', '--data', bulanKecil(), '--month', '2024-06', '--out', out, '--lang', 'id', '--verifikasi', lembar([{ kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'entah' }])]);
    expect(r.err).toContain('sampel-2024-06.csv:2 kolom sah: sah "entah" tidak dikenal; isi ya, tidak, atau kosongkan (belum diperiksa)');
    expect(existsSync(join(out, 'capaian-2024-06.csv'))).toBe(false);
  });
});

describe('--verifikasi in audit, explain and run', () => {
  const SAMPEL: Baris[] = [
    { kode: 'A', jenis: 'kontak', kartu: 1, baris: 2, sah: 'tidak' },
    { kode: 'A', jenis: 'rujukan', kartu: 1, baris: 2, sah: 'tidak' },
    { kode: 'A', jenis: 'prolanis', kartu: 7, baris: 2, sah: 'tidak' },
  ];

  it('audit names the verification as the reason', async () => {
    const out = tmp('kbk-out-');
    await kbkKode(0, ['audit', '--data', bulanKecil(), '--month', '2024-06', '--out', out, '--verifikasi', lembar(SAMPEL)]);
    const audit = parse(readFileSync(join(out, 'audit-2024-06.csv')), { columns: true }) as Record<string, string>[];
    const satu = audit.find((r) => r.no_kartu === c(1)) as Record<string, string>;
    expect(satu.peserta_kontak).toBe('0');
    expect(satu.alasan).toBe('tidak ada kontak bulan ini; kontak 2024-06-03 baris 2 tidak sah menurut verifikasi sampel Tim Penilai (sah = tidak): tidak dihitung');
    const tujuh = audit.find((r) => r.no_kartu === c(7)) as Record<string, string>;
    expect(tujuh.alasan).toContain('pemeriksaan Prolanis 2024-06-10 baris 2 tidak sah menurut verifikasi sampel Tim Penilai (sah = tidak): tidak dihitung');
    const rujukan = parse(readFileSync(join(out, 'audit-rujukan-2024-06.csv')), { columns: true }) as Record<string, string>[];
    const r1 = rujukan.find((r) => r.no_rujukan === 'R1') as Record<string, string>;
    expect([r1.rujukan_total, r1.rujukan_non_spesialistik]).toEqual(['1', '0']);
    expect(r1.alasan).toBe('dihitung; non-spesialistik menurut kolom non_spesialistik; tidak sah menurut verifikasi sampel Tim Penilai (sah = tidak): tidak dihitung non-spesialistik');
  });

  it('explain shows what was found, in English with --lang en, and as JSON', async () => {
    const data = bulanKecil();
    const path = lembar(SAMPEL);
    const r = await kbkKode(0, ['explain', '--data', data, '--month', '2024-06', '--ppk', 'A', '--lang', 'en', '--verifikasi', path]);
    expect(r.out).toContain(`Verification sample (${path}); invalid records are already left out of the counts above:`);
    expect(r.out).toContain('kontak: 1 checked, 1 invalid (100.0 %; 95 % interval ');
    expect(r.out).toContain('FLAGGED');
    expect(r.out).toContain('verifikasi sampel sampel-2024-06.csv: peserta_kontak −1, rujukan_non_spesialistik −1, dm_terkendali −1');
    const j = await kbkKode(0, ['explain', '--data', data, '--month', '2024-06', '--ppk', 'A', '--json', '--verifikasi', path]);
    const v = (JSON.parse(j.out) as { verifikasi: { jenis: { jenis: string; diperiksa: number; tidak_sah: number; populasi: number }[] } }).verifikasi;
    expect(v.jenis.map((x) => [x.jenis, x.populasi, x.diperiksa, x.tidak_sah])).toEqual([
      ['kontak', 3, 1, 1],
      ['rujukan', 2, 1, 1],
      ['prolanis', 3, 1, 1],
    ]);
  });

  it('run applies it to its assessment month and writes verifikasi-M.csv with the reports', async () => {
    const out = tmp('kbk-out-');
    const r = await kbkKode(0, ['run', '--data', bulanKecil(), '--month', '2024-07', '--window', 'bulanan', '--out', out, '--verifikasi', lembar(SAMPEL), '--terima-penurunan', 'semua']);
    expect(readdirSync(out)).toContain('verifikasi-2024-06.csv');
    expect(capaian(out).A?.peserta_kontak).toBe('2');
    expect(r.err).toContain('verification 2024-06: 3 records checked, 3 invalid and not counted');
    const kapitasi = parse(readFileSync(join(out, 'kapitasi-2024-07.csv')), { columns: true }) as Record<string, string>[];
    expect(kapitasi.find((k) => k.kode_ppk === 'A')?.catatan).toContain('verifikasi sampel sampel-2024-06.csv: peserta_kontak −1, rujukan_non_spesialistik −1, dm_terkendali −1 (2024-06)');
  });
});
