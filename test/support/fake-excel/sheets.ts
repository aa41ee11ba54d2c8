/** The worksheets collection and a worksheet. */
import { FakeCollection, FakeObject } from "./client";
import type { FakeContext } from "./excel";
import { FakeCharts } from "./charts";
import { FakeRange, FakeRangeAreas } from "./range";
import { ChangeEvent, FakeOfficeError, FakeSheet, Rect, rectOf } from "./model";

export class FakeWorksheets extends FakeCollection<FakeWorksheet> {
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

export class FakeWorksheet extends FakeObject {
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

  /** The page setup (ExcelApi 1.9): each setting recorded on the sheet's `pageLayout`. */
  readonly pageLayout = ((ws: FakeWorksheet) => {
    const record = (key: string, value: unknown) =>
      ws.ctx.queue(() => void (ws.model.pageLayout[key] = value));
    return {
      set orientation(v: string) {
        record("orientation", v);
      },
      set paperSize(v: string) {
        record("paperSize", v);
      },
      set leftMargin(v: number) {
        record("leftMargin", v);
      },
      set rightMargin(v: number) {
        record("rightMargin", v);
      },
      set topMargin(v: number) {
        record("topMargin", v);
      },
      set bottomMargin(v: number) {
        record("bottomMargin", v);
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
        ws.ctx.queue(() => {
          if (ws.ctx.excel.limits.refuseZeroFit && v.verticalFitToPages === 0)
            throw new FakeOfficeError(
              "InvalidArgument",
              "The argument is invalid or missing or has an incorrect format."
            );
          ws.model.pageLayout.zoom = v;
        });
      },
      setPrintArea: (area: string) => record("printArea", area),
      setPrintTitleRows: (rows: string) => record("printTitleRows", rows),
    };
  })(this);
}
