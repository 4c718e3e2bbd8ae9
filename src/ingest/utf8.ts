// The one UTF-8 walker of ingest: what begins at a byte. The strict decoder (dekode.ts)
// finds the first byte that is not UTF-8 with it; the dialect sniffer (dialek.ts) tells a
// damaged UTF-8 file from a Windows-1252 one with it.
import { isUtf8 } from 'node:buffer';

/**
 * What begins at b[i]:
 * - `satu`: an ASCII byte (panjang 1);
 * - `utuh`: a whole, valid multi-byte character (panjang 2–4);
 * - `bentuk`: the shape of one (a lead byte and its continuation bytes) that is still not
 *   UTF-8 (overlong, a surrogate, above U+10FFFF) (panjang 2–4);
 * - `terpotong`: a lead byte whose character runs past the end of b (panjang: what is left);
 * - `salah`: a byte that begins no character, or a lead byte without its continuation (panjang 1).
 */
export type JenisUtf8 = 'satu' | 'utuh' | 'bentuk' | 'terpotong' | 'salah';

export function utf8Di(b: Uint8Array, i: number): { jenis: JenisUtf8; panjang: number } {
  const c = b[i] as number;
  if (c < 0x80) return { jenis: 'satu', panjang: 1 };
  const ekor = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (ekor < 0) return { jenis: 'salah', panjang: 1 };
  if (i + ekor >= b.length) return { jenis: 'terpotong', panjang: b.length - i };
  for (let k = 1; k <= ekor; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return { jenis: 'salah', panjang: 1 };
  return { jenis: isUtf8(b.subarray(i, i + ekor + 1)) ? 'utuh' : 'bentuk', panjang: ekor + 1 };
}
