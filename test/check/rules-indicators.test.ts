/**
 * Hand-built workbooks for the indicator rules: for each, a case it must flag and a
 * near miss it must not.
 */
import { CellInputSpec } from "../../src/engine/workbook/sheet-builder";
import { findingsOf, sheet, T34_HEADER, workbook } from "../support/workbooks";

const PK_HEADER = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Polaritas"];

function pk(...rows: CellInputSpec[][]) {
  return sheet("PK", [["Tabel 2.4 Perjanjian Kinerja Tahun 2023"], PK_HEADER, ...rows]);
}
function t34(...rows: CellInputSpec[][]) {
  return sheet("T34", [
    ["Tabel 3.4 Perbandingan Antara Target dan Realisasi Kinerja Sasaran Tahun 2023"],
    T34_HEADER,
    ...rows,
  ]);
}
const S = "Meningkatnya pelayanan";

describe("TARGET_BEDA", () => {
  it("flags a target typed differently from the PK, naming both cells", () => {
    const wb = workbook(
      pk([1, S, "Persentase keluhan", "Persen", 75, "positif"]),
      t34([S, "Persentase keluhan", "Persen", 76, 80, 105.26, "Sangat Tinggi"])
    );
    expect(findingsOf(wb, "TARGET_BEDA")).toMatchObject([
      { sheet: "T34", cell: "D3", expected: "75", actual: "76", related: ["PK!E3"] },
    ]);
  });
  it("matches indicators across small typos and writings of the same value", () => {
    const wb = workbook(
      pk(
        [1, S, "Tingkat Kepatuhan LHKASN", "Persen", "0,40", "positif"],
        [2, S, "Predikat Arsip", "Predikat", "Baik (B) 60-70", "positif"]
      ),
      t34(
        [S, "Tingkat Kapatuhan LHKASN", "Persen", 0.4, 0.4, 100, "Sangat Tinggi"],
        [S, "predikat  arsip", "Predikat", "Baik (B) 60- 70", "B", 100, "Sangat Tinggi"]
      )
    );
    expect(findingsOf(wb, "TARGET_BEDA")).toEqual([]);
  });
  it("compares two Bab III tables of the same year when the PK does not list the indicator", () => {
    const t37 = sheet("T37", [
      ["Tabel 3.7 Tujuan"],
      ["Indikator Kinerja Utama", "Tahun", "Target", "Realisasi", "Capaian Kinerja"],
      ["Indeks Kepuasan", 2023, 76, 83.51, 109.88],
    ]);
    const t32 = sheet("T32", [
      ["Tabel 3.2 Tujuan Tahun 2023"],
      ["Indikator Kinerja Utama", "Target", "Realisasi", "Capaian Kinerja"],
      ["Indeks Kepuasan", "B (75)", 83.514, 111.35],
    ]);
    expect(findingsOf(workbook(t32, t37), "TARGET_BEDA")).toMatchObject([
      { sheet: "T37", cell: "C3", expected: "B (75)", actual: "76" },
    ]);
  });
});

describe("CAPAIAN_SALAH", () => {
  const row = (r: number, t: number | string, c: number, polaritas = "") =>
    workbook(
      pk([1, S, "Indikator", "Persen", t, polaritas]),
      t34([S, "Indikator", "Persen", t, r, c, ""])
    );
  it("flags a capaian no formula gives", () => {
    expect(findingsOf(row(80, 76, 142.86), "CAPAIAN_SALAH")).toMatchObject([
      { cell: "F3", expected: "105,26", actual: "142,86" },
    ]);
  });
  it("accepts agreement at the written precision: 99.985 is a written 100, 60.49 a written 60.5", () => {
    expect(findingsOf(row(67, 67.01, 100), "CAPAIAN_SALAH")).toEqual([]);
    expect(findingsOf(row(60.49, 100, 60.5), "CAPAIAN_SALAH")).toEqual([]);
    expect(findingsOf(row(60.44, 100, 60.5), "CAPAIAN_SALAH")).toHaveLength(1);
  });
  it("uses the polarity the PK declares, and any formula when none is declared", () => {
    expect(findingsOf(row(12.6, 16.5, 76.36, "negatif"), "CAPAIAN_SALAH")).toMatchObject([
      { expected: "123,64" },
    ]);
    expect(findingsOf(row(12.6, 16.5, 123.64, "negatif"), "CAPAIAN_SALAH")).toEqual([]);
    expect(findingsOf(row(12.6, 16.5, 123.64), "CAPAIAN_SALAH")).toEqual([]);
    expect(findingsOf(row(12.6, 16.5, 130.95), "CAPAIAN_SALAH")).toEqual([]);
  });
  it("reads qualitative values: B against Baik (B) 60-70 is 100", () => {
    const wb = workbook(
      t34([S, "Predikat Arsip", "Predikat", "Baik (B) 60-70", "B", 100, "Sangat Tinggi"])
    );
    expect(findingsOf(wb, "CAPAIAN_SALAH")).toEqual([]);
  });
});

describe("KRITERIA_SALAH", () => {
  it("flags a word that does not match the written capaian, and leaves other words alone", () => {
    const wb = workbook(
      t34(
        [S, "A", "Persen", 100, 95, 95, "Tinggi"],
        [S, "B", "Persen", 100, 76, 76, "Tinggi"],
        [S, "C", "Persen", 100, 80, 80, "BAIK"]
      )
    );
    expect(findingsOf(wb, "KRITERIA_SALAH")).toMatchObject([
      { cell: "G3", expected: "Sangat Tinggi", actual: "Tinggi" },
    ]);
  });
  it("reads words broken by copy-paste (Sangat Renda h)", () => {
    const wb = workbook(t34([S, "A", "Persen", 100, 10, 10, "Sangat Renda h"]));
    expect(findingsOf(wb, "KRITERIA_SALAH")).toEqual([]);
  });
});

describe("REALISASI_BEDA", () => {
  it("flags the same indicator with different realisasi in two tables of one year", () => {
    const other = sheet("Lain", [
      ["Tabel 3.10 Faktor Tahun 2023"],
      ["Indikator Kinerja Utama", "Target", "Realisasi", "Capaian Kinerja"],
      ["LHKASN", 100, 95, 95],
    ]);
    const wb = workbook(t34([S, "LHKASN", "Persen", 100, 100, 100, "Sangat Tinggi"]), other);
    expect(findingsOf(wb, "REALISASI_BEDA")).toMatchObject([
      { sheet: "Lain", cell: "C3", expected: "100", actual: "95" },
    ]);
  });
  it("accepts 83.51 against 83.514 (the coarser precision decides)", () => {
    const other = sheet("Lain", [
      ["Tabel 3.7 Tahun 2023"],
      ["Indikator Kinerja Utama", "Target", "Realisasi", "Capaian Kinerja"],
      ["IKM", 75, 83.51, 111.35],
    ]);
    expect(
      findingsOf(
        workbook(t34([S, "IKM", "Nilai", 75, 83.514, 111.35, ""]), other),
        "REALISASI_BEDA"
      )
    ).toEqual([]);
  });
});

describe("TREN_SALAH", () => {
  const t38 = (c22: number, c23: number, r22: number, r23: number, ket: string) =>
    workbook(
      sheet(
        "T38",
        [
          ["Tabel 3.8 Perbandingan Tahun 2023"],
          ["Indikator Kinerja Utama", "Tahun 2022", null, null, "Tahun 2023", null, null, "Ket"],
          [
            null,
            "Target",
            "Realisasi",
            "Capaian Kinerja",
            "Target",
            "Realisasi",
            "Capaian Kinerja",
            null,
          ],
          ["Indikator", 100, r22, c22, 100, r23, c23, ket],
        ],
        [
          [1, 0, 2, 0],
          [1, 1, 1, 3],
          [1, 4, 1, 6],
          [1, 7, 2, 7],
        ]
      )
    );
  it("flags a word that contradicts both the capaian and the realisasi", () => {
    expect(findingsOf(t38(95.24, 114.29, 71, 80, "Menurun"), "TREN_SALAH")).toMatchObject([
      { cell: "H4", expected: "Meningkat", actual: "Menurun" },
    ]);
  });
  it("does not flag a word that matches the realisasi's change instead", () => {
    expect(findingsOf(t38(113.2, 109.9, 80.37, 83.51, "Meningkat"), "TREN_SALAH")).toEqual([]);
    expect(findingsOf(t38(100, 100, 100, 100, "Tetap"), "TREN_SALAH")).toEqual([]);
  });
});

describe("TARGET_NOL and POLARITAS_MERAGUKAN", () => {
  it("warns of a capaian written for target 0, not of n/a", () => {
    const wb = workbook(
      t34([S, "A", "Persen", 0, 0, 0, ""], [S, "B", "Persen", 0, "n/a", "n/a", ""])
    );
    expect(findingsOf(wb, "TARGET_NOL")).toMatchObject([{ cell: "F3", severity: "warning" }]);
  });
  it("warns when a lower-is-better indicator has no negative polarity in the PK", () => {
    const wb = workbook(
      pk(
        [1, S, "Angka Kematian Ibu", "Angka", 1, ""],
        [2, S, "Prevalensi stunting", "Persen", 16.5, "negatif"],
        [3, S, "Persentase keluhan yang ditindaklanjuti", "Persen", 75, ""]
      )
    );
    expect(findingsOf(wb, "POLARITAS_MERAGUKAN")).toMatchObject([
      { cell: "F3", severity: "warning" },
    ]);
  });
});

describe("PK rules", () => {
  it("flag an empty target, a duplicate, a non-numeric target for a numeric satuan, an unknown polarity", () => {
    const wb = workbook(
      pk(
        [1, S, "A", "Persen", null, "positif"],
        [2, S, "B", "Persen", 75, "positif"],
        [3, S, "B", "Persen", 75, "positif"],
        [4, S, "C", "Persen", "tinggi sekali", "positif"],
        [5, S, "D", "Persen", 10, "ke atas"],
        [6, S, "E", "Predikat", "Baik (B) 60-70", "positif"]
      )
    );
    expect(findingsOf(wb, "PK_TARGET_KOSONG")).toMatchObject([{ cell: "E3" }]);
    expect(findingsOf(wb, "PK_DUPLIKAT")).toMatchObject([{ cell: "C5", related: ["PK!C4"] }]);
    expect(findingsOf(wb, "PK_TARGET_BUKAN_ANGKA")).toMatchObject([{ cell: "E6" }]);
    expect(findingsOf(wb, "PK_POLARITAS_TIDAK_DIKENAL")).toMatchObject([{ cell: "F7" }]);
  });
});
