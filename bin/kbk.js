#!/usr/bin/env node
// Thin launcher: all behaviour, including exit codes, lives in dist/cli/main.js.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
