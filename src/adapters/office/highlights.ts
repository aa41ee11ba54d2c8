/**
 * Marking cells in Excel without touching them: each mark is a conditional format
 * whose rule is always true and carries the marker below, so the cells' own fill,
 * font and borders stay as the user set them and show again when the marks go.
 * Every earlier mark of ours is removed first, found by its rule (so also marks
 * left in a workbook saved while they were shown), never by a stored id.
 */
import { HighlightKind, SheetHighlight } from "../../engine/check/highlights";
import { HighlightResult } from "../../taskpane/host/workbook-host";

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

/**
 * Draws marks in Excel. Every drawing finds the earlier marks by their rule and
 * deletes them in the same batch as it adds the new ones: a conditional format's
 * id is only its position in a collection (typings: "the priority of the
 * conditional format in the current ConditionalFormatCollection"), so an id kept
 * from an earlier batch may name a person's own format. Deletions run from the
 * back of each collection, so none shifts the next.
 *
 * Excel sometimes fails to read the rules of ordinary formats (duplicated rules,
 * two rules on one range: office-js issues 6827, 6835, 5222). Then each sheet is
 * searched on its own, reading rules one by one; a sheet that still cannot be
 * searched is left unmarked and named in the result, and the drawing goes on.
 */
export class MarkPainter {
  /** Replaces every mark of ours with `marks`. */
  async paint(marks: readonly SheetHighlight[], run: ExcelWork): Promise<HighlightResult> {
    try {
      await run((context, sync) => drawAfterSearch(context, marks, sync));
      return { skipped: [] };
    } catch {
      return paintSheetBySheet(marks, run);
    }
  }
}

/** Adds one conditional format per chunk of cells. */
function addMarks(
  sheets: ReadonlyMap<string, Excel.Worksheet>,
  marks: readonly SheetHighlight[]
): void {
  for (const mark of marks) {
    const ws = sheets.get(mark.sheet);
    if (!ws) continue;
    for (const addresses of addressChunks(mark.cells)) {
      const format = ws
        .getRanges(addresses)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = HIGHLIGHT_RULE;
      format.custom.format.fill.color = HIGHLIGHT_FILL[mark.kind];
    }
  }
}

/** The custom conditional formats of each sheet searched, whose rules are to be read. */
type Search = readonly (readonly Excel.ConditionalFormat[])[];

/** Loads the types of the sheets' conditional formats (one sync) and keeps the custom ones. */
async function customFormats(
  sheets: readonly Excel.Worksheet[],
  sync: () => Promise<void>
): Promise<Search> {
  const collections = sheets.map((ws) => ws.getRange().conditionalFormats.load("items/type"));
  await sync();
  return collections.map((c) =>
    c.items.filter((f) => f.type === Excel.ConditionalFormatType.custom)
  );
}

/** Queues deleting the formats that are ours, from the back of each collection. */
function deleteOurs(search: Search, readable: (f: Excel.ConditionalFormat) => boolean): void {
  for (const formats of search)
    [...formats]
      .reverse()
      .filter((f) => readable(f) && f.custom.rule.formula.includes(MARKER))
      .forEach((f) => f.delete());
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
): Promise<void> {
  const open = await openSheets(context, sync);
  const search = await customFormats(open, sync);
  search.flat().forEach((f) => f.custom.rule.load("formula"));
  await sync();
  deleteOurs(search, () => true);
  addMarks(new Map(open.map((ws) => [ws.name, ws])), marks);
  await sync();
}

/** The unprotected sheets (one sync). */
async function openSheets(
  context: Excel.RequestContext,
  sync: () => Promise<void>
): Promise<Excel.Worksheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  await sync();
  return sheets.items.filter((ws) => !ws.protection.protected);
}

/** Draws sheet by sheet after a failed search; sheets that cannot be searched are skipped. */
async function paintSheetBySheet(
  marks: readonly SheetHighlight[],
  run: ExcelWork
): Promise<HighlightResult> {
  const names = await run(async (context, sync) =>
    (await openSheets(context, sync)).map((ws) => ws.name)
  ).catch(() => [...new Set(marks.map((m) => m.sheet))]);
  const skipped: string[] = [];
  for (const name of names) {
    const own = marks.filter((m) => m.sheet === name);
    const drawn = await run((context, sync) => drawOnSheet(context, name, own, sync)).then(
      () => true,
      () => false
    );
    if (!drawn) skipped.push(name);
  }
  return { skipped };
}

/**
 * Replaces the marks on one sheet, reading each custom rule in its own sync so
 * that a rule Excel cannot read fails alone; such a rule is left as it is.
 */
async function drawOnSheet(
  context: Excel.RequestContext,
  name: string,
  marks: readonly SheetHighlight[],
  sync: () => Promise<void>
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(name);
  const search = await customFormats([ws], sync);
  const unreadable = new Set<Excel.ConditionalFormat>();
  for (const format of search.flat()) {
    format.custom.rule.load("formula");
    await sync().catch(() => unreadable.add(format));
  }
  deleteOurs(search, (f) => !unreadable.has(f));
  addMarks(new Map([[name, ws]]), marks);
  await sync();
}
