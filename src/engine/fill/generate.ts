/**
 * Filling Tabel 3.2–3.16 from the template's source sheets: the PK rules run
 * first (a PK error stops the tables that use the PK), a generated sheet a person
 * edited is kept unless overwriting is asked for, and every other sheet is left
 * exactly as it was.
 */
import { checkModel } from "../check/run";
import { Finding } from "../check/finding";
import { readReport } from "../read/report";
import { PK_RULES } from "../rules";
import { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { FillContext, Generator } from "./context";
import { editedCells, printsOf, readRegistry, REGISTRY_SHEET, registrySheet } from "./registry";
import { findSources } from "./sources";
import { TABEL_3_11, TABEL_3_15, TABEL_3_16 } from "./tables/budget";
import { TABEL_3_7, TABEL_3_8 } from "./tables/comparison";
import { TABEL_3_13 } from "./tables/paten";
import { TABEL_3_10, TABEL_3_12, TABEL_3_2, TABEL_3_4 } from "./tables/performance";
import { TABEL_3_6, TABEL_3_9 } from "./tables/renstra";
import { TABEL_3_3 } from "./tables/survey";
import { TABEL_3_14, TABEL_3_5 } from "./tables/villages";

/** Every generator, in table order. */
export const GENERATORS: readonly Generator[] = [
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
export interface FillOptions {
  /** Overwrite generated sheets a person edited (`--timpa`). */
  readonly overwrite?: boolean;
  /** Only these table ids (`3.4`). */
  readonly tables?: readonly string[];
}

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

/** Fills the workbook; pure: returns a new workbook and what was done. */
export function fillWorkbook(workbook: WorkbookSnapshot, options: FillOptions = {}): FillResult {
  const model = readReport(workbook);
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
  const sources = findSources(model);
  const registry = readRegistry(workbook);
  const replacements = new Map<string, SheetSnapshot>();
  const generated: { id: string; sheet: SheetSnapshot }[] = [];
  const skipped: { id: string; reason: string }[] = [];
  const kept: { id: string; sheet: string; cells: string[] }[] = [];
  for (const gen of GENERATORS.filter(
    (g) => !options.tables?.length || options.tables.includes(g.id)
  )) {
    const registered = registry.get(gen.id);
    const existing = registered && workbook.sheets.find((s) => s.name === registered.sheet);
    const sheetName = sheetNameFor(gen.id, workbook, existing ? registered.sheet : undefined);
    if (gen.usesPk && (!sources.pk || pkErrors.length)) {
      skipped.push({
        id: gen.id,
        reason: sources.pk
          ? `PK berisi ${pkErrors.length} galat (${pkErrors
              .map((f) => `${f.sheet}!${f.cell}`)
              .slice(0, 5)
              .join(", ")})`
          : 'lembar sumber "PK" tidak ada',
      });
      continue;
    }
    if (existing && registered) {
      const cells = editedCells(existing, registered);
      if (cells.length && !options.overwrite) {
        kept.push({ id: gen.id, sheet: existing.name, cells });
        generated.push({ id: gen.id, sheet: existing });
        continue;
      }
    }
    const ctx: FillContext = { sources, year, settings: model.settings, sheetName };
    const result = gen.generate(ctx);
    if ("skipped" in result) {
      skipped.push({ id: gen.id, reason: result.skipped });
      continue;
    }
    replacements.set(sheetName, result.sheet);
    generated.push({ id: gen.id, sheet: result.sheet });
  }
  const prints = generated.map((g) =>
    kept.some((k) => k.id === g.id) ? registry.get(g.id)! : printsOf(g.id, g.sheet)
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
