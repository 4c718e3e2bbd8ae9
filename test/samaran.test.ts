// Issue 15 #7 and issue 16 #3: a card number is a run of 9 or more digits whatever stands
// beside it, masked on stdout and stderr of every command (a --json document inside its
// strings: its numbers stay numbers), and replaced by its keyed hash with --samarkan in
// every file meant to be shared. A property test plants malformed cards of every shape
// (letters before, after and inside, 9–20 digits, separators, quoted CSV fields, headers,
// dates, facility names, referral numbers, folder names) into a tiny window and runs every
// printing command over them.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { masker, maskerJson, maskerKeluaran, samarkanKartu } from '../src/report/samaran.js';
import { ENV_PROSES, kbk, kbkKode, ROOT, tmp } from './helpers.js';

const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;

describe('the mask: any run of 9 or more digits, whatever stands beside it', () => {
  it('masks every malformed shape the issue names, keeping the first 4 and last 3 digits of the run', () => {
    expect(masker('X0000000606734')).toBe('X0000••••••734');
    expect(masker('0000000606734X')).toBe('0000••••••734X');
    expect(masker('NIK0000000120070')).toBe('NIK0000••••••070');
    expect(masker('0000000120070E0')).toBe('0000••••••070E0');
    expect(masker('kartu 12345678901234567 (17 digits)')).toBe('kartu 1234••••••••••567 (17 digits)');
    expect(masker('a123456789b')).toBe('a1234••789b');
    expect(samarkanKartu('12345678901234567890')).toBe('1234•••••••••••••890');
  });

  it('leaves what is not a run of 9 digits: dates, separated numbers, 8 digits, a run broken by a separator', () => {
    const teks = '2024-06-14 Rp 237.244.189 237,244,189 rows 12345678 0000-0006-06734 00000X00606734';
    expect(masker(teks)).toBe(teks);
  });

  it('a --json document: strings masked, numbers (a Rupiah sum of 9 digits) kept as numbers', () => {
    const json = JSON.stringify({ jumlah: 237244189, isi: 'X0000000606734,A,2024-06-03', kutip: 'a "0000000120070" b', daftar: [123456789, '123456789'] }, null, 2) + '\n';
    const hasil = maskerKeluaran(json);
    expect(JSON.parse(hasil)).toEqual({ jumlah: 237244189, isi: 'X0000••••••734,A,2024-06-03', kutip: 'a "0000••••••070" b', daftar: [123456789, '1234••789'] });
    expect(maskerJson('{"a":237244189}')).toBe('{"a":237244189}');
    // Text (a table, a line) is masked whole: a count people read is printed with separators.
    expect(maskerKeluaran('P001  237244189  Rp 237.244.189\n')).toBe('P001  2372••189  Rp 237.244.189\n');
    expect(maskerKeluaran('{ not json 0000000606734')).toBe('{ not json 0000••••••734');
  });
});

describe('stdout of a real run: the Rupiah sums of 9 digits stay numbers, the table keeps its separators', () => {
  it('pay on the demo window: rekap jumlah 237244189 as a JSON number (as in fixtures/demo/expected/rekap-2024-07.csv), Rp 237,244,189 in the table', async () => {
    const data = join(ROOT, 'fixtures', 'demo');
    const j = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '--json', '-q']);
    expect(j.code, j.err).toBe(0);
    expect(j.out).not.toContain('•');
    const rekap = JSON.parse(j.out).rekap as { jenis_fktp: string; ukuran: string; jumlah: unknown }[];
    expect(rekap.find((r) => r.jenis_fktp === 'semua' && r.ukuran === 'kapitasi_dibayar')?.jumlah).toBe(237244189);
    const t = await kbkKode(0, ['pay', '--data', data, '--month', '2024-07', '--out', tmp()]);
    expect(t.out).toContain('237,244,189');
    expect(t.out).not.toContain('•');
  });
});

// ---------------------------------------------------------------------------------------
// The property test: planted cards through every printing command.

type Tempat = 'kartu' | 'kutip' | 'header' | 'tanggal' | 'rujukan' | 'nama';
const TEMPAT: readonly Tempat[] = ['kartu', 'kutip', 'header', 'tanggal', 'rujukan', 'nama'];

/** A malformed card: letters before and after, 9–20 digits, and maybe a separator or a letter and more digits. */
const kartuArb = fc
  .record({
    depan: fc.constantFrom('', 'X', 'NIK', 'no.', 'a'),
    digit: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 20 }).map((d) => d.join('')),
    sambung: fc.option(fc.record({ pemisah: fc.constantFrom(' ', '-', '/', '.', 'X', 'E', ';'), digit: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }).map((d) => d.join('')) }), { nil: undefined }),
    belakang: fc.constantFrom('', 'X', 'E0', 'b', '.0'),
  })
  .map(({ depan, digit, sambung, belakang }) => `${depan}${digit}${sambung ? sambung.pemisah + sambung.digit : ''}${belakang}`);

/** The runs of 9 or more digits in a planted card: none of them may appear whole. */
const runs = (kartu: string): string[] => kartu.match(/\d{9,}/g) ?? [];

/**
 * A tiny window (2024-04…2024-07, one puskesmas, 10 participants) with `kartu` planted in
 * 2024-06 at `tempat`: a card value, a quoted value holding a comma, a header cell, a date,
 * a referral number, the facility's name.
 */
function jendela(kartu: string, tempat: Tempat): string {
  const dir = tmp('kbk-samaran-');
  const tulis = (rel: string, isi: string): void => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), isi);
  };
  tulis('fktp.csv', `kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,${tempat === 'nama' ? `Puskesmas ${kartu}` : 'Puskesmas A'},puskesmas,6000\n`);
  for (const m of ['2024-04', '2024-05', '2024-06', '2024-07']) {
    const di = m === '2024-06';
    tulis(`${m}/peserta.csv`, 'no_kartu,kode_ppk\n' + Array.from({ length: 10 }, (_, i) => `${c(i + 1)},A\n`).join(''));
    let kontak = `no_kartu,kode_ppk,tgl_kontak${di && tempat === 'header' ? `,${kartu}` : ''}\n${c(1)},A,${m}-03\n${c(2)},A,${m}-04\n${c(3)},A,${m}-28\n`;
    if (di && tempat === 'kartu') kontak += `${kartu},A,${m}-05\n`;
    if (di && tempat === 'kutip') kontak += `"${kartu}, ${kartu}",A,${m}-05\n`;
    if (di && tempat === 'tanggal') kontak += `${c(4)},A,${kartu}\n`;
    tulis(`${m}/kontak.csv`, kontak);
    const r1 = di && tempat === 'rujukan' ? kartu : 'R1';
    tulis(`${m}/rujukan.csv`, `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\n${r1},${c(1)},A,${m}-03,J06.9,1\nR2,${c(2)},A,${m}-03,N18.5,0\n`);
    tulis(`${m}/prolanis.csv`, `no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n${c(7)},A,DM,1,${m}-10,100,,\n${c(9)},A,HT,1,${m}-10,,120,80\n`);
  }
  return dir;
}

const KUNCI = (() => {
  const p = join(tmp(), 'kbk.key');
  writeFileSync(p, '5c0e8f1a9b3d7e2f6a4c8b0d2e9f1a3c\n');
  chmodSync(p, 0o600);
  return p;
})();

/**
 * The files that list people (the rejects, the audit lists, the outreach list): those
 * --samarkan pseudonymises. The other reports hold facilities' figures and names as given.
 */
function teksDi(dir: string): string {
  let semua = '';
  for (const n of readdirSync(dir) as string[]) {
    if (!/^(tolak|audit|audit-rujukan|jangkauan)-.*\.csv$/.test(n)) continue;
    semua += readFileSync(join(dir, n), 'utf8');
  }
  return semua;
}

interface Perintah {
  args: (data: string, out: string) => string[];
  /** It writes files with card numbers in them, and takes --samarkan. */
  samarkan: boolean;
  json: boolean;
}

const PERINTAH: Record<string, Perintah> = {
  compute: { args: (d, o) => ['compute', '--data', d, '--month', '2024-06', '--out', o], samarkan: true, json: true },
  pay: { args: (d, o) => ['pay', '--data', d, '--month', '2024-07', '--out', o], samarkan: true, json: true },
  run: { args: (d, o) => ['run', '--data', d, '--month', '2024-07', '--out', o], samarkan: true, json: true },
  validate: { args: (d) => ['validate', '--data', d, '--month', '2024-06'], samarkan: false, json: true },
  explain: { args: (d) => ['explain', '--data', d, '--month', '2024-06', '--ppk', 'A'], samarkan: false, json: true },
  'explain --bayar': { args: (d) => ['explain', '--bayar', '--data', d, '--month', '2024-07', '--ppk', 'A'], samarkan: false, json: true },
  audit: { args: (d, o) => ['audit', '--data', d, '--month', '2024-06', '--out', o], samarkan: true, json: true },
  proyeksi: { args: (d, o) => ['proyeksi', '--data', d, '--month', '2024-06', '--out', o], samarkan: false, json: true },
  banding: { args: (d, o) => ['banding', '--data', d, '--month', '2024-07', '--out', o, '--rules-banding', 'perber-2017'], samarkan: true, json: true },
};

/** A few cases per command keep the suite fast (each is a whole run); KBK_SAMARAN_RUNS=200 for a long local search. A failure prints its seed. */
const RUNS = { numRuns: Number(process.env.KBK_SAMARAN_RUNS ?? 4) };

/** What each run may add: --strict, the default threshold (a stop quoting the first bad row), or every row accepted. */
const TOLAK: readonly string[][] = [['--strict'], [], ['--max-reject-rate', '100']];

describe('property: no planted card whole on any stream, nor with --samarkan in any file', () => {
  for (const [nama, p] of Object.entries(PERINTAH)) {
    it(`${nama}`, async () => {
      await fc.assert(
        fc.asyncProperty(kartuArb, fc.constantFrom(...TEMPAT), fc.constantFrom(...TOLAK), fc.boolean(), fc.boolean(), async (kartu, tempat, tolak, json, samarkan) => {
          const out = tmp();
          const args = [...p.args(jendela(kartu, tempat), out), ...tolak, ...(json && p.json ? ['--json'] : []), ...(samarkan && p.samarkan ? ['--samarkan', KUNCI] : [])];
          const r = await kbk(args);
          expect(r.code, r.err).not.toBe(70);
          for (const run of runs(kartu)) {
            expect(r.out, `${args.join(' ')}: stdout`).not.toContain(run);
            expect(r.err, `${args.join(' ')}: stderr`).not.toContain(run);
            if (samarkan && p.samarkan) expect(teksDi(out), `${args.join(' ')}: files`).not.toContain(run);
          }
          if (json && p.json && r.code === 0) expect(() => JSON.parse(r.out)).not.toThrow();
        }),
        RUNS,
      );
    });
  }

  it('check: a fixture whose expected report and whose failing run quote the card', async () => {
    await fc.assert(
      fc.asyncProperty(kartuArb, fc.constantFrom(...TEMPAT), fc.boolean(), async (kartu, tempat, json) => {
        const dir = jendela(kartu, tempat);
        mkdirSync(join(dir, 'expected'));
        writeFileSync(join(dir, 'expected', 'capaian-2024-06.csv'), `kode_ppk,nama\n${kartu},x\n`);
        const r = await kbk(['check', dir, ...(json ? ['--json'] : [])]);
        expect(r.code, r.err).not.toBe(70);
        for (const run of runs(kartu)) {
          expect(r.out).not.toContain(run);
          expect(r.err).not.toContain(run);
        }
      }),
      RUNS,
    );
  });

  it('gabung: folders named after the card, one of them lacking a report', async () => {
    const laporan = tmp();
    expect((await kbk(['compute', '--data', jendela(c(1), 'kartu'), '--month', '2024-06', '--out', laporan, '-q'])).code).toBe(0);
    await fc.assert(
      fc.asyncProperty(kartuArb, fc.boolean(), fc.boolean(), async (kartu, kurang, json) => {
        const nama = kartu.replace(/[/.]/g, '_');
        const a = join(tmp(), `cabang-${nama}-a`);
        const b = join(tmp(), `cabang-${nama}-b`);
        cpSync(laporan, a, { recursive: true });
        cpSync(laporan, b, { recursive: true });
        // Branch b holds facility B (a facility belongs to one branch), or lacks a report.
        for (const n of readdirSync(b)) writeFileSync(join(b, n), readFileSync(join(b, n), 'utf8').replace(/^2024-06,A,/gm, '2024-06,B,'));
        if (kurang) rmSync(join(b, 'capaian-2024-06.csv'));
        const r = await kbk(['gabung', a, b, '--out', join(tmp(), `nasional-${nama}`), ...(json ? ['--json'] : [])]);
        expect(r.code, r.err).toBe(kurang ? 65 : 0);
        for (const run of runs(nama)) {
          expect(r.out).not.toContain(run);
          expect(r.err).not.toContain(run);
        }
      }),
      RUNS,
    );
  });

  it('the process itself (bin/kbk.js): --strict on a card touching letters, and validate --json', () => {
    const data = jendela('NIK0000000120070X', 'kartu');
    const strict = spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), 'compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--strict'], { encoding: 'utf8', env: ENV_PROSES, timeout: 20_000 });
    expect(strict.status).toBe(65);
    expect(strict.stderr).toContain('NIK0000••••••070X');
    expect(strict.stderr).not.toContain('0000000120070');
    const v = spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), 'validate', '--data', data, '--month', '2024-06', '--json'], { encoding: 'utf8', env: ENV_PROSES, timeout: 20_000 });
    expect(v.status).toBe(65);
    expect(v.stdout).not.toContain('0000000120070');
    expect(JSON.parse(v.stdout).files.find((f: { label: string }) => f.label === '2024-06/kontak.csv').gagal).toContain('NIK0000••••••070X');
  });

  it('--samarkan replaces a malformed card in the rejects by the HMAC of its digit run (what a facility computes with openssl)', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', jendela('X0000000606734', 'kartu'), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '--samarkan', KUNCI]);
    expect(r.code, r.err).toBe(0);
    // printf %s 0000000606734 | openssl dgst -sha256 -hmac 5c0e8f1a9b3d7e2f6a4c8b0d2e9f1a3c
    const hmac = '19bc5fd4c7ff5ae2e512fb2bfe56fea34945bcd63edef56c85a7f6b138fa7820';
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8')).toContain(`X${hmac},A,2024-06-05`);
  });

  it('--samarkan --xlsx: the workbook\'s Tolak sheet carries the hash of a card touching letters, not the card', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', jendela('NIK0000000120070X', 'kartu'), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '--samarkan', KUNCI, '--xlsx']);
    expect(r.code, r.err).toBe(0);
    const sheets = (await readXlsxFile(readFileSync(join(out, 'kbk-2024-06.xlsx')), { trim: false })) as unknown as { sheet: string; data: unknown[][] }[];
    const tolak = JSON.stringify(sheets.find((s) => s.sheet === 'Tolak')?.data);
    expect(tolak).toContain('2024-06/kontak.csv');
    expect(tolak).not.toContain('0000000120070');
    expect(tolak).toContain('NIK');
  });
});
