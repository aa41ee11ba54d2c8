/**
 * One worksheet part read into rows of cells and merges, as the exceljs-based
 * reader read it: rows 0-based with holes, a cell only where a value (or a
 * formula) is written, style-only cells left out, a merged block's other cells
 * left out, a shared formula's dependents holding the master's formula moved to
 * their own place.
 */
import { CellSnapshot, CellValue, MergeRange } from "../../../engine/workbook/snapshot";
import { a1, parseA1 } from "../../../engine/workbook/address";
import {
  formulaResult,
  plainValue,
  quickValue,
  RawCell,
  ReadValue,
  ValueContext,
} from "./cell-value";
import { decodeEscapes } from "./shared-strings-part";
import { shiftFormula } from "./shift-formula";
import { CellStyle } from "./styles-part";
import { digitsAt, scanXml, TagAttributes, XlsxContentError } from "./xml";

/** What a sheet needs from the rest of the workbook. */
export interface SheetContext extends ValueContext {
  readonly styles: readonly CellStyle[];
  /** Rows a sheet may hold; one more and the sheet is refused. */
  readonly maxRows: number;
}

/** A sheet's rows and merges. */
export interface SheetCells {
  readonly rows: (CellSnapshot | undefined)[][];
  readonly merges: MergeRange[];
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** The 0-based column of a cell reference (`B7`, `$B$7`) written in `source` from..to. */
function columnOf(source: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i) & ~32;
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (source.charCodeAt(i) !== 36) break;
  }
  return col - 1;
}

/** The 0-based row of a `<row>`: its `r` when written, else the one after `previous`. */
function rowIndexOf(attributes: TagAttributes, previous: number): number {
  const slot = attributes.slot("r");
  if (slot < 0 || attributes.valueStart(slot) === attributes.valueEnd(slot)) return previous + 1;
  const digits = attributes.digits(slot);
  return (digits >= 0 ? digits : Number(attributes.valueAt(slot))) - 1;
}

const VALUE_START = "<v>";
const VALUE_END = "</v></c>";

/**
 * Where the text ends when a cell's content, from `from`, is just `<v>text</v></c>`
 * with no reference in the text (the common cell, read without the scanner); -1 otherwise.
 */
function plainValueEnd(source: string, from: number): number {
  if (!source.startsWith(VALUE_START, from)) return -1;
  const end = source.indexOf("<", from + VALUE_START.length);
  if (end < 0 || !source.startsWith(VALUE_END, end)) return -1;
  for (let i = from + VALUE_START.length; i < end; i++) if (source.charCodeAt(i) === 38) return -1;
  return end;
}

/** Whether a character may stand in a quick cell's attribute value: a letter, a digit or `$`. */
function isPlainValueChar(c: number): boolean {
  const letter = c | 32;
  return (c >= 48 && c <= 57) || (letter >= 97 && letter <= 122) || c === 36;
}

/** Which of `r`, `s`, `t` a one-letter attribute name is, as a bit; 0 for any other. */
function cellAttributeBit(c: number): number {
  return c === 114 ? 1 : c === 115 ? 2 : c === 116 ? 4 : 0;
}

/** A style index (`s` of `<c>`) as parseInt reads it; 0 when absent or empty. */
function styleIndexOf(attributes: TagAttributes): number {
  const slot = attributes.slot("s");
  if (slot < 0) return 0;
  const digits = attributes.digits(slot);
  if (digits >= 0) return digits;
  const value = attributes.valueAt(slot);
  return value ? parseInt(value, 10) : 0;
}

function mergeOf(ref: string): MergeRange | undefined {
  const [a, b] = ref.split(":");
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  if (!from || !to) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** Leaves out the cells a merge covers besides its top-left one; returns the rows the merges reach. */
function applyMerges(rows: (CellSnapshot | undefined)[][], merges: readonly MergeRange[]): number {
  let reach = 0;
  for (const m of merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    reach = Math.max(reach, m.bottom + 1);
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const row = rows[r];
      if (!row || row.length <= m.left) continue;
      for (let c = m.left; c <= m.right && c < row.length; c++)
        if (r > m.top || c > m.left) row[c] = undefined;
      let end = row.length;
      while (end > 0 && row[end - 1] === undefined) end--;
      row.length = end;
    }
  }
  return reach;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A cell with only the properties it has (absent reads as undefined, as the
 * engine reads it): the common kinds are object literals of their own shape,
 * about half the memory of six slots mostly undefined.
 */
function cellOf(
  value: CellValue,
  formula: string | undefined,
  error: string | undefined,
  style: CellStyle | undefined
): CellSnapshot {
  const numFmt = style?.numFmt;
  const bold = style?.bold;
  if (error === undefined && style?.indent === undefined) {
    if (formula === undefined) {
      if (bold === undefined) return numFmt === undefined ? { value } : { value, numFmt };
      return numFmt === undefined ? { value, bold } : { value, numFmt, bold };
    }
    if (bold === undefined)
      return numFmt === undefined ? { value, formula } : { value, formula, numFmt };
  }
  const cell: Writable<CellSnapshot> = { value };
  if (formula !== undefined) cell.formula = formula;
  if (error !== undefined) cell.error = error;
  if (numFmt !== undefined) cell.numFmt = numFmt;
  if (bold !== undefined) cell.bold = bold;
  if (style?.indent !== undefined) cell.indent = style.indent;
  return cell;
}

/** The master cell of a shared formula: its formula and where it stands. */
interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/** Reads one worksheet part from its text. */
export function readSheetPart(part: string, xml: string, ctx: SheetContext): SheetCells {
  const rows: (CellSnapshot | undefined)[][] = [];
  const merges: MergeRange[] = [];
  const masters = new Map<string, SharedMaster>();
  let lastRow = -1;
  let row: (CellSnapshot | undefined)[] | undefined;
  let rowIndex = -1;
  let rowHasCells = false;
  let rowCount = 0;
  let col = -1;
  // The cell being read. Its address (`r`) and text (of <v> or <is><t>) are left
  // where they stand, `...Source` from `...From` to `...To`, until needed as strings.
  let addressSource: string | undefined;
  let addressFrom = 0;
  let addressTo = 0;
  let styleId = 0;
  let type: string | undefined;
  let textSource: string | undefined;
  let textFrom = 0;
  let textTo = 0;
  let formula: string | undefined;
  let shareType: string | undefined;
  let shareRef: string | undefined;
  let shareIndex: string | undefined;
  let runs: string[] | undefined;
  let into = 0; // 1 <v>, 2 <f>, 3 <is><t>, 4 a run's <t>
  let inInline = false;
  let inPhonetic = false;

  const address = () => addressSource?.slice(addressFrom, addressTo);
  const where = () => `${address() ?? a1(rowIndex, col)} bagian ${part}`;

  /** Takes the cell's address from its `r` attribute, in place when written as read. */
  function setAddress(a: TagAttributes, slot: number): void {
    if (a.isVerbatim(slot)) {
      addressSource = a.source;
      addressFrom = a.valueStart(slot);
      addressTo = a.valueEnd(slot);
    } else {
      addressSource = a.valueAt(slot);
      addressFrom = 0;
      addressTo = addressSource.length;
    }
  }

  /** Adds a piece of the cell's text; a second piece (after a comment or CDATA) is joined on. */
  function addText(source: string, from: number, to: number): void {
    if (textSource === undefined) {
      textSource = source;
      textFrom = from;
      textTo = to;
    } else {
      textSource = textSource.slice(textFrom, textTo) + source.slice(from, to);
      textFrom = 0;
      textTo = textSource.length;
    }
  }

  /** The column of the cell being started: its address's, or the one after the last cell's. */
  function nextColumn(): number {
    return addressSource !== undefined && addressTo > addressFrom
      ? columnOf(addressSource, addressFrom, addressTo)
      : col + 1;
  }

  /** Starts a cell in `column` (refused when out of the sheet) with its style and type. */
  function startCell(column: number, style: number, written: string | undefined): void {
    col = column;
    if (col < 0 || col >= MAX_COLS)
      throw new XlsxContentError(
        `isi .xlsx rusak (alamat sel "${String(address()).slice(0, 12)}" tidak sah di bagian ${part})`
      );
    styleId = style;
    type = written;
    textSource = formula = shareType = shareRef = shareIndex = runs = undefined;
  }

  /**
   * A cell written the common way, `<c r="B7" s="2" t="s"><v>text</v></c>` or
   * `<c r="B7" s="2"/>` (each of r, s, t at most once and in any order, after one
   * space; values of letters, digits and `$`; a style of digits; a text without
   * references), read straight from the text from `from`, just after the tag's
   * name. Returns where the cell ends, or -1 when it is written otherwise.
   */
  function readQuickCell(source: string, from: number): number {
    let i = from;
    let seen = 0;
    let refFrom = -1;
    let refTo = -1;
    let style = 0;
    let written: string | undefined;
    while (source.charCodeAt(i) === 32) {
      const bit = cellAttributeBit(source.charCodeAt(i + 1));
      if (bit === 0 || seen & bit) return -1;
      if (source.charCodeAt(i + 2) !== 61 || source.charCodeAt(i + 3) !== 34) return -1;
      seen |= bit;
      const start = i + 4;
      let end = start;
      while (isPlainValueChar(source.charCodeAt(end))) end++;
      if (source.charCodeAt(end) !== 34) return -1;
      if (bit === 1) {
        refFrom = start;
        refTo = end;
      } else if (bit === 2) {
        style = digitsAt(source, start, end);
        if (style < 0) return -1;
      } else written = source.slice(start, end);
      i = end + 1;
    }
    const empty = source.charCodeAt(i) === 47 && source.charCodeAt(i + 1) === 62;
    if (!empty && source.charCodeAt(i) !== 62) return -1;
    const textEnd = empty ? -1 : plainValueEnd(source, i + 1);
    if (!empty && textEnd < 0) return -1;
    addressSource = refFrom < 0 ? undefined : source;
    addressFrom = refFrom;
    addressTo = refTo;
    const column = nextColumn();
    // A column out of the sheet is left to the scanner, which refuses it.
    if (column < 0 || column >= MAX_COLS) return -1;
    startCell(column, style, written);
    if (empty) {
      finishCell();
      return i + 2;
    }
    const textStart = i + 1 + VALUE_START.length;
    if (textEnd > textStart) addText(source, textStart, textEnd);
    into = 0;
    finishCell();
    return textEnd + VALUE_END.length;
  }

  function finishCell(): void {
    if (!row) return;
    const style = styleId ? ctx.styles[styleId] : undefined;
    if (!formula && !shareType && runs === undefined && textSource !== undefined) {
      const value = quickValue(type, textSource, textFrom, textTo, style?.numFmt, ctx);
      if (value !== undefined) {
        row[col] = cellOf(value, undefined, undefined, style);
        rowHasCells = true;
        return;
      }
    }
    const raw: RawCell = {
      type,
      text: textSource?.slice(textFrom, textTo),
      rich: runs?.map(decodeEscapes).join(""),
      numFmt: style?.numFmt,
    };
    let read: ReadValue | undefined;
    let f: string | undefined;
    if (formula || shareType) {
      f = formula;
      if (shareType === "shared" && shareIndex !== undefined) {
        const master = masters.get(shareIndex);
        if (shareRef && formula) masters.set(shareIndex, { formula, row: rowIndex, col });
        else if (!formula && master)
          f = shiftFormula(master.formula, rowIndex - master.row, col - master.col);
      }
      read = f ? formulaResult(raw, ctx, where) : { value: null };
    } else read = plainValue(raw, ctx, where);
    if (!read) return;
    row[col] = cellOf(read.value, f, read.error, style);
    rowHasCells = true;
  }

  scanXml(part, xml, {
    open(name, a) {
      switch (name) {
        case "row": {
          if (++rowCount > ctx.maxRows)
            throw new XlsxContentError(
              `lembar ${part} berisi lebih dari ${ctx.maxRows.toLocaleString("id-ID")} baris`
            );
          rowIndex = rowIndexOf(a, rowIndex);
          if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= MAX_ROWS)
            throw new XlsxContentError(
              `isi .xlsx rusak (nomor baris "${String(a.get("r")).slice(0, 12)}" tidak sah di bagian ${part})`
            );
          row = [];
          rowHasCells = false;
          col = -1;
          return;
        }
        case "c": {
          const r = a.slot("r");
          if (r < 0) addressSource = undefined;
          else setAddress(a, r);
          startCell(nextColumn(), styleIndexOf(a), a.get("t"));
          return;
        }
        case "v":
          into = 1;
          return;
        case "f":
          into = 2;
          shareType = a.get("t");
          shareRef = a.get("ref");
          shareIndex = a.get("si");
          return;
        case "is":
          inInline = true;
          return;
        case "r":
          if (inInline && !inPhonetic) (runs ??= []).push("");
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (inInline && !inPhonetic) into = runs ? 4 : 3;
          return;
        case "mergeCell": {
          const ref = a.get("ref");
          const merge = ref ? mergeOf(ref) : undefined;
          if (merge) merges.push(merge);
          return;
        }
      }
    },
    element(name, source, from) {
      return name === "c" ? readQuickCell(source, from) : -1;
    },
    text(source, from, to) {
      switch (into) {
        case 1:
        case 3:
          addText(source, from, to);
          return;
        case 2: {
          const t = source.slice(from, to);
          formula = formula === undefined ? t : formula + t;
          return;
        }
        case 4:
          runs![runs!.length - 1] += source.slice(from, to);
          return;
      }
    },
    close(name) {
      switch (name) {
        case "v":
        case "f":
        case "t":
          into = 0;
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          inPhonetic = false;
          return;
        case "c":
          finishCell();
          return;
        case "row":
          if (row && rowHasCells) {
            // A copy holds just its cells; the row grown cell by cell has room to spare.
            rows[rowIndex] = row.slice();
            if (rowIndex > lastRow) lastRow = rowIndex;
          }
          row = undefined;
          return;
      }
    },
  });
  const reach = applyMerges(rows, merges);
  rows.length = Math.max(lastRow + 1, reach);
  // A new array without holes (as Array.from made it), filled by a loop rather than an iterator.
  const full: (CellSnapshot | undefined)[][] = [];
  for (let r = 0; r < rows.length; r++) full.push(rows[r] ?? []);
  return { rows: full, merges };
}
