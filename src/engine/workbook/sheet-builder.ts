/**
 * Building a sheet snapshot row by row: captions, one or two header rows with
 * merges, data rows with formats, a Sumber line. Used for the sample workbook and
 * for generated tables (which also get their print layout), and by tests to
 * hand-build workbooks.
 */
import { CellSnapshot, CellValue, MergeRange, SheetSnapshot } from "./snapshot";
import { layOutTable, RowRole } from "./table-layout";

/** A cell to write: a bare value, or a value with its formula and format. */
export type CellInputSpec = CellValue | undefined | (Partial<CellSnapshot> & { value: CellValue });

function toCell(spec: CellInputSpec, defaults: Partial<CellSnapshot>): CellSnapshot | undefined {
  if (spec === undefined) return undefined;
  if (spec !== null && typeof spec === "object") return { ...defaults, ...spec };
  if (spec === null) return undefined;
  return { ...defaults, value: spec };
}

/** Accumulates rows and merges for one sheet. */
export class SheetBuilder {
  private readonly rows: (CellSnapshot | undefined)[][] = [];
  private readonly merges: MergeRange[] = [];
  private readonly roles = new Map<number, RowRole>();

  constructor(readonly name: string) {}

  /** The 0-based index the next row will get. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Appends a row; `defaults` (bold, numFmt…) apply to each of its cells. */
  row(cells: readonly CellInputSpec[], defaults: Partial<CellSnapshot> = {}, startCol = 0): number {
    const row: (CellSnapshot | undefined)[] = new Array(startCol).fill(undefined);
    for (const spec of cells) row.push(toCell(spec, defaults));
    this.rows.push(row);
    return this.rows.length - 1;
  }

  /** Appends an empty row. */
  blank(): number {
    return this.row([]);
  }

  /** Merges a block (0-based, inclusive). */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** Sets one cell. */
  set(row: number, col: number, spec: CellInputSpec): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length <= col) r.push(undefined);
    r[col] = toCell(spec, {});
  }

  /** Says what a row is (title, header, total, source); unmarked rows are body rows. */
  mark(row: number, role: RowRole): void {
    this.roles.set(row, role);
  }

  /** The finished sheet. */
  build(): SheetSnapshot {
    return { name: this.name, rows: this.rows.map((r) => [...r]), merges: [...this.merges] };
  }

  /** The finished sheet laid out as a report table, from the rows' marks and content. */
  buildTable(): SheetSnapshot {
    return layOutTable(this.build(), this.roles);
  }
}
