#!/usr/bin/env node
// Runs scripts/duckdb/bulan.sql on one month folder with DuckDB (one thread unless
// DUCKDB_THREADS says otherwise) and prints the month's totals as JSON, for the benchmark.
//   node scripts/duckdb/jalankan.mjs MONTH_DIR YYYY-MM canonical|excel
// @duckdb/node-api is installed on demand by scripts/bench.mjs into scripts/.duckdb (not a
// dependency of kbk: a fresh clone's npm ci does not fetch it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dir, bulan, dialek] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', '.duckdb', 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');
const [y, m] = bulan.split('-').map(Number);
const akhir = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const csv = dialek === 'excel' ? "header=true, all_varchar=true, delim=';'" : 'header=true, all_varchar=true';
const sql = readFileSync(join(here, 'bulan.sql'), 'utf8')
  .replaceAll('{DIR}', dir)
  .replaceAll('{CSV}', csv)
  .replaceAll('{TGL}', dialek === 'excel' ? '%d/%m/%Y' : '%Y-%m-%d')
  .replaceAll('{AWAL}', `${bulan}-01`)
  .replaceAll('{AKHIR}', akhir);
const db = await DuckDBInstance.create(':memory:', { threads: process.env.DUCKDB_THREADS ?? '1' });
const c = await db.connect();
const statements = sql.split(/;\s*\n/).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
let last;
for (const s of statements) last = await c.runAndReadAll(s);
const [row] = last.getRows();
const names = ['peserta_terdaftar', 'peserta_kontak', 'rujukan_total', 'rujukan_non_spesialistik', 'dm_terdaftar', 'dm_terkendali', 'ht_terdaftar', 'ht_terkendali'];
console.log(JSON.stringify(Object.fromEntries(names.map((n, i) => [n, Number(row[i])]))));
