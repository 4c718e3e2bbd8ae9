// The one place where errors become exit codes (sysexits, spec §4.1).
import { CommanderError } from 'commander';
import { DataError, MissingInputError, OutputError, UsageError } from '../errors.js';

export const EXIT = { ok: 0, beda: 1, usage: 64, data: 65, noinput: 66, software: 70, cantcreat: 73 } as const;

/** kbk check found a difference (exit 1); what differs was already printed. */
export class CheckFailed extends Error {}

export function exitCodeFor(e: unknown): number {
  if (e instanceof CheckFailed) return EXIT.beda;
  if (e instanceof CommanderError) {
    // --help and --version end through commander too, successfully.
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (e instanceof UsageError) return EXIT.usage;
  if (e instanceof DataError) return EXIT.data;
  if (e instanceof MissingInputError) return EXIT.noinput;
  if (e instanceof OutputError) return EXIT.cantcreat;
  return EXIT.software;
}
