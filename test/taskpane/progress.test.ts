/**
 * The progress bar only moves forward through a check and through a fill, and
 * stays between 0 and 1.
 */
import { progressValue } from "../../src/taskpane/components/RunProgress";
import { Progress } from "../../src/taskpane/useAsisten";

const counted = (stage: "menyusun" | "aturan" | "mengisi", total: number): Progress[] =>
  Array.from({ length: total + 1 }, (_, done) => ({ stage, done, total }));

describe("progressValue", () => {
  it.each([
    ["a check", [{ stage: "membaca" }, ...counted("menyusun", 26), ...counted("aturan", 19)]],
    [
      "a fill",
      [
        { stage: "membaca" },
        ...counted("menyusun", 26),
        ...counted("mengisi", 15),
        { stage: "menulis" },
        { stage: "grafik" },
      ],
    ],
  ] as [string, Progress[]][])("only moves forward through %s", (_name, stages) => {
    const values = stages.map(progressValue);
    values.forEach((v, i) => {
      expect(v).toBeGreaterThanOrEqual(i ? values[i - 1] : 0);
      expect(v).toBeLessThanOrEqual(1);
    });
    expect(values.at(-1)).toBeGreaterThan(values[0]);
  });
});
