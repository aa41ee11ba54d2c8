/**
 * Copies of one ledger: an export filtered per bidang onto several sheets
 * repeats its shared rows, and a mistake on them would be reported once per
 * sheet. Such repeats are folded into one finding.
 */
import { Finding } from "../finding";
import { ReportModel } from "../read/report";
import { parseA1, sheetCell } from "../workbook/address";
import { SheetSnapshot } from "../workbook/snapshot";

/** `'Sheet'!F7`: the cell at the same address on another sheet. */
function sameCellOn(sheet: string, cell: string): string {
  const at = parseA1(cell)!;
  return sheetCell(sheet, at.row, at.col);
}

/** True when `other` holds, on the finding's row, exactly the cells the finding's sheet holds. */
function sameRow(
  sheets: ReadonlyMap<string, SheetSnapshot>,
  finding: Finding,
  other: string
): boolean {
  const row = parseA1(finding.cell)!.row;
  const a = sheets.get(finding.sheet)?.rows[row];
  const b = sheets.get(other)?.rows[row];
  if (!a || !b || a.length !== b.length) return false;
  return a.every((cell, i) => (cell?.value ?? null) === (b[i]?.value ?? null));
}

/** Sheets holding the same row before a mistake on them is reported once (a table printed twice keeps two). */
const MIN_COPIES = 3;

/**
 * One finding for a mistake repeated identically on copies of one ledger (an
 * export filtered per bidang onto several sheets: the same row, the same cell,
 * the same message, on at least {@link MIN_COPIES} sheets): the first sheet's,
 * naming the others and relating their cells.
 */
export function mergeCopies(model: ReportModel, findings: readonly Finding[]): Finding[] {
  const sheets = new Map(model.tables.map((t) => [t.sheet, t.grid.sheet]));
  const kept: { finding: Finding; copies: Finding[] }[] = [];
  const byKey = new Map<string, { finding: Finding; copies: Finding[] }[]>();
  for (const f of findings) {
    const key = [f.rule, f.cell, f.message, f.expected, f.actual].join("|");
    const group = byKey.get(key) ?? [];
    const original = group.find(
      (g) => g.finding.sheet !== f.sheet && sameRow(sheets, g.finding, f.sheet)
    );
    if (original) {
      original.copies.push(f);
      continue;
    }
    const entry = { finding: f, copies: [] };
    group.push(entry);
    byKey.set(key, group);
    kept.push(entry);
  }
  return kept.flatMap(({ finding, copies }) =>
    copies.length < MIN_COPIES - 1
      ? [finding, ...copies]
      : {
          ...finding,
          message: `${finding.message} (sama di lembar ${copies.map((c) => `"${c.sheet}"`).join(", ")})`,
          related: [...finding.related, ...copies.map((c) => sameCellOn(c.sheet, finding.cell))],
        }
  );
}
