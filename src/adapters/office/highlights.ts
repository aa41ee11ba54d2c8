/**
 * Marking cells in Excel without touching them: each mark is a conditional format
 * whose rule is always true and carries the marker below, so the cells' own fill,
 * font and borders stay as the user set them and show again when the marks go.
 * Every earlier mark of ours is found by its marker and removed first, also marks
 * left in a workbook saved while they were shown.
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

/**
 * Removes every mark of ours and draws `marks`, in four syncs: sheets, the types of
 * their conditional formats, the rules of the custom ones (loaded one by one,
 * since loading a custom rule through a collection that also holds other types
 * fails in Excel), then the deletions and additions together. Protected sheets
 * are left alone.
 */
export async function drawHighlights(
  context: Excel.RequestContext,
  marks: readonly SheetHighlight[],
  sync: () => Promise<void>
): Promise<void> {
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
  const byName = new Map(open.map((ws) => [ws.name, ws]));
  for (const mark of marks) {
    const ws = byName.get(mark.sheet);
    if (!ws) continue;
    for (const addresses of addressChunks(mark.cells)) {
      const format = ws
        .getRanges(addresses)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = HIGHLIGHT_RULE;
      format.custom.format.fill.color = HIGHLIGHT_FILL[mark.kind];
    }
  }
  await sync();
}
