/** The fake Excel's data: sheets, cells, conditional formats, addresses, and typed input. */
import { a1, parseA1 } from "../../../src/engine/workbook/address";
import { SheetSnapshot } from "../../../src/engine/workbook/snapshot";

/** Which Excel the fake plays. "web" is Excel on the web (ExcelApi 1.17, 5 MB payloads). */
export type FakeHost = "1.9" | "1.13" | "1.14" | "web";

export type Primitive = string | number | boolean;

/** A cell of the fake. */
export interface FakeCell {
  value: Primitive;
  formula?: string;
  numFmt: string;
  bold: boolean;
  indent: number;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A conditional format on a sheet, as the test sets it up or Excel holds it. */
export interface FakeFormat {
  /** The cells it applies to, e.g. "A1:B4" or "A1,C3". */
  address: string;
  type: "Custom" | "CellValue" | "ColorScale" | "DataBar" | "IconSet";
  formula?: string;
  fill?: string;
  /** Reading its rule fails, as for duplicated rules in office-js issues 6827 and 6835. */
  unreadable?: boolean;
}

/** A sheet as a test sets it up. */
export interface FakeSheetInit {
  readonly name: string;
  /** Cell values, row by row; `null` or "" for empty. */
  readonly rows?: readonly (readonly (Primitive | null | undefined)[])[];
  /** Formulas by A1 address, e.g. `{ D3: "=B3/C3*100" }` (the cached value stays `rows`'). */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Number formats by A1 address. */
  readonly numFmts?: Readonly<Record<string, string>>;
  readonly bold?: readonly string[];
  readonly merges?: readonly string[];
  readonly formats?: readonly FakeFormat[];
  readonly protected?: boolean;
  readonly hidden?: boolean;
  /** Listing this sheet's conditional formats fails, as Excel's bugs can make it. */
  readonly brokenFormats?: boolean;
}

/** A sheet held by the fake. */
export interface FakeSheet {
  name: string;
  readonly id: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  formats: FakeFormat[];
  protected: boolean;
  brokenFormats: boolean;
  visibility: "Visible" | "Hidden";
  charts: FakeChart[];
  /** Column widths and row heights set, in points, by index. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Formatting set on ranges other than bold (fill, italic, alignment, wrap, borders), in order. */
  looks: FakeLook[];
  /** The page setup set through `pageLayout`. */
  pageLayout: Record<string, unknown>;
}

/** A format property set on a range. */
export interface FakeLook {
  readonly rect: Rect;
  readonly property: string;
  readonly value: unknown;
}

/** A change event as Excel delivers it. */
export interface ChangeEvent {
  worksheetId: string;
  address: string;
  source: "Local";
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** Options of {@link FakeExcel}. */
export interface FakeExcelOptions {
  readonly host?: FakeHost;
  /** Largest answer of one sync, in bytes of JSON (web: 5 MB; desktop: none). */
  readonly responseLimit?: number;
  /** Largest request of one sync, in bytes of JSON (web: 5 MB; desktop: none). */
  readonly requestLimit?: number;
  /** Ranges with more cells read `values` as null (web: 5 million). */
  readonly nullValuesAbove?: number;
  /** Refuse `pageLayout.zoom` with `verticalFitToPages` 0, as an Excel might. */
  readonly refuseZeroFit?: boolean;
}

/** An error as Office.js raises it: a message and a code. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export const VERSION: Record<FakeHost, number> = { "1.9": 9, "1.13": 13, "1.14": 14, web: 17 };
export const WEB_LIMIT = 5 * 1024 * 1024;
export const key = (r: number, c: number) => `${r},${c}`;

/** Parses "A1", "A1:D4", "Sheet!A1:D4" or "'My sheet'!A1" to a rectangle. */
export function rectOf(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.replace(/\$/g, "").split(":");
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  if (!from || !to) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

export function addressOf(sheet: string, r: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet}'`;
  const a = a1(r.top, r.left);
  const b = a1(r.bottom, r.right);
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

export const intersects = (a: Rect, b: Rect) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
export const contains = (outer: Rect, r: number, c: number) =>
  r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;

/**
 * Text as Excel takes typed input in a cell that is not text-formatted: a
 * formula, a boolean, a number (thousands commas, percent), or text.
 */
export function typedInput(text: string): { value: Primitive; formula?: string } {
  if (/^[=+-]/.test(text) && !/^[+-]?[\d,]*\.?\d+%?$/.test(text.trim()))
    return { value: "", formula: text.startsWith("=") ? text.slice(1) : text };
  if (/^(true|false)$/i.test(text.trim())) return { value: /^true$/i.test(text.trim()) };
  const number = text.trim().match(/^([+-]?[\d,]*\.?\d+)(%?)$/);
  if (number && /\d/.test(number[1])) {
    const n = Number(number[1].replace(/,/g, ""));
    return { value: number[2] ? n / 100 : n };
  }
  return { value: text };
}

/** A chart drawn by the add-in: its name, title, position and series. */
export interface FakeChart {
  name: string;
  title?: string;
  anchor?: string;
  series: { name?: string; values?: string; categories?: string }[];
}

/** A workbook snapshot's sheet as the fake's starting state (values, formulas, formats, bold, merges). */
export function fakeSheetOf(sheet: SheetSnapshot): FakeSheetInit {
  const formulas: Record<string, string> = {};
  const numFmts: Record<string, string> = {};
  const bold: string[] = [];
  const rows = sheet.rows.map((row, r) =>
    (row ?? []).map((cell, c) => {
      if (cell?.formula) formulas[a1(r, c)] = cell.formula;
      if (cell?.numFmt) numFmts[a1(r, c)] = cell.numFmt;
      if (cell?.bold) bold.push(a1(r, c));
      return cell?.value ?? null;
    })
  );
  const merges = sheet.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  return { name: sheet.name, rows, formulas, numFmts, bold, merges, hidden: sheet.hidden };
}
