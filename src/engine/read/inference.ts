/**
 * What the numbers of every table say about its columns and rows: the
 * relationship each numeric column follows and each labelled total or mean, read
 * once per report model and shared by the rules and by `--jelaskan`.
 */
import { Column, Table } from "./table";
import { LabelledRow } from "./rows";
import { bodyRows, inferRelations, numericColumns, Relation } from "./relations";
import { ClosedBlock, closedBlocks, RowTotal, rowTotals } from "./row-totals";

/** One table as the numbers read it. */
export interface TableInference {
  readonly table: Table;
  readonly rows: readonly LabelledRow[];
  /** The columns that hold numbers. */
  readonly columns: readonly Column[];
  readonly relations: readonly Relation[];
  /** Each total and mean row with the rows it closes. */
  readonly blocks: readonly ClosedBlock[];
  readonly totals: readonly RowTotal[];
}

const cache = new WeakMap<Table, TableInference>();

/** Reads one table's relationships and totals (once per table). */
export function inferTable(table: Table): TableInference {
  const known = cache.get(table);
  if (known) return known;
  const rows = bodyRows(table);
  const columns = rows.length ? numericColumns(table, rows) : [];
  const relations = inferRelations(table, rows, columns);
  const byColumn = new Map(relations.map((r) => [r.target.col, r]));
  const blocks = closedBlocks(rows);
  const totals = rowTotals(table, rows, blocks, columns, byColumn);
  const inference = { table, rows, columns, relations, blocks, totals };
  cache.set(table, inference);
  return inference;
}
