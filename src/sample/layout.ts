/**
 * Small layout helpers for sheets laid out like the report: captions, header
 * rows, vertically merged label columns, Sumber lines.
 */
import { CellInputSpec, SheetBuilder } from "../engine/workbook/sheet-builder";
import { CellValue } from "../engine/workbook/snapshot";

/** Indonesian money format: 1.540.000 (Excel shows the user's separators). */
export const MONEY = "#,##0;(#,##0)";
/** Two decimals. */
export const DEC2 = "0.00";

/** A number with a format, or text/blank as given. */
export function num(value: number | string | null | undefined, numFmt: string): CellInputSpec {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? { value, numFmt } : value;
}

/** A number shown with as many decimals as it has (General). */
export function plain(value: number | string | null | undefined): CellValue {
  return value === undefined ? null : value;
}

/** Writes a caption (one or two lines) and returns the next row. */
export function caption(b: SheetBuilder, ...lines: string[]): void {
  for (const line of lines) b.row([{ value: line, bold: true }]);
}

/** Writes a bold header row. */
export function header(b: SheetBuilder, cells: readonly CellInputSpec[], startCol = 0): number {
  return b.row(cells, { bold: true }, startCol);
}

/** Merges a label column over rows that share the same value, keeping the value in the first. */
export function mergeRuns(
  b: SheetBuilder,
  col: number,
  rows: readonly { row: number; key: string }[]
): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i].key !== rows[start].key) {
      const first = rows[start].row;
      const last = rows[i - 1].row;
      for (let r = first + 1; r <= last; r++) b.set(r, col, null);
      b.merge(first, col, last, col);
      start = i;
    }
  }
}

/** Writes a Sumber line. */
export function sumber(b: SheetBuilder, text = "Sumber : Kantor Camat Kota Bangun, 2023"): void {
  b.row([text]);
}
