/**
 * Readable Indonesian text for `lkjip periksa`: which rules ran when not all
 * did, findings grouped by table with cell addresses, the sheets `lkjip isi`
 * generated that were checked, then a summary line.
 */
import { CheckResult } from "../engine/check/run";
import { GeneratedSheetCheck } from "../engine/fill/checked";
import { Finding, Severity } from "../engine/finding";

/** What the text says besides the findings. */
export interface TextContext {
  /** The rules that ran, and how many the registry has. */
  readonly rules?: { readonly ran: readonly string[]; readonly of: number };
  /** The sheets `lkjip isi` generated in this workbook, as the check saw them. */
  readonly generated?: readonly GeneratedSheetCheck[];
}

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

function rulesLine(rules: TextContext["rules"]): string[] {
  if (!rules || rules.ran.length >= rules.of) return [];
  const names = rules.ran.length ? rules.ran.join(", ") : "tidak ada";
  return [`  Aturan yang dijalankan: ${rules.ran.length} dari ${rules.of} (${names})`];
}

function generatedLine(g: GeneratedSheetCheck): string {
  const what = !g.present
    ? "lembar tidak ada lagi"
    : g.tables === 0
      ? "tidak ada tabel yang dikenali, jadi tidak diperiksa"
      : `diperiksa (${g.tables} tabel), ${g.findings ? `${g.findings} temuan` : "tanpa temuan"}`;
  return `  Tabel ${g.id} → lembar "${g.sheet}": ${what}`;
}

function generatedLines(generated: TextContext["generated"]): string[] {
  if (!generated?.length) return [];
  return [
    "",
    `Lembar buatan lkjip isi yang diperiksa (${generated.length}, menurut lembar LKJIP_Isi):`,
    ...generated.map(generatedLine),
  ];
}

/** What the text of a file shows of its check: plain data, as a worker thread hands it over. */
export type TextResult = Pick<CheckResult, "findings" | "ignored" | "summary">;

/** One file's result as text. */
export function formatText(file: string, result: TextResult, context: TextContext = {}): string {
  const lines = [`Berkas: ${file}`, ...rulesLine(context.rules)];
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
  lines.push(...generatedLines(context.generated));
  lines.push("", `Ringkasan: ${summaryText(result.summary)}`, "");
  return lines.join("\n");
}
