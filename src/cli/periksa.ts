/**
 * `lkjip periksa BERKAS… [--format teks|json] [--aturan ATURAN,…] [--jelaskan]`:
 * checks every file, reports an unreadable one on stderr and goes on with the
 * rest; `--jelaskan` adds, per table, the columns' roles and the relationships
 * inferred with their support. Several files are checked in worker threads, one
 * per core, each printed whole as it finishes; the JSON document keeps argument
 * order. On a terminal, stderr shows the progress.
 * Exit status: 0 no errors, 1 at least one error finding, 2 a file could not be read.
 */
import { ParsedArgs } from "./args";
import type { FileCheckOptions, FileOutcome } from "./check-file";
import { checkInWorkers } from "./check-pool";
import { readOptions } from "./options";
import { formatText } from "./format-text";
import { formatExplanation } from "./format-explain";
import type { CheckOutput } from "../engine/output-schema";
import { SCHEMA_VERSION } from "../engine/schema-version";
import { CliIo } from "./io";
import { progressLine } from "./progress";

/** The JSON document, shaped by the published schema (engine/output-schema, docs/temuan.schema.json). */
function jsonDocument(outcomes: readonly FileOutcome[], explain: boolean): string {
  const files = outcomes.map((o) =>
    "report" in o
      ? {
          file: o.file,
          findings: [...o.report.findings],
          ignored: [...o.report.ignored],
          summary: o.report.summary,
          ...(explain ? { penjelasan: o.report.penjelasan } : {}),
        }
      : { file: o.file, error: o.error, findings: [], summary: { error: 0, warning: 0, info: 0 } }
  );
  const doc: CheckOutput = { schemaVersion: SCHEMA_VERSION, files };
  return JSON.stringify(doc, null, 2);
}

/** Names each unknown rule (with the closest known one) and every rule there is. */
async function unknownRulesMessage(unknown: readonly string[]): Promise<string> {
  const { RULES } = await import("../engine/rules");
  const { closestRule } = await import("../engine/rules/pengaturan");
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

/** Prints one file's outcome whole: its text (and explanation), or its error on stderr. */
function report(outcome: FileOutcome, format: "teks" | "json", io: CliIo): void {
  if (!("report" in outcome)) return io.err(outcome.error);
  if (format !== "teks") return;
  io.out(formatText(outcome.file, outcome.report, outcome.report.context));
  if (outcome.report.penjelasan) io.out(formatExplanation(outcome.report.penjelasan));
}

/**
 * Checks every file: several in worker threads, each printed as it finishes,
 * with "N dari M berkas selesai" on a terminal; one file, or what no worker
 * could check, on this thread with its stages shown. Outcomes in argument order.
 */
async function checkAll(
  files: readonly string[],
  options: FileCheckOptions,
  format: "teks" | "json",
  io: CliIo
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  let finished = 0;
  const done = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    report(outcome, format, io);
    if (files.length > 1) io.progress?.(`${++finished} dari ${files.length} berkas selesai`);
  };
  let left = files.map((_, index) => index);
  if (files.length > 1) {
    io.progress?.(`0 dari ${files.length} berkas selesai`);
    left = await checkInWorkers(files, options, done);
  }
  if (left.length) {
    const { checkFile } = await import("./check-file");
    for (const index of left) {
      const progress = progressLine(io, files[index], { index, count: files.length });
      done(index, await checkFile(files[index], options, progress));
    }
  }
  io.progress?.("");
  return outcomes;
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
  if (rules?.length) {
    const { unknownSelectors } = await import("../engine/rules/select");
    const unknown = unknownSelectors(rules);
    if (unknown.length) {
      io.err(await unknownRulesMessage(unknown));
      return 2;
    }
  }
  if (args.files.length === 0) {
    io.err("Sebutkan berkas .xlsx yang diperiksa: lkjip periksa LAPORAN.xlsx");
    return 2;
  }
  const outcomes = await checkAll(args.files, { rules, explain }, format, io);
  if (format === "json") io.out(jsonDocument(outcomes, explain));
  if (outcomes.some((o) => "error" in o)) return 2;
  return outcomes.some((o) => "report" in o && o.report.summary.error > 0) ? 1 : 0;
}
