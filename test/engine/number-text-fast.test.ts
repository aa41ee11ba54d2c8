/**
 * The common shapes of typed numbers (plain digits, digits around one dot or
 * one comma) are read on a fast path; it must give exactly what the general path
 * gives, for every text the readers accept or refuse, and CAPAIAN and KRITERIA on
 * such text exactly what their general paths give (numbers, messages, error kinds).
 */
import fc from "fast-check";
import { CAPAIAN, KRITERIA } from "../../src/engine";
import { commonNumber, parseGeneral, parseNumberText } from "../../src/engine/number-text";

const digits = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`)).filter((s) => s.length >= min);

/** Plain digits and digits around one dot or comma, the fast path's shapes. */
const common = fc.oneof(
  digits(1, 12),
  fc
    .tuple(digits(0, 7), fc.constantFrom(".", ","), digits(1, 6))
    .map(([a, sep, b]) => `${a}${sep}${b}`)
);

/** The same shapes with too many digits for one exact integer, and near 2^53. */
const long = fc.oneof(
  digits(14, 25),
  fc
    .tuple(digits(0, 18), fc.constantFrom(".", ","), digits(1, 18))
    .map(([a, sep, b]) => `${a}${sep}${b}`),
  fc.bigInt({ min: 2n ** 52n, max: 2n ** 54n }).map(String)
);

/** Thousands groups the Indonesian way (`1.234.567`) or the English way (`1,234,567`). */
function grouped(sep: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.array(digits(3, 3), { minLength: 1, maxLength: 4 }))
    .map(([head, groups]) => [String(head), ...groups].join(sep));
}

/** Every form SPEC section 1 accepts, and near misses of each. */
const body = fc.oneof(
  common,
  long,
  grouped("."),
  grouped(","),
  fc.tuple(grouped("."), digits(1, 4)).map(([g, f]) => `${g},${f}`), // 1.234.567,89
  fc.tuple(grouped(","), digits(1, 4)).map(([g, f]) => `${g}.${f}`), // 1,234,567.89
  fc.tuple(grouped(" "), fc.constantFrom("", ",5", ".25")).map(([g, f]) => g + f), // 1 540 000
  fc
    .tuple(digits(1, 3), fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), digits(1, 3))
    .map(([m, e, s, x]) => `${m}${e}${s}${x}`), // 1e3
  fc.constantFrom("１２３", "８３，５１", "1..2", "1,540,00", "75,", ",", ".", "", "0", "00,0")
);

const sign = fc.constantFrom("", "", "", "-", "+", "- ", "\u2212", "\u2013", "\u2014", "--");
const prefix = fc.constantFrom("", "", "", " ", "  ", "Rp ", "Rp. ", "IDR", "\t");
const suffix = fc.constantFrom("", "", "", " ", "%", " %", ",-", ".-", " ,-", "x", "\u00a0");

/** A number as report writers type it: sign, currency, brackets, percent, spacing. */
const typed = fc
  .tuple(prefix, sign, body, suffix, fc.constantFrom("plain", "plain", "accounting", "label"))
  .map(([pre, s, b, suf, wrap]) => {
    const text = `${pre}${s}${b}${suf}`;
    if (wrap === "accounting") return `(${text})`;
    if (wrap === "label") return `B (${text})`;
    return text;
  });

/** Short strings over the characters numbers are made of, and anything at all. */
const adversarial = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789.,-+ %()eERp\u2212\u00a0"), maxLength: 20 }),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 12 })
);

const anyText = fc.oneof(typed, common, adversarial);

/** Whether text is in one of the fast path's shapes (a test oracle, not the hot path). */
function isCommonShape(text: string): boolean {
  return /^(?:\d+|\d*[.,]\d+)$/.test(text);
}

/** CAPAIAN and KRITERIA's arguments: text in any form, or a number of any kind. */
const argument = fc.oneof(
  anyText,
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308, 5e-324)
);

describe("the fast path for typed numbers", () => {
  it("reads every text, in every accepted form and any other, as the general path does", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const general = parseGeneral(text);
        expect(parseNumberText(text)).toEqual(general);
        const fast = commonNumber(text);
        if (isCommonShape(text)) {
          expect(general.kind).toBe("number");
          expect(fast).toBe(general.kind === "number" ? general.value : NaN);
        } else {
          expect(fast).toBeNaN();
        }
      }),
      { numRuns: 5000 }
    );
  });

  it("reads the common shapes, short or long, to the same double as the general path", () => {
    fc.assert(
      fc.property(fc.oneof(common, long), (text) => {
        const general = parseGeneral(text);
        expect(general.kind).toBe("number");
        if (general.kind === "number") expect(commonNumber(text)).toBe(general.value);
      }),
      { numRuns: 5000 }
    );
  });

  it.each([
    ["83,514", 83.514],
    ["6.084", 6084],
    ["0.084", 0.084],
    ["1234.567", 1234.567],
    ["15.7", 15.7],
    ["0.330", 0.33],
    [",5", 0.5],
    ["1540", 1540],
    ["9007199254740993", 9007199254740992],
    ["9999999999999999", 1e16],
    ["99999999999999999", 1e17],
  ])("reads %s as %p, the convention of SPEC and number-text", (text, value) => {
    expect(commonNumber(text)).toBe(value);
  });

  it.each(["", ",", "75,", "1..2", "1,2.3", " 1", "1 ", "-1", "+1", "1e3", "１２３", "75%"])(
    "leaves %p to the general path",
    (text) => {
      expect(commonNumber(text)).toBeNaN();
    }
  );

  it("passes finite numbers through and nothing else", () => {
    expect(commonNumber(-0)).toBe(-0);
    expect(commonNumber(12.5)).toBe(12.5);
    for (const x of [NaN, Infinity, -Infinity, null, undefined, true, {}, []]) {
      expect(commonNumber(x)).toBeNaN();
    }
  });

  it("gives CAPAIAN exactly what its general path gives: number, message and error kind", () => {
    fc.assert(
      fc.property(argument, argument, (r, t) => {
        // An explicit "positif" is the default polarity, taken by the general path.
        expect(CAPAIAN(r, t)).toEqual(CAPAIAN(r, t, "positif"));
      }),
      { numRuns: 5000 }
    );
  });

  it("gives CAPAIAN on common text exactly what it gives on the numbers read", () => {
    fc.assert(
      fc.property(common, common, (r, t) => {
        expect(CAPAIAN(r, t)).toEqual(CAPAIAN(commonNumber(r), commonNumber(t)));
      }),
      { numRuns: 2000 }
    );
  });

  it("gives KRITERIA exactly what its general path gives", () => {
    fc.assert(
      fc.property(argument, (c) => {
        expect(KRITERIA(c)).toEqual(KRITERIA(c, "permendagri86"));
      }),
      { numRuns: 3000 }
    );
  });
});
