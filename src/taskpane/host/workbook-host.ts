/**
 * What the pane needs from the workbook it works on. Excel gives it through
 * Office.js; the preview page gives it from the bundled sample. The pane never
 * touches Excel itself.
 */
import { SheetSnapshot, WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { ChartSpec } from "../../engine/fill/charts";
import { SheetHighlight } from "../../engine/check/highlights";

/** What a drawing of marks did: the sheets that could not be marked (Excel could not search them). */
export interface HighlightResult {
  readonly skipped: readonly string[];
}

/** The workbook the pane checks and fills. */
export interface WorkbookHost {
  /** Reads the whole workbook once. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Takes the user to a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes whole sheets (generated tables, the findings sheet, settings), replacing those of the same name. */
  writeSheets(sheets: readonly SheetSnapshot[]): Promise<void>;
  /** Draws the report's charts beside generated tables, replacing earlier ones of the same title (hosts that can). */
  addCharts?(charts: readonly ChartSpec[]): Promise<void>;
  /**
   * Marks cells without changing them (their own formatting stays and shows again
   * when the marks go), replacing every earlier mark; `[]` removes them all.
   */
  highlight(marks: readonly SheetHighlight[]): Promise<HighlightResult>;
  /**
   * Calls `listener` whenever someone else changes the workbook (the host's own
   * writes do not count); returns the unsubscribe function.
   */
  onChanged(listener: () => void): () => void;
}
