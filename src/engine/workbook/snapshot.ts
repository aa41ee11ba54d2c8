/**
 * The plain, in-memory picture of a workbook that the engine works on. Adapters
 * (exceljs in Node, Office.js in Excel) read a file or a live workbook into this
 * shape once; the engine never touches a file or Office.js.
 */
import { SheetLayout } from "./sheet-layout";

/** What a cell holds as Excel would show it: a number, text, a boolean, or nothing. */
export type CellValue = number | string | boolean | null;

/** One cell: its value and the little of its formatting the reader uses. */
export interface CellSnapshot {
  /** The value (for a formula, its cached result). */
  readonly value: CellValue;
  /** The formula without `=`, when the cell holds one. */
  readonly formula?: string;
  /** An Excel error the cell shows (`#REF!`, `#DIV/0!`). */
  readonly error?: string;
  /** The number format code (`0.00`, `#,##0`). */
  readonly numFmt?: string;
  /** Bold font. */
  readonly bold?: boolean;
  /** Indentation level of the alignment. */
  readonly indent?: number;
}

/** A merged block, 0-based and inclusive. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One worksheet: rows of cells (0-based; holes are empty cells) and its merges. */
export interface SheetSnapshot {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellSnapshot | undefined> | undefined>;
  readonly merges: readonly MergeRange[];
  readonly hidden?: boolean;
  /** How the sheet looks and prints, for the tables the engine generates; adapters write it, never read it. */
  readonly layout?: SheetLayout;
}

/** A whole workbook. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

/** The cell at a 0-based position, or undefined. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellSnapshot | undefined {
  return sheet.rows[row]?.[col];
}

/** Number of columns used by the widest row. */
export function sheetWidth(sheet: SheetSnapshot): number {
  let width = 0;
  for (const row of sheet.rows) if (row && row.length > width) width = row.length;
  return width;
}
