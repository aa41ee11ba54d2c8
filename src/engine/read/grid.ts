/**
 * A sheet seen through its merged cells: every cell of a merged block reads as
 * the block's top-left cell, and remembers where that cell is.
 */
import { cleanText } from "../text";
import { CellSnapshot, SheetSnapshot, sheetWidth } from "../workbook/snapshot";
import { CellRef, sheetCell } from "../workbook/address";

/** A cell reference whose A1 name is built only when a finding needs it. */
class SheetCellRef implements CellRef {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number
  ) {}

  get address(): string {
    return sheetCell(this.sheet, this.row, this.col);
  }
}

/** The row `row` of a per-row cache, made on first use; a throwaway row outside the sheet. */
function rowOf<T>(rows: T[][], row: number): T[] {
  if (!(row >= 0 && row < rows.length)) return [];
  return (rows[row] ??= []);
}

/**
 * A sheet with merged blocks resolved. What is read from a cell (its text, what it
 * is written as) is kept in per-row arrays, so that reading a cell again costs an
 * array access and the first read allocates nothing beyond the value itself.
 */
export class Grid {
  readonly height: number;
  readonly width: number;
  private readonly origin = new Map<number, number>();
  private readonly widths = new Map<number, number>();
  private readonly texts: string[][];
  private readonly reads: unknown[][];

  constructor(readonly sheet: SheetSnapshot) {
    this.height = sheet.rows.length;
    this.width = sheetWidth(sheet);
    this.texts = new Array<string[]>(this.height);
    this.reads = new Array<unknown[]>(this.height);
    for (const m of sheet.merges) {
      this.widths.set(this.key(m.top, m.left), m.right - m.left + 1);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.origin.set(this.key(r, c), this.key(m.top, m.left));
        }
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The row of a key. */
  private keyRow(key: number): number {
    return Math.floor(key / 16384);
  }

  /** The column of a key. */
  private keyCol(key: number): number {
    return key % 16384;
  }

  /** The merge origin's key of a position inside a merged block (not its top-left), else undefined. */
  private merged(row: number, col: number): number | undefined {
    return this.origin.size === 0 ? undefined : this.origin.get(this.key(row, col));
  }

  /** True when the position is inside a merged block (its top-left included). */
  inMerge(row: number, col: number): boolean {
    if (this.widths.size === 0) return false;
    const key = this.key(row, col);
    return this.origin.has(key) || this.widths.has(key);
  }

  /** The position whose value this cell shows (itself, or its merge's top-left). */
  originOf(row: number, col: number): { row: number; col: number } {
    const k = this.merged(row, col);
    return k === undefined ? { row, col } : { row: this.keyRow(k), col: this.keyCol(k) };
  }

  /** How many columns the cell shown at a position spans (1 unless merged across). */
  widthOf(row: number, col: number): number {
    const o = this.originOf(row, col);
    return this.widths.get(this.key(o.row, o.col)) ?? 1;
  }

  /** The cell shown at a position, merges resolved. */
  cell(row: number, col: number): CellSnapshot | undefined {
    const k = this.merged(row, col);
    if (k === undefined) return this.sheet.rows[row]?.[col];
    return this.sheet.rows[this.keyRow(k)]?.[this.keyCol(k)];
  }

  /** The reference of the cell shown at a position (its merge origin). */
  ref(row: number, col: number): CellRef {
    const k = this.merged(row, col);
    return k === undefined
      ? new SheetCellRef(this.sheet.name, row, col)
      : new SheetCellRef(this.sheet.name, this.keyRow(k), this.keyCol(k));
  }

  /** The cell's value as clean text ("" for empty). */
  text(row: number, col: number): string {
    const texts = rowOf(this.texts, row);
    const known = texts[col];
    if (known !== undefined) return known;
    const v = this.cell(row, col)?.value;
    const text =
      v === null || v === undefined ? "" : typeof v === "string" ? cleanText(v) : String(v);
    texts[col] = text;
    return text;
  }

  /** The value `remember` kept for a cell, or undefined when none was kept (no closure to call). */
  recalled(row: number, col: number): unknown {
    const reads = this.reads[row];
    return reads === undefined ? undefined : reads[col];
  }

  /** Keeps a value (not undefined) derived from one cell: rules read the same cells many times. */
  remember(row: number, col: number, value: unknown): void {
    rowOf(this.reads, row)[col] = value;
  }

  /** True when every cell of the row (within `from`..`to`) is empty. */
  isBlankRow(row: number, from = 0, to = this.width - 1): boolean {
    for (let c = from; c <= to; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}
