// The folders a test file made with tmp() (test/helpers.ts) are removed once it has run:
// months of exports and their reports, not to be left in a shared machine's TMPDIR.
// KBK_UJI_SIMPAN=1 keeps them, to look at after a failure.
import { afterAll } from 'vitest';
import { hapusSementara } from './helpers.js';

afterAll(hapusSementara);
