/**
 * Messages show numbers in Indonesian notation through our own formatter; it must
 * give what `Intl.NumberFormat("id-ID")` gives at the same decimals, including
 * ICU's rounding of the shortest decimal form (1,005 → 1,01), signs of numbers
 * that round to zero, and numbers too large or too small for plain digits.
 */
import fc from "fast-check";
import { formatIndonesian } from "../../src/engine/indonesian-number";
import { formatShown } from "../../src/engine/read/written";

function intl(value: number, decimals: number): string {
  return new Intl.NumberFormat("id-ID", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** Numbers as reports hold them: a few decimals, halves at the rounding place, Rupiah. */
const written = fc
  .tuple(fc.integer({ min: -2e9, max: 2e9 }), fc.integer({ min: 0, max: 8 }))
  .map(([n, k]) => n / 10 ** k);
const halves = fc
  .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 6 }))
  .map(([n, k]) => (n * 10 + 5) / 10 ** k);
const anyDouble = fc.double({ noNaN: false });

describe("formatIndonesian", () => {
  it("writes what Intl writes, for any double at 0 to 10 decimals", () => {
    fc.assert(
      fc.property(fc.oneof(written, halves, anyDouble), fc.integer({ min: 0, max: 10 }), (v, d) => {
        expect(formatIndonesian(v, d)).toBe(intl(v, d));
      }),
      { numRuns: 20_000 }
    );
  });

  it.each([
    [1540000.5, 2, "1.540.000,50"],
    [1.005, 2, "1,01"],
    [1.45, 1, "1,5"],
    [-2.5, 0, "-3"],
    [-0.001, 2, "-0,00"],
    [-0, 0, "-0"],
    [999.5, 0, "1.000"],
    [1e21, 0, "1.000.000.000.000.000.000.000"],
    [5e-324, 2, "0,00"],
    [Infinity, 0, "∞"],
  ])("%p at %p decimals is %p", (value, decimals, shown) => {
    expect(formatIndonesian(value, decimals)).toBe(shown);
    expect(formatIndonesian(value, decimals)).toBe(intl(value, decimals));
  });

  it("is what formatShown uses, with decimals held to 0–10", () => {
    expect(formatShown(83.514, 3)).toBe("83,514");
    expect(formatShown(83.514, -1)).toBe("84");
    expect(formatShown(0.123456789012, 12)).toBe(intl(0.123456789012, 10));
  });
});
