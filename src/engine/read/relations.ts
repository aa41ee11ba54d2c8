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
import { agrees, agreesWithOperands } from "../tolerance";
import { Column, Table } from "./table";
import { labelledRows, LabelledRow } from "./rows";
import { columnNumber } from "./header-band";
import { squeeze } from "./header-roles";
import { columnLetters } from "../workbook/address";
import { formatShown, WrittenNumber } from "./written";

/** The shapes of relationship looked for. */
export type RelationKind =
  | "rasio"
  | "selisih"
  | "jumlah"
  | "pertumbuhan"
  | "hasilBagi"
  | "kali"
  | "jumlahDeret"
  | "rataDeret";

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

/** Roles that hold numbers the relationships may use. */
const OPERAND_ROLES = new Set([
  "target",
  "realisasi",
  "realisasiAnggaran",
  "capaian",
  "pagu",
  "sisa",
  "persen",
  "nilai",
  "unsur",
  "bulan",
  "sebelum",
  "sesudah",
  "selisih",
  "dataAwal",
  "targetRenstra",
  "jumlah",
  "indeksEfisiensi",
  "bobot",
  "angka",
]);

/** Roles of columns that are typed in, never computed from other columns. */
const INPUTS = new Set([
  "target",
  "realisasi",
  "realisasiAnggaran",
  "pagu",
  "sebelum",
  "dataAwal",
  "targetRenstra",
  "unsur",
  "bulan",
  "nilai",
  "bobot",
]);

/** True when a column may be computed from others (it holds numbers and is not typed in). */
export function mayBeDerived(col: Column): boolean {
  return OPERAND_ROLES.has(col.role) && !INPUTS.has(col.role);
}

const FACTORS = [100, 25, 0.111, 1 / 9, 0.01];

interface Candidate {
  readonly kind: RelationKind;
  readonly operands: readonly Column[];
  readonly factor?: number;
  readonly declared?: string;
}

type Formula = (...xs: number[]) => number;

/** The formula of a candidate, over its operands' values in order. */
export function formulaOf(c: Pick<Candidate, "kind" | "factor" | "operands">): Formula {
  switch (c.kind) {
    case "rasio":
      return (a, b) => (a / b) * 100;
    case "selisih":
      return (a, b) => a - b;
    case "jumlah":
      return (a, b) => a + b;
    case "pertumbuhan":
      return (a, b) => ((a - b) / b) * 100;
    case "hasilBagi":
      return (a, b) => a / b;
    case "kali":
      return (a) => a * (c.factor ?? 1);
    case "jumlahDeret":
      return (...xs) => xs.reduce((s, x) => s + x, 0);
    case "rataDeret":
      return (...xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  }
}

/** True when the operands of a row make a candidate computable (no division by 0, no blank). */
function computable(kind: RelationKind, values: readonly number[]): boolean {
  switch (kind) {
    case "rasio":
    case "hasilBagi":
    case "pertumbuhan":
      return values[1] !== 0 && values[0] !== 0;
    case "selisih":
    case "jumlah":
      return values[0] !== 0 && values[1] !== 0;
    case "kali":
      return values[0] !== 0;
    default:
      return values.filter((v) => v !== 0).length >= 2;
  }
}

/**
 * True when a supporting row could not agree by mere coincidence: a ratio of two
 * different numbers, a sum of numbers that are not tiny, a run of unequal values.
 */
function telling(kind: RelationKind, values: readonly number[], result: number): boolean {
  switch (kind) {
    case "rasio":
    case "hasilBagi":
    case "pertumbuhan":
      return values[0] !== values[1];
    case "selisih":
    case "jumlah":
      return Math.abs(result) >= 10 || !Number.isInteger(result);
    case "kali":
      return values[0] !== 1;
    default:
      return new Set(values).size >= 2;
  }
}

function numberAt(row: LabelledRow, col: Column): WrittenNumber | undefined {
  const w = row.values.get(col.col);
  return w?.kind === "number" ? w : undefined;
}

/** Operand values of a row, when all are numbers (a run may hold blanks as 0). */
function operandsAt(row: LabelledRow, c: Candidate): WrittenNumber[] | undefined {
  const run = c.kind === "jumlahDeret" || c.kind === "rataDeret";
  const found: WrittenNumber[] = [];
  for (const col of c.operands) {
    const w = row.values.get(col.col);
    if (w?.kind === "number") found.push(w);
    else if (run && (!w || w.kind === "empty") && c.kind === "jumlahDeret")
      found.push({ kind: "number", at: row.labelAt, value: 0, decimals: 0, raw: "" });
    else return undefined;
  }
  return found;
}

interface Tally {
  support: number;
  applicable: number;
  /** Supporting rows that could not agree by coincidence. */
  telling: number;
  failures: RelationFailure[];
}

/** True when a written result agrees with the formula, exactly or within its operands' rounding. */
function holds(
  formula: Formula,
  ops: readonly WrittenNumber[],
  values: number[],
  y: WrittenNumber
) {
  const exact = formula(...values);
  if (Number.isFinite(exact) && agrees(exact, y)) return true;
  return ops.some((o) => o.decimals > 0) && agreesWithOperands(formula, ops, y);
}

/** Counts where a candidate holds, and keeps the rows where it fails. */
function tally(rows: readonly LabelledRow[], target: Column, c: Candidate): Tally {
  const formula = formulaOf(c);
  const t: Tally = { support: 0, applicable: 0, telling: 0, failures: [] };
  for (const row of rows) {
    const y = numberAt(row, target);
    const ops = y && operandsAt(row, c);
    if (!y || !ops) continue;
    const values = ops.map((o) => o.value);
    if (!computable(c.kind, values)) continue;
    t.applicable++;
    if (holds(formula, ops, values, y)) {
      t.support++;
      if (telling(c.kind, values, y.value)) t.telling++;
      continue;
    }
    const expected = formula(...values);
    if (Number.isFinite(expected)) t.failures.push({ row, written: y, expected, operands: ops });
  }
  return t;
}

/** Tallies a candidate on a sample of the rows first, and on all rows only when the sample agrees. */
function tallyQuickly(
  rows: readonly LabelledRow[],
  target: Column,
  c: Candidate
): Tally | undefined {
  if (rows.length <= SAMPLE) return tally(rows, target, c);
  const quick = tally(rows.slice(0, SAMPLE), target, c);
  if (!c.declared && quick.applicable > 0 && quick.support * 3 < quick.applicable * 2)
    return undefined;
  return tally(rows, target, c);
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

/** The numeric columns of a table that relationships may use, with their years and numbers. */
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

/** Sums and differences are looked for only among near columns (a coincidence elsewhere is likely). */
function near(cols: readonly Column[], ...members: Column[]): boolean {
  const at = members.map((m) => cols.indexOf(m));
  return Math.max(...at) - Math.min(...at) <= 3;
}

/** Months are counts side by side: never a ratio or a difference of each other. */
function bothMonths(a: Column, b: Column): boolean {
  return a.role === "bulan" && b.role === "bulan";
}

function pairs(cols: readonly Column[], target: Column): Candidate[] {
  const out: Candidate[] = [];
  for (const a of cols) {
    if (a === target) continue;
    for (const b of cols) {
      if (b === target || b === a || bothMonths(a, b)) continue;
      out.push({ kind: "rasio", operands: [a, b] });
      out.push({ kind: "pertumbuhan", operands: [a, b] });
      out.push({ kind: "hasilBagi", operands: [a, b] });
      if (!near(cols, a, b, target)) continue;
      out.push({ kind: "selisih", operands: [a, b] });
      if (a.col < b.col) out.push({ kind: "jumlah", operands: [a, b] });
    }
    for (const factor of FACTORS) out.push({ kind: "kali", operands: [a], factor });
  }
  return out;
}

/** Runs of two or more neighbouring numeric columns just left or just right of the target. */
function runs(cols: readonly Column[], target: Column): Candidate[] {
  const i = cols.indexOf(target);
  const out: Candidate[] = [];
  for (let len = 2; len <= Math.max(i, cols.length - i - 1); len++) {
    if (i - len >= 0) {
      const left = cols.slice(i - len, i);
      out.push({ kind: "jumlahDeret", operands: left }, { kind: "rataDeret", operands: left });
    }
    if (i + len < cols.length) {
      const right = cols.slice(i + 1, i + 1 + len);
      out.push({ kind: "jumlahDeret", operands: right }, { kind: "rataDeret", operands: right });
    }
  }
  return out;
}

const DECLARED =
  /^\(?\s*(\d{1,2})\s*\)?\s*=\s*\(?\s*(\d{1,2})\s*\)?\s*([/:\-+])\s*\(?\s*(\d{1,2})\s*\)?\s*(?:[x×*]\s*100\s*%?)?$/i;

/** The relationship a column-number cell states (`5 = 4/3x100%`, `(6) = (5) - (4)`). */
function declaredBy(table: Table, target: Column, cols: readonly Column[]): Candidate | undefined {
  const text = table.numbering?.get(target.col);
  const m = text ? DECLARED.exec(text.replace(/\s+/g, " ")) : null;
  if (!m || !table.numbering) return undefined;
  const byNumber = new Map<number, Column>();
  for (const col of cols) {
    const n = columnNumber(table.numbering.get(col.col) ?? "");
    if (n !== undefined) byNumber.set(n, col);
  }
  const a = byNumber.get(Number(m[2]));
  const b = byNumber.get(Number(m[4]));
  if (!a || !b) return undefined;
  const hundred = /100/.test(text!);
  const kind: RelationKind =
    m[3] === "-" ? "selisih" : m[3] === "+" ? "jumlah" : hundred ? "rasio" : "hasilBagi";
  return { kind, operands: [a, b], declared: `baris nomor kolom "${text}"` };
}

/**
 * Headers that say what a column is: a capaian beside one target and one
 * realisasi (of its year) is realisasi / target × 100; a percentage beside pagu
 * and realisasi is realisasi / pagu × 100; a sisa is pagu − realisasi.
 */
function declaredByRoles(target: Column, cols: readonly Column[]): Candidate[] {
  const one = (...roles: string[]) => {
    const found = cols.filter(
      (c) => roles.includes(c.role) && (target.year === undefined || c.year === target.year)
    );
    return found.length === 1 ? found[0] : undefined;
  };
  const realisasi = one("realisasi");
  const money = one("realisasiAnggaran") ?? realisasi;
  const pagu = one("pagu");
  if (target.role === "capaian" && realisasi && one("target"))
    return [
      {
        kind: "rasio",
        operands: [realisasi, one("target")!],
        declared: `judul kolom "${target.header}"`,
      },
    ];
  if ((target.role === "persen" || target.role === "capaian") && money && pagu)
    return [{ kind: "rasio", operands: [money, pagu], declared: `judul kolom "${target.header}"` }];
  const capaian = one("capaian");
  const persen = one("persen");
  if (target.role === "indeksEfisiensi" && capaian && persen)
    return [
      {
        kind: "hasilBagi",
        operands: [capaian, persen],
        declared: `judul kolom "${target.header}"`,
      },
    ];
  if (target.role === "sisa" && money && pagu)
    return [
      { kind: "selisih", operands: [pagu, money], declared: `judul kolom "${target.header}"` },
    ];
  return [];
}

/** A `Jumlah` / `Total` header declares the sum of the run of columns left of it. */
function declaredTotal(target: Column, cols: readonly Column[]): Candidate[] {
  if (!/^(jumlah|total)/.test(squeeze(target.header))) return [];
  const i = cols.indexOf(target);
  const out: Candidate[] = [];
  for (let len = 2; len <= i; len++)
    out.push({
      kind: "jumlahDeret",
      operands: cols.slice(i - len, i),
      declared: `judul kolom "${target.header}"`,
    });
  return out;
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

const SAMPLE = 40;

function better(a: { c: Candidate; t: Tally }, b: { c: Candidate; t: Tally }): boolean {
  if (Boolean(a.c.declared) !== Boolean(b.c.declared)) return Boolean(a.c.declared);
  if (a.t.support !== b.t.support) return a.t.support > b.t.support;
  return PREFERENCE.indexOf(a.c.kind) < PREFERENCE.indexOf(b.c.kind);
}

/** The relationship one column follows, if the numbers (or the table) say it has one. */
function relationOf(
  table: Table,
  rows: readonly LabelledRow[],
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
    const t = tallyQuickly(rows, target, c);
    if (!t || !accepted(t, Boolean(c.declared))) continue;
    if (!best || better({ c, t }, best)) best = { c, t };
  }
  if (!best) return undefined;
  return {
    table,
    target,
    kind: best.c.kind,
    operands: best.c.operands,
    factor: best.c.factor,
    declared: best.c.declared,
    support: best.t.support,
    applicable: best.t.applicable,
    failures: best.t.failures,
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
    const own = [...row.values].filter(([col, w]) => w.at.row === row.row && w.at.col === col);
    return own.length === row.values.size ? row : { ...row, values: new Map(own) };
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
  for (const target of cols) {
    if (!mayBeDerived(target)) continue;
    const relation = relationOf(table, rows, target, cols);
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

const DERIVED_HEADER = /%|capaian|persen|jumlah|total|sisa|selisih|rata|indeks|kepadatan|\bie\b/i;

/** How surely a column is a result rather than an input: its role, its header. */
function derivedness(col: Column): number {
  if (["capaian", "persen", "indeksEfisiensi", "sisa", "jumlah", "selisih"].includes(col.role))
    return 2;
  return DERIVED_HEADER.test(col.header) ? 1 : 0;
}

/** The order in which relationships are trusted: stated by the table, then most surely a result, then rightmost. */
export function byTrust(a: Relation, b: Relation): number {
  return (
    Number(Boolean(b.declared)) - Number(Boolean(a.declared)) ||
    derivedness(b.target) - derivedness(a.target) ||
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
