/**
 * One measured run in its own process, so its peak memory is its own:
 * `load` only loads the file with exceljs; `check` loads, converts and checks it.
 * Prints one JSON line: milliseconds in all, milliseconds of the check after the
 * workbook is read, and peak resident memory in MB.
 */
import ExcelJS from "exceljs";
import { performance } from "perf_hooks";
import { readWorkbookFile } from "../src/adapters/xlsx/files";
import { checkWorkbook } from "../src/engine/check/run";

async function run(mode: string, file: string): Promise<void> {
  const start = performance.now();
  let findings = 0;
  let checkMs = 0;
  if (mode === "load") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    findings = wb.worksheets.length;
  } else {
    const workbook = await readWorkbookFile(file);
    const checkStart = performance.now();
    findings = checkWorkbook(workbook).findings.length;
    checkMs = performance.now() - checkStart;
  }
  const ms = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ mode, ms, checkMs, peakMb, findings })}\n`);
}

run(process.argv[2], process.argv[3]).catch((e) => {
  process.stderr.write(String(e));
  process.exit(1);
});
