/**
 * The workbooks `npm run bench` checks, from the sample to the reader's scale:
 * each is built as a snapshot and written once per run to a fresh folder.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbookFile } from "../src/adapters/xlsx/files";
import { repeatedSample } from "../src/sample";
import { WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { bigWorkbook } from "./big-workbook";
import { budgetWorkbook } from "./budget-table";

/**
 * One measured workbook: its name in the bench table, how to build it, and its
 * family: workbooks of one family hold the same kind of rows in growing numbers,
 * so their time per 1,000 rows shows whether the checker stays linear.
 */
export interface Workload {
  readonly label: string;
  readonly family: string;
  readonly build: () => WorkbookSnapshot;
}

const SAMPLE = "contoh";
const GENERATED = "tabel bangkitan";
const BUDGET = "tabel anggaran";

/** From the sample (about 700 rows) to 200,000 rows, and one long budget table. */
export const WORKLOADS: readonly Workload[] = [
  { label: "contoh", family: SAMPLE, build: () => repeatedSample(1) },
  { label: "contoh ×20", family: SAMPLE, build: () => repeatedSample(20) },
  { label: "contoh ×50", family: SAMPLE, build: () => repeatedSample(50) },
  { label: "50 tabel × 2.000 baris", family: GENERATED, build: () => bigWorkbook(50, 2000) },
  {
    label: "200.000 baris (20 tabel × 10.000)",
    family: GENERATED,
    build: () => bigWorkbook(20, 10_000),
  },
  {
    label: "satu tabel anggaran 100.000 baris",
    family: BUDGET,
    build: () => budgetWorkbook(100_000),
  },
];

/** The reader's limit: one budget table as near 300,000 rows as whole programs allow. */
export const LIMIT_WORKLOAD: Workload = {
  label: "satu tabel anggaran 300.000 baris (batas pembaca)",
  family: BUDGET,
  build: () => budgetWorkbook(300_000),
};

/** Writes the workloads to a new temporary folder; returns the files in the same order. */
export async function writeWorkloads(workloads: readonly Workload[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-bench-"));
  const files: string[] = [];
  for (const [i, w] of workloads.entries()) {
    const file = join(dir, `beban-${i + 1}.xlsx`);
    await writeWorkbookFile(w.build(), file);
    files.push(file);
  }
  return files;
}
