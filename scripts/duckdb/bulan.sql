-- The counts kbk compute gives for one month, written by hand in SQL: the reference the
-- benchmark times kbk against (DuckDB, one thread). Placeholders, filled in by
-- scripts/duckdb/jalankan.mjs: {DIR} the month folder, {AWAL} {AKHIR} the month's first and
-- last day, {CSV} the read_csv options of the dialect. Same rules as kbk: active
-- participants counted once and only at one facility; contacts of registered participants,
-- once, dated in the month; referrals once per no_rujukan (the first row), dated in the
-- month, TACC never non-specialistic; Prolanis: the latest measurement decides, all on that
-- date must be controlled (GDP 80–130, blood pressure < 140/90).
CREATE TEMP TABLE peserta AS
  SELECT no_kartu, kode_ppk FROM read_csv('{DIR}/peserta.csv', {CSV})
  WHERE lower(coalesce(status, '')) IN ('', 'aktif', 'active', 'a', '1', 'y', 'ya');
CREATE TEMP TABLE terdaftar AS
  SELECT no_kartu, min(kode_ppk) AS kode_ppk FROM peserta GROUP BY no_kartu HAVING count(DISTINCT kode_ppk) = 1;

CREATE TEMP TABLE hasil AS
WITH
kontak AS (
  SELECT t.kode_ppk, count(DISTINCT k.no_kartu) AS peserta_kontak
  FROM read_csv('{DIR}/kontak.csv', {CSV}) k
  JOIN terdaftar t ON t.no_kartu = k.no_kartu AND t.kode_ppk = k.kode_ppk
  WHERE strptime(k.tgl_kontak, '{TGL}')::DATE BETWEEN DATE '{AWAL}' AND DATE '{AKHIR}'
  GROUP BY 1
),
rujukan_baris AS (SELECT *, row_number() OVER () AS urut FROM read_csv('{DIR}/rujukan.csv', {CSV})),
rujukan AS (
  SELECT kode_ppk,
         count(*) AS rujukan_total,
         count(*) FILTER (WHERE non_spesialistik IN ('1', 'Y', 'y', 'ya', 'true')) AS rujukan_non_spesialistik
  FROM (SELECT * FROM rujukan_baris QUALIFY row_number() OVER (PARTITION BY no_rujukan ORDER BY urut) = 1)
  WHERE strptime(tgl_rujukan, '{TGL}')::DATE BETWEEN DATE '{AWAL}' AND DATE '{AKHIR}'
  GROUP BY 1
),
prolanis AS (
  SELECT p.no_kartu, p.kode_ppk, upper(p.diagnosa) AS dx, p.prolanis IN ('1', 'Y', 'y', 'ya') AS ikut,
         strptime(p.tgl_periksa, '{TGL}')::DATE AS tgl,
         CASE WHEN upper(p.diagnosa) = 'DM' THEN replace(p.gdp, ',', '.')::DECIMAL(18, 6) BETWEEN 80 AND 130
              ELSE replace(p.sistole, ',', '.')::DECIMAL(18, 6) < 140 AND replace(p.diastole, ',', '.')::DECIMAL(18, 6) < 90 END AS ok
  FROM read_csv('{DIR}/prolanis.csv', {CSV}) p
  JOIN terdaftar t ON t.no_kartu = p.no_kartu AND t.kode_ppk = p.kode_ppk
),
per_program AS (
  SELECT kode_ppk, no_kartu, dx, bool_or(ikut) AS ikut, bool_and(ok) FILTER (WHERE tgl = terakhir) AS terkendali
  FROM (SELECT *, max(tgl) OVER (PARTITION BY no_kartu, dx) AS terakhir FROM prolanis)
  GROUP BY 1, 2, 3
),
prolanis_f AS (
  SELECT kode_ppk,
         count(*) FILTER (WHERE dx = 'DM') AS dm_terdaftar,
         count(*) FILTER (WHERE dx = 'DM' AND ikut AND terkendali) AS dm_terkendali,
         count(*) FILTER (WHERE dx = 'HT') AS ht_terdaftar,
         count(*) FILTER (WHERE dx = 'HT' AND ikut AND terkendali) AS ht_terkendali
  FROM per_program GROUP BY 1
),
terdaftar_f AS (SELECT kode_ppk, count(*) AS peserta_terdaftar FROM terdaftar GROUP BY 1)
SELECT t.kode_ppk, t.peserta_terdaftar, coalesce(k.peserta_kontak, 0) AS peserta_kontak,
       coalesce(r.rujukan_total, 0) AS rujukan_total, coalesce(r.rujukan_non_spesialistik, 0) AS rujukan_non_spesialistik,
       coalesce(p.dm_terdaftar, 0) AS dm_terdaftar, coalesce(p.dm_terkendali, 0) AS dm_terkendali,
       coalesce(p.ht_terdaftar, 0) AS ht_terdaftar, coalesce(p.ht_terkendali, 0) AS ht_terkendali
FROM terdaftar_f t
LEFT JOIN kontak k USING (kode_ppk) LEFT JOIN rujukan r USING (kode_ppk) LEFT JOIN prolanis_f p USING (kode_ppk)
ORDER BY 1;

SELECT sum(peserta_terdaftar), sum(peserta_kontak), sum(rujukan_total), sum(rujukan_non_spesialistik),
       sum(dm_terdaftar), sum(dm_terkendali), sum(ht_terdaftar), sum(ht_terkendali) FROM hasil;
