/**
 * What a numeric column means, inferred from its numbers: for each column, the
 * relationship to other columns of the same table that holds on most body rows
 * (A / B × 100, A − B, A + B, (A − B) / B × 100, A / B, A × k, or the sum or mean
 * of a run of columns), at the written precision. A relationship is taken only
 * with enough support (at least 3 rows and two thirds of the rows where it can be
 * computed), or with the table's own word for it (a column-number row such as
 * `5 = 4/3x100%`, a `Jumlah` header over a run of columns); the rows where it
 * fails are what the rules report.
 */
import { agrees, agreesWithOperands, applyTo } from "../tolerance";
import { Column, Table } from "./table";
import {
  Candidate,
  computable,
  declaredBy,
  declaredByRoles,
  declaredTotal,
  Formula,
  formulaOf,
  mayBeDerived,
  OPERAND_ROLES,
  pairs,
  RelationKind,
  runs,
  telling,
} from "./relation-candidates";
import { labelledRows, LabelledRow } from "./rows";
import { columnLetters } from "../workbook/address";
import { formatShown, Written, WrittenNumber } from "./written";

/** A relationship a column follows. */
export interface Relation {
  readonly table: Table;
  readonly target: Column;
  readonly kind: RelationKind;
  readonly operands: readonly Column[];
  /** The constant factor of `kali`. */
  readonly factor?: number;
  /** Rows where it holds, and rows where it could be computed. */
  readonly support: number;
  readonly applicable: number;
  /** Where the table itself says so: `judul kolom "…"` or `baris nomor kolom "5 = 4/3x100%"`. */
  readonly declared?: string;
  readonly failures: readonly RelationFailure[];
}

/** A row where a column does not follow its relationship. */
export interface RelationFailure {
  readonly row: LabelledRow;
  readonly written: WrittenNumber;
  readonly expected: number;
  readonly operands: readonly WrittenNumber[];
}

/** The values of some rows, column by column: each column read once for all the candidates tallied on it. */
class ColumnValues {
  private readonly byCol = new Map<number, (Written | undefined)[]>();

  constructor(private readonly rows: readonly LabelledRow[]) {}

  /** The value of each row in one column, in row order. */
  of(col: number): readonly (Written | undefined)[] {
    let values = this.byCol.get(col);
    if (!values) {
      values = new Array<Written | undefined>(this.rows.length);
      for (let r = 0; r < this.rows.length; r++) values[r] = this.rows[r].values.get(col);
      this.byCol.set(col, values);
    }
    return values;
  }
}

/**
 * Puts row `r`'s operand values in `found` (in the candidate's order), when all
 * are numbers (a run that is summed may hold blanks as 0); false otherwise.
 */
function operandsAt(
  row: LabelledRow,
  r: number,
  c: Candidate,
  columns: readonly (readonly (Written | undefined)[])[],
  found: WrittenNumber[]
): boolean {
  for (let i = 0; i < columns.length; i++) {
    const w = columns[i][r];
    if (w?.kind === "number") found[i] = w;
    else if (c.kind === "jumlahDeret" && (!w || w.kind === "empty"))
      found[i] = { kind: "number", at: row.labelAt, value: 0, decimals: 0, raw: "" };
    else return false;
  }
  return true;
}

interface Tally {
  support: number;
  applicable: number;
  /** Supporting rows that could not agree by coincidence. */
  telling: number;
}

/** True when a written result agrees with the formula, exactly or within its operands' rounding. */
function holds(
  formula: Formula,
  ops: readonly WrittenNumber[],
  values: readonly number[],
  y: WrittenNumber
) {
  const exact = applyTo(formula, values);
  if (Number.isFinite(exact) && agrees(exact, y)) return true;
  let rounded = false;
  for (const o of ops) if (o.decimals > 0) rounded = true;
  return rounded && agreesWithOperands(formula, ops, y);
}

/**
 * When a tally may stop before its last row: `never` (a declared candidate, or the
 * chosen one whose failures are kept), `sample` (once the first rows can no longer
 * agree on two thirds), `accepted` (once the candidate can no longer be accepted
 * as an undeclared relationship, see {@link accepted}).
 */
type Patience = "never" | "sample" | "accepted";

/** True when no outcome of the `left` rows still to tally can make the tally pass. */
function hopeless(t: Tally, left: number, patience: Patience): boolean {
  if (patience === "never") return false;
  const failed = t.applicable - t.support;
  if (t.support + left < 2 * failed) return true;
  return patience === "accepted" && (t.support + left < 3 || t.telling + left < 2);
}

/**
 * Counts where a candidate holds on the first `to` rows, or undefined once it is
 * {@link hopeless}; when given `failures`, keeps the rows where it fails there
 * (only the chosen candidate's failures are kept: most candidates fail on most
 * rows). One operand array and one value array serve every row; a failure keeps
 * a copy.
 */
function tally(
  rows: readonly LabelledRow[],
  byColumn: ColumnValues,
  target: Column,
  c: Candidate,
  to: number,
  patience: Patience,
  failures?: RelationFailure[]
): Tally | undefined {
  const formula = formulaOf(c);
  const t: Tally = { support: 0, applicable: 0, telling: 0 };
  const n = c.operands.length;
  const ops = new Array<WrittenNumber>(n);
  const values = new Array<number>(n);
  const results = byColumn.of(target.col);
  const columns = c.operands.map((o) => byColumn.of(o.col));
  for (let r = 0; r < to; r++) {
    if (hopeless(t, to - r, patience)) return undefined;
    const row = rows[r];
    const y = results[r];
    if (y?.kind !== "number" || !operandsAt(row, r, c, columns, ops)) continue;
    for (let i = 0; i < n; i++) values[i] = ops[i].value;
    if (!computable(c.kind, values)) continue;
    t.applicable++;
    if (holds(formula, ops, values, y)) {
      t.support++;
      if (telling(c.kind, values, y.value)) t.telling++;
      continue;
    }
    if (!failures) continue;
    const expected = applyTo(formula, values);
    if (Number.isFinite(expected))
      failures.push({ row, written: y, expected, operands: ops.slice() });
  }
  return hopeless(t, 0, patience) ? undefined : t;
}

/** Rows tallied first: a candidate that fails on them is not tallied on the rest. */
const SAMPLE = 40;

/**
 * Tallies a candidate on a sample of the rows first, and on all rows only when the
 * sample agrees; undefined when an undeclared candidate cannot be accepted.
 */
function tallyQuickly(
  rows: readonly LabelledRow[],
  byColumn: ColumnValues,
  target: Column,
  c: Candidate
): Tally | undefined {
  const patience: Patience = c.declared ? "never" : "accepted";
  if (rows.length <= SAMPLE) return tally(rows, byColumn, target, c, rows.length, patience);
  if (!c.declared && !tally(rows, byColumn, target, c, SAMPLE, "sample")) return undefined;
  return tally(rows, byColumn, target, c, rows.length, patience);
}

/** Two candidates that compute the same thing from the same columns. */
function sameCandidate(a: Candidate, b: Candidate): boolean {
  return (
    a.kind === b.kind &&
    a.factor === b.factor &&
    a.operands.length === b.operands.length &&
    a.operands.every((o, i) => o === b.operands[i])
  );
}

/** The columns of a table that relationships may use: mostly numbers, and not only years. */
export function numericColumns(table: Table, rows: readonly LabelledRow[]): Column[] {
  return table.columns.filter((col) => {
    if (!OPERAND_ROLES.has(col.role)) return false;
    let numbers = 0;
    let filled = 0;
    let years = 0;
    for (const row of rows) {
      const w = row.values.get(col.col);
      if (!w || w.kind === "empty") continue;
      filled++;
      if (w.kind !== "number") continue;
      numbers++;
      if (Number.isInteger(w.value) && w.value >= 1990 && w.value <= 2099) years++;
    }
    return numbers >= 1 && numbers * 3 >= filled * 2 && years < numbers;
  });
}

const PREFERENCE: readonly RelationKind[] = [
  "rasio",
  "selisih",
  "jumlah",
  "jumlahDeret",
  "pertumbuhan",
  "hasilBagi",
  "rataDeret",
  "kali",
];

function accepted(t: Tally, declared: boolean): boolean {
  if (declared) return t.support >= 1 && t.support * 2 >= t.applicable;
  return t.support >= 3 && t.telling >= 2 && t.support * 3 >= t.applicable * 2;
}

function better(a: { c: Candidate; t: Tally }, b: { c: Candidate; t: Tally }): boolean {
  if (Boolean(a.c.declared) !== Boolean(b.c.declared)) return Boolean(a.c.declared);
  if (a.t.support !== b.t.support) return a.t.support > b.t.support;
  return PREFERENCE.indexOf(a.c.kind) < PREFERENCE.indexOf(b.c.kind);
}

/** The relationship one column follows, if the numbers (or the table) say it has one. */
function relationOf(
  table: Table,
  rows: readonly LabelledRow[],
  byColumn: ColumnValues,
  target: Column,
  cols: readonly Column[]
): Relation | undefined {
  const declared = declaredBy(table, target, cols);
  const candidates = [
    ...(declared ? [declared] : []),
    ...declaredByRoles(target, cols),
    ...declaredTotal(target, cols),
    ...pairs(cols, target),
    ...runs(cols, target),
  ];
  let best: { c: Candidate; t: Tally } | undefined;
  for (const c of candidates) {
    if (!c.declared && best?.c.declared && sameCandidate(c, best.c)) continue;
    const t = tallyQuickly(rows, byColumn, target, c);
    if (!t || !accepted(t, Boolean(c.declared))) continue;
    if (!best || better({ c, t }, best)) best = { c, t };
  }
  if (!best) return undefined;
  const failures: RelationFailure[] = [];
  tally(rows, byColumn, target, best.c, rows.length, "never", failures);
  return {
    table,
    target,
    kind: best.c.kind,
    operands: best.c.operands,
    factor: best.c.factor,
    declared: best.c.declared,
    support: best.t.support,
    applicable: best.t.applicable,
    failures,
  };
}

/**
 * The body rows of a table with every numeric column read. A cell merged over
 * several columns or rows counts once, where it is written: a value spanning two
 * columns is not two values.
 */
export function bodyRows(table: Table): readonly LabelledRow[] {
  const cols = table.columns.filter((c) => OPERAND_ROLES.has(c.role));
  if (cols.length === 0) return [];
  return labelledRows(table, cols).map((row) => {
    let allOwn = true;
    row.values.forEach((w, col) => {
      if (w.at.row !== row.row || w.at.col !== col) allOwn = false;
    });
    if (allOwn) return row;
    const own = [...row.values].filter(([col, w]) => w.at.row === row.row && w.at.col === col);
    return { ...row, values: new Map(own) };
  });
}

/** Every relationship the numeric columns of a table follow, one per column at most. */
export function inferRelations(
  table: Table,
  rows: readonly LabelledRow[],
  cols: readonly Column[]
): Relation[] {
  if (rows.length === 0 || cols.length < 2) return [];
  const found: Relation[] = [];
  const byColumn = new ColumnValues(rows);
  for (const target of cols) {
    if (!mayBeDerived(target)) continue;
    const relation = relationOf(table, rows, byColumn, target, cols);
    if (relation) found.push(relation);
  }
  return withoutRestatements(found);
}

/** Relationships that can be turned around: C = A + B is also A = C − B; C = A / B × 100 is B = A / C × 100. */
const REVERSIBLE: ReadonlySet<RelationKind> = new Set([
  "selisih",
  "jumlah",
  "jumlahDeret",
  "rasio",
  "hasilBagi",
]);

const RATIO_HEADER = /%|capaian|persen|rasio|rata|indeks|kepadatan|\bie\b/i;
const SUM_HEADER = /jumlah|total|sisa|selisih/i;
const RATIO_ROLES = ["capaian", "persen", "indeksEfisiensi"];
const SUM_ROLES = ["sisa", "jumlah", "selisih"];

/** How surely a column is the result of a relationship of its kind: its role, its header. */
function derivedness(r: Relation): number {
  const ratio = r.kind === "rasio" || r.kind === "hasilBagi" || r.kind === "pertumbuhan";
  if ((ratio ? RATIO_ROLES : SUM_ROLES).includes(r.target.role)) return 2;
  return (ratio ? RATIO_HEADER : SUM_HEADER).test(r.target.header) ? 1 : 0;
}

/** The order in which relationships are trusted: stated by the table, then most surely a result, then rightmost. */
export function byTrust(a: Relation, b: Relation): number {
  return (
    Number(Boolean(b.declared)) - Number(Boolean(a.declared)) ||
    derivedness(b) - derivedness(a) ||
    b.target.col - a.target.col
  );
}

/** One relationship per set of columns: the most trusted of its restatements. */
function withoutRestatements(found: readonly Relation[]): Relation[] {
  const kept: Relation[] = [];
  const sets: string[] = [];
  for (const r of [...found].sort(byTrust)) {
    const set = [r.target, ...r.operands]
      .map((c) => c.col)
      .sort((a, b) => a - b)
      .join(",");
    if (REVERSIBLE.has(r.kind) && sets.includes(set)) continue;
    if (REVERSIBLE.has(r.kind)) sets.push(set);
    kept.push(r);
  }
  return kept.sort((a, b) => a.target.col - b.target.col);
}

function letter(col: Column): string {
  return columnLetters(col.col);
}

/** The relationship in words: `F = D / C × 100`. */
export function relationText(r: Pick<Relation, "kind" | "operands" | "target" | "factor">): string {
  const [a, b] = r.operands.map(letter);
  const run = `${letter(r.operands[0])}…${letter(r.operands[r.operands.length - 1])}`;
  const body: Record<Relation["kind"], string> = {
    rasio: `${a} / ${b} × 100`,
    selisih: `${a} − ${b}`,
    jumlah: `${a} + ${b}`,
    pertumbuhan: `(${a} − ${b}) / ${b} × 100`,
    hasilBagi: `${a} / ${b}`,
    kali: `${a} × ${formatShown(r.factor ?? 1, r.factor === 1 / 9 ? 4 : 3).replace(/,?0+$/, "")}`,
    jumlahDeret: r.operands.length === 2 ? `${a} + ${b}` : `jumlah ${run}`,
    rataDeret: `rata-rata ${run}`,
  };
  return `${letter(r.target)} = ${body[r.kind]}`;
}
