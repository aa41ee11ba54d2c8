/**
 * Marking cells in Excel without touching them: each mark is a conditional format
 * whose rule is always true and carries the marker below, so the cells' own fill,
 * font and borders stay as the user set them and show again when the marks go.
 * Every earlier mark of ours is removed first: found by its rule the first time
 * (so also marks left in a workbook saved while they were shown), by its id after.
 */
import { HighlightKind, SheetHighlight } from "../../engine/check/highlights";

const MARKER = "Asisten LKjIP";

/** The rule of our conditional formats: always true, and says whose it is. */
export const HIGHLIGHT_RULE = `=ISTEXT("${MARKER}")`;

/** The fill of each kind of mark (Fluent's light red, yellow, blue and purple). */
export const HIGHLIGHT_FILL: Record<HighlightKind, string> = {
  error: "#FDE7E9",
  warning: "#FFF4CE",
  info: "#DEECF9",
  terkait: "#E8DAEF",
};

/** Longest address list given to one `getRanges` call. */
const MAX_ADDRESS = 2000;

/** Comma-joined address lists no longer than {@link MAX_ADDRESS}. */
export function addressChunks(cells: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const cell of cells) {
    if (current && current.length + cell.length + 1 > MAX_ADDRESS) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${cell}` : cell;
  }
  return current ? [...chunks, current] : chunks;
}

/** One batch of work in a fresh request context; `sync` counts and runs `context.sync()`. */
export type ExcelWork = <T>(
  work: (context: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>
) => Promise<T>;

/** What this pane has drawn (each conditional format's sheet and id) and the sheets it may draw on. */
interface Drawn {
  readonly formats: readonly { readonly sheet: string; readonly id: string }[];
  /** The unprotected sheets at the last search. */
  readonly open: ReadonlySet<string>;
}

/**
 * Draws marks in Excel. The first drawing of a session finds every earlier mark by
 * its rule (four syncs); later drawings delete the marks this pane drew by their
 * ids and add the new ones in one sync. If one of those is gone (the user deleted
 * it, or renamed its sheet) the batch fails and the drawing starts again with a
 * full search, as it does when a mark is for a sheet not seen at the last search.
 */
export class MarkPainter {
  private drawn?: Drawn;

  /** Replaces every mark of ours with `marks`. */
  async paint(marks: readonly SheetHighlight[], run: ExcelWork): Promise<void> {
    const known = this.drawn;
    this.drawn = undefined;
    if (known && marks.every((m) => known.open.has(m.sheet))) {
      const redrawn = await run((context, sync) => redraw(context, known, marks, sync)).catch(
        () => undefined
      );
      if (redrawn) {
        this.drawn = redrawn;
        return;
      }
    }
    this.drawn = await run((context, sync) => drawAfterSearch(context, marks, sync));
  }
}

/** Adds one conditional format per chunk of cells and queues loading their ids. */
function addMarks(
  sheets: ReadonlyMap<string, Excel.Worksheet>,
  marks: readonly SheetHighlight[]
): { sheet: string; format: Excel.ConditionalFormat }[] {
  const added: { sheet: string; format: Excel.ConditionalFormat }[] = [];
  for (const mark of marks) {
    const ws = sheets.get(mark.sheet);
    if (!ws) continue;
    for (const addresses of addressChunks(mark.cells)) {
      const format = ws
        .getRanges(addresses)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = HIGHLIGHT_RULE;
      format.custom.format.fill.color = HIGHLIGHT_FILL[mark.kind];
      format.load("id");
      added.push({ sheet: mark.sheet, format });
    }
  }
  return added;
}

/** Deletes the marks drawn before by id and adds the new ones, in one sync. */
async function redraw(
  context: Excel.RequestContext,
  drawn: Drawn,
  marks: readonly SheetHighlight[],
  sync: () => Promise<void>
): Promise<Drawn> {
  const sheets = context.workbook.worksheets;
  for (const f of drawn.formats)
    sheets.getItem(f.sheet).getRange().conditionalFormats.getItem(f.id).delete();
  const names = [...new Set(marks.map((m) => m.sheet))];
  const added = addMarks(new Map(names.map((n) => [n, sheets.getItem(n)])), marks);
  await sync();
  return { formats: added.map((a) => ({ sheet: a.sheet, id: a.format.id })), open: drawn.open };
}

/**
 * Finds and removes every mark of ours and draws `marks`, in four syncs: sheets,
 * the types of their conditional formats, the rules of the custom ones (loaded one
 * by one, since loading a custom rule through a collection that also holds other
 * types fails in Excel), then the deletions and additions together. Protected
 * sheets are left alone.
 */
async function drawAfterSearch(
  context: Excel.RequestContext,
  marks: readonly SheetHighlight[],
  sync: () => Promise<void>
): Promise<Drawn> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  await sync();
  const open = sheets.items.filter((ws) => !ws.protection.protected);
  const collections = open.map((ws) => ws.getRange().conditionalFormats.load("items/type"));
  await sync();
  const custom = collections
    .flatMap((c) => c.items)
    .filter((f) => f.type === Excel.ConditionalFormatType.custom);
  custom.forEach((f) => f.custom.rule.load("formula"));
  await sync();
  custom.filter((f) => f.custom.rule.formula.includes(MARKER)).forEach((f) => f.delete());
  const added = addMarks(new Map(open.map((ws) => [ws.name, ws])), marks);
  await sync();
  return {
    formats: added.map((a) => ({ sheet: a.sheet, id: a.format.id })),
    open: new Set(open.map((ws) => ws.name)),
  };
}
