/**
 * How the workbook reader compares with a bare exceljs load: each reading runs in
 * its own process (time and peak RSS of that process), the kinds alternate, and
 * the medians are compared. Not a test; the lead's bench lives in bench/.
 *
 *   npx tsx scripts/reader-bench.ts [runs] [file.xlsx ...]
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../src/adapters/xlsx/files";
import { checkWorkbook } from "../src/engine/check/run";

const KINDS = ["exceljs", "reader", "periksa"] as const;
type Kind = (typeof KINDS)[number];
const DEFAULT_FILES = [
  "/tmp/lkjip-bench/tabel-50x2000.xlsx",
  "/tmp/lkjip-bench/tabel-20x10000.xlsx",
];

async function child(kind: Kind, file: string): Promise<void> {
  const start = performance.now();
  if (kind === "exceljs") {
    await new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  } else {
    const workbook = await readWorkbookFile(file);
    if (kind === "periksa") checkWorkbook(workbook);
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024 }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function parent(runs: number, files: string[]): void {
  for (const file of files) {
    const results = new Map<Kind, { ms: number; rssMB: number }[]>(KINDS.map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      for (const kind of i % 2 ? [...KINDS].reverse() : KINDS) {
        const out = execFileSync(
          process.execPath,
          [...process.execArgv, __filename, "--child", kind, file],
          { encoding: "utf8", maxBuffer: 1 << 20 }
        );
        results.get(kind)!.push(JSON.parse(out));
      }
    }
    const base = results.get("exceljs")!;
    const baseMs = median(base.map((r) => r.ms));
    const baseRss = median(base.map((r) => r.rssMB));
    console.log(`${file} (${runs} runs each, medians)`);
    for (const kind of KINDS) {
      const ms = median(results.get(kind)!.map((r) => r.ms));
      const rss = median(results.get(kind)!.map((r) => r.rssMB));
      console.log(
        `  ${kind.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms (${(ms / baseMs).toFixed(2)}x)  ` +
          `peak RSS ${rss.toFixed(0).padStart(5)} MB (${(rss / baseRss).toFixed(2)}x)`
      );
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === "--child") void child(args[1] as Kind, args[2]);
else parent(Number(args[0]) || 5, args.slice(1).length ? args.slice(1) : DEFAULT_FILES);
