/** The client side of Office.js: batches, objects whose properties load at sync, collections. */
import type { FakeContext } from "./excel";
import { FakeOfficeError } from "./model";

/** Everything one sync will do, and what it cost. */
export class Batch {
  ops: (() => void)[] = [];
  requestBytes = 0;
  responseBytes = 0;
}

/** A client object: properties readable only once loaded and synced. */
export class FakeObject {
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
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
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
