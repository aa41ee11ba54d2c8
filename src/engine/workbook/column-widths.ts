/**
 * Column widths of a report table from its content: a number column as wide as
 * its longest number, a text column as wide as its longest line up to a cap (then
 * wrapped), never narrower than its longest word or its header's longest word;
 * the page turned to landscape when the table is wider than a portrait page, and
 * the text columns narrowed (more wrapping) when it is wider than a landscape one.
 */
import { CellSnapshot, MergeRange, SheetSnapshot } from "./snapshot";
import { BOLD_FACTOR, longestLine, longestWord, shownText, textWidth } from "./text-width";

/** How a column's cells are aligned: numbers right, text left and wrapped, numbering and grades centred. */
export type ColumnKind = "number" | "text" | "short";

/** One column's kind and width. */
export interface ColumnPlan {
  readonly kind: ColumnKind;
  readonly width: number;
}

/** A text column is at most this wide before it wraps. */
const TEXT_CAP = 40;
/** A wrapped text column is not narrowed below this (unless its longest line is shorter). */
const TEXT_MIN = 12;
const PADDING = 2;

/** Printable width in pixels at 96 dpi of an A4 page with half-inch side margins. */
export const PAGE_PX = { portrait: (8.27 - 1) * 96, landscape: (11.69 - 1) * 96 } as const;

/** Pixels a column of `width` characters takes (Calibri 11: 7 px a digit, 5 px padding). */
export function columnPx(width: number): number {
  return 7 * width + 5;
}

const PLACEHOLDER = /^(-|–|n\/a)$/i;

interface Column {
  readonly header: readonly CellSnapshot[];
  readonly body: readonly CellSnapshot[];
}

function kindOf(column: Column): ColumnKind {
  const texts = column.body
    .map((c) => (typeof c.value === "string" ? c.value.trim() : ""))
    .filter((t) => t && !PLACEHOLDER.test(t));
  const numbers = column.body.filter((c) => typeof c.value === "number").length;
  if (column.header.some((c) => /^no\.?$/i.test(shownText(c).trim()))) return "short";
  if (texts.length >= numbers && texts.length && texts.every((t) => t.length <= 3)) return "short";
  return numbers && numbers >= texts.length ? "number" : "text";
}

function widest(cells: readonly CellSnapshot[], measure: (text: string) => number): number {
  return cells.reduce(
    (widest, c) => Math.max(widest, measure(shownText(c)) * (c.bold ? BOLD_FACTOR : 1)),
    0
  );
}

function planOf(column: Column): ColumnPlan & { readonly min: number } {
  const kind = kindOf(column);
  const header = widest(column.header, longestWord) + PADDING;
  const content = widest(column.body, kind === "text" ? longestLine : textWidth) + PADDING;
  if (kind !== "text") {
    const width = Math.ceil(Math.max(header, content, 4));
    return { kind, width, min: width };
  }
  const words = widest(column.body, longestWord) + PADDING;
  const natural = Math.min(TEXT_CAP, content);
  const min = Math.ceil(Math.max(header, words, Math.min(natural, TEXT_MIN)));
  return { kind, width: Math.max(min, Math.ceil(natural)), min };
}

/** Cells of a column in the given rows that occupy that column alone (not merged across). */
function cellsOf(
  sheet: SheetSnapshot,
  rows: readonly number[],
  col: number,
  merges: readonly MergeRange[]
): CellSnapshot[] {
  const across = (r: number) =>
    merges.some(
      (m) => m.left <= col && col <= m.right && m.top <= r && r <= m.bottom && m.right > m.left
    );
  return rows.flatMap((r) => {
    const cell = sheet.rows[r]?.[col];
    return cell && !across(r) ? [cell] : [];
  });
}

/** Narrows the text columns toward their minimum until the table fits `budget` pixels. */
function narrowed(
  plans: readonly (ColumnPlan & { readonly min: number })[],
  budget: number
): ColumnPlan[] {
  const total = plans.reduce((s, p) => s + columnPx(p.width), 0);
  const slack = plans.reduce((s, p) => s + 7 * (p.width - p.min), 0);
  const share = slack > 0 ? Math.min(1, Math.max(0, total - budget) / slack) : 0;
  return plans.map((p) => ({
    kind: p.kind,
    width: Math.round(p.width - (p.width - p.min) * share),
  }));
}

/** Widths and kinds of a table's columns, and the orientation it prints in. */
export function planColumns(
  sheet: SheetSnapshot,
  headerRows: readonly number[],
  bodyRows: readonly number[],
  count: number
): { readonly columns: ColumnPlan[]; readonly orientation: "portrait" | "landscape" } {
  const plans = Array.from({ length: count }, (_, col) =>
    planOf({
      header: cellsOf(sheet, headerRows, col, sheet.merges),
      body: cellsOf(sheet, bodyRows, col, sheet.merges),
    })
  );
  const total = plans.reduce((s, p) => s + columnPx(p.width), 0);
  if (total <= PAGE_PX.portrait)
    return { columns: narrowed(plans, total), orientation: "portrait" };
  return { columns: narrowed(plans, PAGE_PX.landscape), orientation: "landscape" };
}
