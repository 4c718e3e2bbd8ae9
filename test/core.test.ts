import { describe, expect, it } from 'vitest';
import { angkaKontak } from '../src/core/rumus/angka-kontak.js';
import { rasioProlanisBerkunjung } from '../src/core/rumus/rppb.js';
import { rasioProlanisTerkendali } from '../src/core/rumus/rppt.js';
import { rasioRujukanNonSpesialistik } from '../src/core/rumus/rrns.js';
import { assessmentWindow, formatMonth, parseDate, parseMonth, wholeMonthsSince } from '../src/core/month.js';
import { hitungPembayaran } from '../src/core/money.js';
import { parseDecimal, rat, roundHalfUp, toFixed, toPlain } from '../src/core/rational.js';
import { hitunganKosong } from '../src/core/types.js';

const M = (s: string): number => parseMonth(s) as number;
const str = (r: { n: bigint; d: bigint } | null): string | null => (r === null ? null : `${r.n}/${r.d}`);

describe('rational', () => {
  it.each([
    ['150', '150/1'],
    ['2.5', '5/2'],
    ['92,5', '185/2'],
    ['-0.25', '-1/4'],
  ])('parseDecimal(%s) = %s', (text, want) => expect(str(parseDecimal(text))).toBe(want));

  it('rejects what is not a plain decimal', () => {
    expect(() => parseDecimal('1e3')).toThrow('not a decimal number: "1e3"');
    expect(() => parseDecimal('')).toThrow();
  });

  it.each([
    [rat(1, 2), 1n],
    [rat(3, 2), 2n],
    [rat(5, 2), 3n],
    [rat(2499, 1000), 2n],
    [rat(116885, 10), 11689n],
  ])('roundHalfUp(%o) = %s', (r, want) => expect(roundHalfUp(r)).toBe(want));

  it('prints fixed and plain decimals exactly', () => {
    expect(toFixed(rat(200, 99), 2)).toBe('2.02');
    expect(toFixed(rat(405, 82), 2)).toBe('4.94');
    expect(toFixed(rat(1, 200), 2)).toBe('0.01'); // 0.005 rounds half up
    expect(toPlain(rat(77080250, 10000), 4)).toBe('7708.025');
    expect(toPlain(rat(4), 4)).toBe('4');
    expect(toPlain(rat(37, 2), 4)).toBe('18.5');
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2024-07', 'block', ['2024-04', '2024-05', '2024-06']],
    ['2024-08', 'block', ['2024-04', '2024-05', '2024-06']],
    ['2024-09', 'block', ['2024-04', '2024-05', '2024-06']],
    ['2024-10', 'block', ['2024-07', '2024-08', '2024-09']],
    ['2024-01', 'block', ['2023-10', '2023-11', '2023-12']],
    ['2024-08', 'rolling', ['2024-05', '2024-06', '2024-07']],
    ['2024-02', 'rolling', ['2023-11', '2023-12', '2024-01']],
  ] as const)('window for %s (%s)', (p, kind, want) => {
    expect(assessmentWindow(M(p), kind).map(formatMonth)).toEqual(want);
  });

  it.each([
    ['2024-07-31', '2024-07-31'],
    ['31-07-2024', '2024-07-31'],
    ['31/07/2024', '2024-07-31'],
    ['1/7/2024', '2024-07-01'],
  ])('parseDate(%s)', (text, iso) => expect(parseDate(text)).toBe(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))) / 86_400_000));

  it.each(['2024-02-30', '31-13-2024', '2024/07/01', '07-31-2024', ''])('parseDate(%s) is null', (t) => expect(parseDate(t)).toBeNull());

  it('counts whole months of cooperation from the first of the start month', () => {
    expect(wholeMonthsSince(parseDate('2023-07-20') as number, M('2024-07'))).toBe(12);
    expect(wholeMonthsSince(parseDate('2023-08-01') as number, M('2024-07'))).toBe(11);
    expect(wholeMonthsSince(parseDate('2023-09-15') as number, M('2024-04'))).toBe(7);
  });
});

describe('indicators from counts', () => {
  it.each([
    [750, 5000, '150/1'],
    [291, 2000, '291/2'],
    [0, 10, '0/1'],
    [5, 0, null],
  ])('AK %i/%i', (kontak, terdaftar, want) => expect(str(angkaKontak(kontak, terdaftar))).toBe(want));

  it.each([
    // total, non-spes, tacc, tacc in denominator → rrns, zero flag
    [100, 1, 2, true, '1/1', false],
    [100, 1, 2, false, '50/49', false],
    [99, 2, 0, true, '200/99', false],
    [0, 0, 0, true, '0/1', true],
    [2, 0, 2, false, '0/1', true],
  ])('RRNS total=%i nonSpes=%i tacc=%i inDenominator=%s', (total, ns, tacc, inDen, want, zero) => {
    const r = rasioRujukanNonSpesialistik({ rujukanTotal: total, rujukanNonSpesialistik: ns, rujukanTacc: tacc }, inDen);
    expect(str(r.rrns)).toBe(want);
    expect(r.rujukanNol).toBe(zero);
  });

  it.each([
    // dmT, dmK, htT, htK → dm, ht, rppt
    [50, 3, 50, 2, '6/1', '4/1', '5/1'],
    [40, 2, 41, 2, '5/1', '200/41', '405/82'],
    [0, 0, 50, 2, null, '4/1', '4/1'],
    [50, 5, 0, 0, '10/1', null, '10/1'],
    [0, 0, 0, 0, null, null, null],
  ])('RPPT DM %i/%i HT %i/%i', (dmT, dmK, htT, htK, dm, ht, rppt) => {
    const r = rasioProlanisTerkendali({ ...hitunganKosong(), dmTerdaftar: dmT, dmTerkendali: dmK, htTerdaftar: htT, htTerkendali: htK });
    expect([str(r.rpptDm), str(r.rpptHt), str(r.rppt)]).toEqual([dm, ht, rppt]);
  });

  it('RPPB is visited ÷ enrolled, not assessed without enrolment', () => {
    expect(str(rasioProlanisBerkunjung({ ...hitunganKosong(), prolanisTerdaftar: 100, prolanisBerkunjung: 50 }))).toBe('50/1');
    expect(rasioProlanisBerkunjung(hitunganKosong())).toBeNull();
  });
});

describe('money', () => {
  it.each([
    // peserta, tarif, persen, minimal → setelah, dibayar, lantai, penuh, dibayar Rp, potongan
    [5000, 4000n, '85', 3600n, '3400', '3600', true, 20000000n, 18000000n, 2000000n],
    [5001, 12050n, '97', 9000n, '23377/2', '23377/2', false, 60262050n, 58454189n, 1807861n],
    [5010, 9200n, '96', 9000n, '8832', '9000', true, 46092000n, 45090000n, 1002000n],
    [5000, 8500n, '92.5', 8000n, '15725/2', '8000', true, 42500000n, 40000000n, 2500000n],
    // the floor never pays above the base tariff
    [100, 3000n, '90', 3600n, '2700', '3000', true, 300000n, 300000n, 0n],
    // unknown minimum: no floor
    [100, 2500n, '90', null, '2250', '2250', false, 250000n, 225000n, 25000n],
    // one rounding per facility: 3 × 3333.55 = 10000.65 → 10001
    [3, 3509n, '95', null, '66671/20', '66671/20', false, 10527n, 10001n, 526n],
  ] as const)('peserta %i tarif %s × %s%% min %s', (peserta, tarif, persen, minimal, setelah, dibayar, lantai, penuh, rp, potongan) => {
    const p = hitungPembayaran({ pesertaTerdaftar: peserta, tarifDasar: tarif, persenKapitasi: parseDecimal(persen), tarifMinimal: minimal });
    const s = (r: { n: bigint; d: bigint }): string => (r.d === 1n ? String(r.n) : `${r.n}/${r.d}`);
    expect([s(p.tarifSetelahKbk), s(p.tarifDibayar), p.lantaiDiterapkan, p.kapitasiPenuh, p.kapitasiDibayar, p.potongan]).toEqual([
      setelah, dibayar, lantai, penuh, rp, potongan,
    ]);
  });
});

describe('month bounds', () => {
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2024-12', '2024-12-01', '2024-12-31'],
  ])('%s runs from %s to %s', async (m, first, last) => {
    const { daysOfMonth } = await import('../src/core/month.js');
    expect(daysOfMonth(M(m))).toEqual({ first: parseDate(first), last: parseDate(last) });
    expect(parseDate(last.slice(0, 8) + String(Number(last.slice(8)) + 1))).toBeNull();
  });
});
