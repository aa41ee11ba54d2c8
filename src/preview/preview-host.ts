/**
 * The preview page's workbook: the bundled sample, read through the engine's .xlsx
 * adapter and kept in memory, with the cell the pane selects and the cells it
 * marks shown in a grid.
 */
import { SheetSnapshot, WorkbookSnapshot } from "../engine/workbook/snapshot";
import { HighlightResult, WorkbookHost } from "../taskpane/host/workbook-host";
import { SheetHighlight } from "../engine/check/highlights";

/** What the preview grid shows. */
export interface PreviewView {
  readonly workbook: WorkbookSnapshot;
  readonly sheet: string;
  readonly cell?: string;
  /** The pane's marks, drawn over the grid (the workbook itself is not changed). */
  readonly marks: readonly SheetHighlight[];
}

/** An in-memory workbook host that tells the preview grid what to show. */
export class PreviewHost implements WorkbookHost {
  private listeners = new Set<() => void>();
  private view: PreviewView;

  constructor(
    workbook: WorkbookSnapshot,
    private readonly show: (view: PreviewView) => void
  ) {
    this.view = { workbook, sheet: workbook.sheets[0]?.name ?? "", marks: [] };
  }

  /** What the grid shows now. */
  get current(): PreviewView {
    return this.view;
  }

  async readWorkbook(): Promise<WorkbookSnapshot> {
    return this.view.workbook;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.view = { ...this.view, sheet, cell };
    this.show(this.view);
  }

  async writeSheets(sheets: readonly SheetSnapshot[]): Promise<void> {
    const kept = this.view.workbook.sheets.map((s) => sheets.find((n) => n.name === s.name) ?? s);
    const added = sheets.filter((s) => !this.view.workbook.sheets.some((o) => o.name === s.name));
    this.view = {
      ...this.view,
      workbook: { sheets: [...kept, ...added] },
      sheet: sheets.find((s) => !s.hidden)?.name ?? this.view.sheet,
      cell: undefined,
    };
    this.show(this.view);
  }

  /** Shows another sheet, as clicking its tab would. */
  showSheet(sheet: string): void {
    this.view = { ...this.view, sheet, cell: undefined };
    this.show(this.view);
  }

  async highlight(marks: readonly SheetHighlight[]): Promise<HighlightResult> {
    this.view = { ...this.view, marks };
    this.show(this.view);
    return { skipped: [] };
  }

  /** Changes a cell as a person typing would, and tells the pane. */
  edit(sheet: string, row: number, col: number, value: string | number): void {
    const sheets = this.view.workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((r) => (r ? [...r] : []));
      rows[row] = rows[row] ?? [];
      rows[row][col] = { value };
      return { ...s, rows };
    });
    this.view = { ...this.view, workbook: { sheets } };
    this.show(this.view);
    this.listeners.forEach((l) => l());
  }

  onChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
