// kbk's version is package.json's: read where the package is installed (dist/versi.js sits
// one folder below package.json, in a clone and in an installed tarball alike).
import { readFileSync } from 'node:fs';

export const VERSI: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
