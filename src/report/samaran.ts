// Card numbers are personal data (UU 27/2022). What leaves kbk for people other than the
// branch either masks them (the terminal and logs: enough to find the row, not to identify
// the person) or, with --samarkan KEYFILE, replaces them by a keyed hash that a facility
// holding the same key can compute for its own list, so identities do not travel in clear.
import { createHmac } from 'node:crypto';

/** What a card number looks like inside free text: a run of 9 to 16 digits standing alone. */
const KARTU = /(?<![0-9A-Za-z])\d{9,16}(?![0-9A-Za-z])/g;

/** 0001010000001 → 0001••••••001: the first 4 and last 3 digits kept. */
export function samarkanKartu(kartu: string): string {
  return kartu.length <= 7 ? '•'.repeat(kartu.length) : `${kartu.slice(0, 4)}${'•'.repeat(kartu.length - 7)}${kartu.slice(-3)}`;
}

/** Every card-like number in a text masked (for stderr and logs). */
export const masker = (teks: string): string => teks.replace(KARTU, samarkanKartu);

/** The shortest key accepted: 128 bits. */
export const PANJANG_KUNCI_MIN = 16;

/**
 * HMAC-SHA-256 of a card number as written (UTF-8), with the key file's bytes (trailing
 * newlines dropped) as the key: 64 lower-case hex digits. A facility computes the
 * same with `printf %s NO_KARTU | openssl dgst -sha256 -hmac "$(cat KEYFILE)"`.
 */
export function hmacKartu(kunci: Uint8Array): (kartu: string) => string {
  return (kartu) => createHmac('sha256', kunci).update(kartu, 'utf8').digest('hex');
}

/** A key file's bytes as the HMAC key: trailing newlines dropped, as the shell's $(cat KEYFILE) drops them. */
export function kunciDari(isi: Uint8Array): Uint8Array {
  let n = isi.length;
  while (n > 0 && (isi[n - 1] === 0x0a || isi[n - 1] === 0x0d)) n--;
  return isi.subarray(0, n);
}

/** Every card-like number in a text replaced by `ganti` (the rejects' isi and alasan). */
export const gantiKartu = (teks: string, ganti: (kartu: string) => string): string => teks.replace(KARTU, ganti);
