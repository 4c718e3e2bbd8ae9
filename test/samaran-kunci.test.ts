// Issue 16 #4: the --samarkan key. Read to at most 4 KiB (a larger file, /dev/zero, is
// refused at once), owner-only unless --izinkan-kunci-terbuka, at least 16 bytes, and not
// easy to guess (repeats, runs, repeated patterns, common words). Each refusal is a usage
// error (64): the key is a setting of the run, not the month's data.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kekuatanKunci } from '../src/report/samaran.js';
import { kbk, kbkKode, tinyMonth, tmp } from './helpers.js';

function kunciFile(isi: string | Buffer, mode = 0o600): string {
  const path = join(tmp(), 'kbk.key');
  writeFileSync(path, isi);
  chmodSync(path, mode);
  return path;
}

const data = tinyMonth();
const compute = (...more: string[]) => kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), ...more]);
/** Keys from `openssl rand -hex 32` and `openssl rand -base64 12`. */
const ACAK_HEX = '3f9a0c6e2b7d41f8a5c3e09b6d2f7a14c8e1b5d03a9f6c2e7b4d8a1f0c5e3b92';
const ACAK_B64 = 'q7Xz2LpR9vKc3mWd';

const lemah = (p: string, acak: number, n: number, kata: string) =>
  `kbk: error: --samarkan ${p}: the key is easy to guess: only ${acak} of its ${n} bytes are not a repeat (aaaa), a run (abcd, 1234), a repeated pattern (abcabc) or a common word${kata}; it needs at least 8: use random bytes (openssl rand -hex 32 > ${p}) (see kbk compute --help)\n`;

describe('--samarkan refuses a weak key, saying why', () => {
  it.each([
    ['16 × a', 'a'.repeat(16), 1, ''],
    ['16 NUL bytes', Buffer.alloc(16), 1, ''],
    ['password12345678', 'password12345678\n', 2, ' (here: password)'],
    ['0123456789abcdef', '0123456789abcdef', 2, ''],
    ['abcabcabcabcabca', 'abcabcabcabcabca', 2, ''],
    ['qwertyuiopasdfgh', 'qwertyuiopasdfgh', 2, ' (here: qwertyuiop, asdfgh)'],
    ['Rahasia-Kunci-2024-BPJS', 'Rahasia-Kunci-2024-BPJS', 7, ' (here: rahasia, kunci, 2024, bpjs)'],
  ])('%s → 64', async (_nama, isi, acak, kata) => {
    const p = kunciFile(isi);
    const r = await compute('--samarkan', p);
    expect([r.code, r.err]).toEqual([64, lemah(p, acak, Buffer.from(typeof isi === 'string' ? isi.replace(/\n$/, '') : isi).length, kata)]);
    expect(r.out).toBe('');
  });

  it('the estimate: random keys keep nearly every byte; runs, repeats and words count as one', () => {
    expect(kekuatanKunci(Buffer.from(ACAK_HEX)).acak).toBeGreaterThanOrEqual(50);
    expect(kekuatanKunci(Buffer.from(ACAK_B64)).acak).toBe(16);
    expect(kekuatanKunci(Buffer.from('xy12xy12xy12xy12'))).toEqual({ acak: 3, kata: [] });
    expect(kekuatanKunci(Buffer.from('PASSWORDpassword'))).toEqual({ acak: 2, kata: ['password', 'password'] });
  });

  it('a random key is accepted (openssl rand -hex 32, and a 16-byte base64 one)', async () => {
    for (const k of [`${ACAK_HEX}\n`, ACAK_B64]) {
      const r = await compute('--samarkan', kunciFile(k));
      expect(r.code, r.err).toBe(0);
    }
  });
});

describe('--samarkan reads at most 4 KiB', () => {
  it('/dev/zero is refused at once (64), not read forever', async () => {
    const r = await compute('--samarkan', '/dev/zero');
    expect([r.code, r.err]).toEqual([64, 'kbk: error: --samarkan /dev/zero: the key file has more than 4,096 bytes; a key is a few dozen bytes (e.g. openssl rand -hex 32 > FILE) (see kbk compute --help)\n']);
  });

  it('4,096 bytes are read; 4,097 are refused', async () => {
    const blok = ACAK_HEX.repeat(64); // 4,096 bytes
    expect((await compute('--samarkan', kunciFile(blok))).code).toBe(0);
    const p = kunciFile(`${blok}\n`);
    const r = await compute('--samarkan', p);
    expect([r.code, r.err]).toEqual([64, `kbk: error: --samarkan ${p}: the key file has more than 4,096 bytes; a key is a few dozen bytes (e.g. openssl rand -hex 32 > FILE) (see kbk compute --help)\n`]);
  });
});

describe('--samarkan refuses a key file others can read or change, unless --izinkan-kunci-terbuka', () => {
  it.each([0o640, 0o604, 0o620, 0o644])('mode %o → 64', async (mode) => {
    const p = kunciFile(ACAK_HEX, mode);
    const r = await compute('--samarkan', p);
    const m = mode.toString(8).padStart(4, '0');
    expect([r.code, r.err]).toEqual([64, `kbk: error: --samarkan ${p}: the key file can be read or changed by others than its owner (mode ${m}); the key is what keeps the hashed card numbers private: chmod 600 ${p}, or --izinkan-kunci-terbuka to use it anyway (see kbk compute --help)\n`]);
  });

  it('--izinkan-kunci-terbuka accepts it with a warning that --quiet keeps; 0400 needs nothing', async () => {
    const p = kunciFile(ACAK_HEX, 0o644);
    const r = await compute('--samarkan', p, '--izinkan-kunci-terbuka', '--quiet');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`kbk: warning: --samarkan ${p} can be read by others than its owner; the key is what keeps the hashed card numbers private (chmod 600 ${p})\n`);
    const r2 = await compute('--samarkan', kunciFile(ACAK_HEX, 0o400), '--quiet');
    expect(r2.code, r2.err).toBe(0);
    expect(r2.err).not.toContain('--samarkan');
  });

  it('a weak key is refused even with --izinkan-kunci-terbuka; a short one says its length', async () => {
    const p = kunciFile('a'.repeat(16), 0o644);
    expect((await compute('--samarkan', p, '--izinkan-kunci-terbuka')).code).toBe(64);
    const pendek = kunciFile('q7Xz2LpR');
    const r = await compute('--samarkan', pendek);
    expect([r.code, r.err]).toEqual([64, `kbk: error: --samarkan ${pendek}: the key has 8 bytes; use at least 16 (e.g. openssl rand -hex 32 > ${pendek}) (see kbk compute --help)\n`]);
  });

  it('every command that takes --samarkan takes --izinkan-kunci-terbuka', async () => {
    for (const cmd of ['compute', 'pay', 'run', 'audit', 'banding']) {
      const r = await kbkKode(0, [cmd, '--help']);
      expect(r.out, cmd).toContain('--samarkan <keyfile>');
      expect(r.out, cmd).toContain('--izinkan-kunci-terbuka');
    }
  });
});
