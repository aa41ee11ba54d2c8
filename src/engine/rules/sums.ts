/**
 * Adding written values up, the way a reviewer does with a calculator: blanks and
 * `-` count as 0; any value that cannot be read makes the sum unknown.
 */
import { FindingDraft } from "../finding";
import { agrees } from "../tolerance";
import { LabelledRow } from "../read/rows";
import { Column, Table } from "../read/table";
import { Written } from "../read/written";
import { formulaVerdict } from "./formula-totals";
import { shown, written } from "./support";
import { defined } from "../lists";

/** The sum of written values, or undefined when one of them is not a number. */
export function sumWritten(values: readonly (Written | undefined)[]): number | undefined {
  let sum = 0;
  for (const w of values) {
    if (!w || w.kind === "empty") continue;
    if (w.kind !== "number") return undefined;
    sum += w.value;
  }
  return sum;
}

/** True when a row has a number in any of its value columns. */
function hasNumbers(row: LabelledRow): boolean {
  return [...row.values.values()].some((w) => w.kind === "number");
}

/**
 * Checks that a total cell equals the sum of its parts in one column. A blank
 * total on a row that has other numbers counts as wrong when the parts add up to
 * something. A total that is a column-sum formula is judged by the rows it adds
 * (see ./formula-totals).
 */
export function* checkSum(
  table: Table,
  total: LabelledRow,
  parts: readonly LabelledRow[],
  col: Column
): Iterable<FindingDraft> {
  const verdict = formulaVerdict(table, total, parts, col);
  if (verdict !== undefined) {
    if (typeof verdict === "object") yield verdict;
    return;
  }
  const sum = sumWritten(parts.map((p) => p.values.get(col.col)));
  const w = total.values.get(col.col);
  if (sum === undefined || !w || w.kind === "text" || w.kind === "error") return;
  if (w.kind === "number" && agrees(sum, w)) return;
  if (w.kind === "empty" && (sum === 0 || !hasNumbers(total))) return;
  const label = total.label || "baris jumlah";
  yield {
    at: w.at,
    table: table.label,
    message: `${col.header} "${label}" ditulis ${written(w)}, padahal jumlah ${parts.length} rinciannya ${shown(sum, 0)}`,
    expected: shown(sum, 0),
    actual: written(w),
    related: defined(parts.map((p) => p.values.get(col.col)?.at)),
  };
}
