/**
 * The Excel edge: the workbook read through Office.js in three `context.sync`
 * calls whatever its size (see ./read), sheets written in bulk (see ./write),
 * charts drawn, cells marked (see ./highlights), and changes listened to.
 */
import { SheetSnapshot, WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { HighlightResult, WorkbookHost } from "../../taskpane/host/workbook-host";
import { ChartSpec } from "../../engine/fill/charts";
import { SheetHighlight } from "../../engine/check/highlights";
import { MarkPainter } from "./highlights";
import {
  BLOCK_CELLS,
  isTooLarge,
  MergeReading,
  readAtOnce,
  readInBlocks,
  SMALLEST_BLOCK,
} from "./read";
import { rowBlocks, writeBlock, writeBoldAndMerges, WRITE_BYTES } from "./write";
import { writeCellLayout, writePrintLayout } from "./layout";
import { supportsExcelApi } from "./api-support";

/** How long after a write its change events may still arrive (Excel before ExcelApi 1.14). */
export const OWN_EVENT_WINDOW_MS = 3000;

/** Reads and writes the open workbook through Office.js. */
export class OfficeHost implements WorkbookHost {
  /** Number of `context.sync` calls made so far (the adapter's budget is 3 per read). */
  syncs = 0;
  private readonly painter = new MarkPainter();
  /** Writes of this host still running (for Excel before ExcelApi 1.14, whose events carry no source). */
  private writing = 0;
  /** The sheets (by id) this host wrote last, and until when their events are its own. */
  private justWritten: { readonly ids: ReadonlySet<string>; readonly until: number } = {
    ids: new Set(),
    until: 0,
  };

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
   * large, in blocks of rows (halved while Excel still refuses them). When the
   * merged areas of a sheet cannot be listed at once (more than 512), they are
   * read in tiles; before ExcelApi 1.13 they are not read (see ./read).
   */
  async readWorkbook(): Promise<WorkbookSnapshot> {
    const merges: MergeReading = supportsExcelApi("1.13") ? "sheet" : "none";
    try {
      return await this.inRun((context, sync) => readAtOnce(context, sync, merges));
    } catch (error) {
      if (isTooLarge(error)) return this.readBlocks(merges);
      if (merges === "none") throw error;
    }
    try {
      return await this.inRun((context, sync) => readAtOnce(context, sync, "tiles"));
    } catch (error) {
      if (isTooLarge(error)) return this.readBlocks(merges);
      throw error;
    }
  }

  private async readBlocks(merges: MergeReading): Promise<WorkbookSnapshot> {
    for (let cells = BLOCK_CELLS; ; cells = Math.floor(cells / 2)) {
      try {
        return await this.inRun((context, sync) => readInBlocks(context, sync, merges, cells));
      } catch (error) {
        if (!isTooLarge(error) || cells / 2 < SMALLEST_BLOCK) throw error;
      }
    }
  }

  /** One batch of work in a fresh request context, its syncs counted. */
  private inRun<T>(
    work: (context: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>
  ): Promise<T> {
    return Excel.run((context) => work(context, () => this.sync(context)));
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
   * Writes whole sheets, in two syncs unless they are large (then one more per
   * {@link WRITE_BYTES} of cells), with the generated tables' layout (see ./layout;
   * the page setup in one sync more). An existing sheet is not deleted (formulas in
   * other sheets that point at it would break): its contents are cleared, its
   * merges undone, and the new cells written; its own formatting stays. A hidden
   * sheet is hidden only when it is created: setting visibility clears Excel's
   * Undo list on Windows and Mac.
   */
  writeSheets(sheets: readonly SheetSnapshot[]): Promise<void> {
    return this.own(async () => {
      await this.writeAll(sheets);
      await this.writePrint(sheets);
    });
  }

  private writeAll(sheets: readonly SheetSnapshot[]): Promise<void> {
    return this.inRun(async (context, sync) => {
      const existing = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name));
      existing.forEach((e) => e.load("name"));
      await sync();
      context.application.suspendApiCalculationUntilNextSync();
      let queued = 0;
      const written: Excel.Worksheet[] = [];
      for (const [i, sheet] of sheets.entries()) {
        const ws = this.prepare(context, existing[i], sheet);
        for (const block of rowBlocks(sheet)) {
          if (queued && queued + block.bytes > WRITE_BYTES) {
            await sync();
            context.application.suspendApiCalculationUntilNextSync();
            queued = 0;
          }
          writeBlock(ws, block);
          queued += block.bytes;
        }
        if (sheet.layout) writeCellLayout(ws, sheet.layout);
        writeBoldAndMerges(ws, sheet);
        written.push(ws.load("id"));
      }
      await sync();
      this.justWritten = {
        ids: new Set(written.map((ws) => ws.id)),
        until: Date.now() + OWN_EVENT_WINDOW_MS,
      };
    });
  }

  /**
   * Sets the page setup of the sheets that have a layout, in a batch of its own:
   * if Excel refuses the fit-to-width zoom, the rest is set without it; the
   * tables are written either way.
   */
  private async writePrint(sheets: readonly SheetSnapshot[]): Promise<void> {
    const laidOut = sheets.filter((s) => s.layout);
    if (laidOut.length === 0) return;
    const attempt = (fit: boolean) =>
      this.inRun(async (context, sync) => {
        for (const s of laidOut)
          writePrintLayout(context.workbook.worksheets.getItem(s.name), s.layout!.print, fit);
        await sync();
      });
    await attempt(true).catch(() => attempt(false).catch(() => undefined));
  }

  /** The sheet to write into: created (hidden if it should be), or cleared of contents and merges. */
  private prepare(
    context: Excel.RequestContext,
    found: Excel.Worksheet,
    sheet: SheetSnapshot
  ): Excel.Worksheet {
    if (found.isNullObject) {
      const ws = context.workbook.worksheets.add(sheet.name);
      if (sheet.hidden) ws.visibility = Excel.SheetVisibility.hidden;
      return ws;
    }
    const used = found.getUsedRange(true);
    used.unmerge();
    used.clear(Excel.ClearApplyTo.contents);
    return found;
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

  /**
   * Replaces the add-in's marks with `marks`, as conditional formats over the
   * cells (see ./highlights); says which sheets could not be marked.
   */
  highlight(marks: readonly SheetHighlight[]): Promise<HighlightResult> {
    return this.own(() => this.painter.paint(marks, (work) => this.inRun(work)));
  }

  /**
   * Listens to changes in any sheet made by someone else. This add-in's own writes
   * do not count: Excel marks their events from ExcelApi 1.14 on; before that,
   * events carry no source and arrive after the write's sync, so events during a
   * write, and for the sheets just written within {@link OWN_EVENT_WINDOW_MS}, are
   * set aside.
   */
  onChanged(listener: () => void): () => void {
    let active = true;
    this.inRun(async (context, sync) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        if (active && !this.isOwn(event)) listener();
      });
      await sync();
    }).catch(() => undefined);
    return () => {
      active = false;
    };
  }

  /** Whether a change event comes from this host's own writing. */
  private isOwn(event: Excel.WorksheetChangedEventArgs): boolean {
    if (this.writing) return true;
    if (supportsExcelApi("1.14")) return event.triggerSource === "ThisLocalAddin";
    const recent = this.justWritten;
    return recent.ids.has(event.worksheetId) && Date.now() < recent.until;
  }
}
