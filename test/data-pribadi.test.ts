// Issue 11 #6: card numbers are personal data (UU 27/2022). Files that list people are
// owner-only, the terminal masks them, and --samarkan replaces them by a keyed hash that a
// facility holding the key can compute itself (the expected hashes below come from
// `printf %s CARD | openssl dgst -sha256 -hmac KEY`, not from kbk).
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { gantiKartu, masker, samarkanKartu } from '../src/report/samaran.js';
import { kbk, tinyMonth, tmp } from './helpers.js';

// Random hex (the earlier 'kunci-rahasia-cabang-0123456789' is words and a run: refused as easy to guess since issue 16).
const KUNCI = '9f3c1a7e5b2d8046c1e9a3f7b5d20c84';
/** HMAC-SHA-256(KUNCI, "9000000002") by openssl. */
const HMAC_9000000002 = 'e93d5494b1a167ca8ac0a44ce5ec16f527f9f318006498a66f9e9bb28663fcde';

/** The tiny month with one contact whose card lost its leading zeros (a rejected row quoting the card). */
const bulanDenganTolak = (): string =>
  tinyMonth({ 'kontak.csv': 'no_kartu,kode_ppk,tgl_kontak\n0009000000001,A,2024-06-03\n9000000002,A,2024-06-04\n0009000000003,A,2024-06-05\n' });
const tolakRows = (out: string): Record<string, string>[] => parse(readFileSync(join(out, 'tolak-2024-06.csv')), { columns: true }) as Record<string, string>[];

function kunciFile(isi = `${KUNCI}\n`, mode = 0o600): string {
  const path = join(tmp(), 'kbk.key');
  writeFileSync(path, isi);
  chmodSync(path, mode);
  return path;
}

describe('masking and hashing card numbers (src/report/samaran.ts)', () => {
  it('masks a card to its first 4 and last 3 digits, and only card-like numbers in a text', () => {
    expect(samarkanKartu('0001010000678')).toBe('0001••••••678');
    expect(masker('no_kartu "0001010000678" at line 3; 9000000002 too')).toBe('no_kartu "0001••••••678" at line 3; 9000•••002 too');
    // Not cards: a date, Rupiah with separators, a short count. A run of 9 or more digits is
    // masked whatever stands beside it (issue 16): a referral number's run too.
    expect(masker('R202406010001 2024-06-14 Rp 237.244.189 34,201 rows 12345678')).toBe('R2024•••••001 2024-06-14 Rp 237.244.189 34,201 rows 12345678');
    expect(gantiKartu('9000000002,A,2024-06-04', (k) => `<${k.length}>`)).toBe('<10>,A,2024-06-04');
  });
});

describe('kbk and personal data', () => {
  it('writes the rejects owner-only (0600) and the reports as usual', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', bulanDenganTolak(), '--month', '2024-06', '--out', out, '--max-reject-rate', '50']);
    expect(r.code, r.err).toBe(0);
    expect(statSync(join(out, 'tolak-2024-06.csv')).mode & 0o777).toBe(0o600);
    expect(statSync(join(out, 'capaian-2024-06.csv')).mode & 0o077).not.toBe(0);
    // The rejects keep the row as it was: the analyst must find and fix it.
    expect(tolakRows(out).map((t) => t.isi)).toEqual(['9000000002,A,2024-06-04']);
  });

  it('masks card numbers on stderr, also when a bad row stops the run', async () => {
    const r = await kbk(['compute', '--data', bulanDenganTolak(), '--month', '2024-06', '--out', tmp(), '--strict']);
    expect(r.code).toBe(65);
    expect(r.err).toContain('kbk: error: 2024-06/kontak.csv:3 column no_kartu: no_kartu "9000•••002" has 10 digits');
    expect(r.err).not.toContain('9000000002');
  });

  it('--samarkan KEYFILE: the rejects carry the keyed hash instead of the card, in isi and alasan', async () => {
    const out = tmp();
    const r = await kbk(['compute', '--data', bulanDenganTolak(), '--month', '2024-06', '--out', out, '--max-reject-rate', '50', '--samarkan', kunciFile()]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('--samarkan');
    const [t] = tolakRows(out);
    expect(t?.isi).toBe(`${HMAC_9000000002},A,2024-06-04`);
    expect(t?.alasan).toBe(`no_kartu "${HMAC_9000000002}" has 10 digits, not 13: its leading zeros were probably lost (Excel stores the column as a number); kbk does not pad it, export the column as text`);
    expect(readFileSync(join(out, 'tolak-2024-06.csv'), 'utf8')).not.toContain('9000000002');
  });

  it('--samarkan refuses a short or missing key, and a key others can read unless --izinkan-kunci-terbuka (then a warning)', async () => {
    const data = bulanDenganTolak();
    const pendek = kunciFile('rahasia\n');
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--samarkan', pendek]);
    expect([r.code, r.err]).toEqual([64, `kbk: error: --samarkan ${pendek}: the key has 7 bytes; use at least 16 (e.g. openssl rand -hex 32 > ${pendek}) (see kbk compute --help)\n`]);
    const r2 = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--samarkan', '/nonexistent/kbk.key']);
    expect([r2.code, r2.err]).toEqual([66, 'kbk: error: --samarkan /nonexistent/kbk.key: cannot read the key file (ENOENT)\n']);
    const terbuka = kunciFile(`${KUNCI}\n`, 0o644);
    const r3 = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', tmp(), '--max-reject-rate', '50', '--samarkan', terbuka, '--izinkan-kunci-terbuka']);
    expect(r3.code).toBe(0);
    expect(r3.err).toContain(`kbk: warning: --samarkan ${terbuka} can be read by others than its owner; the key is what keeps the hashed card numbers private (chmod 600 ${terbuka})\n`);
  });
});
