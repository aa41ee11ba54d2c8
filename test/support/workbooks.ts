/**
 * Helpers to build and edit workbook snapshots in tests.
 */
import { SheetBuilder, CellInputSpec } from "../../src/engine/workbook/sheet-builder";
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { parseA1 } from "../../src/engine/workbook/address";
import { checkWorkbook } from "../../src/engine/check/run";
import { Finding } from "../../src/engine/finding";

/** The column headers of a performance table (Tabel 3.4) as report writers type them. */
export const T34_HEADER = [
  "Sasaran",
  "Indikator Kinerja Utama",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian Kinerja",
  "Kriteria Penilaian",
];

/** A sheet from rows of cells. */
export function sheet(
  name: string,
  rows: readonly (readonly CellInputSpec[])[],
  merges: [number, number, number, number][] = []
): SheetSnapshot {
  const b = new SheetBuilder(name);
  rows.forEach((r) => b.row(r));
  merges.forEach(([t, l, bo, r]) => b.merge(t, l, bo, r));
  return b.build();
}

/** A workbook from sheets. */
export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** One cell edit: `sheet!A1` to a value (or a full cell). */
export type Edit = readonly [
  sheet: string,
  cell: string,
  value: CellSnapshot["value"] | CellSnapshot,
];

/** A copy of the workbook with the edits applied. */
export function edited(wb: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const sheets = wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : [])) }));
  for (const [name, address, value] of edits) {
    const s = sheets.find((x) => x.name === name);
    const pos = parseA1(address);
    if (!s || !pos) throw new Error(`no cell ${name}!${address}`);
    while (s.rows.length <= pos.row) s.rows.push([]);
    const row = s.rows[pos.row] as (CellSnapshot | undefined)[];
    const old = row[pos.col];
    row[pos.col] =
      value !== null && typeof value === "object" ? value : { ...old, value, formula: undefined };
  }
  return { sheets };
}

/** The findings of a workbook as `RULE sheet!cell` strings. */
export function findingKeys(wb: WorkbookSnapshot, severity?: Finding["severity"]): string[] {
  return checkWorkbook(wb)
    .findings.filter((f) => !severity || f.severity === severity)
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

/** The findings of one rule. */
export function findingsOf(wb: WorkbookSnapshot, rule: string): Finding[] {
  return checkWorkbook(wb).findings.filter((f) => f.rule === rule);
}
