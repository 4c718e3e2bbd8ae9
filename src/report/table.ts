// Compact terminal tables (stdout). Rupiah and indicators in Indonesian locale; colour only
// when the caller's chalk has a level (NO_COLOR, --no-color and pipes give level 0).
import type { ChalkInstance } from 'chalk';
import type { Capaian, Kapitasi } from '../core/assessment.js';
import type { RuleSet } from '../rules/schema.js';
import type { HasilBanding } from '../app/banding.js';
import { formatMonth, type MonthIndex } from '../core/month.js';
import { namaPemisah } from '../ingest/dialek.js';
import type { StatistikFile } from '../ingest/file.js';
import { toNumber, type Rational } from '../core/rational.js';

const angkaId = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rupiahId = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 });

// Intl puts a no-break space after "Rp"; a plain space greps and pastes better from logs.
export const formatRupiah = (v: bigint): string => rupiahId.format(v).replace(/\u00a0/g, ' ');
const ind = (r: Rational | null, unit: string): string => (r === null ? '–' : `${angkaId.format(toNumber(r))}${unit}`);
const pct = (r: Rational): string => `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(toNumber(r))}%`;

export function render(head: string[], rows: string[][], align: ('l' | 'r')[], c: ChalkInstance): string {
  // Width from the visible text; colour codes are added after padding.
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (s: string, i: number): string => (align[i] === 'r' ? s.padStart(widths[i] as number) : s.padEnd(widths[i] as number));
  const lines = [c.bold(head.map(pad).join('  ')), c.dim(widths.map((w) => '─'.repeat(w)).join('  '))];
  for (const r of rows) lines.push(r.map(pad).join('  '));
  return lines.join('\n');
}

const nama = (s: string): string => (s.length > 28 ? s.slice(0, 27) + '…' : s);

export function tabelCapaian(rows: Capaian[], rules: RuleSet, c: ChalkInstance): string {
  const bulan = rows[0] ? formatMonth(rows[0].bulan) : '';
  const body = rows.map((r) => [
    r.fktp.kodePpk,
    nama(r.fktp.namaFktp),
    ...rules.indikator.map((i) => ind(r.indikator.nilai[i.id] ?? null, i.satuan)),
    r.penilaian ? rules.indikator.map((i) => r.penilaian?.rating[i.id]).join('/') : '–',
    r.penilaian ? angkaId.format(toNumber(r.penilaian.totalNilai)) : '–',
    r.kbkBerlaku ? pct(r.persenKapitasi) : c.dim('100% (tidak berlaku)'),
  ]);
  const head = ['kode_ppk', 'nama', ...rules.indikator.map((i) => i.id.toUpperCase()), 'rating', 'nilai', 'kapitasi'];
  return `${c.bold(`Capaian KBK ${bulan}`)} (${rows[0]?.aturan ?? ''})\n` +
    render(head, body, ['l', 'l', ...rules.indikator.map(() => 'r' as const), 'r', 'r', 'l'], c);
}

export function tabelKapitasi(rows: Kapitasi[], c: ChalkInstance): string {
  let total = 0n;
  let potongan = 0n;
  let insentif = 0n;
  const body = rows.map((r) => {
    total += r.pembayaran.kapitasiDibayar;
    // A payment band above 100 % pays more than the base: a negative potongan, shown as an incentive.
    if (r.pembayaran.potongan >= 0n) potongan += r.pembayaran.potongan;
    else insentif -= r.pembayaran.potongan;
    return [
      r.fktp.kodePpk,
      nama(r.fktp.namaFktp),
      `${r.jumlahBulanDinilai}/${r.jendela.length}`,
      r.penilaian ? angkaId.format(toNumber(r.penilaian.totalNilai)) : '–',
      pct(r.persenKapitasi),
      r.pembayaran.lantaiDiterapkan ? c.yellow('lantai') : '',
      formatRupiah(r.pembayaran.kapitasiDibayar),
      r.pembayaran.potongan > 0n ? c.red(formatRupiah(r.pembayaran.potongan)) : r.pembayaran.potongan < 0n ? c.green(`+${formatRupiah(-r.pembayaran.potongan)}`) : formatRupiah(0n),
    ];
  });
  const first = rows[0];
  const title = first ? `Kapitasi ${formatMonth(first.bulanBayar)} (${first.aturan}, ${first.aturanTarif})` : 'Kapitasi';
  return `${c.bold(title)}\n` +
    render(['kode_ppk', 'nama', 'bulan', 'nilai', 'persen', '', 'dibayar', 'potongan'], body, ['l', 'l', 'r', 'r', 'r', 'l', 'r', 'r'], c) +
    `\n${c.bold('Total dibayar')} ${formatRupiah(total)}   ${c.bold('potongan')} ${formatRupiah(potongan)}` +
    (insentif > 0n ? `   ${c.bold('insentif')} ${formatRupiah(insentif)}` : '');
}

const angkaEn = (n: number): string => n.toLocaleString('en-US');

/** kbk validate's summary: one line a file, its reject reasons and failure under it. */
export function tabelValidasi(files: readonly StatistikFile[], perFile: Map<string, Map<string, number>>, kualitas: Map<MonthIndex, string[]>): string {
  const lines: string[] = [];
  const w = Math.max(4, ...files.map((f) => f.label.length));
  lines.push(`${'file'.padEnd(w)}  ${'rows'.padStart(10)}  ${'rejects'.padStart(8)}  ${'facilities'.padStart(10)}  ${'dates'.padEnd(22)}  read as`);
  let rows = 0;
  let rejects = 0;
  for (const f of files) {
    const reasons = perFile.get(f.label) ?? new Map<string, number>();
    const n = [...reasons.values()].reduce((a, b) => a + b, 0);
    rows += f.rows;
    rejects += n;
    const dialek = f.dialek ? `${namaPemisah(f.dialek.delimiter)}, ${f.dialek.encoding}${f.formatTanggal ? `, dates ${f.formatTanggal}` : ''}` : '';
    lines.push(`${f.label.padEnd(w)}  ${angkaEn(f.rows).padStart(10)}  ${angkaEn(n).padStart(8)}  ${angkaEn(f.fasilitas).padStart(10)}  ${(f.rentangTanggal || '-').padEnd(22)}  ${dialek}`);
    for (const w of f.peringatan) lines.push(`    warning: ${w}`);
    for (const [reason, k] of reasons) lines.push(`    ${reason}: ${angkaEn(k)}`);
    if (f.gagal !== null) lines.push(`    FAILS: ${f.gagal}`);
  }
  for (const [m, items] of kualitas) if (items.length > 0) lines.push(`data quality ${formatMonth(m)}: ${items.join(', ')}`);
  const failing = files.filter((f) => f.gagal !== null).length;
  lines.push(`${files.length} files, ${angkaEn(rows)} rows, ${angkaEn(rejects)} in the rejects, ${failing} failing`);
  return lines.join('\n') + '\n';
}

/** kbk banding: both payments per facility and the difference, with the totals. */
export function tabelBanding(h: HasilBanding, c: ChalkInstance): string {
  const selisih = (v: bigint): string => (v > 0n ? c.green(`+${formatRupiah(v)}`) : v < 0n ? c.red(`−${formatRupiah(-v)}`) : formatRupiah(0n));
  const body = h.baris.map((r) => [
    r.kapitasiA.fktp.kodePpk,
    nama(r.kapitasiA.fktp.namaFktp),
    pct(r.kapitasiA.persenKapitasi),
    pct(r.kapitasiB.persenKapitasi),
    formatRupiah(r.kapitasiA.pembayaran.kapitasiDibayar),
    formatRupiah(r.kapitasiB.pembayaran.kapitasiDibayar),
    selisih(r.selisih),
  ]);
  return `${c.bold(`Banding ${formatMonth(h.bulanBayar)}`)}: A = ${h.a.label}, B = ${h.b.label}\n` +
    render(['kode_ppk', 'nama', 'persen A', 'persen B', 'dibayar A', 'dibayar B', 'selisih'], body, ['l', 'l', 'r', 'r', 'r', 'r', 'r'], c) +
    `\n${c.bold('Total')} A ${formatRupiah(h.total.a)}   B ${formatRupiah(h.total.b)}   ${c.bold('selisih')} ${selisih(h.total.selisih)}`;
}
