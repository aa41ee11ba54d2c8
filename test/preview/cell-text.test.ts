/**
 * The preview's cell text follows Excel: a General number has no thousands
 * separators (a year reads 2023, not 2.023), a formatted number shows its format's
 * decimals, grouping, percent, sections and literal text, in Indonesian separators.
 */
import { cellText } from "../../src/preview/cell-text";

describe("the text of a cell in the preview's sheet view", () => {
  it("shows a year, or any integer in the General format, without separators", () => {
    expect(cellText({ value: 2023 })).toBe("2023");
    expect(cellText({ value: 2023, numFmt: "General" })).toBe("2023");
    expect(cellText({ value: 5160900311 })).toBe("5160900311");
    expect(cellText({ value: -1155 })).toBe("-1155");
  });

  it("shows a General fraction as typed, to ten significant digits, with a decimal comma", () => {
    expect(cellText({ value: 83.514 })).toBe("83,514");
    expect(cellText({ value: 111.35135135135 })).toBe("111,3513514");
    expect(cellText({ value: -5.3 })).toBe("-5,3");
  });

  it("shows a formatted number as its format says", () => {
    expect(cellText({ value: 5584511420, numFmt: "#,##0;(#,##0)" })).toBe("5.584.511.420");
    expect(cellText({ value: -423611109, numFmt: "#,##0;(#,##0)" })).toBe("(423.611.109)");
    expect(cellText({ value: 0, numFmt: '#,##0;(#,##0);"-"' })).toBe("-");
    expect(cellText({ value: 0.4, numFmt: "0.00" })).toBe("0,40");
    expect(cellText({ value: 83.514, numFmt: "0.000" })).toBe("83,514");
    expect(cellText({ value: 0.925, numFmt: "0%" })).toBe("93%");
    expect(cellText({ value: 0.92, numFmt: "0.0%" })).toBe("92,0%");
    expect(cellText({ value: 1540000.5, numFmt: '"Rp "#,##0.00' })).toBe("Rp 1.540.000,50");
  });

  it("shows text, booleans and empty cells as they are", () => {
    expect(cellText({ value: "Tahun laporan" })).toBe("Tahun laporan");
    expect(cellText({ value: "2.023" })).toBe("2.023");
    expect(cellText({ value: null })).toBe("");
    expect(cellText(undefined)).toBe("");
  });

  it("falls back to General for a date format this view does not read", () => {
    expect(cellText({ value: 45000, numFmt: "dd/mm/yyyy" })).toBe("45000");
  });
});
