// The filled verification worksheet (--verifikasi FILE, issue 20): kbk sampel's
// sampel-YYYY-MM.csv or .xlsx with the team's `sah` filled in, read with the CSV readers
// (dialect, BOM, encoding sniffed as for any export) or the workbook reader, its header
// mapped like every file's (src/ingest/headers.ts KOLOM.sampel). Any bad cell stops the run
// (65) naming the worksheet, the line and the column: a finding never counts half. Its
// shapes (LembarVerifikasi) are in src/ingest/bulan/konteks.ts, beside what the readers check.
import { basename, extname } from 'node:path';
import { parseMonth, type MonthIndex } from '../core/month.js';
import { JENIS_SAMPEL, KODE_DIHITUNG, SAH, type JenisSampel, type KodeDihitung } from '../core/sampel-kolom.js';
import { DataError } from '../errors.js';
import { PESAN_VERIFIKASI as P } from '../pesan/verifikasi.js';
import { bacaCsv, petaHeader, type Baris } from './csv.js';
import { PembacaTanggal } from './dates.js';
import type { OpsiDialek } from './dialek.js';
import { labelBulan } from './bulan/berkas.js';
import type { BarisLembar, LembarVerifikasi } from './bulan/konteks.js';
import { Penolakan } from './rejects.js';
import { RowError } from './row-error.js';
import { barisXlsx, bacaLembar, bukaXlsx } from './ringkasan.js';
import { noKartu } from './values.js';

/** sah as the team may write it: ya / tidak in any case, with spaces around; empty: not checked. */
function sahDari(v: string, lokasi: () => string[]): boolean | null {
  const s = v.trim().toLowerCase();
  if (s === '') return null;
  if (s === SAH.ya) return true;
  if (s === SAH.tidak) return false;
  const [file, baris, kolom] = lokasi() as [string, string, string];
  throw new DataError(P.sahSalah(P.lokasi(file, Number(baris), kolom), v));
}

/** Reads and checks one worksheet. Nothing about the month's data is checked here (the month's read does that). */
export async function bacaLembarVerifikasi(path: string, dialek: OpsiDialek): Promise<LembarVerifikasi> {
  const label = basename(path);
  const rows: BarisLembar[] = [];
  let bulan: MonthIndex | null = null;
  let bulanTeks = '';
  let benih: string | null = null;
  let prolanis: KodeDihitung | undefined;
  const dilihat = new Map<string, number>();
  const barisLembar = (b: Baris): void => {
    const lokasi = (k: string) => P.lokasi(label, b.line, b.kolom(k));
    const bt = b.get('bulan');
    const m = /^\d{4}-\d{2}$/.test(bt) ? parseMonth(bt) : null;
    if (m === null) throw new DataError(P.bulanSalah(lokasi('bulan'), bt));
    if (bulan === null) {
      bulan = m;
      bulanTeks = bt;
    } else if (m !== bulan) throw new DataError(P.bulanCampur(lokasi('bulan'), bt, bulanTeks));
    if (benih === null && b.get('benih') !== '') benih = b.get('benih');
    const jenis = b.get('jenis').toLowerCase() as JenisSampel;
    if (!JENIS_SAMPEL.includes(jenis)) throw new DataError(P.jenisSalah(lokasi('jenis'), b.get('jenis'), JENIS_SAMPEL));
    const dihitung = b.get('dihitung_sebagai') as KodeDihitung;
    const bolehDihitung: readonly string[] = KODE_DIHITUNG[jenis];
    if (!bolehDihitung.includes(dihitung)) throw new DataError(P.dihitungSalah(lokasi('dihitung_sebagai'), dihitung, jenis, bolehDihitung.join(' / ')));
    if (jenis === 'prolanis') {
      // One rule set's worksheet: its Prolanis records counted for control (kbk-2019) or for visits (perber-2017), not both.
      prolanis ??= dihitung;
      if (dihitung !== prolanis) throw new DataError(P.dihitungCampur(lokasi('dihitung_sebagai'), dihitung, prolanis));
    }
    const file = b.get('file');
    // A Prolanis visit is its first prolanis.csv row of the month, or (without one) the participant's contact.
    const berkasBoleh: readonly JenisSampel[] = dihitung === 'prolanis_berkunjung' ? ['prolanis', 'kontak'] : [jenis];
    const berkas = berkasBoleh.find((k) => file === labelBulan(m, `${k}.csv`));
    if (berkas === undefined) throw new DataError(P.fileSalah(lokasi('file'), file, berkasBoleh.map((k) => labelBulan(m, `${k}.csv`)).join(' / ')));
    const bs = b.get('baris');
    if (!/^\d+$/.test(bs) || Number(bs) < 2 || !Number.isSafeInteger(Number(bs))) throw new DataError(P.barisSalah(lokasi('baris'), bs));
    const barisSumber = Number(bs);
    let kartu: string;
    try {
      kartu = noKartu(b);
    } catch (e) {
      if (e instanceof RowError) throw new DataError(P.kartuSalah(lokasi('no_kartu'), e.teks));
      throw e;
    }
    const kunci = `${jenis}:${file}:${barisSumber}`;
    const lain = dilihat.get(kunci);
    if (lain !== undefined) throw new DataError(P.barisGanda(lokasi('baris'), file, barisSumber, lain));
    dilihat.set(kunci, b.line);
    const kode = b.get('kode_ppk');
    if (kode === '') throw new DataError(P.tidakCocok(lokasi('kode_ppk'), file, barisSumber, jenis, kode, kartu, dihitung));
    const sah = sahDari(b.get('sah'), () => [label, String(b.line), b.kolom('sah')]);
    rows.push({ baris: b.line, lokasiBaris: b.kolom('baris'), kodePpk: kode, jenis, noKartu: kartu, file, berkas, barisSumber, dihitungSebagai: dihitung, sah });
  };
  if (extname(path).toLowerCase() === '.xlsx') await bacaXlsxLembar(path, label, barisLembar);
  else
    // A worksheet's bad row stops the run (strict): it is the team's finding, not an export's slip.
    await bacaCsv({ path, label, jenis: 'sampel', tolak: new Penolakan({ strict: true, maxRejectRate: 0 }), dialek, onRow: barisLembar });
  // Every row names the month (bacaCsv and the workbook reader stop on a worksheet without a row).
  const bulanLembar = rows.length > 0 ? parseMonth(bulanTeks) : null;
  if (bulanLembar === null) throw new DataError(P.lokasiTanpaHeader(label));
  return { path, label, bulan: bulanLembar, benih, baris: rows };
}

/** The workbook kbk sampel --xlsx writes: its first sheet with the worksheet's header. */
async function bacaXlsxLembar(path: string, file: string, onRow: (b: Baris) => void): Promise<void> {
  const wb = await bukaXlsx(path);
  const ws = wb.worksheets[0];
  const lembar = ws === undefined ? null : bacaLembar(ws, `${file} [${ws.name}]`);
  if (ws === undefined || lembar === null) throw new DataError(P.lokasiTanpaHeader(file));
  const label = `${file} [${ws.name}]`;
  const peta = petaHeader(lembar.header, 'sampel', label, ',', lembar.barisHeader);
  const tanggal = new PembacaTanggal(label);
  for (const { nomor, nilai } of lembar.baris) onRow(barisXlsx(peta.index, lembar.header, nilai, nomor, tanggal));
  if (lembar.baris.length === 0) throw new DataError(P.lokasiTanpaHeader(file));
}

