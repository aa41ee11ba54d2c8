/**
 * IKM: Indeks Kepuasan Masyarakat from the unsur averages (PermenPANRB 14/2017).
 */
import { isBlank, readNumber } from "../cell-input";
import { FormulaError, invalidValue, isFormulaError, notAvailable } from "../errors";
import { UNSUR_GRADES } from "../scales";

/** Mean of the unsur values × 25. */
export function ikmOf(unsur: readonly number[]): number {
  let sum = 0;
  for (const u of unsur) sum += u;
  return (sum / unsur.length) * 25;
}

function flatten(unsur: unknown): unknown[] {
  if (!Array.isArray(unsur)) return [unsur];
  return unsur.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * IKM(unsur) as Excel and Node callers use it: a range (2-D array), a list, or
 * one value. Empty cells are skipped; every value must lie on 1–4.
 */
export function IKM(unsur: unknown): number | FormulaError {
  const cells = flatten(unsur);
  const values: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (isBlank(cells[i])) continue;
    const v = readNumber(cells[i], `Unsur ke-${i + 1}`);
    if (isFormulaError(v)) return v;
    if (v < UNSUR_GRADES.low || v > UNSUR_GRADES.high) {
      return invalidValue(`Unsur ke-${i + 1} (${v}) di luar skala 1–4`);
    }
    values.push(v);
  }
  if (values.length === 0) return notAvailable("Tidak ada nilai unsur: IKM tidak dapat dihitung");
  return ikmOf(values);
}
