// kbk check: recompute every fixture month and compare with its expected reports. A
// fixture is a data folder with an expected/ folder of reports; kapitasi-P.csv there is
// recomputed with `run` (so the window's capaian come along), capaian-M.csv with `compute`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KbkError, MissingInputError } from '../errors.js';
import type { Pesan, Teks } from '../pesan/index.js';
import { PESAN_APP } from '../pesan/app.js';
import { PESAN_CLI } from '../pesan/cli.js';
import { compute, pay, type FileLaporan, type OpsiJob } from './jobs.js';
import { bacaLaporan } from '../ingest/laporan.js';
import { jenisDariNama } from '../report/jenis-laporan.js';
import { uraiNama } from '../report/nama-laporan.js';
import { isiTeks } from '../report/write.js';

/** A fixture report that is not what was expected: differing (at its first differing line), not produced, or its run failed. */
export interface Beda {
  file: string;
  jenis: 'berbeda' | 'tidak_dibuat' | 'gagal';
  /** berbeda: the first differing line (1-based) and both versions of it; null past the end of a file. */
  baris?: number;
  diharapkan?: string | null;
  didapat?: string | null;
  /** gagal: why the run failed. */
  pesan?: Teks;
}

export interface HasilCheck {
  fixtures: number;
  files: number;
  beda: Beda[];
}

function fixtureDirs(dir: string): string[] {
  if (!existsSync(dir)) throw new MissingInputError(PESAN_APP.folderFixturesTidakAda(dir));
  if (existsSync(join(dir, 'expected'))) return [dir];
  return readdirSync(dir)
    .map((d) => join(dir, d))
    .filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'expected')))
    .sort();
}

function firstDifference(expected: string, actual: string): { baris: number; diharapkan: string | null; didapat: string | null } {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < Math.max(e.length, a.length) && e[i] === a[i]) i++;
  return { baris: i + 1, diharapkan: e[i] ?? null, didapat: a[i] ?? null };
}

export async function check(dir: string, log: (m: Pesan) => void): Promise<HasilCheck> {
  const result: HasilCheck = { fixtures: 0, files: 0, beda: [] };
  for (const fixture of fixtureDirs(dir)) {
    result.fixtures++;
    const expectedDir = join(fixture, 'expected');
    const expected = readdirSync(expectedDir).filter((f) => f.endsWith('.csv')).sort();
    // Each expected report through kbk's report reader first: a damaged one (cut short, not
    // CSV, not its kind's header, a FIFO) stops with its file and line (65) before any run;
    // the comparison stays one of bytes.
    const want = new Map(expected.map((f) => [f, bacaLaporan(join(expectedDir, f), jenisDariNama(f)).teks]));
    // kbk-check.json: what a fixture needs beyond its data folder (a summary workbook).
    const extra = existsSync(join(fixture, 'kbk-check.json')) ? (JSON.parse(readFileSync(join(fixture, 'kbk-check.json'), 'utf8')) as { summary?: string; labelBulan?: 'layanan' | 'bayar' }) : {};
    const opsi: OpsiJob = {
      dataDir: fixture,
      outDir: expectedDir,
      strict: false,
      dialek: {},
      maxRejectRate: 0.01,
      log: () => {},
      // The expected rejects are written in one language whatever the checker's locale: English.
      bahasa: 'en',
      ringkasan: extra.summary === undefined ? undefined : { path: join(fixture, extra.summary), labelBulan: extra.labelBulan ?? 'layanan' },
    };
    const produced = new Map<string, string>();
    const collect = (files: FileLaporan[]): void => files.forEach((f) => produced.set(basename(f.path), isiTeks(f.content)));
    try {
      for (const f of expected.filter((x) => uraiNama(x)?.jenis === 'kapitasi')) {
        const m = uraiNama(f)?.bulan ?? null;
        if (m !== null) collect((await pay(opsi, m, true)).files);
      }
      for (const f of expected.filter((x) => uraiNama(x)?.jenis === 'capaian' && !produced.has(x))) {
        const m = uraiNama(f)?.bulan ?? null;
        if (m !== null) collect((await compute(opsi, m)).files);
      }
    } catch (e) {
      if (!(e instanceof KbkError)) throw e;
      result.beda.push({ file: fixture, jenis: 'gagal', pesan: e.teks });
      continue;
    }
    for (const f of expected) {
      result.files++;
      const actual = produced.get(f);
      const diharapkan = want.get(f) ?? '';
      if (actual === undefined) result.beda.push({ file: join(expectedDir, f), jenis: 'tidak_dibuat' });
      else if (actual !== diharapkan) result.beda.push({ file: join(expectedDir, f), jenis: 'berbeda', ...firstDifference(diharapkan, actual) });
    }
    log(PESAN_CLI.checkFixture(fixture, expected.length));
  }
  return result;
}
