/**
 * A target or realisasi as written: a number, a range (`60-70`), a qualitative
 * grade (`B`), or a grade with its range (`Baik (B) 60-70`).
 */
import { FormulaError, invalidValue, notAvailable } from "./errors";
import { Grade, parseGrade } from "./grades";
import { isBlank } from "./cell-input";
import { hasDigit, parseNumberText } from "./number-text";
import { cleanText } from "./text";

/** A value of an indicator, in one of the forms people write. */
export type Measure =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "range"; readonly low: number; readonly high: number; readonly grade?: Grade }
  | { readonly kind: "grade"; readonly grade: Grade };

const RANGE = /(\d+(?:[.,]\d+)?)\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai|hingga)\s*(\d+(?:[.,]\d+)?)/i;

/** Reads a value argument; `label` names it in messages. */
export function readMeasure(input: unknown, label: string): Measure | FormulaError {
  if (input instanceof FormulaError) return input;
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { kind: "number", value: input }
      : invalidValue(`${label} bukan angka yang terhingga`);
  }
  if (isBlank(input)) return notAvailable(`${label} kosong: tidak ada data`);
  if (typeof input !== "string") return invalidValue(`${label} harus berupa angka atau predikat`);
  const parsed = parseNumberText(input);
  if (parsed.kind === "number") return { kind: "number", value: parsed.value };
  if (parsed.kind === "empty") return notAvailable(`${label} "${input.trim()}": tidak ada data`);
  return readRange(input, label) ?? readGradeOnly(input, label);
}

function readRange(input: string, label: string): Measure | FormulaError | undefined {
  const text = cleanText(input);
  const m = hasDigit(text) ? RANGE.exec(text) : null;
  if (!m) return undefined;
  const low = parseNumberText(m[1]);
  const high = parseNumberText(m[2]);
  if (low.kind !== "number" || high.kind !== "number") return undefined;
  if (low.value > high.value) {
    return invalidValue(`${label} "${text}": batas bawah lebih besar dari batas atas`);
  }
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
  const grade = rest ? parseGrade(rest) : undefined;
  if (rest && !grade && /[a-z]/i.test(rest.replace(/%/g, ""))) return undefined;
  return { kind: "range", low: low.value, high: high.value, grade };
}

function readGradeOnly(input: string, label: string): Measure | FormulaError {
  const grade = parseGrade(input);
  if (grade) return { kind: "grade", grade };
  const shown = input.trim().slice(0, 40);
  return invalidValue(`${label} "${shown}" bukan angka, rentang, atau predikat yang dikenal`);
}
