// A payment window that looks like a real branch's, small enough to run many times: seven
// facilities (four large enough to be KBK-adjusted, all but P102 at rating 4 on every
// indicator, so that any damage that lowers a rating moves a payment; P102 is cut and
// paid at the floor, so that a damaged tariff or floor moves its payment), three assessment
// months 2024-04..06 and the payment month 2024-07. Every value is derived from the
// participant's position, so the window is the same on every machine.

export const BULAN = ['2024-04', '2024-05', '2024-06'] as const;
export const BULAN_BAYAR = '2024-07';

interface Fasilitas {
  kode: string;
  nama: string;
  jenis: string;
  tarif: number;
  peserta: number;
}

export const FASILITAS: readonly Fasilitas[] = [
  { kode: 'P101', nama: 'Puskesmas Melati', jenis: 'puskesmas', tarif: 6000, peserta: 5060 },
  { kode: 'P102', nama: 'Puskesmas Mawar', jenis: 'puskesmas', tarif: 3700, peserta: 5040 },
  { kode: 'P103', nama: 'Puskesmas Kenanga', jenis: 'puskesmas', tarif: 5000, peserta: 700 },
  { kode: 'K101', nama: 'Klinik Pratama Anggrek', jenis: 'klinik_pratama', tarif: 12000, peserta: 5080 },
  { kode: 'R101', nama: 'RS D Pratama Teratai', jenis: 'rs_d_pratama', tarif: 10000, peserta: 5020 },
  { kode: 'D101', nama: 'dr. Budi Santoso', jenis: 'praktik_dokter', tarif: 10000, peserta: 1500 },
  { kode: 'G101', nama: 'drg. Rina Lestari', jenis: 'praktik_dokter_gigi', tarif: 3500, peserta: 600 },
];

/** 13 digits: 0009, the facility's position (2 digits), the participant's (7 digits). */
export const kartu = (f: number, i: number): string => `0009${String(f).padStart(2, '0')}${String(i).padStart(7, '0')}`;

/** A fixed scramble of (i, salt) into 0..99, so shares are spread evenly and not in runs. */
const persen = (i: number, salt: number): number => (((Math.imul(i + 1, 2654435761) >>> 0) ^ Math.imul(salt + 7, 40503)) >>> 0) % 100;

const tgl = (bulan: string, hari: number): string => `${bulan}-${String(hari).padStart(2, '0')}`;

/** Rows in a fixed scrambled order (an export lists visits as they were entered, not per facility). */
function acakUrutan<T>(rows: T[], salt: number): T[] {
  return rows
    .map((r, i) => ({ r, k: (Math.imul(i + 1, 2246822519) ^ salt) >>> 0 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.r);
}

export function jendela(): Record<string, string> {
  const files: Record<string, string> = {
    'fktp.csv':
      'kode_ppk,nama_fktp,jenis_fktp,tarif_kapitasi,tgl_kerja_sama,jaringan_data\n' +
      FASILITAS.map((f) => `${f.kode},${f.nama},${f.jenis},${f.tarif},2015-01-01,Y`).join('\n') +
      '\n',
    'diagnosa.csv': 'kode_diagnosa,non_spesialistik\nK29,1\nJ06.9,1\nN18.5,0\nI21,0\n',
  };
  const peserta = ['no_kartu,kode_ppk,status'];
  FASILITAS.forEach((f, fi) => {
    for (let i = 0; i < f.peserta; i++) peserta.push(`${kartu(fi, i)},${f.kode},aktif`);
  });
  for (const [m, bulan] of BULAN.entries()) {
    const kontak: string[] = [];
    const rujukan: string[] = [];
    const prolanis: string[] = [];
    FASILITAS.forEach((f, fi) => {
      for (let i = 0; i < f.peserta; i++) {
        // 17 % of participants with a contact (AK 170 ‰, rating 4 from 150); some twice.
        if (persen(i, m + 10 * fi) < 17) {
          kontak.push(`${kartu(fi, i)},${f.kode},${tgl(bulan, 1 + (i % 28))}`);
          if (i % 5 === 0) kontak.push(`${kartu(fi, i)},${f.kode},${tgl(bulan, 1 + ((i + 11) % 28))}`);
        }
        // DM about 3 %, HT about 4 % of participants, all enrolled, each measured once in
        // the month; about 8 % controlled (RPPT ≈ 8 %, rating 4 from 5 %; with one programme at
        // 0 it falls to rating 3).
        const ukur = tgl(bulan, 1 + ((i * 3) % 28));
        if (i % 33 === 0) prolanis.push(`${kartu(fi, i)},${f.kode},DM,1,${ukur},${persen(i, 50 + m) < 8 ? 110 : 182},,`);
        if (i % 25 === 1) prolanis.push(`${kartu(fi, i)},${f.kode},HT,1,${ukur},,${persen(i, 70 + m) < 8 ? '124,82' : '152,96'}`);
      }
      // Referrals: 2 % of participants, one in a hundred non-specialistic (RRNS ≈ 1 %); P102
      // one in forty (RRNS 2.97 %, rating 2: paid 95 %, 3700 × 95 % = 3515 lifted to the floor 3600).
      const n = Math.ceil(f.peserta / 50);
      for (let j = 0; j < n; j++) {
        const i = (j * 37) % f.peserta;
        const diag = j % (f.kode === 'P102' ? 40 : 100) === 7 ? 'K29' : j % 2 ? 'N18.5' : 'I21';
        rujukan.push(`R${bulan.replace('-', '')}${String(fi).padStart(2, '0')}${String(j).padStart(4, '0')},${kartu(fi, i)},${f.kode},${tgl(bulan, 1 + (j % 28))},${diag},${j % 40 === 3 ? 2 : ''}`);
      }
    });
    files[`${bulan}/peserta.csv`] = peserta.join('\n') + '\n';
    files[`${bulan}/kontak.csv`] = ['no_kartu,kode_ppk,tgl_kontak', ...acakUrutan(kontak, m)].join('\n') + '\n';
    files[`${bulan}/rujukan.csv`] = ['no_rujukan,no_kartu,kode_ppk,tgl_rujukan,kode_diagnosa,kd_tacc', ...acakUrutan(rujukan, m + 3)].join('\n') + '\n';
    files[`${bulan}/prolanis.csv`] = ['no_kartu,kode_ppk,diagnosa,prolanis,tgl_periksa,gdp,sistole,diastole', ...acakUrutan(prolanis, m + 5)].join('\n') + '\n';
  }
  files[`${BULAN_BAYAR}/peserta.csv`] = peserta.join('\n') + '\n';
  return files;
}
