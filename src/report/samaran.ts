// Card numbers are personal data (UU 27/2022). What leaves kbk for people other than the
// branch either masks them (the terminal and logs: enough to find the row, not to identify
// the person) or, with --samarkan KEYFILE, replaces them by a keyed hash that a facility
// holding the same key can compute for its own list, so identities do not travel in clear.
import { createHmac } from 'node:crypto';

/**
 * What a card number looks like inside any text: a run of 9 or more digits, whatever stands
 * beside it. A malformed card (`X0000000606734`, `NIK0000000120070`, 17 digits) is still a
 * card; a count, a date or Rupiah with separators has no such run.
 */
const KARTU = /\d{9,}/g;

/** 0001010000001 → 0001••••••001: the first 4 and last 3 digits kept. */
export function samarkanKartu(kartu: string): string {
  return kartu.length <= 7 ? '•'.repeat(kartu.length) : `${kartu.slice(0, 4)}${'•'.repeat(kartu.length - 7)}${kartu.slice(-3)}`;
}

/** Every card-like number in a text masked (for stderr and logs). */
export const masker = (teks: string): string => teks.replace(KARTU, samarkanKartu);

/** A JSON string literal, with its quotes and escapes. */
const STRING_JSON = /"(?:[^"\\]|\\.)*"/g;

/**
 * A JSON text with the card-like runs inside its string values masked; its numbers (a
 * Rupiah sum of 9 digits is a number, not a card) left as they are, so it stays valid
 * JSON with the same numbers. A mask only removes digits, never a quote or a backslash.
 */
export const maskerJson = (json: string): string => json.replace(STRING_JSON, (s) => s.replace(KARTU, samarkanKartu));

/**
 * What goes to standard output: a JSON document (`--json`) masked inside its strings
 * only, anything else (tables, lines) masked whole. A number people read is printed
 * with separators (237,244,189), which no mask touches.
 */
export function maskerKeluaran(teks: string): string {
  if (!KARTU_ADA.test(teks)) return teks;
  const awal = teks.trimStart()[0];
  if (awal === '{' || awal === '[') {
    try {
      JSON.parse(teks);
      return maskerJson(teks);
    } catch {
      // not a JSON document: masked as text
    }
  }
  return masker(teks);
}
const KARTU_ADA = /\d{9}/;

/** The shortest key accepted: 128 bits. */
export const PANJANG_KUNCI_MIN = 16;

/** The largest key file read: a key is a few dozen bytes; /dev/zero or a wrong file is refused, not read to its end. */
export const UKURAN_KUNCI_MAKS = 4096;

/** Bytes of a key that do not follow from the ones before (see kekuatanKunci): fewer, and the key is refused. */
export const KUNCI_ACAK_MIN = 8;

/**
 * Words people put in keys (lower case; matched without regard to case). A key made of
 * them is guessed from a list: each counts as one byte of the key's strength, however long.
 */
const KATA_UMUM = [
  'password', 'passw0rd', 'p@ssw0rd', 'passwort', 'secret', 'rahasia', 'kunci', 'sandi', 'katasandi', 'admin', 'administrator',
  'root', 'qwertyuiop', 'qwerty', 'asdfghjkl', 'asdfgh', 'asdf', 'zxcvbnm', 'zxcv', 'letmein', 'welcome', 'iloveyou', 'changeme',
  'default', 'master', 'monkey', 'dragon', 'login', 'test', 'example', 'contoh', 'bpjs', 'kesehatan', 'kapitasi', 'puskesmas',
  'klinik', 'cabang', 'indonesia', 'jakarta', 'merdeka', 'key', 'pass',
];

/** How guessable a key is: the bytes that count, and the common words found in it. */
export interface KekuatanKunci {
  /** Bytes that are not a repeat, a step of a run (abc, 321), a repeated pattern, or inside a common word or a year (which count as one). */
  acak: number;
  /** The common words and years (19xx, 20xx) found, in order. */
  kata: string[];
}

/**
 * A key's strength, estimated the way a guesser works: common words and years first (each
 * one byte's worth), then, byte by byte, what follows from the bytes before does not count:
 * the same byte again (aaaa, NUL NUL), the next or previous byte (abcd, 1234, 9876), or
 * the continuation of a pattern of 2 to 8 bytes (abcabc, xy12xy12). Random bytes
 * (`openssl rand -hex 32`) keep nearly every byte; `password12345678` keeps 2.
 */
export function kekuatanKunci(kunci: Uint8Array): KekuatanKunci {
  const b = Buffer.from(kunci);
  const kecil = b.toString('latin1').toLowerCase();
  const kata: string[] = [];
  /** Per byte: -1 inside a common word (not its first byte), 1 a word's first byte, 0 not in a word. */
  const dalamKata = new Int8Array(b.length);
  for (let i = 0; i < kecil.length; ) {
    const tahun = /^(19|20)\d\d/.exec(kecil.slice(i, i + 4))?.[0];
    const w = tahun ?? KATA_UMUM.find((k) => kecil.startsWith(k, i));
    if (w === undefined) {
      i++;
      continue;
    }
    kata.push(w);
    dalamKata[i] = 1;
    dalamKata.fill(-1, i + 1, i + w.length);
    i += w.length;
  }
  let acak = 0;
  for (let i = 0; i < b.length; i++) {
    if (dalamKata[i] === -1) continue;
    if (dalamKata[i] === 1) {
      acak++;
      continue;
    }
    const x = b[i] as number;
    const sebelum = i > 0 && dalamKata[i - 1] === 0 ? (b[i - 1] as number) : null;
    if (sebelum !== null && Math.abs(x - sebelum) <= 1) continue;
    let pola = false;
    for (let p = 2; p <= 8 && !pola && i - 1 - p >= 0; p++) pola = x === b[i - p] && b[i - 1] === b[i - 1 - p];
    if (!pola) acak++;
  }
  return { acak, kata };
}

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

/**
 * Every card-like run in a text replaced by `ganti` of the run (the rejects' isi and alasan,
 * the Tolak sheet, the audit lists): the letters around a malformed card stay, its digits
 * become their hash, which a facility holding the key computes from the digits it has.
 */
export const gantiKartu = (teks: string, ganti: (kartu: string) => string): string => teks.replace(KARTU, ganti);
