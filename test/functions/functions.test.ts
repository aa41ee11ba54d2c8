import {
  installCustomFunctionsStub,
  StubCustomFunctionError,
} from "../support/custom-functions-stub";
installCustomFunctionsStub();
import * as excel from "../../src/functions/functions";
import * as node from "../../src";

describe("the Excel functions wrap the engine", () => {
  it("return numbers and words unchanged", () => {
    expect(excel.capaian(83.514, 75)).toBeCloseTo(111.35, 2);
    expect(excel.kriteria(111.35)).toBe("Sangat Tinggi");
    expect(excel.efisiensi(100, 49.68)).toBe("Efisien");
    expect(excel.serapan(50049438561, 54401966922)).toBeCloseTo(92, 2);
    expect(excel.pertumbuhan(53108741, 45899050)).toBeCloseTo(15.71, 2);
    expect(excel.ikm([[3.21, 3.25, 3.2, 3.97, 3.23, 3.28, 3.24, 3.21, 3.45]])).toBeCloseTo(
      83.44,
      2
    );
    expect(excel.tren("C", "B")).toBe("Meningkat");
  });

  it("turn #VALUE! and #N/A into CustomFunctions.Error with the Indonesian message", () => {
    const zero = excel.capaian(5, 0) as unknown as StubCustomFunctionError;
    expect(zero).toBeInstanceOf(StubCustomFunctionError);
    expect(zero.code).toBe("#VALUE!");
    expect(zero.message).toBe("Target 0: capaian tidak dapat dihitung");
    const none = excel.serapan("N/A", 100) as unknown as StubCustomFunctionError;
    expect(none.code).toBe("#N/A");
    expect(none.message).toMatch(/tidak ada data/);
  });

  it("never throw, even for inputs Excel would not send", () => {
    const hostile = {
      toString: () => {
        throw new Error("boom");
      },
    };
    expect(() => excel.capaian(hostile, 1, hostile, hostile)).not.toThrow();
    expect(() => excel.ikm(hostile as unknown as unknown[][])).not.toThrow();
  });
});

describe("the package's main export", () => {
  it("offers the same functions under their Excel names", () => {
    for (const name of [
      "CAPAIAN",
      "KRITERIA",
      "EFISIENSI",
      "SERAPAN",
      "PERTUMBUHAN",
      "IKM",
      "TREN",
    ]) {
      expect(typeof (node as Record<string, unknown>)[name]).toBe("function");
    }
    expect(node.CAPAIAN(12.6, 16.5, "negatif")).toBeCloseTo(123.64, 2);
    expect(
      node.IKM([
        [3, 3],
        [3, 3],
      ])
    ).toBe(75);
  });
});
