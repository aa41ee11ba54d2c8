/**
 * Writing a workbook snapshot to .xlsx bytes with exceljs: values, formulas with
 * their cached results, number formats, bold, indentation and merges, and the
 * print layout of generated tables (widths, borders, page setup).
 */
import ExcelJS from "exceljs";
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { FONT, writeLayout } from "./write-layout";

function cellValue(cell: CellSnapshot): ExcelJS.CellValue {
  if (cell.formula)
    return { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  return cell.value;
}

function widths(sheet: SheetSnapshot): number[] {
  const result: number[] = [];
  for (const row of sheet.rows) {
    row?.forEach((cell, c) => {
      const text = cell?.value === null || cell?.value === undefined ? "" : String(cell.value);
      result[c] = Math.max(result[c] ?? 8, Math.min(60, text.length + 2));
    });
  }
  return result;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSnapshot): void {
  const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
  if (!sheet.layout) widths(sheet).forEach((w, c) => (ws.getColumn(c + 1).width = w));
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cellValue(cell);
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.bold) target.font = { ...FONT, bold: true };
      const long = typeof cell.value === "string" && cell.value.length > 60;
      if (cell.indent || long)
        target.alignment = { indent: cell.indent, wrapText: long || undefined, vertical: "top" };
    });
  });
  if (sheet.layout) writeLayout(ws, sheet.layout);
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/** The workbook as .xlsx bytes (in Node and in the browser alike). */
export async function writeWorkbook(workbook: WorkbookSnapshot): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Asisten LKjIP";
  for (const sheet of workbook.sheets) writeSheet(wb, sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
