#!/usr/bin/env node
// Thin launcher: all behaviour, including exit codes, lives in dist/cli/main.js.
import { main } from '../dist/cli/main.js';

// `kbk rules show kbk-2019 | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv);
