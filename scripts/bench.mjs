#!/usr/bin/env node
// Benchmark: prints figures, asserts nothing. Run with `npm run bench`.
//   BENCH_PESERTA  participants in the synthetic month (default 1,000,000)
//   BENCH_FKTP     facilities (default 200)
//   BENCH_INDEX    cards for the participant-index test (default 20,000,000: past V8's
//                  16.7-million-entry limit for Map/Set)
//   BENCH_DIALEK   excel: write the month as Excel on Indonesian Windows does (BOM,
//                  semicolons, CRLF, dd/mm/yyyy), to time the sniffing and date checks
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { compute } from '../dist/app/jobs.js';
import { parseMonth } from '../dist/core/month.js';
import { IndeksPeserta, KunciKartu } from '../dist/ingest/peserta-index.js';

const N = Number(process.env.BENCH_PESERTA ?? 1_000_000);
const F = Number(process.env.BENCH_FKTP ?? 200);
const IDX = Number(process.env.BENCH_INDEX ?? 20_000_000);
const EXCEL = process.env.BENCH_DIALEK === 'excel';
/** A canonical line in the chosen dialect. */
const dialek = EXCEL ? (line) => line.replaceAll(',', ';').replace(/(\d{4})-(\d{2})-(\d{2})/g, '$3/$2/$1') + '\r' : (line) => line;
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
const fmt = (n) => n.toLocaleString('en-US');

async function writeRows(path, header, count, row) {
  const s = createWriteStream(path);
  s.write((EXCEL ? '\uFEFF' : '') + dialek(header) + '\n');
  let buf = '';
  for (let i = 0; i < count; i++) {
    buf += dialek(row(i)) + '\n';
    if (buf.length > 1 << 20) {
      if (!s.write(buf)) await once(s, 'drain');
      buf = '';
    }
  }
  s.write(buf);
  s.end();
  await once(s, 'finish');
  return count;
}

const dir = mkdtempSync(join(tmpdir(), 'kbk-bench-'));
try {
  const m = '2024-06';
  mkdirSync(join(dir, m));
  const kode = (i) => `F${String(i % F).padStart(4, '0')}`;
  const card = (i) => String(1_000_000_000_000 + i).padStart(13, '0');
  let t = Date.now();
  await writeRows(join(dir, 'fktp.csv'), 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi', F, (i) => `${kode(i)},Fasilitas ${i},puskesmas,6000`);
  const rows = {
    peserta: await writeRows(join(dir, m, 'peserta.csv'), 'no_kartu,kode_ppk,status', N, (i) => `${card(i)},${kode(i)},aktif`),
    // ~15 % of participants with 1-3 contacts, plus noise from other facilities.
    kontak: await writeRows(join(dir, m, 'kontak.csv'), 'no_kartu,kode_ppk,tgl_kontak', Math.round(N * 0.3), (i) => {
      const p = (i * 7) % Math.round(N * 0.15 * 6.67);
      return `${card(p)},${kode(p)},${m}-${String(1 + (i % 28)).padStart(2, '0')}`;
    }),
    rujukan: await writeRows(join(dir, m, 'rujukan.csv'), 'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik', Math.round(N * 0.02), (i) =>
      `R${i},${card(i * 31 % N)},${kode(i * 31 % N)},${m}-15,J06.9,${i % 40 === 0 ? 1 : 0}`),
    prolanis: await writeRows(join(dir, m, 'prolanis.csv'), 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole', Math.round(N * 0.05), (i) => {
      const p = (i * 13) % N;
      return i % 2 ? `${card(p)},${kode(p)},DM,1,${m}-10,${90 + (i % 80)},,` : `${card(p)},${kode(p)},HT,1,${m}-10,,${120 + (i % 40)},${70 + (i % 30)}`;
    }),
  };
  const bytes = ['peserta', 'kontak', 'rujukan', 'prolanis'].reduce((a, f) => a + statSync(join(dir, m, `${f}.csv`)).size, 0);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  console.log(`generated ${fmt(total)} rows${EXCEL ? ' (Excel dialect)' : ''} (${mb(bytes)}) for ${fmt(N)} participants at ${F} facilities in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  t = Date.now();
  const result = await compute({ dataDir: dir, outDir: join(dir, 'out'), strict: false, maxRejectRate: 0.01, dialek: {}, log: () => {} }, parseMonth(m));
  const secs = (Date.now() - t) / 1000;
  const sum = result.capaian[0].rows.reduce((a, c) => a + c.hitungan.pesertaKontak, 0);
  console.log(`kbk compute: ${secs.toFixed(2)} s, ${fmt(Math.round(total / secs))} rows/s, ${fmt(sum)} participants with a contact, ${result.tolak.size} rejects`);
  console.log(`peak RSS after compute: ${mb(process.resourceUsage().maxRSS * 1024)}`);

  t = Date.now();
  const kartu = new KunciKartu();
  const b = IndeksPeserta.builder();
  for (let i = 0; i < IDX; i++) b.tambah(kartu.kunci(card(IDX - i)), i % F, i + 2);
  const idx = b.bangun();
  let found = 0;
  for (let i = 0; i < IDX; i += 97) if (idx.cari(kartu.kunci(card(i + 1))) >= 0) found++;
  console.log(`participant index: ${fmt(idx.size)} distinct cards built and probed in ${((Date.now() - t) / 1000).toFixed(1)} s (${fmt(found)} probes found), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
