/**
 * Checking a workbook: read it into the report model once, run every rule that is
 * switched on, drop the findings the workbook says to ignore, and order the rest
 * by sheet and cell.
 */
import { readReport, ReportModel } from "../read/report";
import { Abaikan } from "../read/settings";
import { RULES, Rule } from "../rules";
import { isInferred } from "../rules/rule";
import { selects } from "../rules/select";
import { PENGATURAN_ID } from "../rules/pengaturan";
import { parseA1 } from "../workbook/address";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { Finding, Severity, toFinding } from "../finding";
import { finish, StepProgress } from "../steps";
import { mergeCopies } from "./copies";

import { CHECK_OPTIONS, CheckOptions, readRunOptions } from "../run-options";

export type { CheckOptions } from "../run-options";

/** A finding set aside by an "abaikan" line, with its reason. */
export interface IgnoredFinding {
  readonly finding: Finding;
  readonly alasan: string;
}

/** The outcome of a check. */
export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly ignored: readonly IgnoredFinding[];
  readonly summary: Readonly<Record<Severity, number>>;
  readonly model: ReportModel;
}

function selected(rule: Rule, model: ReportModel, options: CheckOptions): boolean {
  if (model.settings.disabled.has(rule.id)) return false;
  if (!options.rules?.length) return true;
  return options.rules.some((r) => selects(r, rule.id));
}

/**
 * One finding per rule and cell: the first, relating the cells of all of them
 * (without repeats once there are several), in one pass.
 */
function mergeDuplicates(findings: Finding[]): Finding[] {
  const byKey = new Map<string, { first: Finding; related?: Set<string> }>();
  for (const f of findings) {
    const key = `${f.rule}|${f.sheet}|${f.cell}`;
    const earlier = byKey.get(key);
    if (!earlier) byKey.set(key, { first: f });
    else {
      earlier.related ??= new Set(earlier.first.related);
      f.related.forEach((r) => earlier.related!.add(r));
    }
  }
  return [...byKey.values()].map(({ first, related }) =>
    related ? { ...first, related: [...related] } : first
  );
}

/** Drops a finding from what the numbers say where a known table's rule reports the same cell. */
function withoutRestated(findings: Finding[]): Finding[] {
  const known = new Set(findings.filter((f) => !isInferred(f)).map((f) => `${f.sheet}|${f.cell}`));
  return findings.filter((f) => !isInferred(f) || !known.has(`${f.sheet}|${f.cell}`));
}

function matchIgnore(f: Finding, ignores: readonly Abaikan[]): Abaikan | undefined {
  return ignores.find((a) => a.rule === f.rule && a.sheet === f.sheet && a.cell === f.cell);
}

function order(model: ReportModel): (a: Finding, b: Finding) => number {
  const sheets = new Map<string, number>();
  model.tables.forEach((t) => sheets.has(t.sheet) || sheets.set(t.sheet, sheets.size));
  const pos = (f: Finding) => parseA1(f.cell) ?? { row: 0, col: 0 };
  return (a, b) =>
    (sheets.get(a.sheet) ?? 0) - (sheets.get(b.sheet) ?? 0) ||
    pos(a).row - pos(b).row ||
    pos(a).col - pos(b).col;
}

/** How far a check has come: rules run of rules to run, and the last one run. */
export interface CheckProgress extends StepProgress {
  readonly rule: string;
}

/**
 * Abaikan lines whose rule ran but that matched no finding (the mistake was
 * fixed, or the line names the wrong cell): said as info, so stale ignores show.
 */
function staleIgnores(
  model: ReportModel,
  ran: ReadonlySet<string>,
  used: ReadonlySet<Abaikan>
): Finding[] {
  if (!ran.has(PENGATURAN_ID)) return [];
  return model.settings.abaikan
    .filter((a) => ran.has(a.rule) && !used.has(a))
    .map((a) =>
      toFinding(PENGATURAN_ID, "info", {
        at: a.at,
        table: `lembar "${model.settings.sheet}"`,
        message: `Baris Abaikan untuk ${a.rule} di '${a.sheet}'!${a.cell} tidak mengenai temuan mana pun (mungkin sudah diperbaiki); baris ini dapat dihapus.`,
        expected: "temuan yang masih ada",
        actual: `${a.rule} '${a.sheet}'!${a.cell}`,
      })
    );
}

function collect(
  model: ReportModel,
  raw: readonly Finding[],
  ran: ReadonlySet<string>
): CheckResult {
  const findings: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  const used = new Set<Abaikan>();
  for (const f of mergeCopies(model, mergeDuplicates(withoutRestated([...raw])))) {
    const ignore = matchIgnore(f, model.settings.abaikan);
    if (ignore) {
      ignored.push({ finding: f, alasan: ignore.alasan });
      used.add(ignore);
    } else findings.push(f);
  }
  for (const f of staleIgnores(model, ran, used)) findings.push(f);
  findings.sort(order(model));
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  findings.forEach((f) => summary[f.severity]++);
  return { findings, ignored, summary, model };
}

/**
 * Checks a model rule by rule, yielding after each rule so that a caller can show
 * progress or stop between rules; returns the same result as {@link checkModel}.
 */
export function* checkSteps(
  model: ReportModel,
  options: CheckOptions = {}
): Generator<CheckProgress, CheckResult, void> {
  const read = readRunOptions(CHECK_OPTIONS, options, "pemeriksaan");
  const rules = RULES.filter((r) => selected(r, model, read));
  const raw: Finding[] = [];
  for (const [i, rule] of rules.entries()) {
    for (const f of rule.check(model)) raw.push(f);
    yield { done: i + 1, total: rules.length, rule: rule.id };
  }
  return collect(model, raw, new Set(rules.map((r) => r.id)));
}

/** Checks a model already read. */
export function checkModel(model: ReportModel, options: CheckOptions = {}): CheckResult {
  return finish(checkSteps(model, options));
}

/** Reads and checks a workbook. */
export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  return checkModel(readReport(workbook), options);
}
