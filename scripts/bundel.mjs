// The bundle that bin/kbk.js runs (npm run build, after tsc): dist/cli/main.js and the two
// worker entries, with every module of kbk in a few files at the top of dist/ instead of about
// 140 files read and linked one by one — that is a tenth of a second off every kbk command's
// start (measured in the README, "One month on two cores"). Packages (commander, csv-parse,
// exceljs, …) stay in node_modules; each command's own code stays in its own chunk, loaded
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
  // Node's modules and the packages: imported as they are.
  external: [/^[^./]/],
  logLevel: 'warn',
});
await bundel.write({ dir: DIST, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'kbk-[hash].js' });
await bundel.close();
