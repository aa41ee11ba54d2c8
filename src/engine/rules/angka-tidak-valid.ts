/**
 * ANGKA_TIDAK_VALID: a number stored as text, mixed separators, a malformed number
 * such as `1,540,00`, a date or a time, an Excel error or a never-calculated
 * formula, in a column that holds numbers. One warning per column and kind: an
 * export that stores a whole column as text gets one warning with the count and
 * the first cells, not one per cell.
 */
import { FindingDraft } from "../finding";
import { NUMERIC_ROLES } from "../read/header-roles";
import { Column, Table } from "../read/table";
import { formatShown, readWritten, UNCALCULATED, Written } from "../read/written";
import { defineRule } from "./rule";
import { pushTo } from "../lists";

/** The kinds of bad cell, each reported once per column. */
type BadKind = "belumDihitung" | "galat" | "rusak" | "teks";

/** One bad cell: its kind, what it says about itself, and what is written. */
interface BadCell {
  readonly kind: BadKind;
  readonly w: Written;
  readonly detail: string;
  readonly actual: string;
}

/** What a group of cells of a kind is, after "N sel di kolom X". */
const GROUP_TEXT: Record<BadKind, string> = {
  belumDihitung: "berisi rumus yang belum dihitung (buka dan simpan ulang di Excel)",
  galat: "berisi galat Excel, bukan angka",
  rusak: "berisi nilai yang bukan angka yang dapat dibaca",
  teks: "berisi angka yang disimpan sebagai teks",
};

/** Cells named in a grouped message and related to it, at most. */
const SHOWN_CELLS = 5;
const RELATED_CELLS = 50;

function badCell(w: Written): BadCell | undefined {
  if (w.kind === "error")
    return w.error === UNCALCULATED
      ? { kind: "belumDihitung", w, detail: "rumus yang belum dihitung", actual: w.error }
      : { kind: "galat", w, detail: `galat Excel ${w.error}`, actual: w.error };
  if (w.kind === "text" && w.malformed)
    return { kind: "rusak", w, detail: w.malformed, actual: w.text };
  if (w.kind === "number" && w.asText && !w.asText.bracketed) {
    const notes = [
      w.asText.mixedSeparators ? "memakai titik dan koma sekaligus" : "",
      w.asText.ambiguous ? "pemisahnya dapat dibaca dua cara" : "",
    ].filter(Boolean);
    const extra = notes.length ? ` (${notes.join("; ")})` : "";
    const detail = `"${w.raw}" dibaca ${formatShown(w.value, w.decimals)}${extra}`;
    return { kind: "teks", w, detail, actual: w.raw };
  }
  return undefined;
}

/** The finding for one cell alone, worded as before grouping. */
function single(table: Table, col: Column, bad: BadCell): FindingDraft {
  const message =
    bad.kind === "teks"
      ? `Angka disimpan sebagai teks di kolom ${col.header}: ${bad.detail}`
      : bad.kind === "rusak"
        ? `Angka tidak valid di kolom ${col.header}: ${bad.detail}`
        : `Sel di kolom ${col.header} berisi ${bad.detail}, bukan angka`;
  return { at: bad.w.at, table: table.label, message, expected: "angka", actual: bad.actual };
}

/** One finding for every cell of a kind in a column, on the first, naming the count and the next cells. */
function grouped(table: Table, col: Column, cells: readonly BadCell[]): FindingDraft {
  const [first, ...rest] = cells;
  const names = rest.slice(0, SHOWN_CELLS).map((c) => c.w.at.address.split("!").pop());
  const more = rest.length > SHOWN_CELLS ? `, dan ${rest.length - SHOWN_CELLS} lagi` : "";
  return {
    at: first.w.at,
    table: table.label,
    message: `${cells.length} sel di kolom ${col.header} ${GROUP_TEXT[first.kind]}, misalnya ${first.detail}; sel lain: ${names.join(", ")}${more}`,
    expected: "angka",
    actual: first.actual,
    related: rest.slice(0, RELATED_CELLS).map((c) => c.w.at),
  };
}

/** The table's numeric columns, each column of the sheet once (the first that claims it). */
function numericColumns(table: Table): Column[] {
  const columns = new Map<number, Column>();
  for (const c of table.columns)
    if (NUMERIC_ROLES.has(c.role) && !columns.has(c.col)) columns.set(c.col, c);
  return [...columns.values()];
}

function* inTable(table: Table): Iterable<FindingDraft> {
  const grid = table.grid;
  /** Merged cells read, by position on the sheet (a merged block is read once); other cells are met once. */
  const seen = new Set<number>();
  const stride = grid.width + 1;
  for (const col of numericColumns(table)) {
    const groups = new Map<BadKind, BadCell[]>();
    for (let row = table.firstRow; row <= table.lastRow; row++) {
      const w = readWritten(grid, row, col.col);
      if (grid.inMerge(row, col.col)) {
        const key = w.at.row * stride + w.at.col;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const bad = badCell(w);
      if (!bad) continue;
      pushTo(groups, bad.kind, bad);
    }
    for (const cells of groups.values())
      yield cells.length === 1 ? single(table, col, cells[0]) : grouped(table, col, cells);
  }
}

/** The rule. */
export const ANGKA_TIDAK_VALID = defineRule(
  "ANGKA_TIDAK_VALID",
  "warning",
  "Angka tidak valid atau disimpan sebagai teks",
  "Angka yang disimpan sebagai teks, pemisah ribuan dan desimal yang bercampur, angka rusak seperti 1,540,00, atau tanggal dan jam di kolom angka; satu peringatan per kolom dan jenis.",
  function* (model) {
    for (const t of model.tables) yield* inTable(t);
  }
);
