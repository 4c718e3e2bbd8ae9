// The provisional-values note a command's action ends with; here, not in src/cli/output.ts,
// because it reads the shipped rule sets (src/report/catatan.ts), which only a running
// command needs.
import { catatanProvisional } from '../../report/catatan.js';
import { info, type Io } from '../output.js';

/** The provisional-values note (stderr, not with --quiet). */
export function catatanNilai(io: Io, dipakai: Parameters<typeof catatanProvisional>[0]): void {
  const note = catatanProvisional(dipakai);
  if (note) info(io, note);
}
