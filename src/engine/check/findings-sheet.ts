/**
 * The findings as a sheet ("Hasil Pemeriksaan"), for the record that goes to the
 * Inspektorat with the report.
 */
import { caption, header } from "../workbook/layout";
import { SheetBuilder } from "../workbook/sheet-builder";
import { SheetSnapshot } from "../workbook/snapshot";
import { Finding } from "../finding";
import { CheckResult } from "./run";

/** The name of the findings sheet. */
export const FINDINGS_SHEET = "Hasil Pemeriksaan";

const SEVERITY = { error: "Galat", warning: "Peringatan", info: "Info" } as const;

/**
 * The sheet's columns: every field of a finding (output-schema's FINDING), in
 * the order a reviewer reads them, under its Indonesian header.
 */
export const FINDING_COLUMNS = [
  ["severity", "Tingkat"],
  ["rule", "Aturan"],
  ["table", "Tabel"],
  ["sheet", "Lembar"],
  ["cell", "Sel"],
  ["message", "Pesan"],
  ["expected", "Seharusnya"],
  ["actual", "Tertulis"],
  ["related", "Sel terkait"],
] as const satisfies readonly (readonly [keyof Finding, string])[];

function cellsOf(f: Finding, severity: string, message: string): string[] {
  return FINDING_COLUMNS.map(([key]) => {
    if (key === "severity") return severity;
    if (key === "message") return message;
    if (key === "related") return f.related.join(", ");
    return f[key];
  });
}

/** A sheet listing every finding and every ignored one with its reason. */
export function findingsSheet(result: CheckResult): SheetSnapshot {
  const b = new SheetBuilder(FINDINGS_SHEET);
  caption(
    b,
    `Hasil Pemeriksaan Asisten LKjIP: ${result.summary.error} galat, ${result.summary.warning} peringatan, ${result.summary.info} info`
  );
  header(
    b,
    FINDING_COLUMNS.map(([, title]) => title)
  );
  for (const f of result.findings) b.row(cellsOf(f, SEVERITY[f.severity], f.message));
  for (const { finding, alasan } of result.ignored)
    b.row(cellsOf(finding, "Diabaikan", `${finding.message} — alasan: ${alasan}`));
  return b.build();
}
