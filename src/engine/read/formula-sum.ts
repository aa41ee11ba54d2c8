/**
 * What a total's formula adds up, when it only adds cells of its own column:
 * `SUM(D6:D9)`, `SUM(D6:D9,D12)`, `D7+D12`, `SUBTOTAL(9,D6:D9)`. Exports and
 * templates carry such totals; their cached results are right, so a total with
 * a formula is judged by the rows it adds (one left out of its block, or one
 * added twice), not recomputed from a reading of the table's tree.
 */
import { parseA1 } from "../workbook/address";

/** The rows a column-sum formula adds, each as many times as it adds it (0-based). */
export interface FormulaSum {
  readonly rows: readonly number[];
}

const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

/** The rows of one reference (`D6`, `D6:D9`) in column `col`, or undefined if it leaves the column. */
function rowsOf(ref: string, col: number): number[] | undefined {
  const m = RANGE.exec(ref.trim());
  if (!m) return undefined;
  const from = parseA1(`${m[1]}${m[2]}`);
  const to = parseA1(`${m[3] ?? m[1]}${m[4] ?? m[2]}`);
  if (!from || !to || from.col !== col || to.col !== col || to.row < from.row) return undefined;
  return Array.from({ length: to.row - from.row + 1 }, (_, i) => from.row + i);
}

function split(text: string, separator: string): string[] | undefined {
  const parts = text.split(separator);
  return parts.every((p) => p !== "") ? parts : undefined;
}

/** The references a formula adds: `SUM(a,b)`, `SUBTOTAL(9,a)` or `a+b+c` (`=+a+b` too). */
function references(formula: string): string[] | undefined {
  const text = formula.replace(/^=/, "").replace(/\s+/g, "").toUpperCase().replace(/^\+/, "");
  const sum = /^SUM\((.*)\)$/.exec(text);
  if (sum) return split(sum[1], ",");
  const subtotal = /^SUBTOTAL\((?:9|109),(.*)\)$/.exec(text);
  if (subtotal) return split(subtotal[1], ",");
  return /^[A-Z$0-9:+]+$/.test(text) ? split(text, "+") : undefined;
}

/**
 * The rows a formula adds in column `col`, or undefined when it does anything
 * else (another column or sheet, another operation, another function).
 */
export function formulaSum(formula: string | undefined, col: number): FormulaSum | undefined {
  if (!formula) return undefined;
  const refs = references(formula);
  if (!refs) return undefined;
  const rows: number[] = [];
  for (const ref of refs) {
    const found = rowsOf(ref, col);
    if (!found) return undefined;
    for (const row of found) rows.push(row);
  }
  return { rows };
}
