/**
 * `npx tsx bench/check-engine.ts [rounds] [workload…]`: times the check alone
 * (`checkWorkbook` on a snapshot built in memory, no xlsx) on fixed workloads, in
 * alternating rounds, and prints each workload's median in ms and in ms per 1,000
 * rows: the engine's speed and its linearity, without the reader.
 */
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/engine/check/run";
import { WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { buildSampleWorkbook, repeatedSample } from "../src/sample";
import { bigWorkbook } from "./big-workbook";
import { budgetWorkbook } from "./budget-table";

const WORKLOADS: Record<string, () => WorkbookSnapshot> = {
  sample: buildSampleWorkbook,
  "sample-x20": () => repeatedSample(20),
  "sample-x50": () => repeatedSample(50),
  "big-50x2000": () => bigWorkbook(50, 2000),
  "big-20x10000": () => bigWorkbook(20, 10_000),
  "budget-100k": () => budgetWorkbook(100_000),
  "budget-300k": () => budgetWorkbook(300_000),
};

const rowsOf = (w: WorkbookSnapshot) => w.sheets.reduce((n, s) => n + s.rows.length, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function run(rounds: number, names: string[]): void {
  const built = names.map((name) => ({ name, workbook: WORKLOADS[name](), ms: [] as number[] }));
  for (let r = 0; r < rounds; r++)
    for (const w of r % 2 ? [...built].reverse() : built) {
      const start = performance.now();
      checkWorkbook(w.workbook);
      w.ms.push(performance.now() - start);
    }
  for (const w of built) {
    const ms = median(w.ms);
    const rows = rowsOf(w.workbook);
    const per = (ms / rows) * 1000;
    process.stdout.write(
      `${w.name.padEnd(14)} ${String(rows).padStart(7)} rows  ${ms.toFixed(0).padStart(6)} ms  ${per.toFixed(2)} ms/1000 rows  [${w.ms.map((x) => x.toFixed(0)).join(" ")}]\n`
    );
  }
}

const [rounds = "5", ...names] = process.argv.slice(2);
run(Number(rounds), names.length ? names : Object.keys(WORKLOADS));
