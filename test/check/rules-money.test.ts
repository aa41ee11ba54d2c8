/**
 * Hand-built workbooks for the budget, totals, IKM and efficiency rules: a case to
 * flag and a near miss for each.
 */
import { findingsOf, sheet, workbook } from "../support/workbooks";

const bold = (value: string) => ({ value, bold: true });
const indent = (value: string, level: number) => ({ value, indent: level });

describe("JUMLAH_SALAH in totals rows and columns", () => {
  const pades = (jumlah: number, label = "Jumlah PAD") =>
    workbook(
      sheet("PAD", [
        ["Tabel 3.5 PADes Tahun 2023"],
        ["No", "Desa", "Tahun 2022", "Tahun 2023"],
        [1, "Pela", 10, 20],
        [2, "Loleng", 5, 7],
        [null, label, 15, jumlah],
      ])
    );
  it("flags a Jumlah row that is not the sum of the rows above", () => {
    expect(findingsOf(pades(28), "JUMLAH_SALAH")).toMatchObject([
      { cell: "D5", expected: "27", actual: "28" },
    ]);
    expect(findingsOf(pades(27), "JUMLAH_SALAH")).toEqual([]);
  });
  it("does not take a Rata-rata row for a total", () => {
    expect(findingsOf(pades(13.5, "Rata-rata"), "JUMLAH_SALAH")).toEqual([]);
  });
  it("checks month columns against the row total under a merged header", () => {
    const paten = sheet(
      "PATEN",
      [
        ["Tabel 3.13 PATEN 2023"],
        ["Jenis Pelayanan", "Jumlah per bulan", null, null, "Jumlah"],
        [null, "Jan", "Feb", "Mar", null],
        ["SKCK", 1, 2, 3, 6],
        ["KTP", 1, "-", 1, 3],
        ["Total Perbulan", 2, 2, 4, 9],
      ],
      [
        [1, 1, 1, 3],
        [1, 0, 2, 0],
        [1, 4, 2, 4],
      ]
    );
    const found = findingsOf(workbook(paten), "JUMLAH_SALAH").map(
      (f) => `${f.cell} ${f.expected} ${f.actual}`
    );
    expect(found).toEqual(["E5 2 3", "E6 8 9"]);
  });
});

describe("JUMLAH_SALAH in budget hierarchies", () => {
  const rows = (label: (text: string, level: number) => unknown, kegiatan = 30) => [
    ["Tabel 3.16 Realisasi Anggaran Tahun 2022"],
    ["Uraian", "Pagu", "Realisasi"],
    [label("PROGRAM A", 0), 100, 60],
    [label("Kegiatan satu", 1), 70, kegiatan],
    [label("Sub satu", 2), 40, 10],
    [label("Sub dua", 2), 30, 20],
    [label("Kegiatan dua", 1), 30, 30],
    [label("Sub tiga", 2), 30, 30],
  ];
  it("reads the hierarchy from indentation only, and blames the kegiatan, not the program its leaves confirm", () => {
    const wb = workbook(sheet("A", rows((t, l) => indent(t, l), 31) as never));
    expect(
      findingsOf(wb, "JUMLAH_SALAH")
        .map((f) => f.cell)
        .sort()
    ).toEqual(["C4"]);
  });
  it("reads it from capitals and bold", () => {
    const wb = workbook(sheet("A", rows((t, l) => (l < 2 ? bold(t) : t), 31) as never));
    expect(
      findingsOf(wb, "JUMLAH_SALAH")
        .map((f) => f.cell)
        .sort()
    ).toEqual(["C4"]);
  });
  it("reads it from the sums alone, and says nothing when every total adds up", () => {
    expect(findingsOf(workbook(sheet("A", rows((t) => t) as never)), "JUMLAH_SALAH")).toEqual([]);
    const wrong = rows((t) => t);
    (wrong[3] as unknown[])[2] = 35;
    expect(
      findingsOf(workbook(sheet("A", wrong as never)), "JUMLAH_SALAH").map((f) => f.cell)
    ).toEqual(["C4"]);
  });
  it("reads it from a code column", () => {
    const coded = [
      ["Tabel 3.15 Anggaran 2023"],
      ["Kode", "Uraian", "Pagu", "Realisasi"],
      ["1", "Program", 100, 50],
      ["1.01", "Kegiatan", 100, 50],
      ["1.01.01", "Sub", 60, 20],
      ["1.01.02", "Sub", 40, 20],
    ];
    expect(
      findingsOf(workbook(sheet("K", coded)), "JUMLAH_SALAH")
        .map((f) => f.cell)
        .sort()
    ).toEqual(["D4"]);
  });
});

describe("PERSEN_SALAH and SISA_SALAH", () => {
  const budget = (...data: unknown[][]) =>
    workbook(
      sheet("B", [
        ["Tabel 3.15 Anggaran 2023"],
        ["Uraian Sub Kegiatan", "Pagu", "Realisasi", "Capaian", "Sisa Anggaran"],
        ...(data as never[]),
      ])
    );
  it("flags a percentage that is not realisasi / pagu, and one on a row whose pagu is 0", () => {
    const wb = budget(
      ["A", 200, 100, 60, 100],
      ["B", 0, null, 97.6, 0],
      ["C", 100, 99.985, 100, 0.015]
    );
    expect(findingsOf(wb, "PERSEN_SALAH").map((f) => f.cell)).toEqual(["D3", "D4"]);
  });
  it("flags a percentage on a row without realisasi, not a 0 there", () => {
    expect(findingsOf(budget(["A", 200, null, 50, 200]), "PERSEN_SALAH")).toHaveLength(1);
    expect(findingsOf(budget(["A", 200, "-", 0, 200]), "PERSEN_SALAH")).toEqual([]);
  });
  it("flags a sisa equal to the pagu although money was spent", () => {
    const f = findingsOf(
      budget(["A", 200, 150, 75, 200], ["B", 100, null, null, 100]),
      "SISA_SALAH"
    );
    expect(f).toMatchObject([{ cell: "E3", expected: "50", actual: "200" }]);
    expect(f[0].message).toMatch(/sama dengan pagu/);
  });
});

describe("IKM_SALAH", () => {
  const UNSUR = [3.21, 3.25, 3.2, 3.97, 3.23, 3.28, 3.24, 3.21, 3.45];
  const ikm = (value: string, grades: string[]) =>
    workbook(
      sheet("IKM", [
        ["Tabel 3.3 Analisa Hasil Survey 2023"],
        [null, ...UNSUR.map((_, i) => `U${i + 1}`)],
        ["IKM per unsur", ...UNSUR],
        ["Kategori", ...grades],
        ["IKM Unit Layanan", value],
      ])
    );
  const right = ["B", "B", "B", "A", "B", "B", "B", "B", "B"];
  it("flags an IKM that is not mean × 25 and an unsur grade off the scale", () => {
    const f = findingsOf(
      ikm("83,514 (Baik)", ["B", "B", "B", "B", "B", "B", "B", "B", "B"]),
      "IKM_SALAH"
    );
    expect(f.map((x) => `${x.cell} ${x.expected}`)).toEqual(["E4 A", "B5 83,44"]);
  });
  it("accepts the exact 1/9 weight and the printed 0.111 weight", () => {
    expect(findingsOf(ikm("83,44 (Baik)", right), "IKM_SALAH")).toEqual([]);
    expect(findingsOf(ikm("83,36 (Baik)", right), "IKM_SALAH")).toEqual([]);
    expect(findingsOf(ikm("83,40 (Baik)", right), "IKM_SALAH")).toHaveLength(1);
  });
  it("flags a grade word that does not match the IKM value", () => {
    expect(findingsOf(ikm("83,44 (Sangat Baik)", right), "IKM_SALAH")).toMatchObject([
      { expected: "B (Baik)" },
    ]);
  });
});

describe("EFISIENSI_SALAH", () => {
  const wb = (ket: string, serapan: number) =>
    workbook(
      sheet("E", [
        ["Tabel 3.11 Efisiensi 2023"],
        ["No", "Program", "Anggaran", "Realisasi", "% Realisasi", "Ket."],
        [1, "PROGRAM UMUM", 1000, serapan * 10, serapan, ket],
        [],
        [],
        ["Tabel 3.12 Program 2023"],
        ["Program", "Indikator", "Target", "Realisasi", "% Capaian"],
        ["Program Umum", "Cakupan", 60, 60, 100],
      ])
    );
  it("flags Tidak Efisien where capaian 100 and serapan 49.68 are Efisien", () => {
    expect(findingsOf(wb("Tidak Efisien", 49.68), "EFISIENSI_SALAH")).toMatchObject([
      { cell: "F3", expected: "Efisien" },
    ]);
  });
  it("accepts the right word", () => {
    expect(findingsOf(wb("Efisien", 49.68), "EFISIENSI_SALAH")).toEqual([]);
    expect(findingsOf(wb("Tidak Efisien", 100), "EFISIENSI_SALAH")).toEqual([]);
  });
});

describe("ANGKA_TIDAK_VALID", () => {
  it("flags malformed numbers and numbers stored as text, not words", () => {
    const wb = workbook(
      sheet("B", [
        ["Tabel 3.15 Anggaran 2023"],
        ["Uraian", "Pagu", "Realisasi", "Capaian"],
        ["A", 100, "1,540,00", "7,34"],
        ["B", 100, 50, "N/A"],
      ])
    );
    expect(findingsOf(wb, "ANGKA_TIDAK_VALID").map((f) => `${f.cell} ${f.actual}`)).toEqual([
      "C3 1,540,00",
      "D3 7,34",
    ]);
  });
});
