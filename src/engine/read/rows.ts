/**
 * Rows of tables that add up: a label, numbers per column, and whether the row
 * is a total ("Jumlah", "Total", "Jumlah PAD", "Total Perbulan"). A "Rata-rata"
 * row is not a total.
 */
import { cleanText } from "../text";
import { CellRef } from "../workbook/address";
import { Role } from "./header-roles";
import { Grid } from "./grid";
import { Column, Table } from "./table";
import { RowValues } from "./row-values";
import { readWritten, Written, WrittenNumber } from "./written";

/** Labels that mark a total row. */
export const TOTAL_LABEL = /^(jumlah|total|grand total|sub ?total|jml\b|[σ∑])/i;

/** Labels that are only a total's name ("Jumlah", "Total Keseluruhan", "Σ"), never an item's. */
export const BARE_TOTAL_LABEL =
  /^(jumlah|total|grand total|sub ?total|jml|[σ∑])\.?(\s+(total|keseluruhan|akhir|seluruhnya|semua|umum|nilai))?\s*:?$/i;

/** Labels that mark a mean row ("Rata-rata", "Rerata"). */
export const MEAN_LABEL = /^(nilai\s+)?(rata[\s-]*rata|rata2|rerata)\b/i;

/** Roles whose columns hold labels rather than numbers. */
const LABEL_ROLES: ReadonlySet<Role> = new Set<Role>([
  "program",
  "kegiatan",
  "subkegiatan",
  "uraian",
  "desa",
  "nama",
  "jenis",
  "indikator",
  "sasaran",
]);

/** One row of a table that adds up. */
export interface LabelledRow {
  readonly row: number;
  /** The deepest label written on the row. */
  readonly label: string;
  readonly labelAt: CellRef;
  /** Label texts per label column, left to right (empty string where blank). */
  readonly labels: readonly string[];
  readonly isTotal: boolean;
  /** The row is a mean of the rows above ("Rata-rata"). */
  readonly isMean: boolean;
  /** The written value of each column, by column index. */
  readonly values: ReadonlyMap<number, Written>;
}

/** The columns that hold labels: label roles, and unheaded columns left of the first value column. */
export function labelColumns(table: Table): number[] {
  const roleAt = new Map(table.columns.map((c) => [c.col, c.role]));
  const isValue = (role: Role) => !LABEL_ROLES.has(role) && role !== "no" && role !== "kode";
  const firstValue = Math.min(...table.columns.filter((c) => isValue(c.role)).map((c) => c.col));
  const left = Math.max(0, Math.min(...roleAt.keys()) - 1);
  const cols: number[] = [];
  for (let c = left; c < firstValue; c++) {
    const role = roleAt.get(c);
    if (role === undefined || LABEL_ROLES.has(role)) cols.push(c);
  }
  for (const c of table.columns)
    if (LABEL_ROLES.has(c.role) && c.col > firstValue) cols.push(c.col);
  return cols;
}

const rowCache = new WeakMap<Table, Map<string, LabelledRow[]>>();

/** Every non-blank row of a table with its labels and values (read once per table and columns). */
export function labelledRows(table: Table, valueColumns: readonly Column[]): LabelledRow[] {
  const key = valueColumns.map((c) => c.col).join(",");
  let perTable = rowCache.get(table);
  if (!perTable) rowCache.set(table, (perTable = new Map()));
  let rows = perTable.get(key);
  if (!rows) perTable.set(key, (rows = readLabelledRows(table, valueColumns)));
  return rows;
}

/** The columns where a row's lead text may be written: left of the table's values (a "Jumlah" typed in the No column). */
function leadColumns(table: Table): { from: number; upTo: number } {
  const first = table.columns.reduce((m, c) => Math.min(m, c.col), Infinity);
  const upTo = table.columns.find((c) => c.role !== "no" && c.role !== "kode")?.col ?? first;
  return { from: Math.max(0, first - 1), upTo };
}

/** The first text written on a row in its lead columns. */
function leadText(table: Table, row: number, lead: { from: number; upTo: number }): string {
  for (let c = lead.from; c < lead.upTo; c++) {
    const text = table.grid.text(row, c);
    if (text) return text;
  }
  return "";
}

/** What a row says by its labels, whatever columns are read beside them. */
interface RowLabels {
  readonly label: string;
  /** Where the deepest label is, or undefined when the table has no label column. */
  readonly labelAt?: CellRef;
  readonly labels: readonly string[];
  readonly isTotal: boolean;
  readonly isMean: boolean;
}

/** A table's rows' labels, each read once, with the columns they are read from. */
interface TableLabels {
  readonly labelCols: readonly number[];
  readonly lead: { from: number; upTo: number };
  readonly rows: RowLabels[];
}

const labelCache = new WeakMap<Table, TableLabels>();

/** The table's label columns and the rows' labels read so far. */
function tableLabels(table: Table): TableLabels {
  let found = labelCache.get(table);
  if (!found) {
    found = { labelCols: labelColumns(table), lead: leadColumns(table), rows: [] };
    labelCache.set(table, found);
  }
  return found;
}

/** A row's labels, read once per table and row. */
function rowLabels(table: Table, labels: TableLabels, row: number): RowLabels {
  const known = labels.rows[row - table.firstRow];
  if (known) return known;
  const grid = table.grid;
  const { labelCols } = labels;
  const texts = new Array<string>(labelCols.length);
  let deepest = -1;
  for (let i = 0; i < labelCols.length; i++) {
    texts[i] = grid.text(row, labelCols[i]);
    if (texts[i] !== "") deepest = i;
  }
  const labelCol = deepest >= 0 ? labelCols[deepest] : labelCols[0];
  const lead = leadText(table, row, labels.lead);
  const found: RowLabels = {
    label: deepest >= 0 ? texts[deepest] : "",
    labelAt: labelCol === undefined ? undefined : grid.ref(row, labelCol),
    labels: texts,
    isTotal: TOTAL_LABEL.test(lead) || texts.some((l) => TOTAL_LABEL.test(l)),
    isMean: MEAN_LABEL.test(lead) || texts.some((l) => MEAN_LABEL.test(l)),
  };
  labels.rows[row - table.firstRow] = found;
  return found;
}

/** True when some of the row's cells in these columns holds something. */
function anyWritten(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (const col of cols) if (readWritten(grid, row, col).kind !== "empty") return true;
  return false;
}

/** True when some of the row's cells in these columns shows text. */
function anyText(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (const col of cols) if (grid.text(row, col) !== "") return true;
  return false;
}

function readLabelledRows(table: Table, valueColumns: readonly Column[]): LabelledRow[] {
  const grid = table.grid;
  const tableLabelled = tableLabels(table);
  const cols = [...new Set(valueColumns.map((c) => c.col))];
  const rows: LabelledRow[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    if (!anyWritten(grid, row, cols) && !anyText(grid, row, tableLabelled.labelCols)) continue;
    const { label, labelAt, labels, isTotal, isMean } = rowLabels(table, tableLabelled, row);
    rows.push({
      row,
      label,
      labelAt: labelAt ?? grid.ref(row, valueColumns[0].col),
      labels,
      isTotal,
      isMean,
      values: new RowValues(grid, row, cols),
    });
  }
  return rows;
}

/** The number written in a row's column, or undefined. */
export function numberIn(row: LabelledRow, col: Column): WrittenNumber | undefined {
  const w = row.values.get(col.col);
  return w?.kind === "number" ? w : undefined;
}

const WORDED = /^(\d+(\.\d+)*\.?\s*)?(sub\s*kegiatan|kegiatan|program)\b/i;

/** The depth of a label that names its level (`Program …`, `Kegiatan …`, `1. Sub Kegiatan …`), else undefined. */
export function wordedDepth(label: string): number | undefined {
  return WORDED.test(label) ? labelDepth(label) : undefined;
}

/** How deep a label sits in a hierarchy: `Program` 0, `Kegiatan` 1, `Sub Kegiatan` 2, `1.2.` by its dots. */
export function labelDepth(label: string): number | undefined {
  const text = cleanText(label).toLowerCase();
  const numbered = /^(\d+(?:\.\d+)*)\.?\s*/.exec(text);
  const rest = numbered ? text.slice(numbered[0].length) : text;
  if (/^sub\s*kegiatan\b/.test(rest)) return 2;
  if (/^kegiatan\b/.test(rest)) return 1;
  if (/^program\b/.test(rest)) return 0;
  if (numbered) return numbered[1].split(".").length - 1;
  return undefined;
}
