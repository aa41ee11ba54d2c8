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

async function generated(tables: number, rows: number): Promise<string> {
  const dir = join(tmpdir(), "lkjip-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `tabel-${tables}x${rows}.xlsx`);
  if (!existsSync(file)) await writeWorkbookFile(bigWorkbook(tables, rows), file);
  return file;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A workbook of 200,000 rows (20 tables × 10,000): checked on this machine, time and peak memory beside the bare load. */
export async function benchBigWorkbook(): Promise<BenchRow> {
  const file = await generated(20, 10_000);
  const load = child("load", file);
  const check = child("check", file);
  return {
    name: "workbook 200.000 baris (20 tabel × 10.000): periksa, dibanding hanya memuat",
    figure: `${seconds(check.ms)}, ${check.peakMb.toFixed(0)} MB / ${seconds(load.ms)}, ${load.peakMb.toFixed(0)} MB`,
    goal: "selesai",
    met: check.findings > 0,
  };
}

/** Writes (once) and measures; returns the report rows. */
export async function benchCheck(tables = 50, rows = 2000): Promise<BenchRow[]> {
  const file = await generated(tables, rows);
  const load = child("load", file);
  const check = child("check", file);
  const ratio = check.ms / load.ms;
  const work = check.checkMs / load.ms;
  return [
    {
      name: `lkjip periksa ${tables} tabel × ${rows} baris (muat + periksa), dibanding hanya memuat berkas dengan exceljs`,
      figure: `${ratio.toFixed(2)}× (${seconds(check.ms)} / ${seconds(load.ms)}; ${check.findings} temuan)`,
      goal: "≤ 1,5×",
      met: ratio <= 1.5,
    },
    {
      name: "pemeriksaan saja (setelah workbook terbaca), dibanding hanya memuat",
      figure: `${work.toFixed(2)}× (${seconds(check.checkMs)} / ${seconds(load.ms)})`,
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
