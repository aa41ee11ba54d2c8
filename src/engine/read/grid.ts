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

/** A sheet with merged blocks resolved. */
export class Grid {
  readonly height: number;
  readonly width: number;
  private readonly origin = new Map<number, number>();
  private readonly widths = new Map<number, number>();
  private readonly texts = new Map<number, string>();
  private readonly reads = new Map<number, unknown>();

  constructor(readonly sheet: SheetSnapshot) {
    this.height = sheet.rows.length;
    this.width = sheetWidth(sheet);
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

  /** The position whose value this cell shows (itself, or its merge's top-left). */
  originOf(row: number, col: number): { row: number; col: number } {
    const k = this.origin.get(this.key(row, col));
    return k === undefined ? { row, col } : { row: Math.floor(k / 16384), col: k % 16384 };
  }

  /** How many columns the cell shown at a position spans (1 unless merged across). */
  widthOf(row: number, col: number): number {
    const o = this.originOf(row, col);
    return this.widths.get(this.key(o.row, o.col)) ?? 1;
  }

  /** The cell shown at a position, merges resolved. */
  cell(row: number, col: number): CellSnapshot | undefined {
    const o = this.originOf(row, col);
    return this.sheet.rows[o.row]?.[o.col];
  }

  /** The reference of the cell shown at a position (its merge origin). */
  ref(row: number, col: number): CellRef {
    const o = this.originOf(row, col);
    return new SheetCellRef(this.sheet.name, o.row, o.col);
  }

  /** The cell's value as clean text ("" for empty). */
  text(row: number, col: number): string {
    const key = this.key(row, col);
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    const v = this.cell(row, col)?.value;
    const text =
      v === null || v === undefined ? "" : typeof v === "string" ? cleanText(v) : String(v);
    this.texts.set(key, text);
    return text;
  }

  /** A value derived from one cell, computed once: rules read the same cells many times. */
  memo<T>(row: number, col: number, make: () => T): T {
    const key = this.key(row, col);
    if (this.reads.has(key)) return this.reads.get(key) as T;
    const value = make();
    this.reads.set(key, value);
    return value;
  }

  /** True when every cell of the row (within `from`..`to`) is empty. */
  isBlankRow(row: number, from = 0, to = this.width - 1): boolean {
    for (let c = from; c <= to; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}
