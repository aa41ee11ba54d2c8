/**
 * The value of one `<c>` element as the reader reports it: a cached formula
 * result, a shared or inline string, a number (a date text under a date format),
 * a boolean or an Excel error, decoded the way exceljs decodes them. A number
 * that is no number is refused rather than read as a wrong one.
 */
import { CellValue } from "../../../engine/workbook/snapshot";
import { isDateFormat, serialDateText } from "./number-formats";
import { digitsAt, XlsxContentError } from "./xml";

/** The written parts of a cell. */
export interface RawCell {
  /** The `t` attribute. */
  readonly type: string | undefined;
  /** The text of `<v>`, or of `<is><t>`, when not empty. */
  readonly text: string | undefined;
  /** The joined runs of an inline rich string. */
  readonly rich: string | undefined;
  readonly numFmt: string | undefined;
}

/** What the workbook around a cell says about reading it. */
export interface ValueContext {
  readonly strings: readonly (string | null)[] | undefined;
  readonly date1904: boolean;
}

/** A number as a `<v>` holds it; exceljs also writes (and reads back) Infinity and NaN. */
const NUMBER = /^\s*(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|-?Infinity|NaN)\s*$/;
const ENTITIES: Readonly<Record<string, string>> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&apos;": "'",
  "&quot;": '"',
};

/** exceljs decodes the text of `t="str"` cells a second time; so does this reader. */
function decodeTwice(text: string): string {
  return text.indexOf("&") < 0 ? text : text.replace(/&([a-z]*);/g, (e) => ENTITIES[e] ?? e);
}

/** A plain decimal (`-12`, `3.25`) read without the regular expression; NaN when not one. */
function plainDecimal(text: string): number {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  let dot = false;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !dot) dot = true;
    else if (c < 48 || c > 57) return NaN;
  }
  return i - start > (dot ? 1 : 0) && length < 16 ? parseFloat(text) : NaN;
}

function numberOf(text: string, where: () => string): number {
  const plain = plainDecimal(text);
  if (plain === plain) return plain;
  if (!NUMBER.test(text))
    throw new XlsxContentError(
      `isi .xlsx rusak (angka "${text.slice(0, 20)}" tidak sah di sel ${where()})`
    );
  return parseFloat(text);
}

function shown(n: number, numFmt: string | undefined, ctx: ValueContext): CellValue {
  return isDateFormat(numFmt) ? serialDateText(n, ctx.date1904) : n;
}

/** A value with the error the cell shows, if any. */
export interface ReadValue {
  readonly value: CellValue;
  readonly error?: string;
}

/** The cached result of a formula cell (null when none was saved). */
export function formulaResult(cell: RawCell, ctx: ValueContext, where: () => string): ReadValue {
  const text = cell.text;
  if (!text) return { value: null };
  switch (cell.type) {
    case "str":
      return { value: decodeTwice(text) };
    case "b":
      return { value: parseInt(text, 10) !== 0 };
    case "e":
      return { value: null, error: text };
    default:
      return { value: shown(numberOf(text, where), cell.numFmt, ctx) };
  }
}

/** The value of a cell without a formula, or undefined when it holds none. */
export function plainValue(
  cell: RawCell,
  ctx: ValueContext,
  where: () => string
): ReadValue | undefined {
  if (cell.rich !== undefined) return { value: cell.rich };
  const text = cell.text;
  if (text === undefined) return undefined;
  switch (cell.type) {
    case "s": {
      const index = Number(text);
      const strings = ctx.strings;
      if (!strings || !Number.isInteger(index) || index < 0 || index >= strings.length)
        throw new XlsxContentError(
          `isi .xlsx rusak (teks bersama nomor ${text.slice(0, 12)} tidak ada, sel ${where()})`
        );
      return { value: strings[index] };
    }
    case "str":
      return { value: decodeTwice(text) };
    case "inlineStr":
      return { value: text };
    case "b":
      return { value: parseInt(text, 10) !== 0 };
    case "e":
      return { value: null, error: text };
    case "d":
      return { value: isoDate(text, where) };
    default:
      return { value: shown(numberOf(text, where), cell.numFmt, ctx) };
  }
}

/**
 * The value of a cell without a formula whose text (`source` from..to) is a
 * shared string's number (`t="s"`) or a whole number (no `t`, or `t="n"`), read
 * where the text stands; undefined for any other cell, which plainValue then reads.
 */
export function quickValue(
  type: string | undefined,
  source: string,
  from: number,
  to: number,
  numFmt: string | undefined,
  ctx: ValueContext
): CellValue | undefined {
  if (type === "s") {
    const index = digitsAt(source, from, to);
    const strings = ctx.strings;
    return strings && index >= 0 && index < strings.length ? strings[index] : undefined;
  }
  if (type !== undefined && type !== "n") return undefined;
  const negative = source.charCodeAt(from) === 45;
  const n = digitsAt(source, negative ? from + 1 : from, to);
  return n < 0 ? undefined : shown(negative ? -n : n, numFmt, ctx);
}

function isoDate(text: string, where: () => string): string {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(text);
  if (!m)
    throw new XlsxContentError(
      `isi .xlsx rusak (tanggal "${text.slice(0, 20)}" tidak sah di sel ${where()})`
    );
  return m[1];
}
