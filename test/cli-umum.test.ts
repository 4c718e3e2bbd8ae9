// Issue 12: what every command shares — --quiet for cron, a config file for the defaults it
// repeats (the command line wins), colours by FORCE_COLOR/NO_COLOR, --json where a command
// prints a result.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');

describe('--quiet', () => {
  it('a clean run says nothing on stderr; the reports are written all the same', async () => {
    const out = tmp();
    const r = await kbk(['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    // The demo's only warning-level line: 2024-05's signals none, so nothing at all.
    expect(r.err).toBe('');
    expect(readdirSync(out)).toContain('kapitasi-2024-07.csv');
    const loud = await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', tmp()]);
    expect(loud.err.split('\n').length).toBeGreaterThan(20);
  });

  it('keeps warnings and errors', async () => {
    const data = join(tmp(), 'demo');
    const { cpSync, rmSync } = await import('node:fs');
    cpSync(DEMO, data, { recursive: true });
    rmSync(join(data, '2024-05'), { recursive: true });
    const r = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '-q']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('kbk: warning: 2024-05: no month folder in ' + data + '; averaging over the months present\n');
    const bad = await kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), '-q', '--wajib-lengkap']);
    expect(bad.code).toBe(65);
    expect(bad.err).toContain('kbk: error: --wajib-lengkap:');
  });
});

describe('a config file', () => {
  function folderKerja(konfig: Record<string, unknown>, nama = 'kbk.config.json'): string {
    const dir = tmp();
    writeFileSync(join(dir, nama), JSON.stringify(konfig));
    mkdirSync(join(dir, 'sub', 'dalam'), { recursive: true });
    mkdirSync(join(dir, '.git')); // a repository root: the search from below stops here (issue 16)
    return dir;
  }

  it('gives the defaults a cron repeats, found from the working folder up; paths are relative to the file', async () => {
    const dir = folderKerja({ data: DEMO, out: 'laporan', 'max-reject-rate': '2', quiet: true });
    const r = await kbk(['run', '--month', '2024-07'], { cwd: join(dir, 'sub', 'dalam') });
    // --quiet keeps the one line that says which file set what (issue 16).
    expect([r.code, r.err]).toEqual([0, `kbk: using kbk.config.json (${join(dir, 'kbk.config.json')}): data, out, max-reject-rate, quiet\n`]);
    expect(readdirSync(join(dir, 'laporan'))).toContain('kapitasi-2024-07.csv');
  });

  it('loses to the command line, and kbk config says where each setting comes from', async () => {
    const dir = folderKerja({ data: DEMO, out: 'laporan', dateFormat: ['kontak.csv=dd-mm-yyyy'] }, '.kbkrc');
    const lain = tmp();
    const r = await kbk(['compute', '--month', '2024-06', '--out', lain, '-q', '--date-format', 'kontak.csv=yyyy-mm-dd'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(lain)).toContain('capaian-2024-06.csv');
    const c = await kbkKode(0, ['config', 'compute', '--json'], { cwd: dir });
    const j = JSON.parse(c.out) as { konfigurasi: string; setelan: { opsi: string; nilai: unknown; asal: string | null }[] };
    expect(j.konfigurasi).toBe(join(dir, '.kbkrc'));
    const s = new Map(j.setelan.map((x) => [x.opsi, x]));
    expect(s.get('--data')).toEqual({ opsi: '--data', nilai: DEMO, asal: join(dir, '.kbkrc') });
    expect(s.get('--out')).toEqual({ opsi: '--out', nilai: join(dir, 'laporan'), asal: join(dir, '.kbkrc') });
    expect(s.get('--max-reject-rate')).toEqual({ opsi: '--max-reject-rate', nilai: '1', asal: 'default' });
    const teks = await kbkKode(0, ['config', 'compute', '--lang', 'id'], { cwd: dir });
    expect(teks.out).toContain(`kbk compute: konfigurasi dari ${join(dir, '.kbkrc')}\n`);
    expect(teks.out).toMatch(/ {2}--max-reject-rate +"1" +\(bawaan\)\n/);
  });

  it('an unknown setting or a wrong type is a usage error naming the file', async () => {
    const dir = folderKerja({ dta: 'x' });
    const r = await kbk(['run', '--month', '2024-07'], { cwd: dir });
    expect(r.code).toBe(64);
    expect(r.err).toMatch(new RegExp(`^kbk: error: ${join(dir, 'kbk.config.json').replace(/[.]/g, '\\.')}: unknown setting "dta" \\(known: data, out, `));
    const dir2 = folderKerja({ strict: 'ya' });
    expect((await kbkKode(64, ['run', '--month', '2024-07'], { cwd: dir2 })).err).toContain(`${join(dir2, 'kbk.config.json')}: "strict" must be true or false`);
  });

  it('KBK_CONFIG names one file; KBK_CONFIG=none looks for none', async () => {
    const dir = folderKerja({ data: DEMO, quiet: true }, 'cron.json');
    const out = tmp();
    const r = await kbk(['compute', '--month', '2024-06', '--out', out], { cwd: dir, env: { KBK_CONFIG: 'cron.json' } });
    expect([r.code, r.err]).toEqual([0, `kbk: using cron.json (${join(dir, 'cron.json')}): data, quiet\n`]);
    const r2 = await kbk(['compute', '--month', '2024-06', '--out', out], { cwd: folderKerja({ data: DEMO }), env: { KBK_CONFIG: 'none' } });
    expect(r2.code).toBe(64);
    expect(r2.err).toContain("required option '--data <dir>' not specified");
  });
});

describe('colours', () => {
  const args = ['compute', '--data', join(FIXTURES, 'perber-2018'), '--month', '2018-03', '--out', ''];
  it('FORCE_COLOR colours a pipe, FORCE_COLOR=0 and NO_COLOR turn a terminal\'s off, --no-color always', async () => {
    const run = (env: NodeJS.ProcessEnv, isTTY: boolean, ...more: string[]) => kbkKode(0, [...args.slice(0, -1), tmp(), ...more], { env, isTTY });
    expect((await run({ FORCE_COLOR: '1' }, false)).out).toMatch(/\u001b\[/);
    expect((await run({}, false)).out).not.toMatch(/\u001b\[/);
    expect((await run({ FORCE_COLOR: '0' }, true)).out).not.toMatch(/\u001b\[/);
    expect((await run({ NO_COLOR: '1' }, true)).out).not.toMatch(/\u001b\[/);
    expect((await run({ FORCE_COLOR: '1' }, true, '--no-color')).out).not.toMatch(/\u001b\[/);
  });
});

describe('--json where a command prints a result', () => {
  it('kbk check --json: fixtures, reports and each difference with its first differing line', async () => {
    const r = await kbk(['check', join(FIXTURES, 'perber-2018'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ fixtures: 1, laporan: 6, beda: [] });
  });

  it('kbk rules list --json', async () => {
    const r = await kbkKode(0, ['rules', 'list', '--json']);
    const list = JSON.parse(r.out) as { id: string; schema: string }[];
    expect(list.map((s) => `${s.id} ${s.schema}`)).toEqual(['perber-2017 kbk-rules/2', 'kbk-2019 kbk-rules/2', 'permenkes-59-2014 kbk-tarif/1', 'permenkes-52-2016 kbk-tarif/1', 'permenkes-3-2023 kbk-tarif/1']);
  });
});

describe('the stderr summaries in one language', () => {
  it('reject kinds and data-quality counts in the run\'s language; the rejects file keeps its fixed codes', async () => {
    const id = await kbkKode(0, ['compute', '--data', DEMO, '--month', '2024-06', '--out', tmp(), '--lang', 'id']);
    expect(id.err).toContain('kbk: 4 baris di penolakan (lihat tolak-*.csv):\n  2024-06/kontak.csv\n    tgl_kontak: di luar bulan: 3\n');
    expect(id.err).toContain('kbk: kualitas data 2024-06: kontak peserta tidak terdaftar=4, kontak di luar bulan=3,');
    const en = await kbkKode(0, ['compute', '--data', DEMO, '--month', '2024-06', '--out', tmp()]);
    expect(en.err).toContain('kbk: 4 rows in the rejects (see tolak-*.csv):\n  2024-06/kontak.csv\n    tgl_kontak: outside the month: 3\n');
    expect(en.err).toContain('kbk: data quality 2024-06: contacts of unregistered participants=4, contacts outside the month=3, duplicate referrals=1,');
  });
});
