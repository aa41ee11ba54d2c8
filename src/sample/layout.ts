/**
 * Small layout helpers for sheets laid out like the report: captions, header
 * rows, vertically merged label columns, Sumber lines.
 */
import { CellInputSpec, SheetBuilder } from "../engine/workbook/sheet-builder";
import { CellValue } from "../engine/workbook/snapshot";
import { sumber as sumberLine } from "../engine/workbook/layout";

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

export { caption, header, mergeRuns } from "../engine/workbook/layout";

/** Writes the report's Sumber line. */
export function sumber(b: SheetBuilder, text = "Sumber : Kantor Camat Kota Bangun, 2023"): void {
  sumberLine(b, text);
}
