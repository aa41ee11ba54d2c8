/**
 * Which cells the pane marks in the workbook after a check: each finding's cell in
 * the colour of its worst severity, and the related cells of the finding the user
 * chose. Hosts draw these without touching the cells' own formatting.
 */
import { parseSheetCell } from "../workbook/address";
import { Finding, Severity } from "../finding";

/** How a cell is marked: the worst severity of its findings, or related to the chosen finding. */
export type HighlightKind = Severity | "terkait";

/** The cells of one sheet marked the same way. */
export interface SheetHighlight {
  readonly sheet: string;
  readonly kind: HighlightKind;
  /** A1 addresses on `sheet`, in the order first met. */
  readonly cells: readonly string[];
}

/** Most visible first: a cell with an error and a warning is marked as an error. */
const RANK: Record<HighlightKind, number> = { terkait: 0, error: 1, warning: 2, info: 3 };

/**
 * The marks for a set of findings. The related cells of `focus` are marked
 * `terkait` (over any severity, so the user sees what the finding compares);
 * the focused finding's own cell keeps its severity.
 */
export function highlightsFor(
  findings: readonly Finding[],
  focus?: Finding
): readonly SheetHighlight[] {
  const marks = new Map<string, { sheet: string; cell: string; kind: HighlightKind }>();
  const mark = (sheet: string, cell: string, kind: HighlightKind) => {
    const key = `${sheet}!${cell}`;
    const earlier = marks.get(key);
    if (!earlier || RANK[kind] < RANK[earlier.kind]) marks.set(key, { sheet, cell, kind });
  };
  for (const f of findings) mark(f.sheet, f.cell, f.severity);
  for (const ref of focus?.related ?? []) {
    const at = parseSheetCell(ref);
    if (at && !(at.sheet === focus!.sheet && at.cell === focus!.cell))
      mark(at.sheet, at.cell, "terkait");
  }
  const groups = new Map<string, { sheet: string; kind: HighlightKind; cells: string[] }>();
  for (const m of marks.values()) {
    const key = `${m.sheet}\u0000${m.kind}`;
    const group = groups.get(key) ?? { sheet: m.sheet, kind: m.kind, cells: [] };
    group.cells.push(m.cell);
    groups.set(key, group);
  }
  return [...groups.values()];
}
