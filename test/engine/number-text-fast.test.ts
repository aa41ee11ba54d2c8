/**
 * The common shapes of typed numbers (plain digits, digits around one dot or
 * one comma) are read on a fast path; it must give exactly what the general path
 * gives, and CAPAIAN on such text exactly what it gives on the numbers.
 */
import fc from "fast-check";
import { CAPAIAN } from "../../src/engine";
import { commonNumber, parseGeneral, parseNumberText } from "../../src/engine/number-text";

const digits = fc.stringMatching(/^\d{0,7}$/);
const common = fc.oneof(
  fc.stringMatching(/^\d{1,12}$/),
  fc
    .tuple(digits, fc.constantFrom(".", ","), fc.stringMatching(/^\d{1,6}$/))
    .map(([a, sep, b]) => `${a}${sep}${b}`)
);

describe("the fast path for typed numbers", () => {
  it("reads every common shape as the general path does", () => {
    fc.assert(
      fc.property(common, (text) => {
        const general = parseGeneral(text);
        expect(parseNumberText(text)).toEqual(general);
        expect(commonNumber(text)).toBe(general.kind === "number" ? general.value : undefined);
      }),
      { numRuns: 2000 }
    );
  });

  it("leaves anything else to the general path", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        expect(parseNumberText(text)).toEqual(parseGeneral(text));
        const fast = commonNumber(text);
        if (fast !== undefined) expect(parseGeneral(text)).toMatchObject({ value: fast });
      }),
      { numRuns: 2000 }
    );
  });

  it.each([
    ["83,514", 83.514],
    ["6.084", 6084],
    ["15.7", 15.7],
    ["0.330", 0.33],
    ["1540", 1540],
  ])("reads %s as %p, the convention of SPEC and number-text", (text, value) => {
    expect(commonNumber(text)).toBe(value);
  });

  it("gives CAPAIAN on text exactly what it gives on the numbers", () => {
    fc.assert(
      fc.property(common, common, (r, t) => {
        const a = commonNumber(r);
        const b = commonNumber(t);
        if (a === undefined || b === undefined) return;
        const onText = CAPAIAN(r, t);
        const onNumbers = CAPAIAN(a, b);
        if (typeof onNumbers === "number") expect(onText).toBe(onNumbers);
        else expect(typeof onText).not.toBe("number");
      }),
      { numRuns: 1000 }
    );
  });
});
