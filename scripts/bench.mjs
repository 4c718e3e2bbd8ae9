#!/usr/bin/env node
// Benchmark: prints figures, asserts nothing. `npm run bench` (quick: a few minutes on a
// 2-core machine); `npm run bench -- --full` (the branch sizes of issue 22); `--nasional`
// (one 100 M-participant month in one process, ~3.9 GiB of CSV written to TMPDIR and removed
// after); `--shard` (10 branch shards through `xargs -P` and `kbk gabung`, and the national
// wall time projected for N machines). Every comparison runs in interleaved rounds (A B C A
// B C …) and prints medians; peak RSS from GNU time.
//
// 1. A branch month (BENCH_PESERTA participants over BENCH_FKTP facilities; contacts,
//    referrals and Prolanis rows in the proportions of a real branch month: 0.2, 0.011 and
//    0.18 rows a participant), canonical and Excel-Indonesian (BOM, `;`, CRLF, dd/mm/yyyy,
//    decimal comma): `kbk compute`, DuckDB on 1 and on 2 threads running the same counts
//    (scripts/duckdb/bulan.sql; the counts must be equal) and the read floor
//    (scripts/lantai.mjs: the files into Buffers and their newlines counted, in Node); the
//    multiples kbk/DuckDB-2T and kbk/floor, peak RSS of each.
// 2. validate, audit and proyeksi as ratios of compute, at two sizes (linearity).
// 3. `kbk run` on a window (3 assessment months + the payment month's peserta.csv) against
//    one month's compute, workers on (automatic) and off (KBK_THREADS=1).
// 4. (--full) scaling of compute: BENCH_SKALA participants.
//
// DuckDB (@duckdb/node-api) is not a kbk dependency: it is installed on first use into
// scripts/.duckdb (needs the npm registry once); without it the DuckDB columns are skipped.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARG = new Set(process.argv.slice(2));
const FULL = ARG.has('--full');
const N = Number(process.env.BENCH_PESERTA ?? (FULL ? 2_500_000 : 500_000));
const F = Number(process.env.BENCH_FKTP ?? 250);
const RUNS = Number(process.env.BENCH_RUNS ?? (FULL ? 5 : 3));
const SKALA = (process.env.BENCH_SKALA ?? '1000000,3000000,10000000').split(',').filter(Boolean).map(Number);
const NASIONAL = Number(process.env.BENCH_NASIONAL ?? 100_000_000);
const SHARD = Number(process.env.BENCH_SHARD ?? 10);
const DUCKDB = '@duckdb/node-api@1.5.6-r.1';
const BULAN = '2024-06';
const fmt = (n) => n.toLocaleString('en-US');
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s2 = (x) => `${x.toFixed(2)} s`;

/** One month of n participants in `dir`/`bulan` (and fktp.csv of f facilities), canonical or Excel-Indonesian; `hanya`: the files to write. */
async function bulan(dir, n, excel, { bulan: bln = BULAN, f = F, hanya = ['fktp', 'peserta', 'kontak', 'rujukan', 'prolanis'], awal = 0, kodeAwal = 0 } = {}) {
  mkdirSync(join(dir, bln), { recursive: true });
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
  const lebar = Math.max(4, String(kodeAwal + f - 1).length);
  // A shard (awal > 0) holds its own facilities and participants: codes and cards unique nationally.
  const kode = (i) => `F${String(kodeAwal + (i % f)).padStart(lebar, '0')}`;
  const card = (i) => String(1_000_000_000_000 + awal + i).padStart(13, '0');
  const hari = (i) => `${bln}-${String(1 + (i % 28)).padStart(2, '0')}`;
  // Decimal measurements: a comma in the Excel dialect, where the delimiter is `;`.
  const desimal = (v) => (excel ? String(v).replace('.', ',') : String(v));
  const mau = new Set(hanya);
  if (mau.has('fktp')) await tulis(join(dir, 'fktp.csv'), 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi', f, (i) => [kode(i), `Fasilitas ${i}`, 'puskesmas', '6000']);
  if (mau.has('peserta')) await tulis(join(dir, bln, 'peserta.csv'), 'no_kartu,kode_ppk,status', n, (i) => [card(i), kode(i), i % 97 === 0 ? 'tidak aktif' : 'aktif']);
  if (mau.has('kontak'))
    await tulis(join(dir, bln, 'kontak.csv'), 'no_kartu,kode_ppk,tgl_kontak', Math.round(n * 0.2), (i) => {
      const p = (i * 7919) % n;
      return [card(p), kode(p), hari(i)];
    });
  if (mau.has('rujukan'))
    await tulis(join(dir, bln, 'rujukan.csv'), 'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik', Math.round(n * 0.011), (i) => {
      const p = (i * 31) % n;
      return [`R${awal + i}`, card(p), kode(p), hari(i), 'J06.9', i % 40 === 0 ? '1' : '0'];
    });
  if (mau.has('prolanis'))
    await tulis(join(dir, bln, 'prolanis.csv'), 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole', Math.round(n * 0.18), (i) => {
      const p = (i * 13) % n;
      return i % 2 ? [card(p), kode(p), 'DM', '1', hari(i), desimal(90 + (i % 80) + 0.5), '', ''] : [card(p), kode(p), 'HT', '1', hari(i), '', String(120 + (i % 40)), String(70 + (i % 30))];
    });
  return readdirSync(join(dir, bln)).reduce((a, f) => a + statSync(join(dir, bln, f)).size, 0);
}

/** Runs a command, returns its wall and CPU seconds, peak RSS (KiB, from GNU time when present) and stdout. */
function ukur(cmd, args, env = {}) {
  const time = existsSync('/usr/bin/time');
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const opts = { env: { ...process.env, ...env } };
    const p = time ? spawn('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], opts) : spawn(cmd, args, opts);
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('exit', (code) => {
      const wall = Number(process.hrtime.bigint() - t) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.slice(-500)}`));
      const [rss, user, sys] = time ? err.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
      resolve({ wall, rss, cpu: user + sys, out });
    });
  });
}

/** Interleaved rounds of named commands (A B C A B C …): each one's runs. */
async function ronde(runs, perintah) {
  const hasil = Object.fromEntries(Object.keys(perintah).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) for (const [k, f] of Object.entries(perintah)) hasil[k].push(await f());
  return hasil;
}
const med = (xs, k = 'wall') => median(xs.map((x) => x[k]));
/** The median of the run-by-run ratios a/b (the pairs of one round). */
const rasio = (a, b, k = 'wall') => median(a.map((x, i) => x[k] / b[i][k]));

const KOLOM = ['peserta_terdaftar', 'peserta_kontak', 'rujukan_total', 'rujukan_non_spesialistik', 'dm_terdaftar', 'dm_terkendali', 'ht_terdaftar', 'ht_terkendali'];
const KBK = join(ROOT, 'bin/kbk.js');
const kbk = (args, env) => ukur(process.execPath, [KBK, ...args], env);
const compute = (dir, bln = BULAN) => kbk(['compute', '--data', dir, '--month', bln, '--out', join(dir, 'out'), '--json']);
const duckdb = (dir, excel, threads) => ukur(process.execPath, [join(ROOT, 'scripts/duckdb/jalankan.mjs'), join(dir, BULAN), BULAN, excel ? 'excel' : 'canonical'], { DUCKDB_THREADS: String(threads) });
const lantai = (...dirs) => ukur(process.execPath, [join(ROOT, 'scripts/lantai.mjs'), ...dirs]);
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
    console.log(`DuckDB could not be installed (${e.message.split('\n')[0]}): its columns skipped`);
    return false;
  }
}

/** Free bytes where `dir` lives (df), or Infinity when df cannot say. */
function bebas(dir) {
  try {
    return Number(execFileSync('df', ['-k', '--output=avail', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)) * 1024;
  } catch {
    return Infinity;
  }
}

const work = mkdtempSync(join(tmpdir(), 'kbk-bench-'));
const bagian = ARG.has('--nasional') || ARG.has('--shard') ? new Set([...ARG].filter((a) => a === '--nasional' || a === '--shard')) : new Set(['--bulan', '--perintah', '--run', ...(FULL ? ['--skala', '--shard'] : [])]);
try {
  console.log(`kbk bench (${FULL ? 'full' : 'quick; --full for the branch sizes'}; ${fmt(N)} participants a branch month; sections ${[...bagian].join(' ')}): ${availableParallelism()} cores, Node ${process.version}; medians of ${RUNS} interleaved rounds`);
  if (bagian.has('--bulan')) {
    const adaDuckdb = siapkanDuckdb();
    console.log(`\n1. a branch month: ${fmt(N)} participants, ${F} facilities (rounds: floor, kbk compute${adaDuckdb ? ', DuckDB 1 thread, DuckDB 2 threads' : ''})`);
    for (const excel of [false, true]) {
      const dir = join(work, excel ? 'excel' : 'kanonik');
      const bytes = await bulan(dir, N, excel);
      const r = await ronde(RUNS, {
        lantai: () => lantai(dir),
        kbk: () => compute(dir),
        ...(adaDuckdb ? { d1: () => duckdb(dir, excel, 1), d2: () => duckdb(dir, excel, 2) } : {}),
      });
      console.log(`   ${excel ? 'Excel-Indonesian' : 'canonical'} (${(bytes / 1048576).toFixed(0)} MiB):`);
      const baris = (nama, xs) => console.log(`     ${nama.padEnd(18)} ${s2(med(xs)).padStart(8)} wall, ${s2(med(xs, 'cpu')).padStart(8)} CPU, ${mib(med(xs, 'rss')).padStart(9)} peak RSS`);
      baris('read floor', r.lantai);
      baris('kbk compute', r.kbk);
      if (adaDuckdb) {
        baris('DuckDB 1 thread', r.d1);
        baris('DuckDB 2 threads', r.d2);
        const sama = r.kbk.every((k, i) => JSON.stringify(totalKbk(k.out)) === JSON.stringify(JSON.parse(r.d1[i].out.trim())) && JSON.stringify(JSON.parse(r.d2[i].out.trim())) === JSON.stringify(JSON.parse(r.d1[i].out.trim())));
        console.log(`     kbk/DuckDB-2T wall ${rasio(r.kbk, r.d2).toFixed(2)}× (target ≤ 0.5), RSS ${rasio(r.kbk, r.d2, 'rss').toFixed(2)}× (≤ 0.5); kbk/DuckDB-1T wall ${rasio(r.kbk, r.d1).toFixed(2)}×; counts ${sama ? 'identical' : 'DIFFER'}`);
      }
      console.log(`     kbk/floor wall ${rasio(r.kbk, r.lantai).toFixed(2)}× (target ≤ 4)`);
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (bagian.has('--perintah')) {
    console.log(`\n2. validate, audit, proyeksi against compute (canonical; rounds: compute, validate, audit, proyeksi; two sizes for linearity)`);
    const perN = [];
    for (const n of [Math.round(N / 2), N]) {
      const dir = join(work, `perintah-${n}`);
      await bulan(dir, n, false);
      const r = await ronde(RUNS, {
        compute: () => compute(dir),
        validate: () => kbk(['validate', '--data', dir, '--month', BULAN, '--out', join(dir, 'val')]),
        audit: () => kbk(['audit', '--data', dir, '--month', BULAN, '--out', join(dir, 'aud'), '-q']),
        proyeksi: () => kbk(['proyeksi', '--data', dir, '--month', BULAN, '--out', join(dir, 'pro')]),
      });
      perN.push({ n, r });
      console.log(
        `   ${fmt(n)} participants: compute ${s2(med(r.compute))}, ${mib(med(r.compute, 'rss'))}; ` +
          ['validate', 'audit', 'proyeksi'].map((k) => `${k} ${rasio(r[k], r.compute).toFixed(2)}× (${mib(med(r[k], 'rss'))})`).join(', ') +
          ' (targets: validate ≤ 0.8, audit ≤ 1.5, proyeksi ≤ 1.5)',
      );
      rmSync(dir, { recursive: true, force: true });
    }
    const [a, b] = perN;
    console.log(`   linearity, ×${(b.n / a.n).toFixed(1)} participants: ` + ['compute', 'validate', 'audit', 'proyeksi'].map((k) => `${k} ×${(med(b.r[k], 'cpu') / med(a.r[k], 'cpu')).toFixed(2)} CPU`).join(', '));
  }

  if (bagian.has('--run')) {
    // A branch's window: assessment months 2024-04..06 and the payment month's peserta.csv (2024-07).
    console.log(`\n3. kbk run on a window (2024-04..06 + 2024-07/peserta.csv, ${fmt(N)} participants a month) against one month's compute (rounds: compute, run, run KBK_THREADS=1)`);
    const dir = join(work, 'jendela');
    let bytes = 0;
    for (const [i, bln] of ['2024-04', '2024-05', '2024-06'].entries()) bytes += await bulan(dir, N, false, { bulan: bln, hanya: i === 0 ? undefined : ['peserta', 'kontak', 'rujukan', 'prolanis'] });
    mkdirSync(join(dir, '2024-07'));
    copyFileSync(join(dir, '2024-06', 'peserta.csv'), join(dir, '2024-07', 'peserta.csv'));
    const run = (env) => kbk(['run', '--data', dir, '--month', '2024-07', '--out', join(dir, 'out'), '-q'], env);
    const r = await ronde(RUNS, { compute: () => compute(dir, '2024-06'), run: () => run({}), seq: () => run({ KBK_THREADS: '1' }) });
    console.log(`   ${(bytes / 1048576).toFixed(0)} MiB: compute ${s2(med(r.compute))}; run (workers) ${s2(med(r.run))}, ${mib(med(r.run, 'rss'))}; run (KBK_THREADS=1) ${s2(med(r.seq))}, ${mib(med(r.seq, 'rss'))}`);
    console.log(`   run/compute ${rasio(r.run, r.compute).toFixed(2)}× (target ≤ 2), sequential run/compute ${rasio(r.seq, r.compute).toFixed(2)}×, workers/sequential ${rasio(r.run, r.seq).toFixed(2)}×`);
    rmSync(dir, { recursive: true, force: true });
  }

  if (bagian.has('--skala')) {
    console.log(`\n4. scaling: kbk compute, one run each`);
    let lalu = null;
    for (const n of SKALA) {
      const dir = join(work, `skala-${n}`);
      const bytes = await bulan(dir, n, false);
      const r = await compute(dir);
      const rows = n * (1 + 0.2 + 0.011 + 0.18);
      const step = lalu ? `; ×${(r.cpu / lalu.cpu).toFixed(2)} CPU for ×${(rows / lalu.rows).toFixed(2)} rows` : '';
      console.log(`   ${fmt(n)} participants (${fmt(Math.round(rows))} rows, ${(bytes / 1048576).toFixed(0)} MiB): ${s2(r.wall)}, ${mib(r.rss)}, ${fmt(Math.round(rows / r.wall))} rows/s${step}`);
      lalu = { cpu: r.cpu, rows };
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (bagian.has('--shard')) {
    // The shard path of the README: one data folder per branch, `kbk compute` per folder under
    // xargs -P (any scheduler does the same), then `kbk gabung` of the report folders.
    const n = Number(process.env.BENCH_SHARD_PESERTA ?? N);
    const p = availableParallelism();
    console.log(`\n5. the shard path: ${SHARD} branch shards of ${fmt(n)} participants, ${F} facilities each, xargs -P ${p} then kbk gabung`);
    const dir = join(work, 'shard');
    for (let i = 0; i < SHARD; i++) await bulan(join(dir, `kc-${String(i).padStart(3, '0')}`), n, false, { awal: i * n, kodeAwal: i * F });
    const t0 = process.hrtime.bigint();
    const xargs = await ukur('sh', ['-c', `ls -d "${dir}"/kc-* | xargs -P ${p} -I{} sh -c 'KBK_THREADS=1 node "${KBK}" compute --data "$1" --month ${BULAN} --out "$1/laporan" -q' _ {}`]);
    const laporan = readdirSync(dir).map((k) => join(dir, k, 'laporan'));
    const gabung = await kbk(['gabung', ...laporan, '--out', join(dir, 'nasional'), '-q']);
    const total = Number(process.hrtime.bigint() - t0) / 1e9;
    const perShard = (xargs.wall * p) / SHARD;
    console.log(`   xargs -P ${p}: ${s2(xargs.wall)} (${s2(perShard)} a shard on one core); gabung of ${SHARD}: ${s2(gabung.wall)}, ${mib(gabung.rss)}; total ${s2(total)}`);
    // A national month: 270 M participants ≈ NAS shards of this size; gabung grows with the shards' rows.
    const nas = Math.ceil(270_000_000 / n);
    const gabungNas = gabung.wall * (nas / SHARD);
    for (const m of [1, 4, 10, 25, 50]) {
      const gelombang = Math.ceil(nas / (m * p));
      console.log(`   projected national month (${nas} shards of ${fmt(n)}) on ${String(m).padStart(2)} machine(s) of ${p} cores: ${gelombang} waves × ${s2(perShard)} + gabung ~${s2(gabungNas)} ≈ ${((gelombang * perShard + gabungNas) / 60).toFixed(1)} min`);
    }
    rmSync(dir, { recursive: true, force: true });
  }

  if (bagian.has('--nasional')) {
    const dir = join(work, 'nasional');
    const perlu = NASIONAL * 42; // ~42 bytes of CSV a participant (all four files)
    const ada = bebas(work);
    console.log(`\n6. a national-size month in one process: ${fmt(NASIONAL)} participants, ${fmt(NASIONAL / 10_000)} facilities (needs ~${(perlu / 2 ** 30).toFixed(1)} GiB, ${(ada / 2 ** 30).toFixed(1)} GiB free)`);
    if (ada < perlu * 1.5) console.log('   skipped: not enough free disk');
    else {
      const t = process.hrtime.bigint();
      const bytes = await bulan(dir, NASIONAL, false, { f: NASIONAL / 10_000 });
      console.log(`   generated ${(bytes / 2 ** 30).toFixed(2)} GiB in ${s2(Number(process.hrtime.bigint() - t) / 1e9)}`);
      const r = await kbk(['compute', '--data', dir, '--month', BULAN, '--out', join(dir, 'out'), '-q']);
      console.log(`   kbk compute: ${s2(r.wall)} wall, ${s2(r.cpu)} CPU, ${mib(r.rss)} peak RSS (target ≤ 4096 MiB)`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
