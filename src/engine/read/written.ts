/**
 * A value as the report writer wrote it, with the precision it was written at:
 * the number a cell shows, text that reads as a number, a word, or nothing.
 */
import { NumberText, parseNumberText } from "../number-text";
import { cleanText } from "../text";
import { CellSnapshot } from "../workbook/snapshot";
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

/** True when a number format shows its value as a date or a time. */
function isDateFormat(numFmt: string | undefined): boolean {
  return !!numFmt && DATE_FORMAT.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}

const decimalsByFormat = new Map<string, number | undefined>();

/** Decimals a number format shows (`#,##0.00` → 2), or undefined for General. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  if (!decimalsByFormat.has(numFmt)) decimalsByFormat.set(numFmt, decimalsOfFormat(numFmt));
  return decimalsByFormat.get(numFmt);
}

function decimalsOfFormat(numFmt: string): number | undefined {
  if (/general/i.test(numFmt)) return undefined;
  const first = numFmt.split(";")[0].replace(/"[^"]*"/g, "");
  const m = /\.([0#?]+)/.exec(first);
  return m ? m[1].length : 0;
}

/** Decimals in the shortest decimal form of a number (111.35 → 2). */
export function valueDecimals(value: number): number {
  return decimalsOfDigits(String(value));
}

/** Decimals in a number's shortest decimal form, given that form. */
function decimalsOfDigits(s: string): number {
  if (s.includes("e")) return 10;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

function fromNumber(cell: CellSnapshot, value: number, at: CellRef): WrittenNumber {
  const fmt = cell.numFmt ?? "";
  const percentFormat = fmt !== "" && /%/.test(fmt.replace(/"[^"]*"/g, ""));
  const raw = String(value);
  if (!percentFormat) {
    const decimals = formatDecimals(fmt) ?? decimalsOfDigits(raw);
    return { kind: "number", at, value, decimals, raw };
  }
  const shown = value * 100;
  const decimals = formatDecimals(fmt) ?? valueDecimals(shown);
  return { kind: "number", at, value: shown, decimals, raw };
}

function fromText(text: string, at: CellRef): Written {
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
  const malformed = DATE.test(text)
    ? `"${text}" adalah tanggal, bukan angka`
    : NUMBERISH.test(text) && /\d/.test(text)
      ? parsed.reason
      : undefined;
  return { kind: "text", at, text, malformed };
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
    if (isDateFormat(cell.numFmt))
      return {
        kind: "text",
        at,
        text: String(v),
        malformed: `sel berformat tanggal atau jam (${cell.numFmt}), bukan angka`,
      };
    return fromNumber(cell, v, at);
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

const formats = new Map<number, Intl.NumberFormat>();

/** A number in Indonesian notation at a given number of decimals: 1.540.000,50. */
export function formatShown(value: number, decimals: number): string {
  const d = Math.min(Math.max(decimals, 0), 10);
  let format = formats.get(d);
  if (!format) {
    format = new Intl.NumberFormat("id-ID", { minimumFractionDigits: d, maximumFractionDigits: d });
    formats.set(d, format);
  }
  return format.format(value);
}
