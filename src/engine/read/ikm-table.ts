/**
 * IKM survey tables (PermenPANRB 14/2017), however they are laid out: the unsur
 * U1…U9 as columns with rows of respondents, Σ, NRR, NRR tertimbang and the IKM
 * (the sample's Tabel 3.3 is the short form: one NRR row and the IKM), or the
 * unsur listed down the rows with their NRR and the IKM below. Weights and
 * weighted rows are never read as unsur.
 */
import { parseNumberText } from "../number-text";
import { cleanText } from "../text";
import { CellRef } from "../workbook/address";
import { Column, columnsOf, Table } from "./table";
import { readWritten, Written, WrittenNumber } from "./written";

/** The IKM written for the unit, with the grade written beside it. */
export interface WrittenIkm {
  readonly at: CellRef;
  readonly value: number;
  readonly decimals: number;
  readonly grade?: string;
}

/** The per-unsur rows of a survey sheet, when it shows them. */
export interface IkmSurvey {
  /** One row of scores per respondent. */
  readonly respondents: readonly (readonly Written[])[];
  readonly sums?: readonly Written[];
  readonly weighted?: readonly Written[];
  /** The sum of the weighted row, written beside it or on a row of its own. */
  readonly weightedTotal?: WrittenNumber;
  /** The weight per unsur, when a Bobot row writes it. */
  readonly weights?: readonly Written[];
}

/** What an IKM table states. */
export interface IkmTable {
  readonly table: Table;
  /** Unsur values (NRR), in order; undefined where the cell is not a number. */
  readonly unsur: readonly (WrittenNumber | undefined)[];
  readonly unsurCells: readonly Written[];
  readonly grades: readonly Written[];
  readonly ikm?: WrittenIkm;
  readonly survey: IkmSurvey;
}

type RowKind = "ikm" | "mutu" | "tertimbang" | "bobot" | "nrr" | "jumlah" | "responden";

const IKM_ROW = /ikm unit|nilai ikm|^ikm\b(?!.*per\s*unsur)|indeks kepuasan|^nilai indeks/i;
const GRADE_ROW = /kategori|mutu|predikat/i;
const NRR_ROW = /^nrr|nilai rata|rata-rata|ikm per unsur|nilai unsur|^nilai$|^nilai per unsur/i;
const SUM_ROW = /^(σ|∑|jumlah|total)/i;
const RESPONDENT_ROW = /^(responden\s*)?(ke\s*)?-?\d+\.?$|^r\s*\d+$/i;

function rowKind(label: string): RowKind | undefined {
  const text = cleanText(label);
  if (/tertimbang/i.test(text)) return /^(σ|∑|jumlah|total)/i.test(text) ? "jumlah" : "tertimbang";
  if (/^bobot/i.test(text)) return "bobot";
  if (IKM_ROW.test(text)) return "ikm";
  if (GRADE_ROW.test(text)) return "mutu";
  if (NRR_ROW.test(text)) return "nrr";
  if (SUM_ROW.test(text)) return "jumlah";
  if (RESPONDENT_ROW.test(text)) return "responden";
  return undefined;
}

function labelOf(table: Table, row: number, firstCol: number): string {
  for (let c = firstCol - 1; c >= 0; c--) {
    const text = table.grid.text(row, c);
    if (text) return text;
  }
  return "";
}

/** An IKM written as a number, or as text such as `83,514 (Baik)`. */
export function readIkmCell(table: Table, row: number, col: number): WrittenIkm | undefined {
  const w = readWritten(table.grid, row, col);
  if (w.kind === "number") return { at: w.at, value: w.value, decimals: w.decimals };
  if (w.kind !== "text") return undefined;
  const m = /^([\d.,]+)\s*(?:\(([^)]*)\))?/.exec(cleanText(w.text));
  const parsed = m ? parseNumberText(m[1]) : undefined;
  if (!m || parsed?.kind !== "number") return undefined;
  return { at: w.at, value: parsed.value, decimals: parsed.decimals, grade: m[2]?.trim() };
}

function numbersIn(cells: readonly Written[]): (WrittenNumber | undefined)[] {
  return cells.map((w) => (w.kind === "number" ? w : undefined));
}

/** The number written right of the unsur columns on a row (a weighted row's total). */
function besideUnsur(
  table: Table,
  row: number,
  cols: readonly Column[]
): WrittenNumber | undefined {
  const last = Math.max(...cols.map((c) => c.col));
  for (let c = last + 1; c <= last + 2 && c < table.grid.width; c++) {
    const w = readWritten(table.grid, row, c);
    if (w.kind === "number") return w;
  }
  return undefined;
}

/** Reads an IKM table with the unsur as columns, its rows by their labels. */
function readAcross(table: Table): IkmTable {
  const cols = columnsOf(table, "unsur").sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const firstCol = Math.min(...cols.map((c) => c.col));
  const cellsOf = (row: number) => cols.map((c) => readWritten(table.grid, row, c.col));
  const respondents: Written[][] = [];
  const survey: { -readonly [K in keyof IkmSurvey]: IkmSurvey[K] } = { respondents };
  let nrr: Written[] | undefined;
  let unlabelled: Written[] | undefined;
  let grades: Written[] = [];
  let ikm: WrittenIkm | undefined;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const kind = rowKind(labelOf(table, row, firstCol));
    const cells = cellsOf(row);
    const numeric = cells.some((w) => w.kind === "number");
    if (kind === "ikm") ikm = readIkmCell(table, row, firstCol) ?? ikm;
    else if (kind === "mutu") grades = cells;
    else if (kind === "tertimbang" && numeric) {
      survey.weighted = cells;
      survey.weightedTotal = besideUnsur(table, row, cols) ?? survey.weightedTotal;
    } else if (kind === "jumlah" && /tertimbang/i.test(labelOf(table, row, firstCol)))
      survey.weightedTotal = numbersIn(cells).find((w) => w !== undefined) ?? survey.weightedTotal;
    else if (kind === "bobot") survey.weights = cells;
    else if (kind === "nrr" && numeric) nrr = cells;
    else if (kind === "jumlah" && numeric) survey.sums = cells;
    else if (kind === "responden" && numeric) respondents.push(cells);
    else if (kind === undefined && numeric && !unlabelled) unlabelled = cells;
  }
  const unsurCells = nrr ?? (respondents.length === 0 ? (unlabelled ?? []) : []);
  return { table, unsur: numbersIn(unsurCells), unsurCells, grades, ikm, survey };
}

const UNSUR_NAMES: readonly RegExp[] = [
  /persyaratan/,
  /sistem|mekanisme|prosedur/,
  /waktu/,
  /biaya|tarif/,
  /produk|spesifikasi/,
  /kompetensi|kemampuan/,
  /perilaku|kesopanan|keramahan/,
  /pengaduan|saran|masukan/,
  /sarana|prasarana|fasilitas/,
  /maklumat/,
  /kenyamanan|keamanan|kepastian|keadilan/,
];

/** Any of the unsur names, in one pattern (the same answer as testing each). */
const ANY_UNSUR_NAME = new RegExp(UNSUR_NAMES.map((p) => p.source).join("|"));

/** An unsur by its number: `U3`, `Unsur 3`, `u-11`. */
const UNSUR_NUMBER = /^(u|unsur)\s*-?\s*\d{1,2}\b/;

/** The two patterns ignoring case: on ASCII text, the same answer as lower-casing it first. */
const UNSUR_NUMBER_ANY_CASE = new RegExp(UNSUR_NUMBER.source, "i");
const ANY_UNSUR_NAME_ANY_CASE = new RegExp(ANY_UNSUR_NAME.source, "i");

/** True when every character of the text is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** True when lower-case-matching patterns find an unsur number, or a name in a short label. */
function namesUnsur(text: string, number: RegExp, name: RegExp): boolean {
  return number.test(text) || (text.length <= 80 && name.test(text));
}

/**
 * True when a label names one unsur: `U3`, `Unsur 3`, or the unsur's name. Read
 * for every label of every table, so ASCII labels (nearly all) are matched
 * ignoring case rather than copied in lower case.
 */
export function isUnsurLabel(label: string): boolean {
  if (label === "") return false;
  const text = cleanText(label);
  if (isAscii(text)) return namesUnsur(text, UNSUR_NUMBER_ANY_CASE, ANY_UNSUR_NAME_ANY_CASE);
  return namesUnsur(text.toLowerCase(), UNSUR_NUMBER, ANY_UNSUR_NAME);
}

/** The rows of a table that name unsur, with the column holding their values (all on 1–4). */
function unsurRows(table: Table): { rows: number[]; col: Column } | undefined {
  const rows: number[] = [];
  const first = Math.max(0, table.columns[0].col - 1);
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    for (let c = first; c < first + 3; c++)
      if (isUnsurLabel(table.grid.text(row, c))) {
        rows.push(row);
        break;
      }
  }
  if (rows.length < 5) return undefined;
  const col = table.columns.find((c) =>
    rows.every((row) => {
      const w = readWritten(table.grid, row, c.col);
      return w.kind === "number" && w.value >= 1 && w.value <= 4;
    })
  );
  return col ? { rows, col } : undefined;
}

/** Reads an IKM table with the unsur down the rows, or undefined when the table is not one. */
function readDown(table: Table): IkmTable | undefined {
  if (table.columns.length === 0) return undefined;
  const found = unsurRows(table);
  if (!found) return undefined;
  const unsurCells = found.rows.map((row) => readWritten(table.grid, row, found.col.col));
  let ikm: WrittenIkm | undefined;
  const last = found.rows[found.rows.length - 1];
  for (let row = last + 1; row <= table.lastRow; row++) {
    const label = [0, 1, 2, 3].map((c) => table.grid.text(row, c)).join(" ");
    if (!IKM_ROW.test(label.trim()) && !/\bikm\b|indeks kepuasan/i.test(label)) continue;
    for (let c = found.col.col; c < table.grid.width && !ikm; c++) ikm = readIkmCell(table, row, c);
  }
  const gradeCol = table.columns.find(
    (c) => c.col > found.col.col && /mutu|kategori|predikat/i.test(c.header)
  );
  const grades = gradeCol
    ? found.rows.map((row) => readWritten(table.grid, row, gradeCol.col))
    : [];
  return {
    table,
    unsur: numbersIn(unsurCells),
    unsurCells,
    grades,
    ikm,
    survey: { respondents: [] },
  };
}

const readings = new WeakMap<Table, IkmTable | null>();

/**
 * The IKM table a table is (the unsur across its columns, else down its rows),
 * read once per table; undefined when it is not one.
 */
export function ikmTableOf(table: Table): IkmTable | undefined {
  let reading = readings.get(table);
  if (reading === undefined) {
    reading = columnsOf(table, "unsur").length > 0 ? readAcross(table) : (readDown(table) ?? null);
    readings.set(table, reading);
  }
  return reading ?? undefined;
}

/** Reads an IKM table; a table that is not one reads as an empty survey. */
export function readIkmTable(table: Table): IkmTable {
  return (
    ikmTableOf(table) ?? {
      table,
      unsur: [],
      unsurCells: [],
      grades: [],
      survey: { respondents: [] },
    }
  );
}
