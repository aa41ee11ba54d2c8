/**
 * Filling Tabel 3.2–3.16 from the template's source sheets: the PK rules run
 * first (a PK error stops the tables that use the PK), a generated sheet a person
 * edited is kept unless overwriting is asked for, and every other sheet is left
 * exactly as it was.
 */
import { checkModel } from "../check/run";
import { Finding } from "../finding";
import { readReportSteps, ReportModel } from "../read/report";
import { finish, StepProgress } from "../steps";
import { PK_RULES } from "../rules";
import { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { Generator as TableGenerator } from "./context";
import { editedCells, printsOf, readRegistry, REGISTRY_SHEET, registrySheet } from "./registry";
import { findSources, Sources } from "./sources";
import { TABEL_3_11, TABEL_3_15, TABEL_3_16 } from "./tables/budget";
import { TABEL_3_7, TABEL_3_8 } from "./tables/comparison";
import { TABEL_3_13 } from "./tables/paten";
import { TABEL_3_10, TABEL_3_12, TABEL_3_2, TABEL_3_4 } from "./tables/performance";
import { TABEL_3_6, TABEL_3_9 } from "./tables/renstra";
import { TABEL_3_3 } from "./tables/survey";
import { TABEL_3_14, TABEL_3_5 } from "./tables/villages";

/** Every generator, in table order. */
export const GENERATORS: readonly TableGenerator[] = [
  TABEL_3_2,
  TABEL_3_3,
  TABEL_3_4,
  TABEL_3_5,
  TABEL_3_6,
  TABEL_3_7,
  TABEL_3_8,
  TABEL_3_9,
  TABEL_3_10,
  TABEL_3_11,
  TABEL_3_12,
  TABEL_3_13,
  TABEL_3_14,
  TABEL_3_15,
  TABEL_3_16,
];

/** How to fill. */
import { FILL_OPTIONS, FillOptions, readRunOptions } from "../run-options";

export type { FillOptions } from "../run-options";

/** What filling did. */
export interface FillResult {
  readonly workbook: WorkbookSnapshot;
  readonly generated: readonly { readonly id: string; readonly sheet: string }[];
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  /** Generated sheets a person edited, kept as they are; the cells that differ. */
  readonly kept: readonly {
    readonly id: string;
    readonly sheet: string;
    readonly cells: readonly string[];
  }[];
  readonly pkErrors: readonly Finding[];
}

/** The sheet a table goes to: its registered sheet, else `Tabel 3.x`, else the first free `Tabel 3.x (isi…)`. */
function sheetNameFor(
  id: string,
  workbook: WorkbookSnapshot,
  registered: string | undefined
): string {
  if (registered) return registered;
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  const candidates = [
    `Tabel ${id}`,
    `Tabel ${id} (isi)`,
    ...Array.from({ length: 98 }, (_, i) => `Tabel ${id} (isi ${i + 2})`),
  ];
  return (
    candidates.find((name) => !taken.has(name.toLowerCase())) ??
    `Tabel ${id} (isi ${taken.size + 100})`
  );
}

/** How far a fill has come: sheets read into the report model, then tables built. */
export interface FillProgress extends StepProgress {
  readonly stage: "menyusun" | "tabel";
}

/** The steps of `steps`, each marked with `stage`. */
function* staged<R>(
  stage: FillProgress["stage"],
  steps: Generator<StepProgress, R, void>
): Generator<FillProgress, R, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield { stage, ...step.value };
  }
}

/** What one generator did to the workbook being filled. */
type Outcome =
  | { readonly skipped: string }
  | { readonly kept: readonly string[]; readonly sheet: SheetSnapshot }
  | { readonly sheet: SheetSnapshot; readonly name: string };

/** Everything one generator needs besides itself. */
interface FillInputs {
  readonly workbook: WorkbookSnapshot;
  readonly model: ReportModel;
  readonly year: number;
  readonly sources: Sources;
  readonly registry: ReturnType<typeof readRegistry>;
  readonly pkErrors: readonly Finding[];
  readonly overwrite: boolean;
}

function pkSkipReason(sources: Sources, pkErrors: readonly Finding[]): string {
  if (!sources.pk) return 'lembar sumber "PK" tidak ada';
  const cells = pkErrors.map((f) => `${f.sheet}!${f.cell}`).slice(0, 5);
  return `PK berisi ${pkErrors.length} galat (${cells.join(", ")})`;
}

/** Runs one generator: skipped, kept as a person edited it, or a new sheet. */
function fillOne(gen: TableGenerator, inputs: FillInputs): Outcome {
  const { workbook, registry, sources, pkErrors } = inputs;
  const registered = registry.get(gen.id);
  const existing = registered && workbook.sheets.find((s) => s.name === registered.sheet);
  const sheetName = sheetNameFor(gen.id, workbook, existing ? registered.sheet : undefined);
  if (gen.usesPk && (!sources.pk || pkErrors.length))
    return { skipped: pkSkipReason(sources, pkErrors) };
  if (existing && registered) {
    const cells = editedCells(existing, registered);
    if (cells.length && !inputs.overwrite) return { kept: cells, sheet: existing };
  }
  const { year, model } = inputs;
  const result = gen.generate({ sources, year, settings: model.settings, sheetName });
  return "skipped" in result
    ? { skipped: result.skipped }
    : { sheet: result.sheet, name: sheetName };
}

/**
 * Fills the workbook step by step (each sheet read, then each table built), so
 * that a caller can show progress or stop; pure: returns a new workbook and what
 * was done, the same as {@link fillWorkbook}.
 */
export function* fillSteps(
  workbook: WorkbookSnapshot,
  given: FillOptions = {}
): Generator<FillProgress, FillResult, void> {
  const options = readRunOptions(FILL_OPTIONS, given, "pengisian");
  const model = yield* staged("menyusun", readReportSteps(workbook));
  const year = model.year;
  if (year === undefined) {
    return {
      workbook,
      generated: [],
      skipped: GENERATORS.map((g) => ({
        id: g.id,
        reason: "tahun laporan tidak diketahui (isi Tahun laporan di lembar Pengaturan)",
      })),
      kept: [],
      pkErrors: [],
    };
  }
  const pkErrors = checkModel(model, { rules: PK_RULES.map((r) => r.id) }).findings.filter(
    (f) => f.severity === "error"
  );
  const inputs: FillInputs = {
    workbook,
    model,
    year,
    sources: findSources(model),
    registry: readRegistry(workbook),
    pkErrors,
    overwrite: !!options.overwrite,
  };
  const replacements = new Map<string, SheetSnapshot>();
  const generated: { id: string; sheet: SheetSnapshot }[] = [];
  const skipped: { id: string; reason: string }[] = [];
  const kept: { id: string; sheet: string; cells: readonly string[] }[] = [];
  const chosen = GENERATORS.filter((g) => !options.tables?.length || options.tables.includes(g.id));
  for (const [i, gen] of chosen.entries()) {
    const outcome = fillOne(gen, inputs);
    if ("skipped" in outcome) skipped.push({ id: gen.id, reason: outcome.skipped });
    else {
      if ("kept" in outcome)
        kept.push({ id: gen.id, sheet: outcome.sheet.name, cells: outcome.kept });
      else replacements.set(outcome.name, outcome.sheet);
      generated.push({ id: gen.id, sheet: outcome.sheet });
    }
    yield { stage: "tabel", done: i + 1, total: chosen.length };
  }
  const prints = generated.map((g) =>
    kept.some((k) => k.id === g.id) ? inputs.registry.get(g.id)! : printsOf(g.id, g.sheet)
  );
  const sheets = workbook.sheets
    .filter((s) => s.name !== REGISTRY_SHEET)
    .map((s) => replacements.get(s.name) ?? s);
  for (const [name, sheet] of replacements)
    if (!workbook.sheets.some((s) => s.name === name)) sheets.push(sheet);
  sheets.push(registrySheet(prints));
  return {
    workbook: { sheets },
    generated: generated.map((g) => ({ id: g.id, sheet: g.sheet.name })),
    skipped,
    kept,
    pkErrors,
  };
}

/** Fills the workbook; pure: returns a new workbook and what was done. */
export function fillWorkbook(workbook: WorkbookSnapshot, options: FillOptions = {}): FillResult {
  return finish(fillSteps(workbook, options));
}
