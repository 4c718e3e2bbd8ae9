// Issue 16 #1 and #6, issue 15 (a full TMPDIR): every name kbk writes is created new, never
// through a planted link or over a planted file; --out is the owner's and refused when
// others can write it; the rejects spill lives in a private folder that no exit leaves
// behind, and a full TMPDIR is 73 naming it.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { OutputError } from '../src/errors.js';
import { Penolakan } from '../src/ingest/rejects.js';
import { tulisSet } from '../src/report/write.js';
import { ENV_PROSES, kbk, kbkKode, ROOT, tinyMonth, tmp } from './helpers.js';

/** A pid no process has (above Linux's pid_max). */
const MATI = 99_999_999;
const TOKEN = 'ab'.repeat(12);
const isi = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, lstatSync(join(dir, f)).isSymbolicLink() ? '-> link' : readFileSync(join(dir, f), 'utf8')]));
const baru = (dir: string) => [
  { path: join(dir, 'capaian-2024-06.csv'), content: 'baru capaian\n' },
  { path: join(dir, 'tolak-2024-06.csv'), content: 'baru tolak\n', pribadi: true },
];
/** A file of another user's that a planted link points at: it must stay as it is. */
const korban = (): string => {
  const f = join(tmp('kbk-korban-'), 'milik-orang-lain.txt');
  writeFileSync(f, 'jangan disentuh\n', { mode: 0o644 });
  return f;
};
const utuh = (f: string): void => {
  expect(readFileSync(f, 'utf8')).toBe('jangan disentuh\n');
  expect(statSync(f).mode & 0o777).toBe(0o644);
};
const ada = (what: string, path: string): string =>
  `${path}: ${what} is already there, at a name kbk must create new; kbk never writes through a link or over what it did not create: remove it, or find out who put it there`;
/** The OutputError a call throws (its English text is the message). */
const lempar = (f: () => void): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OutputError);
    return (e as Error).message;
  }
  throw new Error('no error thrown');
};
const mode = (p: string): number => statSync(p).mode & 0o7777;
const bin = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), ...args], { encoding: 'utf8', timeout: 60_000, env: { ...ENV_PROSES, ...env } });
/** n bad contact rows (10-digit cards): past 50,000 the rejects spill to TMPDIR. */
const banyakTolak = (n: number): string =>
  tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${Array.from({ length: n }, (_, i) => `${String(i).padStart(10, '0')},A,2024-06-03\n`).join('')}` });

describe('issue 16 #1: a link planted at a name kbk writes is refused (73), never followed', () => {
  it('at the lock', () => {
    const dir = tmp();
    const f = korban();
    symlinkSync(f, join(dir, '.kbk.lock'));
    expect(lempar(() => tulisSet(baru(dir)))).toBe(ada('a symbolic link', join(dir, '.kbk.lock')));
    utuh(f);
    expect(isi(dir)).toEqual({ '.kbk.lock': '-> link' });
  });

  it('at the lock-takeover guard, when a dead run left its lock', () => {
    const dir = tmp();
    const f = korban();
    writeFileSync(join(dir, '.kbk.lock'), `${MATI}\n${hostname()}\n2026-01-01T00:00:00.000Z\n`);
    symlinkSync(f, join(dir, '.kbk.lock.ambil'));
    expect(lempar(() => tulisSet(baru(dir)))).toBe(ada('a symbolic link', join(dir, '.kbk.lock.ambil')));
    utuh(f);
  });

  it('at the journal', () => {
    const dir = tmp();
    const f = korban();
    symlinkSync(f, join(dir, '.kbk-jurnal.json'));
    expect(lempar(() => tulisSet(baru(dir)))).toBe(ada('a symbolic link', join(dir, '.kbk-jurnal.json')));
    utuh(f);
    expect(isi(dir)).toEqual({ '.kbk-jurnal.json': '-> link' }); // no lock, no temporary left
  });

  it("at a report's own name: refused before anything is written", () => {
    const dir = tmp();
    const f = korban();
    symlinkSync(f, join(dir, 'tolak-2024-06.csv'));
    expect(lempar(() => tulisSet(baru(dir)))).toBe(
      `${join(dir, 'tolak-2024-06.csv')}: this report's name is a symbolic link; kbk does not write a report where a link is: remove the link, or choose another --out`,
    );
    utuh(f);
    expect(isi(dir)).toEqual({ 'tolak-2024-06.csv': '-> link' });
  });

  it('through the CLI: 73 naming the link, nothing written outside --out', async () => {
    const out = tmp();
    const f = korban();
    symlinkSync(f, join(out, 'capaian-2024-06.csv'));
    const r = await kbk(['compute', '--data', tinyMonth(), '--month', '2024-06', '--out', out]);
    expect(r.code).toBe(73);
    expect(r.err).toContain(`kbk: error: ${join(out, 'capaian-2024-06.csv')}: this report's name is a symbolic link; kbk does not write a report where a link is: remove the link, or choose another --out\n`);
    utuh(f);
    expect(isi(out)).toEqual({ 'capaian-2024-06.csv': '-> link' });
  });

  // The temporaries' names are random (crypto.randomBytes): an attacker cannot plant at
  // them in advance, and a stale one is removed under the lock before writing. Here the
  // random source is made predictable and plants at the name the instant it is drawn —
  // the race an attacker would have to win — to show that the open itself refuses.
  it.each([
    ['a link at a temporary', `.kbk-${TOKEN}-tolak-2024-06.csv.tmp`, 'link', 'a symbolic link'],
    ['a file (a hard link to another file) at a temporary', `.kbk-${TOKEN}-capaian-2024-06.csv.tmp`, 'hard', 'a file'],
    ['a link at a backup', `.kbk-${TOKEN}-capaian-2024-06.csv.lama`, 'link', 'a symbolic link'],
  ])('%s: 73 naming it, the file it points at untouched, the previous set kept', (_what, nama, jenis, kata) => {
    const dir = tmp();
    writeFileSync(join(dir, 'capaian-2024-06.csv'), 'lama capaian\n');
    const f = korban();
    const acak = (): string => {
      if (jenis === 'link') symlinkSync(f, join(dir, nama));
      else linkSync(f, join(dir, nama));
      return TOKEN;
    };
    expect(lempar(() => tulisSet(baru(dir), { acak }))).toBe(ada(kata, join(dir, nama)));
    utuh(f);
    // What kbk created is gone; what was planted is left for whoever looks into it.
    expect(readdirSync(dir).sort()).toEqual(['capaian-2024-06.csv', nama].sort());
    expect(readFileSync(join(dir, 'capaian-2024-06.csv'), 'utf8')).toBe('lama capaian\n');
  });

  it('the random source is drawn once a set', () => {
    const dir = tmp();
    const dilihat: string[] = [];
    for (let i = 0; i < 2; i++)
      tulisSet(baru(dir), {
        acak: () => {
          const t = (['1', '2'][i] as string).repeat(24);
          dilihat.push(t);
          return t;
        },
      });
    expect(dilihat).toEqual(['1'.repeat(24), '2'.repeat(24)]);
    expect(isi(dir)).toEqual({ 'capaian-2024-06.csv': 'baru capaian\n', 'tolak-2024-06.csv': 'baru tolak\n' });
  });

  it("a killed run's temporaries with random names are removed by the next run, its journal finished", () => {
    const dir = tmp();
    writeFileSync(join(dir, 'capaian-2024-06.csv'), 'baru capaian\n');
    writeFileSync(join(dir, 'tolak-2024-06.csv'), 'lama tolak\n');
    writeFileSync(join(dir, `.kbk-${TOKEN}-tolak-2024-06.csv.tmp`), 'baru tolak\n');
    writeFileSync(join(dir, `.kbk-${TOKEN}-capaian-2024-06.csv.lama`), 'lama capaian\n');
    const pasangan = ['capaian-2024-06.csv', 'tolak-2024-06.csv'].map((f) => ({ tmp: join(dir, `.kbk-${TOKEN}-${f}.tmp`), target: join(dir, f) }));
    writeFileSync(join(dir, '.kbk-jurnal.json'), JSON.stringify({ pid: MATI, pasangan }));
    writeFileSync(join(dir, `.kbk-${'cd'.repeat(12)}-rekap-2024-06.csv.tmp`), 'x');
    tulisSet([{ path: join(dir, 'capaian-2024-05.csv'), content: 'mei\n' }]);
    expect(isi(dir)).toEqual({ 'capaian-2024-05.csv': 'mei\n', 'capaian-2024-06.csv': 'baru capaian\n', 'tolak-2024-06.csv': 'baru tolak\n' });
  });

  it('owner-only reports stay 0600, in a folder kbk created 0700', () => {
    const dir = join(tmp(), 'a', 'b');
    tulisSet(baru(dir));
    expect(mode(join(dir, 'tolak-2024-06.csv'))).toBe(0o600);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, '..'))).toBe(0o700);
  });
});

describe('issue 16 #1: the output folder', () => {
  it('is created 0700 under umask 000 (its missing parents too)', () => {
    const out = join(tmp(), 'baru', 'laporan');
    const r = spawnSync('sh', ['-c', `umask 000 && exec "${process.execPath}" "${join(ROOT, 'bin/kbk.js')}" compute --data "${tinyMonth()}" --month 2024-06 --out "${out}"`], { encoding: 'utf8', env: ENV_PROSES });
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    expect(mode(out)).toBe(0o700);
    expect(mode(join(out, '..'))).toBe(0o700);
    // Reports never wider than 0644 (nobody else may change a payment), the rejects owner-only.
    expect([mode(join(out, 'capaian-2024-06.csv')), mode(join(out, 'tolak-2024-06.csv'))]).toEqual([0o644, 0o600]);
  });

  it('a 0777 --out is refused (73, naming it and its mode); --izinkan-folder-bersama accepts it', async () => {
    const out = tmp();
    chmodSync(out, 0o777);
    const args = ['compute', '--data', tinyMonth(), '--month', '2024-06', '--out', out];
    const r = await kbk(args);
    expect(r.code).toBe(73);
    expect(r.err).toContain(
      `kbk: error: ${out}: the output folder is writable by other users (mode 0777, no sticky bit); anyone there can plant or swap report files: use a folder of your own (chmod go-w), or --izinkan-folder-bersama when this is meant\n`,
    );
    expect(readdirSync(out)).toEqual([]);
    const id = await kbkKode(73, [...args, '--lang', 'id']);
    expect(id.err).toContain(`${out}: folder keluaran dapat ditulisi pengguna lain (mode 0777, tanpa sticky bit)`);
    const ok = await kbk([...args, '--izinkan-folder-bersama']);
    expect(ok.code).toBe(0);
    expect(readdirSync(out)).toContain('capaian-2024-06.csv');
  });

  it('a group-writable 0775 --out is refused too; a 1777 (sticky, like /tmp) and a 0755 are accepted', async () => {
    const run = (out: string) => kbk(['compute', '--data', tinyMonth(), '--month', '2024-06', '--out', out]);
    const grup = tmp();
    chmodSync(grup, 0o775);
    expect((await run(grup)).code).toBe(73);
    for (const m of [0o1777, 0o755]) {
      const out = tmp();
      chmodSync(out, m);
      const r = await run(out);
      expect(r.code).toBe(0);
      expect(readdirSync(out)).toContain('capaian-2024-06.csv');
    }
  });

  it('every command with --out takes --izinkan-folder-bersama', async () => {
    for (const cmd of ['compute', 'pay', 'run', 'audit', 'banding', 'validate', 'proyeksi', 'gabung']) {
      const r = await kbkKode(0, [cmd, '--help']);
      expect(r.out, cmd).toContain('--izinkan-folder-bersama');
    }
    const r = await kbkKode(0, ['explain', '--help']);
    expect(r.out).not.toContain('--izinkan-folder-bersama');
  });

  it('gabung and validate refuse a shared --out and accept it with the option', async () => {
    const out = tmp();
    chmodSync(out, 0o777);
    const v = await kbk(['validate', '--data', tinyMonth(), '--month', '2024-06', '--out', out]);
    expect(v.code).toBe(73);
    expect((await kbk(['validate', '--data', tinyMonth(), '--month', '2024-06', '--out', out, '--izinkan-folder-bersama'])).code).toBe(0);
    // Two branches: facility A, and the same month as facility B.
    const dataB = tinyMonth();
    for (const f of ['fktp.csv', ...['peserta', 'kontak', 'rujukan', 'prolanis'].map((n) => `2024-06/${n}.csv`)])
      writeFileSync(join(dataB, f), readFileSync(join(dataB, f), 'utf8').replace(/^A,Puskesmas A/m, 'B,Puskesmas B').replace(/,A,/g, ',B,').replace(/,A\n/g, ',B\n'));
    const cabang = [tmp(), tmp()];
    for (const [i, data] of [tinyMonth(), dataB].entries()) expect((await kbk(['compute', '--data', data, '--month', '2024-06', '--out', cabang[i] as string, '-q'])).code).toBe(0);
    const g = tmp();
    chmodSync(g, 0o777);
    const r = await kbk(['gabung', ...cabang, '--out', g]);
    expect(r.code).toBe(73);
    expect(r.err).toContain(`kbk: error: ${g}: the output folder is writable by other users (mode 0777, no sticky bit)`);
    expect((await kbk(['gabung', ...cabang, '--out', g, '--izinkan-folder-bersama'])).code).toBe(0);
  });
});

describe('issue 16 #1, #6: the rejects spill', () => {
  // TMPDIR of the runs under test (the test's own temporary folders stay where they are).
  let sementara: string;
  beforeEach(() => {
    sementara = tmp('kbk-tmpdir-');
  });

  it('is a private 0700 folder made by mkdtemp holding a 0600 file, removed with the store', () => {
    const asli = process.env.TMPDIR;
    process.env.TMPDIR = sementara;
    onTestFinished(() => {
      if (asli === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = asli;
    });
    const p = new Penolakan({ strict: false, maxRejectRate: 1, batasMemori: 2 });
    for (let i = 0; i < 5; i++) p.tolak({ file: 'kontak.csv', baris: i + 2, kolom: 'no_kartu', alasan: 'bad', jenis: 'not a 13-digit card', isi: `${i}` });
    const [folder] = readdirSync(sementara);
    expect(folder).toMatch(new RegExp(`^kbk-tolak-${process.pid}-[A-Za-z0-9]{6}$`));
    expect(mode(join(sementara, folder as string))).toBe(0o700);
    expect(readdirSync(join(sementara, folder as string))).toEqual(['tolak.jsonl']);
    expect(mode(join(sementara, folder as string, 'tolak.jsonl'))).toBe(0o600);
    expect([...p.semua()].map((t) => t.baris)).toEqual([2, 3, 4, 5, 6]);
    p.tutup();
    expect(readdirSync(sementara)).toEqual([]);
  });

  it.each([
    ['exit 0', ['--max-reject-rate', '100'], 0],
    ['exit 65 (rejects over the threshold)', [], 65],
  ])('is removed after %s', (_what, more, code) => {
    const out = tmp();
    const r = bin(['compute', '--data', banyakTolak(60_000), '--month', '2024-06', '--out', out, ...more], { TMPDIR: sementara });
    expect(r.status).toBe(code);
    // The rows went through the spill: all 60,000 are in the rejects file.
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8').split('\n').length).toBe(60_000 + 2);
    expect(readdirSync(sementara)).toEqual([]);
  });

  it('is removed after SIGTERM', async () => {
    const out = tmp();
    const p = spawn(process.execPath, [join(ROOT, 'bin/kbk.js'), 'compute', '--data', banyakTolak(300_000), '--month', '2024-06', '--out', out, '--max-reject-rate', '100'], {
      env: { ...ENV_PROSES, TMPDIR: sementara },
      stdio: 'ignore',
    });
    const exit = new Promise<number | null>((resolve) => p.on('exit', (c) => resolve(c)));
    const started = Date.now();
    while (readdirSync(sementara).length === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 5));
    const [folder] = readdirSync(sementara);
    expect(folder).toMatch(/^kbk-tolak-\d+-[A-Za-z0-9]{6}$/);
    expect(mode(join(sementara, folder as string))).toBe(0o700);
    p.kill('SIGTERM');
    expect(await exit).toBe(143);
    expect(readdirSync(sementara)).toEqual([]);
  });

  it("a killed run's spill (its pid gone) is removed by the next run, even one that does not spill; a live run's, another's link and the file it points at stay", () => {
    const mati = join(sementara, `kbk-tolak-${MATI}-aB3xYz`);
    mkdirSync(mati, { mode: 0o700 });
    writeFileSync(join(mati, 'tolak.jsonl'), '{"isi":"0000000120070"}\n', { mode: 0o600 });
    writeFileSync(join(sementara, `kbk-tolak-${MATI}-1700000000000.jsonl`), '{}\n'); // kbk before the private folder
    const hidup = join(sementara, `kbk-tolak-${process.pid}-Hidup1`);
    mkdirSync(hidup, { mode: 0o700 });
    const f = korban();
    symlinkSync(join(f, '..'), join(sementara, `kbk-tolak-${MATI - 1}-Tautan`));
    const r = bin(['compute', '--data', tinyMonth(), '--month', '2024-06', '--out', tmp()], { TMPDIR: sementara });
    expect(r.status).toBe(0);
    expect(readdirSync(sementara).sort()).toEqual([`kbk-tolak-${MATI - 1}-Tautan`, `kbk-tolak-${process.pid}-Hidup1`].sort());
    utuh(f);
  });
});

// A full TMPDIR: a 200 KiB tmpfs, where the machine allows mounting one (root, Linux), as in tulis-set.test.ts.
const bisaMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = tmp('kbk-tmpfs-spill-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', dir]);
  return r.status === 0 ? dir : null;
})();
// Taken down after the file, whether or not its test ran (a filtered run skips the test's own umount).
afterAll(() => {
  if (bisaMount !== null) spawnSync('umount', [bisaMount]);
});
if (bisaMount === null) console.log('tulis-aman: cannot mount a tmpfs here (needs root on Linux): the full-TMPDIR test is skipped');

describe.skipIf(bisaMount === null)('issue 15: a full TMPDIR while the rejects spill is written', () => {
  it('exits 73 naming the spill, no stack trace, and leaves no spill behind', () => {
    const mnt = bisaMount as string;
    try {
      const out = tmp();
      const r = bin(['compute', '--data', banyakTolak(80_000), '--month', '2024-06', '--out', out, '--max-reject-rate', '100', '-q'], { TMPDIR: mnt });
      expect(r.status).toBe(73);
      expect(r.stderr).toMatch(
        new RegExp(
          `^kbk: error: ${mnt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/kbk-tolak-\\d+-[A-Za-z0-9]{6}/tolak\\.jsonl: the rejected rows cannot be written to their temporary file \\(ENOSPC\\); the temporary folder \\(TMPDIR\\) is full: free space there, or point TMPDIR at another folder\\n$`,
        ),
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(mnt)).toEqual([]);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
