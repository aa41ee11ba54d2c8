import { parseNumberText } from "../../src/engine/number-text";

function value(text: string): number | string {
  const p = parseNumberText(text);
  return p.kind === "number" ? p.value : p.kind;
}

describe("parseNumberText", () => {
  it.each([
    ["83,514", 83.514],
    ["1.540.000", 1540000],
    ["1,540,000.50", 1540000.5],
    ["1.540.000,50", 1540000.5],
    ["75%", 75],
    [" 75 % ", 75],
    ["B (75)", 75],
    ["Rp 1.000", 1000],
    ["Rp. 54.401.966.922,-", 54401966922],
    ["(150.000.000)", -150000000],
    ["-38.390.000", -38390000],
    ["\u221212,5", -12.5],
    ["0,40", 0.4],
    ["15.7", 15.7],
    ["0.33", 0.33],
    ["6.084", 6084],
    ["83.514,5", 83514.5],
    ["45,899,050.00", 45899050],
    ["1 540 000", 1540000],
    ["1e3", 1000],
    ["１２３", 123],
  ])("reads %p as %p", (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 9);
  });

  it.each(["", "  ", "N/A", "n/a", "N/a", "-", "—", "#N/A"])("reads %p as no data", (text) => {
    expect(parseNumberText(text).kind).toBe("empty");
  });

  it.each([
    "1,540,00",
    "32,100,00",
    "abc",
    "12a",
    "1..2",
    "1.2.3,4,5",
    "Baik (B)",
    "75,",
    "1,2,3.4.5",
  ])("refuses %p with a reason that quotes it", (text) => {
    const p = parseNumberText(text);
    expect(p.kind).toBe("invalid");
    if (p.kind === "invalid") expect(p.reason).toContain(text.trim());
  });

  it("reports the written decimals, the style and the ambiguity", () => {
    expect(parseNumberText("83,514")).toMatchObject({ decimals: 3, style: "id", ambiguous: true });
    expect(parseNumberText("111.35")).toMatchObject({ decimals: 2, style: "en", ambiguous: false });
    expect(parseNumberText("1.540.000,50")).toMatchObject({ decimals: 2, mixedSeparators: true });
    expect(parseNumberText("75%")).toMatchObject({ percent: true, decimals: 0 });
    expect(parseNumberText("B (75)")).toMatchObject({ bracketed: true, value: 75 });
  });
});
