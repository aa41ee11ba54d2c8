/**
 * Writing a generated table's layout with exceljs: column widths, row heights,
 * borders, the header's fill, fonts and alignment per block of cells, and the
 * page setup (orientation, A4, one page wide, the header repeated on each page).
 */
import ExcelJS from "exceljs";
import { a1 } from "../../engine/workbook/address";
import { CellStyle, PrintSetup, SheetLayout } from "../../engine/workbook/sheet-layout";

/** The font of every cell the adapter styles (named, so no reader falls back to its own default). */
export const FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/**
 * exceljs leaves out a column exactly this wide, as if it were the default; Excel's
 * own default is 8.43, so the sheet's default is set to it.
 */
const EXCELJS_DEFAULT_WIDTH = 9;

/** exceljs's code for each paper size. */
const PAPER: Record<PrintSetup["paperSize"], ExcelJS.PaperSize> = { A4: 9 };

function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
  if (style.bold !== undefined || style.italic !== undefined) {
    cell.font = {
      ...FONT,
      ...cell.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
    };
  }
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.horizontal && { horizontal: style.horizontal }),
      ...(style.vertical && { vertical: style.vertical }),
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
    };
  }
}

/** `A$1`: exceljs adds the column's `$` itself when it writes a print area, so `$A$1` comes out. */
function absolute(row: number, col: number): string {
  return a1(row, col).replace(/\d+$/, (digits) => `$${digits}`);
}

function writePrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  ws.pageSetup.orientation = print.orientation;
  ws.pageSetup.paperSize = PAPER[print.paperSize];
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = print.fitToWidth;
  ws.pageSetup.fitToHeight = print.fitToHeight;
  ws.pageSetup.margins = { ...print.margins, header: 0.3, footer: 0.3 };
  const area = print.printArea;
  ws.pageSetup.printArea = `${absolute(area.top, area.left)}:${absolute(area.bottom, area.right)}`;
  if (print.repeatRows)
    ws.pageSetup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
}

/** Writes a sheet's layout; call before merging, since a merge copies its first cell's style. */
export function writeLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  ws.properties.defaultColWidth = EXCELJS_DEFAULT_WIDTH;
  layout.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const { row, height } of layout.rowHeights) ws.getRow(row + 1).height = height;
  for (const block of layout.styles) {
    for (let r = block.top; r <= block.bottom; r++)
      for (let c = block.left; c <= block.right; c++)
        styleCell(ws.getCell(r + 1, c + 1), block.style);
  }
  writePrint(ws, layout.print);
}
