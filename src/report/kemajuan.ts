// A progress line on stderr while a long file is read, when stderr is a terminal: the
// file, percent, rows, MiB/s and the time left (cli-progress), in the run's language. Nothing
// when it is not a terminal (cron, a pipe): the per-file lines say what was read.
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { Kemajuan } from '../ingest/csv.js';
import { angka, dalam, type Bahasa } from '../pesan/index.js';
import { PESAN_LAPORAN } from '../pesan/laporan.js';

/** Files below this are read before a bar would be seen. */
const MIN_BYTES = 8 << 20;

/** cli-progress, loaded only where a bar is drawn: a run whose stderr is no terminal (cron, a pipe, a benchmark) does not pay its start-up. */
const muatCliProgress = (): typeof CliProgress => createRequire(import.meta.url)('cli-progress') as typeof CliProgress;

export function kemajuanTerminal(stream: NodeJS.WriteStream, bahasa: Bahasa): { kemajuan: Kemajuan; selesai(): void } {
  const cliProgress = muatCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: dalam(PESAN_LAPORAN.kemajuanFormat, bahasa),
      barsize: 24,
      clearOnComplete: true,
      hideCursor: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let file: string | null = null;
  let mulai = 0;
  const berhenti = (): void => {
    if (file !== null) bar.stop();
    file = null;
  };
  return {
    kemajuan(label, dibaca, total, rows) {
      if (total < MIN_BYTES) return;
      if (label !== file) {
        berhenti();
        file = label;
        mulai = Date.now();
        bar.start(total, 0, { file: label, rows: '0', speed: '0' });
      }
      const detik = Math.max((Date.now() - mulai) / 1000, 0.001);
      bar.update(dibaca, { rows: angka(rows, bahasa), speed: (dibaca / 1048576 / detik).toFixed(0) });
      if (dibaca >= total) berhenti();
    },
    selesai: berhenti,
  };
}
