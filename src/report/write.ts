// Atomic report files: written to a temporary file in the same folder, flushed, then
// renamed over the target, so a failed or killed run leaves the previous report intact.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { OutputError } from '../errors.js';

export function csvText(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return stringify(rows as Record<string, string>[], { header: true, columns: [...columns], record_delimiter: 'unix' });
}

/** A file's content: text, or chunks made as they are written (a rejects file can be large). */
export type Isi = string | (() => Iterable<string>);

/** The same bytes as csvText, made a thousand rows at a time. */
export function csvPotongan(columns: readonly string[], rows: Iterable<Record<string, string>>): () => Iterable<string> {
  return function* () {
    yield csvText(columns, []);
    let batch: Record<string, string>[] = [];
    for (const r of rows) {
      batch.push(r);
      if (batch.length === 1000) {
        yield stringify(batch, { columns: [...columns], record_delimiter: 'unix' });
        batch = [];
      }
    }
    if (batch.length > 0) yield stringify(batch, { columns: [...columns], record_delimiter: 'unix' });
  };
}

export function isiTeks(isi: Isi): string {
  return typeof isi === 'string' ? isi : [...isi()].join('');
}

export function tulisAtomik(path: string, content: Isi): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      for (const chunk of typeof content === 'string' ? [content] : content()) writeSync(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder itself is unusable; there is no temporary file to clean up.
    }
    throw new OutputError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
