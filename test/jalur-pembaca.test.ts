// The readers' fast lanes (issue 22, src/ingest/csv.ts JalurCepat; not the plain-row split of
// test/jalur-cepat.test.ts, which every row still goes through): a plain row of the
// header's width read from its bytes by peserta.csv's, kontak.csv's, rujukan.csv's and prolanis.csv's
// readers, reusing what the row path decided (Ingatan.lihat). A lane must do for a row
// exactly what the row path does, or decline it untouched. Checked three ways:
// - the memory a lane looks in (Ingatan): values of up to 11 bytes kept as words, longer
//   ones as bytes, none mistaken for another;
// - the scanner (bacaCsv): which records it offers a lane, and the values it hands over;
// - months read both ways (KBK_JALUR=0: every row through the row path), on one thread and
//   on two, byte for byte: the demo month, and the demo month damaged at random row by row
//   (spaces, quotes, case, unknown codes, odd dates, entry dates past the deadline, healthy
//   visits with and without vitals, implausible and half measurements, referral numbers met
//   before with the same or other content, TACC codes and names, empty and odd flags, rows
//   too wide or too short, CRLF rows, blank lines), under several seeds: compute, validate
//   and audit.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ingatan, teksBytes } from '../src/ingest/baris.js';
import { bacaCsv, type JalurCepat } from '../src/ingest/csv.js';
import { Penolakan } from '../src/ingest/rejects.js';
import { acak, dataDir, FIXTURES, kbk, isiFolder, tmp } from './helpers.js';

describe('Ingatan: the memory a lane looks in', () => {
  const simpan = (ing: Ingatan, v: Buffer, hasil: string): string => ing.cari(v, 0, v.length, () => hasil, undefined, undefined as never);
  it('keeps each value apart: lengths, a NUL byte, bytes past 127, the 11/12-byte boundary, and says tidakAda for one never decided', () => {
    const ing = new Ingatan();
    const nilai = ['', 'A', 'A\0', '\0', 'aktif', 'tidak aktif', 'tidak aktiF', 'tidak aktif ', '2024-06-01', '2024-06-10', 'Ä', 'ÄÄÄÄÄ', 'P0001', 'P0001\0', 'abcdefghijkl', 'abcdefghijkm', 'abcdefghijk'].map((s) => Buffer.from(s, 'utf8'));
    for (const [i, v] of nilai.entries()) expect(simpan(ing, v, `#${i}`)).toBe(`#${i}`);
    // Alternating short and long values, and again in reverse: each finds its own.
    for (const [i, v] of [...nilai.entries()].reverse()) expect(ing.lihat(v, 0, v.length, null)).toBe(`#${i}`);
    for (const [i, v] of nilai.entries()) expect(ing.lihat(v, 0, v.length, null)).toBe(`#${i}`);
    // Inside a larger buffer: the bytes, not the buffer, decide.
    const buf = Buffer.from('xxtidak aktifyy');
    expect(ing.lihat(buf, 2, 13, null)).toBe('#5');
    expect(ing.lihat(buf, 2, 12, null)).toBe(null);
    expect(ing.lihat(Buffer.from('B'), 0, 1, null)).toBe(null);
    expect(ing.lihat(Buffer.from('abcdefghijkn'), 0, 12, null)).toBe(null);
  });

  it('a computation that throws is not kept: the row path meets it again, a lane never sees it', () => {
    const ing = new Ingatan();
    const v = Buffer.from('P999');
    expect(() =>
      ing.cari(v, 0, 4, () => {
        throw new Error('unknown');
      }, undefined, undefined as never),
    ).toThrow('unknown');
    expect(ing.lihat(v, 0, 4, 'none')).toBe('none');
  });

  // A national month has 27,000 facility codes: past the first 4,096 values a column whose
  // values come back is kept whole (lanes then take its rows), one that does not is not.
  it('grows past 4,096 values while they repeat (10,000 facility codes, short and long), and not for values met once', () => {
    const kode = (i: number, panjang: boolean): Buffer => Buffer.from(panjang ? `PUSKESMAS-${String(i).padStart(6, '0')}` : `F${String(i).padStart(5, '0')}`);
    for (const panjang of [false, true]) {
      const ing = new Ingatan();
      let dihitung = 0;
      // Twenty rounds over the codes, as rows of facilities in turn: the row path decides a
      // value only while the memory has not kept it.
      for (let r = 0; r < 20; r++)
        for (let i = 0; i < 10_000; i++)
          ing.cari(kode(i, panjang), 0, kode(i, panjang).length, () => (dihitung++, `f${i}`), undefined, undefined as never);
      for (let i = 0; i < 10_000; i++) expect(ing.lihat(kode(i, panjang), 0, kode(i, panjang).length, null)).toBe(`f${i}`);
      // By hand: round 1 decides 10,000 (keeps 4,096); rounds 2–8 find 4,096 each and decide
      // 5,904; in round 9 the finds reach 8 × 4,096 and the memory doubles at code 4,096
      // (5,904 decided, 8,192 kept); rounds 10–12 decide 1,808 each; in round 13 the finds
      // reach 8 × 8,192 and it doubles at code 8,192 (1,808): 10,000 + 7·5,904 + 5,904 + 3·1,808 + 1,808.
      expect(dihitung).toBe(64_464);
    }
    const unik = new Ingatan();
    for (let i = 0; i < 20_000; i++) {
      const v = Buffer.from(`2024-06-01 10:${String(i).padStart(5, '0')}`);
      unik.cari(v, 0, v.length, () => i, undefined, undefined as never);
    }
    expect(unik.lihat(Buffer.from('2024-06-01 10:00000'), 0, 19, null)).toBe(0);
    expect(unik.lihat(Buffer.from('2024-06-01 10:04095'), 0, 19, null)).toBe(4095);
    expect(unik.lihat(Buffer.from('2024-06-01 10:04096'), 0, 19, null)).toBe(null);
  });
});

describe('teksBytes: a value as get() gives it, from its bytes', () => {
  it('plain text as it is, nothing for no bytes; null where only get() can tell (an end to trim, a formula)', () => {
    const v = (x: string): string | null => {
      const b = Buffer.from(`|${x}|`);
      return teksBytes(b, 1, b.length - 1);
    };
    expect(v('')).toBe('');
    expect(v('R202406010001')).toBe('R202406010001');
    expect(v('N18.5')).toBe('N18.5');
    expect(v('R-é-1')).toBe('R-é-1');
    for (const x of [' R1', 'R1 ', '\tR1', 'R1é', 'éR1', '="R1"', '=R1']) expect(v(x), x).toBe(null);
  });
});

describe('the scanner: which records a lane is offered', () => {
  async function baca(isi: string, terima: boolean, batasNilai = 64 << 10): Promise<{ lajur: string[]; baris: number[]; rows: number; ditolak: number }> {
    const dir = tmp('kbk-jalur-');
    const path = join(dir, 'peserta.csv');
    writeFileSync(path, isi);
    const lajur: string[] = [];
    const baris: number[] = [];
    const lane: JalurCepat = (buf, awal, akhir, line) => {
      lajur.push(`${line}:${Array.from(awal, (a, i) => buf.toString('utf8', a, akhir[i])).join('|')}`);
      return terima;
    };
    const tolak = new Penolakan({ strict: false, maxRejectRate: 1 });
    const r = await bacaCsv({
      path,
      label: 'peserta.csv',
      jenis: 'peserta',
      tolak,
      batas: { baris: 1 << 20, nilai: batasNilai },
      onRow: (b) => void baris.push(b.line),
      cepat: () => lane,
    });
    return { lajur, baris, rows: r.rows, ditolak: tolak.jumlah('peserta.csv') };
  }

  it('plain rows of the header width after the first data row; a quote, a wrong width, a blank line go to the row path', async () => {
    const isi = 'no_kartu,kode_ppk,status\n1,A,aktif\n2,B,aktif\n3,"C",aktif\n4,D\n5,E,aktif,x\n\n6,F,tidak aktif\r\n7,G,\n';
    const semua = await baca(isi, true);
    // Line 2 (the first data row) sets the file's width habit: the row path's.
    expect(semua.lajur).toEqual(['3:2|B|aktif', '8:6|F|tidak aktif', '9:7|G|']);
    // Line 6's extra value is rejected by the row path's shape check before onRow.
    expect(semua.baris).toEqual([2, 4, 5]);
    expect(semua.ditolak).toBe(1);
    expect(semua.rows).toBe(7);
    // A lane that declines everything: every row reaches the row path, each once, in order.
    const tidak = await baca(isi, false);
    expect(tidak.baris).toEqual([2, 3, 4, 5, 8, 9]);
    expect(tidak.ditolak).toBe(1);
    expect(tidak.rows).toBe(7);
  });

  it('a row longer than --max-field-bytes is never offered (its value may be too long)', async () => {
    const r = await baca('no_kartu,kode_ppk,status\n1,A,aktif\n2,B,aktif\n3,CCCCCCCCCCCCCCCCCCCC,aktif\n', true, 16);
    expect(r.lajur).toEqual(['3:2|B|aktif']);
    // The row path rejects it: a value over 16 bytes.
    expect(r.baris).toEqual([2]);
    expect(r.ditolak).toBe(1);
  });

  it('a record of exactly the limit is offered, one byte more is not (its values are still fine: the row path reads it)', async () => {
    // Line 4 is 16 bytes before its LF, line 5 is 17; every value is under 16 bytes.
    const r = await baca('no_kartu,kode_ppk,status\n1,A,aktif\n2,B,aktif\n3,CCCCCCCC,aktif\n4,DDDDDDDDD,aktif\n5,E,aktif', true, 16);
    expect(r.lajur).toEqual(['3:2|B|aktif', '4:3|CCCCCCCC|aktif']);
    // The last record has no line end: the row path's too.
    expect(r.baris).toEqual([2, 5, 6]);
    expect(r.ditolak).toBe(0);
    expect(r.rows).toBe(5);
  });
});

/** Reads a month both ways (the lanes on and off) under KBK_THREADS=utas and compares everything. */
async function samaDuaJalur(args: string[], utas: string): Promise<{ code: number; err: string; files: Record<string, string> }> {
  const hasil = [];
  const out = tmp('kbk-jalur-out-');
  for (const jalur of ['0', '1']) {
    rmSync(out, { recursive: true, force: true });
    const r = await kbk([...args, '--out', out], { env: { KBK_THREADS: utas, KBK_JALUR: jalur } });
    hasil.push({ code: r.code, out: r.out, err: r.err, files: isiFolder(out) });
  }
  const [a, b] = hasil as [(typeof hasil)[0], (typeof hasil)[0]];
  expect(b.code).toBe(a.code);
  expect(b.err).toBe(a.err);
  expect(b.out).toBe(a.out);
  expect(Object.keys(b.files).sort()).toEqual(Object.keys(a.files).sort());
  for (const [n, bytes] of Object.entries(a.files)) expect(b.files[n], n).toBe(bytes);
  return { code: a.code, err: a.err, files: a.files };
}

const JUNI = join(FIXTURES, 'demo');

/** The demo, its June files damaged row by row at random (seed), with an entry date and a vital column in kontak.csv. */
function rusakAcak(seed: number): string {
  const r = acak(seed);
  const pilih = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const dir = tmp('kbk-jalur-data-');
  cpSync(JUNI, dir, { recursive: true });
  const umum = (v: string[]): void => {
    const i = Math.floor(r() * v.length);
    const x = v[i] as string;
    v[i] = pilih([` ${x}`, `${x} `, `"${x}"`, x.toUpperCase(), x.toLowerCase(), '', `${x}é`, `\t${x}`, x]);
  };
  const ubah = (file: string, tambahKolom: (v: string[], header: boolean) => void, khusus: ((v: string[]) => void)[]): void => {
    const path = join(dir, '2024-06', file);
    const [header, ...baris] = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
    const h = (header as string).split(',');
    tambahKolom(h, true);
    const keluar = [h.join(',')];
    for (const b of baris) {
      const v = b.split(',');
      tambahKolom(v, false);
      if (r() < 0.2) {
        const op = r();
        if (op < 0.4) umum(v);
        else if (op < 0.85) pilih(khusus)(v);
        else if (op < 0.9) v.push('lebih');
        else if (op < 0.95) v.pop();
        else keluar.push('');
      }
      keluar.push(v.join(',') + (r() < 0.03 ? '\r' : ''));
    }
    writeFileSync(path, keluar.join('\n') + '\n');
  };
  ubah('peserta.csv', () => {}, [
    (v) => (v[0] = (v[0] as string).slice(1)),
    (v) => (v[1] = pilih(['P999', 'p001', 'P00'])),
    (v) => (v[2] = pilih(['aktif', 'AKTIF', 'Aktif', 'tidak aktif', 'nonaktif', 'x', ''])),
    (v) => (v[0] = '0009990000001'),
  ]);
  ubah(
    'kontak.csv',
    (v, header) => {
      if (header) v.push('tgl_entri', 'sistole');
      else v.push(pilih(['2024-06-20', '2024-07-02', '2024-07-25', '', '2024-08-30']), pilih(['', '', '120', ' ']));
    },
    [
      (v) => (v[2] = pilih(['2024-05-30', '2024-07-01', '2024-13-01', '02/06/2024', '2024-06-31'])),
      (v) => (v[3] = pilih(['sehat', 'Sehat', 'sakit', '', 'kunjungan sehat'])),
      (v) => (v[1] = 'P999'),
      (v) => (v[4] = pilih(['kemarin', '2024-06-01 10:00', '01/07/2024'])),
    ],
  );
  // Odd seeds: no kd_tacc, TACC named in nm_tacc or alasan_tacc instead (the lane looks both up).
  const tanpaKd = seed % 2 === 1;
  ubah(
    'rujukan.csv',
    (v, header) => {
      if (!tanpaKd) return;
      if (header) v[5] = 'nm_tacc';
      else v[5] = pilih(['', '', '-', 'Time', '0']);
      v.push(header ? 'alasan_tacc' : pilih(['', '', '', '-1', 'usia lanjut']));
    },
    [
      // A number met before (an identical duplicate or one with other content), none, spaces, a formula.
      (v) => (v[0] = pilih(['R202406010001', 'R202406010002', 'R202406010003', '', ' R202406010004', '="R9"', 'R-é'])),
      (v) => (v[1] = pilih([(v[1] as string).slice(1), 'ABC', '0001010000001'])),
      (v) => (v[3] = pilih(['2024-05-30', '2024-07-01', '2024-13-01', '02/06/2024', '2024-06-31'])),
      (v) => (v[4] = pilih(['', 'N18.5', ' J06.9', 'X99.9', 'é', 'bukan kode'])),
      (v) => (v[5] = tanpaKd ? pilih(['', 'Time', '-', 'x', ' 0']) : pilih(['', '1', '4', '5', '-1', '0', 'x', ' 2'])),
      (v) => (v[6] = pilih(['', '1', '0', 'ya', 'tidak', 'mungkin', ' 1', 'Y'])),
      (v) => (v[2] = pilih(['P999', 'p001', 'P002'])),
    ],
  );
  ubah('prolanis.csv', () => {}, [
    (v) => (v[2] = pilih(['dm', 'Ht', 'XX', ''])),
    (v) => (v[3] = pilih(['1', '0', 'ya', 'tidak', 'mungkin'])),
    (v) => (v[4] = pilih(['', '2024-05-20', '2024-06-31', ' 2024-06-11'])),
    (v) => (v[5] = pilih(['5.5', '110.25', '100.1234567', '-3', '1e2', '110 ', '99'])),
    (v) => {
      v[6] = pilih(['', '120', '80', '300', '120.5']);
      v[7] = pilih(['', '80', '120', '70']);
    },
  ]);
  return dir;
}

describe('a month read with the lanes and without gives the same bytes', () => {
  it.each(['1', '2'])('the demo month, compute and pay (KBK_THREADS=%s)', async (utas) => {
    expect((await samaDuaJalur(['compute', '--data', JUNI, '--month', '2024-06'], utas)).code).toBe(0);
    expect((await samaDuaJalur(['pay', '--data', JUNI, '--month', '2024-07'], utas)).code).toBe(0);
  });

  it.each([
    [1, '1'],
    [2, '2'],
    [3, '1'],
    [4, '2'],
  ])('the demo month damaged at random (seed %i, KBK_THREADS=%s): reports, rejects, stderr, exit code', async (seed, utas) => {
    const dir = rusakAcak(seed);
    const r = await samaDuaJalur(['compute', '--data', dir, '--month', '2024-06', '--max-reject-rate', '100'], utas);
    expect(r.code, r.err).toBe(0);
    // The damage reached the rejects from each of the four files: the comparison compared rows the lanes declined among rows they took.
    const tolak = Object.entries(r.files).find(([n]) => /^tolak/.test(n))?.[1] ?? '';
    for (const f of ['peserta.csv', 'kontak.csv', 'prolanis.csv']) expect(tolak.split('\n').filter((l) => l.includes(`2024-06/${f}`)).length, f).toBeGreaterThan(20);
    expect(tolak.split('\n').filter((l) => l.includes('2024-06/rujukan.csv')).length).toBeGreaterThan(5);
    // kbk validate's figures (rows, rejects per reason, facilities, date ranges), and kbk audit's trail of every row, both ways.
    const v = await samaDuaJalur(['validate', '--data', dir, '--month', '2024-06', '--json'], utas);
    expect(v.code, v.err).toBe(65);
    const a = await samaDuaJalur(['audit', '--data', dir, '--month', '2024-06', '--max-reject-rate', '100'], utas);
    expect(a.code, a.err).toBe(0);
    expect(Object.keys(a.files).some((n) => /^audit/.test(n))).toBe(true);
  });

  it('--strict stops at the same first bad row either way', async () => {
    const dir = rusakAcak(5);
    const r = await samaDuaJalur(['compute', '--data', dir, '--month', '2024-06', '--strict'], '1');
    expect(r.code).toBe(65);
    expect(r.err).toMatch(/^kbk: (galat|error): 2024-06\/peserta\.csv:\d+/m);
  });

  it("prolanis.csv at the whole-file tests' bounds: exactly half the GDP values read as mmol/L, exactly half the pressures swapped (the tallies a lane counts decide)", async () => {
    const kartu = (i: number): string => String(1e12 + i).padStart(13, '0');
    const baris: string[] = [];
    // 40 DM rows: 20 plausible mg/dL, 20 that read as mmol/L (rejected row by row); 40 HT rows: 20 plausible, 20 with sistole below diastole.
    for (let i = 0; i < 40; i++) baris.push(`${kartu(i)},A,DM,1,2024-06-10,${i % 2 ? 5.5 : 100 + i},,`);
    for (let i = 40; i < 80; i++) baris.push(`${kartu(i)},A,HT,1,2024-06-10,,${i % 2 ? 80 : 120 + (i % 9)},${i % 2 ? 120 : 80}`);
    const dir = dataDir({
      'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\n',
      '2024-06/peserta.csv': 'no_kartu,kode_ppk,status\n' + Array.from({ length: 100 }, (_, i) => `${kartu(i)},A,aktif\n`).join(''),
      '2024-06/kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${kartu(1)},A,2024-06-03\n`,
      '2024-06/rujukan.csv': `no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,${kartu(1)},A,2024-06-03,J06.9,1\n`,
      '2024-06/prolanis.csv': 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n' + baris.join('\n') + '\n',
    });
    const r = await samaDuaJalur(['compute', '--data', dir, '--month', '2024-06', '--max-reject-rate', '100'], '1');
    expect(r.code, r.err).toBe(0);
    const tolak = Object.entries(r.files).find(([n]) => /^tolak/.test(n))?.[1] ?? '';
    expect(tolak.split('\n').filter((l) => l.includes('2024-06/prolanis.csv')).length).toBe(40);
    // One more value read as mmol/L (21 of 41) stops the run: the boundary is where the test put it.
    writeFileSync(join(dir, '2024-06', 'prolanis.csv'), readFileSync(join(dir, '2024-06', 'prolanis.csv'), 'utf8') + `${kartu(90)},A,DM,1,2024-06-10,5.5,,\n`);
    expect((await samaDuaJalur(['compute', '--data', dir, '--month', '2024-06', '--max-reject-rate', '100'], '1')).code).toBe(65);
  });

  it('a CRLF month (the Excel dialect) and a month of one facility whose rows repeat', async () => {
    const crlf = tmp('kbk-jalur-crlf-');
    cpSync(JUNI, crlf, { recursive: true });
    for (const f of ['peserta.csv', 'kontak.csv', 'prolanis.csv']) {
      const path = join(crlf, '2024-06', f);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    }
    expect((await samaDuaJalur(['compute', '--data', crlf, '--month', '2024-06'], '1')).code).toBe(0);
    const satu = dataDir({
      'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi\nA,Puskesmas A,puskesmas,6000\n',
      '2024-06/peserta.csv': 'no_kartu,kode_ppk,status\n' + Array.from({ length: 400 }, (_, i) => `${String(1e12 + i).padStart(13, '0')},A,${i % 7 === 0 ? 'tidak aktif' : 'aktif'}\n`).join(''),
      '2024-06/kontak.csv': 'no_kartu,kode_ppk,tgl_kontak\n' + Array.from({ length: 300 }, (_, i) => `${String(1e12 + ((i * 7) % 450)).padStart(13, '0')},A,2024-06-${String(1 + (i % 30)).padStart(2, '0')}\n`).join(''),
      '2024-06/rujukan.csv': 'no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,non_spesialistik\nR1,1000000000001,A,2024-06-03,J06.9,1\n',
      '2024-06/prolanis.csv': 'no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole\n' + Array.from({ length: 60 }, (_, i) => `${String(1e12 + i * 3).padStart(13, '0')},A,${i % 2 ? 'DM' : 'HT'},1,${i % 5 ? '2024-06-10' : ''},${i % 2 ? 90 + i : ''},${i % 2 ? '' : 110 + i},${i % 2 ? '' : 70}\n`).join(''),
    });
    expect((await samaDuaJalur(['compute', '--data', satu, '--month', '2024-06'], '1')).code).toBe(0);
  });

  it('a peserta.csv without its optional status column (every row active), damaged at random, on one thread and on two', async () => {
    const dir = rusakAcak(6);
    const path = join(dir, '2024-06', 'peserta.csv');
    writeFileSync(path, readFileSync(path, 'utf8').split('\n').map((l) => l.split(',').slice(0, 2).join(',')).join('\n'));
    for (const utas of ['1', '2']) {
      const r = await samaDuaJalur(['compute', '--data', dir, '--month', '2024-06', '--max-reject-rate', '100'], utas);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain('kbk: warning: 2024-06/peserta.csv has no status column: every participant is taken as active');
    }
  });
});
