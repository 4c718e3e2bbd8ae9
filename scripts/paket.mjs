#!/usr/bin/env node
// The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into a
// temporary prefix, then the installed `kbk` on the demo. Fails (exit 1) when the tarball
// lacks what it needs (dist/), the version differs from package.json's, or the installed
// command's reports differ from fixtures/demo/expected. Run by .ci/run; `npm run paket`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'kbk-paket-'));
const npm = (...args) => execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const gagal = (m) => {
  console.error(`paket: ${m}`);
  process.exit(1);
};

try {
  const [info] = JSON.parse(npm('pack', '--json', '--pack-destination', tmp));
  const isi = info.files.map((f) => f.path);
  for (const perlu of ['bin/kbk.js', 'dist/cli/main.js', 'dist/rules/data/kbk-2019.json', 'package.json'])
    if (!isi.includes(perlu)) gagal(`${info.filename} lacks ${perlu}`);
  const lebih = isi.filter((p) => /^(test|fixtures|src\/(?!GLOSSARY)|scripts)\//.test(p));
  if (lebih.length > 0) gagal(`${info.filename} carries files a user does not need: ${lebih.slice(0, 5).join(', ')}`);

  const prefix = join(tmp, 'prefix');
  npm('install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(tmp, info.filename));
  const kbk = join(prefix, 'bin', 'kbk');
  const versi = execFileSync(kbk, ['--version'], { encoding: 'utf8' }).trim();
  if (versi !== pkg.version) gagal(`the installed kbk --version prints ${versi}, package.json says ${pkg.version}`);

  const out = join(tmp, 'laporan');
  // --lang en: the expected rejects are written in English (kbk check compares them so too).
  execFileSync(kbk, ['run', '--data', join(root, 'fixtures/demo'), '--month', '2024-07', '--out', out, '--lang', 'en'], { cwd: tmp, stdio: ['ignore', 'ignore', 'ignore'] });
  const expected = join(root, 'fixtures/demo/expected');
  for (const f of readdirSync(expected))
    if (readFileSync(join(out, f), 'utf8') !== readFileSync(join(expected, f), 'utf8')) gagal(`the installed kbk's ${f} differs from fixtures/demo/expected/${f}`);
  // The minutes need the docx dependency at run time: the installed kbk writes them.
  execFileSync(kbk, ['berita-acara', '--data', join(root, 'fixtures/demo'), '--bayar', '2024-07', '--out', out, '--cabang', 'Demo', '--tanggal', '2024-07-10', '-q'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
  const docx = readFileSync(join(out, 'berita-acara-2024-07.docx'));
  if (docx.length < 1000 || docx.subarray(0, 2).toString() !== 'PK') gagal(`the installed kbk's berita-acara-2024-07.docx is not a Word document (${docx.length} bytes)`);
  console.log(`paket: ${info.filename} (${info.files.length} files, ${(info.size / 1024).toFixed(0)} KiB) installed with npm install -g into a clean prefix; kbk --version ${versi}; kbk run on the demo gives its ${readdirSync(expected).length} expected reports; kbk berita-acara writes its .docx`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
