// The verification worksheet's columns: declared in src/core/sampel-kolom.ts, the lowest
// layer that reads them (src/ingest/headers.ts maps the filled worksheet's header with them,
// as it does a branch summary's with src/core/cabang.ts). Re-exported here for kbk sampel.
export * from '../core/sampel-kolom.js';
