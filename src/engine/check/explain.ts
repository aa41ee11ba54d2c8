/**
 * Why the checker reads a workbook the way it does (`lkjip periksa --jelaskan`):
 * per table found, where it is, the role of each column (from its header, or
 * `angka` where only the numbers tell), every relationship inferred with its
 * support, every labelled total or mean with how many of its cells hold, and
 * for a budget table the hierarchy read (from which columns, each row's level).
 */
import { BudgetTable } from "../read/budget";
import { inferTable } from "../read/inference";
import { relationText } from "../read/relations";
import { ReportModel } from "../read/report";
import { Table } from "../read/table";
import { a1, columnLetters } from "../workbook/address";

/** One column as the reader took it. */
export interface ColumnExplanation {
  readonly column: string;
  readonly header: string;
  readonly role: string;
  readonly year?: number;
}

/** One relationship a column follows, with its support. */
export interface RelationExplanation {
  readonly relation: string;
  readonly support: number;
  readonly rows: number;
  /** The table's own word for it, when the table states it. */
  readonly declared?: string;
  /** Rows where it fails, 1-based. */
  readonly fails: readonly number[];
}

/** A labelled total or mean row. */
export interface TotalExplanation {
  readonly row: number;
  readonly label: string;
  readonly kind: "jumlah" | "rata";
  /** Columns checked, and those that hold. */
  readonly columns: readonly string[];
  readonly holds: readonly string[];
}

/** The hierarchy read in a budget table: from where, and each row's level. */
export interface HierarchyExplanation {
  /** `kode`, `kolom`, `label`, `gaya`, `jumlah` or `datar`. */
  readonly source: string;
  /** The columns the levels were read from (code or program/kegiatan columns). */
  readonly columns: readonly string[];
  /** Each row (1-based) with its level (0 at the top). */
  readonly levels: readonly { readonly row: number; readonly level: number }[];
}

/** One table as the reader and the inference see it. */
export interface TableExplanation {
  readonly table: string;
  readonly sheet: string;
  readonly kind: string;
  /** `A3:H4` header band, `A5:H20` body. */
  readonly header: string;
  readonly body: string;
  readonly columns: readonly ColumnExplanation[];
  readonly relations: readonly RelationExplanation[];
  readonly totals: readonly TotalExplanation[];
  readonly hierarchy?: HierarchyExplanation;
}

function span(table: Table, top: number, bottom: number): string {
  const cols = table.columns.map((c) => c.col);
  return `${a1(top, Math.min(...cols))}:${a1(bottom, Math.max(...cols))}`;
}

function totalsOf(table: Table): TotalExplanation[] {
  const byRow = new Map<number, TotalExplanation>();
  for (const t of inferTable(table).totals) {
    const known = byRow.get(t.row.row);
    const col = columnLetters(t.column.col);
    byRow.set(t.row.row, {
      row: t.row.row + 1,
      label: t.row.label,
      kind: t.kind,
      columns: [...(known?.columns ?? []), col],
      holds: t.holds ? [...(known?.holds ?? []), col] : (known?.holds ?? []),
    });
  }
  return [...byRow.values()];
}

const LEVEL_ROLES: Readonly<Record<string, readonly string[]>> = {
  kode: ["kode"],
  kolom: ["program", "kegiatan", "subkegiatan"],
};

function hierarchyOf(budget: BudgetTable | undefined): HierarchyExplanation | undefined {
  if (!budget) return undefined;
  const roles = LEVEL_ROLES[budget.source] ?? [];
  return {
    source: budget.source,
    columns: budget.table.columns
      .filter((c) => roles.includes(c.role))
      .map((c) => columnLetters(c.col)),
    levels: budget.nodes.map((n) => ({ row: n.row.row + 1, level: n.level })),
  };
}

/** Explains one table (with the hierarchy read, for a budget table). */
export function explainTable(table: Table, budget?: BudgetTable): TableExplanation {
  const inference = inferTable(table);
  return {
    table: table.label,
    sheet: table.sheet,
    kind: table.kind,
    header: span(table, table.headerTop, table.headerRow),
    body: span(table, table.firstRow, table.lastRow),
    columns: table.columns.map((c) => ({
      column: columnLetters(c.col),
      header: c.header,
      role: c.role,
      ...(c.year !== undefined ? { year: c.year } : {}),
    })),
    relations: inference.relations.map((r) => ({
      relation: relationText(r),
      support: r.support,
      rows: r.applicable,
      ...(r.declared ? { declared: r.declared } : {}),
      fails: r.failures.map((f) => f.row.row + 1),
    })),
    totals: totalsOf(table),
    ...(budget ? { hierarchy: hierarchyOf(budget) } : {}),
  };
}

/** Explains every table of a report model. */
export function explainModel(model: ReportModel): TableExplanation[] {
  return model.tables.map((t) =>
    explainTable(
      t,
      model.budgets.find((b) => b.table === t)
    )
  );
}
