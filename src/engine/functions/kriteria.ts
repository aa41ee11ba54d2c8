/**
 * KRITERIA: the word of a scale for a capaian, an IKM value or one unsur value.
 */
import { chooseOption, OptionSpec, readNumber } from "../cell-input";
import { FormulaError, invalidValue, isFormulaError } from "../errors";
import {
  GradeTable,
  gradeIn,
  IKM_GRADES,
  Kriteria,
  kriteriaPermendagri86,
  MutuGrade,
  UNSUR_GRADES,
} from "../scales";

/** The scales KRITERIA knows. */
export type Skala = "permendagri86" | "ikm" | "unsur";

/** Scale names and their aliases. */
export const SKALA: OptionSpec<Skala> = {
  aliases: {
    permendagri86: "permendagri86",
    "permendagri 86": "permendagri86",
    permendagri: "permendagri86",
    "86": "permendagri86",
    kinerja: "permendagri86",
    ikm: "ikm",
    skm: "ikm",
    unsur: "unsur",
    "ikm unsur": "unsur",
    "nilai unsur": "unsur",
  },
  fallback: "permendagri86",
  label: "Skala",
  allowed: '"permendagri86", "ikm" atau "unsur"',
};

/** The grade of a value on an IKM table, or the reason it has none. */
export function mutuOf(table: GradeTable, value: number, label: string): MutuGrade | FormulaError {
  const step = gradeIn(table, value);
  if (step) return step.grade;
  return invalidValue(`${label} ${value} di luar rentang ${table.low}–${table.high}`);
}

/** KRITERIA(capaian, [skala]) as Excel and Node callers use it. */
export function KRITERIA(capaian: unknown, skala?: unknown): Kriteria | MutuGrade | FormulaError {
  if (typeof capaian === "number" && skala == null && Number.isFinite(capaian)) {
    return kriteriaPermendagri86(capaian);
  }
  return kriteriaOfInputs(capaian, skala);
}

function kriteriaOfInputs(capaian: unknown, skala: unknown): Kriteria | MutuGrade | FormulaError {
  const scale = chooseOption(skala, SKALA);
  if (isFormulaError(scale)) return scale;
  const label =
    scale === "permendagri86" ? "Capaian" : scale === "ikm" ? "Nilai IKM" : "Nilai unsur";
  const value = readNumber(capaian, label);
  if (isFormulaError(value)) return value;
  if (scale === "ikm") return mutuOf(IKM_GRADES, value, label);
  if (scale === "unsur") return mutuOf(UNSUR_GRADES, value, label);
  return kriteriaPermendagri86(value);
}
