/**
 * The reader the product used before it read .xlsx parts itself: exceljs loads
 * the file and its cells are converted to the engine's snapshot. Kept for the
 * tests only, as the reference the new reader must agree with.
 */
import ExcelJS from "exceljs";
import {
  CellSnapshot,
  MergeRange,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/engine/workbook/snapshot";
import { parseA1 } from "../../src/engine/workbook/address";

type RawValue = ExcelJS.CellValue;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/** Converts an exceljs value to a plain value, an error, or a formula with its cached result. */
function convert(raw: RawValue): Pick<CellSnapshot, "value" | "error" | "formula"> {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean")
    return { value: raw };
  if (raw instanceof Date) return { value: dateText(raw) };
  if (!isObject(raw)) return { value: String(raw) };
  if ("error" in raw) return { value: null, error: String(raw.error) };
  if ("richText" in raw && Array.isArray(raw.richText)) {
    return { value: raw.richText.map((r: { text?: string }) => r.text ?? "").join("") };
  }
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = convert((raw as { result?: RawValue }).result ?? null);
    const formula = String(
      (raw as { formula?: string; sharedFormula?: string }).formula ??
        (raw as { sharedFormula?: string }).sharedFormula ??
        ""
    );
    return { ...result, formula };
  }
  if ("text" in raw) return { value: String(raw.text) };
  return { value: null };
}

function readMerges(ws: ExcelJS.Worksheet): MergeRange[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.flatMap((range) => {
    const [a, b] = range.split(":");
    const from = parseA1(a);
    const to = parseA1(b ?? a);
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows: (CellSnapshot | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (CellSnapshot | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged block's value is its first cell's, as in Excel; exceljs repeats it in the others.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      let converted = convert(cell.value);
      if (converted.formula && converted.value === null && !converted.error) {
        // exceljs's value drops a falsy cached result (<v>0</v>); the cell's model keeps it.
        converted = {
          ...convert((cell as unknown as { result?: ExcelJS.CellValue }).result ?? null),
          formula: converted.formula,
        };
      }
      const style = cell.style;
      cells[colNumber - 1] = {
        value: converted.value,
        // A shared formula's dependent: exceljs moves the master's formula to the cell (slideFormula).
        formula: converted.formula && (cell.formula || converted.formula),
        error: converted.error,
        numFmt: style.numFmt || undefined,
        bold: style.font?.bold || undefined,
        indent: style.alignment?.indent || undefined,
      };
    });
    rows[rowNumber - 1] = cells;
  });
  return {
    name: ws.name,
    rows: Array.from(rows, (r) => r ?? []),
    merges: readMerges(ws),
    hidden: ws.state !== "visible",
  };
}

/** Reads .xlsx bytes with exceljs into a workbook snapshot, as the product once did. */
export async function readWorkbookWithExcelJS(
  data: Uint8Array | ArrayBuffer
): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => sheets.push(readSheet(ws)));
  return { sheets };
}
