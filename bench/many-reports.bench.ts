/**
 * Many reports at once, and a quick start, each side in fresh processes of the
 * command compiled from the current source (lib/cli/main.js):
 * ONE `lkjip periksa` over 40 reports (worker threads, one per core) against 40
 * separate single-file runs, as a user would type them; and `lkjip --help`
 * against bare `node -e 0`.
 */
import { existsSync, mkdirSync } from "fs";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import { writeWorkbookFile } from "../src/adapters/xlsx/files";
import { CellSnapshot, WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { buildSampleWorkbook } from "../src/sample";
import { BenchRow } from "./measure";
import { alternate, compiledCli, runNode } from "./process-run";

const REPORTS = 40;

/** The sample with its first number on "Tabel 3.4" raised by `n`: a report slightly unlike the others. */
function variant(sample: WorkbookSnapshot, n: number): WorkbookSnapshot {
  const sheets = sample.sheets.map((sheet) => {
    if (sheet.name !== "Tabel 3.4" || n === 0) return sheet;
    let changed = false;
    const rows = sheet.rows.map((row) =>
      row?.map((cell): CellSnapshot | undefined => {
        if (changed || typeof cell?.value !== "number") return cell;
        changed = true;
        return { ...cell, value: cell.value + n, formula: undefined };
      })
    );
    return { ...sheet, rows };
  });
  return { sheets };
}

/** The 40 reports, written once into a temporary folder. */
async function reports(): Promise<string[]> {
  const dir = join(tmpdir(), "lkjip-bench", `laporan-${REPORTS}`);
  mkdirSync(dir, { recursive: true });
  const sample = buildSampleWorkbook();
  const files: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const file = join(dir, `laporan-${String(i + 1).padStart(2, "0")}.xlsx`);
    if (!existsSync(file)) await writeWorkbookFile(variant(sample, i), file);
    files.push(file);
  }
  return files;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * One `lkjip periksa` over 40 reports against 40 separate runs, one file each:
 * the ratio of the wall times (below 1 is the goal: one command is faster).
 */
export async function benchManyReports(): Promise<BenchRow> {
  const bin = compiledCli();
  const files = await reports();
  runNode([bin, "periksa", files[0]], 1); // warm the disk cache and the compiled code
  const together = runNode([bin, "periksa", ...files], 1).ms;
  const apart = files.reduce((sum, file) => sum + runNode([bin, "periksa", file], 1).ms, 0);
  const ratio = together / apart;
  return {
    name: `lkjip periksa atas ${REPORTS} laporan sekaligus (${Math.min(availableParallelism(), REPORTS)} utas), dibanding ${REPORTS} kali lkjip periksa satu berkas`,
    figure: `${ratio.toFixed(2)}× (${seconds(together)} / ${seconds(apart)})`,
    goal: "< 1×",
    met: ratio < 1,
  };
}

/** `lkjip --help` against bare `node -e 0`, medians of fresh processes. */
export async function benchHelpStart(): Promise<BenchRow> {
  const bin = compiledCli();
  runNode([bin, "--help"]); // warm the disk cache
  runNode(["-e", "0"]);
  const [help, bare] = alternate(
    15,
    () => runNode([bin, "--help"]),
    () => runNode(["-e", "0"])
  );
  const ratio = help.ms / bare.ms;
  return {
    name: "lkjip --help (proses baru), dibanding node -e 0",
    figure: `${ratio.toFixed(2)}× (${help.ms.toFixed(0)} ms / ${bare.ms.toFixed(0)} ms)`,
    goal: "≤ 1,5×",
    met: ratio <= 1.5,
  };
}
