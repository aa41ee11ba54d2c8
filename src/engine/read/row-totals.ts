/**
 * Total and mean rows of any table, found from their labels and checked from the
 * numbers: a Jumlah / Total / Σ row closes the block of rows above it (back to the
 * previous total), a grand total after subtotals closes the subtotals, and a
 * Rata-rata row is the mean of the block it follows. Only columns that add up are
 * summed: never a percentage, a ratio, an index, a weight, a rank, a year or a
 * row number.
 */
import { agreesWithin, operandInterval } from "../tolerance";
import { Column, Table } from "./table";
import { BARE_TOTAL_LABEL, labelDepth, LabelledRow, numberIn, wordedDepth } from "./rows";
import { Relation } from "./relations";
import { Written, WrittenNumber } from "./written";

/** A labelled total or mean cell and the rows it stands for. */
export interface RowTotal {
  readonly table: Table;
  readonly kind: "jumlah" | "rata";
  readonly row: LabelledRow;
  readonly column: Column;
  readonly parts: readonly LabelledRow[];
  readonly written: WrittenNumber;
  /** The sum (or mean) of the parts, or of the top level of a hierarchy in them. */
  readonly expected: number;
  readonly holds: boolean;
}

const NOT_SUMMED_HEADER =
  /%|persen|capaian|rasio|indeks|rata|ikm|bobot|tingkat|skor|predikat|peringkat|rangking|ranking|nilai\s*(rata|ikm|unsur)/i;
const NOT_SUMMED_KIND = new Set(["rasio", "pertumbuhan", "hasilBagi", "rataDeret"]);
const NOT_SUMMED_ROLE = new Set(["capaian", "persen", "indeksEfisiensi", "bobot", "unsur"]);

function percentFormatted(table: Table, rows: readonly LabelledRow[], col: Column): boolean {
  return rows.some((r) => /%/.test(table.grid.cell(r.row, col.col)?.numFmt ?? ""));
}

/** True when a column's numbers may be added up down the table. */
export function isAdditive(
  table: Table,
  rows: readonly LabelledRow[],
  col: Column,
  relation: Relation | undefined
): boolean {
  if (NOT_SUMMED_ROLE.has(col.role) || percentFormatted(table, rows, col)) return false;
  if (relation && NOT_SUMMED_KIND.has(relation.kind)) return false;
  return !NOT_SUMMED_HEADER.test(col.header);
}

/** The sum of written values (blanks as 0) with the range the rounded ones allow; undefined on text. */
/** A sum with the range its rounded parts allow: [sum, low, high]. */
type SumRange = [number, number, number];

/** Adds one written value to a sum (blanks as 0); undefined once a value is not a number. */
function addWritten(acc: SumRange | undefined, w: Written | undefined): SumRange | undefined {
  if (!acc || !w || w.kind === "empty") return acc;
  if (w.kind !== "number") return undefined;
  const [a, b] = operandInterval(w);
  return [acc[0] + w.value, acc[1] + a, acc[2] + b];
}

function sumRange(rows: readonly LabelledRow[], col: Column): SumRange | undefined {
  let acc: SumRange | undefined = [0, 0, 0];
  for (const r of rows) acc = addWritten(acc, r.values.get(col.col));
  return acc;
}

/** The rows of the top level of a hierarchy in the parts, when their labels show one. */
function topLevel(parts: readonly LabelledRow[]): LabelledRow[] | undefined {
  const depths = parts.map((p) => labelDepth(p.label));
  const known = depths.filter((d): d is number => d !== undefined);
  if (known.length < 2 || new Set(known).size < 2) return undefined;
  const top = known.reduce((m, d) => Math.min(m, d), Infinity);
  return parts.filter((_, i) => depths[i] === top);
}

/** The deepest rows: those not followed by a deeper one. */
function leaves(parts: readonly LabelledRow[]): LabelledRow[] | undefined {
  const depths = parts.map((p) => labelDepth(p.label));
  if (depths.some((d) => d === undefined) || new Set(depths).size < 2) return undefined;
  return parts.filter((_, i) => !(i + 1 < parts.length && depths[i + 1]! > depths[i]!));
}

function checkSum(
  table: Table,
  row: LabelledRow,
  parts: readonly LabelledRow[],
  col: Column
): RowTotal | undefined {
  const written = numberIn(row, col);
  if (!written) return undefined;
  const options = [parts, topLevel(parts), leaves(parts)].filter(
    (p): p is LabelledRow[] => p !== undefined && p.length > 0
  );
  let first: number | undefined;
  for (const option of options) {
    const range = sumRange(option, col);
    if (!range) return undefined;
    first ??= range[0];
    if (agreesWithin(range[1], range[2], written))
      return {
        table,
        kind: "jumlah",
        row,
        column: col,
        parts: option,
        written,
        expected: range[0],
        holds: true,
      };
  }
  if (first === undefined || !parts.some((p) => numberIn(p, col))) return undefined;
  const shown = topLevel(parts) ?? parts;
  const expected = sumRange(shown, col)?.[0] ?? first;
  return { table, kind: "jumlah", row, column: col, parts: shown, written, expected, holds: false };
}

function checkMean(
  table: Table,
  row: LabelledRow,
  parts: readonly LabelledRow[],
  col: Column
): RowTotal | undefined {
  const written = numberIn(row, col);
  const values = parts.map((p) => numberIn(p, col)).filter((w): w is WrittenNumber => !!w);
  if (!written || values.length === 0) return undefined;
  if (parts.some((p) => p.values.get(col.col)?.kind === "text")) return undefined;
  const range = sumRange(parts, col)!;
  const holds = [values.length, parts.length].some((n) =>
    agreesWithin(range[1] / n, range[2] / n, written)
  );
  return {
    table,
    kind: "rata",
    row,
    column: col,
    parts,
    written,
    expected: range[0] / values.length,
    holds,
  };
}

/** A total or mean row with the rows it closes. */
export interface ClosedBlock {
  readonly row: LabelledRow;
  readonly kind: "jumlah" | "rata";
  readonly parts: readonly LabelledRow[];
}

/** Each total and mean row with the rows it closes. */
export function closedBlocks(rows: readonly LabelledRow[]): ClosedBlock[] {
  const blocks: ClosedBlock[] = [];
  let parts: LabelledRow[] = [];
  let last: LabelledRow[] = [];
  let sections: LabelledRow[] = [];
  for (const row of rows) {
    if (row.isMean) {
      blocks.push({ row, kind: "rata", parts: parts.length ? parts : last });
      continue;
    }
    if (!row.isTotal) {
      parts.push(row);
      continue;
    }
    if (parts.length) {
      blocks.push({ row, kind: "jumlah", parts });
      sections.push(row);
      last = parts;
    } else if (sections.length >= 2) {
      blocks.push({ row, kind: "jumlah", parts: sections });
      sections = [];
    }
    parts = [];
  }
  return blocks;
}

/** True when a total row's label is only a total's name, or the row fails no test of being one. */
function bareTotal(row: LabelledRow): boolean {
  return row.labels.some((l) => BARE_TOTAL_LABEL.test(l));
}

/**
 * Parent rows of a hierarchy the labels spell out (`Program …` › `Kegiatan …` ›
 * `1. Sub Kegiatan …`), each with its children: the rows one level deeper up to
 * the next row at its own level or above.
 */
export function labelledParents(
  rows: readonly LabelledRow[]
): { row: LabelledRow; parts: LabelledRow[] }[] {
  const worded = rows.filter((r) => wordedDepth(r.label) !== undefined);
  if (worded.length < 2 || worded.length * 2 < rows.filter((r) => !r.isTotal).length) return [];
  const depth = (r: LabelledRow) => wordedDepth(r.label);
  const parents: { row: LabelledRow; parts: LabelledRow[] }[] = [];
  rows.forEach((row, i) => {
    const d = depth(row);
    if (d === undefined) return;
    const parts: LabelledRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const dj = depth(rows[j]);
      if (dj === undefined || dj <= d) break;
      if (dj === d + 1) parts.push(rows[j]);
    }
    if (parts.length) parents.push({ row, parts });
  });
  return parents;
}

/** An unlabelled row that adds up the rows before it: a subtotal an export leaves without a name. */
interface Subtotal {
  readonly row: LabelledRow;
  readonly run: readonly LabelledRow[];
}

/**
 * The unlabelled rows of a block that are the sums of the rows before them (back
 * to the previous such row) in most columns that add up and hold numbers there.
 */
/** Running sums (with the range rounding allows) of each column since the last subtotal. */
class RunningSums {
  private sums = new Map<number, SumRange | undefined>();

  constructor(private readonly cols: readonly Column[]) {
    this.reset();
  }

  reset(): void {
    for (const c of this.cols) this.sums.set(c.col, [0, 0, 0]);
  }

  add(row: LabelledRow): void {
    for (const c of this.cols)
      this.sums.set(c.col, addWritten(this.sums.get(c.col), row.values.get(c.col)));
  }

  get(col: Column): SumRange | undefined {
    return this.sums.get(col.col);
  }
}

function unlabelledSubtotals(
  parts: readonly LabelledRow[],
  additive: readonly Column[]
): Subtotal[] {
  const found: Subtotal[] = [];
  const running = new RunningSums(additive);
  let start = 0;
  parts.forEach((row, i) => {
    if (row.label !== "" || i - start < 2) {
      running.add(row);
      return;
    }
    const cols = additive.filter((c) => numberIn(row, c));
    const agreeing = cols.filter((c) => {
      const range = running.get(c);
      return range !== undefined && agreesWithin(range[1], range[2], numberIn(row, c)!);
    });
    if (cols.length && agreeing.length * 2 > cols.length) {
      found.push({ row, run: parts.slice(start, i) });
      start = i + 1;
      running.reset();
    } else running.add(row);
  });
  return found;
}

/**
 * Every labelled total and mean of a table, per column that adds up. A row whose
 * label merely begins with "Jumlah" (an item named "Jumlah penduduk miskin") is
 * taken as a total only when it holds in at least one column. Unlabelled
 * subtotals inside a block are checked against their own rows, and the block's
 * total against the items alone.
 */
export function rowTotals(
  table: Table,
  rows: readonly LabelledRow[],
  blocks: readonly ClosedBlock[],
  columns: readonly Column[],
  relations: ReadonlyMap<number, Relation>
): RowTotal[] {
  const found: RowTotal[] = [];
  const additive = columns.filter((col) => isAdditive(table, rows, col, relations.get(col.col)));
  for (const block of blocks) {
    const subtotals = block.kind === "jumlah" ? unlabelledSubtotals(block.parts, additive) : [];
    const items = block.parts.filter((p) => !subtotals.some((s) => s.row === p));
    const checks: RowTotal[] = [];
    for (const col of columns) {
      const check =
        block.kind === "rata"
          ? checkMean(table, block.row, block.parts, col)
          : additive.includes(col)
            ? checkSum(table, block.row, items, col)
            : undefined;
      if (check) checks.push(check);
    }
    for (const s of subtotals)
      for (const col of additive) {
        const check = checkSum(table, s.row, s.run, col);
        if (check) checks.push(check);
      }
    const trusted = block.kind === "rata" || bareTotal(block.row) || checks.some((c) => c.holds);
    if (trusted) for (const c of checks) found.push(c);
  }
  for (const parent of labelledParents(rows))
    for (const col of additive) {
      const check = checkSum(table, parent.row, parent.parts, col);
      if (check) found.push(check);
    }
  return found;
}
