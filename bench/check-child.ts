/**
 * Reading and checking one file inside one process, for the time per 1,000 rows.
 * A small workbook is first read and checked, unmeasured, until 50,000 rows have
 * passed (so that it is not charged for compiling the code, which a large one
 * pays within its first run too), then measured at least five times and until
 * 50,000 more rows have passed (the median: one pause of the garbage collector
 * is a large share of a run of a few milliseconds). Prints one JSON line: rows
 * read, milliseconds of read + check, and findings.
 */
import { performance } from "perf_hooks";
import { readWorkbookFile } from "../src/adapters/xlsx/files";
import { checkWorkbook } from "../src/engine/check/run";
import { median } from "./process-run";

async function once(file: string): Promise<{ ms: number; rows: number; findings: number }> {
  const start = performance.now();
  const workbook = await readWorkbookFile(file);
  const findings = checkWorkbook(workbook).findings.length;
  const ms = performance.now() - start;
  const rows = workbook.sheets.reduce((sum, s) => sum + s.rows.length, 0);
  return { ms, rows, findings };
}

const WARM_UP_ROWS = 50_000;

async function run(file: string): Promise<void> {
  const first = await once(file);
  const times = [first.ms];
  if (first.rows < WARM_UP_ROWS) {
    for (let seen = first.rows; seen < WARM_UP_ROWS; seen += first.rows) await once(file);
    times.length = 0;
    for (let seen = 0; times.length < 5 || seen < WARM_UP_ROWS; seen += first.rows)
      times.push((await once(file)).ms);
  }
  const ms = median(times);
  process.stdout.write(`${JSON.stringify({ rows: first.rows, ms, findings: first.findings })}\n`);
}

run(process.argv[2]).catch((e) => {
  process.stderr.write(String(e));
  process.exit(1);
});
