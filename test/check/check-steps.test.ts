/**
 * Checking rule by rule: one step per rule that is switched on, and the same
 * result as checking in one go.
 */
import { checkModel, checkSteps } from "../../src/engine/check/run";
import { readReport } from "../../src/engine/read/report";
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
    expect(result.summary).toEqual({ error: 43, warning: 48, info: expect.any(Number) });
  });

  it("steps only through the rules asked for", () => {
    const { seen } = drain(checkSteps(model, { rules: PK_RULES.map((r) => r.id) }));
    expect(seen.map((s) => s.rule)).toEqual(PK_RULES.map((r) => r.id));
  });
});
