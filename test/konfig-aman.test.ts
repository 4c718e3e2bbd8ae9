// Issue 16 item 2: a config file is visible and bounded. The search stops at the home or
// the repository root; a file not owned by the user or writable by others is skipped and
// said; a run using one says so (with --quiet too) and names the settings that change its
// reports in their catatan; a rule or tariff file carrying a shipped id must be that set.
import { chmodSync, chownSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, kbk, tmp } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');
const akar = process.getuid?.() === 0;

/** kbk-2019 as shipped, with every band paying `persen` and the given id. */
function aturan80(dir: string, id = 'kbk-2019', persen = '80'): string {
  const r = JSON.parse(readFileSync(join(ROOT, 'src/rules/data/kbk-2019.json'), 'utf8'));
  r.id = id;
  for (const p of r.pembayaran) for (const b of p.band) b.persen = persen;
  const file = join(dir, `aturan-${id}.json`);
  writeFileSync(file, JSON.stringify(r, null, 2));
  return file;
}

const tulisKonfig = (dir: string, isi: unknown, mode = 0o644): string => {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'kbk.config.json');
  writeFileSync(file, typeof isi === 'string' ? isi : JSON.stringify(isi));
  chmodSync(file, mode);
  return file;
};

const HARUS = ['--data', DEMO, '--month', '2024-06', '--json'];

describe('where the search stops', () => {
  it('a file above the repository root is not read', async () => {
    const atas = tmp();
    tulisKonfig(atas, { 'max-reject-rate': '100', quiet: true });
    const kerja = join(atas, 'repo', 'sub');
    mkdirSync(kerja, { recursive: true });
    mkdirSync(join(atas, 'repo', '.git'));
    const r = await kbk(['compute', ...HARUS, '--out', tmp()], { cwd: kerja });
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('using');
    expect(r.err).toContain('kbk: wrote'); // not quiet: the file above was not read
  });

  it('a file above the home is not read; one in the home is, and said', async () => {
    const atas = tmp();
    tulisKonfig(atas, { quiet: true });
    const rumah = join(atas, 'rumah');
    const kerja = join(rumah, 'kbk');
    mkdirSync(kerja, { recursive: true });
    const r = await kbk(['compute', ...HARUS, '--out', tmp()], { cwd: kerja, env: { HOME: rumah } });
    expect([r.code, r.err.includes('using')]).toEqual([0, false]);
    const file = tulisKonfig(rumah, { quiet: true });
    const r2 = await kbk(['compute', ...HARUS, '--out', tmp()], { cwd: kerja, env: { HOME: rumah } });
    expect([r2.code, r2.err]).toEqual([0, `kbk: using kbk.config.json (${file}): quiet\n`]);
  });

  it('outside any home or repository (a cron started in /tmp) only the working folder is searched', async () => {
    const atas = tmp();
    tulisKonfig(atas, { 'max-reject-rate': '100' });
    const kerja = join(atas, 'job');
    mkdirSync(kerja);
    const r = await kbk(['compute', ...HARUS, '--out', tmp(), '-q'], { cwd: kerja, env: { HOME: '/nonexistent-home' } });
    expect([r.code, r.err]).toEqual([0, '']);
    const file = tulisKonfig(kerja, { 'max-reject-rate': '100', quiet: true });
    const r2 = await kbk(['compute', ...HARUS, '--out', tmp()], { cwd: kerja, env: { HOME: '/nonexistent-home' } });
    expect([r2.code, r2.err]).toEqual([0, `kbk: using kbk.config.json (${file}): max-reject-rate, quiet\n`]);
    const baris = JSON.parse(r2.out).capaian[0][0];
    expect(baris.catatan).toContain(`konfigurasi: max-reject-rate=100 dari ${file}`);
  });
});

describe('a file that others can write is skipped and said', () => {
  it('writable by group or others: ignored with a warning --quiet keeps, even when broken', async () => {
    const kerja = tmp();
    mkdirSync(join(kerja, '.git'));
    const file = tulisKonfig(kerja, { 'max-reject-rate': '100', quiet: true }, 0o666);
    const r = await kbk(['compute', ...HARUS, '--out', tmp(), '-q'], { cwd: kerja });
    expect([r.code, r.err]).toEqual([0, `kbk: warning: ${file}: config file ignored: writable by group or others (mode 0666; chmod go-w ${file})\n`]);
    writeFileSync(file, '{ broken');
    chmodSync(file, 0o664);
    const r2 = await kbk(['compute', ...HARUS, '--out', tmp(), '-q'], { cwd: kerja });
    expect([r2.code, r2.err]).toEqual([0, `kbk: warning: ${file}: config file ignored: writable by group or others (mode 0664; chmod go-w ${file})\n`]);
  });

  it.skipIf(!akar)('owned by another user: ignored and said; the search goes on above it', async () => {
    const atas = tmp();
    mkdirSync(join(atas, '.git'));
    const milikku = tulisKonfig(atas, { quiet: true });
    const kerja = join(atas, 'cron');
    const asing = tulisKonfig(kerja, '{ "rules": "x", broken');
    chownSync(asing, 4242, 4242);
    const r = await kbk(['compute', ...HARUS, '--out', tmp()], { cwd: kerja });
    expect([r.code, r.err]).toEqual([
      0,
      `kbk: warning: ${asing}: config file ignored: owned by uid 4242, not by the user running kbk (uid 0)\nkbk: using kbk.config.json (${milikku}): quiet\n`,
    ]);
    // Named by KBK_CONFIG, the same file stops the run: it was asked for by name.
    const r2 = await kbk(['compute', ...HARUS, '--out', tmp()], { cwd: kerja, env: { KBK_CONFIG: asing } });
    expect(r2.code).toBe(64);
    expect(r2.err).toContain(`${asing}: config file ignored: owned by uid 4242`);
  });

  it('a broken file that passes the check is still a usage error naming it', async () => {
    const kerja = tmp();
    const file = tulisKonfig(kerja, '{ "quiet": tru');
    const r = await kbk(['compute', ...HARUS, '--out', tmp()], { cwd: kerja });
    expect(r.code).toBe(64);
    expect(r.err).toMatch(new RegExp(`^kbk: error: ${file.replace(/[.]/g, '\\.')}: the config file is not readable JSON \\(`));
  });
});

describe('a run using a config file says so and puts it in catatan', () => {
  it('rules keeping the id kbk-2019 but paying 80 % are refused (65), from the config file or the command line', async () => {
    const kerja = tmp();
    const palsu = aturan80(kerja);
    tulisKonfig(kerja, { 'max-reject-rate': '100', quiet: true, rules: palsu });
    const r = await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--out', tmp()], { cwd: kerja });
    expect(r.code).toBe(65);
    expect(r.err).toBe(
      `kbk: using kbk.config.json (${join(kerja, 'kbk.config.json')}): rules, max-reject-rate, quiet\n` +
        `kbk: error: ${palsu}: carries the id kbk-2019 but differs from the shipped kbk-2019 in pembayaran[0].band[0].persen; give it its own id\n`,
    );
    const r2 = await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--out', tmp(), '--rules', palsu]);
    expect([r2.code, r2.err]).toEqual([65, `kbk: error: ${palsu}: carries the id kbk-2019 but differs from the shipped kbk-2019 in pembayaran[0].band[0].persen; give it its own id\n`]);
    // rules validate parses the same way.
    expect((await kbk(['rules', 'validate', palsu])).code).toBe(65);
    // The shipped set copied unchanged is that set.
    const salinan = join(kerja, 'salinan.json');
    copyFileSync(join(ROOT, 'src/rules/data/kbk-2019.json'), salinan);
    expect((await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--out', tmp(), '-q', '--rules', salinan])).code).toBe(0);
  });

  it('a tariff file keeping a shipped id but changed is refused too', async () => {
    const kerja = tmp();
    const t = JSON.parse(readFileSync(join(ROOT, 'src/rules/data/permenkes-3-2023.json'), 'utf8'));
    t.nama = 'diubah';
    const file = join(kerja, 'tarif.json');
    writeFileSync(file, JSON.stringify(t));
    const r = await kbk(['pay', '--data', DEMO, '--month', '2024-07', '--out', tmp(), '--tariffs', file]);
    expect([r.code, r.err]).toEqual([65, `kbk: error: ${file}: carries the id permenkes-3-2023 but differs from the shipped permenkes-3-2023 in nama; give it its own id\n`]);
  });

  it('with its own id the 80 % table runs, said on stderr with --quiet and named in every row\'s catatan', async () => {
    const kerja = tmp();
    const sendiri = aturan80(kerja, 'kbk-cabang-80');
    const file = tulisKonfig(kerja, { 'max-reject-rate': '100', quiet: true, rules: sendiri, out: 'laporan', 'terima-penurunan': 'semua' });
    const r = await kbk(['pay', '--data', DEMO, '--month', '2024-07'], { cwd: kerja });
    expect([r.code, r.err]).toEqual([0, `kbk: using kbk.config.json (${file}): out, rules, max-reject-rate, terima-penurunan, quiet\n`]);
    const catatan = `konfigurasi: out=${join(kerja, 'laporan')}, rules=${sendiri}, max-reject-rate=100, terima-penurunan=semua dari ${file}`;
    const csv = readFileSync(join(kerja, 'laporan', 'kapitasi-2024-07.csv'), 'utf8').trim().split('\n');
    expect(csv.length).toBe(11); // header + 10 facilities
    for (const baris of csv.slice(1)) expect(baris).toContain(catatan);
    const p001 = csv.find((b) => b.startsWith('2024-07,P001,')) as string;
    expect(p001).toContain('kbk-cabang-80');
    expect(p001).toContain(',80,'); // persen_kapitasi
  });

  it('a setting the command line replaces is not said as the file\'s', async () => {
    const kerja = tmp();
    const file = tulisKonfig(kerja, { 'max-reject-rate': '100', quiet: true });
    const r = await kbk(['compute', ...HARUS, '--out', tmp(), '--max-reject-rate', '5'], { cwd: kerja });
    expect([r.code, r.err]).toEqual([0, `kbk: using kbk.config.json (${file}): quiet\n`]);
    expect(JSON.parse(r.out).capaian[0][0].catatan).not.toContain('konfigurasi:');
  });
});
