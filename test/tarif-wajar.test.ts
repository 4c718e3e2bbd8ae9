// Issue 15 item 2: a facility's tarif_kapitasi or tarif_minimal in fktp.csv outside its
// type's regulated range in the tariff set of the payment month stops pay and run (65),
// naming the facility, the value and the range, unless --terima-tarif accepts it. The demo
// pays 2024-07 under permenkes-3-2023: puskesmas Rp 3,600–9,000, klinik_pratama and
// rs_d_pratama 9,000–16,000, praktik_dokter 8,300–15,000, praktik_dokter_gigi 3,000–4,000.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarifDiLuarRentang } from '../src/core/kewajaran.js';
import { findTariffSet } from '../src/rules/index.js';
import type { Fktp } from '../src/core/types.js';
import type { TariffSet } from '../src/rules/schema.js';
import { FIXTURES, kbk, kbkKode, tmp } from './helpers.js';

/** A copy of a fixture with some cells of fktp.csv replaced: {kode: {column: value}}. */
function fixture(nama: string, ganti: Record<string, Record<string, string>> = {}): string {
  const d = join(tmp(), nama);
  cpSync(join(FIXTURES, nama), d, { recursive: true });
  const [head, ...rows] = readFileSync(join(d, 'fktp.csv'), 'utf8').trimEnd().split('\n');
  const kolom = (head as string).split(',');
  const baru = rows.map((r) => {
    const sel = r.split(',');
    for (const [k, v] of Object.entries(ganti[sel[0] as string] ?? {})) sel[kolom.indexOf(k)] = v;
    return sel.join(',');
  });
  writeFileSync(join(d, 'fktp.csv'), [head, ...baru].join('\n') + '\n');
  return d;
}

const pay = (data: string, ...more: string[]) => kbk(['pay', '--data', data, '--month', '2024-07', '--out', tmp(), ...more]);
const BERHENTI_SATU = "kbk: error: one facility has a tariff outside its type's range in the tariff set, so no payment is written:\n";

describe('a tariff outside its range stops pay (65)', () => {
  it('tarif_kapitasi × 1000 (12050 → 12050000)', async () => {
    const out = tmp();
    const r = await kbk(['pay', '--data', fixture('demo', { K001: { tarif_kapitasi: '12050000' } }), '--month', '2024-07', '--out', out]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      BERHENTI_SATU +
        '  K001: tarif_kapitasi Rp 12,050,000 outside the klinik_pratama range Rp 9,000–16,000 (permenkes-3-2023)\n' +
        'Correct fktp.csv; if the tariff is right, accept it with --terima-tarif K001 (another range for your region: --tariffs FILE)\n',
    );
    expect(readdirSync(out).filter((f) => f.startsWith('kapitasi'))).toEqual([]);
  });

  it('tarif_kapitasi 1', async () => {
    const r = await pay(fixture('demo', { P001: { tarif_kapitasi: '1' } }));
    expect(r.code).toBe(65);
    expect(r.err).toContain(BERHENTI_SATU + '  P001: tarif_kapitasi Rp 1 outside the puskesmas range Rp 3,600–9,000 (permenkes-3-2023)\n');
  });

  it.each([
    ['0', 'Rp 0'],
    ['1', 'Rp 1'],
    ['100000000', 'Rp 100,000,000'],
  ])('tarif_minimal %s', async (nilai, rp) => {
    const r = await pay(fixture('demo', { P002: { tarif_minimal: nilai } }));
    expect(r.code).toBe(65);
    expect(r.err).toContain(BERHENTI_SATU + `  P002: tarif_minimal ${rp} outside the puskesmas range Rp 3,600–9,000 (permenkes-3-2023)\n`);
  });

  it('run stops too, and every offending facility is listed (both tariffs of one facility)', async () => {
    const data = fixture('demo', { K001: { tarif_kapitasi: '7000000' }, G001: { tarif_kapitasi: '35', tarif_minimal: '100000000' }, D001: { tarif_kapitasi: '15001' } });
    const out = tmp();
    const r = await kbk(['run', '--data', data, '--month', '2024-07', '--out', out, '-q']);
    expect(r.code).toBe(65);
    expect(r.err).toBe(
      "kbk: error: 3 facilities have tariffs outside their type's range in the tariff set, so no payment is written:\n" +
        '  D001: tarif_kapitasi Rp 15,001 outside the praktik_dokter range Rp 8,300–15,000 (permenkes-3-2023)\n' +
        '  G001: tarif_kapitasi Rp 35 outside the praktik_dokter_gigi range Rp 3,000–4,000 (permenkes-3-2023)\n' +
        '  G001: tarif_minimal Rp 100,000,000 outside the praktik_dokter_gigi range Rp 3,000–4,000 (permenkes-3-2023)\n' +
        '  K001: tarif_kapitasi Rp 7,000,000 outside the klinik_pratama range Rp 9,000–16,000 (permenkes-3-2023)\n' +
        'Correct fktp.csv; if the tariff is right, accept it with --terima-tarif D001,G001,K001 (another range for your region: --tariffs FILE)\n',
    );
    expect(readdirSync(out)).toEqual(['tolak-2024-07.csv']);
  });

  it('accepting some facilities still stops on the others, naming only those', async () => {
    const r = await pay(fixture('demo', { K001: { tarif_kapitasi: '7000000' }, P001: { tarif_kapitasi: '1' } }), '--terima-tarif', 'K001');
    expect(r.code).toBe(65);
    expect(r.err).toContain(BERHENTI_SATU + '  P001: tarif_kapitasi Rp 1 outside the puskesmas range Rp 3,600–9,000 (permenkes-3-2023)\n');
    expect(r.err).toContain('accept it with --terima-tarif P001 (');
  });

  it('in Indonesian', async () => {
    const r = await kbk(['pay', '--data', fixture('demo', { K001: { tarif_kapitasi: '7000000' } }), '--month', '2024-07', '--out', tmp(), '--lang', 'id']);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      'kbk: galat: satu fasilitas memiliki tarif di luar rentang jenisnya di set tarif, jadi tidak ada pembayaran yang ditulis:\n' +
        '  K001: tarif_kapitasi Rp 7.000.000 di luar rentang klinik_pratama Rp 9.000–16.000 (permenkes-3-2023)\n' +
        'Perbaiki fktp.csv; jika tarifnya memang benar, terima dengan --terima-tarif K001 (rentang lain untuk wilayah Anda: --tariffs BERKAS)\n',
    );
  });
});

describe('--terima-tarif accepts it: paid, warned under --quiet, said in catatan', () => {
  it('tarif_minimal 100,000,000 accepted cancels K002\'s KBK cut: 5,010 × 9,200 = Rp 46,092,000 instead of 45,090,000', async () => {
    const out = tmp();
    const r = await kbk(['pay', '--data', fixture('demo', { K002: { tarif_minimal: '100000000' } }), '--month', '2024-07', '--out', out, '--json', '-q', '--terima-tarif', 'K002']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('kbk: warning: accepted by --terima-tarif: K002: tarif_minimal Rp 100,000,000 outside the rs_d_pratama range Rp 9,000–16,000 (permenkes-3-2023)\n');
    const k = JSON.parse(r.out).kapitasi.find((x: { kode_ppk: string }) => x.kode_ppk === 'K002');
    expect(k).toMatchObject({ persen_kapitasi: 96, tarif_dasar: 9200, tarif_minimal: 100_000_000, tarif_dibayar: 9200, kapitasi_dibayar: 46_092_000, potongan: 0 });
    // stdout masks every run of 9+ digits in JSON strings (a card could hide in any text); the file keeps it.
    expect(k.catatan).toBe('tarif diterima dengan --terima-tarif: tarif_minimal 1000••000 di luar rentang rs_d_pratama 9000–16000 (permenkes-3-2023)');
    const csv = readFileSync(join(out, 'kapitasi-2024-07.csv'), 'utf8');
    expect(csv).toContain(',46092000,0,tarif diterima dengan --terima-tarif: tarif_minimal 100000000 di luar rentang rs_d_pratama 9000–16000 (permenkes-3-2023)\n');
  });

  it('tariff × 1000 and tarif_minimal 1 accepted (repeatable option): paid as written', async () => {
    const data = fixture('demo', { K001: { tarif_kapitasi: '12050000' }, P002: { tarif_minimal: '1' } });
    const r = await kbk(['run', '--data', data, '--month', '2024-07', '--out', tmp(), '--json', '--quiet', '--terima-tarif', 'K001', '--terima-tarif', 'P002']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: warning: accepted by --terima-tarif: K001: tarif_kapitasi Rp 12,050,000 outside the klinik_pratama range Rp 9,000–16,000 (permenkes-3-2023)\n');
    expect(r.err).toContain('kbk: warning: accepted by --terima-tarif: P002: tarif_minimal Rp 1 outside the puskesmas range Rp 3,600–9,000 (permenkes-3-2023)\n');
    const rows = JSON.parse(r.out).kapitasi as { kode_ppk: string; kapitasi_dibayar: number; catatan: string }[];
    const p002 = rows.find((x) => x.kode_ppk === 'P002');
    // 85 % of 4,000 = 3,400, no longer lifted to the floor 3,600: 5,000 × 3,400.
    expect(p002).toMatchObject({ tarif_dibayar: 3400, lantai_diterapkan: 0, kapitasi_dibayar: 17_000_000 });
    expect(p002?.catatan).toBe('tarif diterima dengan --terima-tarif: tarif_minimal 1 di luar rentang puskesmas 3600–9000 (permenkes-3-2023)');
    // 97 % of 12,050,000 = 11,688,500 × 5,001.
    expect(rows.find((x) => x.kode_ppk === 'K001')).toMatchObject({ kapitasi_dibayar: 58_454_188_500 });
    expect(rows.find((x) => x.kode_ppk === 'P001')?.catatan).toBe('');
  });

  it('a config file can hold it ("terima-tarif")', async () => {
    const konfig = join(tmp(), 'kbk.config.json');
    writeFileSync(konfig, JSON.stringify({ 'terima-tarif': 'K001' }));
    const out = tmp();
    const r = await kbk(['pay', '--data', fixture('demo', { K001: { tarif_kapitasi: '7000000' } }), '--month', '2024-07', '--out', out, '-q'], { env: { KBK_CONFIG: konfig } });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe(
      `kbk: using kbk.config.json (${konfig}): terima-tarif\n` +
        'kbk: warning: accepted by --terima-tarif: K001: tarif_kapitasi Rp 7,000,000 outside the klinik_pratama range Rp 9,000–16,000 (permenkes-3-2023)\n',
    );
    // A config file's acceptance is named in every report row, whoever put the file there.
    const k001 = readFileSync(join(out, 'kapitasi-2024-07.csv'), 'utf8').split('\n').find((l) => l.includes(',K001,')) as string;
    expect(k001).toContain(`konfigurasi: terima-tarif=K001 dari ${konfig}`);
  });

  it('--terima-tarif semua accepts every one', async () => {
    const r = await pay(fixture('demo', { K001: { tarif_kapitasi: '7000000' }, P001: { tarif_kapitasi: '1' } }), '--terima-tarif', 'semua', '-q');
    expect(r.code, r.err).toBe(0);
    expect(r.err.match(/accepted by --terima-tarif/g)).toHaveLength(2);
  });
});

describe('where a tariff does not stop', () => {
  it('compute pays nobody: no stop', async () => {
    const r = await kbk(['compute', '--data', fixture('demo', { K001: { tarif_kapitasi: '7000000' } }), '--month', '2024-06', '--out', tmp(), '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('tarif');
  });

  it('banding says it on stderr, under both tariff sets', async () => {
    const data = fixture('demo', { K001: { tarif_kapitasi: '7000000' } });
    const r = await kbk(['banding', '--data', data, '--month', '2024-07', '--out', tmp(), '--tariffs-banding', 'permenkes-52-2016', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('kbk: warning: pay would stop here: K001: tarif_kapitasi Rp 7,000,000 outside the klinik_pratama range Rp 9,000–16,000 (permenkes-3-2023)\n');
    expect(r.err).toContain('kbk: warning: pay would stop here: K001: tarif_kapitasi Rp 7,000,000 outside the klinik_pratama range Rp 8,000–10,000 (permenkes-52-2016)\n');
    // P005's 7,000 is inside permenkes-3-2023's puskesmas range but above permenkes-52-2016's 6,000.
    expect(r.err).toContain('kbk: warning: pay would stop here: P005: tarif_kapitasi Rp 7,000 outside the puskesmas range Rp 3,000–6,000 (permenkes-52-2016)\n');
  });

  it('explain --bayar says it for the facility explained', async () => {
    const data = fixture('demo', { K001: { tarif_kapitasi: '7000000' } });
    const r = await kbk(['explain', '--bayar', '--data', data, '--month', '2024-07', '--ppk', 'K001', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('kbk: warning: pay would stop here: K001: tarif_kapitasi Rp 7,000,000 outside the klinik_pratama range Rp 9,000–16,000 (permenkes-3-2023)\n');
    expect((await kbkKode(0, ['explain', '--bayar', '--data', data, '--month', '2024-07', '--ppk', 'K002', '-q'])).err).toBe('');
  });

  it('a type whose range is unknown is not checked', async () => {
    const set = JSON.parse((await kbkKode(0, ['rules', 'show', 'permenkes-52-2016', '--json'])).out);
    set.id = 'tarif-tanpa-gigi';
    set.rentang.praktik_dokter_gigi = { min: null, max: null, status: 'provisional', sumber: 'test: unknown' };
    const file = join(tmp(), 'tarif.json');
    writeFileSync(file, JSON.stringify(set));
    const data = fixture('perber-2018', { PB04: { tarif_kapitasi: '1' } });
    const r = await kbk(['pay', '--data', data, '--month', '2018-04', '--tariffs', file, '--out', tmp(), '--json', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).kapitasi.find((x: { kode_ppk: string }) => x.kode_ppk === 'PB04')).toMatchObject({ tarif_dasar: 1, tarif_minimal: null });
  });

  it('a range kbk holds only provisionally (the dentist\'s Rp 2.000 of permenkes-52-2016) warns and pays', async () => {
    const data = fixture('perber-2018', { PB04: { tarif_kapitasi: '1' } });
    const out = tmp();
    const r = await kbk(['pay', '--data', data, '--month', '2018-04', '--out', out, '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain("kbk: warning: PB04: tarif_kapitasi Rp 1 outside the praktik_dokter_gigi range Rp 2,000–2,000 (permenkes-52-2016); this range is provisional (not from the regulation's own text), so the payment is still written\n");
    const pb04 = readFileSync(join(out, 'kapitasi-2018-04.csv'), 'utf8').split('\n').find((l) => l.startsWith('2018-04,PB04,')) as string;
    // Not rated, 100 %: tarif 1, lifted to min(1, 2000) = 1, so 100 participants × 1 = Rp 100.
    expect(pb04).toContain(',100,1,1,2000,1,0,100,100,0,');
    expect(pb04).toContain('tarif di luar rentang sementara: tarif_kapitasi 1 di luar rentang praktik_dokter_gigi 2000–2000 (permenkes-52-2016)');
  });

  it('the shipped fixtures are inside their ranges: their reports are unchanged', async () => {
    const r = await kbk(['check', FIXTURES]);
    expect(r.code, r.out + r.err).toBe(0);
  });
});

describe('tarifDiLuarRentang (src/core/kewajaran.ts)', () => {
  const t = findTariffSet('permenkes-3-2023') as TariffSet;
  const f = (kode: string, jenisFktp: Fktp['jenisFktp'], tarifKapitasi: bigint, tarifMinimal: bigint | null = null): Fktp => ({
    kodePpk: kode, namaFktp: kode, jenisFktp, tarifKapitasi, tarifMinimal, tglKerjaSama: null, jaringanData: true, kabKota: '', kapitasiKhusus: false,
  });

  it('the bounds are inside; one Rupiah beyond is outside', () => {
    const hasil = tarifDiLuarRentang([f('A', 'puskesmas', 3600n, 9000n), f('B', 'puskesmas', 9001n), f('C', 'puskesmas', 3599n, 3600n)], t);
    expect(hasil.map((h) => [h.f, h.kolom, h.nilai])).toEqual([
      [1, 'tarif_kapitasi', 9001n],
      [2, 'tarif_kapitasi', 3599n],
    ]);
  });

  it('a null bound is not checked; the other still is', () => {
    const setengah: TariffSet = { ...t, id: 'x', rentang: { ...t.rentang, puskesmas: { ...t.rentang.puskesmas, min: null } } };
    expect(tarifDiLuarRentang([f('A', 'puskesmas', 1n)], setengah)).toEqual([]);
    expect(tarifDiLuarRentang([f('A', 'puskesmas', 9001n)], setengah)).toEqual([{ f: 0, kolom: 'tarif_kapitasi', nilai: 9001n, jenis: 'puskesmas', min: null, max: 9000, tarif: 'x', pasti: true }]);
  });
});
