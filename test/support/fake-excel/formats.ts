/** Conditional formats: kept in priority order, known by position, rules that can fail to read. */
import { FakeCollection, FakeObject } from "./client";
import type { FakeContext } from "./excel";
import { addressOf, FakeFormat, FakeOfficeError, intersects, Rect, rectOf } from "./model";

/** The conditional formats over some cells, in priority order; ids are positions. */
export class FakeConditionalFormats extends FakeCollection<FakeConditionalFormat> {
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
export class FakeConditionalFormat extends FakeObject {
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
