/**
 * The edges of a table in a sheet: its caption above ("Tabel 3.4 …", possibly
 * over two lines) and the "Sumber" line below it.
 */
import { Grid } from "./grid";

const CAPTION = /^tabel\s*(\d+(?:\.\d+)*)\.?\s*(.*)$/i;
const SUMBER = /^sumber\b/i;

/** True when a text is a table's source line ("Sumber: …"). */
export function isSumber(text: string): boolean {
  return SUMBER.test(text);
}

/** True when a row holds a caption ("Tabel 3.4 …") in one of its first columns. */
export function isCaptionRow(grid: Grid, row: number): boolean {
  for (let c = 0; c < Math.min(grid.width, 4); c++)
    if (CAPTION.test(grid.text(row, c))) return true;
  return false;
}

/** The caption within four rows above a table's header, not above `floor`. */
export function captionAbove(
  grid: Grid,
  top: number,
  floor: number
): { number: string; text: string } | undefined {
  for (let r = top - 1; r >= Math.max(floor, top - 4); r--) {
    for (let c = 0; c < Math.min(grid.width, 4); c++) {
      const m = CAPTION.exec(grid.text(r, c));
      if (!m) continue;
      const rest = [m[2]];
      for (let k = r + 1; k < top; k++) rest.push(grid.text(k, c));
      return { number: m[1], text: `Tabel ${m[1]} ${rest.filter(Boolean).join(" ")}`.trim() };
    }
  }
  return undefined;
}
