/**
 * The LKJIP functions as the pane and the help page list them: syntax and one
 * example taken from the Kota Bangun 2023 report.
 */

/** One function in the reference. */
export interface FunctionEntry {
  readonly name: string;
  readonly syntax: string;
  readonly purpose: string;
  readonly example: string;
  readonly result: string;
}

/** Every LKJIP function, in the order a report writer meets them. */
export const FUNCTION_REFERENCE: readonly FunctionEntry[] = [
  {
    name: "CAPAIAN",
    syntax: "=LKJIP.CAPAIAN(realisasi; target; [polaritas]; [batas])",
    purpose: "Capaian kinerja dalam persen; polaritas positif, negatif, atau negatif-rasio.",
    example: '=LKJIP.CAPAIAN(12,6; 16,5; "negatif")',
    result: "123,64",
  },
  {
    name: "KRITERIA",
    syntax: "=LKJIP.KRITERIA(capaian; [skala])",
    purpose: "Kriteria Permendagri 86/2017, atau mutu IKM / unsur.",
    example: "=LKJIP.KRITERIA(111,35)",
    result: "Sangat Tinggi",
  },
  {
    name: "EFISIENSI",
    syntax: "=LKJIP.EFISIENSI(capaian; serapan; [metode]; [keluaran])",
    purpose: "Efisiensi anggaran: metode lkjip, indeks, atau selisih.",
    example: "=LKJIP.EFISIENSI(100; 49,68)",
    result: "Efisien",
  },
  {
    name: "SERAPAN",
    syntax: "=LKJIP.SERAPAN(realisasi; pagu)",
    purpose: "Serapan anggaran dalam persen.",
    example: "=LKJIP.SERAPAN(50049438561; 54401966922)",
    result: "92,00",
  },
  {
    name: "PERTUMBUHAN",
    syntax: "=LKJIP.PERTUMBUHAN(nilai_n; nilai_n_1)",
    purpose: "Pertumbuhan dari tahun lalu, seperti Pertumbuhan PADes.",
    example: "=LKJIP.PERTUMBUHAN(53108741; 45899050)",
    result: "15,71",
  },
  {
    name: "IKM",
    syntax: "=LKJIP.IKM(unsur)",
    purpose: "Indeks Kepuasan Masyarakat: rata-rata sembilan unsur × 25.",
    example: "=LKJIP.IKM(B3:J3)",
    result: "83,44",
  },
  {
    name: "TREN",
    syntax: "=LKJIP.TREN(nilai_lalu; nilai_kini)",
    purpose: "Meningkat, Menurun, atau Tetap, seperti kolom Ket Tabel 3.8.",
    example: '=LKJIP.TREN("C"; "B")',
    result: "Meningkat",
  },
];
