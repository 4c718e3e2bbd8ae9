#!/usr/bin/env node
// Thin launcher: all behaviour, including exit codes and signals, lives in dist/cli/main.js.
import { jalankan } from '../dist/cli/main.js';

await jalankan(process.argv);
