/**
 * The IKM survey table (Tabel 3.3): the unsur values under U1…U9, their grades,
 * and the IKM of the unit with its grade ("83,514 (Baik)").
 */
import { parseNumberText } from "../number-text";
import { cleanText } from "../text";
import { CellRef } from "../workbook/address";
import { columnsOf, Table } from "./table";
import { readWritten, Written, WrittenNumber } from "./written";

/** The IKM written for the unit, with the grade written beside it. */
export interface WrittenIkm {
  readonly at: CellRef;
  readonly value: number;
  readonly decimals: number;
  readonly grade?: string;
}

/** What an IKM table states. */
export interface IkmTable {
  readonly table: Table;
  /** Unsur values, in U order; undefined where the cell is not a number. */
  readonly unsur: readonly (WrittenNumber | undefined)[];
  readonly unsurCells: readonly Written[];
  readonly grades: readonly Written[];
  readonly ikm?: WrittenIkm;
}

const UNSUR_ROW = /ikm per unsur|nilai unsur|nilai rata|rata-rata unsur|^nrr|^nilai$/i;
const GRADE_ROW = /kategori|mutu|predikat/i;
const IKM_ROW = /ikm unit|nilai ikm|^ikm$|indeks kepuasan|ikm unit layanan/i;

function labelOf(table: Table, row: number, firstCol: number): string {
  for (let c = firstCol - 1; c >= 0; c--) {
    const text = table.grid.text(row, c);
    if (text) return text;
  }
  return "";
}

function readIkmCell(table: Table, row: number, col: number): WrittenIkm | undefined {
  const w = readWritten(table.grid, row, col);
  if (w.kind === "number") return { at: w.at, value: w.value, decimals: w.decimals };
  if (w.kind !== "text") return undefined;
  const m = /^([\d.,]+)\s*(?:\(([^)]*)\))?/.exec(cleanText(w.text));
  const parsed = m ? parseNumberText(m[1]) : undefined;
  if (!m || parsed?.kind !== "number") return undefined;
  return { at: w.at, value: parsed.value, decimals: parsed.decimals, grade: m[2]?.trim() };
}

/** Reads an IKM table's rows by their labels. */
export function readIkmTable(table: Table): IkmTable {
  const cols = columnsOf(table, "unsur").sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const firstCol = Math.min(...cols.map((c) => c.col));
  let unsurCells: Written[] = [];
  let grades: Written[] = [];
  let ikm: WrittenIkm | undefined;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const label = labelOf(table, row, firstCol);
    if (IKM_ROW.test(label)) ikm = readIkmCell(table, row, firstCol);
    else if (GRADE_ROW.test(label)) grades = cols.map((c) => readWritten(table.grid, row, c.col));
    else if (UNSUR_ROW.test(label) || unsurCells.length === 0) {
      const cells = cols.map((c) => readWritten(table.grid, row, c.col));
      if (cells.some((w) => w.kind === "number")) unsurCells = cells;
    }
  }
  const unsur = unsurCells.map((w) => (w.kind === "number" ? w : undefined));
  return { table, unsur, unsurCells, grades, ikm };
}
