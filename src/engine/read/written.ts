/**
 * A value as the report writer wrote it, with the precision it was written at:
 * the number a cell shows, text that reads as a number, a word, or nothing.
 */
import { hasDigit, isNoData, NumberText, parseNumberText } from "../number-text";
import { formatIndonesian } from "../indonesian-number";
import { cleanText } from "../text";
import { CellRef } from "../workbook/address";
import { Grid } from "./grid";

/** A written number: its value in the units shown and the decimals shown. */
export interface WrittenNumber {
  readonly kind: "number";
  readonly at: CellRef;
  readonly value: number;
  readonly decimals: number;
  /** Set when the number was typed as text; says how it was read. */
  readonly asText?: NumberText;
  /** The text as typed when the number was typed as text; empty otherwise. */
  readonly raw: string;
}

/** A cell with nothing in it, or `-`, `N/A`. */
export interface WrittenEmpty {
  readonly kind: "empty";
  readonly at: CellRef;
  readonly raw: string;
}

/** Text that is not a number (a name, a grade, a word, or a malformed number). */
export interface WrittenText {
  readonly kind: "text";
  readonly at: CellRef;
  readonly text: string;
  /** Why the text is not a number, when it looks like one (`1,540,00`). */
  readonly malformed?: string;
}

/** A cell showing an Excel error (`#REF!`, `#DIV/0!`). */
export interface WrittenError {
  readonly kind: "error";
  readonly at: CellRef;
  readonly error: string;
}

/** The error a formula without a cached result shows: it was never calculated. */
export const UNCALCULATED = "rumus belum dihitung";

/** Any written value. */
export type Written = WrittenNumber | WrittenEmpty | WrittenText | WrittenError;

const NUMBERISH = /^[\s(+\-−]*(rp\.?\s*)?[\d.,\s]+%?\)?(\s*,-)?$/i;
const DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})$/;
/** A time of day as exports write it: `08:30`, `07.30`, `14.00 WIB` (a leading zero, a colon or a zone). */
const TIME =
  /^(([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?(\s*(wib|wita|wit))?|0\d\.[0-5]\d|([01]?\d|2[0-3])\.[0-5]\d\s*(wib|wita|wit))$/i;
/** A number format that shows a date or a time (days, months by name, years, hours). */
const DATE_FORMAT = /(^|[^\\])(d{1,4}|m{3,5}|y{2,4}|h{1,2}:m{2}|am\/pm)/i;

/** What a number format says about the numbers it shows. */
interface FormatInfo {
  /** It shows a date or a time. */
  readonly date: boolean;
  /** It shows the value times 100 with a `%`. */
  readonly percent: boolean;
  /** The decimals it shows, or undefined for General. */
  readonly decimals: number | undefined;
}

const infoByFormat = new Map<string, FormatInfo>();
/** The format asked last and its answer: cells down a column share one format. */
let last: { readonly fmt: string; readonly info: FormatInfo } | undefined;

/** What a cell's number format says, read once per distinct format. */
function formatInfo(numFmt: string | undefined): FormatInfo {
  const fmt = numFmt ?? "";
  if (last?.fmt === fmt) return last.info;
  let info = infoByFormat.get(fmt);
  if (!info) {
    info = {
      date: fmt !== "" && DATE_FORMAT.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, "")),
      percent: fmt.replace(/"[^"]*"/g, "").includes("%"),
      decimals: formatDecimals(fmt),
    };
    infoByFormat.set(fmt, info);
  }
  last = { fmt, info };
  return info;
}

/** Decimals a number format shows (`#,##0.00` → 2), or undefined for none or General. */
function formatDecimals(numFmt: string): number | undefined {
  if (!numFmt || /general/i.test(numFmt)) return undefined;
  const first = numFmt.split(";")[0].replace(/"[^"]*"/g, "");
  const m = /\.([0#?]+)/.exec(first);
  return m ? m[1].length : 0;
}

/** Decimals in the shortest decimal form of a number (111.35 → 2). */
function valueDecimals(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return 0; // no "." and no "e"
  const s = String(value);
  if (s.includes("e")) return 10;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * A number the cell holds, in the units it shows (a percent format shows it times
 * 100). `raw` stays empty: only a number typed as text has text of its own.
 */
function fromNumber(format: FormatInfo, value: number, at: CellRef): WrittenNumber {
  const shown = format.percent ? value * 100 : value;
  const decimals = format.decimals ?? valueDecimals(shown);
  return { kind: "number", at, value: shown, decimals, raw: "" };
}

function fromText(text: string, at: CellRef): Written {
  // Without a digit, text is "no data" or words: never a number, a date, a time or malformed.
  if (!hasDigit(text))
    return isNoData(text) ? { kind: "empty", at, raw: text } : { kind: "text", at, text };
  if (TIME.test(text))
    return { kind: "text", at, text, malformed: `"${text}" adalah jam, bukan angka` };
  const parsed = parseNumberText(text);
  if (parsed.kind === "empty") return { kind: "empty", at, raw: text };
  if (parsed.kind === "number") {
    return {
      kind: "number",
      at,
      value: parsed.value,
      decimals: parsed.decimals,
      asText: parsed,
      raw: text,
    };
  }
  const malformed = mayBeDate(text)
    ? `"${text}" adalah tanggal, bukan angka`
    : NUMBERISH.test(text) && /\d/.test(text)
      ? parsed.reason
      : undefined;
  return { kind: "text", at, text, malformed };
}

/** A date as typed (`2023-12-31`, `31/12/2023`): 6 to 10 characters from a digit. */
function mayBeDate(text: string): boolean {
  const first = text.charCodeAt(0);
  return text.length >= 6 && text.length <= 10 && first >= 48 && first <= 57 && DATE.test(text);
}

/** Reads the value shown at a grid position (once per cell). */
export function readWritten(grid: Grid, row: number, col: number): Written {
  const known = grid.recalled(row, col) as Written | undefined;
  if (known !== undefined) return known;
  const written = readUncached(grid, row, col);
  grid.remember(row, col, written);
  return written;
}

function readUncached(grid: Grid, row: number, col: number): Written {
  const at = grid.ref(row, col);
  const cell = grid.cell(row, col);
  if (!cell) return { kind: "empty", at, raw: "" };
  if (cell.error) return { kind: "error", at, error: cell.error };
  const v = cell.value;
  if ((v === null || v === undefined) && cell.formula)
    return { kind: "error", at, error: UNCALCULATED };
  if (v === null || v === undefined || v === "") return { kind: "empty", at, raw: "" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "error", at, error: "#NUM!" };
    const format = formatInfo(cell.numFmt);
    if (format.date)
      return {
        kind: "text",
        at,
        text: String(v),
        malformed: `sel berformat tanggal atau jam (${cell.numFmt}), bukan angka`,
      };
    return fromNumber(format, v, at);
  }
  if (typeof v === "boolean") return { kind: "text", at, text: v ? "TRUE" : "FALSE" };
  const text = cleanText(v);
  if (/^#(REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i.test(text))
    return { kind: "error", at, error: text };
  return fromText(text, at);
}

/** The number written, or undefined. */
export function numberOf(w: Written | undefined): number | undefined {
  return w?.kind === "number" ? w.value : undefined;
}

/** The written numbers among some cells, in order. */
export function numbersOf(cells: readonly (Written | undefined)[] | undefined): WrittenNumber[] {
  return (cells ?? []).filter((w): w is WrittenNumber => w?.kind === "number");
}

/** True when nothing is written. */
export function isEmpty(w: Written | undefined): boolean {
  return w === undefined || w.kind === "empty";
}

/** The written value as text for messages and matching. */
export function shownText(w: Written | undefined): string {
  if (!w) return "";
  if (w.kind === "number") return w.asText ? w.raw : formatShown(w.value, w.decimals);
  if (w.kind === "text") return w.text;
  if (w.kind === "error") return w.error;
  return w.raw;
}

/** A number in Indonesian notation at a given number of decimals (0 to 10): 1.540.000,50. */
export function formatShown(value: number, decimals: number): string {
  return formatIndonesian(value, Math.min(Math.max(decimals, 0), 10));
}
