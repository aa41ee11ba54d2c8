/**
 * Checking a generated workbook of 50 report-style tables × 2,000 rows, against
 * only loading the same file with the same library, each in its own process.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbookFile } from "../src/adapters/xlsx/files";
import { bigWorkbook } from "./big-workbook";
import { BenchRow } from "./measure";

interface ChildResult {
  readonly ms: number;
  readonly checkMs: number;
  readonly peakMb: number;
  readonly findings: number;
}

function child(mode: "load" | "check", file: string): ChildResult {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "check-child.ts"), mode, file],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    }
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as ChildResult;
}

/** Writes (once) and measures; returns the report rows. */
export async function benchCheck(tables = 50, rows = 2000): Promise<BenchRow[]> {
  const dir = join(tmpdir(), "lkjip-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `tabel-${tables}x${rows}.xlsx`);
  if (!existsSync(file)) await writeWorkbookFile(bigWorkbook(tables, rows), file);
  const load = child("load", file);
  const check = child("check", file);
  const ratio = check.ms / load.ms;
  const work = check.checkMs / load.ms;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    {
      name: `lkjip periksa ${tables} tabel × ${rows} baris (muat + periksa), dibanding hanya memuat berkas dengan exceljs`,
      figure: `${ratio.toFixed(2)}× (${s(check.ms)} / ${s(load.ms)}; ${check.findings} temuan)`,
      goal: "≤ 1,5×",
      met: ratio <= 1.5,
    },
    {
      name: "pemeriksaan saja (setelah workbook terbaca), dibanding hanya memuat",
      figure: `${work.toFixed(2)}× (${s(check.checkMs)} / ${s(load.ms)})`,
      goal: "≤ 1,5×",
      met: work <= 1.5,
    },
    {
      name: "memori puncak periksa, dibanding hanya memuat",
      figure: `${check.peakMb.toFixed(0)} MB / ${load.peakMb.toFixed(0)} MB`,
      goal: "dicatat",
      met: true,
    },
  ];
}
