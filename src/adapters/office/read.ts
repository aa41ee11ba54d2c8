/**
 * Reading the open workbook through Office.js. At once: three `context.sync`
 * calls whatever the size (sheet names; used ranges; values, formulas, number
 * formats, bold, indentation and merges of every sheet). Excel refuses answers
 * above its payload limit (5 MB on the web), so when it does, the same cells are
 * read again in blocks of rows, a few syncs more.
 */
import { parseA1 } from "../../engine/workbook/address";
import {
  CellSnapshot,
  MergeRange,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../engine/workbook/snapshot";

const ERROR_VALUE =
  /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA)$/;

/** Excel's answers when one batch asks for too much. */
const TOO_LARGE = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);

/** Cells read per sync when reading in blocks: about 2 MB of answer for ordinary cells. */
export const BLOCK_CELLS = 20000;

/** Runs `context.sync()` and counts it. */
type Sync = () => Promise<void>;

/** What was read of one sheet, as plain arrays. */
interface SheetData {
  readonly name: string;
  readonly hidden: boolean;
  readonly top: number;
  readonly left: number;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly props: Excel.CellProperties[][];
  readonly merges: readonly string[];
}

/** Whether Excel refused a batch for its size. */
export function isTooLarge(error: unknown): boolean {
  return TOO_LARGE.has(String((error as { code?: unknown })?.code ?? ""));
}

function mergeOf(address: string): MergeRange | undefined {
  const [a, b] = address.split("!").pop()!.split(":");
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  return from && to ? { top: from.row, left: from.col, bottom: to.row, right: to.col } : undefined;
}

function cellOf(d: SheetData, r: number, c: number): CellSnapshot | undefined {
  const v = d.values[r][c];
  const formula = String(d.formulas[r]?.[c] ?? "");
  if (v === "" && !formula.startsWith("=")) return undefined;
  const props = d.props[r]?.[c];
  const isError = typeof v === "string" && ERROR_VALUE.test(v);
  return {
    value: isError ? null : (v as CellSnapshot["value"]),
    error: isError ? (v as string) : undefined,
    formula: formula.startsWith("=") ? formula.slice(1) : undefined,
    numFmt: String(d.numberFormat[r]?.[c] ?? "") || undefined,
    bold: props?.format?.font?.bold || undefined,
    indent: props?.format?.indentLevel || undefined,
  };
}

function toSheet(d: SheetData): SheetSnapshot {
  const rows: (CellSnapshot | undefined)[][] = [];
  d.values.forEach((row, r) => {
    rows[r + d.top] = [];
    row.forEach((_, c) => {
      const cell = cellOf(d, r, c);
      if (cell) rows[r + d.top][c + d.left] = cell;
    });
  });
  const merges = d.merges.map(mergeOf).filter((m): m is MergeRange => !!m);
  return { name: d.name, rows: Array.from(rows, (r) => r ?? []), merges, hidden: d.hidden };
}

/** The cell properties read: bold and indentation (the budget hierarchy uses them). */
const PROPS = { format: { font: { bold: true }, indentLevel: true } };

/** The sheets and their used ranges (null objects for empty sheets), in two syncs. */
async function usedRanges(context: Excel.RequestContext, sync: Sync, fields: string) {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await sync();
  const used = sheets.items.map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true) }));
  used.forEach((u) => u.range.load(fields));
  await sync();
  return used.filter((u) => !u.range.isNullObject);
}

/** Reads every sheet in three syncs. */
export async function readAtOnce(
  context: Excel.RequestContext,
  sync: Sync
): Promise<WorkbookSnapshot> {
  const used = await usedRanges(context, sync, "rowIndex,columnIndex");
  const loaded = used.map(({ ws, range }) => {
    range.load("values,formulas,numberFormat");
    const merges = range.getMergedAreasOrNullObject();
    merges.load("areas/items/address");
    return { ws, range, merges, props: range.getCellProperties(PROPS) };
  });
  await sync();
  return {
    sheets: loaded.map(({ ws, range, merges, props }) =>
      toSheet({
        ...emptySheet(ws, range),
        values: range.values,
        formulas: range.formulas,
        numberFormat: range.numberFormat,
        props: props.value,
        merges: mergeAddresses(merges),
      })
    ),
  };
}

/** The addresses of a sheet's merged areas (none when it has none). */
function mergeAddresses(areas: Excel.RangeAreas): string[] {
  return areas.isNullObject ? [] : areas.areas.items.map((a) => a.address);
}

/** A block of rows queued for loading, and the sheet it belongs to. */
interface Block {
  readonly data: SheetData;
  readonly range: Excel.Range;
  readonly props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** Reads every sheet in blocks of rows, syncing after about {@link BLOCK_CELLS} cells. */
export async function readInBlocks(
  context: Excel.RequestContext,
  sync: Sync
): Promise<WorkbookSnapshot> {
  const used = await usedRanges(context, sync, "rowIndex,columnIndex,rowCount,columnCount");
  const read: SheetData[] = [];
  const queue: Block[] = [];
  const merged = new Map<SheetData, Excel.RangeAreas>();
  let queued = 0;
  const flush = async () => {
    await sync();
    for (const { data, range, props } of queue) {
      data.values.push(...range.values);
      data.formulas.push(...range.formulas);
      data.numberFormat.push(...range.numberFormat);
      data.props.push(...props.value);
    }
    queue.length = 0;
    queued = 0;
  };
  for (const { ws, range } of used) {
    const data = emptySheet(ws, range);
    const areas = range.getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    merged.set(data, areas);
    const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, range.columnCount)));
    for (let first = 0; first < range.rowCount; first += rowsPerBlock) {
      const count = Math.min(rowsPerBlock, range.rowCount - first);
      const block = ws.getRangeByIndexes(
        range.rowIndex + first,
        range.columnIndex,
        count,
        range.columnCount
      );
      block.load("values,formulas,numberFormat");
      queue.push({ data, range: block, props: block.getCellProperties(PROPS) });
      queued += count * range.columnCount;
      if (queued >= BLOCK_CELLS) await flush();
    }
    read.push(data);
  }
  if (queue.length) await flush();
  return {
    sheets: read.map((data) => toSheet({ ...data, merges: mergeAddresses(merged.get(data)!) })),
  };
}

function emptySheet(ws: Excel.Worksheet, range: Excel.Range): SheetData {
  return {
    name: ws.name,
    hidden: ws.visibility !== "Visible",
    top: range.rowIndex,
    left: range.columnIndex,
    values: [],
    formulas: [],
    numberFormat: [],
    props: [],
    merges: [],
  };
}
