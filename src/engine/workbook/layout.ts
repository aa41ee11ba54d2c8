/**
 * Laying out a table the way the report does: a caption, bold header rows, label
 * columns merged over the rows they span, bold total rows, a Sumber line. Each
 * row is marked with what it is, for the table's print layout.
 */
import { CellInputSpec, SheetBuilder } from "./sheet-builder";

/** Writes a caption, one bold line each. */
export function caption(b: SheetBuilder, ...lines: string[]): void {
  for (const line of lines) b.mark(b.row([{ value: line, bold: true }]), "title");
}

/** Writes a bold header row and returns its index. */
export function header(b: SheetBuilder, cells: readonly CellInputSpec[], startCol = 0): number {
  const row = b.row(cells, { bold: true }, startCol);
  b.mark(row, "header");
  return row;
}

/** Writes a bold total row (Jumlah, Total Perbulan, Pertumbuhan) and returns its index. */
export function total(b: SheetBuilder, cells: readonly CellInputSpec[]): number {
  const row = b.row(cells, { bold: true });
  b.mark(row, "total");
  return row;
}

/** Merges a label column over rows that share the same key, keeping the value in the first. */
export function mergeRuns(
  b: SheetBuilder,
  col: number,
  rows: readonly { row: number; key: string }[]
): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i].key !== rows[start].key) {
      const first = rows[start].row;
      const last = rows[i - 1].row;
      for (let r = first + 1; r <= last; r++) b.set(r, col, null);
      b.merge(first, col, last, col);
      start = i;
    }
  }
}

/** Writes a Sumber line. */
export function sumber(
  b: SheetBuilder,
  text = "Sumber : diolah Asisten LKjIP dari lembar sumber"
): void {
  b.mark(b.row([text]), "source");
}

/** A group of columns under one title in a two-row header ("Tahun 2022" over Target · Realisasi · Capaian). */
export interface HeaderGroup {
  readonly title: string;
  readonly columns: readonly string[];
}

/**
 * Two bold header rows: `leading` and `trailing` labels span both rows; each group's
 * title spans its columns in the first row, its column names fill the second.
 * Returns the first header row's index.
 */
export function groupedHeader(
  b: SheetBuilder,
  leading: readonly (string | null)[],
  groups: readonly HeaderGroup[],
  trailing: readonly (string | null)[] = []
): number {
  const top = header(b, [
    ...leading,
    ...groups.flatMap((g) => [g.title, ...g.columns.slice(1).map(() => null)]),
    ...trailing,
  ]);
  header(b, [
    ...leading.map(() => null),
    ...groups.flatMap((g) => g.columns),
    ...trailing.map(() => null),
  ]);
  const spanning = [...leading.map((_, i) => i)];
  let col = leading.length;
  for (const g of groups) {
    b.merge(top, col, top, col + g.columns.length - 1);
    col += g.columns.length;
  }
  trailing.forEach((_, i) => spanning.push(col + i));
  for (const c of spanning) b.merge(top, c, top + 1, c);
  return top;
}
