/**
 * Tables whose headers name no column the reader knows (`Perkara Masuk`,
 * `Laki-laki`, `NRR Tertimbang`, a capaian headed only by its indicator): a block
 * of rows with numbers under a band of header text, found from the layout alone.
 * Every column that holds numbers becomes a column of the table, with the role
 * its header stack gives, or `angka`; the numbers then say what it means.
 */
import { a1 } from "../workbook/address";
import { isCaptionRow, isSumber } from "./captions";
import { Grid } from "./grid";
import { isColumnNumberRow, isYearRow, readStack } from "./header-band";
import { Column, Table } from "./table";
import { tableOf } from "./table-of";
import { readWritten } from "./written";

const MAX_HEADER_ROWS = 4;

function numberCells(grid: Grid, row: number): number[] {
  const cols: number[] = [];
  for (let c = 0; c < grid.width; c++) {
    if (grid.originOf(row, c).col !== c) continue;
    if (readWritten(grid, row, c).kind === "number") cols.push(c);
  }
  return cols;
}

function isBandRow(grid: Grid, row: number): boolean {
  return isYearRow(grid, row, 0, grid.width - 1) || isColumnNumberRow(grid, row, 0, grid.width - 1);
}

/** A row of a table's body: it holds a number that is not a year of a year row or a column number. */
function isDataRow(grid: Grid, row: number): boolean {
  return numberCells(grid, row).length > 0 && !isBandRow(grid, row);
}

/** A row of header text: words only (or years / column numbers), not a caption or source line. */
function isHeaderText(grid: Grid, row: number): boolean {
  if (grid.isBlankRow(row) || isCaptionRow(grid, row) || isSumber(grid.text(row, 0))) return false;
  return numberCells(grid, row).length === 0 || isBandRow(grid, row);
}

/**
 * The columns of a block that hold numbers in at least half its data rows: the
 * role its header stack names, else `angka`. Columns already known are skipped.
 */
export function numericColumnsIn(
  grid: Grid,
  header: { readonly top: number; readonly bottom: number },
  body: { readonly first: number; readonly last: number },
  span: { readonly left: number; readonly right: number } = { left: 0, right: grid.width - 1 },
  known: readonly Column[] = []
): Column[] {
  const taken = new Set(known.map((c) => c.col));
  const candidates: number[] = [];
  for (let col = span.left; col <= span.right; col++) if (!taken.has(col)) candidates.push(col);
  if (candidates.length === 0) return [];
  const columns: Column[] = [];
  const dataRows: number[] = [];
  for (let r = body.first; r <= body.last; r++) if (isDataRow(grid, r)) dataRows.push(r);
  if (dataRows.length === 0) return [];
  const numbering: boolean[] = [];
  for (let r = header.top; r <= header.bottom; r++)
    numbering.push(isColumnNumberRow(grid, r, 0, grid.width - 1));
  for (const col of candidates) {
    const numbers = dataRows.filter((r) => {
      if (grid.originOf(r, col).col !== col) return false;
      return readWritten(grid, r, col).kind === "number";
    }).length;
    if (numbers * 2 < dataRows.length || numbers === 0) continue;
    const texts: string[] = [];
    const widths: number[] = [];
    for (let r = header.top; r <= header.bottom; r++) {
      if (numbering[r - header.top]) continue;
      const cell = grid.cell(r, col);
      texts.push(typeof cell?.value === "number" ? String(cell.value) : grid.text(r, col));
      widths.push(grid.widthOf(r, col));
    }
    const reading = readStack(texts, widths);
    columns.push({
      col,
      role: reading?.role ?? "angka",
      year: reading?.year,
      index: reading?.index,
      header: reading?.header ?? (texts.filter(Boolean).join(" ") || a1(header.bottom, col)),
    });
  }
  return columns;
}

/** The last row of a block of data starting at `first`: up to two blanks, a caption, a source line. */
function blockEnd(grid: Grid, first: number, claimed: (row: number) => boolean): number {
  let last = first;
  let blanks = 0;
  for (let r = first + 1; r < grid.height && !claimed(r); r++) {
    if (isCaptionRow(grid, r) || isSumber(grid.text(r, 0)) || isSumber(grid.text(r, 1))) break;
    if (grid.isBlankRow(r)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isDataRow(grid, r)) last = r;
    else if (isHeaderText(grid, r) && isDataRow(grid, r + 1) && !isDataRow(grid, r - 1)) break;
  }
  return last;
}

/** The band of header text above a block's first data row. */
function headerAbove(grid: Grid, first: number, floor: number): number | undefined {
  let top = first;
  while (top - 1 >= floor && first - top < MAX_HEADER_ROWS && isHeaderText(grid, top - 1)) top--;
  return top < first ? top : undefined;
}

/**
 * Tables found from the layout alone, in rows no known table holds. A block
 * needs a header above it, two data rows, and a column of numbers.
 */
export function findBlocks(
  grid: Grid,
  sheetName: string,
  claimed: (row: number) => boolean,
  numbered: number
): Table[] {
  const tables: Table[] = [];
  let floor = 0;
  for (let r = 0; r < grid.height; r++) {
    if (claimed(r)) {
      floor = r + 1;
      continue;
    }
    if (!isDataRow(grid, r)) continue;
    const top = headerAbove(grid, r, floor);
    const last = blockEnd(grid, r, claimed);
    if (top === undefined) {
      r = last;
      continue;
    }
    const table = blockTable(
      grid,
      sheetName,
      { top, bottom: r - 1 },
      { first: r, last },
      floor,
      numbered + tables.length
    );
    if (table) tables.push(table);
    floor = last + 1;
    r = last;
  }
  return tables;
}

function blockTable(
  grid: Grid,
  sheetName: string,
  header: { top: number; bottom: number },
  body: { first: number; last: number },
  floor: number,
  index: number
): Table | undefined {
  let dataRows = 0;
  for (let r = body.first; r <= body.last; r++) if (isDataRow(grid, r)) dataRows++;
  const columns = numericColumnsIn(grid, header, body);
  if (dataRows < 2 || columns.length === 0) return undefined;
  return tableOf(grid, sheetName, {
    header,
    body,
    columns,
    numbering: { left: 0, right: grid.width - 1 },
    floor,
    index,
  });
}
