/**
 * One file of `lkjip periksa`, read and checked, with its outcome as plain data
 * (findings, summary, what the text says besides them, the explanation): the
 * same on the main thread and in a worker thread, and cloneable between them.
 * A file that cannot be read or checked is an outcome too, with its Indonesian
 * message, never an exception.
 */
import { CheckResult, checkSteps } from "../engine/check/run";
import { explainModel, TableExplanation } from "../engine/check/explain";
import { generatedSheetsChecked } from "../engine/fill/checked";
import { readReportSteps } from "../engine/read/report";
import { RULES } from "../engine/rules";
import { readWorkbookFile, UnreadableFileError } from "../adapters/xlsx/files";
import { TextContext } from "./format-text";
import { ProgressLine } from "./progress";

/** What a check of one file asks for. */
export interface FileCheckOptions {
  /** The `--aturan` selectors; every rule when absent. */
  readonly rules?: readonly string[];
  /** `--jelaskan`: also explain how each table was read. */
  readonly explain: boolean;
}

/** A file that was read and checked, as plain data: the check's result without its model. */
export interface FileReport extends Omit<CheckResult, "model"> {
  readonly context: TextContext;
  /** With `--jelaskan`: the tables as read. */
  readonly penjelasan?: readonly TableExplanation[];
}

/** One file's outcome: its report, or why it could not be read or checked. */
export type FileOutcome =
  | { readonly file: string; readonly report: FileReport }
  | { readonly file: string; readonly error: string };

/** Reads and checks `file`, showing its stages on `progress`; never throws. */
export async function checkFile(
  file: string,
  options: FileCheckOptions,
  progress: ProgressLine
): Promise<FileOutcome> {
  try {
    progress.stage("membaca berkas");
    const workbook = await readWorkbookFile(file);
    const model = progress.steps(
      readReportSteps(workbook),
      (p) => `menyusun model laporan: lembar ${p.done} dari ${p.total}`
    );
    const ran: string[] = []; // every step passes here, shown on a terminal or not
    const result = progress.steps(checkSteps(model, { rules: options.rules }), (p) => {
      ran.push(p.rule);
      return `aturan ${p.done} dari ${p.total} (${p.rule})`;
    });
    progress.end();
    const report: FileReport = {
      findings: result.findings,
      ignored: result.ignored,
      summary: result.summary,
      context: {
        rules: { ran, of: RULES.length },
        generated: generatedSheetsChecked(workbook, result),
      },
      ...(options.explain ? { penjelasan: explainModel(result.model) } : {}),
    };
    return { file, report };
  } catch (error) {
    progress.end();
    const message =
      error instanceof UnreadableFileError
        ? error.message
        : `Berkas ${file} tidak dapat diperiksa: ${String(error)}`;
    return { file, error: message };
  }
}
