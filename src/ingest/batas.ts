// The size limits of a CSV read (src/ingest/csv.ts), in a file of their own: the command
// line's help names the defaults at start-up without loading the reader (src/cli/opsi-perintah.ts).
/** Size limits that keep memory bounded whatever a file holds (--max-row-bytes, --max-field-bytes). */
export interface BatasUkuran {
  baris: number;
  nilai: number;
}

/** Far above any real export's row (a few hundred bytes), far below what hurts memory. */
export const BATAS_BAWAAN: BatasUkuran = { baris: 1 << 20, nilai: 64 << 10 };
