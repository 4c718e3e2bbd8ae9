import type { Pesan, Teks } from '../pesan/index.js';

/**
 * A value in a row could not be used; the reader sends the row to the rejects.
 * `kolom` is the canonical column, `jenis` a short kind of problem ("not a date") by
 * which the summaries count rejects. `message` is the English text, the reason the
 * rejects file gives whatever the language; `teks` holds both languages, for the
 * terminal (--strict, or a file above --max-reject-rate, quotes its first bad row).
 *
 * Not an Error: it is thrown once per bad row and caught by the reader a few frames up,
 * and an Error's stack trace cost 5 µs a row (11 s for an export of 2 million bad rows).
 * The two texts are built only when a row is bad.
 */
export class RowError {
  readonly message: string;
  readonly teks: Teks;
  constructor(
    readonly kolom: string,
    pesan: Pesan,
    readonly jenis: string,
  ) {
    this.teks = typeof pesan === 'string' ? { id: pesan, en: pesan } : pesan;
    this.message = this.teks.en;
  }
}
