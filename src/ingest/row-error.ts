/**
 * A value in a row could not be used; the reader sends the row to the rejects.
 * `kolom` is the canonical column, `jenis` a short kind of problem ("not a date") by
 * which the summaries count rejects.
 */
export class RowError extends Error {
  constructor(
    readonly kolom: string,
    message: string,
    readonly jenis: string,
  ) {
    super(message);
  }
}
