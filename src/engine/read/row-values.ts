/**
 * The written values of one row in some columns, as a read-only map from column
 * to value that holds no copy: each value is read from the grid (where it is read
 * once per cell) when asked for. A table of 100,000 rows read for three rules
 * otherwise keeps 300,000 small maps alive.
 */
import { Grid } from "./grid";
import { readWritten, Written } from "./written";

/** A row's values in a fixed list of columns (no repeats), in that order. */
export class RowValues implements ReadonlyMap<number, Written> {
  constructor(
    private readonly grid: Grid,
    private readonly row: number,
    private readonly cols: readonly number[]
  ) {}

  get size(): number {
    return this.cols.length;
  }

  get(col: number): Written | undefined {
    return this.cols.includes(col) ? readWritten(this.grid, this.row, col) : undefined;
  }

  has(col: number): boolean {
    return this.cols.includes(col);
  }

  *entries(): MapIterator<[number, Written]> {
    for (const col of this.cols) yield [col, readWritten(this.grid, this.row, col)];
  }

  keys(): MapIterator<number> {
    return this.cols.values();
  }

  *values(): MapIterator<Written> {
    for (const col of this.cols) yield readWritten(this.grid, this.row, col);
  }

  forEach(
    callback: (value: Written, key: number, map: ReadonlyMap<number, Written>) => void,
    thisArg?: unknown
  ): void {
    for (const col of this.cols)
      callback.call(thisArg, readWritten(this.grid, this.row, col), col, this);
  }

  [Symbol.iterator](): MapIterator<[number, Written]> {
    return this.entries();
  }
}
