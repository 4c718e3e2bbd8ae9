// Months read side by side on worker threads (issue 22, src/app/bulan-paralel.ts) say exactly
// what a sequential run says: the same stdout, stderr (warnings in their order, progress),
// rejects, reports and exit code, byte for byte, on clean and on damaged months: bad rows in
// two months, --strict's first bad row, two months over --max-reject-rate (the first month's
// error wins), a missing file, another month's file. KBK_THREADS=1 is the sequential path;
// KBK_THREADS=4 forces the workers whatever the size of the months.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Prabaca } from '../src/app/bulan-paralel.js';
import type { KonteksBaca } from '../src/ingest/bulan.js';
import type { OpsiJob } from '../src/app/opsi.js';
import { ENV_PROSES, FIXTURES, kbk, ROOT, samaDuaUtas, tmp } from './helpers.js';

/** The demo months (2024-04..07) in a fresh folder, changed by `ubah`. */
function data(ubah: (dir: string) => void = () => {}): string {
  const dir = tmp('kbk-paralel-');
  cpSync(join(FIXTURES, 'demo'), dir, { recursive: true });
  ubah(dir);
  return dir;
}

/** A card's row with a bad date in a month's kontak.csv (one more reject there). */
const tanggalRusak = (dir: string, bulan: string, n = 1): void => {
  for (let i = 0; i < n; i++) appendFileSync(join(dir, bulan, 'kontak.csv'), `000101000000${i % 10},P001,31/02/2024x,sehat\n`);
};

describe('months on worker threads say what a sequential run says', () => {
  /** Each case: a name, how the demo months are damaged, and the runs (arguments after --data DIR, expected exit code). */
  const KASUS: [string, (dir: string) => void, [string[], number][]][] = [
    ['run, pay and banding of clean months', () => {}, [[['run', '--month', '2024-07'], 0], [['pay', '--month', '2024-07'], 0], [['banding', '--month', '2024-07', '--window-banding', 'bulanan'], 0]]],
    [
      'bad rows in two months and in the payment month: each month\'s rejects in its file, in order, the warnings in order',
      (dir) => {
        tanggalRusak(dir, '2024-04', 3);
        tanggalRusak(dir, '2024-06', 2);
        appendFileSync(join(dir, '2024-07', 'peserta.csv'), 'bukan-kartu,P001\n');
      },
      [[['run', '--month', '2024-07'], 0], [['pay', '--month', '2024-07', '--lang', 'en'], 0], [['banding', '--month', '2024-07', '--window-banding', 'bulanan'], 0]],
    ],
    [
      "a month with more rejects than memory holds (the worker's spill file taken over in order)",
      (dir) => {
        tanggalRusak(dir, '2024-04', 60_000);
        tanggalRusak(dir, '2024-05', 5);
      },
      [[['run', '--month', '2024-07', '--max-reject-rate', '100'], 0]],
    ],
    [
      "--strict with two bad months: the first month's first bad row stops the run (65), its rejects written",
      (dir) => {
        tanggalRusak(dir, '2024-05');
        tanggalRusak(dir, '2024-06');
      },
      [[['run', '--month', '2024-07', '--strict'], 65], [['banding', '--month', '2024-07', '--window-banding', 'bulanan', '--strict'], 65]],
    ],
    [
      "two months over --max-reject-rate: the earlier month's error and exit code",
      (dir) => {
        tanggalRusak(dir, '2024-05', 200);
        tanggalRusak(dir, '2024-06', 300);
      },
      [[['run', '--month', '2024-07', '--max-reject-rate', '1'], 65], [['pay', '--month', '2024-07', '--max-reject-rate', '1'], 65]],
    ],
    [
      'a missing file in one month (66) before a bad month: the missing file wins, as in turn',
      (dir) => {
        rmSync(join(dir, '2024-05', 'kontak.csv'));
        tanggalRusak(dir, '2024-06', 300);
      },
      [[['run', '--month', '2024-07', '--max-reject-rate', '1'], 66], [['pay', '--month', '2024-07', '--max-reject-rate', '1'], 66]],
    ],
    [
      'a bad month before a missing file: the bad month wins (65)',
      (dir) => {
        tanggalRusak(dir, '2024-04', 300);
        rmSync(join(dir, '2024-06', 'prolanis.csv'));
      },
      [[['run', '--month', '2024-07', '--max-reject-rate', '1'], 65]],
    ],
    [
      "another month's file (2024-05's kontak.csv in 2024-06) stops as in turn, and is accepted as in turn",
      (dir) => writeFileSync(join(dir, '2024-06', 'kontak.csv'), readFileSync(join(dir, '2024-05', 'kontak.csv'))),
      [[['run', '--month', '2024-07'], 65], [['run', '--month', '2024-07', '--terima-luar-bulan', '2024-06/kontak.csv'], 0]],
    ],
    [
      'a missing assessment month and no peserta.csv in the payment month: the warnings in the same order',
      (dir) => {
        rmSync(join(dir, '2024-05'), { recursive: true });
        rmSync(join(dir, '2024-07', 'peserta.csv'));
      },
      [[['run', '--month', '2024-07'], 0], [['run', '--month', '2024-07', '--wajib-lengkap'], 65]],
    ],
  ];

  for (const [nama, ubah, runs] of KASUS)
    it(nama, async () => {
      const d = data(ubah);
      for (const [[perintah, ...args], kode] of runs) await samaDuaUtas([perintah as string, '--data', d, ...args], kode, ['1', '4']);
    }, 120_000);

  it('KBK_THREADS that is not a whole number ≥ 1 is a usage error (64), not a silent choice', async () => {
    const r = await kbk(['run', '--data', data(), '--month', '2024-07', '--out', tmp()], { env: { KBK_THREADS: 'dua' } });
    expect(r.code).toBe(64);
    expect(r.err).toContain('KBK_THREADS=dua');
  }, 60_000);

  it('SIGTERM while the workers read: exit 143, no report, no temporary left (the workers\' rejects spill folder included)', async () => {
    // Months large enough that the workers are still reading when the signal comes (a few MB each).
    const d = tmp('kbk-paralel-besar-');
    const kartu = (i: number): string => String(1_000_000_000_000 + i).padStart(13, '0');
    writeFileSync(join(d, 'fktp.csv'), 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\n');
    for (const bulan of ['2024-04', '2024-05', '2024-06', '2024-07']) {
      mkdirSync(join(d, bulan));
      const n = 300_000;
      writeFileSync(join(d, bulan, 'peserta.csv'), 'no_kartu,kode_ppk\n' + Array.from({ length: n }, (_, i) => `${kartu(i)},A\n`).join(''));
      writeFileSync(join(d, bulan, 'kontak.csv'), 'no_kartu,kode_ppk,tgl_kontak\n' + Array.from({ length: n / 5 }, (_, i) => `${kartu(i * 5)},A,${bulan}-${String(1 + (i % 28)).padStart(2, '0')}\n`).join(''));
      writeFileSync(join(d, bulan, 'rujukan.csv'), 'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\n');
      writeFileSync(join(d, bulan, 'prolanis.csv'), 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n');
    }
    const tmpdir = tmp('kbk-paralel-tmpdir-');
    const out = join(tmp(), 'laporan');
    const p = spawn(process.execPath, [join(ROOT, 'bin/kbk.js'), 'run', '--data', d, '--month', '2024-07', '--out', out], { env: { ...ENV_PROSES, TMPDIR: tmpdir, KBK_THREADS: '4' } });
    let err = '';
    p.stderr.on('data', (b) => (err += b));
    // The workers' folder exists once they start; the signal comes then.
    await new Promise<void>((selesai) => {
      const t = setInterval(() => {
        if (readdirSync(tmpdir).some((n) => n.startsWith('kbk-tolak-'))) {
          clearInterval(t);
          selesai();
        }
      }, 5);
    });
    p.kill('SIGTERM');
    const [code] = (await new Promise((r) => p.on('exit', (...a) => r(a)))) as [number | null];
    expect(code, err).toBe(143);
    expect(readdirSync(tmpdir)).toEqual([]);
    expect(existsSync(out) ? readdirSync(out).filter((n) => n.endsWith('.csv')) : []).toEqual([]);
  }, 120_000);

  it('never on workers: KBK_THREADS=1, a --summary workbook, an audit collector, --verifikasi worksheets, one read only', () => {
    const ctx = {} as KonteksBaca;
    const opsi = { utas: '4', dataDir: join(FIXTURES, 'demo') } as OpsiJob;
    const dua = [
      { jenis: 'bulan' as const, bulan: 2024 * 12 + 3 },
      { jenis: 'bulan' as const, bulan: 2024 * 12 + 4 },
    ];
    expect(Prabaca.mulai(ctx, { ...opsi, utas: '1' }, dua)).toBeNull();
    expect(Prabaca.mulai({ ...ctx, ringkasan: {} } as KonteksBaca, opsi, dua)).toBeNull();
    expect(Prabaca.mulai({ ...ctx, jejak: {} } as KonteksBaca, opsi, dua)).toBeNull();
    // The worksheets are applied inside the month's read with ctx.lembarVerifikasi, which a worker does not have.
    expect(Prabaca.mulai({ ...ctx, lembarVerifikasi: new Map([[2024 * 12 + 3, {}]]) } as unknown as KonteksBaca, opsi, dua)).toBeNull();
    expect(Prabaca.mulai(ctx, opsi, dua.slice(0, 1))).toBeNull();
    // Automatic: the demo months (a few MiB) are below the size where a worker pays.
    expect(Prabaca.mulai(ctx, { ...opsi, utas: undefined }, dua)).toBeNull();
  });
});
