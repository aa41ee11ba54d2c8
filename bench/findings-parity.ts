/**
 * `npx tsx bench/findings-parity.ts DIR [only]`: writes the findings (and ignored
 * findings) of fixed workloads to DIR, one JSON file each, so that two commits of
 * the engine can be compared with `diff -r`: the sample, the sample ×20, the
 * generated workbooks of the check bench, budget tables of 100,000 and 300,000 rows
 * and every corpus workbook (read back through xlsx as the corpus test does).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { checkWorkbook } from "../src/engine/check/run";
import { WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { buildSampleWorkbook, repeatedSample } from "../src/sample";
import { readCorpus } from "../test/support/corpus";
import { bigWorkbook } from "./big-workbook";
import { budgetWorkbook } from "./budget-table";

const WORKLOADS: Record<string, () => WorkbookSnapshot> = {
  sample: buildSampleWorkbook,
  "sample-x20": () => repeatedSample(20),
  "big-50x2000": () => bigWorkbook(50, 2000),
  "big-20x10000": () => bigWorkbook(20, 10_000),
  "budget-100k": () => budgetWorkbook(100_000, { wrongSisaSub: 777, wrongPaguKegiatan: 4321 }),
  "budget-300k": () => budgetWorkbook(300_000, { wrongSisaSub: 50_001, wrongPaguKegiatan: 9 }),
};

function write(dir: string, name: string, workbook: WorkbookSnapshot): void {
  let text: string;
  try {
    const { findings, ignored } = checkWorkbook(workbook);
    text = JSON.stringify({ findings, ignored }, null, 1);
  } catch (e) {
    text = `ERROR ${String(e)}`;
  }
  writeFileSync(join(dir, `${name}.json`), text);
  process.stdout.write(`${name}\n`);
}

async function run(dir: string, only?: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [name, build] of Object.entries(WORKLOADS))
    if (!only || name.includes(only)) write(dir, name, build());
  if (only && only !== "corpus") return;
  for (const entry of readCorpus())
    write(dir, `corpus-${entry.file}`, await readWorkbook(await writeWorkbook(entry.workbook)));
}

run(process.argv[2], process.argv[3]).catch((e) => {
  process.stderr.write(String(e));
  process.exit(1);
});
