/** Ranges, their format, and range areas (merged areas, cells to mark). */
import { FakeObject, FakeCollection } from "./client";
import type { FakeContext } from "./excel";
import { FakeConditionalFormats } from "./formats";
import {
  addressOf,
  contains,
  FakeCell,
  FakeOfficeError,
  FakeSheet,
  intersects,
  key,
  Primitive,
  Rect,
  typedInput,
} from "./model";

/** A range; its rectangle may be known only at sync (used ranges). */
export class FakeRange extends FakeObject {
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

export class FakeRangeFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange
  ) {
    super(ctx);
  }

  /** Queues setting a format property on the range, recorded as a look. */
  private set(property: string, value: unknown): void {
    this.ctx.queue(() => {
      this.range.sheet.looks.push({ rect: this.range.rect, property, value });
    }, 40);
  }

  set columnWidth(points: number) {
    this.ctx.queue(() => {
      const r = this.range.rect;
      for (let c = r.left; c <= r.right; c++) this.range.sheet.columnWidths.set(c, points);
    });
  }

  set rowHeight(points: number) {
    this.ctx.queue(() => {
      const r = this.range.rect;
      for (let row = r.top; row <= r.bottom; row++) this.range.sheet.rowHeights.set(row, points);
    });
  }

  set wrapText(wrap: boolean) {
    this.set("wrapText", wrap);
  }

  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value);
  }

  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value);
  }

  readonly fill = ((format: FakeRangeFormat) => ({
    set color(c: string) {
      format.set("fill", c);
    },
  }))(this);

  readonly borders = ((format: FakeRangeFormat) => ({
    getItem: (edge: string) => ({
      set style(v: string) {
        format.set(`border:${edge}:style`, v);
      },
      set weight(v: string) {
        format.set(`border:${edge}:weight`, v);
      },
      set color(v: string) {
        format.set(`border:${edge}:color`, v);
      },
    }),
  }))(this);

  readonly font = ((format: FakeRangeFormat) => ({
    set bold(b: boolean) {
      format.ctx.queue(() => {
        const r = format.range.rect;
        for (let i = r.top; i <= r.bottom; i++)
          for (let j = r.left; j <= r.right; j++)
            format.ctx.excel.put(format.range.sheet, i, j, { bold: b });
      }, 40);
    },
    set italic(i: boolean) {
      format.set("italic", i);
    },
  }))(this);
}

/** Several areas: merged areas read back, or cells to mark. */
export class FakeRangeAreas extends FakeObject {
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
