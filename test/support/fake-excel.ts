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
import { a1, parseA1 } from "../../src/engine/workbook/address";
import { SheetSnapshot } from "../../src/engine/workbook/snapshot";

/** Which Excel the fake plays. "web" is Excel on the web (ExcelApi 1.17, 5 MB payloads). */
export type FakeHost = "1.9" | "1.13" | "1.14" | "web";

type Primitive = string | number | boolean;

/** A cell of the fake. */
interface FakeCell {
  value: Primitive;
  formula?: string;
  numFmt: string;
  bold: boolean;
  indent: number;
}

/** A rectangle of cells, 0-based and inclusive. */
interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A conditional format on a sheet, as the test sets it up or Excel holds it. */
export interface FakeFormat {
  /** The cells it applies to, e.g. "A1:B4" or "A1,C3". */
  address: string;
  type: "Custom" | "CellValue" | "ColorScale" | "DataBar" | "IconSet";
  formula?: string;
  fill?: string;
  /** Reading its rule fails, as for duplicated rules in office-js issues 6827 and 6835. */
  unreadable?: boolean;
}

/** A sheet as a test sets it up. */
export interface FakeSheetInit {
  readonly name: string;
  /** Cell values, row by row; `null` or "" for empty. */
  readonly rows?: readonly (readonly (Primitive | null | undefined)[])[];
  /** Formulas by A1 address, e.g. `{ D3: "=B3/C3*100" }` (the cached value stays `rows`'). */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Number formats by A1 address. */
  readonly numFmts?: Readonly<Record<string, string>>;
  readonly bold?: readonly string[];
  readonly merges?: readonly string[];
  readonly formats?: readonly FakeFormat[];
  readonly protected?: boolean;
  readonly hidden?: boolean;
  /** Listing this sheet's conditional formats fails, as Excel's bugs can make it. */
  readonly brokenFormats?: boolean;
}

/** A sheet held by the fake. */
export interface FakeSheet {
  name: string;
  readonly id: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  formats: FakeFormat[];
  protected: boolean;
  brokenFormats: boolean;
  visibility: "Visible" | "Hidden";
  charts: FakeChart[];
}

/** A change event as Excel delivers it. */
interface ChangeEvent {
  worksheetId: string;
  address: string;
  source: "Local";
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** Options of {@link FakeExcel}. */
export interface FakeExcelOptions {
  readonly host?: FakeHost;
  /** Largest answer of one sync, in bytes of JSON (web: 5 MB; desktop: none). */
  readonly responseLimit?: number;
  /** Largest request of one sync, in bytes of JSON (web: 5 MB; desktop: none). */
  readonly requestLimit?: number;
  /** Ranges with more cells read `values` as null (web: 5 million). */
  readonly nullValuesAbove?: number;
}

/** An error as Office.js raises it: a message and a code. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

const VERSION: Record<FakeHost, number> = { "1.9": 9, "1.13": 13, "1.14": 14, web: 17 };
const WEB_LIMIT = 5 * 1024 * 1024;
const key = (r: number, c: number) => `${r},${c}`;

/** Parses "A1", "A1:D4", "Sheet!A1:D4" or "'My sheet'!A1" to a rectangle. */
export function rectOf(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.replace(/\$/g, "").split(":");
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  if (!from || !to) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

function addressOf(sheet: string, r: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet}'`;
  const a = a1(r.top, r.left);
  const b = a1(r.bottom, r.right);
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

const intersects = (a: Rect, b: Rect) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const contains = (outer: Rect, r: number, c: number) =>
  r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;

/**
 * Text as Excel takes typed input in a cell that is not text-formatted: a
 * formula, a boolean, a number (thousands commas, percent), or text.
 */
export function typedInput(text: string): { value: Primitive; formula?: string } {
  if (/^[=+-]/.test(text) && !/^[+-]?[\d,]*\.?\d+%?$/.test(text.trim()))
    return { value: "", formula: text.startsWith("=") ? text.slice(1) : text };
  if (/^(true|false)$/i.test(text.trim())) return { value: /^true$/i.test(text.trim()) };
  const number = text.trim().match(/^([+-]?[\d,]*\.?\d+)(%?)$/);
  if (number && /\d/.test(number[1])) {
    const n = Number(number[1].replace(/,/g, ""));
    return { value: number[2] ? n / 100 : n };
  }
  return { value: text };
}

/** Everything one sync will do, and what it cost. */
class Batch {
  ops: (() => void)[] = [];
  requestBytes = 0;
  responseBytes = 0;
}

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
  readonly limits: { response: number; request: number; nullValuesAbove: number };
  private readonly handlers: ((e: ChangeEvent) => Promise<unknown>)[] = [];
  private nextSheetId = 1;

  constructor(sheets: readonly FakeSheetInit[], options: FakeExcelOptions = {}) {
    this.host = options.host ?? "1.14";
    const web = this.host === "web";
    this.limits = {
      response: options.responseLimit ?? (web ? WEB_LIMIT : Infinity),
      request: options.requestLimit ?? (web ? WEB_LIMIT : Infinity),
      nullValuesAbove: options.nullValuesAbove ?? (web ? 5_000_000 : Infinity),
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
class FakeContext {
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

/** A client object: properties readable only once loaded and synced. */
class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  constructor(readonly ctx: FakeContext) {}

  /** Queues loading the given properties ("a,b", "items/x", arrays, or option objects). */
  load(spec?: string | string[] | { select?: string }): this {
    const text =
      typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : spec?.select;
    const paths = (text ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.queue(() => {
      if (!paths.length) this.resolveAll();
      for (const path of paths) this.resolve(path.split("/"));
    });
    return this;
  }

  /** The properties a bare `load()` brings. */
  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** Navigation properties (child objects) by name. */
  protected children(): Record<string, FakeObject> {
    return {};
  }

  /** Resolves one load path at sync time. */
  resolve(path: string[]): void {
    const [head, ...rest] = path;
    const scalar = this.scalars()[head];
    if (scalar) {
      const value = scalar();
      this.ctx.answer(value);
      this.loaded.set(head, value);
      return;
    }
    const child = this.children()[head];
    if (!child) throw new FakeOfficeError("InvalidArgument", `Cannot load "${head}"`);
    if (rest.length) child.resolve(rest);
    else child.resolveAll();
  }

  resolveAll(): void {
    for (const name of Object.keys(this.scalars())) this.resolve([name]);
  }

  /** A loaded property, or Excel's PropertyNotLoaded. */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded.get(name) as T;
  }
}

/** A collection: `items` once loaded. */
abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  private itemList?: T[];
  private loadedAt = -1;
  protected abstract current(): T[];

  get items(): T[] {
    if (!this.itemList)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }

  override resolve(path: string[]): void {
    if (path[0] !== "items") return super.resolve(path);
    if (!this.itemList || this.loadedAt !== this.ctx.operation) {
      this.itemList = this.current();
      this.loadedAt = this.ctx.operation;
    }
    for (const item of this.itemList)
      if (path.length > 1) item.resolve(path.slice(1));
      else item.resolveAll();
  }

  override resolveAll(): void {
    this.resolve(["items"]);
  }
}

class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  readonly onChanged = {
    add: (handler: (e: ChangeEvent) => Promise<unknown>) => {
      this.ctx.queue(() => this.ctx.excel.addHandler(handler));
      return {};
    },
  };

  protected current(): FakeWorksheet[] {
    return this.ctx.excel.sheets.map((s) => new FakeWorksheet(this.ctx, s.name));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }

  add(name: string): FakeWorksheet {
    this.ctx.queue(() => this.ctx.excel.addSheet(name));
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet extends FakeObject {
  private nullResolved?: boolean;

  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly orNull = false
  ) {
    super(ctx);
    if (orNull)
      ctx.queue(() => {
        this.nullResolved = !ctx.excel.sheets.some((s) => s.name === sheetName);
      });
  }

  /** The sheet, or ItemNotFound when the batch runs. */
  get model(): FakeSheet {
    return this.ctx.excel.sheet(this.sheetName);
  }

  get isNullObject(): boolean {
    if (this.nullResolved === undefined)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available."
      );
    return this.nullResolved;
  }

  override resolve(path: string[]): void {
    const missing = this.orNull && !this.ctx.excel.sheets.some((s) => s.name === this.sheetName);
    if (missing) this.loaded.set(path[0], null);
    else super.resolve(path);
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      name: () => this.model.name,
      id: () => this.model.id,
      visibility: () => this.model.visibility,
    };
  }

  protected override children(): Record<string, FakeObject> {
    return { protection: this.protection };
  }

  readonly protection: FakeObject & { protected: boolean } = ((ws: FakeWorksheet) => {
    const p = new (class extends FakeObject {
      protected override scalars() {
        return { protected: () => ws.model.protected };
      }
      get protected(): boolean {
        return this.read("protected");
      }
    })(this.ctx);
    return p;
  })(this);

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.ctx.queue(() => {
      this.ctx.excel.visibilitySets++;
      this.model.visibility = v as FakeSheet["visibility"];
    });
  }

  activate(): void {
    this.ctx.queue(() => void this.model);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheetName,
      address ? rectOf(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 }
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, {
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    });
  }

  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetName, () => addresses.split(",").map(rectOf));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => this.used(valuesOnly) ?? rectOf("A1"));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => this.used(valuesOnly), true);
  }

  private used(valuesOnly?: boolean): Rect | undefined {
    let rect: Rect | undefined;
    for (const [k, cell] of this.model.cells) {
      const empty = cell.value === "" && cell.formula === undefined;
      if (empty && (valuesOnly || (!cell.bold && cell.numFmt === "General"))) continue;
      const [r, c] = k.split(",").map(Number);
      rect = rect
        ? {
            top: Math.min(rect.top, r),
            left: Math.min(rect.left, c),
            bottom: Math.max(rect.bottom, r),
            right: Math.max(rect.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return rect;
  }

  readonly charts: FakeCharts = new FakeCharts(this.ctx, this);
}

/** A range; its rectangle may be known only at sync (used ranges). */
class FakeRange extends FakeObject {
  private rectAt?: Rect | null;
  private readonly format_: FakeRangeFormat;

  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    rect: Rect | (() => Rect | undefined),
    private readonly orNull = false
  ) {
    super(ctx);
    if (typeof rect === "function") ctx.queue(() => (this.rectAt = rect() ?? null));
    else this.rectAt = rect;
    this.format_ = new FakeRangeFormat(ctx, this);
  }

  /** The rectangle, when the batch runs. */
  get rect(): Rect {
    if (!this.rectAt) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
    return this.rectAt;
  }

  get sheet(): FakeSheet {
    return this.ctx.excel.sheet(this.sheetName);
  }

  get isNullObject(): boolean {
    if (this.rectAt === undefined)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available."
      );
    return this.orNull && this.rectAt === null;
  }

  private get cellCount(): number {
    const r = this.rect;
    return (r.bottom - r.top + 1) * (r.right - r.left + 1);
  }

  private grid<T>(of: (cell: FakeCell | undefined) => T): T[][] {
    const r = this.rect;
    const cells = this.sheet.cells;
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) =>
        of(cells.get(key(r.top + i, r.left + j)))
      )
    );
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      address: () => addressOf(this.sheetName, this.rect),
      rowIndex: () => this.rect.top,
      columnIndex: () => this.rect.left,
      rowCount: () => this.rect.bottom - this.rect.top + 1,
      columnCount: () => this.rect.right - this.rect.left + 1,
      values: () =>
        this.cellCount > this.ctx.excel.limits.nullValuesAbove
          ? null
          : this.grid((c) => c?.value ?? ""),
      formulas: () =>
        this.grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? ""))),
      numberFormat: () => this.grid((c) => c?.numFmt ?? "General"),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): Primitive[][] {
    return this.read("values");
  }
  set values(v: (Primitive | null)[][]) {
    this.write(v);
  }
  get formulas(): Primitive[][] {
    return this.read("formulas");
  }
  set formulas(v: (Primitive | null)[][]) {
    this.write(v);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: (string | null)[][]) {
    this.ctx.queue(() => {
      this.checkShape(v);
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null)
            this.ctx.excel.put(this.sheet, this.rect.top + i, this.rect.left + j, { numFmt: f });
        })
      );
    }, JSON.stringify(v).length);
  }

  get format(): FakeRangeFormat {
    return this.format_;
  }

  private checkShape(v: unknown[][]): void {
    const r = this.rect;
    if (v.length !== r.bottom - r.top + 1 || v.some((row) => row.length !== r.right - r.left + 1))
      throw new FakeOfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      );
  }

  /** `values` and `formulas` both take text as typed input. */
  private write(v: (Primitive | null)[][]): void {
    this.ctx.queue(() => {
      this.checkShape(v);
      const excel = this.ctx.excel;
      v.forEach((row, i) =>
        row.forEach((input, j) => {
          if (input === null) return;
          const r = this.rect.top + i;
          const c = this.rect.left + j;
          const text = excel.sheet(this.sheetName).cells.get(key(r, c))?.numFmt === "@";
          const cell =
            typeof input === "string" && !text
              ? typedInput(input)
              : { value: input, formula: undefined };
          excel.put(this.sheet, r, c, { value: cell.value, formula: cell.formula });
        })
      );
      excel.pendingEvents?.push({
        worksheetId: this.sheet.id,
        address: addressOf(this.sheetName, this.rect).split("!")[1],
        source: "Local",
        triggerSource: "ThisLocalAddin",
      });
    }, JSON.stringify(v).length);
  }

  getCellProperties(spec: { format?: { font?: { bold?: boolean }; indentLevel?: boolean } }) {
    let value: unknown;
    let synced = false;
    this.ctx.queue(() => {
      value = this.grid((c) => ({
        format: {
          ...(spec.format?.font?.bold ? { font: { bold: c?.bold ?? false } } : {}),
          ...(spec.format?.indentLevel ? { indentLevel: c?.indent ?? 0 } : {}),
        },
      }));
      this.ctx.answer(value);
      synced = true;
    });
    return {
      get value() {
        if (!synced) throw new FakeOfficeError("PropertyNotLoaded", "The value is not available.");
        return value;
      },
    };
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const excel = this.ctx.excel;
    return new FakeRangeAreas(
      this.ctx,
      this.sheetName,
      () => {
        if (!excel.supports("1.13"))
          throw new FakeOfficeError(
            "ApiNotFound",
            "The API you are trying to use could not be found."
          );
        const found = this.sheet.merges.filter((m) => contains(this.rect, m.top, m.left));
        if (found.length > 512)
          throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
        return found;
      },
      true
    );
  }

  merge(across = false): void {
    this.ctx.queue(() => {
      const r = this.rect;
      const rows = across ? [...Array(r.bottom - r.top + 1).keys()].map((i) => r.top + i) : [r.top];
      for (const top of rows)
        this.sheet.merges.push({
          top,
          left: r.left,
          bottom: across ? top : r.bottom,
          right: r.right,
        });
    });
  }

  unmerge(): void {
    this.ctx.queue(() => {
      this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
    });
  }

  clear(applyTo = "All"): void {
    this.ctx.queue(() => {
      for (const [k, cell] of this.sheet.cells) {
        const [r, c] = k.split(",").map(Number);
        if (!contains(this.rect, r, c)) continue;
        if (applyTo === "Contents")
          this.sheet.cells.set(k, { ...cell, value: "", formula: undefined });
        else if (applyTo === "Formats")
          this.sheet.cells.set(k, { ...cell, numFmt: "General", bold: false, indent: 0 });
        else this.sheet.cells.delete(k);
      }
    });
  }

  select(): void {
    this.ctx.queue(() => void this.rect);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.sheetName, () => [this.rect]);
  }
}

class FakeRangeFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange
  ) {
    super(ctx);
  }

  readonly font = ((format: FakeRangeFormat) => ({
    set bold(b: boolean) {
      format.ctx.queue(() => {
        const r = format.range.rect;
        for (let i = r.top; i <= r.bottom; i++)
          for (let j = r.left; j <= r.right; j++)
            format.ctx.excel.put(format.range.sheet, i, j, { bold: b });
      }, 40);
    },
  }))(this);
}

/** Several areas: merged areas read back, or cells to mark. */
class FakeRangeAreas extends FakeObject {
  private found?: Rect[] | null;

  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    rects: () => Rect[],
    private readonly orNull = false
  ) {
    super(ctx);
    ctx.queue(() => {
      const r = rects();
      this.found = r.length ? r : null;
    });
  }

  get isNullObject(): boolean {
    if (this.found === undefined)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available."
      );
    return this.orNull && this.found === null;
  }

  protected override children(): Record<string, FakeObject> {
    return { areas: this.areas };
  }

  readonly areas = ((ra: FakeRangeAreas) =>
    new (class extends FakeCollection<FakeRange> {
      protected current(): FakeRange[] {
        return (ra.found ?? []).map((r) => new FakeRange(ra.ctx, ra.sheetName, r));
      }
    })(this.ctx))(this);

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.sheetName, () => this.found ?? []);
  }
}

/** The conditional formats over some cells, in priority order; ids are positions. */
class FakeConditionalFormats extends FakeCollection<FakeConditionalFormat> {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    readonly rects: () => Rect[]
  ) {
    super(ctx);
  }

  /** The formats over these cells now, in priority order. */
  formats(): FakeFormat[] {
    const rects = this.rects();
    return this.ctx.excel
      .sheet(this.sheetName)
      .formats.filter((f) =>
        f.address.split(",").some((a) => rects.some((r) => intersects(rectOf(a), r)))
      );
  }

  protected current(): FakeConditionalFormat[] {
    if (this.ctx.excel.sheet(this.sheetName).brokenFormats)
      throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
    return this.formats().map((_, i) => new FakeConditionalFormat(this.ctx, this, () => i));
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, this, () => Number(id));
  }

  add(type: FakeFormat["type"]): FakeConditionalFormat {
    const format: FakeFormat = { address: "", type };
    this.ctx.queue(() => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      format.address = this.rects()
        .map((r) => addressOf(this.sheetName, r).split("!")[1])
        .join(",");
      sheet.formats.unshift(format);
    }, 64);
    return new FakeConditionalFormat(this.ctx, this, () => this.formats().indexOf(format));
  }
}

/** A conditional format, known by its position in the collection it came from. */
class FakeConditionalFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly collection: FakeConditionalFormats,
    private readonly position: () => number
  ) {
    super(ctx);
  }

  /** The format at this object's position when the batch runs. */
  private get target(): FakeFormat {
    const found = this.collection.formats()[this.position()];
    if (!found) throw new FakeOfficeError("ItemNotFound", "The conditional format was not found.");
    return found;
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      type: () => this.target.type,
      id: () => String(this.position()),
      priority: () => this.position(),
    };
  }

  protected override children(): Record<string, FakeObject> {
    return { custom: this.custom };
  }

  get type(): string {
    return this.read("type");
  }
  get id(): string {
    return this.read("id");
  }

  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.ctx.excel.sheet(this.collection.sheetName);
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      sheet.formats.splice(sheet.formats.indexOf(this.target), 1);
    });
  }

  readonly custom = ((cf: FakeConditionalFormat) => {
    const rule = new (class extends FakeObject {
      protected override scalars() {
        return {
          formula: () => {
            const t = cf.target;
            if (t.type !== "Custom")
              throw new FakeOfficeError(
                "InvalidOperation",
                "This operation is not permitted for the current object."
              );
            if (t.unreadable)
              throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
            return t.formula ?? "";
          },
        };
      }
      get formula(): string {
        return this.read("formula");
      }
      set formula(f: string) {
        cf.ctx.queue(() => void (cf.target.formula = f), f.length);
      }
    })(cf.ctx);
    const custom = new (class extends FakeObject {
      protected override children(): Record<string, FakeObject> {
        return { rule };
      }
      readonly rule = rule;
      readonly format = {
        fill: {
          set color(c: string) {
            cf.ctx.queue(() => void (cf.target.fill = c), c.length);
          },
        },
      };
    })(cf.ctx);
    return custom;
  })(this);
}

/** A chart drawn by the add-in: its name, title, position and series. */
export interface FakeChart {
  name: string;
  title?: string;
  anchor?: string;
  series: { name?: string; values?: string; categories?: string }[];
}

/** Charts on a sheet: enough for drawing the report's charts. */
class FakeCharts extends FakeCollection<FakeObject & { name: string; delete(): void }> {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet
  ) {
    super(ctx);
  }

  protected current() {
    const ctx = this.ctx;
    const charts = this.ws.model.charts;
    return charts.map(
      (chart) =>
        new (class extends FakeObject {
          protected override scalars() {
            return { name: () => chart.name };
          }
          get name(): string {
            return this.read("name");
          }
          delete(): void {
            ctx.queue(() => void charts.splice(charts.indexOf(chart), 1));
          }
        })(ctx)
    );
  }

  add(_type: string, source: FakeRange) {
    const ctx = this.ctx;
    const chart: FakeChart = { name: "", series: [{}] };
    ctx.queue(() => {
      this.ws.model.charts.push(chart);
      chart.series[0].values = addressOf(source.sheetName, source.rect);
    });
    const series = (s: FakeChart["series"][number]) => ({
      set name(n: string) {
        ctx.queue(() => void (s.name = n));
      },
      setXAxisValues: (r: FakeRange) =>
        ctx.queue(() => void (s.categories = addressOf(r.sheetName, r.rect))),
      setValues: (r: FakeRange) =>
        ctx.queue(() => void (s.values = addressOf(r.sheetName, r.rect))),
    });
    return {
      set name(n: string) {
        ctx.queue(() => void (chart.name = n));
      },
      title: {
        set text(t: string) {
          ctx.queue(() => void (chart.title = t));
        },
      },
      series: {
        getItemAt: (i: number) => series(chart.series[i]),
        add: (name: string) => {
          const s = { name };
          ctx.queue(() => void chart.series.push(s));
          return series(s);
        },
      },
      setPosition: (at: string) => ctx.queue(() => void (chart.anchor = at)),
    };
  }
}

/** A workbook snapshot's sheet as the fake's starting state (values, formulas, formats, bold, merges). */
export function fakeSheetOf(sheet: SheetSnapshot): FakeSheetInit {
  const formulas: Record<string, string> = {};
  const numFmts: Record<string, string> = {};
  const bold: string[] = [];
  const rows = sheet.rows.map((row, r) =>
    (row ?? []).map((cell, c) => {
      if (cell?.formula) formulas[a1(r, c)] = cell.formula;
      if (cell?.numFmt) numFmts[a1(r, c)] = cell.numFmt;
      if (cell?.bold) bold.push(a1(r, c));
      return cell?.value ?? null;
    })
  );
  const merges = sheet.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  return { name: sheet.name, rows, formulas, numFmts, bold, merges, hidden: sheet.hidden };
}
