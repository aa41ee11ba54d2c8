/**
 * TREN: Meningkat / Menurun / Tetap, as the Ket column of Tabel 3.8.
 */
import { FormulaError, invalidValue, isFormulaError } from "../errors";
import { commonScale, gradeScore } from "../grades";
import { Measure, readMeasure } from "../measure";

/** The three trend words. */
export type Tren = "Meningkat" | "Menurun" | "Tetap";

/** The trend from one number to the next; equal within floating-point noise is Tetap. */
export function trenOf(lalu: number, kini: number): Tren {
  const hair = 1e-9 * Math.max(1, Math.abs(lalu), Math.abs(kini));
  if (kini - lalu > hair) return "Meningkat";
  if (lalu - kini > hair) return "Menurun";
  return "Tetap";
}

function comparable(lalu: Measure, kini: Measure): [number, number] | FormulaError {
  if (lalu.kind === "number" && kini.kind === "number") return [lalu.value, kini.value];
  if (lalu.kind === "grade" && kini.kind === "grade") {
    const scale = commonScale(lalu.grade, kini.grade);
    if (scale) return [gradeScore(lalu.grade, scale), gradeScore(kini.grade, scale)];
  }
  return invalidValue(
    "Nilai lalu dan nilai kini harus sama-sama angka atau predikat pada skala yang sama"
  );
}

/** TREN(nilai_lalu, nilai_kini) as Excel and Node callers use it. */
export function TREN(nilaiLalu: unknown, nilaiKini: unknown): Tren | FormulaError {
  const lalu = readMeasure(nilaiLalu, "Nilai lalu");
  if (isFormulaError(lalu)) return lalu;
  const kini = readMeasure(nilaiKini, "Nilai kini");
  if (isFormulaError(kini)) return kini;
  const pair = comparable(lalu, kini);
  return isFormulaError(pair) ? pair : trenOf(pair[0], pair[1]);
}
