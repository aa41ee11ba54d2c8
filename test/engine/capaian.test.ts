import { CAPAIAN, FormulaError } from "../../src/engine";

function err(x: unknown): FormulaError {
  expect(x).toBeInstanceOf(FormulaError);
  return x as FormulaError;
}

describe("CAPAIAN, the seed's figures", () => {
  it("IKM 83.514 against 75 gives 111.35 (Tabel 3.2)", () => {
    expect(CAPAIAN(83.514, 75)).toBeCloseTo(111.352, 3);
    expect(CAPAIAN("83,514", "B (75)")).toBeCloseTo(111.352, 3);
  });
  it("PADes growth 15.70 against 70 gives 22.43 (Tabel 3.4)", () => {
    expect(CAPAIAN(15.7, 70)).toBeCloseTo(22.43, 2);
  });
  it("IKS 0.33 against 0.40 gives 82.5", () => {
    expect(CAPAIAN(0.33, "0,40")).toBeCloseTo(82.5, 9);
  });
  it("program 45 against 72 gives 62.5 (Tabel 3.12)", () => {
    expect(CAPAIAN(45, 72)).toBeCloseTo(62.5, 9);
  });
  it("stunting 12.6 against 16.5, negatif, gives 123.64", () => {
    expect(CAPAIAN(12.6, 16.5, "negatif")).toBeCloseTo(123.636, 3);
  });
  it("the 142.86 of Tabel 3.4 is not what 80 against 76 or 75 gives", () => {
    expect(CAPAIAN(80, 76)).toBeCloseTo(105.26, 2);
    expect(CAPAIAN(80, 75)).toBeCloseTo(106.67, 2);
  });
  it("arsip B against Baik (B) 60-70 gives 100", () => {
    expect(CAPAIAN("B", "Baik (B) 60-70")).toBe(100);
    expect(CAPAIAN("\u0412", "Baik (B) 60- 70")).toBe(100);
  });
});

describe("CAPAIAN polarities", () => {
  it.each(["negatif", "-", "turun", "min", "Negatif", " MIN "])("%p means lower is better", (p) => {
    expect(CAPAIAN(8, 10, p)).toBeCloseTo(120, 9);
  });
  it.each(["positif", "+", "naik", "maks", undefined, null, ""])(
    "%p means higher is better",
    (p) => {
      expect(CAPAIAN(8, 10, p)).toBeCloseTo(80, 9);
    }
  );
  it("negatif-rasio is T / R", () => {
    expect(CAPAIAN(8, 10, "negatif-rasio")).toBeCloseTo(125, 9);
    expect(err(CAPAIAN(0, 10, "negatif-rasio")).code).toBe("VALUE");
  });
  it("an unknown polarity is a #VALUE! naming the word", () => {
    const e = err(CAPAIAN(8, 10, "ke atas"));
    expect(e.code).toBe("VALUE");
    expect(e.message).toContain("ke atas");
  });
});

describe("CAPAIAN target 0", () => {
  it("positif: #VALUE! with the SPEC's message", () => {
    expect(err(CAPAIAN(5, 0)).message).toBe("Target 0: capaian tidak dapat dihitung");
  });
  it("negatif: 100 when realisasi ≤ 0, else 0", () => {
    expect(CAPAIAN(0, 0, "negatif")).toBe(100);
    expect(CAPAIAN(-1, 0, "negatif")).toBe(100);
    expect(CAPAIAN(3, 0, "negatif")).toBe(0);
  });
});

describe("CAPAIAN range targets", () => {
  it("inside the range gives 100", () => {
    expect(CAPAIAN(65, "60-70")).toBe(100);
    expect(CAPAIAN(60, "60 - 70")).toBe(100);
    expect(CAPAIAN(70, "60 s.d. 70")).toBe(100);
  });
  it("above is measured against the upper bound, below against the lower", () => {
    expect(CAPAIAN(77, "60-70")).toBeCloseTo(110, 9);
    expect(CAPAIAN(54, "60-70")).toBeCloseTo(90, 9);
    expect(CAPAIAN(77, "60-70", "negatif")).toBeCloseTo(90, 9);
  });
  it("a reversed range is a #VALUE!", () => {
    expect(err(CAPAIAN(65, "70-60")).code).toBe("VALUE");
  });
});

describe("CAPAIAN qualitative values", () => {
  it("scores letters D < C < B < A", () => {
    expect(CAPAIAN("C", "B")).toBeCloseTo((2 / 3) * 100, 9);
    expect(CAPAIAN("A", "B")).toBeCloseTo((4 / 3) * 100, 9);
  });
  it("uses the SAKIP scale when AA, BB or CC appears", () => {
    expect(CAPAIAN("B", "BB")).toBeCloseTo(80, 9);
    expect(CAPAIAN("AA", "A")).toBeCloseTo((7 / 6) * 100, 9);
  });
  it("scores BPK opinions and the words", () => {
    expect(CAPAIAN("WDP", "WTP")).toBeCloseTo(75, 9);
    expect(CAPAIAN("Cukup", "Baik")).toBeCloseTo((2 / 3) * 100, 9);
    expect(CAPAIAN("Sangat Baik", "A")).toBe(100);
  });
  it("refuses grades of different scales and grade against number", () => {
    expect(err(CAPAIAN("WTP", "B")).code).toBe("VALUE");
    expect(err(CAPAIAN("B", 75)).code).toBe("VALUE");
    expect(err(CAPAIAN(75, "B")).code).toBe("VALUE");
  });
});

describe("CAPAIAN caps and bad input", () => {
  it("batas caps the result", () => {
    expect(CAPAIAN(150, 100, undefined, 120)).toBe(120);
    expect(CAPAIAN(90, 100, "positif", "100")).toBeCloseTo(90, 9);
    expect(err(CAPAIAN(90, 100, undefined, 0)).code).toBe("VALUE");
  });
  it.each([["N/A"], ["-"], [""], [null]])("realisasi %p is #N/A", (r) => {
    expect(err(CAPAIAN(r, 75)).code).toBe("NA");
  });
  it("text that is not a number is #VALUE! naming the argument", () => {
    const e = err(CAPAIAN("delapan puluh", 75));
    expect(e.code).toBe("VALUE");
    expect(e.message).toMatch(/^Realisasi/);
  });
  it("booleans and overflow are #VALUE!", () => {
    expect(err(CAPAIAN(true, 75)).code).toBe("VALUE");
    expect(err(CAPAIAN(1e308, 1e-308)).code).toBe("VALUE");
  });
});

describe("errors flow through", () => {
  it("an error given as input comes out unchanged, as in Excel", () => {
    const zero = CAPAIAN(5, 0);
    expect(CAPAIAN(zero, 75)).toBe(zero);
  });
});
