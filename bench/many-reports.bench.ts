/**
 * Many reports at once, and a quick start, each side in fresh processes of the
 * compiled command (lib/cli/main.js, built when missing or older than src/):
 * ONE `lkjip periksa` over 40 reports (worker threads, one per core) against 40
 * separate single-file runs, as a user would type them; and `lkjip --help`
 * against bare `node -e 0`.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "fs";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { writeWorkbookFile } from "../src/adapters/xlsx/files";
import { CellSnapshot, WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { buildSampleWorkbook } from "../src/sample";
import { BenchRow } from "./measure";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "lib", "cli", "main.js");
const REPORTS = 40;

/** The newest modification time of the files under `path`. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** The compiled bin, built with the project's own script when missing or stale. */
function compiledCli(): string {
  if (!existsSync(BIN) || newest(join(ROOT, "src")) > statSync(BIN).mtimeMs)
    execFileSync("npm", ["run", "build:lib"], { cwd: ROOT, stdio: "ignore" });
  return BIN;
}

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

/** Wall time in milliseconds of one fresh `node ...args`; a status other than 0 or 1 is a failure. */
function timed(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: "ignore" });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`node ${args.join(" ")} keluar dengan status ${run.status}`);
  return ms;
}

/** Median wall times of `rounds` fresh runs of `a` and of `b`, taken in turns after a warm-up. */
function medianRuns(a: readonly string[], b: readonly string[], rounds: number): [number, number] {
  timed(a);
  timed(b);
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    times[0].push(timed(a));
    times[1].push(timed(b));
  }
  const median = (t: number[]) => [...t].sort((x, y) => x - y)[Math.floor(t.length / 2)];
  return [median(times[0]), median(times[1])];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * One `lkjip periksa` over 40 reports against 40 separate runs, one file each:
 * the ratio of the wall times (below 1 is the goal: one command is faster).
 */
export async function benchManyReports(): Promise<BenchRow> {
  const bin = compiledCli();
  const files = await reports();
  timed([bin, "periksa", files[0]]); // warm the disk cache and the compiled code
  const together = timed([bin, "periksa", ...files]);
  const apart = files.reduce((sum, file) => sum + timed([bin, "periksa", file]), 0);
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
  const [help, bare] = medianRuns([bin, "--help"], ["-e", "0"], 15);
  const ratio = help / bare;
  return {
    name: "lkjip --help (proses baru), dibanding node -e 0",
    figure: `${ratio.toFixed(2)}× (${help.toFixed(0)} ms / ${bare.toFixed(0)} ms)`,
    goal: "≤ 1,5×",
    met: ratio <= 1.5,
  };
}
