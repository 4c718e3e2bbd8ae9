#!/usr/bin/env node
// Benchmark: prints figures, asserts nothing. `npm run bench`.
//
// 1. A branch-size month (BENCH_PESERTA participants, default 2,500,000, over BENCH_FKTP
//    facilities, default 250; contacts, referrals and Prolanis rows in the proportions of a
//    real branch month: 0.2, 0.011 and 0.18 rows a participant) in the canonical dialect and
//    in the Excel-Indonesian one (BOM, `;`, CRLF, dd/mm/yyyy, decimal comma). For each,
//    `kbk compute` and DuckDB running the same counts in SQL (scripts/duckdb/bulan.sql, one
//    thread) are timed in turn, BENCH_RUNS times each (default 3); medians of wall time and
//    peak RSS, and the ratio; the counts of both must be equal.
// 2. Scaling: kbk compute on BENCH_SKALA participants (default "1000000,3000000,10000000";
//    add 30000000 for the national-scale check), time and peak RSS, and each step's time
//    ratio against the rows ratio.
//
// DuckDB (@duckdb/node-api) is not a kbk dependency: it is installed on first use into
// scripts/.duckdb (needs the npm registry once); without it the ratios are skipped.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_PESERTA ?? 2_500_000);
const F = Number(process.env.BENCH_FKTP ?? 250);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SKALA = (process.env.BENCH_SKALA ?? '1000000,3000000,10000000').split(',').filter(Boolean).map(Number);
const DUCKDB = '@duckdb/node-api@1.5.6-r.1';
const BULAN = '2024-06';
const fmt = (n) => n.toLocaleString('en-US');
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One month of N participants in `dir`, canonical or Excel-Indonesian. */
async function bulan(dir, n, excel) {
  mkdirSync(join(dir, BULAN), { recursive: true });
  // Rows are written as arrays of values, joined in the dialect.
  const baris = excel ? (v) => v.map((x) => x.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1')).join(';') + '\r\n' : (v) => v.join(',') + '\n';
  async function tulis(path, header, count, row) {
    const s = createWriteStream(path);
    s.write((excel ? '\uFEFF' : '') + baris(header.split(',')));
    let buf = '';
    for (let i = 0; i < count; i++) {
      buf += baris(row(i));
      if (buf.length > 1 << 20) {
        if (!s.write(buf)) await once(s, 'drain');
        buf = '';
      }
    }
    s.end(buf);
    await once(s, 'finish');
  }
  const kode = (i) => `F${String(i % F).padStart(4, '0')}`;
  const card = (i) => String(1_000_000_000_000 + i).padStart(13, '0');
  const hari = (i) => `${BULAN}-${String(1 + (i % 28)).padStart(2, '0')}`;
  // Decimal measurements: a comma in the Excel dialect, where the delimiter is `;`.
  const desimal = (v) => (excel ? String(v).replace('.', ',') : String(v));
  await tulis(join(dir, 'fktp.csv'), 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi', F, (i) => [kode(i), `Fasilitas ${i}`, 'puskesmas', '6000']);
  await tulis(join(dir, BULAN, 'peserta.csv'), 'no_kartu,kode_ppk,status', n, (i) => [card(i), kode(i), i % 97 === 0 ? 'tidak aktif' : 'aktif']);
  await tulis(join(dir, BULAN, 'kontak.csv'), 'no_kartu,kode_ppk,tgl_kontak', Math.round(n * 0.2), (i) => {
    const p = (i * 7919) % n;
    return [card(p), kode(p), hari(i)];
  });
  await tulis(join(dir, BULAN, 'rujukan.csv'), 'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik', Math.round(n * 0.011), (i) => {
    const p = (i * 31) % n;
    return [`R${i}`, card(p), kode(p), hari(i), 'J06.9', i % 40 === 0 ? '1' : '0'];
  });
  await tulis(join(dir, BULAN, 'prolanis.csv'), 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole', Math.round(n * 0.18), (i) => {
    const p = (i * 13) % n;
    return i % 2 ? [card(p), kode(p), 'DM', '1', hari(i), desimal(90 + (i % 80) + 0.5), '', ''] : [card(p), kode(p), 'HT', '1', hari(i), '', String(120 + (i % 40)), String(70 + (i % 30))];
  });
  return ['peserta', 'kontak', 'rujukan', 'prolanis'].reduce((a, f) => a + statSync(join(dir, BULAN, `${f}.csv`)).size, 0);
}

/** Runs a command, returns its wall seconds, peak RSS (KiB, from GNU time when present) and stdout. */
function ukur(cmd, args) {
  const time = existsSync('/usr/bin/time');
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const p = time ? spawn('/usr/bin/time', ['-f', '%M', cmd, ...args]) : spawn(cmd, args);
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('exit', (code) => {
      const wall = Number(process.hrtime.bigint() - t) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.slice(-500)}`));
      resolve({ wall, rss: time ? Number(err.trim().split('\n').at(-1)) : NaN, out });
    });
  });
}

const KOLOM = ['peserta_terdaftar', 'peserta_kontak', 'rujukan_total', 'rujukan_non_spesialistik', 'dm_terdaftar', 'dm_terkendali', 'ht_terdaftar', 'ht_terkendali'];
const kbk = (dir) => ukur(process.execPath, [join(ROOT, 'bin/kbk.js'), 'compute', '--data', dir, '--month', BULAN, '--out', join(dir, 'out'), '--json']);
const totalKbk = (json) => {
  const rows = JSON.parse(json).capaian[0];
  return Object.fromEntries(KOLOM.map((k) => [k, rows.reduce((a, r) => a + r[k], 0)]));
};

function siapkanDuckdb() {
  const dir = join(ROOT, 'scripts', '.duckdb');
  if (existsSync(join(dir, 'node_modules', '@duckdb', 'node-api'))) return true;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    console.log(`installing ${DUCKDB} into scripts/.duckdb (once; not a kbk dependency)…`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', DUCKDB], { cwd: dir, stdio: 'ignore' });
    return true;
  } catch (e) {
    console.log(`DuckDB could not be installed (${e.message.split('\n')[0]}): ratios skipped`);
    return false;
  }
}

const work = mkdtempSync(join(tmpdir(), 'kbk-bench-'));
try {
  const adaDuckdb = siapkanDuckdb();
  console.log(`\n1. a branch month: ${fmt(N)} participants, ${F} facilities, ${RUNS} runs each, interleaved`);
  for (const excel of [false, true]) {
    const dir = join(work, excel ? 'excel' : 'kanonik');
    const bytes = await bulan(dir, N, excel);
    const k = [];
    const d = [];
    let cocok = null;
    for (let r = 0; r < RUNS; r++) {
      k.push(await kbk(dir));
      if (adaDuckdb) d.push(await ukur(process.execPath, [join(ROOT, 'scripts/duckdb/jalankan.mjs'), join(dir, BULAN), BULAN, excel ? 'excel' : 'canonical']));
    }
    if (adaDuckdb) cocok = JSON.stringify(totalKbk(k[0].out)) === JSON.stringify(JSON.parse(d[0].out.trim()));
    const kw = median(k.map((x) => x.wall));
    const kr = median(k.map((x) => x.rss));
    let line = `   ${excel ? 'Excel-Indonesian' : 'canonical'} (${(bytes / 1048576).toFixed(0)} MiB): kbk ${kw.toFixed(2)} s, ${mib(kr)}`;
    if (adaDuckdb) {
      const dw = median(d.map((x) => x.wall));
      const dr = median(d.map((x) => x.rss));
      const ratio = median(k.map((x, i) => x.wall / d[i].wall));
      line += `; DuckDB ${dw.toFixed(2)} s, ${mib(dr)}; kbk/DuckDB wall ${ratio.toFixed(2)}×, RSS ${(kr / dr).toFixed(2)}×; counts ${cocok ? 'identical' : 'DIFFER'}`;
    }
    console.log(line);
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(`\n2. scaling: kbk compute, one run each`);
  let lalu = null;
  for (const n of SKALA) {
    const dir = join(work, `skala-${n}`);
    const bytes = await bulan(dir, n, false);
    const r = await kbk(dir);
    const rows = n * (1 + 0.2 + 0.011 + 0.18);
    const step = lalu ? `; ×${(r.wall / lalu.wall).toFixed(2)} time for ×${(rows / lalu.rows).toFixed(2)} rows` : '';
    console.log(`   ${fmt(n)} participants (${fmt(Math.round(rows))} rows, ${(bytes / 1048576).toFixed(0)} MiB): ${r.wall.toFixed(2)} s, ${mib(r.rss)}, ${fmt(Math.round(rows / r.wall))} rows/s${step}`);
    lalu = { wall: r.wall, rows };
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
