#!/usr/bin/env node
// Thin launcher: all behaviour, including exit codes and signals, lives in src/cli/main.ts (bundled into dist/kbk.js by scripts/bundel.mjs).
import { jalankan } from '../dist/kbk.js';

await jalankan(process.argv);
