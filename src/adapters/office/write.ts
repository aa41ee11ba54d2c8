/**
 * Writing a sheet's cells through Office.js as Excel needs them:
 * - text as text: Excel takes `values` and `formulas` as typed input, so a text
 *   such as `83,514`, `-5,3`, `=…` or `+62…` would come back as a number, a
 *   formula or a failed batch; text cells get the text number format first;
 * - formulas through `formulas`, other cells left alone there (`null`), and
 *   values through `values` with the formula cells left alone;
 * - rows in blocks no larger than {@link WRITE_BYTES} of request, so a large
 *   sheet is split over several syncs (Excel on the web refuses 5 MB);
 * - bold as runs of cells in a row, one range per run.
 */
import { CellSnapshot, SheetSnapshot, sheetWidth } from "../../engine/workbook/snapshot";

/** Largest request, in bytes of JSON, queued before a sync. */
export const WRITE_BYTES = 1_000_000;

/** Excel's text number format. */
const TEXT_FORMAT = "@";

type Value = string | number | boolean | null;

/** Rows `top`… of a sheet as the three arrays Excel takes, with their size in bytes. */
export interface RowBlock {
  readonly top: number;
  readonly numberFormat: (string | null)[][];
  readonly values: Value[][];
  /** Null when the block holds no formula. */
  readonly formulas: (string | null)[][] | null;
  readonly bytes: number;
}

/** A run of bold cells in one row. */
export interface BoldRun {
  readonly row: number;
  readonly col: number;
  readonly count: number;
}

function formatOf(cell: CellSnapshot): string {
  if (cell.formula) return cell.numFmt ?? "General";
  return typeof cell.value === "string" ? TEXT_FORMAT : (cell.numFmt ?? "General");
}

function blockOf(
  rows: readonly (readonly (CellSnapshot | undefined)[] | undefined)[],
  top: number,
  width: number
): RowBlock {
  const numberFormat: (string | null)[][] = [];
  const values: Value[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  for (const row of rows) {
    const f: (string | null)[] = [];
    const v: Value[] = [];
    const m: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row?.[c];
      const formula = cell?.formula ? `=${cell.formula}` : null;
      anyFormula ||= formula !== null;
      f.push(cell && (formula || cell.value !== null) ? formatOf(cell) : null);
      v.push(formula || !cell ? null : cell.value);
      m.push(formula);
    }
    numberFormat.push(f);
    values.push(v);
    formulas.push(m);
  }
  const bytes = JSON.stringify([numberFormat, values, anyFormula ? formulas : null]).length;
  return { top, numberFormat, values, formulas: anyFormula ? formulas : null, bytes };
}

/** The sheet's rows in blocks of at most about `maxBytes` of request each. */
export function rowBlocks(sheet: SheetSnapshot, maxBytes = WRITE_BYTES): RowBlock[] {
  const width = Math.max(1, sheetWidth(sheet));
  const blocks: RowBlock[] = [];
  let top = 0;
  while (top < sheet.rows.length) {
    let count = Math.min(sheet.rows.length - top, 1000);
    let block = blockOf(sheet.rows.slice(top, top + count), top, width);
    while (block.bytes > maxBytes && count > 1) {
      count = Math.ceil(count / 2);
      block = blockOf(sheet.rows.slice(top, top + count), top, width);
    }
    blocks.push(block);
    top += count;
  }
  return blocks;
}

/** The bold cells of a sheet as runs along each row. */
export function boldRuns(sheet: SheetSnapshot): BoldRun[] {
  const runs: BoldRun[] = [];
  sheet.rows.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= (row?.length ?? 0); c++) {
      const bold = !!row?.[c]?.bold;
      if (bold && start < 0) start = c;
      if (!bold && start >= 0) {
        runs.push({ row: r, col: start, count: c - start });
        start = -1;
      }
    }
  });
  return runs;
}

/** Queues one block's writes: number formats first, then values, then formulas. */
export function writeBlock(ws: Excel.Worksheet, block: RowBlock): void {
  const range = ws.getRangeByIndexes(block.top, 0, block.values.length, block.values[0].length);
  range.numberFormat = block.numberFormat as string[][];
  range.values = block.values as never;
  if (block.formulas) range.formulas = block.formulas as never;
}

/** Queues the sheet's bold runs and merges. */
export function writeBoldAndMerges(ws: Excel.Worksheet, sheet: SheetSnapshot): void {
  for (const run of boldRuns(sheet))
    ws.getRangeByIndexes(run.row, run.col, 1, run.count).format.font.bold = true;
  for (const m of sheet.merges)
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
}
