// Error kinds that carry their sysexits meaning (spec §4.1). Only src/cli/exit.ts turns
// them into process exit codes.
import type { Pesan, Teks } from './pesan/index.js';

/**
 * An error whose message is in both languages: `message` is the English text, `teks` both
 * (the catalog, src/pesan). The one constructor of kbk's errors (KbkError below, and
 * RulesError in src/rules/index.ts, which is not an exit-code error).
 */
export class GalatDuaBahasa extends Error {
  readonly teks: Teks;
  constructor(pesan: Pesan) {
    super(typeof pesan === 'string' ? pesan : pesan.en);
    this.teks = typeof pesan === 'string' ? { id: pesan, en: pesan } : pesan;
    this.name = new.target.name;
  }
}

/** An error that carries its exit code's meaning (the subclasses below). */
export class KbkError extends GalatDuaBahasa {}

/** 64: the command line is wrong. */
export class UsageError extends KbkError {}
/** 65: input data invalid (strict mode, rejects above the threshold, unusable file). */
export class DataError extends KbkError {}
/** 66: an input file or folder is missing or unreadable. */
export class MissingInputError extends KbkError {}
/** 73: an output cannot be written. */
export class OutputError extends KbkError {}
