/**
 * Whole processes, timed from spawn to exit, with their peak memory: the way a
 * user meets `lkjip periksa`, start-up and module loading included.
 */
import { execFileSync, spawnSync } from "child_process";
import { join } from "path";
import { performance } from "perf_hooks";

/** Wall time and peak resident memory of one process. */
export interface ProcessRun {
  readonly ms: number;
  readonly peakMb: number;
}

const PEAK = join(__dirname, "peak-rss.cjs");
const ROOT = join(__dirname, "..");
let built = false;

/** The CLI (lib/cli/main.js) compiled from the current source, once per bench run. */
export function compiledCli(): string {
  if (!built) execFileSync("npm", ["run", "build:lib"], { cwd: ROOT, stdio: "ignore" });
  built = true;
  return join(ROOT, "lib", "cli", "main.js");
}

/** Runs `node -r peak-rss.cjs …args` to its end; throws when it fails (exit status above `maxStatus`). */
export function runNode(args: readonly string[], maxStatus = 0): ProcessRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-r", PEAK, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - start;
  const stderr = child.stderr.toString("utf8");
  if (child.status === null || child.status > maxStatus)
    throw new Error(`node ${args.join(" ")} gagal (${child.status}): ${stderr.slice(-500)}`);
  const peak = /PEAK_RSS_MB=([\d.]+)\s*$/.exec(stderr);
  if (!peak) throw new Error(`node ${args.join(" ")}: memori puncak tidak tercatat`);
  return { ms, peakMb: Number(peak[1]) };
}

/** The middle value (the upper middle of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Medians of `rounds` runs of each command, alternated so that both meet the same machine. */
export function alternate(
  rounds: number,
  a: () => ProcessRun,
  b: () => ProcessRun
): [ProcessRun, ProcessRun] {
  const runs: [ProcessRun[], ProcessRun[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    runs[0].push(a());
    runs[1].push(b());
  }
  const med = (list: ProcessRun[]): ProcessRun => ({
    ms: median(list.map((r) => r.ms)),
    peakMb: median(list.map((r) => r.peakMb)),
  });
  return [med(runs[0]), med(runs[1])];
}
