// The rejects store: past its memory bound the rows go to a spill file, and the rejects
// file made from it is the same, byte for byte.
import { existsSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Penolakan } from '../src/ingest/rejects.js';
import { KOLOM_TOLAK } from '../src/report/columns.js';
import { csvPotongan, csvText } from '../src/report/tulis-csv.js';
import { isiTeks } from '../src/report/write.js';

const rows = Array.from({ length: 2503 }, (_, i) => ({
  file: i % 2 ? '2024-06/kontak.csv' : 'fktp.csv',
  baris: i + 2,
  kolom: 'no_kartu',
  alasan: `no_kartu "${i}" has ${String(i).length} digits, not 13`,
  jenis: i % 3 ? 'leading zeros lost' : 'outside the month',
  isi: `${i},"Klinik ""Sehat"", Cabang ${i}",Andr\u00e9\r\n`,
}));

describe('Penolakan', () => {
  it('spills past its memory bound and gives back every row in order', () => {
    const spilled = new Penolakan({ strict: false, maxRejectRate: 0.5, batasMemori: 7 });
    const inMemory = new Penolakan({ strict: false, maxRejectRate: 0.5 });
    onTestFinished(() => spilled.tutup());
    for (const p of [spilled, inMemory]) for (const r of rows) (r.jenis === 'outside the month' ? p.sisihkan(r) : p.tolak(r));
    expect(spilled.size).toBe(2503);
    const back = [...spilled.semua()];
    expect(back).toEqual([...inMemory.semua()]);
    // 2502 % 3 === 0: set aside; given no Indonesian text, its alasan is the one given.
    expect(back[2502]).toEqual({ ...rows[2502], alasanId: rows[2502]?.alasan, kode: 'di_luar_bulan', isi: rows[2502]?.isi.replace(/\r\n$/, ''), salah: false });
    expect(back[1]?.kode).toBe('kartu_nol_hilang');
    const asCsv = (p: Penolakan) => [...p.semua()].map((t) => ({ file: t.file, baris: String(t.baris), kode: t.kode, alasan: t.alasan, isi: t.isi }));
    expect(isiTeks(csvPotongan(KOLOM_TOLAK, asCsv(spilled)))).toBe(csvText(KOLOM_TOLAK, asCsv(inMemory)));
    // 2503 rows: 835 set aside (i % 3 === 0), 1668 bad; per file and reason.
    expect(spilled.jumlah('fktp.csv') + spilled.jumlah('2024-06/kontak.csv')).toBe(1668);
    expect(spilled.ringkasan()).toEqual(inMemory.ringkasan());
    expect(spilled.melebihi('fktp.csv', 1252)).toBe(
      'fktp.csv: 834 of 1252 rows rejected (66.61%, above --max-reject-rate 50.00%); first: line 4 column no_kartu: no_kartu "2" has 1 digits, not 13',
    );
    const path = (spilled as unknown as { spill: { path: string } }).spill.path;
    expect(existsSync(path)).toBe(true);
    spilled.tutup();
    expect(existsSync(path)).toBe(false);
  });
});
