/**
 * The two written values a sheet holds most of, numbers typed as numbers and
 * empty cells, as objects that build their cell reference (and a number's raw
 * text) only when asked: most cells read are never named in a finding, and a
 * reference object per cell would live as long as the grid that remembers it.
 */
import { CellRef } from "../workbook/address";
import type { Grid } from "./grid";
import type { WrittenEmpty, WrittenNumber } from "./written";

/** Where a value was read: the grid position whose reference is built on first use. */
abstract class ReadAt {
  private ref: CellRef | undefined;

  constructor(
    private readonly grid: Grid,
    private readonly row: number,
    private readonly col: number
  ) {}

  /** The reference of the cell shown at the position (its merge origin). */
  get at(): CellRef {
    return (this.ref ??= this.grid.ref(this.row, this.col));
  }
}

/** A number the sheet holds as a number: its value in the units shown, and the decimals shown. */
export class CellNumber extends ReadAt implements WrittenNumber {
  readonly kind = "number";

  constructor(
    grid: Grid,
    row: number,
    col: number,
    readonly value: number,
    readonly decimals: number,
    private readonly stored: number
  ) {
    super(grid, row, col);
  }

  /** The stored number as JavaScript writes it. */
  get raw(): string {
    return String(this.stored);
  }
}

/** A cell with nothing in it. */
export class CellEmpty extends ReadAt implements WrittenEmpty {
  readonly kind = "empty";
  readonly raw = "";
}
