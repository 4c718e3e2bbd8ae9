// The verification worksheet's columns (sampel-YYYY-MM.csv / .xlsx): a fixed contract
// between `kbk sampel`, which writes the worksheet, and `--verifikasi FILE`, which reads the
// filled one back (src/ingest/headers.ts maps its header). One home: both import this list
// (src/report/sampel-kolom.ts re-exports it); do not respell it.

/**
 * sampel-YYYY-MM.csv's columns, in this order:
 * - bulan: the assessed month (YYYY-MM); benih: the seed (the same on every row);
 * - kode_ppk, jenis (`kontak` | `rujukan` | `prolanis`), no_kartu;
 * - file, baris: the source file as the rejects (tolak-*.csv) name it and the line as they number it;
 * - tanggal: the record's date (YYYY-MM-DD); dihitung_sebagai: what it counted for
 *   (KODE_DIHITUNG); rincian: human text in the run's language;
 * - sah, catatan_verifikasi: empty, for the assessment team (sah: `ya` / `tidak`).
 */
export const KOLOM_SAMPEL = [
  'bulan',
  'benih',
  'kode_ppk',
  'jenis',
  'no_kartu',
  'file',
  'baris',
  'tanggal',
  'dihitung_sebagai',
  'rincian',
  'sah',
  'catatan_verifikasi',
] as const;

export type KolomSampel = (typeof KOLOM_SAMPEL)[number];

/** The kinds of sampled records (column `jenis`). */
export const JENIS_SAMPEL = ['kontak', 'rujukan', 'prolanis'] as const;
export type JenisSampel = (typeof JENIS_SAMPEL)[number];

/**
 * What a sampled record counted for (column `dihitung_sebagai`), by kind:
 * - peserta_kontak: a registered participant counted as contacted, by the contact line the
 *   audit names for it (its earliest-dated counted contact, the first line of that date);
 * - rujukan_non_spesialistik: a counted non-specialistic referral (not TACC);
 * - prolanis_terkendali (rule sets counting control, kbk-2019): the deciding measurement
 *   (src/core/klinis.ts) that made an enrolled participant's DM or HT count as controlled;
 * - prolanis_berkunjung (rule sets counting visits, perber-2017): an enrolled participant
 *   counted as visiting, by the month's first prolanis.csv row, else by the contact line.
 */
export const KODE_DIHITUNG = {
  kontak: ['peserta_kontak'],
  rujukan: ['rujukan_non_spesialistik'],
  prolanis: ['prolanis_terkendali', 'prolanis_berkunjung'],
} as const satisfies Record<JenisSampel, readonly string[]>;
export type KodeDihitung = (typeof KODE_DIHITUNG)[JenisSampel][number];

/** The values `sah` may hold once filled (empty: not yet verified). */
export const SAH = { ya: 'ya', tidak: 'tidak' } as const;
