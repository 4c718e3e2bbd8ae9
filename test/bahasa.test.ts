// One language per run in what people read (issue 19, item 1, apart from the rejects):
// the workbook's Aturan status words, write errors in words, kbk check's mark, the help's
// placeholders, and no spec section or issue number in any rule set's sumber.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { PESAN_TULIS, sebabTulis } from '../src/pesan/tulis.js';
import { FIXTURES, kbk, kbkKode, ROOT, tmp } from './helpers.js';

const ID = { env: { LANG: 'id_ID.UTF-8' } };
const EN = { env: { LANG: 'en_US.UTF-8' } };
const DEMO = join(FIXTURES, 'demo');

describe("the workbook's Aturan sheet: status words in the run's language", () => {
  const aturan = async (opts: typeof ID): Promise<unknown[][]> => {
    const out = tmp();
    await kbkKode(0, ['run', '--data', DEMO, '--month', '2024-07', '--out', out, '--xlsx', '--quiet'], opts);
    const buku = readdirSync(out).find((f) => f.endsWith('.xlsx')) as string;
    const sheets = await readXlsxFile(readFileSync(join(out, buku)), { trim: false });
    return (sheets.find((s) => s.sheet === 'Aturan')?.data ?? []) as unknown[][];
  };

  it('Indonesian: sementara / terverifikasi; English: provisional / verified', async () => {
    const [id, en] = [await aturan(ID), await aturan(EN)];
    const status = (rows: unknown[][], set: string, path: string): unknown => rows.find((r) => r.includes(set) && r.includes(path))?.find((c) => typeof c === 'string' && /^(sementara|terverifikasi|rancangan|provisional|verified|design)$/.test(c));
    expect(status(id, 'kbk-2019', 'ak.bobot')).toBe('sementara');
    expect(status(id, 'permenkes-3-2023', 'tarif.puskesmas')).toBe('terverifikasi');
    expect(status(id, 'kbk-2019', 'kebijakan.rujukanNol')).toBe('rancangan');
    expect(status(en, 'kbk-2019', 'ak.bobot')).toBe('provisional');
    expect(status(en, 'permenkes-3-2023', 'tarif.puskesmas')).toBe('verified');
    expect(status(en, 'kbk-2019', 'kebijakan.rujukanNol')).toBe('design');
  });

  it('rules show --json keeps the machine words', async () => {
    const j = JSON.parse((await kbkKode(0, ['rules', 'show', 'kbk-2019', '--json'], ID)).out) as { indikator: { bobot: { status: string } }[] };
    expect(j.indikator[0]?.bobot.status).toBe('provisional');
  });
});

describe('write errors: the folder, the cause in words, no errno, no lock name', () => {
  it('permission, in each language (kbk runs as root here, so the words are checked at the catalog)', () => {
    const m = PESAN_TULIS.tidakDapatDitulis('/data/laporan', null, 'EACCES');
    expect(m.id).toBe('/data/laporan: laporan tidak dapat ditulis di folder ini: tidak ada izin menulis di sana');
    expect(m.en).toBe('/data/laporan: the reports cannot be written in this folder: no permission to write there');
    const r = PESAN_TULIS.tidakDapatDitulis('/data/laporan', 'capaian-2024-06.csv', 'ENOSPC');
    expect(r.id).toBe('/data/laporan: laporan capaian-2024-06.csv tidak dapat ditulis di folder ini: disk penuh');
    expect(r.en).toBe('/data/laporan: the report capaian-2024-06.csv cannot be written in this folder: the disk is full');
    for (const kode of ['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'EISDIR', 'ENOTDIR', 'EIO', 'EMFILE', 'ENAMETOOLONG', 'EBUSY', 'ELOOP', 'ENOENT', 'EPIPE']) {
      const s = sebabTulis(kode);
      expect(`${s.id} ${s.en}`).not.toMatch(/\bE[A-Z]{2,}\b/);
    }
    // A code kbk has no words for is still named: better than nothing to search for.
    expect(sebabTulis('EWHATEVER').en).toBe('the system refused (EWHATEVER)');
  });

  it('an output folder that cannot be created: 73, the folder named and why, in Indonesian by default', async () => {
    const r = await kbkKode(73, ['compute', '--data', DEMO, '--month', '2024-06', '--out', '/proc/kbk/laporan', '--quiet'], ID);
    expect(r.err).toBe('kbk: galat: /proc/kbk/laporan: tidak dapat dipakai sebagai folder keluaran: folder tidak dapat dibuat di sana (di /proc/kbk)\n');
    const e = await kbkKode(73, ['compute', '--data', DEMO, '--month', '2024-06', '--out', '/proc/kbk/laporan', '--quiet'], EN);
    expect(e.err).toBe('kbk: error: /proc/kbk/laporan: cannot be used as the output folder: no folder can be created there (at /proc/kbk)\n');
  });
});

describe("kbk check's differences in the run's language", () => {
  it('BEDA in Indonesian, DIFF in English', async () => {
    const { cpSync, writeFileSync } = await import('node:fs');
    const copy = join(tmp(), 'perber-2018');
    cpSync(join(FIXTURES, 'perber-2018'), copy, { recursive: true });
    const f = join(copy, 'expected', 'kapitasi-2018-04.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace('23750000', '23750001'));
    const id = await kbk(['check', copy], ID);
    expect(id.code).toBe(1);
    expect(id.out).toContain(`BEDA ${f}: berbeda di baris 2\n    diharapkan: `);
    expect(id.out).toContain('1 fixture, 6 laporan, 1 perbedaan\n');
    const en = await kbk(['check', copy], EN);
    expect([en.code, en.out.includes(`DIFF ${f}: differs at line 2\n    expected: `)]).toEqual([1, true]);
  });
});

describe("the help's placeholders", () => {
  it('Indonesian help: <folder> <berkas> <apa> <jenis> <persen>; English as declared', async () => {
    const id = (await kbkKode(0, ['run', '--help'], ID)).out;
    for (const s of ['--data <folder>', '--out <folder>', '--summary <berkas>', '--rules <id|berkas>', '--label-bulan <apa>', '--window <jenis>', '--max-reject-rate <persen>', '--date-format <[berkas=]format>', '--terima-luar-bulan <berkas,…>', '--month <YYYY-MM>', '--lang <bahasa>'])
      expect(id).toContain(s);
    expect(id).not.toMatch(/<(dir|file|what|kind|percent|name)>/);
    const en = (await kbkKode(0, ['run', '--help'], EN)).out;
    for (const s of ['--data <dir>', '--summary <file>', '--label-bulan <what>', '--window <kind>']) expect(en).toContain(s);
    expect((await kbkKode(0, ['rules', 'validate', '--help'], ID)).out.startsWith('Penggunaan: kbk rules validate [opsi] <berkas>\n')).toBe(true);
    expect((await kbkKode(0, ['check', '--help'], ID)).out).toContain('\n  folder_fixture ');
  });
});

describe("the rule sets' sources give reasons, not the spec's sections or kbk's issue numbers", () => {
  it('no "spec §", "(issue N)" or "kbk issue N" in any shipped rule or tariff file', () => {
    const dir = join(ROOT, 'src', 'rules', 'data');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/§|\bspec\b|\bissue \d+/i);
  });

  it('rules show gives the design decision with its reason only', async () => {
    const r = await kbkKode(0, ['rules', 'show', 'kbk-2019'], ID);
    expect(r.out).toMatch(/\nkebijakan\.rujukanNol +\S+ +rancangan +kbk design decision: the regulation is silent: no referrals means nothing was wrongly referred/);
  });
});
