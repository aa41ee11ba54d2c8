/**
 * What a check saw of the sheets `lkjip isi` generated: the registry sheet
 * (LKJIP_Isi) names them, and for each the check's tables and findings on it
 * are counted, so that checking a filled workbook says which generated tables
 * it covered.
 */
import { CheckResult } from "../check/run";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { readRegistry } from "./registry";

/** One generated sheet as the check saw it. */
export interface GeneratedSheetCheck {
  /** The table's id, e.g. "3.4". */
  readonly id: string;
  readonly sheet: string;
  /** False when the registry names a sheet the workbook no longer has. */
  readonly present: boolean;
  /** Tables the check recognised on the sheet. */
  readonly tables: number;
  /** Findings on the sheet. */
  readonly findings: number;
}

function byTableId(a: { id: string }, b: { id: string }): number {
  const [a1, a2] = a.id.split(".").map(Number);
  const [b1, b2] = b.id.split(".").map(Number);
  return a1 - b1 || a2 - b2 || a.id.localeCompare(b.id);
}

/**
 * The sheets the workbook's registry says `lkjip isi` generated, in table order,
 * each with what `result` (a check of the same workbook) found on it; empty for
 * a workbook that was never filled.
 */
export function generatedSheetsChecked(
  workbook: WorkbookSnapshot,
  result: CheckResult
): GeneratedSheetCheck[] {
  const names = new Set(workbook.sheets.map((s) => s.name));
  return [...readRegistry(workbook).values()]
    .map((g) => ({
      id: g.id,
      sheet: g.sheet,
      present: names.has(g.sheet),
      tables: result.model.tables.filter((t) => t.sheet === g.sheet).length,
      findings: result.findings.filter((f) => f.sheet === g.sheet).length,
    }))
    .sort(byTableId);
}
