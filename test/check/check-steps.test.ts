/**
 * Reading sheet by sheet and checking rule by rule: one step per sheet and per
 * rule that is switched on, and the same result as doing it in one go.
 */
import { checkModel, checkSteps } from "../../src/engine/check/run";
import { readReport, readReportSteps } from "../../src/engine/read/report";
import { PK_RULES, RULES } from "../../src/engine/rules";
import { buildSampleWorkbook } from "../../src/sample";

const model = readReport(buildSampleWorkbook());

function drain<P, R>(steps: Generator<P, R, void>): { seen: P[]; result: R } {
  const seen: P[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { seen, result: step.value };
    seen.push(step.value);
  }
}

describe("checkSteps", () => {
  it("steps once per rule, counting up to the number of rules, and ends with checkModel's result", () => {
    const { seen, result } = drain(checkSteps(model));
    expect(seen.map((s) => s.rule)).toEqual(RULES.map((r) => r.id));
    expect(seen.map((s) => s.done)).toEqual(RULES.map((_, i) => i + 1));
    expect(new Set(seen.map((s) => s.total))).toEqual(new Set([RULES.length]));
    expect(result.findings).toEqual(checkModel(model).findings);
    expect(result.summary).toEqual({ error: 43, warning: 5, info: expect.any(Number) });
  });

  it("steps only through the rules asked for", () => {
    const { seen } = drain(checkSteps(model, { rules: PK_RULES.map((r) => r.id) }));
    expect(seen.map((s) => s.rule)).toEqual(PK_RULES.map((r) => r.id));
  });
});

describe("readReportSteps", () => {
  it("steps once per sheet, the settings sheet included, and ends with readReport's model", () => {
    const workbook = buildSampleWorkbook();
    const { seen, result } = drain(readReportSteps(workbook));
    expect(seen).toEqual(
      workbook.sheets.map((_, i) => ({ done: i + 1, total: workbook.sheets.length }))
    );
    expect(result).toEqual(readReport(workbook));
    expect(checkModel(result).summary).toEqual(checkModel(model).summary);
  });
});
