/**
 * One fake Excel for the Office.js adapter's tests and the pane bench, as strict
 * as the typings and Microsoft's documentation say Excel is:
 * - every operation is queued and runs only at `context.sync()`, in order; a
 *   property read before it was loaded and synced throws `PropertyNotLoaded`;
 * - a failed operation fails the whole batch, as Excel does;
 * - the host's version decides what exists: `getMergedAreasOrNullObject` needs
 *   ExcelApi 1.13 (and fails above 512 merged areas whose top-left cell is in the
 *   range), change events carry `triggerSource` from 1.14 and arrive after the
 *   sync that caused them;
 * - payload limits raise what Excel raises (GeneralException on the web), and
 *   `values` is null on ranges above the web's cell limit;
 * - conditional formats are kept in priority order, a new one goes on top, and a
 *   format's `id` is its position in the collection it was read through;
 *   reading the rule of a non-custom format, or of a format hit by Excel's known
 *   bugs (office-js 6827, 6835), fails the batch;
 * - `values` and `formulas` take text as typed input: `=…` becomes a formula,
 *   `83,514` a number, unless the cell's number format is text (`@`).
 * The model follows office-addin-mock's idea (loads resolved at sync) with
 * Excel's rules added.
 */
import { Batch } from "./client";
import { FakeWorksheets } from "./sheets";
import {
  ChangeEvent,
  FakeExcelOptions,
  FakeHost,
  FakeOfficeError,
  FakeSheet,
  FakeSheetInit,
  key,
  Primitive,
  FakeCell,
  rectOf,
  VERSION,
  WEB_LIMIT,
} from "./model";

/**
 * The fake Excel: `install()` puts `Excel` and `Office` on globalThis; the state
 * (sheets, syncs, events) is open for tests to arrange and inspect.
 */
export class FakeExcel {
  readonly host: FakeHost;
  readonly sheets: FakeSheet[];
  /** `context.sync()` calls made. */
  syncs = 0;
  /** Syncs that failed, with Excel's code. */
  readonly failures: string[] = [];
  /** Batches left unsynced when an `Excel.run` ended (their operations never ran). */
  unsynced = 0;
  /** Times a sheet's visibility was set (which clears Excel's Undo stack on Windows and Mac). */
  visibilitySets = 0;
  /** Largest request and answer of one successful sync, in bytes of JSON. */
  largestRequest = 0;
  largestResponse = 0;
  readonly limits: {
    response: number;
    request: number;
    nullValuesAbove: number;
    refuseZeroFit: boolean;
  };
  private readonly handlers: ((e: ChangeEvent) => Promise<unknown>)[] = [];
  private nextSheetId = 1;

  constructor(sheets: readonly FakeSheetInit[], options: FakeExcelOptions = {}) {
    this.host = options.host ?? "1.14";
    const web = this.host === "web";
    this.limits = {
      response: options.responseLimit ?? (web ? WEB_LIMIT : Infinity),
      request: options.requestLimit ?? (web ? WEB_LIMIT : Infinity),
      nullValuesAbove: options.nullValuesAbove ?? (web ? 5_000_000 : Infinity),
      refuseZeroFit: options.refuseZeroFit ?? false,
    };
    this.sheets = sheets.map((s) => this.sheetOf(s));
  }

  /** Whether the host has ExcelApi `version` ("1.13"). */
  supports(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    return major === 1 && minor <= VERSION[this.host];
  }

  /** Puts this fake's `Excel` and `Office` on globalThis and returns it. */
  install(): this {
    const g = globalThis as unknown as { Excel: unknown; Office: unknown };
    g.Excel = {
      run: <T>(work: (context: unknown) => Promise<T>) => this.run(work),
      ConditionalFormatType: {
        custom: "Custom",
        cellValue: "CellValue",
        colorScale: "ColorScale",
        dataBar: "DataBar",
        iconSet: "IconSet",
      },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { columns: "Columns", rows: "Rows" },
      BorderIndex: {
        edgeTop: "EdgeTop",
        edgeBottom: "EdgeBottom",
        edgeLeft: "EdgeLeft",
        edgeRight: "EdgeRight",
        insideVertical: "InsideVertical",
        insideHorizontal: "InsideHorizontal",
      },
      BorderLineStyle: { continuous: "Continuous", none: "None" },
      BorderWeight: { thin: "Thin", medium: "Medium" },
      PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
      PaperType: { a4: "A4", letter: "Letter" },
    };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && this.supports(version ?? "1.1"),
        },
      },
    };
    return this;
  }

  /** The sheet named `name`. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new FakeOfficeError("ItemNotFound", `Sheet ${name} not found`);
    return found;
  }

  /** The value (or `=formula`) of a cell, "" when empty. */
  cell(sheet: string, address: string): Primitive {
    const { top, left } = rectOf(address);
    const c = this.sheet(sheet).cells.get(key(top, left));
    return c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? "");
  }

  /** The last value of a format property set on a range holding the cell (`fill`, `border:EdgeTop:style`…). */
  look(sheet: string, address: string, property: string): unknown {
    const { top, left } = rectOf(address);
    const found = this.sheet(sheet)
      .looks.filter(
        (l) =>
          l.property === property &&
          top >= l.rect.top &&
          top <= l.rect.bottom &&
          left >= l.rect.left &&
          left <= l.rect.right
      )
      .pop();
    return found?.value;
  }

  /** The full cell record, for number formats and bold. */
  cellRecord(sheet: string, address: string): FakeCell | undefined {
    const { top, left } = rectOf(address);
    return this.sheet(sheet).cells.get(key(top, left));
  }

  /** A person types in a cell: the change events fire as Excel fires them. */
  async personEdits(sheet: string, address: string, value: Primitive): Promise<void> {
    const s = this.sheet(sheet);
    const { top, left } = rectOf(address);
    this.put(s, top, left, { value });
    await this.deliver([{ worksheetId: s.id, address, source: "Local", triggerSource: "Unknown" }]);
  }

  /** Registers a change handler (called by the fake's `onChanged.add`). */
  addHandler(handler: (e: ChangeEvent) => Promise<unknown>): void {
    this.handlers.push(handler);
  }

  private async deliver(events: ChangeEvent[]): Promise<void> {
    for (const e of events) {
      const event = this.supports("1.14") ? e : { ...e, triggerSource: undefined };
      for (const h of this.handlers) await h(event);
    }
  }

  private sheetOf(init: FakeSheetInit): FakeSheet {
    const sheet: FakeSheet = {
      name: init.name,
      id: `{S${this.nextSheetId++}}`,
      cells: new Map(),
      merges: (init.merges ?? []).map(rectOf),
      formats: (init.formats ?? []).map((f) => ({ ...f })),
      protected: init.protected ?? false,
      brokenFormats: init.brokenFormats ?? false,
      visibility: init.hidden ? "Hidden" : "Visible",
      charts: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      looks: [],
      pageLayout: {},
    };
    (init.rows ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") this.put(sheet, r, c, { value: v });
      })
    );
    for (const [address, formula] of Object.entries(init.formulas ?? {})) {
      const { top, left } = rectOf(address);
      this.put(sheet, top, left, { formula: formula.replace(/^=/, "") });
    }
    for (const [address, numFmt] of Object.entries(init.numFmts ?? {})) {
      const { top, left } = rectOf(address);
      this.put(sheet, top, left, { numFmt });
    }
    for (const address of init.bold ?? []) {
      const { top, left } = rectOf(address);
      this.put(sheet, top, left, { bold: true });
    }
    return sheet;
  }

  /** Changes a cell, creating it if needed. */
  put(sheet: FakeSheet, r: number, c: number, change: Partial<FakeCell>): void {
    const old = sheet.cells.get(key(r, c)) ?? {
      value: "",
      numFmt: "General",
      bold: false,
      indent: 0,
    };
    sheet.cells.set(key(r, c), { ...old, ...change });
  }

  /** Adds a sheet (worksheets.add). */
  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name === name))
      throw new FakeOfficeError("ItemAlreadyExists", `Sheet ${name} exists`);
    const sheet = this.sheetOf({ name });
    this.sheets.push(sheet);
    return sheet;
  }

  private async run<T>(work: (context: unknown) => Promise<T>): Promise<T> {
    const context = new FakeContext(this);
    try {
      return await work(context);
    } finally {
      if (context.batch.ops.length) this.unsynced++;
    }
  }

  /** Runs a batch: every operation in order; the first failure fails it all. */
  async sync(batch: Batch): Promise<void> {
    this.syncs++;
    const events: ChangeEvent[] = [];
    this.pendingEvents = events;
    try {
      if (batch.requestBytes > this.limits.request) throw this.tooLarge("Request");
      for (const op of batch.ops) op();
      if (batch.responseBytes > this.limits.response) throw this.tooLarge("Response");
      this.largestRequest = Math.max(this.largestRequest, batch.requestBytes);
      this.largestResponse = Math.max(this.largestResponse, batch.responseBytes);
    } catch (error) {
      this.failures.push((error as FakeOfficeError).code ?? "Error");
      throw error;
    } finally {
      batch.ops = [];
      batch.requestBytes = 0;
      batch.responseBytes = 0;
      this.pendingEvents = undefined;
    }
    if (events.length) setTimeout(() => void this.deliver(events), 0);
  }

  /** Events raised by the batch now running (delivered after it, as Excel does). */
  pendingEvents?: ChangeEvent[];

  private tooLarge(which: "Request" | "Response"): FakeOfficeError {
    return this.host === "web"
      ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
      : new FakeOfficeError(
          `${which}PayloadSizeLimitExceeded`,
          `The ${which.toLowerCase()} payload size has exceeded the limit.`
        );
  }
}

/** The request context: one batch at a time. */
export class FakeContext {
  batch = new Batch();
  readonly workbook: { worksheets: FakeWorksheets };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheets(this) };
    this.application = { suspendApiCalculationUntilNextSync: () => this.queue(() => undefined) };
  }

  /** The number of the operation running (a load's paths share their collections' items). */
  operation = 0;

  /** Queues an operation for the next sync. */
  queue(op: () => void, requestBytes = 16): void {
    const n = this.batch.ops.length + 1;
    this.batch.ops.push(() => {
      this.operation = n;
      op();
    });
    this.batch.requestBytes += requestBytes;
  }

  /** Counts an answer's size. */
  answer(value: unknown): void {
    this.batch.responseBytes += JSON.stringify(value ?? null).length;
  }

  sync(): Promise<void> {
    return this.excel.sync(this.batch);
  }
}
