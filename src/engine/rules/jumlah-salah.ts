/**
 * JUMLAH_SALAH: a total (a row or column labelled Jumlah / Total / Jumlah PAD /
 * Total Perbulan…, or a parent row in a program–kegiatan–sub kegiatan hierarchy)
 * is not the sum of its parts; and a program's anggaran and realisasi in the
 * efficiency table are not the sums of its sub kegiatan in the budget table.
 */
import { FindingDraft } from "../finding";
import { agrees } from "../tolerance";
import { BudgetNode, BudgetTable } from "../read/budget";
import { CellRef } from "../workbook/address";
import { ReportModel } from "../read/report";
import { readSumTable, SumTable } from "../read/sum-table";
import { Column } from "../read/table";
import { LabelledRow } from "../read/rows";
import { Written } from "../read/written";
import { defineRule } from "./rule";
import { inferredDrafts } from "./inferred";
import { checkSum, sumWritten } from "./sums";
import { shown, written } from "./support";
import {
  alikeBudgets,
  budgetColumn,
  BudgetPrograms,
  leafSum,
  PlacedBudget,
  SummedRole,
} from "./budget-programs";
import { defined } from "../lists";

const BUDGET_SUMMED = ["pagu", "realisasi", "sisa", "sebelum", "sesudah", "selisih"] as const;

/** A node's value in a column as its total: written, or when blank, the sum of its children. */
function effective(node: BudgetNode, col: Column): Written | undefined {
  const w = node.row.values.get(col.col);
  if ((w && w.kind !== "empty") || node.children.length === 0) return w;
  const sum = sumWritten(node.children.map((c) => effective(c, col)));
  return sum === undefined
    ? { kind: "text", at: node.row.labelAt, text: "" }
    : { kind: "number", at: node.row.labelAt, value: sum, decimals: 0, raw: "" };
}

function asRow(node: BudgetNode, col: Column): LabelledRow {
  const values = new Map(node.row.values);
  const w = effective(node, col);
  if (w) values.set(col.col, w);
  return { ...node.row, values };
}

/** Each node's place in its budget's list, to keep per-node figures in arrays. */
function placesOf(nodes: readonly BudgetNode[]): Map<BudgetNode, number> {
  const places = new Map<BudgetNode, number>();
  nodes.forEach((n, i) => places.set(n, i));
  return places;
}

/**
 * Each node's value in a column as its leaves add up (a parent's own figure set
 * aside), computed once from the bottom up, by the node's place in the list.
 */
function fromLeaves(
  nodes: readonly BudgetNode[],
  places: ReadonlyMap<BudgetNode, number>,
  col: Column
): (number | undefined)[] {
  const values = new Array<number | undefined>(nodes.length);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node.children.length === 0) {
      values[i] = sumWritten([node.row.values.get(col.col)]);
      continue;
    }
    let sum: number | undefined = 0;
    for (const c of node.children) {
      const v = values[places.get(c)!];
      if (v === undefined) {
        sum = undefined;
        break;
      }
      sum += v;
    }
    values[i] = sum;
  }
  return values;
}

/** True when a parent agrees with its leaves, so only a row below it is wrong. */
function rightByLeaves(node: BudgetNode, col: Column, sum: number | undefined) {
  const w = node.row.values.get(col.col);
  return w?.kind === "number" && sum !== undefined && agrees(sum, w);
}

function* inBudget(b: BudgetTable): Iterable<FindingDraft> {
  const cols = BUDGET_SUMMED.map((r) => b.money[r]).filter((c): c is Column => c !== undefined);
  const places = placesOf(b.nodes);
  const leaves = new Map(cols.map((col) => [col, fromLeaves(b.nodes, places, col)]));
  for (const [i, node] of b.nodes.entries()) {
    if (node.children.length === 0 || (b.source === "jumlah" && node.children.length < 2)) continue;
    for (const col of cols)
      if (!rightByLeaves(node, col, leaves.get(col)![i]))
        yield* checkSum(
          b.table,
          node.row,
          node.children.map((c) => asRow(c, col)),
          col
        );
  }
  if (b.total)
    for (const col of cols)
      yield* checkSum(
        b.table,
        b.total,
        b.roots.map((r) => asRow(r, col)),
        col
      );
}

function* inSumTable(s: SumTable): Iterable<FindingDraft> {
  for (const { total, parts } of s.totals)
    for (const col of s.summed) yield* checkSum(s.table, total, parts, col);
  if (!s.rowTotal || s.across.length === 0) return;
  for (const row of s.rows) {
    const sum = sumWritten(s.across.map((c) => row.values.get(c.col)));
    const w = row.values.get(s.rowTotal.col);
    if (sum === undefined || w?.kind !== "number" || agrees(sum, w)) continue;
    yield {
      at: w.at,
      table: s.table.label,
      message: `Jumlah "${row.label}" ditulis ${written(w)}, padahal jumlah per bulannya ${shown(sum, 0)}`,
      expected: shown(sum, 0),
      actual: written(w),
      related: defined(s.across.map((c) => row.values.get(c.col)?.at)),
    };
  }
}

/** The budget role a column of the efficiency table is summed from. */
function summedRole(col: Column): SummedRole | undefined {
  if (col.role === "pagu") return "pagu";
  return col.role === "realisasi" || col.role === "realisasiAnggaran" ? "realisasi" : undefined;
}

/** The cells of a program's sub kegiatan in a budget, for a role. */
function leafCells(programs: BudgetPrograms, label: string, role: SummedRole): CellRef[] {
  const col = budgetColumn(programs.budget, role);
  const leaves = programs.index.findAll(label)[0];
  if (!col || !leaves) return [];
  return defined(leaves.map((l) => l.row.values.get(col.col)?.at));
}

/**
 * One program row's figure against the sums of its sub kegiatan in every budget of
 * the year: one draft, worded after the first budget it disagrees with and
 * relating the cells of all of them (without repeats when there are several).
 */
function programAgainstBudgets(
  s: SumTable,
  row: LabelledRow,
  col: Column,
  classes: readonly PlacedBudget[][]
): FindingDraft | undefined {
  const role = summedRole(col);
  const w = row.values.get(col.col);
  if (!role || w?.kind !== "number") return undefined;
  const against: PlacedBudget[] = [];
  let first: { programs: BudgetPrograms; sum: number } | undefined;
  for (const alike of classes) {
    const { programs } = alike[0];
    const budgetCol = budgetColumn(programs.budget, role);
    const leaves = programs.index.findAll(row.label)[0];
    if (!budgetCol || !leaves) continue;
    const sum = leafSum(leaves, budgetCol);
    if (sum === undefined || agrees(sum, w)) continue;
    for (const placed of alike) against.push(placed);
    first ??= { programs, sum };
  }
  if (!first) return undefined;
  const cells = against
    .sort((a, b) => a.position - b.position)
    .map((p) => leafCells(p.programs, row.label, role).map((c) => c.address));
  return {
    at: w.at,
    table: s.table.label,
    message: `${col.header} "${row.label}" ditulis ${written(w)}, padahal jumlah sub kegiatannya di ${first.programs.budget.table.label} ${shown(first.sum, 0)}`,
    expected: shown(first.sum, 0),
    actual: written(w),
    related: cells.length === 1 ? cells[0] : [...new Set(cells.flat())],
  };
}

function* programsAgainstBudget(model: ReportModel, s: SumTable): Iterable<FindingDraft> {
  const budgets = model.budgets.filter(
    (b) => b.table.captionYear === s.table.captionYear && b.money.pagu && b.source !== "datar"
  );
  const classes = alikeBudgets(budgets);
  for (const row of s.rows.filter((r) => !r.isTotal))
    for (const col of s.summed) {
      const draft = programAgainstBudgets(s, row, col, classes);
      if (draft) yield draft;
    }
}

/** The rule. */
export const JUMLAH_SALAH = defineRule(
  "JUMLAH_SALAH",
  "error",
  "Jumlah tidak sama dengan rinciannya",
  "Baris atau kolom Jumlah, baris induk (program, kegiatan), dan anggaran per program tidak sama dengan jumlah rinciannya.",
  function* (model) {
    for (const b of model.budgets) yield* inBudget(b);
    for (const t of model.tables) {
      if (t.kind !== "pades" && t.kind !== "apbdes" && t.kind !== "paten" && t.kind !== "efisiensi")
        continue;
      const s = readSumTable(t);
      yield* inSumTable(s);
      if (t.kind === "efisiensi") yield* programsAgainstBudget(model, s);
    }
  },
  (model) => inferredDrafts(model, "JUMLAH_SALAH")
);
