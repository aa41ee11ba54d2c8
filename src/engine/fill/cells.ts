/**
 * Cells of generated tables: native Excel formulas with the value the engine
 * computed for them, so the workbook is right when opened without the add-in and
 * the checker reads the same numbers before Excel recalculates.
 */
import { CellSnapshot, CellValue } from "../workbook/snapshot";
import { a1, sheetCell } from "../workbook/address";
import { CellRef } from "../workbook/address";

/** Indonesian-looking formats (Excel shows the user's own separators). */
export const FMT = { money: "#,##0", dec2: "0.00", int: "0" } as const;

/** A formula cell with its computed value. */
export function formula(expression: string, value: CellValue, numFmt?: string): CellSnapshot {
  return { value, formula: expression, numFmt };
}

/** A reference to another sheet's cell, as a formula operand. */
export function refTo(at: CellRef): string {
  return sheetCell(at.sheet, at.row, at.col);
}

/** A reference to a cell on the sheet being built. */
export function local(row: number, col: number): string {
  return a1(row, col);
}

/** A plain value cell. */
export function value(v: CellValue, numFmt?: string): CellSnapshot {
  return { value: v, numFmt };
}
