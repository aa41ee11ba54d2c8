/**
 * The checker's work grows with the workbook, not with its square; counted, never
 * timed (speed is the bench's). Copies of the sample multiply every table, so work
 * that pairs every table, record or source with every other grows with the square
 * of the copies, and work per row stays flat only when nothing is paired.
 */
import * as tolerance from "../../src/engine/tolerance";
import { checkModel } from "../../src/engine/check/run";
import { readReport } from "../../src/engine/read/report";
import { RULES } from "../../src/engine/rules";
import { REALISASI_BEDA } from "../../src/engine/rules/realisasi-beda";
import { repeatedSample } from "../../src/sample";

/** How many values `run` compares at their written precision. */
function comparisons(run: () => unknown): number {
  const spy = jest.spyOn(tolerance, "agrees");
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe("work grows linearly with copies of the sample", () => {
  const two = readReport(repeatedSample(2));
  const eight = readReport(repeatedSample(8));

  it("REALISASI_BEDA compares each record once with each distinct source value, and drafts once per record", () => {
    const a = comparisons(() => REALISASI_BEDA.check(two));
    const b = comparisons(() => REALISASI_BEDA.check(eight));
    expect(b).toBe(4 * a);
    expect(REALISASI_BEDA.check(eight)).toHaveLength(4 * REALISASI_BEDA.check(two).length);
  });

  it("the whole check compares four times as much for four times the copies", () => {
    expect(comparisons(() => checkModel(eight))).toBe(4 * comparisons(() => checkModel(two)));
  });

  it("every rule drafts four times as many findings for four times the copies", () => {
    for (const rule of RULES)
      expect([rule.id, rule.check(eight).length]).toEqual([rule.id, 4 * rule.check(two).length]);
  });
});
