/**
 * The Excel edge: the workbook read through Office.js in three `context.sync`
 * calls whatever its size (sheet names; used ranges; values, formulas, formats,
 * bold, indentation and merges of every sheet at once), and sheets written in bulk.
 */
import { parseA1 } from "../../engine/workbook/address";
import {
  CellSnapshot,
  MergeRange,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../engine/workbook/snapshot";
import { WorkbookHost } from "../../taskpane/host/workbook-host";
import { ChartSpec } from "../../engine/fill/charts";
import { SheetHighlight } from "../../engine/check/highlights";
import { MarkPainter } from "./highlights";

const ERROR_VALUE =
  /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA)$/;

function mergeOf(address: string, top: number, left: number): MergeRange | undefined {
  const [a, b] = address.split("!").pop()!.split(":");
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  return from && to
    ? { top: from.row - top, left: from.col - left, bottom: to.row - top, right: to.col - left }
    : undefined;
}

interface Loaded {
  readonly name: string;
  readonly hidden: boolean;
  readonly range: Excel.Range;
  readonly props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly merges: Excel.RangeAreas;
}

function toSheet(l: Loaded): SheetSnapshot {
  const { range } = l;
  const top = range.rowIndex;
  const left = range.columnIndex;
  const rows: (CellSnapshot | undefined)[][] = [];
  range.values.forEach((row, r) => {
    rows[r + top] = [];
    row.forEach((v, c) => {
      const formula = String(range.formulas[r][c] ?? "");
      const props = l.props.value[r]?.[c];
      const isError = typeof v === "string" && ERROR_VALUE.test(v);
      if (v === "" && !formula.startsWith("=")) return;
      rows[r + top][c + left] = {
        value: isError ? null : (v as CellSnapshot["value"]),
        error: isError ? (v as string) : undefined,
        formula: formula.startsWith("=") ? formula.slice(1) : undefined,
        numFmt: String(range.numberFormat[r][c] ?? "") || undefined,
        bold: props?.format?.font?.bold || undefined,
        indent: props?.format?.indentLevel || undefined,
      };
    });
  });
  const merges = l.merges.isNullObject
    ? []
    : l.merges.areas.items.map((a) => mergeOf(a.address, 0, 0)).filter((m): m is MergeRange => !!m);
  return { name: l.name, rows: Array.from(rows, (r) => r ?? []), merges, hidden: l.hidden };
}

/** Reads and writes the open workbook through Office.js. */
export class OfficeHost implements WorkbookHost {
  /** Number of `context.sync` calls made so far (the adapter's budget is 3 per read). */
  syncs = 0;
  private readonly painter = new MarkPainter();

  private async sync(context: Excel.RequestContext): Promise<void> {
    this.syncs++;
    await context.sync();
  }

  /** Reads every sheet in three syncs. */
  readWorkbook(): Promise<WorkbookSnapshot> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await this.sync(context);
      const used = sheets.items.map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true) }));
      used.forEach((u) => u.range.load("address"));
      await this.sync(context);
      const loaded: Loaded[] = used
        .filter((u) => !u.range.isNullObject)
        .map((u) => {
          u.range.load("values,formulas,numberFormat,rowIndex,columnIndex");
          const merges = u.range.getMergedAreasOrNullObject();
          merges.load("areas/items/address");
          const props = u.range.getCellProperties({
            format: { font: { bold: true }, indentLevel: true },
          });
          return {
            name: u.ws.name,
            hidden: u.ws.visibility !== "Visible",
            range: u.range,
            props,
            merges,
          };
        });
      await this.sync(context);
      return { sheets: loaded.map(toSheet) };
    });
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
    return this.painter.paint(marks, (work) =>
      Excel.run((context) => work(context, () => this.sync(context)))
    );
  }

  /**
   * Listens to changes in any sheet made by someone else: changes this add-in
   * writes itself (Excel tells them apart from ExcelApi 1.14 on, and delivers the
   * events after the write has finished) do not make the results out of date.
   */
  onChanged(listener: () => void): () => void {
    let active = true;
    Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        if (active && event.triggerSource !== "ThisLocalAddin") listener();
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
