/**
 * Reading the open workbook through Office.js. At once: three `context.sync`
 * calls whatever the size (sheet names; used ranges; values, formulas, number
 * formats, bold, indentation and merges of every sheet). Excel refuses answers
 * above its payload limit (5 MB on the web, where it says GeneralException), so
 * when it does, the same cells are read again in blocks of rows, a few syncs more.
 *
 * Merged areas need ExcelApi 1.13 (read without them before), and Excel cannot
 * list more than 512 in one range: when a sheet's list fails, merges are read in
 * tiles of at most 512 cells, each of which can hold no more than 512 merges
 * beginning in it (Excel lists a merge in the range holding its top-left cell).
 */
import { parseA1 } from "../../engine/workbook/address";
import { supportsExcelApi } from "./api-support";
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
export const BLOCK_CELLS = 10000;

/** Smallest block of cells worth retrying with when Excel refuses a block. */
export const SMALLEST_BLOCK = 500;

/** Most merged areas Excel lists for one range. */
const MERGE_LIMIT = 512;

/** Runs `context.sync()` and counts it. */
type Sync = () => Promise<void>;

/** How merged areas are read: per sheet, per tile of 512 cells, or not at all. */
export type MergeReading = "sheet" | "tiles" | "none";

/** A read that failed, with Excel's code and message and the number of cells it asked for. */
export class ReadFailure extends Error {
  readonly code: string;
  constructor(
    cause: unknown,
    readonly cells: number
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.code = String((cause as { code?: unknown })?.code ?? "");
  }
}

/** Excel answered a range's values with null: too many cells for one answer. */
class NullValues extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
}

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

/**
 * Whether Excel refused a batch for its size: a size code, or, on the web, a
 * GeneralException on a read of more cells than the smallest block.
 */
export function isTooLarge(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? "");
  if (TOO_LARGE.has(code)) return true;
  return (
    code === "GeneralException" && error instanceof ReadFailure && error.cells > SMALLEST_BLOCK
  );
}

/** Runs a read's sync; a failure says how many cells were asked for. */
async function syncRead(sync: Sync, cells: number): Promise<void> {
  try {
    await sync();
  } catch (error) {
    throw new ReadFailure(error, cells);
  }
}

/** A range's values, or NullValues when Excel answered none. */
function valuesOf(range: Excel.Range): unknown[][] {
  const values = range.values as unknown[][] | null;
  if (!values)
    throw new NullValues("Excel tidak mengembalikan isi sel: terlalu banyak sel sekaligus");
  return values;
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

/** Reads every sheet in three syncs, with merged areas read as `merges` says. */
export async function readAtOnce(
  context: Excel.RequestContext,
  sync: Sync,
  merges: MergeReading
): Promise<WorkbookSnapshot> {
  const used = await usedRanges(context, sync, "rowIndex,columnIndex,rowCount,columnCount");
  const loaded = used.map(({ ws, range }) => {
    range.load("values,formulas,numberFormat");
    return {
      ws,
      range,
      merges: mergedAreas(ws, range, merges),
      props: range.getCellProperties(PROPS),
    };
  });
  await syncRead(
    sync,
    used.reduce((n, u) => n + u.range.rowCount * u.range.columnCount, 0)
  );
  return {
    sheets: loaded.map(({ ws, range, merges, props }) =>
      toSheet({
        ...emptySheet(ws, range),
        values: valuesOf(range),
        formulas: range.formulas,
        numberFormat: range.numberFormat,
        props: props.value,
        merges: mergeAddresses(merges),
      })
    ),
  };
}

/** Queues loading a used range's merged areas: whole, in tiles of 512 cells, or none. */
function mergedAreas(
  ws: Excel.Worksheet,
  range: Excel.Range,
  how: MergeReading
): readonly Excel.RangeAreas[] {
  if (how === "none" || !supportsExcelApi("1.13")) return [];
  const ranges = how === "sheet" ? [range] : mergeTiles(ws, range);
  return ranges.map((r) => r.getMergedAreasOrNullObject().load("areas/items/address"));
}

/** The used range cut into tiles of at most {@link MERGE_LIMIT} cells. */
function mergeTiles(ws: Excel.Worksheet, range: Excel.Range): Excel.Range[] {
  const cols = Math.min(range.columnCount, MERGE_LIMIT);
  const rows = Math.max(1, Math.floor(MERGE_LIMIT / cols));
  const tiles: Excel.Range[] = [];
  for (let r = 0; r < range.rowCount; r += rows)
    for (let c = 0; c < range.columnCount; c += cols)
      tiles.push(
        ws.getRangeByIndexes(
          range.rowIndex + r,
          range.columnIndex + c,
          Math.min(rows, range.rowCount - r),
          Math.min(cols, range.columnCount - c)
        )
      );
  return tiles;
}

/** The addresses of the merged areas found (none where a list is a null object). */
function mergeAddresses(lists: readonly Excel.RangeAreas[]): string[] {
  const addresses = lists.flatMap((l) =>
    l.isNullObject ? [] : l.areas.items.map((a) => a.address)
  );
  return [...new Set(addresses)];
}

/** A block of rows queued for loading, and the sheet it belongs to. */
interface Block {
  readonly data: SheetData;
  readonly range: Excel.Range;
  readonly props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/**
 * Reads every sheet in blocks of rows, syncing after about `blockCells` cells;
 * merged areas are read in tiles of 512 cells (see {@link mergeTiles}).
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  sync: Sync,
  merges: MergeReading,
  blockCells = BLOCK_CELLS
): Promise<WorkbookSnapshot> {
  const used = await usedRanges(context, sync, "rowIndex,columnIndex,rowCount,columnCount");
  const read: SheetData[] = [];
  const queue: Block[] = [];
  const merged = new Map<SheetData, readonly Excel.RangeAreas[]>();
  let queued = 0;
  const flush = async () => {
    await syncRead(sync, queued);
    for (const { data, range, props } of queue) {
      data.values.push(...valuesOf(range));
      data.formulas.push(...range.formulas);
      data.numberFormat.push(...range.numberFormat);
      data.props.push(...props.value);
    }
    queue.length = 0;
    queued = 0;
  };
  for (const { ws, range } of used) {
    const data = emptySheet(ws, range);
    merged.set(data, mergedAreas(ws, range, merges === "none" ? "none" : "tiles"));
    const rowsPerBlock = Math.max(1, Math.floor(blockCells / Math.max(1, range.columnCount)));
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
      if (queued >= blockCells) await flush();
    }
    read.push(data);
  }
  if (queue.length || merged.size) await flush();
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
