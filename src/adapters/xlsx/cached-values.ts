/**
 * Cached results of formula cells read from the sheet XML itself. exceljs drops a
 * cached result that is falsy (`<v>0</v>` of a SUM that is 0), which would make a
 * correct total look uncalculated; the reader asks here for those cells.
 */
import { CellSnapshot } from "../../engine/workbook/snapshot";

type Cached = Pick<CellSnapshot, "value" | "error">;

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]);
}

/** Sheet name → path of its XML part, from workbook.xml and its relationships. */
function sheetPaths(parts: ReadonlyMap<string, Buffer>): Map<string, string> {
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) paths.set(decode(name), path);
  }
  return paths;
}

function readCells(xml: string): Map<string, Cached> {
  const cells = new Map<string, Cached>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (m[3] === undefined || !m[3].includes("<f")) continue;
    const v = /<v>([^<]*)<\/v>/.exec(m[3])?.[1];
    if (v === undefined) continue;
    const type = /\bt="(\w+)"/.exec(m[2])?.[1];
    const text = decode(v);
    if (type === "e") cells.set(m[1], { value: null, error: text });
    else if (type === "b") cells.set(m[1], { value: text === "1" });
    else if (type === "str" || type === "inlineStr") cells.set(m[1], { value: text });
    else cells.set(m[1], { value: Number(text) });
  }
  return cells;
}

/** Looks up cached formula results per sheet and cell, parsing each sheet at most once. */
export class CachedValues {
  private readonly paths: Map<string, string>;
  private readonly sheets = new Map<string, Map<string, Cached>>();

  constructor(private readonly parts: ReadonlyMap<string, Buffer>) {
    this.paths = sheetPaths(parts);
  }

  /** The cached result of a formula cell, or undefined when the file has none. */
  get(sheet: string, address: string): Cached | undefined {
    let cells = this.sheets.get(sheet);
    if (!cells) {
      const path = this.paths.get(sheet);
      cells = readCells(path ? (this.parts.get(path)?.toString("utf8") ?? "") : "");
      this.sheets.set(sheet, cells);
    }
    return cells.get(address);
  }
}
