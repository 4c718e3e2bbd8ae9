// One month's large files read in pieces on two threads (issue 22, src/ingest/belah.ts,
// src/ingest/bulan/pembelah.ts) give what one read gives, byte for byte: the counts, the
// rejects in their order with their line numbers, the warnings, the reports, stdout, stderr
// and the exit code — on the demo month and on months damaged where the pieces meet and
// elsewhere: bad rows in every part of a file, rows dated outside the month, a row with more
// values than the header, a card active at two facilities (one row before and one after the
// middle), a quoted value over two lines, no final line break, an implausible measurement,
// --strict's first bad row in the helper's part, too many rejects, the Excel dialect,
// rujukan.csv (read whole on the helper) with conflicting duplicates, missing, or over the
// rejects threshold; and
// kbk validate's figures (rows, facilities, date ranges) on the damaged month.
// KBK_THREADS=1 reads each file whole; KBK_THREADS=2 cuts every file into 8 pieces whatever
// its size. The ingest-level test checks that the helper's pieces were taken over, so that
// the comparisons compare two ways of reading and not one way twice.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bacaBulan, type KonteksBaca } from '../src/ingest/bulan.js';
import { PembelahBulan } from '../src/ingest/bulan/pembelah.js';
import { bacaDiagnosa, bacaFktp } from '../src/ingest/master.js';
import { Penolakan } from '../src/ingest/rejects.js';
import { FIXTURES, samaDuaUtas, tmp } from './helpers.js';

const JUNI = 2024 * 12 + 5;

/** The demo months in a fresh folder, changed by `ubah`. */
function data(ubah: (dir: string) => void = () => {}): string {
  const dir = tmp('kbk-belah-');
  cpSync(join(FIXTURES, 'demo'), dir, { recursive: true });
  ubah(dir);
  return dir;
}

/** A month file's lines (header first), changed by `ubah`, written back with `akhir` after the last line. */
function ubahBaris(dir: string, file: string, ubah: (baris: string[]) => void, akhir = '\n'): void {
  const path = join(dir, '2024-06', file);
  const baris = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
  ubah(baris);
  writeFileSync(path, baris.join('\n') + akhir);
}

/** Puts `sisip` before the line at `bagian` of the data rows (0: the first, 1: after the last). */
function sisipkan(baris: string[], bagian: number, ...sisip: string[]): void {
  const i = 1 + Math.floor((baris.length - 1) * bagian);
  const ekor = baris.splice(i);
  for (const x of sisip) baris.push(x);
  for (const x of ekor) baris.push(x);
}

/** Damage in every part of every file the helper reads pieces of. */
function rusak(dir: string): void {
  ubahBaris(dir, 'peserta.csv', (b) => {
    sisipkan(b, 0.1, '12345,P001,aktif');
    // One card active at two facilities: a row before the middle, one after it.
    sisipkan(b, 0.3, '0009990000001,P001,aktif');
    sisipkan(b, 0.8, '0009990000001,P002,aktif', 'bukan-kartu,P002,aktif', '0009990000002,P999,aktif');
    sisipkan(b, 0.95, '0009990000003,P001,entah');
  });
  ubahBaris(dir, 'kontak.csv', (b) => {
    sisipkan(b, 0.05, '0001010000001,P001,31/02/2024x,sehat');
    sisipkan(b, 0.5, '0001010000002,P001,2024-05-30,sehat', '0001010000003,P001,2024-06-04,sehat,lebih,banyak');
    // A quoted value over two lines, in a row after the middle.
    sisipkan(b, 0.6, '0001010000004,P001,2024-06-05,"sehat', 'kunjungan"');
    sisipkan(b, 0.9, '0001010000005,P001,2024-07-01,sehat', '0001010000006,P001,2024-13-01,sehat', ',P001,2024-06-01,sehat');
  });
  // rujukan.csv, read whole on the helper: a number on two rows of other content (both rejected, read again), a bad date, one dated outside the month.
  ubahBaris(dir, 'rujukan.csv', (b) => {
    sisipkan(b, 0.2, 'R202406999991,0001010000001,P001,2024-06-02,N18.5,,0');
    sisipkan(b, 0.6, 'R202406999991,0001010000002,P001,2024-06-02,N18.5,,0', 'R202406999992,0001010000003,P001,2024-06-31,N18.5,,0', 'R202406999993,0001010000004,P001,2024-05-02,N18.5,,0');
  });
  ubahBaris(
    dir,
    'prolanis.csv',
    (b) => {
      sisipkan(b, 0.2, '0001010004958,P001,DM,1,2024-06-11,5,,');
      sisipkan(b, 0.7, '0001010004959,P001,HT,1,2024-06-11,,120,', '0001010004960,P001,XX,1,2024-06-11,110,,');
    },
    '',
  );
}

/** The Excel-Indonesian dialect of a month: `;`, CRLF, a BOM, dd/mm/yyyy dates, decimal commas. */
function excel(dir: string): void {
  for (const f of ['peserta.csv', 'kontak.csv', 'rujukan.csv', 'prolanis.csv']) {
    const path = join(dir, '2024-06', f);
    const teks = readFileSync(path, 'utf8')
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => l.split(',').map((v) => v.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1').replace(/^(\d+)\.(\d+)$/, '$1,$2')).join(';'))
      .join('\r\n');
    writeFileSync(path, '\uFEFF' + teks + '\r\n');
  }
}

async function konteks(dataDir: string, opsi: { strict?: boolean } = {}): Promise<KonteksBaca> {
  const tolak = new Penolakan({ strict: opsi.strict ?? false, maxRejectRate: 1 });
  const file = { tolak, dialek: {}, barisDibaca: new Map<string, number>(), peringatan: [] };
  return { ...file, dataDir, master: await bacaFktp(file, dataDir), diagnosa: await bacaDiagnosa(file, dataDir) };
}

describe('one month read in pieces on two threads gives what one read gives', () => {
  for (const [nama, ubah] of [
    ['the demo month', (): void => {}],
    ['a month damaged in every part of its files', rusak],
    ['the demo month in the Excel-Indonesian dialect', excel],
  ] as const)
    it(`${nama}: the same facts, rejects and warnings, the helper's pieces taken over for peserta, kontak and prolanis`, async () => {
      const dir = data(ubah);
      const seq = await konteks(dir);
      const satu = await bacaBulan(seq, JUNI);
      const par = await konteks(dir);
      const pembelah = PembelahBulan.mulai({ ...par, belah: { paksa: true } }, JUNI) as PembelahBulan;
      expect(pembelah).not.toBeNull();
      let dua;
      try {
        dua = await bacaBulan({ ...par, pembelah }, JUNI);
      } finally {
        pembelah.tutup();
      }
      expect(dua).toEqual(satu);
      expect([...par.tolak.semua()]).toEqual([...seq.tolak.semua()]);
      expect(par.peringatan).toEqual(seq.peringatan);
      expect(par.barisDibaca).toEqual(seq.barisDibaca);
      // The helper read pieces of each file (of 8), and they were taken over.
      for (const f of ['peserta.csv', 'kontak.csv', 'prolanis.csv']) expect(pembelah.potonganDiambil.get(`2024-06/${f}`), f).toBeGreaterThan(0);
      expect(pembelah.potonganDiambil.has('2024-06/rujukan.csv')).toBe(false);
      // rujukan.csv is read whole on the helper, while peserta.csv is read here.
      expect(pembelah.rujukanDiambil).toBe(true);
    }, 60_000);

  it('the damaged month: the rejects name the lines as one read does (the helper counts its lines from its piece)', async () => {
    const dir = data(rusak);
    const par = await konteks(dir);
    const pembelah = PembelahBulan.mulai({ ...par, belah: { paksa: true } }, JUNI) as PembelahBulan;
    try {
      await bacaBulan({ ...par, pembelah }, JUNI);
    } finally {
      pembelah.tutup();
    }
    // Every reject of each file names the line its row is on (the rows damaged here, and the demo's own rows dated outside the month).
    for (const f of ['peserta.csv', 'kontak.csv', 'prolanis.csv']) {
      const baris = readFileSync(join(dir, '2024-06', f), 'utf8').split('\n');
      const tolak = [...par.tolak.semua()].filter((t) => t.file === `2024-06/${f}`);
      expect(tolak.length, f).toBeGreaterThanOrEqual(f === 'prolanis.csv' ? 2 : 5);
      for (const t of tolak) expect(baris[t.baris - 1], `${f}:${t.baris}`).toBe(t.isi);
    }
  }, 60_000);

  it('--strict: the first bad row, in the helper\'s part, stops the read with its own line', async () => {
    const dir = data((d) => ubahBaris(d, 'kontak.csv', (b) => sisipkan(b, 0.9, '0001010000001,P001,31/02/2024x,sehat')));
    const par = await konteks(dir, { strict: true });
    const pembelah = PembelahBulan.mulai({ ...par, belah: { paksa: true } }, JUNI) as PembelahBulan;
    const baris = readFileSync(join(dir, '2024-06', 'kontak.csv'), 'utf8').split('\n').indexOf('0001010000001,P001,31/02/2024x,sehat') + 1;
    try {
      await expect(bacaBulan({ ...par, pembelah }, JUNI)).rejects.toThrow(`2024-06/kontak.csv:${baris} column tgl_kontak`);
    } finally {
      pembelah.tutup();
    }
    expect(baris).toBeGreaterThan(4000);
  }, 60_000);

  const KASUS: [string, (dir: string) => void, [string[], number][]][] = [
    ['the demo month', () => {}, [[['compute', '--month', '2024-06'], 0], [['compute', '--month', '2024-06', '--json', '--lang', 'en'], 0]]],
    ['damage in every part of every file', rusak, [[['compute', '--month', '2024-06'], 0], [['compute', '--month', '2024-06', '--strict'], 65], [['compute', '--month', '2024-06', '--max-reject-rate', '0.01'], 65]]],
    [
      "--strict's first bad row in the helper's part of kontak.csv",
      (d) => ubahBaris(d, 'kontak.csv', (b) => sisipkan(b, 0.9, '0001010000001,P001,31/02/2024x,sehat', '0001010000002,P001,31/02/2024y,sehat')),
      [[['compute', '--month', '2024-06', '--strict'], 65], [['compute', '--month', '2024-06', '--max-reject-rate', '0.01'], 65]],
    ],
    [
      'more rejects than the helper keeps (the main thread reads its pieces, and spills)',
      (d) => ubahBaris(d, 'kontak.csv', (b) => sisipkan(b, 0.7, ...Array.from({ length: 120_000 }, (_, i) => `000101000000${i % 10},P001,31/02/2024x,sehat`))),
      [[['compute', '--month', '2024-06', '--max-reject-rate', '100'], 0]],
    ],
    ['the Excel-Indonesian dialect', excel, [[['compute', '--month', '2024-06'], 0]]],
    ['no rujukan.csv (the helper leaves it to the main thread, which stops as one read does)', (d) => rmSync(join(d, '2024-06', 'rujukan.csv')), [[['compute', '--month', '2024-06'], 66]]],
    [
      'rujukan.csv over --max-reject-rate (its threshold checked where one read checks it)',
      (d) => ubahBaris(d, 'rujukan.csv', (b) => sisipkan(b, 0.5, ...Array.from({ length: 40 }, (_, i) => `R20240699${String(i).padStart(4, '0')},0001010000001,P001,2024-06-31,N18.5,,0`))),
      [[['compute', '--month', '2024-06', '--max-reject-rate', '1'], 65], [['compute', '--month', '2024-06', '--strict'], 65]],
    ],
    ['kbk validate, clean and damaged', rusak, [[['validate', '--month', '2024-06'], 0], [['validate', '--month', '2024-06', '--json'], 0], [['validate', '--month', '2024-06', '--max-reject-rate', '0.01'], 65]]],
  ];
  for (const [nama, ubah, runs] of KASUS)
    it(`kbk compute, ${nama}: stdout, stderr, reports and exit code byte for byte`, async () => {
      const d = data(ubah);
      for (const [args, kode] of runs) await samaDuaUtas([...args.slice(0, 1), '--data', d, ...args.slice(1)], kode, ['1', '2']);
    }, 120_000);

  it('never in pieces: KBK_THREADS=1, an audit collector, --verifikasi, a summary workbook; small months only when KBK_THREADS asks', async () => {
    const ctx = await konteks(join(FIXTURES, 'demo'));
    expect(PembelahBulan.mulai(ctx, JUNI)).toBeNull();
    for (const lain of [{ jejak: {} }, { verifikasi: {} }, { ringkasan: {} }])
      expect(PembelahBulan.mulai({ ...ctx, ...lain, belah: { paksa: true } } as KonteksBaca, JUNI)).toBeNull();
    // Automatic: the demo month (under 1 MiB) is far below the size where a helper pays.
    expect(PembelahBulan.mulai({ ...ctx, belah: { paksa: false } }, JUNI)).toBeNull();
  });
});
