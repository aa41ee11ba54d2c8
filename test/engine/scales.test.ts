import {
  EFISIENSI,
  FormulaError,
  IKM,
  KRITERIA,
  PERTUMBUHAN,
  SERAPAN,
  TREN,
} from "../../src/engine";

function err(x: unknown): FormulaError {
  expect(x).toBeInstanceOf(FormulaError);
  return x as FormulaError;
}

const UNSUR_TABEL_3_3 = [[3.21, 3.25, 3.2, 3.97, 3.23, 3.28, 3.24, 3.21, 3.45]];

describe("KRITERIA", () => {
  it.each([
    [111.35, "Sangat Tinggi"],
    [82.5, "Tinggi"],
    [71.89, "Sedang"],
    [62.5, "Rendah"],
    [50, "Sangat Rendah"],
    [90.0001, "Sangat Tinggi"],
    [90, "Tinggi"],
    [75, "Sedang"],
    [65, "Rendah"],
    [-20, "Sangat Rendah"],
    ["111,35", "Sangat Tinggi"],
  ])("capaian %p is %p", (c, word) => {
    expect(KRITERIA(c)).toBe(word);
  });
  it("grades IKM values against the lower bounds, gaps included", () => {
    expect(KRITERIA(83.514, "ikm")).toBe("B");
    expect(KRITERIA(80.67, "IKM")).toBe("B");
    expect(KRITERIA(88.31, "ikm")).toBe("A");
    expect(KRITERIA(76.605, "ikm")).toBe("C");
    expect(KRITERIA(64.99, "ikm")).toBe("D");
    expect(err(KRITERIA(101, "ikm")).code).toBe("VALUE");
  });
  it("grades one unsur on 1–4: U4 = 3.97 is A, not the B the seed prints", () => {
    expect(KRITERIA(3.97, "unsur")).toBe("A");
    expect(KRITERIA(3.21, "unsur")).toBe("B");
    expect(KRITERIA(2.5999, "unsur")).toBe("D");
    expect(KRITERIA(2.6, "unsur")).toBe("C");
    expect(err(KRITERIA(4.5, "unsur")).code).toBe("VALUE");
  });
  it("refuses an unknown scale and reads no data as #N/A", () => {
    expect(err(KRITERIA(80, "bpk")).message).toContain("bpk");
    expect(err(KRITERIA("N/A")).code).toBe("NA");
  });
});

describe("EFISIENSI", () => {
  it("lkjip: 100 against 49.68 is Efisien; nilai is the difference", () => {
    expect(EFISIENSI(100, 49.68)).toBe("Efisien");
    expect(EFISIENSI(100, 49.68, "lkjip", "nilai")).toBeCloseTo(50.32, 9);
  });
  it("lkjip: capaian below 100 or serapan not below capaian is Tidak Efisien", () => {
    expect(EFISIENSI(62.5, 10)).toBe("Tidak Efisien");
    expect(EFISIENSI(100, 100)).toBe("Tidak Efisien");
  });
  it("indeks: IE = capaian / serapan", () => {
    expect(EFISIENSI(100, 96.19, "indeks")).toBe("Efisien");
    expect(EFISIENSI(80, 96, "IE", "nilai")).toBeCloseTo(80 / 96, 12);
    expect(err(EFISIENSI(80, 0, "indeks")).code).toBe("VALUE");
  });
  it("selisih: bands at ±5", () => {
    expect(EFISIENSI(100, 94, "selisih")).toBe("Efisien");
    expect(EFISIENSI(100, 95, "selisih")).toBe("Cukup Efisien");
    expect(EFISIENSI(100, 105, "selisih")).toBe("Cukup Efisien");
    expect(EFISIENSI(100, 105.5, "selisih")).toBe("Tidak Efisien");
  });
  it("refuses unknown methods and outputs", () => {
    expect(err(EFISIENSI(100, 50, "bpom")).code).toBe("VALUE");
    expect(err(EFISIENSI(100, 50, "lkjip", "teks")).code).toBe("VALUE");
  });
});

describe("SERAPAN and PERTUMBUHAN", () => {
  it("budget serapan of 2023 is 92.00", () => {
    expect(SERAPAN(50049438561, 54401966922)).toBeCloseTo(92.0, 2);
    expect(SERAPAN("50.049.438.561", "Rp 54.401.966.922,00")).toBeCloseTo(92.0, 2);
  });
  it("PADes growth is 15.71", () => {
    expect(PERTUMBUHAN(53108741, 45899050)).toBeCloseTo(15.71, 2);
    expect(PERTUMBUHAN("53,108,741.00", "45,899,050.00")).toBeCloseTo(15.7077, 4);
  });
  it("pagu 0 and a previous value ≤ 0 are #VALUE! with a message", () => {
    expect(err(SERAPAN(10, 0)).message).toContain("Pagu 0");
    expect(err(PERTUMBUHAN(10, 0)).code).toBe("VALUE");
    expect(err(PERTUMBUHAN(10, -5)).code).toBe("VALUE");
  });
});

describe("IKM", () => {
  it("the nine unsur of Tabel 3.3 give 83.44 (30.04 / 9 × 25), not the printed 83,514", () => {
    expect(IKM(UNSUR_TABEL_3_3)).toBeCloseTo(83.444, 3);
  });
  it("accepts a column, text numbers, and skips empty cells", () => {
    const column = UNSUR_TABEL_3_3[0].map((u) => [String(u).replace(".", ",")]);
    expect(IKM([...column, [""], [null]])).toBeCloseTo(83.444, 3);
  });
  it("refuses values off the 1–4 scale, naming the unsur", () => {
    expect(err(IKM([[3.2, 83.5]])).message).toContain("Unsur ke-2");
    expect(err(IKM([[""]])).code).toBe("NA");
  });
});

describe("TREN", () => {
  it.each([
    [95.24, 114.29, "Meningkat"],
    [52.17, 22.43, "Menurun"],
    [100, 100, "Tetap"],
    ["C", "B", "Meningkat"],
    ["80,37", "83,51", "Meningkat"],
  ])("%p → %p is %p", (a, b, word) => {
    expect(TREN(a, b)).toBe(word);
  });
  it("refuses a number against a grade, and reads n/a as #N/A", () => {
    expect(err(TREN(5, "B")).code).toBe("VALUE");
    expect(err(TREN("n/a", 5)).code).toBe("NA");
  });
});
