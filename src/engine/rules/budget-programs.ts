/**
 * The budgets an efficiency table's programs are summed from, grouped so that a
 * program row is judged once per distinct budget rather than once per budget (a
 * workbook of many copies of one report has as many equal budgets as copies):
 * budgets whose programs have the same names, in the same order, with the same sums
 * of pagu and realisasi judge every row alike.
 */
import { BudgetNode, BudgetTable } from "../read/budget";
import { NameIndex, nameKey } from "../read/names";
import { Column } from "../read/table";
import { sumWritten } from "./sums";
import { pushTo } from "../lists";

/** The money columns of a budget that an efficiency table's columns are summed from. */
export type SummedRole = "pagu" | "realisasi";

/** A budget's sub kegiatan by program name, with a signature of what they add up to. */
export interface BudgetPrograms {
  readonly budget: BudgetTable;
  readonly index: NameIndex<BudgetNode[]>;
  /** Equal for budgets that judge every program row alike. */
  readonly signature: string;
}

const programsOf = new WeakMap<BudgetTable, BudgetPrograms>();

/** The budget's column for a role. */
export function budgetColumn(b: BudgetTable, role: SummedRole): Column | undefined {
  return b.money[role];
}

/** The sum of some sub kegiatan in a budget column. */
export function leafSum(leaves: readonly BudgetNode[], col: Column): number | undefined {
  return sumWritten(leaves.map((l) => l.row.values.get(col.col)));
}

/** A budget's programs, built once per budget. */
export function budgetPrograms(b: BudgetTable): BudgetPrograms {
  const known = programsOf.get(b);
  if (known) return known;
  const groups = new Map<string, BudgetNode[]>();
  for (const n of b.nodes) if (n.children.length === 0) pushTo(groups, n.program, n);
  const index = new NameIndex<BudgetNode[]>();
  const lines: string[] = [];
  const sumIn = (leaves: BudgetNode[], role: SummedRole) => {
    const col = budgetColumn(b, role);
    return col ? String(leafSum(leaves, col)) : "-";
  };
  groups.forEach((leaves, program) => {
    index.add(program, leaves);
    const key = nameKey(program);
    if (key) lines.push(`${key}\t${sumIn(leaves, "pagu")}\t${sumIn(leaves, "realisasi")}`);
  });
  const found = { budget: b, index, signature: lines.join("\n") };
  programsOf.set(b, found);
  return found;
}

/** A budget among those an efficiency table is summed from, at its place in their order. */
export interface PlacedBudget {
  readonly position: number;
  readonly programs: BudgetPrograms;
}

/** Budgets that judge alike, in the order of their first budget; each keeps its budgets' order. */
export function alikeBudgets(budgets: readonly BudgetTable[]): PlacedBudget[][] {
  const classes = new Map<string, PlacedBudget[]>();
  budgets.forEach((b, position) => {
    const placed = { position, programs: budgetPrograms(b) };
    pushTo(classes, placed.programs.signature, placed);
  });
  return [...classes.values()];
}
