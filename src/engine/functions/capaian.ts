/**
 * CAPAIAN: performance achievement in percent points (SPEC section 2).
 */
import { chooseOption, OptionSpec, readNumber } from "../cell-input";
import { FormulaError, invalidValue, isFormulaError } from "../errors";
import { commonScale, Grade, gradeScore } from "../grades";
import { Measure, readMeasure } from "../measure";
import { commonNumber } from "../number-text";

/** Which direction is better for an indicator. */
export type Polaritas = "positif" | "negatif" | "negatif-rasio";

/** Polarity words and their aliases. */
export const POLARITAS: OptionSpec<Polaritas> = {
  aliases: {
    positif: "positif",
    positive: "positif",
    "+": "positif",
    naik: "positif",
    maks: "positif",
    max: "positif",
    maksimal: "positif",
    maksimum: "positif",
    tinggi: "positif",
    negatif: "negatif",
    negative: "negatif",
    "-": "negatif",
    turun: "negatif",
    min: "negatif",
    minimal: "negatif",
    minimum: "negatif",
    rendah: "negatif",
    "negatif-rasio": "negatif-rasio",
    "negatif rasio": "negatif-rasio",
    rasio: "negatif-rasio",
    "negative-ratio": "negatif-rasio",
    invers: "negatif-rasio",
  },
  fallback: "positif",
  label: "Polaritas",
  allowed: '"positif", "negatif" atau "negatif-rasio"',
};

/**
 * The capaian formula on two numbers: positif R/T×100; negatif (2T−R)/T×100;
 * negatif-rasio T/R×100. Target 0 follows the SPEC.
 */
export function capaianOf(r: number, t: number, polaritas: Polaritas): number | FormulaError {
  if (polaritas === "positif") {
    return t === 0 ? invalidValue("Target 0: capaian tidak dapat dihitung") : (r / t) * 100;
  }
  if (t === 0) return r <= 0 ? 100 : 0;
  if (polaritas === "negatif") return ((2 * t - r) / t) * 100;
  if (r === 0) return invalidValue("Realisasi 0: capaian T/R tidak dapat dihitung");
  return (t / r) * 100;
}

/**
 * CAPAIAN(realisasi, target, [polaritas], [batas]) as Excel and Node callers use it:
 * numbers or text, range targets, qualitative grades, an optional cap.
 */
export function CAPAIAN(
  realisasi: unknown,
  target: unknown,
  polaritas?: unknown,
  batas?: unknown
): number | FormulaError {
  if (polaritas == null && batas == null) {
    // NaN when either is not a common number; ±Infinity or NaN when the target is 0.
    const fast = (commonNumber(realisasi) / commonNumber(target)) * 100;
    if (Number.isFinite(fast)) return fast;
  }
  return capaianOfInputs(realisasi, target, polaritas, batas);
}

function capaianOfInputs(
  realisasi: unknown,
  target: unknown,
  polaritas: unknown,
  batas: unknown
): number | FormulaError {
  const p = chooseOption(polaritas, POLARITAS);
  if (isFormulaError(p)) return p;
  const r = readMeasure(realisasi, "Realisasi");
  if (isFormulaError(r)) return r;
  const t = readMeasure(target, "Target");
  if (isFormulaError(t)) return t;
  const raw = capaianOfMeasures(r, t, p);
  if (isFormulaError(raw)) return raw;
  if (!Number.isFinite(raw)) return invalidValue("Hasil capaian di luar jangkauan angka");
  return applyCap(raw, batas);
}

function capaianOfMeasures(r: Measure, t: Measure, p: Polaritas): number | FormulaError {
  if (r.kind === "range") return invalidValue("Realisasi tidak boleh berupa rentang");
  if (r.kind === "grade") return capaianOfGrades(r.grade, t, p);
  if (t.kind === "number") return capaianOf(r.value, t.value, p);
  if (t.kind === "range") {
    if (r.value > t.high) return capaianOf(r.value, t.high, p);
    if (r.value < t.low) return capaianOf(r.value, t.low, p);
    return 100;
  }
  return invalidValue(`Realisasi berupa angka tetapi target berupa predikat ${t.grade.token}`);
}

function capaianOfGrades(r: Grade, t: Measure, p: Polaritas): number | FormulaError {
  const targetGrade = t.kind === "number" ? undefined : t.grade;
  if (!targetGrade) {
    return invalidValue(`Realisasi berupa predikat ${r.token} tetapi target tidak memuat predikat`);
  }
  const scale = commonScale(r, targetGrade);
  if (!scale) {
    return invalidValue(
      `Predikat ${r.token} dan ${targetGrade.token} tidak berada pada skala yang sama`
    );
  }
  return capaianOf(gradeScore(r, scale), gradeScore(targetGrade, scale), p);
}

function applyCap(value: number, batas: unknown): number | FormulaError {
  if (batas == null || batas === "") return value;
  const cap = readNumber(batas, "Batas");
  if (isFormulaError(cap)) return cap;
  if (cap <= 0) return invalidValue("Batas capaian harus lebih besar dari 0");
  return Math.min(value, cap);
}
