/**
 * Writing a generated table's layout in Excel through Office.js, as the .xlsx
 * adapter writes it: column widths and row heights (ExcelApi 1.2), borders,
 * fill, font and alignment per block of cells (1.1), and the page setup
 * (ExcelApi 1.9's pageLayout: orientation, A4, margins, one page wide, the
 * header rows repeated, the print area).
 */
import { a1 } from "../../engine/workbook/address";
import {
  CellStyle,
  PrintSetup,
  SheetLayout,
  StyledBlock,
} from "../../engine/workbook/sheet-layout";

/** Points per character of column width (Calibri 11: 7 px a digit, 5 px padding, 0.75 pt a px). */
export function columnPoints(width: number): number {
  return (7 * width + 5) * 0.75;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center" } as const;

/** The edges to draw for a thin grid over a block: inside lines only where the block has them. */
function edges(block: StyledBlock): Excel.BorderIndex[] {
  const found = [
    Excel.BorderIndex.edgeTop,
    Excel.BorderIndex.edgeBottom,
    Excel.BorderIndex.edgeLeft,
    Excel.BorderIndex.edgeRight,
  ];
  if (block.bottom > block.top) found.push(Excel.BorderIndex.insideHorizontal);
  if (block.right > block.left) found.push(Excel.BorderIndex.insideVertical);
  return found;
}

function applyStyle(range: Excel.Range, block: StyledBlock, style: CellStyle): void {
  const format = range.format;
  if (style.border)
    for (const edge of edges(block)) {
      const border = format.borders.getItem(edge);
      border.style = Excel.BorderLineStyle.continuous;
      border.weight = Excel.BorderWeight.thin;
      border.color = "#000000";
    }
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/** Queues the widths, heights and styles of a sheet's layout (nothing that can fail on ExcelApi 1.2). */
export function writeCellLayout(ws: Excel.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, col) => {
    ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnPoints(width);
  });
  for (const { row, height } of layout.rowHeights)
    ws.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
  for (const block of layout.styles) {
    const range = ws.getRangeByIndexes(
      block.top,
      block.left,
      block.bottom - block.top + 1,
      block.right - block.left + 1
    );
    applyStyle(range, block, block.style);
  }
}

/**
 * Queues a sheet's page setup. Fitting is one page wide and as many tall as the
 * table needs (`verticalFitToPages` 0, as the .xlsx's fitToHeight 0; the
 * documentation does not say Excel takes 0, so `fit` false leaves zoom alone).
 */
export function writePrintLayout(ws: Excel.Worksheet, print: PrintSetup, fit = true): void {
  const page = ws.pageLayout;
  page.orientation =
    print.orientation === "landscape"
      ? Excel.PageOrientation.landscape
      : Excel.PageOrientation.portrait;
  page.paperSize = Excel.PaperType.a4;
  page.leftMargin = print.margins.left * 72;
  page.rightMargin = print.margins.right * 72;
  page.topMargin = print.margins.top * 72;
  page.bottomMargin = print.margins.bottom * 72;
  if (fit)
    page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  const area = print.printArea;
  page.setPrintArea(`${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`);
  if (print.repeatRows)
    page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
}
