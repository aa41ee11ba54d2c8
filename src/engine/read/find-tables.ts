/**
 * Finding report-style tables anywhere in a sheet: a header row (possibly under a
 * group row such as "Tahun 2022" over three columns), an optional caption such as
 * "Tabel 3.4 …" above it, and the data rows below until a "Sumber" line, a blank
 * gap, or the next table.
 */
import { SheetSnapshot } from "../workbook/snapshot";
import { Grid } from "./grid";
import { isColumnNumberRow, isSubHeaderRow, isYearRow, readStack } from "./header-band";
import { HeaderReading, NUMERIC_ROLES, readHeader, Role, yearIn } from "./header-roles";
import { isCaptionRow, isSumber } from "./captions";
import { findBlocks, numericColumnsIn } from "./find-blocks";
import { Column, Table } from "./table";
import { tableOf } from "./table-of";

/** Roles that make a row a header: the numeric ones, and a report date column. */
const VALUE_ROLES: ReadonlySet<Role> = new Set<Role>([...NUMERIC_ROLES, "lapor"]);

function readingsOf(grid: Grid, row: number): Map<number, HeaderReading> {
  const readings = new Map<number, HeaderReading>();
  for (let c = 0; c < grid.width; c++) {
    const cell = grid.cell(row, c);
    if (!cell || typeof cell.value !== "string") continue;
    const reading = readHeader(cell.value);
    if (reading) readings.set(c, reading);
  }
  return readings;
}

function rowHasNumber(grid: Grid, row: number): boolean {
  for (let c = 0; c < grid.width; c++)
    if (typeof grid.cell(row, c)?.value === "number") return true;
  return false;
}

/** True when a row names enough known columns to be a table's header. */
function isHeaderRow(grid: Grid, row: number, readings: Map<number, HeaderReading>): boolean {
  if (readings.size < 3 || rowHasNumber(grid, row)) return false; // three roles, or three values
  const roles = [...readings.values()].map((r) => r.role);
  const distinct = new Set(roles);
  const values = roles.filter((r) => VALUE_ROLES.has(r)).length;
  return values >= 1 && (distinct.size >= 3 || values >= 3);
}

/** True when every number on a row is a year (`2021 | 2022` over the measures, beside `No`). */
function onlyYearNumbers(grid: Grid, row: number): boolean {
  for (let c = 0; c < grid.width; c++) {
    const v = grid.cell(row, c)?.value;
    if (typeof v === "number" && !(Number.isInteger(v) && v >= 2000 && v <= 2099)) return false;
  }
  return true;
}

/**
 * The row above a header is a group row when one of its cells is merged across
 * columns or down into the header, or when it labels several columns and names a year.
 */
function isGroupRow(grid: Grid, row: number, headerRow: number, cols: number[]): boolean {
  if (row < 0 || isCaptionRow(grid, row)) return false;
  if (rowHasNumber(grid, row) && !onlyYearNumbers(grid, row)) return false;
  const filled = cols.filter((c) => grid.text(row, c) !== "");
  const merged = filled.some((c) => {
    const spans = grid.originOf(row, c + 1).col !== c + 1 || grid.originOf(row, c).col !== c;
    return spans || grid.originOf(headerRow, c).row === row;
  });
  return (
    merged || (filled.length >= 2 && filled.some((c) => yearIn(grid.text(row, c)) !== undefined))
  );
}

/** The rows under a header that still belong to it: sub words, years, column numbers. */
function bandBottom(grid: Grid, headerRow: number, left: number, right: number): number {
  let bottom = headerRow;
  for (let r = headerRow + 1; r < grid.height && r <= headerRow + 3; r++) {
    const sub =
      isYearRow(grid, r, left, right) ||
      isSubHeaderRow(grid, r, left, right) ||
      isColumnNumberRow(grid, r, left, right);
    if (!sub) break;
    bottom = r;
  }
  return bottom;
}

function columnsOf(grid: Grid, top: number, bottom: number, left: number, right: number): Column[] {
  const columns: Column[] = [];
  const numbering: boolean[] = [];
  for (let r = top; r <= bottom; r++) numbering.push(isColumnNumberRow(grid, r, left, right));
  for (let col = left; col <= right; col++) {
    const texts: string[] = [];
    const widths: number[] = [];
    for (let r = top; r <= bottom; r++) {
      if (numbering[r - top]) continue;
      const cell = grid.cell(r, col);
      texts.push(typeof cell?.value === "number" ? String(cell.value) : grid.text(r, col));
      widths.push(grid.widthOf(r, col));
    }
    const reading = readStack(texts, widths);
    if (!reading?.role) continue;
    columns.push({
      col,
      role: reading.role,
      year: reading.year,
      index: reading.index,
      header: reading.header,
    });
  }
  return columns;
}

function lastDataRow(grid: Grid, first: number, left: number, right: number): number {
  let last = first - 1;
  let blanks = 0;
  for (let r = first; r < grid.height; r++) {
    const leading = grid.text(r, left) || grid.text(r, Math.max(0, left - 1));
    if (isSumber(leading) || isCaptionRow(grid, r)) break;
    if (grid.isBlankRow(r, Math.max(0, left - 1), right)) {
      if (++blanks >= 2) break;
      continue;
    }
    if (r > first && !rowHasNumber(grid, r) && isHeaderRow(grid, r, readingsOf(grid, r))) break;
    blanks = 0;
    last = r;
  }
  return last;
}

/** Every table in one sheet, top to bottom. */
export function findTables(sheet: SheetSnapshot): Table[] {
  const grid = new Grid(sheet);
  const tables: Table[] = [];
  let floor = 0;
  for (let r = 0; r < grid.height; r++) {
    if (rowHasNumber(grid, r)) continue;
    let readings = readingsOf(grid, r);
    if (readings.size < 2 || !isHeaderRow(grid, r, readings)) continue;
    const below = readingsOf(grid, r + 1);
    if (
      below.size >= 2 &&
      !rowHasNumber(grid, r + 1) &&
      [...below.values()].some((h) => VALUE_ROLES.has(h.role)) &&
      !isSubHeaderRow(grid, r + 1, 0, grid.width - 1)
    ) {
      r += 1;
      readings = below;
    }
    const keys = [...readings.keys()];
    let top = r;
    while (top - 1 >= floor && top > r - 2 && isGroupRow(grid, top - 1, top, keys)) top--;
    const spanLeft = Math.min(...keys);
    const spanRight = spanOf(grid, top, r, Math.max(...keys));
    const bottom = bandBottom(grid, r, spanLeft, spanRight);
    const named = columnsOf(grid, top, bottom, spanLeft, spanRight);
    if (named.length === 0) continue;
    const left = Math.min(...named.map((c) => c.col));
    const right = Math.max(...named.map((c) => c.col));
    const lastRow = lastDataRow(grid, bottom + 1, left, right);
    const unnamed = numericColumnsIn(
      grid,
      { top, bottom },
      { first: bottom + 1, last: lastRow },
      { left: spanLeft, right: spanRight },
      named
    );
    const columns = [...named, ...unnamed].sort((a, b) => a.col - b.col);
    tables.push(
      tableOf(grid, sheet.name, {
        header: { top, bottom },
        body: { first: bottom + 1, last: lastRow },
        columns,
        numbering: { left, right },
        floor,
        index: tables.length,
      })
    );
    floor = Math.max(lastRow + 1, bottom + 1);
    r = floor - 1;
  }
  const claimed = (row: number) => tables.some((t) => row >= t.headerTop && row <= t.lastRow);
  const blocks = findBlocks(grid, sheet.name, claimed, tables.length);
  return [...tables, ...blocks].sort((a, b) => a.headerTop - b.headerTop);
}

/** The columns a header's rows reach to the right of its known names (merged group cells, unknown names). */
function spanOf(grid: Grid, top: number, row: number, from: number): number {
  const filled = (c: number) => {
    for (let r = top; r <= row; r++) if (grid.text(r, c) !== "") return true;
    return false;
  };
  let right = from;
  while (
    right + 1 < grid.width &&
    (filled(right + 1) || (right + 2 < grid.width && filled(right + 2)))
  )
    right += filled(right + 1) ? 1 : 2;
  return right;
}
