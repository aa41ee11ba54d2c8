/**
 * The report model: every table found in the workbook, the PK, the indicator
 * records of every performance table, the budget tables, and the settings. Read
 * once from a workbook snapshot; the rules work on this alone.
 */
import { WorkbookSnapshot } from "../workbook/snapshot";
import { readBudget, BudgetTable } from "./budget";
import { findTables } from "./find-tables";
import { IndicatorRecord, indicatorRecords } from "./indicators";
import { NameIndex } from "./names";
import { readSettings, Settings } from "./settings";
import { columnOf, hasRole, Table } from "./table";
import { finish, StepProgress } from "../steps";

/** The PK the workbook declares: its table and one record per indicator. */
export interface Pk {
  readonly table: Table;
  readonly records: readonly IndicatorRecord[];
  readonly index: NameIndex<IndicatorRecord>;
}

/** Everything the rules look at. */
export interface ReportModel {
  readonly tables: readonly Table[];
  /** The report year: the settings', else the PK's, else the most frequent caption year. */
  readonly year?: number;
  readonly pk?: Pk;
  /** Indicator records of every other PK-like or performance table, years resolved. */
  readonly records: readonly IndicatorRecord[];
  readonly budgets: readonly BudgetTable[];
  readonly settings: Settings;
}

function choosePk(tables: readonly Table[]): Table | undefined {
  const pks = tables.filter((t) => t.kind === "pk");
  const pure = (t: Table) => !hasRole(t, "dataAwal") && !hasRole(t, "targetRenstra");
  return (
    pks.find((t) => hasRole(t, "polaritas")) ??
    pks.find((t) => pure(t) && /perjanjian kinerja/i.test(t.caption ?? "")) ??
    pks.find(pure) ??
    pks[0]
  );
}

function mostFrequentYear(tables: readonly Table[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables)
    if (t.captionYear) counts.set(t.captionYear, (counts.get(t.captionYear) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

function withYear(records: IndicatorRecord[], fallback: number | undefined): IndicatorRecord[] {
  return records.map((r) =>
    r.year !== undefined ? r : { ...r, year: r.table.captionYear ?? fallback }
  );
}

/**
 * Reads a workbook into the report model sheet by sheet, yielding after each
 * sheet's tables are found (the bulk of the work) so that a caller can show
 * progress or stop; returns the same model as {@link readReport}.
 */
export function* readReportSteps(
  workbook: WorkbookSnapshot
): Generator<StepProgress, ReportModel, void> {
  const settings = readSettings(workbook);
  const { sheets } = workbook;
  const tables: Table[] = [];
  for (const [i, sheet] of sheets.entries()) {
    if (sheet.name !== settings.sheet) tables.push(...findTables(sheet));
    yield { done: i + 1, total: sheets.length };
  }
  const pkTable = choosePk(tables);
  const pkYear = pkTable ? (columnOf(pkTable, "target")?.year ?? pkTable.captionYear) : undefined;
  const year = settings.year ?? pkYear ?? mostFrequentYear(tables);
  let pk: Pk | undefined;
  if (pkTable) {
    const records = withYear(indicatorRecords(pkTable), year);
    const index = new NameIndex<IndicatorRecord>();
    records.forEach((r) => index.add(r.indikator, r));
    pk = { table: pkTable, records, index };
  }
  const records = tables
    .filter((t) => t !== pkTable && (t.kind === "capaian" || t.kind === "pk"))
    .flatMap((t) => withYear(indicatorRecords(t), year));
  const budgets = tables.filter((t) => t.kind === "anggaran").map(readBudget);
  return { tables, year, pk, records, budgets, settings };
}

/** Reads a workbook into the report model. */
export function readReport(workbook: WorkbookSnapshot): ReportModel {
  return finish(readReportSteps(workbook));
}
