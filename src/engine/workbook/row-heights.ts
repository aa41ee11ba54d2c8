/**
 * Row heights that fit wrapped text: each text cell's lines at its column's (or
 * its merge's) width, a block merged down several rows shared among them. Neither
 * Excel nor LibreOffice fits rows to wrapped text on opening a file, so the table
 * carries them.
 */
import { MergeRange, SheetSnapshot } from "./snapshot";
import { BOLD_FACTOR, wrappedLines } from "./text-width";

/** Points per line of 11-point text (Excel's default row height). */
export const LINE_POINTS = 15;
/** Characters one indentation level takes. */
const INDENT_CHARS = 1.5;

function mergeAt(merges: readonly MergeRange[], row: number, col: number): MergeRange | undefined {
  return merges.find((m) => m.top === row && m.left === col);
}

/** Lines each row needs, for rows `first`…`last`; cells merged down several rows are spread over them. */
function linesPerRow(
  sheet: SheetSnapshot,
  widths: readonly number[],
  first: number,
  last: number
): Map<number, number> {
  const lines = new Map<number, number>();
  const tall: { merge: MergeRange; lines: number }[] = [];
  for (let r = first; r <= last; r++) {
    lines.set(r, 1);
    sheet.rows[r]?.forEach((cell, c) => {
      if (typeof cell?.value !== "string" || !cell.value) return;
      const merge = mergeAt(sheet.merges, r, c) ?? { top: r, left: c, bottom: r, right: c };
      const width =
        widths.slice(merge.left, merge.right + 1).reduce((s, w) => s + w, 0) -
        (cell.indent ?? 0) * INDENT_CHARS;
      const needed = wrappedLines(cell.value, width, cell.bold ? BOLD_FACTOR : 1);
      if (merge.bottom > merge.top) tall.push({ merge, lines: needed });
      else lines.set(r, Math.max(lines.get(r)!, needed));
    });
  }
  for (const { merge, lines: needed } of tall) {
    const rows = merge.bottom - merge.top + 1;
    let have = 0;
    for (let r = merge.top; r <= merge.bottom; r++) have += lines.get(r) ?? 1;
    const each = Math.ceil(Math.max(0, needed - have) / rows);
    for (let r = merge.top; r <= merge.bottom; r++) lines.set(r, (lines.get(r) ?? 1) + each);
  }
  return lines;
}

/** Heights in points of the rows `first`…`last` that need more than one line. */
export function rowHeights(
  sheet: SheetSnapshot,
  widths: readonly number[],
  first: number,
  last: number
): { row: number; height: number }[] {
  return [...linesPerRow(sheet, widths, first, last)]
    .filter(([, n]) => n > 1)
    .map(([row, n]) => ({ row, height: n * LINE_POINTS }));
}
