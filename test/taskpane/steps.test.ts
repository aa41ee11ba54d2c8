/**
 * The pane's step runner: it reaches the generator's result, reports steps when
 * its time budget is spent, and stops between steps when asked.
 */
import { runSteps, Stopped } from "../../src/taskpane/steps";

function* count(n: number): Generator<number, string, void> {
  for (let i = 1; i <= n; i++) yield i;
  return `done ${n}`;
}

describe("runSteps", () => {
  it.each([
    ["with no time budget, reports every step", 0, [1, 2, 3, 4, 5]],
    ["while the budget lasts, reports nothing", 60_000, []],
  ])("returns the generator's result and, %s", async (_name, budget, reported) => {
    const seen: number[] = [];
    const stopped = () => false;
    await expect(runSteps(count(5), (s) => seen.push(s), stopped, budget)).resolves.toBe("done 5");
    expect(seen).toEqual(reported);
  });

  it("stops at the first turn after the user asked, without running the remaining steps", async () => {
    let ran = 0;
    function* work(): Generator<number, string, void> {
      for (let i = 1; i <= 10; i++) {
        ran = i;
        yield i;
      }
      return "finished";
    }
    const promise = runSteps(
      work(),
      () => undefined,
      () => ran >= 3,
      0
    );
    await expect(promise).rejects.toBeInstanceOf(Stopped);
    expect(ran).toBe(3);
  });
});
