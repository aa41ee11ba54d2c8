/**
 * The Excel edge: the workbook read through Office.js in three `context.sync`
 * calls whatever its size (see ./read), sheets written in bulk, charts drawn,
 * cells marked (see ./highlights), and changes listened to.
 */
import { SheetSnapshot, WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { WorkbookHost } from "../../taskpane/host/workbook-host";
import { ChartSpec } from "../../engine/fill/charts";
import { SheetHighlight } from "../../engine/check/highlights";
import { MarkPainter } from "./highlights";
import { isTooLarge, readAtOnce, readInBlocks } from "./read";

/** Reads and writes the open workbook through Office.js. */
export class OfficeHost implements WorkbookHost {
  /** Number of `context.sync` calls made so far (the adapter's budget is 3 per read). */
  syncs = 0;
  private readonly painter = new MarkPainter();
  /** Writes of this host still running (for Excel before ExcelApi 1.14, whose events carry no source). */
  private writing = 0;

  /** Runs one of this host's own writes, so that its change events are not taken for a person's. */
  private async own<T>(run: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await run();
    } finally {
      this.writing--;
    }
  }

  private async sync(context: Excel.RequestContext): Promise<void> {
    this.syncs++;
    await context.sync();
  }

  /**
   * Reads every sheet: in three syncs, or, when Excel refuses an answer that
   * large, in blocks of rows (see ./read).
   */
  async readWorkbook(): Promise<WorkbookSnapshot> {
    try {
      return await Excel.run((context) => readAtOnce(context, () => this.sync(context)));
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      return Excel.run((context) => readInBlocks(context, () => this.sync(context)));
    }
  }

  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await this.sync(context);
    });
  }

  /**
   * Writes whole sheets in two syncs. An existing sheet is not deleted (formulas in
   * other sheets that point at it would break): its contents are cleared, its
   * merges undone, and the new cells written; its own formatting stays.
   */
  writeSheets(sheets: readonly SheetSnapshot[]): Promise<void> {
    return this.own(() => this.writeAll(sheets));
  }

  private writeAll(sheets: readonly SheetSnapshot[]): Promise<void> {
    return Excel.run(async (context) => {
      const existing = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name));
      existing.forEach((e) => e.load("name"));
      await this.sync(context);
      context.application.suspendApiCalculationUntilNextSync();
      sheets.forEach((sheet, i) => {
        const found = existing[i];
        const ws = found.isNullObject ? context.workbook.worksheets.add(sheet.name) : found;
        if (!found.isNullObject) {
          const used = ws.getUsedRange(true);
          used.unmerge();
          used.clear(Excel.ClearApplyTo.contents);
        }
        writeCells(ws, sheet);
        if (sheet.hidden) ws.visibility = Excel.SheetVisibility.hidden;
      });
      await this.sync(context);
    });
  }

  /** Draws each chart as a clustered column chart, replacing an earlier chart of the same title; two syncs. */
  addCharts(charts: readonly ChartSpec[]): Promise<void> {
    return this.own(() => this.drawCharts(charts));
  }

  private drawCharts(charts: readonly ChartSpec[]): Promise<void> {
    return Excel.run(async (context) => {
      const sheets = charts.map((c) => context.workbook.worksheets.getItem(c.sheet));
      sheets.forEach((ws) => ws.charts.load("items/name"));
      await this.sync(context);
      charts.forEach((spec, i) => {
        const ws = sheets[i];
        ws.charts.items.filter((c) => c.name === spec.title).forEach((c) => c.delete());
        const [first, ...rest] = spec.series;
        const chart = ws.charts.add(
          Excel.ChartType.columnClustered,
          ws.getRange(first.values),
          Excel.ChartSeriesBy.columns
        );
        chart.name = spec.title;
        chart.title.text = spec.title;
        const s0 = chart.series.getItemAt(0);
        s0.name = first.name;
        s0.setXAxisValues(ws.getRange(spec.categories));
        for (const s of rest) {
          const added = chart.series.add(s.name);
          added.setValues(ws.getRange(s.values));
          added.setXAxisValues(ws.getRange(spec.categories));
        }
        chart.setPosition(spec.anchor);
      });
      await this.sync(context);
    });
  }

  /** Replaces the add-in's marks with `marks`, as conditional formats over the cells (see ./highlights). */
  highlight(marks: readonly SheetHighlight[]): Promise<void> {
    return this.own(() =>
      this.painter.paint(marks, (work) =>
        Excel.run((context) => work(context, () => this.sync(context)))
      )
    );
  }

  /**
   * Listens to changes in any sheet made by someone else. This add-in's own writes
   * do not count: Excel marks their events from ExcelApi 1.14 on (and may deliver
   * them after the write has finished); before that, events during a write of this
   * host are set aside.
   */
  onChanged(listener: () => void): () => void {
    let active = true;
    Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        if (active && !this.writing && event.triggerSource !== "ThisLocalAddin") listener();
      });
      await this.sync(context);
    }).catch(() => undefined);
    return () => {
      active = false;
    };
  }
}

/** Writes a sheet's cells as one formulas array and one number-format array, then bold and merges. */
export function writeCells(ws: Excel.Worksheet, sheet: SheetSnapshot): void {
  const width = Math.max(1, ...sheet.rows.map((r) => r?.length ?? 0));
  const height = sheet.rows.length;
  if (height === 0) return;
  const formulas = sheet.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = r?.[c];
      if (!cell) return "";
      return cell.formula ? `=${cell.formula}` : (cell.value ?? "");
    })
  );
  const formats = sheet.rows.map((r) =>
    Array.from({ length: width }, (_, c) => r?.[c]?.numFmt ?? "General")
  );
  const range = ws.getRangeByIndexes(0, 0, height, width);
  range.formulas = formulas as never;
  range.numberFormat = formats;
  sheet.rows.forEach((r, row) =>
    r?.forEach((cell, col) => {
      if (cell?.bold) ws.getRangeByIndexes(row, col, 1, 1).format.font.bold = true;
    })
  );
  for (const m of sheet.merges)
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
}
