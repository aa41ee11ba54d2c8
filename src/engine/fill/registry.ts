/**
 * What the filler remembers in the workbook itself (a hidden sheet): which sheets
 * it generated, and a fingerprint of every cell it wrote, so a cell a person
 * edited afterwards is recognised and named.
 */
import { a1 } from "../workbook/address";
import { SheetBuilder } from "../workbook/sheet-builder";
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

/** The hidden sheet's name. */
export const REGISTRY_SHEET = "LKJIP_Isi";

/** One generated sheet: its table id and the fingerprints of its rows. */
export interface GeneratedSheet {
  readonly id: string;
  readonly sheet: string;
  /** Row index → "col:hash" entries. */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, string>>;
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The fingerprint of a cell: its formula when it has one, else its value. */
export function fingerprint(cell: CellSnapshot | undefined): string | undefined {
  if (!cell) return undefined;
  if (cell.formula) return fnv(`=${cell.formula}`);
  if (cell.value === null || cell.value === undefined || cell.value === "") return undefined;
  return fnv(String(cell.value));
}

function rowPrints(row: ReadonlyArray<CellSnapshot | undefined> | undefined): Map<number, string> {
  const prints = new Map<number, string>();
  row?.forEach((cell, col) => {
    const p = fingerprint(cell);
    if (p) prints.set(col, p);
  });
  return prints;
}

/** Reads the hidden registry. */
export function readRegistry(workbook: WorkbookSnapshot): Map<string, GeneratedSheet> {
  const sheet = workbook.sheets.find((s) => s.name === REGISTRY_SHEET);
  const found = new Map<
    string,
    { id: string; sheet: string; rows: Map<number, Map<number, string>> }
  >();
  for (const row of sheet?.rows.slice(1) ?? []) {
    const [id, name, index, prints] = (row ?? []).map((c) =>
      c?.value === null || c?.value === undefined ? "" : String(c.value)
    );
    if (!id || !name) continue;
    const entry = found.get(id) ?? { id, sheet: name, rows: new Map() };
    const cells = new Map<number, string>();
    for (const part of prints.split(",").filter(Boolean)) {
      const [col, hash] = part.split(":");
      cells.set(Number(col), hash);
    }
    entry.rows.set(Number(index), cells);
    found.set(id, entry);
  }
  return found;
}

/** The cells of a generated sheet that differ from what was generated, as A1 addresses. */
export function editedCells(sheet: SheetSnapshot, generated: GeneratedSheet): string[] {
  const edited: string[] = [];
  let height = sheet.rows.length;
  for (const r of generated.rows.keys()) height = Math.max(height, r + 1);
  for (let r = 0; r < height; r++) {
    const now = rowPrints(sheet.rows[r]);
    const then = generated.rows.get(r) ?? new Map<number, string>();
    const cols = new Set([...now.keys(), ...then.keys()]);
    for (const c of [...cols].sort((x, y) => x - y))
      if (now.get(c) !== then.get(c)) edited.push(a1(r, c));
  }
  return edited;
}

/** The fingerprints of a freshly generated sheet. */
export function printsOf(id: string, sheet: SheetSnapshot): GeneratedSheet {
  const rows = new Map<number, ReadonlyMap<number, string>>();
  sheet.rows.forEach((row, r) => rows.set(r, rowPrints(row)));
  return { id, sheet: sheet.name, rows };
}

/** The hidden registry sheet for a set of generated sheets. */
export function registrySheet(generated: readonly GeneratedSheet[]): SheetSnapshot {
  const b = new SheetBuilder(REGISTRY_SHEET);
  b.row(["Tabel", "Lembar", "Baris", "Sidik sel (jangan diubah)"]);
  for (const g of generated) {
    for (const [r, cells] of g.rows) {
      b.row([g.id, g.sheet, r, [...cells.entries()].map(([c, h]) => `${c}:${h}`).join(",")]);
    }
  }
  return { ...b.build(), hidden: true };
}
