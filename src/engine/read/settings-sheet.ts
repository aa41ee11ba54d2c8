/**
 * Writing the checker's choices into the workbook's "Pengaturan" sheet: a rule
 * switched off or on, a finding ignored with its reason. The CLI and the pane read
 * the same lines back (see settings.ts).
 */
import { SheetBuilder } from "../workbook/sheet-builder";
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { squeeze } from "./header-roles";
import { settingsSheet } from "./settings";

/** The settings sheet's name when the workbook has none yet. */
export const SETTINGS_SHEET = "Pengaturan";

/** One line of the rules table. */
export type SettingLine =
  | { readonly jenis: "Nonaktif"; readonly aturan: string }
  | {
      readonly jenis: "Abaikan";
      readonly aturan: string;
      readonly lembar: string;
      readonly sel: string;
      readonly alasan: string;
    };

function blankSettings(): SheetSnapshot {
  const b = new SheetBuilder(SETTINGS_SHEET);
  b.row([{ value: "Pengaturan Asisten LKjIP", bold: true }]);
  b.row(["Tahun laporan", null]);
  b.row(["Metode efisiensi", "lkjip"]);
  b.blank();
  b.row(["Jenis", "Aturan", "Lembar", "Sel", "Alasan"], { bold: true });
  return b.build();
}

function text(cell: CellSnapshot | undefined): string {
  return cell?.value === null || cell?.value === undefined ? "" : String(cell.value);
}

function sameLine(
  row: ReadonlyArray<CellSnapshot | undefined> | undefined,
  line: SettingLine
): boolean {
  if (
    squeeze(text(row?.[0])) !== squeeze(line.jenis) ||
    text(row?.[1]).toUpperCase() !== line.aturan
  )
    return false;
  return (
    line.jenis === "Nonaktif" ||
    (text(row?.[2]) === line.lembar && text(row?.[3]).replace(/\$/g, "").toUpperCase() === line.sel)
  );
}

function toRow(line: SettingLine): CellSnapshot[] {
  const cells: CellSnapshot[] = [{ value: line.jenis }, { value: line.aturan }];
  if (line.jenis === "Abaikan")
    cells.push({ value: line.lembar }, { value: line.sel }, { value: line.alasan });
  return cells;
}

/** The settings sheet with a line added (or removed, when `remove`), everything else kept as typed. */
export function withSettingLine(
  workbook: WorkbookSnapshot,
  line: SettingLine,
  remove = false
): SheetSnapshot {
  const sheet = settingsSheet(workbook) ?? blankSettings();
  const rows = sheet.rows.filter((r) => !sameLine(r, line));
  if (!remove) rows.push(toRow(line));
  return { ...sheet, rows };
}
