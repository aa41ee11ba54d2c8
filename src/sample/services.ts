/**
 * Village and service data of Kecamatan Kota Bangun 2023: Pendapatan Asli Desa
 * (Tabel 3.5), APBDes realisation (Tabel 3.14), PATEN service counts (Tabel 3.13)
 * and the LHKASN reporting (Tabel 3.6).
 */
import { Printed } from "./budget";

/** Tabel 3.5: desa, PADes 2022, PADes 2023, typed as text in the English format the report shows. */
export const PADES: readonly (readonly [string, Printed, Printed])[] = [
  ["Kota Bangun Ulu", null, "3,000,000.00"],
  ["Loleng", "12,325,500.00", null],
  ["Liang", null, null],
  ["Kota Bangun Ilir", null, null],
  ["Pela", "3,600,000.00", "5,635,000.00"],
  ["Muhuran", null, null],
  ["Kota Bangun Seberang", "12,851,400.00", "14,323,800.00"],
  ["Kedang Murung", "13,443,650.00", "24,099,260.00"],
  ["Liang Ulu", "2,600,000.00", "6,050,681.00"],
  ["Sebelimbingan", null, null],
  ["Sangkuliman", "1,078,500.00", null],
];

/** The Jumlah PAD row of Tabel 3.5. */
export const PADES_TOTAL: readonly Printed[] = ["45,899,050.00", "53,108,741.00"];

/** Tabel 3.14: desa, pagu, realisasi, % realisasi, predikat. */
export const APBDES: readonly (readonly [string, number, number, number, string])[] = [
  ["Kota Bangun Ulu", 4967998800, 4742791886, 95.47, "Baik"],
  ["Loleng", 5404092200, 5100596852, 94.38, "Baik"],
  ["Liang", 3786758200, 3663822354, 96.75, "Baik"],
  ["Kota Bangun Ilir", 3966263200, 3748260251, 94.5, "Baik"],
  ["Pela", 3138631853, 3063064810, 97.59, "Baik"],
  ["Muhuran", 3064509200, 2979270394, 97.22, "Baik"],
  ["Kota Bangun Seberang", 4176398000, 3949339919, 94.56, "Baik"],
  ["Kedang Murung", 4879806460, 4347281325, 89.09, "Baik"],
  ["Liang Ulu", 4817346881, 4623609838, 95.98, "Baik"],
  ["Sebelimbingan", 4208656800, 4124189540, 97.99, "Baik"],
  ["Sangkuliman", 3128850200, 3123036379, 99.81, "Baik"],
];

/** The Jumlah row of Tabel 3.14. */
export const APBDES_TOTAL: readonly [number, number, number] = [45539311794, 43465263548, 95.45];

/** A PATEN section: its name, its services with twelve monthly counts ("-" for none), the printed totals. */
export interface PatenSection {
  readonly seksi: string;
  readonly layanan: readonly (readonly [string, readonly (number | "-")[], number])[];
  readonly total: readonly number[];
  readonly grandTotal: number;
}

const none = Array<"-">(12).fill("-");

/** Tabel 3.13 by section; "-" where the report prints no count. */
export const PATEN: readonly PatenSection[] = [
  {
    seksi: "Seksi Pelayanan Umum",
    layanan: [
      ["Pengantar SKCK", [12, 10, 3, 3, 15, 15, 21, 15, 2, 2, 3, 20], 121],
      ["SKTM", ["-", 1, "-", "-", 1, 1, "-", 22, 2, 2, 2, "-"], 31],
      ["Suket Domisili", ["-", "-", "-", "-", "-", "-", "-", 1, "-", 2, 1, "-"], 4],
      ["Surat Keterangan Ahli Waris", ["-", 1, "-", "-", "-", "-", "-", 1, "-", "-", "-", 1], 3],
      ["Surat Keterangan Kematian", [2, 3, "-", "-", "-", "-", "-", "-", 1, 7, "-", "-"], 13],
      ["Surat Dispensasi Nikah", [5, 7, "-", "-", "-", "-", 7, 7, 1, 3, 3, 12], 45],
      ["Surat Lain-lain", ["-", 1, "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], 1],
      ["Pengesahan Foto Copy KTP", [19, 17, "-", "-", "-", 6, 20, 9, 18, 15, 33, 34], 171],
      ["Pengesahan Foto Copy KK", [8, 12, "-", "-", "-", 9, 16, 5, 4, 3, 6, 13], 76],
      ["Pengesahan Foto Copy AK-1", [35, 19, 10, 10, 11, 11, 34, 20, 20, 39, 21, 20], 250],
    ],
    total: [81, 71, 13, 13, 27, 42, 98, 80, 48, 73, 69, 100],
    grandTotal: 715,
  },
  {
    seksi: "Seksi Pemerintahan",
    layanan: [
      ["SKPT", [2, 3, 5, 3, 2, 6, 2, 7, 3, 2, 10, 6], 51],
      ["Perekaman KTP-El", ["-", "-", "-", "-", 14, 35, 75, "-", "-", "-", "-", "-"], 124],
      ["Pembuatan KK", [25, 35, 12, 21, 11, 15, 55, 55, 25, 31, 25, 41], 351],
      [
        "Penerbitan Surat Keterangan Perekaman KTP-EL",
        [55, 21, "-", "-", 10, 25, 65, 179, 63, 31, 32, 50],
        531,
      ],
      ["Pembuatan Surat Pindah", ["-", 15, 4, 2, 7, 5, 5, 12, "-", "-", 25, 23], 98],
    ],
    total: [82, 74, 21, 26, 44, 86, 202, 253, 91, 64, 92, 120],
    grandTotal: 1155,
  },
  {
    seksi: "Seksi Pemberdayaan Masyarakat Desa",
    layanan: [
      ["Pembuatan Izin Membangun (IMB)", none, 0],
      ["Penerbitan Izin Usaha Perdagangan (SIUP)", none, 0],
      ["Penerbitan Rekomendasi Pokmas", ["-", "-", 4, 1, "-", "-", "-", "-", "-", "-", "-", 2], 7],
      ["Izin Usaha Mikro Kecil (UMK)", ["-", "-", "-", "-", "-", "-", "-", 5, 21, 27, 33, 7], 93],
    ],
    total: [0, 0, 4, 1, 0, 0, 0, 5, 21, 27, 33, 9],
    grandTotal: 100,
  },
  {
    seksi: "Seksi Trantib",
    layanan: [
      ["Penerbitan Izin Gangguan (HO)", none, 0],
      ["Penerbitan Izin Keramaian", ["-", "-", 1, 2, "-", "-", "-", "-", "-", "-", "-", "-"], 3],
    ],
    total: [0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0],
    grandTotal: 3,
  },
  {
    seksi: "Seksi Kesejahteraan Sosial",
    layanan: [
      ["Penerbitan AK.1", [15, 23, 10, 10, "-", 5, 15, 19, 20, 24, 25, 21], 187],
      [
        "Penerbitan Rekomendasi Pokmas",
        ["-", "-", "-", 3, "-", "-", "-", "-", "-", 2, 11, "-"],
        16,
      ],
      [
        "Pembuatan Surat dispensi nikah",
        ["-", "-", "-", "-", "-", 3, "-", "-", "-", "-", "-", "-"],
        3,
      ],
      ["Pembuatan AK 1", ["-", "-", "-", "-", 11, 5, "-", "-", "-", "-", "-", "-"], 16],
    ],
    total: [15, 23, 10, 13, 11, 13, 15, 19, 20, 26, 36, 21],
    grandTotal: 222,
  },
];

/**
 * Tabel 3.6, as Bab III tells it: "dari 31 ASN yang menjadi target terdapat 31 ASN
 * yang telah menyampaikan SPT tahunan". The names are not the report's: the sample
 * lists neutral ones, as the template ships them.
 */
export const LHKASN = { wajib: 31, melapor: 31 } as const;
