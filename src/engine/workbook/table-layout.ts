/**
 * A generated table laid out as the printed report shows it: the title merged
 * across the table, a shaded bold header, thin borders round every cell of the
 * header and body, numbers right-aligned, text wrapped in columns as wide as their
 * content allows, bold total rows, the Sumber line, row heights that fit the
 * wrapped text, and a page setup one page wide with the header repeated.
 */
import { planColumns, ColumnKind } from "./column-widths";
import { rowHeights } from "./row-heights";
import { CellStyle, SheetLayout, StyledBlock } from "./sheet-layout";
import { MergeRange, SheetSnapshot, sheetWidth } from "./snapshot";

/** What a row of a generated table is; rows not marked are body rows. */
export type RowRole = "title" | "header" | "body" | "total" | "source";

/** The header's shading, a light grey that prints well in black and white. */
export const HEADER_FILL = "D9D9D9";

const TITLE_STYLE: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true };
const HEADER_STYLE: CellStyle = { ...TITLE_STYLE, border: "thin", fill: HEADER_FILL };
const BODY_STYLE: CellStyle = { border: "thin", vertical: "top" };
const SOURCE_STYLE: CellStyle = { italic: true, horizontal: "left", vertical: "top", wrap: true };

/** Alignment of a column's body cells by what they hold. */
const ALIGN: Record<ColumnKind, CellStyle> = {
  number: { horizontal: "right" },
  short: { horizontal: "center" },
  text: { horizontal: "left", wrap: true },
};

function rowsWith(roles: ReadonlyMap<number, RowRole>, height: number, role: RowRole): number[] {
  return Array.from({ length: height }, (_, r) => r).filter(
    (r) => (roles.get(r) ?? "body") === role
  );
}

/** The least and greatest of a list of rows, without spreading a long list into arguments. */
const lowest = (rows: readonly number[]) => rows.reduce((a, b) => Math.min(a, b), Infinity);
const highest = (rows: readonly number[]) => rows.reduce((a, b) => Math.max(a, b), -Infinity);

function block(
  top: number,
  bottom: number,
  left: number,
  right: number,
  style: CellStyle
): StyledBlock {
  return { top, left, bottom, right, style };
}

/** Merges a row across the table unless something is already merged there. */
function across(merges: MergeRange[], row: number, right: number): void {
  if (right > 0 && !merges.some((m) => m.top <= row && row <= m.bottom))
    merges.push({ top: row, left: 0, bottom: row, right });
}

/** The sheet with its title and Sumber line merged across the table and its print layout. */
export function layOutTable(
  sheet: SheetSnapshot,
  roles: ReadonlyMap<number, RowRole>
): SheetSnapshot {
  const height = sheet.rows.length;
  const titles = rowsWith(roles, height, "title");
  const headers = rowsWith(roles, height, "header");
  const sources = rowsWith(roles, height, "source");
  const totals = rowsWith(roles, height, "total");
  const body = [...rowsWith(roles, height, "body"), ...totals].sort((a, b) => a - b);
  const tableRows = [...headers, ...body];
  const last = Math.max(0, sheetWidth({ ...sheet, rows: tableRows.map((r) => sheet.rows[r]) }) - 1);
  const merges = [...sheet.merges];
  for (const r of [...titles, ...sources]) across(merges, r, last);
  const merged = { ...sheet, merges };
  const { columns, orientation } = planColumns(merged, headers, body, last + 1);
  const widths = columns.map((c) => c.width);
  const top = lowest(tableRows);
  const bottom = highest(tableRows);
  const firstBody = lowest(body);
  const styles: StyledBlock[] = [
    ...titles.map((r) => block(r, r, 0, last, TITLE_STYLE)),
    ...(headers.length ? [block(top, highest(headers), 0, last, HEADER_STYLE)] : []),
    ...(body.length ? [block(firstBody, bottom, 0, last, BODY_STYLE)] : []),
    ...(body.length
      ? columns.map((c, col) => block(firstBody, bottom, col, col, ALIGN[c.kind]))
      : []),
    ...totals.map((r) => block(r, r, 0, last, { bold: true })),
    ...sources.map((r) => block(r, r, 0, last, SOURCE_STYLE)),
  ];
  const layout: SheetLayout = {
    columnWidths: widths,
    rowHeights: rowHeights(merged, widths, 0, height - 1),
    styles,
    print: {
      orientation,
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 },
      printArea: { top: 0, left: 0, bottom: height - 1, right: last },
      repeatRows: headers.length ? { first: lowest(headers), last: highest(headers) } : undefined,
    },
  };
  return { ...merged, layout };
}
