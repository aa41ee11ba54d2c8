/**
 * Reading and checking one file inside one process, for the time per 1,000 rows:
 * after one unmeasured run when the workbook is small (so that a small file is
 * not charged for compiling the code), the median of a few runs. Prints one JSON
 * line: rows read, milliseconds of read + check, and findings.
 */
import { performance } from "perf_hooks";
import { readWorkbookFile } from "../src/adapters/xlsx/files";
import { checkWorkbook } from "../src/engine/check/run";

async function once(file: string): Promise<{ ms: number; rows: number; findings: number }> {
  const start = performance.now();
  const workbook = await readWorkbookFile(file);
  const findings = checkWorkbook(workbook).findings.length;
  const ms = performance.now() - start;
  const rows = workbook.sheets.reduce((sum, s) => sum + s.rows.length, 0);
  return { ms, rows, findings };
}

async function run(file: string): Promise<void> {
  const first = await once(file);
  const small = first.rows < 50_000;
  const times = [first.ms];
  if (small) {
    times.length = 0;
    for (let i = 0; i < 5; i++) times.push((await once(file)).ms);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  process.stdout.write(`${JSON.stringify({ rows: first.rows, ms, findings: first.findings })}\n`);
}

run(process.argv[2]).catch((e) => {
  process.stderr.write(String(e));
  process.exit(1);
});
