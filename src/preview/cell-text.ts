/**
 * A cell's text as Excel shows it, for the preview's sheet view: a number in the
 * General format (no format, or `General`) without thousands separators, so a year
 * stays 2023; a number with a format code in that format's decimals, grouping,
 * percent, sections and literal text. Indonesian separators (1.540.000,5), as
 * Excel shows them in an Indonesian Windows.
 */
import { CellSnapshot } from "../engine/workbook/snapshot";

/** Excel's General format: integers as they are, fractions to ten significant digits. */
function general(value: number): string {
  return value.toLocaleString("id-ID", { useGrouping: false, maximumSignificantDigits: 10 });
}

/** The section of `code` that applies to `value` (positive;negative;zero;text). */
function sectionFor(code: string, value: number): { section: string; negative: boolean } {
  const sections = code.split(";");
  if (value < 0 && sections.length > 1) return { section: sections[1], negative: true };
  if (value === 0 && sections.length > 2) return { section: sections[2], negative: false };
  return { section: sections[0], negative: false };
}

/** Literal text of a format section: quoted strings and escaped characters, colours dropped. */
function literal(part: string): string {
  return part
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ");
}

/** `value` in the number format `code`, or undefined for codes this view does not read (dates). */
function formatted(value: number, code: string): string | undefined {
  const { section, negative } = sectionFor(code, value);
  const bare = section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (/[dmyhs]/i.test(bare)) return undefined;
  const core = /[#0?][#0?,]*(\.[#0?]*)?|\.[#0?]+/.exec(section);
  if (!core) return literal(section) || general(value);
  const percent = bare.includes("%");
  const decimals = (core[1] ?? "").length - (core[1] ? 1 : 0);
  const number = (negative ? Math.abs(value) : value) * (percent ? 100 : 1);
  const text = number.toLocaleString("id-ID", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: core[0].split(".")[0].includes(","),
  });
  const before = literal(section.slice(0, core.index));
  const after = literal(section.slice(core.index + core[0].length));
  return `${before}${text}${after}`;
}

/** What the sheet view shows in `cell`. */
export function cellText(cell: CellSnapshot | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  const code = cell?.numFmt;
  if (!code || /^general$/i.test(code) || code === "@") return general(value);
  return formatted(value, code) ?? general(value);
}
