/**
 * Small timing helpers for `npm run bench`: figures are ratios measured in one run,
 * never absolute times asserted by tests.
 */
import { performance } from "perf_hooks";

/** Median wall time in milliseconds of `rounds` runs of `fn`, after one warm-up run. */
export function medianMs(fn: () => unknown, rounds = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A row of the bench report. */
export interface BenchRow {
  readonly name: string;
  readonly figure: string;
  readonly goal: string;
  readonly met: boolean;
}

/** Prints the rows as a Markdown table, the form the README keeps. */
export function printTable(rows: readonly BenchRow[]): void {
  console.log("| ukuran | hasil | sasaran | tercapai |");
  console.log("|---|---|---|---|");
  for (const r of rows)
    console.log(`| ${r.name} | ${r.figure} | ${r.goal} | ${r.met ? "ya" : "tidak"} |`);
}
