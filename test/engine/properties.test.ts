import fc from "fast-check";
import {
  CAPAIAN,
  EFISIENSI,
  FormulaError,
  IKM,
  KRITERIA,
  KRITERIA_WORDS,
  parseNumberText,
  PERTUMBUHAN,
  SERAPAN,
  TREN,
} from "../../src/engine";

const WORDS = new Set<string>([
  ...KRITERIA_WORDS,
  "A",
  "B",
  "C",
  "D",
  "Efisien",
  "Cukup Efisien",
  "Tidak Efisien",
  "Meningkat",
  "Menurun",
  "Tetap",
]);

/** A result is an answer: a finite number, a scale word, or an error carrying a message. */
function isAnswer(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (typeof x === "string") return WORDS.has(x);
  return (
    x instanceof FormulaError && x.message.length > 0 && (x.code === "VALUE" || x.code === "NA")
  );
}

const numberText = fc
  .tuple(
    fc.integer({ min: 0, max: 1e9 }),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom(",", ".")
  )
  .map(([i, d, sep]) => `${i}${sep}${d}`);
const typedText = fc.oneof(
  fc.string(),
  numberText,
  fc.constantFrom(
    "N/A",
    "-",
    "75%",
    "B (75)",
    "Baik (B) 60-70",
    "AA",
    "WTP",
    "1,540,00",
    "(50.000)",
    "60-70"
  )
);
const cell = fc.oneof(
  fc.double(),
  fc.integer(),
  typedText,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.anything()
);
const option = fc.oneof(
  cell,
  fc.constantFrom("negatif", "ikm", "unsur", "indeks", "selisih", "nilai")
);

describe("every function answers every input", () => {
  it("CAPAIAN", () => {
    fc.assert(fc.property(cell, cell, option, cell, (r, t, p, b) => isAnswer(CAPAIAN(r, t, p, b))));
  });
  it("KRITERIA", () => {
    fc.assert(fc.property(cell, option, (c, s) => isAnswer(KRITERIA(c, s))));
  });
  it("EFISIENSI", () => {
    fc.assert(
      fc.property(cell, cell, option, option, (c, s, m, k) => isAnswer(EFISIENSI(c, s, m, k)))
    );
  });
  it("SERAPAN, PERTUMBUHAN, TREN", () => {
    fc.assert(
      fc.property(cell, cell, (a, b) =>
        [SERAPAN(a, b), PERTUMBUHAN(a, b), TREN(a, b)].every(isAnswer)
      )
    );
  });
  it("IKM over ranges of anything", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }), (m) =>
        isAnswer(IKM(m))
      )
    );
  });
});

describe("numbers typed as text read back as the number", () => {
  it("Indonesian thousands dots and decimal comma", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (i, cents) => {
          const grouped = i.toLocaleString("en-US").replace(/,/g, ".");
          const text = `${grouped},${String(cents).padStart(2, "0")}`;
          const parsed = parseNumberText(text);
          return (
            parsed.kind === "number" &&
            Math.abs(parsed.value - (i + cents / 100)) < 1e-6 * Math.max(1, i)
          );
        }
      )
    );
  });
  it("English thousands commas and decimal point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), (i) => {
        const parsed = parseNumberText(`${i.toLocaleString("en-US")}.50`);
        return parsed.kind === "number" && Math.abs(parsed.value - (i + 0.5)) < 1e-6 * i;
      })
    );
  });
});
