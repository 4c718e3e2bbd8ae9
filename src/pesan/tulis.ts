// Messages of the report writer (src/report/write.ts) and of the rejects spill
// (src/ingest/rejects.ts) about names kbk creates: a link or a file already at a name it
// must create new, an output folder others can write, a full temporary folder.
import { teks, type Teks } from './index.js';

/** What lstat found at a name: in the message, so the reader knows what to look for. */
export type JenisNama = 'tautan' | 'file' | 'folder' | 'lain';

const JENIS: Record<JenisNama, Teks> = {
  tautan: teks('sebuah tautan simbolik', 'a symbolic link'),
  file: teks('sebuah file', 'a file'),
  folder: teks('sebuah folder', 'a folder'),
  lain: teks('sesuatu yang bukan file biasa', 'something that is not a regular file'),
};

export const PESAN_TULIS = {
  /** A name kbk creates new (temporary, lock, journal, spill) already holds something. */
  sudahAda: (path: string, jenis: JenisNama): Teks =>
    teks(
      `${path}: sudah ada ${JENIS[jenis].id} dengan nama yang harus dibuat baru oleh kbk; kbk tidak menulis melalui tautan atau menimpa yang tidak dibuatnya: hapus, atau periksa siapa yang menaruhnya`,
      `${path}: ${JENIS[jenis].en} is already there, at a name kbk must create new; kbk never writes through a link or over what it did not create: remove it, or find out who put it there`,
    ),
  /** A report's own name is a symbolic link: rename would replace the link, but a link there is an attack or a mistake. */
  laporanTautan: (path: string): Teks =>
    teks(
      `${path}: nama laporan ini adalah tautan simbolik; kbk tidak menulis laporan ke tautan: hapus tautan itu, atau pilih --out lain`,
      `${path}: this report's name is a symbolic link; kbk does not write a report where a link is: remove the link, or choose another --out`,
    ),
  /** --out writable by others without the sticky bit: anyone there could plant or swap files. */
  folderBersama: (dir: string, mode: string): Teks =>
    teks(
      `${dir}: folder keluaran dapat ditulisi pengguna lain (mode ${mode}, tanpa sticky bit); siapa pun di sana dapat menaruh atau menukar file laporan: buat folder sendiri (chmod go-w), atau --izinkan-folder-bersama bila memang disengaja`,
      `${dir}: the output folder is writable by other users (mode ${mode}, no sticky bit); anyone there can plant or swap report files: use a folder of your own (chmod go-w), or --izinkan-folder-bersama when this is meant`,
    ),
  /** The rejects spill cannot be written: usually TMPDIR is full. */
  spillGagal: (path: string, kode: string): Teks =>
    teks(
      `${path}: baris tolak tidak dapat ditulis ke berkas sementara (${kode})${kode === 'ENOSPC' ? '; folder sementara (TMPDIR) penuh: kosongkan, atau arahkan TMPDIR ke folder lain' : ''}`,
      `${path}: the rejected rows cannot be written to their temporary file (${kode})${kode === 'ENOSPC' ? '; the temporary folder (TMPDIR) is full: free space there, or point TMPDIR at another folder' : ''}`,
    ),
};
