/**
 * Budget tables (program / kegiatan / sub kegiatan): their hierarchy, taken from
 * separate label columns, a code column, the labels' style (indentation, bold,
 * capitals), or, when nothing else tells, from the sums of the pagu column.
 */
import { agrees } from "../tolerance";
import { Role } from "./header-roles";
import { labelDepth, LabelledRow, labelledRows, wordedDepth } from "./rows";
import { Column, columnOf, Table } from "./table";
import { numberOf, WrittenNumber } from "./written";

/** Where the hierarchy of a budget table was read from. */
export type HierarchySource = "kolom" | "kode" | "label" | "gaya" | "jumlah" | "datar";

/** A row in the hierarchy, with the rows that add up to it. */
export interface BudgetNode {
  readonly row: LabelledRow;
  readonly level: number;
  readonly children: BudgetNode[];
  /** The program the row belongs to. */
  program: string;
}

/** A budget table read into its hierarchy. */
export interface BudgetTable {
  readonly table: Table;
  readonly source: HierarchySource;
  readonly nodes: readonly BudgetNode[];
  readonly roots: readonly BudgetNode[];
  /** A grand total row ("Jumlah", or a last row equal to the sum of the programs). */
  readonly total?: LabelledRow;
  readonly money: Partial<
    Record<"pagu" | "realisasi" | "persen" | "sisa" | "sebelum" | "sesudah" | "selisih", Column>
  >;
}

const MONEY_ROLES = [
  "pagu",
  "realisasi",
  "persen",
  "sisa",
  "sebelum",
  "sesudah",
  "selisih",
] as const;

function moneyColumns(table: Table): BudgetTable["money"] {
  const money: BudgetTable["money"] = {};
  for (const role of MONEY_ROLES) {
    const col =
      columnOf(table, role) ?? (role === "persen" ? columnOf(table, "capaian") : undefined);
    if (col) money[role] = col;
  }
  return money;
}

/** True when a label has at least 4 Latin letters and none of them is small (no copy of the label is made). */
function isCaps(label: string): boolean {
  let letters = 0;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letters++;
  }
  return letters >= 4;
}

function levelsFromColumns(table: Table, rows: LabelledRow[]): number[] | undefined {
  const roles: Role[] = ["program", "kegiatan", "subkegiatan"];
  const cols = roles
    .map((r) => columnOf(table, r)?.col)
    .filter((c): c is number => c !== undefined);
  if (cols.length < 2) return undefined;
  return rows.map((r) => {
    let level = 0;
    cols.forEach((c, i) => {
      if (table.grid.text(r.row, c) !== "") level = i;
    });
    return level;
  });
}

/**
 * Levels from the depth of each row's whole code, read across every code column:
 * exports split it (urusan, organisasi, program.kegiatan.sub kegiatan, rekening).
 */
function levelsFromCode(table: Table, rows: LabelledRow[]): number[] | undefined {
  const kodes = table.columns.filter((c) => c.role === "kode");
  if (kodes.length === 0) return undefined;
  const segments = rows.map((r) =>
    kodes.reduce(
      (n, k) =>
        n +
        table.grid
          .text(r.row, k.col)
          .split(/[.\s]+/)
          .filter(Boolean).length,
      0
    )
  );
  const distinct = [...new Set(segments.filter((s) => s > 0))].sort((a, b) => a - b);
  if (distinct.length < 2) return undefined;
  const deepest = distinct.length - 1;
  return segments.map((s) => (s === 0 ? deepest : distinct.indexOf(s)));
}

/** Levels from the labels' own words: `Program …`, `Kegiatan …`, `1. Sub Kegiatan …`. */
function levelsFromLabels(rows: LabelledRow[]): number[] | undefined {
  const worded = rows.filter((r) => wordedDepth(r.label) !== undefined);
  const depths = rows.map((r) => labelDepth(r.label));
  if (worded.length * 2 < rows.length || depths.some((d) => d === undefined)) return undefined;
  return new Set(depths).size >= 2 ? (depths as number[]) : undefined;
}

interface LabelStyle {
  readonly caps: boolean;
  readonly bold: boolean;
  readonly indent: number;
}

function stylesOf(table: Table, rows: LabelledRow[]): LabelStyle[] {
  return rows.map((r) => {
    const cell = table.grid.cell(r.labelAt.row, r.labelAt.col);
    return {
      caps: isCaps(r.label) || /^program\b/i.test(r.label),
      bold: Boolean(cell?.bold),
      indent: cell?.indent ?? 0,
    };
  });
}

/**
 * True when the sums say a tree is right: at least half the parents it makes
 * (and one) are the sum of their children in the main column. Capitals and bold
 * alone do not make a tree: a flat list of units may print some in bold.
 */
function confirmedBySums(rows: LabelledRow[], levels: number[], col: Column | undefined): boolean {
  if (!col) return false;
  let parents = 0;
  let agreeing = 0;
  rows.forEach((row, i) => {
    const own = row.values.get(col.col);
    const children: number[] = [];
    for (let j = i + 1; j < rows.length && levels[j] > levels[i]; j++)
      if (levels[j] === levels[i] + 1) children.push(j);
    if (children.length === 0 || own?.kind !== "number") return;
    parents++;
    if (
      agrees(
        children.reduce((a, j) => a + (pagu(rows[j], col) ?? 0), 0),
        own
      )
    )
      agreeing++;
  });
  return agreeing > 0 && agreeing * 2 >= parents;
}

/**
 * Levels from style: indentation; or capitals / bold / plain for three levels,
 * when the sums confirm them.
 */
function levelsFromStyle(
  table: Table,
  rows: LabelledRow[],
  col: Column | undefined
): number[] | undefined {
  const styles = stylesOf(table, rows);
  if (styles.some((s) => s.indent > 0)) return styles.map((s) => s.indent);
  const caps = styles.some((s) => s.caps);
  const boldOnly = styles.some((s) => s.bold && !s.caps);
  const plain = styles.some((s) => !s.bold && !s.caps);
  if (!(caps && boldOnly && plain)) return undefined;
  const levels = styles.map((s) => (s.caps ? 0 : s.bold ? 1 : 2));
  return confirmedBySums(rows, levels, col) ? levels : undefined;
}

/**
 * Two levels from emphasis, used when the sums tell nothing else: marked rows
 * over plain rows, when the sums confirm them.
 */
function levelsFromEmphasis(
  table: Table,
  rows: LabelledRow[],
  col: Column | undefined
): number[] | undefined {
  const styles = stylesOf(table, rows);
  const marked = styles.some((s) => s.caps || s.bold);
  const plain = styles.some((s) => !s.bold && !s.caps);
  if (!(marked && plain)) return undefined;
  const levels = styles.map((s) => (s.caps || s.bold ? 0 : 1));
  return confirmedBySums(rows, levels, col) ? levels : undefined;
}

function pagu(row: LabelledRow, col: Column | undefined): number | undefined {
  return col ? numberOf(row.values.get(col.col)) : undefined;
}

/**
 * Hierarchy from sums alone: a row is a parent when the rows after it, taken as
 * whole subtrees, add up to its pagu. Spans are computed from the bottom up, so a
 * row's children are known before the row itself; no recursion, linear memory.
 */
function levelsFromSums(rows: LabelledRow[], col: Column | undefined): number[] | undefined {
  if (!col) return undefined;
  const n = rows.length;
  const span = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    span[i] = i + 1;
    const own = rows[i].values.get(col.col);
    if (!own || own.kind !== "number") continue;
    let j = i + 1;
    let acc = 0;
    while (j < n && acc < own.value && !agrees(acc, own)) {
      const v = pagu(rows[j], col);
      if (v === undefined) break;
      acc += v;
      j = span[j];
    }
    if (j > i + 1 && agrees(acc, own)) span[i] = j;
  }
  const levels = new Array<number>(n);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length && i >= open[open.length - 1]) open.pop();
    levels[i] = open.length;
    if (span[i] > i + 1) open.push(span[i]);
  }
  return levels.some((l) => l > 0) ? levels : undefined;
}

function buildTree(rows: LabelledRow[], levels: number[]): BudgetNode[] {
  const nodes: BudgetNode[] = [];
  const stack: BudgetNode[] = [];
  rows.forEach((row, i) => {
    const node: BudgetNode = { row, level: levels[i], children: [], program: "" };
    while (stack.length && stack[stack.length - 1].level >= node.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    node.program = parent ? parent.program : row.label;
    stack.push(node);
    nodes.push(node);
  });
  return nodes;
}

function splitTotal(
  rows: LabelledRow[],
  col: Column | undefined
): { body: LabelledRow[]; total?: LabelledRow } {
  const last = rows[rows.length - 1];
  if (!last) return { body: rows };
  if (last.isTotal) return { body: rows.slice(0, -1), total: last };
  const own = col ? last.values.get(col.col) : undefined;
  if (!own || own.kind !== "number" || rows.length < 3) return { body: rows };
  const caps = rows.slice(0, -1).filter((r) => isCaps(r.label) || /^program\b/i.test(r.label));
  const sum = caps.reduce((s, r) => s + (pagu(r, col) ?? 0), 0);
  return caps.length >= 2 && agrees(sum, own as WrittenNumber)
    ? { body: rows.slice(0, -1), total: last }
    : { body: rows };
}

/** Reads a budget table into its hierarchy. */
export function readBudget(table: Table): BudgetTable {
  const money = moneyColumns(table);
  const valueCols = Object.values(money).filter((c): c is Column => c !== undefined);
  const all = labelledRows(table, valueCols).filter((r) => !r.isMean || r.isTotal);
  const main = money.pagu ?? money.sesudah ?? money.sebelum;
  const { body, total } = splitTotal(all, main);
  const rows = body.filter((r) => !r.isTotal && !r.isMean);
  const readers: [HierarchySource, () => number[] | undefined][] = [
    ["kolom", () => levelsFromColumns(table, rows)],
    ["kode", () => levelsFromCode(table, rows)],
    ["label", () => levelsFromLabels(rows)],
    ["gaya", () => levelsFromStyle(table, rows, main)],
    ["jumlah", () => levelsFromSums(rows, main)],
    ["gaya", () => levelsFromEmphasis(table, rows, main)],
  ];
  let source: HierarchySource = "datar";
  let levels = rows.map(() => 0);
  for (const [name, read] of readers) {
    const found = read();
    if (found) {
      source = name;
      levels = found;
      break;
    }
  }
  const top = levels.reduce((m, l) => Math.min(m, l), Infinity);
  const nodes = buildTree(rows, levels);
  const programCol = columnOf(table, "program");
  if (source === "kolom" && programCol) {
    let current = "";
    for (const n of nodes) {
      current = table.grid.text(n.row.row, programCol.col) || current;
      n.program = current;
    }
  }
  return {
    table,
    source,
    nodes,
    roots: nodes.filter((n) => n.level === top),
    total,
    money,
  };
}
