// Issue 7 #9: the report set is one unit. A run writes all its files or none; a killed
// run's leftovers are finished or removed by the next; two runs on one folder take turns;
// SIGTERM removes the run's temporaries.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError } from '../src/errors.js';
import { tulisSet } from '../src/report/write.js';
import { ENV_PROSES, FIXTURES, ROOT, tinyMonth, tmp } from './helpers.js';

/** A pid no process has (above Linux's pid_max). */
const MATI = 99_999_999;
const isi = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const lamaDi = (dir: string): void => {
  writeFileSync(join(dir, 'capaian-2024-06.csv'), 'lama capaian\n');
  writeFileSync(join(dir, 'tolak-2024-06.csv'), 'lama tolak\n');
};
const baru = (dir: string) => [
  { path: join(dir, 'capaian-2024-06.csv'), content: 'baru capaian\n' },
  { path: join(dir, 'tolak-2024-06.csv'), content: 'baru tolak\n' },
];

describe('issue 7 #9: all files or none', () => {
  it('a write that fails part-way (disk full) leaves the previous set and no temporary', () => {
    const dir = tmp();
    lamaDi(dir);
    const penuh = () =>
      (function* () {
        yield 'baru tolak, sebagian\n';
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      })();
    expect(() => tulisSet([baru(dir)[0] as { path: string; content: string }, { path: join(dir, 'tolak-2024-06.csv'), content: penuh }])).toThrow(
      expect.objectContaining({ name: 'OutputError', message: `${dir}: the report tolak-2024-06.csv cannot be written in this folder: the disk is full` }),
    );
    expect(isi(dir)).toEqual({ 'capaian-2024-06.csv': 'lama capaian\n', 'tolak-2024-06.csv': 'lama tolak\n' });
  });

  it('a rename that fails puts back the files already replaced', () => {
    const dir = tmp();
    lamaDi(dir);
    mkdirSync(join(dir, 'kapitasi-2024-07.csv')); // a folder where the last file must go
    const files = [...baru(dir), { path: join(dir, 'kapitasi-2024-07.csv'), content: 'baru kapitasi\n' }];
    expect(() => tulisSet(files)).toThrow(OutputError);
    expect(readdirSync(dir).sort()).toEqual(['capaian-2024-06.csv', 'kapitasi-2024-07.csv', 'tolak-2024-06.csv']);
    expect(readFileSync(join(dir, 'capaian-2024-06.csv'), 'utf8')).toBe('lama capaian\n');
    expect(readFileSync(join(dir, 'tolak-2024-06.csv'), 'utf8')).toBe('lama tolak\n');
  });

  it('a set a killed run left half renamed is finished by the next run, from its journal', () => {
    const dir = tmp();
    // Killed after renaming capaian, before tolak.
    writeFileSync(join(dir, 'capaian-2024-06.csv'), 'baru capaian\n');
    writeFileSync(join(dir, 'tolak-2024-06.csv'), 'lama tolak\n');
    writeFileSync(join(dir, `.kbk-${MATI}-tolak-2024-06.csv.tmp`), 'baru tolak\n');
    writeFileSync(join(dir, `.kbk-${MATI}-capaian-2024-06.csv.lama`), 'lama capaian\n');
    const pasangan = ['capaian-2024-06.csv', 'tolak-2024-06.csv'].map((f) => ({ tmp: join(dir, `.kbk-${MATI}-${f}.tmp`), target: join(dir, f) }));
    writeFileSync(join(dir, '.kbk-jurnal.json'), JSON.stringify({ pid: MATI, pasangan }));
    tulisSet([{ path: join(dir, 'capaian-2024-05.csv'), content: 'mei\n' }]);
    expect(isi(dir)).toEqual({ 'capaian-2024-05.csv': 'mei\n', 'capaian-2024-06.csv': 'baru capaian\n', 'tolak-2024-06.csv': 'baru tolak\n' });
  });

  it("a killed run's temporaries (this kbk's and the older .NAME.PID.tmp) are removed by the next run", () => {
    const dir = tmp();
    for (const f of [`.kbk-${MATI}-capaian-2024-06.csv.tmp`, `.capaian-2024-06.csv.${MATI}.tmp`, `.kbk-${MATI}-jurnal.tmp`]) writeFileSync(join(dir, f), 'x');
    writeFileSync(join(dir, 'catatan-saya.txt'), 'not kbk');
    tulisSet(baru(dir));
    expect(readdirSync(dir).sort()).toEqual(['capaian-2024-06.csv', 'catatan-saya.txt', 'tolak-2024-06.csv']);
  });
});

describe('issue 7 #9: two runs on one folder', () => {
  it('a lock held by a live run makes the next wait, then give up with 73', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.kbk.lock'), `${process.ppid}\n${hostname()}\n2026-01-01T00:00:00.000Z\n`);
    expect(() => tulisSet(baru(dir), { tungguKunci: 300 })).toThrow(
      expect.objectContaining({ name: 'OutputError', message: `${dir}: another kbk run (pid ${process.ppid}) is writing its reports in this folder; try again when it has finished` }),
    );
    expect(readdirSync(dir)).toEqual(['.kbk.lock']);
  });

  it('a lock left by a killed run is taken over', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.kbk.lock'), `${MATI}\n${hostname()}\n2026-01-01T00:00:00.000Z\n`);
    tulisSet(baru(dir));
    expect(isi(dir)).toEqual({ 'capaian-2024-06.csv': 'baru capaian\n', 'tolak-2024-06.csv': 'baru tolak\n' });
  });

  it('two kbk run at once on one --out: both succeed and the folder holds one complete set', async () => {
    const out = tmp();
    const run = () =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, [join(ROOT, 'bin/kbk.js'), 'run', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out], { stdio: 'ignore', env: ENV_PROSES });
        p.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const expected = join(FIXTURES, 'demo', 'expected');
    expect(isi(out)).toEqual(isi(expected));
  });
});

describe('issue 7 #9: signals', () => {
  it("SIGTERM in the middle of a run removes the run's temporary files and exits 143", async () => {
    // 300,000 bad contact rows: the rejects spill to a temporary file past 50,000.
    const bad = Array.from({ length: 300_000 }, (_, i) => `${String(i).padStart(10, '0')},A,2024-06-03\n`).join('');
    const data = tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${bad}` });
    const sementara = tmp();
    const out = tmp();
    const p = spawn(process.execPath, [join(ROOT, 'bin/kbk.js'), 'compute', '--data', data, '--month', '2024-06', '--out', out, '--max-reject-rate', '100'], {
      env: { ...ENV_PROSES, TMPDIR: sementara },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    const exit = new Promise<number | null>((resolve) => p.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (readdirSync(sementara).length === 0 && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 5));
    expect(readdirSync(sementara)[0]).toMatch(/^kbk-tolak-\d+-[A-Za-z0-9]{6}$/); // the private spill folder (issue 16)
    p.kill('SIGTERM');
    expect(await exit).toBe(143);
    expect(err).toContain("kbk: stopped by SIGTERM; this run's temporary files are removed, no report of it written\n");
    expect(readdirSync(sementara)).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });
});

// A real full disk: a 200 KiB tmpfs, where the machine allows mounting one (root, Linux).
const bisaMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = tmp('kbk-tmpfs-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', dir]);
  return r.status === 0 ? dir : null;
})();
// Taken down after the file, whether or not its test ran (a filtered run skips the test's own umount).
afterAll(() => {
  if (bisaMount !== null) spawnSync('umount', [bisaMount]);
});

describe.skipIf(bisaMount === null)('issue 7 #9: a disk that fills up while the set is written', () => {
  it('exits 73 and leaves the previous set, whatever file the space runs out on', () => {
    const mnt = bisaMount as string;
    try {
      const out = join(mnt, 'out');
      const run = () => spawnSync(process.execPath, [join(ROOT, 'bin/kbk.js'), 'run', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out], { encoding: 'utf8', env: ENV_PROSES });
      expect(run().status).toBe(0);
      const sebelum = isi(out);
      let gagal = 0;
      // Fill the disk to leave 4..20 KiB: the set (~9 KiB) runs out on a different file each time.
      for (const kib of [20, 12, 8, 4]) {
        rmSync(join(mnt, 'isi'), { force: true });
        spawnSync('dd', ['if=/dev/zero', `of=${join(mnt, 'isi')}`, 'bs=1k', `count=${200 - 20 - kib}`]);
        const r = run();
        if (r.status === 0) continue; // it fitted
        gagal++;
        expect(r.status).toBe(73);
        // The folder and the report (or "the reports" when the folder's own bookkeeping ran out), the cause in words: no errno, no lock or journal name.
        expect(r.stderr).toMatch(/kbk: error: .*\/out: the reports? (\S+ )?cannot be written in this folder: the disk is full\n$/);
        expect(isi(out)).toEqual(sebelum);
      }
      expect(gagal).toBeGreaterThan(0);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
