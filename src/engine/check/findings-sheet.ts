/**
 * The findings as a sheet ("Hasil Pemeriksaan"), for the record that goes to the
 * Inspektorat with the report.
 */
import { caption, header } from "../workbook/layout";
import { SheetBuilder } from "../workbook/sheet-builder";
import { SheetSnapshot } from "../workbook/snapshot";
import { CheckResult } from "./run";

/** The name of the findings sheet. */
export const FINDINGS_SHEET = "Hasil Pemeriksaan";

const SEVERITY = { error: "Galat", warning: "Peringatan", info: "Info" } as const;

/** A sheet listing every finding and every ignored one with its reason. */
export function findingsSheet(result: CheckResult): SheetSnapshot {
  const b = new SheetBuilder(FINDINGS_SHEET);
  caption(
    b,
    `Hasil Pemeriksaan Asisten LKjIP: ${result.summary.error} galat, ${result.summary.warning} peringatan, ${result.summary.info} info`
  );
  header(b, [
    "Tingkat",
    "Aturan",
    "Tabel",
    "Lembar",
    "Sel",
    "Pesan",
    "Seharusnya",
    "Tertulis",
    "Sel terkait",
  ]);
  for (const f of result.findings) {
    b.row([
      SEVERITY[f.severity],
      f.rule,
      f.table,
      f.sheet,
      f.cell,
      f.message,
      f.expected,
      f.actual,
      f.related.join(", "),
    ]);
  }
  for (const i of result.ignored) {
    const f = i.finding;
    b.row([
      "Diabaikan",
      f.rule,
      f.table,
      f.sheet,
      f.cell,
      `${f.message} — alasan: ${i.alasan}`,
      f.expected,
      f.actual,
      f.related.join(", "),
    ]);
  }
  return b.build();
}
