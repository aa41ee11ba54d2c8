/**
 * The budget of Kecamatan Kota Bangun as its report prints it: Tabel 2.8
 * (allocation before and after the APBD change), 3.11 (efficiency per program),
 * 3.15 (realisation 2023 per sub kegiatan) and 3.16 (realisation 2022).
 * `null` is a blank cell; text is kept where the report's text is not a valid
 * number (`"1,540,00"`).
 */

/** A value as printed: a number, text as typed, or blank. */
export type Printed = number | string | null;

/** A program → kegiatan → sub kegiatan tree. */
export interface ProgramTree<Row> {
  readonly program: string;
  readonly kegiatan: readonly { readonly nama: string; readonly sub: readonly Row[] }[];
}

/** Tabel 3.15 row: sub kegiatan, pagu, realisasi, capaian, sisa. */
export type Row2023 = readonly [string, number, Printed, Printed, number];

/** The intended realisasi of the sub kegiatan whose printed value is not a valid number. */
export const INTENDED_REALISASI_2023: Readonly<Record<string, number>> = {
  "1,540,00": 1540000,
  "32,100,00": 32100000,
  "19,790,00": 19790000,
  "60,512,00": 60512000,
  "303,800,00": 303800000,
  "62,956,00": 62956000,
  "37,475,50": 37475500,
  "70,350,00": 70350000,
  "3,000,00": 3000000,
  "23,549,50": 23549500,
  "4,053,447,25": 4053447250,
  "232,065,00": 232065000,
};

/** Tabel 3.15 (2023) as printed. */
export const BUDGET_2023: readonly ProgramTree<Row2023>[] = [
  {
    program: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    kegiatan: [
      {
        nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        sub: [
          ["Penyusunan Dokumen Perencanaan Perangkat Daerah", 75000000, null, null, 75000000],
          [
            "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            20967376,
            "1,540,00",
            "7,34",
            19427376,
          ],
        ],
      },
      {
        nama: "Administrasi Keuangan Perangkat Daerah",
        sub: [
          ["Penyediaan Gaji dan Tunjangan ASN", 5535121420, 5196749998, "93,89", 338371422],
          [
            "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
            11000000,
            null,
            null,
            11000000,
          ],
          [
            "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulanan/ Semesteran SKPD",
            38390000,
            "32,100,00",
            "83,62",
            6290000,
          ],
        ],
      },
      {
        nama: "Administrasi Barang Milik Daerah pada Perangkat Daerah",
        sub: [
          [
            "Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD",
            41927864,
            "19,790,00",
            "47,20",
            22137864,
          ],
        ],
      },
      {
        nama: "Administrasi Kepegawaian Perangkat Daerah",
        sub: [
          [
            "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya",
            62000000,
            "60,512,00",
            "97,60",
            1488000,
          ],
          ["Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", 0, null, "97,60", 0],
        ],
      },
      {
        nama: "Administrasi Umum Perangkat Daerah",
        sub: [
          [
            "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
            5000000,
            null,
            null,
            5000000,
          ],
          [
            "Penyediaan Peralatan dan Perlengkapan Kantor",
            306535264,
            "303,800,00",
            "99,11",
            2735264,
          ],
          ["Penyediaan Peralatan Rumah Tangga", 20500000, null, null, 20500000],
          ["Penyediaan Bahan Logistik Kantor", 65366816, "62,956,00", "96,31", 2410816],
          ["Penyediaan Barang Cetakan dan Penggandaan", 70000000, "37,475,50", "53,54", 32524500],
          ["Fasilitasi Kunjungan Tamu", 20000000, null, null, 20000000],
          [
            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            500000000,
            355161675,
            "71,03",
            144838325,
          ],
          ["Penatausahaan Arsip Dinamis pada SKPD", 100000000, "70,350,00", "70,35", 29650000],
          [
            "Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD",
            200000000,
            198829326,
            "99,41",
            1170674,
          ],
        ],
      },
      {
        nama: "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        sub: [
          [
            "Pengadaan Kendaraan Dinas Operasional atau Lapangan",
            1285560000,
            1171799999,
            "91,15",
            113760001,
          ],
          ["Pengadaan Gedung Kantor atau Bangunan Lainnya", 0, null, "91,15", 0],
        ],
      },
      {
        nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        sub: [
          ["Penyediaan Jasa Surat Menyurat", 6000000, "3,000,00", "5", 3000000],
          [
            "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
            1031960000,
            602060032,
            "58,34",
            429899968,
          ],
          ["Penyediaan Jasa Pelayanan Umum Kantor", 972325396, 537853321, "55,32", 434472075],
        ],
      },
      {
        nama: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        sub: [
          [
            "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
            5000000,
            null,
            null,
            5000000,
          ],
          [
            "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
            428654837,
            282659282,
            "65,94",
            145995555,
          ],
          ["Pemeliharaan Peralatan dan Mesin Lainnya", 4997965, null, null, 4997965],
        ],
      },
    ],
  },
  {
    program: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    kegiatan: [
      {
        nama: "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan",
        sub: [
          [
            "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan",
            0,
            null,
            null,
            0,
          ],
        ],
      },
      {
        nama: "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
        sub: [
          [
            "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Non Perizinan",
            440049000,
            null,
            null,
            440049000,
          ],
          [
            "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Kewenangan Lain yang Dilimpahkan",
            37821814564,
            36803739678,
            "97,31",
            1018074886,
          ],
        ],
      },
    ],
  },
  {
    program: "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
    kegiatan: [
      {
        nama: "Koordinasi Kegiatan Pemberdayaan Desa",
        sub: [
          [
            "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
            55020000,
            "23,549,50",
            "42,80",
            31470500,
          ],
          [
            "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
            4746690420,
            "4,053,447,25",
            "85,40",
            693243170,
          ],
        ],
      },
    ],
  },
  {
    program: "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM",
    kegiatan: [
      {
        nama: "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah",
        sub: [
          [
            "Pembinaan Kerukunan Antar Suku dan Intra Suku, Umat Beragama, Ras, dan Golongan Lainnya Guna Mewujudkan Stabilitas Keamanan Lokal, Regional, dan Nasional",
            457086000,
            "232,065,00",
            "50,77",
            225021000,
          ],
          [
            "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan",
            10000000,
            null,
            null,
            10000000,
          ],
        ],
      },
    ],
  },
  {
    program: "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
    kegiatan: [
      {
        nama: "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
        sub: [
          [
            "Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa",
            65000000,
            null,
            null,
            65000000,
          ],
        ],
      },
    ],
  },
];

/** Tabel 3.11 row: program, anggaran, realisasi, % realisasi, Ket. */
export const EFFICIENCY_2023: readonly (readonly [string, number, Printed, number, string])[] = [
  [
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    10806306938,
    8936637133,
    82.7,
    "Efisien",
  ],
  [
    "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    38261863564,
    6803739678,
    96.19,
    "Efisien",
  ],
  ["PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 4801710420, 4076996750, 84.91, "Efisien"],
  [
    "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM",
    467086000,
    232065000,
    49.68,
    "Tidak Efisien",
  ],
  ["PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", 65000000, "-", 0, "Tidak Efisien"],
];

/** Tabel 3.12 row: program, indikator, target, realisasi, % capaian, pendukung, penghambat. */
export const PROGRAM_INDICATORS: readonly (readonly [
  string,
  string,
  number,
  number,
  number,
  string,
  string,
])[] = [
  [
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Nilai SAKIP Perangkat Daerah",
    67.01,
    67,
    100,
    "Ketersediaan Anggaran Yang Memadai",
    "Ketersediaan Anggaran Yang Terbatas",
  ],
  [
    "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
    "Persentase pelayanan perijinan dan non perijinan yang dilaksanakan sesuai SOP",
    100,
    100,
    100,
    "sosialisasi melalui media sosial",
    "saran dan prasarana yang kurang memadai",
  ],
  [
    "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
    "Tingkat aksesibilitas wilayah Kecamatan",
    54.79,
    55,
    100,
    "data rencana pembangunan yang cukup",
    "alokasi anggaran yang masih terbatas",
  ],
  [
    "Program Pemberdayaan Masyarakat Desa Dan Kelurahan",
    "Persentase Lembaga Pemberdayaan Masyarakat Desa/Kelurahan yang aktif",
    67,
    71,
    106,
    "Dukungan dari pemerintahan Desa yang selalu proaktif",
    "belum optimalnya pelaksanaan kegiatan",
  ],
  [
    "Program Penyelenggaraan Urusan Pemerintahan Umum",
    "Cakupan Penyelenggaraan Urusan Pemerintahan Umum",
    60,
    60,
    100,
    "kegiatan kegiatan yang melibatkan Forkopimcam",
    "belum optimalnya pelaksanaan Forkopimcam",
  ],
  [
    "Program Pembinaan Dan Pengawasan Pemerintahan Desa",
    "Persentase Desa Yang Memiliki Predikat Penyelenggaraan Kinerja Pemerintahan Desa Dalam Kategori Baik",
    72,
    45,
    62.5,
    "Pendampingan kepada Pemerintahan Desa",
    "kurang nya alokasi anggaran dalam pemberian reward",
  ],
];

/** Tabel 2.8 / 3.16 row: uraian and numbers; level 0 program, 1 kegiatan, 2 sub kegiatan. */
export type LeveledRow = readonly [0 | 1 | 2, string, ...Printed[]];

/** Tabel 2.8: sebelum, sesudah, bertambah/(berkurang), as printed. */
export const ALLOCATION_2023: readonly LeveledRow[] = [
  [
    0,
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    9648400565,
    10806306938,
    1157906373,
  ],
  [
    1,
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    80967376,
    95967376,
    15000000,
  ],
  [2, "Penyusunan Dokumen Perencanaan Perangkat Daerah", 60000000, 75000000, 15000000],
  [
    2,
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    20967376,
    20967376,
    0,
  ],
  [1, "Administrasi Keuangan Perangkat Daerah", 5160900311, 5584511420, 423611109],
  [2, "Penyediaan Gaji dan Tunjangan ASN", 5019900311, 5535121420, 515221109],
  [2, "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 11000000, 11000000, 0],
  [
    2,
    "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
    130000000,
    -91610000,
    null,
  ],
  [1, "Administrasi Barang Milik Daerah pada Perangkat Daerah", 91927864, 41927864, -50000000],
  [
    2,
    "Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD",
    91927864,
    41927864,
    -50000000,
  ],
  [1, "Administrasi Kepegawaian Perangkat Daerah", 112000000, 62000000, -50000000],
  [2, "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", 62000000, 62000000, 0],
  [2, "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", 50000000, 0, -50000000],
  [1, "Administrasi Umum Perangkat Daerah", 1030866816, 1287402080, 256535264],
  [2, "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 5000000, 5000000, 0],
  [2, "Penyediaan Peralatan dan Perlengkapan Kantor", 50000000, 306535264, 256535264],
  [2, "Penyediaan Peralatan Rumah Tangga", 20500000, 20500000, 0],
  [2, "Penyediaan Bahan Logistik Kantor", 65366816, 65366816, 0],
  [2, "Penyediaan Barang Cetakan dan Penggandaan", 70000000, 70000000, 0],
  [2, "Fasilitasi Kunjungan Tamu", 20000000, 20000000, 0],
  [2, "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 500000000, 500000000, 0],
  [2, "Penatausahaan Arsip Dinamis pada SKPD", 100000000, 100000000, 0],
  [
    2,
    "Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD",
    200000000,
    200000000,
    0,
  ],
  [
    1,
    "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
    685560000,
    1285560000,
    600000000,
  ],
  [2, "Pengadaan Kendaraan Dinas Operasional atau Lapangan", 535560000, 1285560000, 750000000],
  [2, "Pengadaan Gedung Kantor atau Bangunan Lainnya", 150000000, 0, -150000000],
  [1, "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 2048675396, 2010285396, -38390000],
  [2, "Penyediaan Jasa Surat Menyurat", 6000000, 6000000, 0],
  [2, "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 1031960000, 1031960000, 0],
  [2, "Penyediaan Jasa Pelayanan Umum Kantor", 1010715396, 972325396, -38390000],
  [
    1,
    "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    437502802,
    438652802,
    1150000,
  ],
  [
    2,
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
    3850000,
    5000000,
    1150000,
  ],
  [
    2,
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
    428654837,
    428654837,
    0,
  ],
  [2, "Pemeliharaan Peralatan dan Mesin Lainnya", 4997965, 4997965, 0],
  [
    0,
    "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    21130489000,
    38261863564,
    17131374564,
  ],
  [
    1,
    "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada diKecamatan",
    10000000,
    0,
    -10000000,
  ],
  [
    2,
    "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan",
    10000000,
    0,
    -10000000,
  ],
  [
    1,
    "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
    21120489000,
    38261863564,
    17141374564,
  ],
  [
    2,
    "Pelaksanaan Urusan Pemerintahan yang terkait dengan Nonperizinan",
    20000000,
    440049000,
    420049000,
  ],
  [
    2,
    "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Kewenangan Lain yang Dilimpahkan",
    21100489000,
    37821814564,
    16721325564,
  ],
  [0, "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 614330000, 4801710420, 4187380420],
  [1, "Koordinasi Kegiatan Pemberdayaan Desa", 614330000, 4801710420, 4187380420],
  [
    2,
    "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
    70000000,
    55020000,
    -14980000,
  ],
  [
    2,
    "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
    544330000,
    4746690420,
    4202360420,
  ],
  [0, "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", 366130000, 467086000, 100956000],
  [
    1,
    "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah",
    366130000,
    467086000,
    100956000,
  ],
  [
    2,
    "Pembinaan Kerukunan Antar Suku dan Intra Suku, Umat Beragama, Ras,dan Golongan Lainnya Guna Mewujudkan Stabilitas Keamanan Lokal, Regional, dan Nasional",
    356130000,
    457086000,
    100956000,
  ],
  [2, "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", 10000000, 10000000, 0],
  [0, "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", 65000000, 65000000, 0],
  [
    1,
    "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
    65000000,
    65000000,
    0,
  ],
  [2, "Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa", 65000000, 65000000, 0],
];

/** The total row of Tabel 2.8. */
export const ALLOCATION_TOTAL: readonly Printed[] = [
  "KECAMATAN KOTA BANGUN",
  31824349565,
  54401966922,
  22577617357,
];

/** Tabel 3.16: pagu, realisasi keuangan, capaian realisasi, sisa anggaran (2022), as printed. */
export const BUDGET_2022: readonly LeveledRow[] = [
  [
    0,
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    8449291836,
    null,
    null,
    8449291836,
  ],
  [
    1,
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    21970705,
    15408000,
    70.13,
    6562705,
  ],
  [2, "Penyusunan Dokumen Perencanaan Perangkat Daerah", 11000000, 4450000, 40.45, 6550000],
  [
    2,
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    10970705,
    10958000,
    99.88,
    12705,
  ],
  [1, "Administrasi Keuangan Perangkat Daerah", 5000363897, 3420000, 0.07, 4996943897],
  [2, "Penyediaan Gaji dan Tunjangan ASN", 4994363897, null, 0, 4994363897],
  [2, "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 6000000, 3420000, 57, 2580000],
  [1, "Administrasi Barang Milik Daerah pada Perangkat Daerah", 14400000, "-", 0, 14400000],
  [
    2,
    "Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD",
    14400000,
    "-",
    0,
    14400000,
  ],
  [1, "Administrasi Umum Perangkat Daerah", 481172712, 291065750, 60.5, 190106962],
  [2, "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 5000000, "-", 0, 5000000],
  [2, "Penyediaan Peralatan dan Perlengkapan Kantor", 52878712, 52847100, 99.94, 31612],
  [2, "Penyediaan Bahan Logistik Kantor", 70000000, 40000000, 57.14, 30000000],
  [2, "Penyediaan Barang Cetakan dan Penggandaan", 55000000, 35000000, 63.64, 20000000],
  [
    2,
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    235000000,
    124968050,
    53.18,
    110031950,
  ],
  [2, "Penatausahaan Arsip Dinamis pada SKPD", 63294000, 38250600, 60.43, 25043400],
  [
    1,
    "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
    1276666166,
    168231129,
    13.18,
    1108435037,
  ],
  [
    2,
    "Pengadaan Kendaraan Dinas Operasional atau Lapangan",
    302531129,
    167031129,
    55.21,
    135500000,
  ],
  [2, "Pengadaan Gedung Kantor atau Bangunan Lainnya", 974135037, 1200000, 0.12, 972935037],
  [
    1,
    "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    1471628356,
    1017641447,
    69.15,
    453986909,
  ],
  [2, "Penyediaan Jasa Surat Menyurat", 6000000, 3000000, 50, 3000000],
  [
    2,
    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    882331988,
    617906241,
    70.03,
    264425747,
  ],
  [2, "Penyediaan Jasa Pelayanan Umum Kantor", 583296368, 396735206, 68.02, 186561162],
  [
    1,
    "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    183090000,
    141241115,
    77.14,
    41848885,
  ],
  [
    2,
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
    7700000,
    4060800,
    52.74,
    3639200,
  ],
  [
    2,
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
    175390000,
    137180315,
    78.21,
    38209685,
  ],
  [
    0,
    "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    15455147326,
    null,
    0,
    15455147326,
  ],
  [
    1,
    "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan",
    10000000,
    "-",
    0,
    10000000,
  ],
  [
    2,
    "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan",
    10000000,
    "-",
    0,
    10000000,
  ],
  [
    1,
    "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
    15445147326,
    15311927253,
    99.13746324,
    133220073,
  ],
  [
    2,
    "Pelaksanaan Urusan Pemerintahan yang terkait dengan Nonperizinan",
    10000000,
    "-",
    0,
    10000000,
  ],
  [
    2,
    "Pelaksanaan Urusan Pemerintahan yang terkait dengan Kewenangan Lain yang Dilimpahkan",
    15435147326,
    15311927253,
    99.2,
    123220073,
  ],
  [0, "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 433248436, null, 0, 433248436],
  [1, "Koordinasi Kegiatan Pemberdayaan Desa", 433248436, 313669800, 72.39952275, 119578636],
  [
    2,
    "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
    12103800,
    12103800,
    100,
    "-",
  ],
  [
    2,
    "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
    421144636,
    301566000,
    71.61,
    119578636,
  ],
  [0, "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", 180000000, null, 0, 180000000],
  [
    1,
    "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah",
    180000000,
    "-",
    0,
    180000000,
  ],
  [
    2,
    "Pembinaan Kerukunan Antarsuku dan Intrasuku, Umat Beragama, Ras, dan Golongan Lainnya Guna Mewujudkan Stabilitas Keamanan Lokal, Regional, dan Nasional",
    175000000,
    "-",
    0,
    175000000,
  ],
  [2, "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", 5000000, "-", 0, 5000000],
  [0, "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", 18654837, null, 0, 18654837],
  [
    1,
    "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
    18654837,
    3540000,
    18.97631161,
    15114837,
  ],
  [
    2,
    "Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa",
    15000000,
    "-",
    0,
    15000000,
  ],
  [2, "Fasilitasi Pelaksanaan Pemilihan Kepala Desa", 3654837, 3540000, 96.86, 114837],
];

/** The total row of Tabel 3.16, whose label the report leaves blank. */
export const BUDGET_2022_TOTAL: readonly Printed[] = [
  "",
  24536342435,
  22547389944,
  91.89,
  24536342435,
];
