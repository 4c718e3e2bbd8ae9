// A command's action loaded when that command runs. The commander declarations (options, help)
// are read at start-up for every run; what an action needs (its app job and through it report,
// ingest, core) is imported only by the one command that runs, from src/cli/aksi/*.ts. Errors
// thrown there are the classes of src/errors.ts (one module instance: the same URL), so main()'s
// single exit-code boundary maps them as before.
import type { Io } from './output.js';

/** The action of a command: its module imported on first use, then called with io and what commander passes. */
export const saatJalan =
  <A extends unknown[]>(io: Io, muat: () => Promise<(io: Io, ...a: A) => unknown>) =>
  async (...a: A): Promise<void> => {
    await (await muat())(io, ...a);
  };
