/**
 * Readable Indonesian text for `lkjip periksa`: findings grouped by table, with
 * cell addresses, then a summary line.
 */
import { CheckResult } from "../engine/check/run";
import { Finding, Severity } from "../engine/finding";

const LABEL: Record<Severity, string> = { error: "GALAT", warning: "PERINGATAN", info: "INFO" };

function line(f: Finding): string {
  const detail =
    f.expected || f.actual
      ? ` [seharusnya: ${f.expected || "-"}; tertulis: ${f.actual || "-"}]`
      : "";
  const related = f.related.length
    ? `\n      terkait: ${f.related.slice(0, 6).join(", ")}${f.related.length > 6 ? ", …" : ""}`
    : "";
  return `  ${LABEL[f.severity].padEnd(10)} ${f.cell.padEnd(6)} ${f.rule}: ${f.message}${detail}${related}`;
}

/** The summary counts in words. */
export function summaryText(summary: CheckResult["summary"]): string {
  return `${summary.error} galat, ${summary.warning} peringatan, ${summary.info} info`;
}

/** One file's result as text. */
export function formatText(file: string, result: CheckResult): string {
  const lines = [`Berkas: ${file}`];
  const byTable = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = `${f.table} — lembar "${f.sheet}"`;
    byTable.set(key, [...(byTable.get(key) ?? []), f]);
  }
  if (byTable.size === 0) lines.push("  Tidak ada temuan.");
  for (const [table, findings] of byTable) {
    lines.push("", `${table}`);
    findings.forEach((f) => lines.push(line(f)));
  }
  if (result.ignored.length) {
    lines.push("", `Diabaikan (${result.ignored.length}):`);
    result.ignored.forEach((i) =>
      lines.push(
        `  ${i.finding.sheet}!${i.finding.cell} ${i.finding.rule}: ${i.alasan || "tanpa alasan"}`
      )
    );
  }
  lines.push("", `Ringkasan: ${summaryText(result.summary)}`, "");
  return lines.join("\n");
}
