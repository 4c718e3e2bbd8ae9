// The same months written in three dialects (spec §2, issue 3): canonical; Excel on an
// Indonesian-locale Windows (semicolons, BOM, CRLF, dd/mm/yyyy, decimal comma, thousands
// dots, spaced headers); P-Care (camelCase headers, dd-mm-yyyy, ICD codes without dots,
// kdKelompok 01/02). The reports must be byte-identical, and the rejects must name the
// same files and lines.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbk, tmp } from './helpers.js';

type Sel = (header: string, value: string) => string;
interface Dialek {
  delimiter: string;
  bom: boolean;
  eol: string;
  header: (file: string, name: string) => string;
  value: Sel;
}

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;
const dmy = (sep: string) => (v: string) => v.replace(iso, `$3${sep}$2${sep}$1`);

const EXCEL: Dialek = {
  delimiter: ';',
  bom: true,
  eol: '\r\n',
  // "no_kartu" → "No Kartu", "kode_ppk" → "Kode Ppk": spaces and any case.
  header: (_f, h) => h.split('_').map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' '),
  value: (h, v) => {
    if (h.startsWith('tgl_')) return dmy('/')(v);
    if (['gdp', 'sistole', 'diastole'].includes(h)) return v.replace('.', ',');
    if (h === 'tarif_kapitasi' || h === 'tarif_minimal') return v.replace(/\B(?=(\d{3})+$)/g, '.');
    return v;
  },
};

const PCARE_HEADERS: Record<string, string> = {
  no_kartu: 'noKartu', kode_ppk: 'kdProvider', tgl_kontak: 'tglDaftar', no_rujukan: 'noRujukan', tgl_rujukan: 'tglRujuk',
  kode_diagnosa: 'kdDiag', kd_tacc: 'kdTacc', non_spesialistik: 'nonSpesialis', diagnosa: 'kdKelompok', tgl_periksa: 'tglPeriksa',
  gdp: 'gulaDarahPuasa', nama_fktp: 'NAMA FKTP', jenis_fktp: 'TIPE FKTP',
};
const PCARE: Dialek = {
  delimiter: ',',
  bom: false,
  eol: '\n',
  header: (f, h) => (f.endsWith('peserta.csv') && h === 'kode_ppk' ? 'kdProviderPst' : f === 'fktp.csv' && h === 'kode_ppk' ? 'Kode PPK' : (PCARE_HEADERS[h] ?? h)),
  value: (h, v) => {
    if (h.startsWith('tgl_')) return dmy('-')(v);
    if (h === 'kode_diagnosa') return v.replace('.', '');
    if (h === 'diagnosa') return ({ DM: '01', HT: '02' } as Record<string, string>)[v] ?? v;
    return v;
  },
};

function tulisDialek(src: string, d: Dialek): string {
  const dst = tmp('kbk-dialect-');
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(src, rel), { withFileTypes: true })) {
      const r = join(rel, name.name);
      if (name.isDirectory()) {
        if (name.name !== 'expected') {
          mkdirSync(join(dst, r));
          walk(r);
        }
      } else if (name.name.endsWith('.csv')) {
        const [header, ...rows] = parse(readFileSync(join(src, r)), { relax_column_count: true }) as string[][];
        const h = header as string[];
        const out = [h.map((x) => d.header(r, x)), ...rows.map((row) => row.map((v, i) => d.value(h[i] as string, v)))];
        writeFileSync(join(dst, r), (d.bom ? '\uFEFF' : '') + stringify(out, { delimiter: d.delimiter, record_delimiter: d.eol }));
      }
    }
  };
  walk('');
  return dst;
}

async function laporan(data: string): Promise<Map<string, string>> {
  const out = tmp();
  const r = await kbk(['run', '--data', data, '--month', '2024-07', '--out', out]);
  expect(r.code, r.err).toBe(0);
  return new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

const fileDanBaris = (tolak: string): string[] => (parse(tolak, { columns: true }) as Record<string, string>[]).map((t) => `${t.file}:${t.baris}`);

describe('one month, three dialects', () => {
  it('canonical, Excel-Indonesian and P-Care exports of fixtures/demo give byte-identical reports', async () => {
    const demo = join(FIXTURES, 'demo');
    const canonical = await laporan(demo);
    const excel = tulisDialek(demo, EXCEL);
    const pcare = tulisDialek(demo, PCARE);
    // The dialects are what they claim to be.
    const kontakExcel = readFileSync(join(excel, '2024-06', 'kontak.csv'), 'utf8');
    expect(kontakExcel.split('\r\n').slice(0, 2)).toEqual(['\uFEFFNo Kartu;Kode Ppk;Tgl Kontak;Jenis Kontak', '0001010000001;P001;02/06/2024;sehat']);
    expect(readFileSync(join(excel, 'fktp.csv'), 'utf8')).toContain(';6.000;');
    expect(readFileSync(join(excel, '2024-06', 'prolanis.csv'), 'utf8')).toContain(';130,5;');
    const rujukanPcare = readFileSync(join(pcare, '2024-06', 'rujukan.csv'), 'utf8');
    expect(rujukanPcare.split('\n')[0]).toBe('noRujukan,noKartu,kdProvider,tglRujuk,kdDiag,kdTacc,nonSpesialis');
    expect(rujukanPcare).toContain(',02-06-2024,N185,');

    for (const dialect of [await laporan(excel), await laporan(pcare)]) {
      expect([...dialect.keys()].sort()).toEqual([...canonical.keys()].sort());
      for (const [name, content] of canonical) {
        if (name.startsWith('tolak-')) expect(fileDanBaris(dialect.get(name) as string)).toEqual(fileDanBaris(content));
        else expect(dialect.get(name), name).toBe(content);
      }
    }
    expect(fileDanBaris(canonical.get('tolak-2024-06.csv') as string)).toHaveLength(4);
  });
});

describe('forced and rarer dialects', () => {
  const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
  const capaian = async (data: string, ...more: string[]): Promise<string> => {
    const out = tmp();
    const r = await kbk(['compute', '--data', data, '--month', '2024-06', '--out', out, ...more]);
    expect(r.code, r.err).toBe(0);
    return readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8');
  };

  it('--date-format mm/dd/yyyy reads a US-Excel file as the canonical month', async () => {
    const { tinyMonth } = await import('./helpers.js');
    // The flag applies to every file: a US-Excel export has all its dates month-first.
    const us = tinyMonth();
    for (const f of ['kontak.csv', 'rujukan.csv', 'prolanis.csv']) {
      const path = join(us, '2024-06', f);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/2024-06-(\d\d)/g, '06/$1/2024'));
    }
    expect(readFileSync(join(us, '2024-06', 'kontak.csv'), 'utf8')).toContain(`${c(1)},A,06/03/2024\n`);
    const guessed = await kbk(['compute', '--data', us, '--month', '2024-06', '--out', tmp()]);
    expect(guessed.code).toBe(65); // read day-first, 06/03/2024 is 6 March: every row ambiguous
    expect(await capaian(us, '--date-format', 'mm/dd/yyyy')).toBe(await capaian(tinyMonth()));
  });

  it('--date-format FILE=FORMAT sets one file\'s format; a bad one is a usage error', async () => {
    const { tinyMonth } = await import('./helpers.js');
    const us = tinyMonth({ 'kontak.csv': `no_kartu,kode_ppk,tgl_kontak\n${c(1)},A,06/03/2024\n${c(2)},A,06/04/2024\n${c(3)},A,06/05/2024\n` });
    expect(await capaian(us, '--date-format', 'kontak.csv=mm/dd/yyyy')).toBe(await capaian(tinyMonth()));
    expect(await capaian(us, '--date-format', 'yyyy-mm-dd', '--date-format', '2024-06/kontak.csv=mm/dd/yyyy')).toBe(await capaian(tinyMonth()));
    const bad = await kbk(['compute', '--data', us, '--month', '2024-06', '--date-format', 'kontak.csv=m/d/y']);
    expect([bad.code, bad.err]).toEqual([64, 'kbk: error: --date-format "kontak.csv=m/d/y": expected [FILE=]FORMAT with FORMAT one of yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, mm/dd/yyyy, mm-dd-yyyy (see kbk compute --help)\n']);
  });

  it('Excel "Unicode text" (UTF-16LE, BOM, tabs) and a Windows-1252 semicolon file read as the canonical month', async () => {
    const { tinyMonth } = await import('./helpers.js');
    const data = tinyMonth();
    const peserta = 'no_kartu\tkode_ppk\r\n' + Array.from({ length: 10 }, (_, i) => `${c(i + 1)}\tA\r\n`).join('');
    writeFileSync(join(data, '2024-06', 'peserta.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(peserta, 'utf16le')]));
    writeFileSync(join(data, 'fktp.csv'), Buffer.from('kode_ppk;nama_fktp;jenis_fktp;tarif_kapitasi\r\nA;Puskesmas A;puskesmas;6.000\r\n', 'latin1'));
    expect(await capaian(data)).toBe(await capaian(tinyMonth()));
  });
});

describe('what Excel-bound exports add', () => {
  const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
  it('a "sep=;" hint line, ="…" text formulas around IDs, and UTF-16LE without a BOM read as the canonical month', async () => {
    const { tinyMonth } = await import('./helpers.js');
    const canonical = tinyMonth();
    const data = tinyMonth({
      'fktp.csv': '\uFEFFsep=;\r\nkode_ppk;nama_fktp;jenis_fktp;tarif_kapitasi\r\n="A";Puskesmas A;puskesmas;6000\r\n',
      'kontak.csv': `sep=,\nno_kartu,kode_ppk,tgl_kontak\n="${c(1)}",A,2024-06-03\n"=""${c(2)}""",A,2024-06-04\n${c(3)},A,2024-06-05\n`,
    });
    const peserta = 'no_kartu,kode_ppk\n' + Array.from({ length: 10 }, (_, i) => `${c(i + 1)},A\n`).join('');
    writeFileSync(join(data, '2024-06', 'peserta.csv'), Buffer.from(peserta, 'utf16le'));
    const run = async (d: string) => {
      const out = tmp();
      const r = await kbk(['compute', '--data', d, '--month', '2024-06', '--out', out]);
      expect(r.code, r.err).toBe(0);
      return readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8');
    };
    expect(await run(data)).toBe(await run(canonical));
  });
});

describe('SIMRS spellings', () => {
  const c = (i: number): string => `00090000000${String(i).padStart(2, '0')}`;
  it('spelled-out headers (Tanggal…, Nomor…, Kode…) and Ada/Tidak Ada read as the canonical month', async () => {
    const { tinyMonth } = await import('./helpers.js');
    const run = async (d: string) => {
      const out = tmp();
      const r = await kbk(['compute', '--data', d, '--month', '2024-06', '--out', out]);
      expect(r.code, r.err).toBe(0);
      return readFileSync(join(out, 'capaian-2024-06.csv'), 'utf8');
    };
    const simrs = tinyMonth({
      'fktp.csv': 'Kode PPK,Nama PPK,Jenis,Tarif Kapitasi,Jaringan Data\nA,Puskesmas A,PUSKESMAS,6000,Ada\n',
      // Date-times as SIMRS writes them.
      'kontak.csv': `Nomor Kartu,Kode PPK,Tanggal Kunjungan\n${c(1)},A,2024-06-03 08:15:00\n${c(2)},A,2024-06-04T09:00:00+07:00\n${c(3)},A,2024-06-05 13:30\n`,
      'rujukan.csv': `Nomor Rujukan,Nomor Kartu,Kode PPK,Tanggal Rujukan,Kode Diagnosa,Non Spesialistik\nR1,${c(1)},A,2024-06-03,J06.9,Ya\nR2,${c(2)},A,2024-06-03,N18.5,Tidak\nR3,${c(3)},A,2024-06-03,N18.5,Tidak\nR4,${c(4)},A,2024-06-03,N18.5,Tidak\n`,
    });
    // The canonical month with a jaringan_data column too, so neither says it is absent.
    expect(await run(simrs)).toBe(await run(tinyMonth({ 'fktp.csv': 'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi,jaringan_data\nA,Puskesmas A,puskesmas,6000,1\n' })));
  });
});
