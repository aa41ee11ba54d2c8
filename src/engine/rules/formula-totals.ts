/**
 * Judging a total that is a formula by the rows it adds: a row added twice, or a
 * range that stops short of its block (the classic spreadsheet mistake), is the
 * finding; a formula that adds exactly its block is right whatever the cached
 * sum; one that adds other rows than this reading of the table expects is left
 * alone, since the formula, not the reading, says what the total is.
 */
import { FindingDraft } from "../finding";
import { formulaSum } from "../read/formula-sum";
import { LabelledRow } from "../read/rows";
import { Column, Table } from "../read/table";
import { numberOf } from "../read/written";
import { shown, written } from "./support";

/** What a total's formula says: a finding, right (`tepat`), or another reading (`lain`). */
export type FormulaVerdict = FindingDraft | "tepat" | "lain";

/** Missing rows related to a finding, at most. */
const RELATED_ROWS = 20;

/** Rows as people count them (1-based), listed. */
function rowList(rows: readonly number[]): string {
  return rows.map((r) => r + 1).join(", ");
}

/** The rows missing at either end of a contiguous range, when the rest of the block is in it. */
function missingAtEnds(added: readonly number[], block: readonly number[]): number[] | undefined {
  const inBlock = new Set(block);
  if (!added.every((r) => inBlock.has(r))) return undefined;
  const first = added.reduce((m, r) => Math.min(m, r), Infinity);
  const last = added.reduce((m, r) => Math.max(m, r), -Infinity);
  if (last - first + 1 !== added.length) return undefined;
  const missing = block.filter((r) => r < first || r > last);
  const inside = block.filter((r) => r >= first && r <= last);
  return missing.length && inside.length === added.length ? missing : undefined;
}

/**
 * The verdict on a total cell's formula over `parts` in column `col`, or
 * undefined when the cell has no column-sum formula (then it is recomputed).
 */
export function formulaVerdict(
  table: Table,
  total: LabelledRow,
  parts: readonly LabelledRow[],
  col: Column
): FormulaVerdict | undefined {
  const cell = table.grid.cell(total.row, col.col);
  const sum = formulaSum(cell?.formula, col.col);
  const w = total.values.get(col.col);
  if (!sum || !w) return undefined;
  const label = total.label || "baris jumlah";
  const base = { at: w.at, table: table.label, actual: written(w) };
  const seen = new Set<number>();
  const twice: number[] = [];
  for (const r of sum.rows) {
    if (seen.has(r)) twice.push(r);
    else seen.add(r);
  }
  if (twice.length)
    return {
      ...base,
      message: `Rumus ${col.header} "${label}" (=${cell!.formula}) menjumlahkan baris ${rowList([...new Set(twice)])} dua kali`,
      expected: "setiap baris sekali",
    };
  const block = parts.map((p) => p.row);
  const inBlock = new Set(block);
  const added = [...seen];
  if (added.length === block.length && added.every((r) => inBlock.has(r))) return "tepat";
  const missing = missingAtEnds(added, block);
  const partAt = new Map(parts.map((p) => [p.row, p]));
  const byRow = new Map(parts.map((p) => [p.row, numberOf(p.values.get(col.col))]));
  if (!missing?.some((r) => (byRow.get(r) ?? 0) !== 0)) return "lain";
  const whole = block.reduce((s, r) => s + (byRow.get(r) ?? 0), 0);
  return {
    ...base,
    message: `Rumus ${col.header} "${label}" (=${cell!.formula}) tidak menjumlahkan baris ${rowList(missing)} dari bloknya; seluruh ${block.length} baris berjumlah ${shown(whole, 0)}`,
    expected: shown(whole, 0),
    related: missing.slice(0, RELATED_ROWS).map((r) => partAt.get(r)!.values.get(col.col)!.at),
  };
}
