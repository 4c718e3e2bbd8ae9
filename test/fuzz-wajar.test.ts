// Issue 15: exports that are well-formed CSV, parse cleanly, and are wrong. Each class of
// plausible-but-wrong damage is a generator over a branch-like payment window
// (test/jendela-wajar.ts); a seeded loop draws cases and runs `kbk run --month 2024-07 -q`
// as cron would. Asserted for every case: the run stops (exit ≠ 0, never 70, no stack, no
// payment written), or a warning that --quiet keeps names the damaged file, or no payment
// changed. No card number appears whole on stdout or stderr.
//
// KBK_FUZZ_WAJAR_SEED / KBK_FUZZ_WAJAR_N replay or widen the corpus locally (N cases per
// class); CI runs the fixed small one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { acak, dataDir, kbk, tmp } from './helpers.js';
import { BULAN, FASILITAS, jendela } from './jendela-wajar.js';

const pilih = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T;
const antara = (lo: number, hi: number, r: () => number): number => lo + r() * (hi - lo);

type Files = Record<string, string>;
/** A damage: changes the window in place and returns the file it damaged and what it did. */
type Kerusakan = (f: Files, r: () => number) => { file: string | string[]; apa: string };

const baris = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const gabungBaris = (lines: string[]): string => lines.join('\n') + '\n';

/** Rewrites one column of every data row of a CSV text. */
function ubahKolom(text: string, kolom: string, ubah: (v: string, row: string[]) => string): string {
  const lines = baris(text);
  const header = (lines[0] as string).split(',');
  const k = header.indexOf(kolom);
  return gabungBaris([lines[0] as string, ...lines.slice(1).map((l) => {
    const cells = l.split(',');
    cells[k] = ubah(cells[k] as string, cells);
    return cells.join(',');
  })]);
}

const bulanAcak = (r: () => number): string => pilih(BULAN, r);
const bulanBerikut = (b: string): string => {
  const [y, m] = b.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

export const KERUSAKAN: Record<string, Kerusakan> = {
  /** A SIMRS export setting: GDP in mmol/L (mg/dL ÷ 18). */
  gdpMmol(f, r) {
    // An export setting holds for every month; sometimes only the latest month has it.
    const files = (r() < 0.5 ? BULAN : [BULAN[2]]).map((b) => `${b}/prolanis.csv`);
    for (const file of files) f[file] = ubahKolom(f[file] as string, 'gdp', (v) => (v === '' ? v : (Number(v) / 18).toFixed(1)));
    return { file: files, apa: 'GDP in mmol/L' };
  },
  /** A column-order change: sistole and diastole swapped in the header. */
  tensiTertukar(f, r) {
    const files = (r() < 0.5 ? BULAN : [BULAN[2]]).map((b) => `${b}/prolanis.csv`);
    for (const file of files) f[file] = (f[file] as string).replace('sistole,diastole', 'diastole,sistole');
    return { file: files, apa: 'sistole and diastole swapped' };
  },
  /** A typo in the master: a tariff ×1000 or 1. */
  tarifSalah(f, r) {
    const fa = pilih(FASILITAS, r);
    const kali = r() < 0.5;
    f['fktp.csv'] = ubahKolom(f['fktp.csv'] as string, 'tarif_kapitasi', (v, row) => (row[0] === fa.kode ? (kali ? String(Number(v) * 1000) : '1') : v));
    return { file: 'fktp.csv', apa: `${fa.kode} tarif_kapitasi ${kali ? '×1000' : '1'}` };
  },
  /** tarif_minimal that removes the floor or cancels the cut. */
  tarifMinimalSalah(f, r) {
    const fa = pilih(FASILITAS.filter((x) => x.peserta >= 5000), r);
    const nilai = pilih(['0', '1', '100000000'], r);
    const lines = baris(f['fktp.csv'] as string);
    f['fktp.csv'] = gabungBaris(lines.map((l, i) => (i === 0 ? `${l},tarif_minimal` : `${l},${l.startsWith(fa.kode + ',') ? nilai : ''}`)));
    return { file: 'fktp.csv', apa: `${fa.kode} tarif_minimal ${nilai}` };
  },
  /** The classic wrong file: another month's export copied into this month's folder. */
  salinBulanLain(f, r) {
    const b = pilih(BULAN.slice(1), r);
    const sebelum = BULAN[BULAN.indexOf(b as (typeof BULAN)[number]) - 1] as string;
    const nama = pilih(['prolanis.csv', 'kontak.csv', 'rujukan.csv'], r);
    f[`${b}/${nama}`] = f[`${sebelum}/${nama}`] as string;
    return { file: `${b}/${nama}`, apa: `${sebelum}/${nama} copied` };
  },
  /** An export run over the wrong period: a share of the month's contacts dated in the next month. */
  kontakBulanLain(f, r) {
    const b = bulanAcak(r);
    const file = `${b}/kontak.csv`;
    const share = antara(0.15, 0.6, r);
    const lines = baris(f[file] as string);
    const n = Math.floor((lines.length - 1) * share);
    f[file] = gabungBaris(lines.map((l, i) => (i >= 1 && i <= n ? l.replace(`,${b}-`, `,${bulanBerikut(b)}-`) : l)));
    return { file, apa: `${n} contacts (${(share * 100).toFixed(0)} %) dated in ${bulanBerikut(b)}` };
  },
  /** An interrupted download that ends on a newline. */
  kontakTerpotong(f, r) {
    const b = bulanAcak(r);
    const file = `${b}/kontak.csv`;
    const lines = baris(f[file] as string);
    const keep = Math.floor(lines.length * antara(0.3, 0.6, r));
    f[file] = gabungBaris(lines.slice(0, keep));
    return { file, apa: `cut at line ${keep} of ${lines.length}` };
  },
  /** One no_rujukan twice with conflicting content (another diagnosis). */
  rujukanKonflik(f, r) {
    const file = `${bulanAcak(r)}/rujukan.csv`;
    const lines = baris(f[file] as string);
    const i = 1 + Math.floor(r() * (lines.length - 1));
    const cells = (lines[i] as string).split(',');
    cells[4] = cells[4] === 'K29' ? 'N18.5' : 'K29';
    lines.splice(1 + Math.floor(r() * lines.length), 0, cells.join(','));
    f[file] = gabungBaris(lines);
    return { file, apa: `no_rujukan ${cells[0]} again with ${cells[4]}` };
  },
  /** The same no_rujukan at another facility (moves a referral from one facility to another). */
  rujukanDuaFasilitas(f, r) {
    const file = `${bulanAcak(r)}/rujukan.csv`;
    const lines = baris(f[file] as string);
    const i = 1 + Math.floor(r() * (lines.length - 1));
    const cells = (lines[i] as string).split(',');
    const lain = FASILITAS.findIndex((x) => x.kode !== cells[2]);
    const fa = FASILITAS[lain] as (typeof FASILITAS)[number];
    const other = `${cells[0]},0009${String(lain).padStart(2, '0')}0000003,${fa.kode},${cells[3]},K29,`;
    lines.splice(1 + Math.floor(r() * lines.length), 0, other);
    f[file] = gabungBaris(lines);
    return { file, apa: `no_rujukan ${cells[0]} also at ${fa.kode}` };
  },
  /** A file whose second half lost its line feeds (CR-only line ends). */
  crSaja(f, r) {
    const file = `${bulanAcak(r)}/kontak.csv`;
    const lines = baris(f[file] as string);
    const at = Math.floor(lines.length * antara(0.3, 0.7, r));
    f[file] = lines.slice(0, at).join('\n') + '\n' + lines.slice(at).join('\r') + '\r';
    return { file, apa: `CR-only line ends from line ${at + 1}` };
  },
};

/** The payment per facility (names and catatan aside): what a wrong run would change. */
function bayar(out: string): string[] {
  const rows = parse(readFileSync(join(out, 'kapitasi-2024-07.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  return rows.map((row) => `${row.kode_ppk} ${row.persen_kapitasi} ${row.tarif_dibayar} ${row.kapitasi_dibayar}`);
}

const KARTU_UTUH = /\d{13}/;

describe('issue 15: plausible-but-wrong exports', () => {
  it('each class stops, or a warning under --quiet names the damaged file, or no payment changes', async () => {
    const base = jendela();
    const baseOut = tmp();
    const b = await kbk(['run', '--data', dataDir(base), '--month', '2024-07', '--out', baseOut, '-q']);
    expect([b.code, b.err], 'the undamaged window runs clean and silent').toEqual([0, '']);
    const baseline = bayar(baseOut);
    expect(baseline.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'D101 100 10000', 'G101 100 3500', 'K101 100 12000', 'P101 100 6000', 'P102 95 3600', 'P103 100 5000', 'R101 100 10000',
    ]);

    const r = acak(Number(process.env.KBK_FUZZ_WAJAR_SEED ?? 20261207));
    const perKelas = Number(process.env.KBK_FUZZ_WAJAR_N ?? 2);
    const hasil: Record<string, Record<string, number>> = {};
    for (const [kelas, rusak] of Object.entries(KERUSAKAN)) {
      for (let n = 0; n < perKelas; n++) {
        const f = jendela();
        const { file: rusakFile, apa } = rusak(f, r);
        const files = Array.isArray(rusakFile) ? rusakFile : [rusakFile];
        const file = files.join(' ');
        const data = dataDir(f);
        const out = tmp();
        const res = await kbk(['run', '--data', data, '--month', '2024-07', '--out', out, '-q']);
        const kasus = `${kelas} #${n}: ${file}: ${apa}\nexit ${res.code}\n${res.err}`;
        expect(res.err, kasus).not.toMatch(/\n\s+at /);
        expect([0, 65], kasus).toContain(res.code);
        expect(res.out + res.err, `a card whole on stdout/stderr: ${kasus}`).not.toMatch(KARTU_UTUH);
        let hasilKasus: string;
        if (res.code !== 0) {
          expect(existsSync(join(out, 'kapitasi-2024-07.csv')), kasus).toBe(false);
          hasilKasus = `exit ${res.code}`;
        } else if (res.err.split('\n').some((l) => l.startsWith('kbk: warning:') && files.some((x) => l.includes(x)))) {
          hasilKasus = 'warned';
        } else {
          expect(bayar(out), `exit 0, no warning naming ${file} under --quiet, and the payment changed: ${kasus}`).toEqual(baseline);
          hasilKasus = 'no payment changed';
        }
        (hasil[kelas] ??= {})[hasilKasus] = (hasil[kelas]?.[hasilKasus] ?? 0) + 1;
      }
    }
    // Kept in the test's output, so a run shows how each class ended.
    console.log(JSON.stringify(hasil));
  }, 300_000);

  it('a damage class changes only the file it names', () => {
    // The generators must damage, not rewrite: a file they leave alone is byte-identical.
    const a = jendela();
    const f = jendela();
    const { file } = (KERUSAKAN.rujukanKonflik as Kerusakan)(f, acak(1));
    const berubah = Object.keys(a).filter((k) => a[k] !== f[k]);
    expect(berubah).toEqual([file]);
  });
});
