/**
 * Measuring cell text for a table's layout: numbers as their format shows them,
 * widths of wide and narrow letters, and the lines wrapped text takes.
 */
import { shownText, textWidth, wrappedLines } from "../../src/engine/workbook/text-width";

describe("shownText", () => {
  it("groups money, fixes decimals, and leaves General numbers short", () => {
    expect(shownText({ value: 54401966922, numFmt: "#,##0" })).toBe("54.401.966.922");
    expect(shownText({ value: -1540, numFmt: "#,##0" })).toBe("-1.540");
    expect(shownText({ value: 111.349, numFmt: "0.00" })).toBe("111,35");
    expect(shownText({ value: 0.925, numFmt: "0.0%" })).toBe("92,5%");
    expect(shownText({ value: 1 / 3 })).toBe("0.333333333");
    expect(shownText({ value: 123456789.123456 }).length).toBeLessThanOrEqual(11);
    expect(shownText({ value: "Sangat Tinggi" })).toBe("Sangat Tinggi");
    expect(shownText({ value: null })).toBe("");
  });
});

describe("textWidth", () => {
  it("counts capitals and m/w wider than small letters, i and l narrower", () => {
    expect(textWidth("PROGRAM")).toBeGreaterThan(textWidth("program"));
    expect(textWidth("mmmm")).toBeGreaterThan(textWidth("nnnn"));
    expect(textWidth("illi")).toBeLessThan(textWidth("nnnn"));
    expect(textWidth("2023")).toBe(4);
  });
});

describe("wrappedLines", () => {
  it("wraps at word boundaries within the cell's width", () => {
    expect(wrappedLines("Persen", 10)).toBe(1);
    expect(wrappedLines("Sangat Tinggi", 8)).toBe(2);
    expect(wrappedLines("satu dua tiga empat lima enam", 12)).toBe(3);
  });

  it("breaks a word longer than a line, and starts a line at each line break", () => {
    expect(wrappedLines("Kewenangannnya", 6)).toBe(3);
    expect(wrappedLines("a\nb\nc", 20)).toBe(3);
  });

  it("takes more lines for bold text of the same width", () => {
    const text = "Administrasi Keuangan Perangkat Daerah";
    expect(wrappedLines(text, 30, 1.1)).toBeGreaterThanOrEqual(wrappedLines(text, 30));
    expect(wrappedLines(text, 34, 1.1)).toBeGreaterThan(wrappedLines(text, 34));
  });
});
