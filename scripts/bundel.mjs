// The bundle that bin/kbk.js runs (npm run build, after tsc): dist/cli/main.js and the two
// worker entries, with every module of kbk in a few files at the top of dist/ instead of about
// 140 files read and linked one by one — that is a tenth of a second off every kbk command's
// start (measured in the README, "One month on two cores"). The small packages every command
// loads at its start (commander, chalk, csv-parse, csv-stringify, lilconfig, and the terminal's
// tables and progress bar) are bundled too: about 30 of their files read, resolved and linked
// one by one were another ~15 ms of every start (farm-bench, README "Benchmark"). They stay
// dependencies, so each install keeps their LICENSE files beside kbk. The large ones, which
// only a workbook, a .docx or a chart needs (exceljs, docx, echarts), stay in node_modules,
// imported when that is written. Each command's own code stays in its own chunk, loaded
// when that command runs. rolldown is the bundler vitest already brings (pinned in
// devDependencies).
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// The last build's bundle files go first: their names carry a content hash.
for (const n of readdirSync(DIST)) if (/^kbk[-.].*\.js$/.test(n)) rmSync(join(DIST, n));
const bundel = await rolldown({
  input: { kbk: join(DIST, 'cli/main.js'), 'kbk-pekerja-bulan': join(DIST, 'app/bulan-pekerja.js'), 'kbk-pekerja-belah': join(DIST, 'ingest/bulan/pekerja-belah.js') },
  platform: 'node',
  // Node's modules and the large packages: imported as they are.
  external: [/^node:/, /^(exceljs|docx|echarts)(\/|$)/],
  logLevel: 'warn',
});
await bundel.write({ dir: DIST, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'kbk-[hash].js' });
await bundel.close();
