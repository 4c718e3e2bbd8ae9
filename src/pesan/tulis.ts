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

/** Why the system refused a write, in words (the errno code only where kbk knows no words for it). */
export function sebabTulis(kode: string | undefined): Teks {
  switch (kode) {
    case 'EACCES':
    case 'EPERM':
      return teks('tidak ada izin menulis di sana', 'no permission to write there');
    case 'ENOSPC':
      return teks('disk penuh', 'the disk is full');
    case 'EDQUOT':
      return teks('kuota disk habis', 'the disk quota is used up');
    case 'EROFS':
      return teks('disknya hanya dapat dibaca', 'the disk is read-only');
    case 'EISDIR':
      return teks('di nama laporan itu ada sebuah folder', "a folder is at the report's name");
    case 'ENOTDIR':
      return teks('sebagian jalurnya adalah file, bukan folder', 'part of the path is a file, not a folder');
    case 'EIO':
      return teks('disk gagal membaca atau menulis (kesalahan perangkat)', 'the disk failed to read or write (a device error)');
    case 'EMFILE':
    case 'ENFILE':
      return teks('terlalu banyak file sedang terbuka', 'too many files are open');
    case 'ENAMETOOLONG':
      return teks('nama jalurnya terlalu panjang', 'the path is too long');
    case 'EBUSY':
    case 'ETXTBSY':
      return teks('sedang dipakai program lain (mis. terbuka di Excel)', 'another program is using it (open in Excel, say)');
    case 'ELOOP':
      return teks('jalurnya berputar melalui tautan simbolik', 'the path loops through symbolic links');
    case 'EPIPE':
      return teks('pembacanya sudah menutupnya', 'its reader has closed it');
    case 'ENOENT':
      return teks('folder itu hilang selama penulisan', 'the folder disappeared while writing');
    default:
      return teks(`sistem menolak (${kode ?? 'tanpa kode'})`, `the system refused (${kode ?? 'no code'})`);
  }
}

export const PESAN_TULIS = {
  /** A report (or its folder's bookkeeping: lock, journal, temporaries) cannot be written: the folder named, the cause in words. */
  tidakDapatDitulis: (folder: string, laporan: string | null, kode: string | undefined): Teks => {
    const sebab = sebabTulis(kode);
    return teks(
      `${folder}: ${laporan ? `laporan ${laporan}` : 'laporan'} tidak dapat ditulis di folder ini: ${sebab.id}`,
      `${folder}: ${laporan ? `the report ${laporan}` : 'the reports'} cannot be written in this folder: ${sebab.en}`,
    );
  },
  /** The output folder (or a parent of it) cannot be used or created. */
  folderTidakDapatDipakai: (folder: string, di: string, kode: string | undefined): Teks => {
    // Creating a folder, ENOENT is a place that takes no new folder (/proc), not one that vanished.
    const sebab = kode === 'ENOENT' ? teks('folder tidak dapat dibuat di sana', 'no folder can be created there') : sebabTulis(kode);
    const tempat = di === folder ? teks('', '') : teks(` (di ${di})`, ` (at ${di})`);
    return teks(`${folder}: tidak dapat dipakai sebagai folder keluaran: ${sebab.id}${tempat.id}`, `${folder}: cannot be used as the output folder: ${sebab.en}${tempat.en}`);
  },
  /** A parent of the output folder is a file. */
  bukanFolder: (folder: string, di: string): Teks =>
    teks(`${folder}: tidak dapat dipakai sebagai folder keluaran: ${di} adalah file, bukan folder`, `${folder}: cannot be used as the output folder: ${di} is a file, not a folder`),
  /** Another run holds the folder's lock past the wait. */
  sedangDitulisi: (folder: string, pid: string): Teks =>
    teks(
      `${folder}: proses kbk lain (pid ${pid}) sedang menulis laporannya di folder ini; coba lagi setelah selesai`,
      `${folder}: another kbk run (pid ${pid}) is writing its reports in this folder; try again when it has finished`,
    ),
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
