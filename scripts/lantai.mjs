#!/usr/bin/env node
// The read floor of the benchmark (scripts/bench.mjs): every CSV file under the folders
// given is read into a Buffer and its line ends counted, in one Node process: what touching
// each byte once costs on this machine. Prints the files' bytes and lines as JSON.
//   node scripts/lantai.mjs FOLDER…
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

let bytes = 0;
let lines = 0;
const files = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.csv') ? [join(dir, n)] : []));
for (const dir of process.argv.slice(2))
  for (const f of files(dir)) {
    const b = readFileSync(f);
    bytes += b.length;
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
  }
console.log(JSON.stringify({ bytes, lines }));
