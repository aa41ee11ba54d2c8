/**
 * Flat tables that add up (PADes, APBDes, PATEN, efficiency per program): rows,
 * the columns that add up, the total rows with the rows they total, and the row
 * total column of PATEN.
 */
import { Role } from "./header-roles";
import { LabelledRow, labelledRows } from "./rows";
import { Column, Table } from "./table";

/** A flat table read into rows and totals. */
export interface SumTable {
  readonly table: Table;
  readonly rows: readonly LabelledRow[];
  /** Columns that add up down the table. */
  readonly summed: readonly Column[];
  /** Columns whose values add up across a row (the months of PATEN). */
  readonly across: readonly Column[];
  /** The column holding the across-sum (PATEN's Jumlah / Keterangan). */
  readonly rowTotal?: Column;
  /** Each total row with the rows it totals. */
  readonly totals: readonly {
    readonly total: LabelledRow;
    readonly parts: readonly LabelledRow[];
  }[];
}

const SUMMED: ReadonlySet<Role> = new Set<Role>([
  "nilai",
  "pagu",
  "realisasi",
  "sisa",
  "bulan",
  "jumlah",
  "realisasiAnggaran",
]);

function groupTotals(rows: readonly LabelledRow[]): SumTable["totals"] {
  const totals: { total: LabelledRow; parts: LabelledRow[] }[] = [];
  let parts: LabelledRow[] = [];
  let sections: LabelledRow[] = [];
  for (const row of rows) {
    if (row.isMean) continue;
    if (!row.isTotal) {
      parts.push(row);
      continue;
    }
    if (parts.length) {
      totals.push({ total: row, parts });
      sections.push(row);
    } else if (sections.length) {
      totals.push({ total: row, parts: sections });
      sections = [];
    }
    parts = [];
  }
  return totals;
}

/** Reads a flat table that adds up. */
export function readSumTable(table: Table): SumTable {
  const across = table.columns.filter((c) => c.role === "bulan");
  const rowTotal = across.length
    ? table.columns.find(
        (c) => (c.role === "jumlah" || c.role === "ket") && c.col > across[across.length - 1].col
      )
    : undefined;
  const performance = table.columns.some((c) => c.role === "target");
  const summed = table.columns.filter(
    (c) => (SUMMED.has(c.role) && !(performance && c.role === "realisasi")) || c === rowTotal
  );
  const rows = labelledRows(table, summed);
  return { table, rows, summed, across, rowTotal, totals: groupTotals(rows) };
}
