/**
 * `lkjip periksa BERKAS… [--format teks|json] [--aturan ATURAN,…] [--jelaskan]`:
 * checks every file, reports an unreadable one on stderr and goes on with the
 * rest; `--jelaskan` adds, per table, the columns' roles and the relationships
 * inferred with their support. On a terminal, stderr shows each file's progress.
 * Exit status: 0 no errors, 1 at least one error finding, 2 a file could not be read.
 */
import { checkSteps, CheckResult } from "../engine/check/run";
import { generatedSheetsChecked } from "../engine/fill/checked";
import { readReportSteps } from "../engine/read/report";
import { RULES } from "../engine/rules";
import { closestRule } from "../engine/rules/pengaturan";
import { unknownSelectors } from "../engine/rules/select";
import { readWorkbookFile, UnreadableFileError } from "../adapters/xlsx/files";
import { ParsedArgs } from "./args";
import { readOptions } from "./options";
import { formatText, TextContext } from "./format-text";
import { formatExplanation } from "./format-explain";
import { explainModel } from "../engine/check/explain";
import { CheckOutput, SCHEMA_VERSION } from "../engine/output-schema";
import { CliIo } from "./io";
import { progressLine } from "./progress";

interface FileOutcome {
  readonly file: string;
  readonly result?: CheckResult;
  readonly error?: string;
}

/** The JSON document, shaped by the published schema (engine/output-schema, docs/temuan.schema.json). */
function jsonDocument(outcomes: readonly FileOutcome[], explain: boolean): string {
  const files = outcomes.map((o) =>
    o.result
      ? {
          file: o.file,
          findings: [...o.result.findings],
          ignored: [...o.result.ignored],
          summary: o.result.summary,
          ...(explain ? { penjelasan: explainModel(o.result.model) } : {}),
        }
      : { file: o.file, error: o.error, findings: [], summary: { error: 0, warning: 0, info: 0 } }
  );
  const doc: CheckOutput = { schemaVersion: SCHEMA_VERSION, files };
  return JSON.stringify(doc, null, 2);
}

/** Names each unknown rule (with the closest known one) and every rule there is. */
function unknownRulesMessage(unknown: readonly string[]): string {
  const ids = RULES.map((r) => r.id);
  const named = unknown.map((u) => {
    const closest = closestRule(u.trim().toUpperCase(), ids);
    return closest ? `${u} (mungkin maksudnya ${closest})` : u;
  });
  return [
    `Aturan tidak dikenal: ${named.join(", ")}.`,
    `Aturan yang ada: ${ids.join(", ")}; awalan seperti PK_ memilih sekelompok aturan.`,
    "Artinya masing-masing: lkjip aturan.",
  ].join("\n");
}

/** Reads and checks one file, showing its progress; what the text says besides findings. */
async function checkFile(
  file: string,
  rules: readonly string[] | undefined,
  progress: ReturnType<typeof progressLine>
): Promise<{ result: CheckResult; context: TextContext }> {
  progress.stage("membaca berkas");
  const workbook = await readWorkbookFile(file);
  const model = progress.steps(
    readReportSteps(workbook),
    (p) => `menyusun model laporan: lembar ${p.done} dari ${p.total}`
  );
  const ran: string[] = []; // every step passes here, shown on a terminal or not
  const result = progress.steps(checkSteps(model, { rules }), (p) => {
    ran.push(p.rule);
    return `aturan ${p.done} dari ${p.total} (${p.rule})`;
  });
  progress.end();
  const context = {
    rules: { ran, of: RULES.length },
    generated: generatedSheetsChecked(workbook, result),
  };
  return { result, context };
}

/** Runs the command; resolves to the exit status. */
export async function periksa(args: ParsedArgs, io: CliIo): Promise<number> {
  const read = readOptions("periksa", args);
  if ("error" in read) {
    io.err(read.error);
    return 2;
  }
  const { format, aturan: rules } = read.options;
  const explain = read.options.jelaskan === true;
  const unknown = unknownSelectors(rules ?? []);
  if (unknown.length) {
    io.err(unknownRulesMessage(unknown));
    return 2;
  }
  if (args.files.length === 0) {
    io.err("Sebutkan berkas .xlsx yang diperiksa: lkjip periksa LAPORAN.xlsx");
    return 2;
  }
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of args.files.entries()) {
    const progress = progressLine(io, file, { index, count: args.files.length });
    try {
      const { result, context } = await checkFile(file, rules, progress);
      outcomes.push({ file, result });
      if (format === "teks") io.out(formatText(file, result, context));
      if (format === "teks" && explain) io.out(formatExplanation(explainModel(result.model)));
    } catch (error) {
      progress.end();
      const message =
        error instanceof UnreadableFileError
          ? error.message
          : `Berkas ${file} tidak dapat diperiksa: ${String(error)}`;
      io.err(message);
      outcomes.push({ file, error: message });
    }
  }
  if (format === "json") io.out(jsonDocument(outcomes, explain));
  if (outcomes.some((o) => o.error)) return 2;
  return outcomes.some((o) => (o.result?.summary.error ?? 0) > 0) ? 1 : 0;
}
