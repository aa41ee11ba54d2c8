/**
 * How wide a cell's text is and how many lines it takes when wrapped, in Excel's
 * column-width unit (one digit of the default font). An estimate, generous for
 * Calibri, because neither Excel nor LibreOffice fits rows to wrapped text when a
 * file is opened.
 */
import { CellSnapshot } from "./snapshot";

/** Bold text is about a tenth wider than regular text. */
export const BOLD_FACTOR = 1.1;

function decimalsOf(numFmt: string): number {
  const m = /\.(0+)/.exec(numFmt.split(";")[0]);
  return m ? m[1].length : 0;
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function shownNumber(value: number, numFmt: string | undefined): string {
  if (!numFmt || /general/i.test(numFmt)) {
    const text = String(Math.round(value * 1e9) / 1e9);
    return text.length > 11 ? value.toPrecision(6) : text;
  }
  const percent = numFmt.includes("%");
  const fixed = Math.abs(percent ? value * 100 : value).toFixed(decimalsOf(numFmt));
  const [whole, fraction] = fixed.split(".");
  const body = numFmt.includes(",") ? grouped(whole) : whole;
  return `${value < 0 ? "-" : ""}${body}${fraction ? `,${fraction}` : ""}${percent ? "%" : ""}`;
}

/** The text a cell shows, roughly as Excel formats it. */
export function shownText(cell: CellSnapshot | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return shownNumber(v, cell?.numFmt);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Widths of characters in digits of the font (Calibri and DejaVu Sans alike, roughly). */
const NARROW = /[ il.,;:'!|I()[\]]/;
const SLIM = /[frtjJ\-/"]/;
const WIDE = /[mwMW%@]/;
const UPPER = /[A-Z]/;

function charWidth(ch: string): number {
  if (NARROW.test(ch)) return 0.5;
  if (SLIM.test(ch)) return 0.7;
  if (WIDE.test(ch)) return 1.5;
  if (UPPER.test(ch)) return 1.15;
  return /[0-9]/.test(ch) ? 1 : 0.9;
}

/** The width of a text in digits of the font. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** The width of the widest word (or number) of a text. */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(textWidth));
}

/** The width of the widest line of a text. */
export function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map(textWidth));
}

/** Room lost to a cell's padding, in digits (Excel's 5 px and a little). */
const CELL_PADDING = 1;

/**
 * The lines a text takes when wrapped at word boundaries in a cell `width`
 * digits wide; a word longer than a line is broken.
 */
export function wrappedLines(text: string, width: number, factor = 1): number {
  const room = Math.max(1, width - CELL_PADDING);
  const space = charWidth(" ") * factor;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = -1;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word) * factor;
      if (used >= 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used >= 0) count++;
      const broken = Math.ceil(w / room);
      count += broken - 1;
      used = w - (broken - 1) * room;
    }
    lines += count;
  }
  return lines;
}
