/**
 * The pane's first load (gzipped JavaScript of the production bundle) and the
 * `context.sync` count of Periksa Semua on the sample and on a workbook 20× larger,
 * through the Office.js adapter against the strict fake Excel of the tests.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { BenchRow } from "./measure";
import { OfficeHost } from "../src/adapters/office/office-host";
import { buildSampleWorkbook, repeatedSample } from "../src/sample";
import { SheetSnapshot } from "../src/engine/workbook/snapshot";
import { checkWorkbook } from "../src/engine/check/run";
import { highlightsFor } from "../src/engine/check/highlights";
import { FakeExcel, fakeSheetOf } from "../test/support/fake-excel";

/** The strict fake Excel (test/support/fake-excel) holding the given sheets. */
function fakeExcel(sheets: readonly SheetSnapshot[]): FakeExcel {
  return new FakeExcel(sheets.map(fakeSheetOf)).install();
}

async function syncsFor(sheets: readonly SheetSnapshot[]): Promise<number> {
  const fake = fakeExcel(sheets);
  await new OfficeHost().readWorkbook();
  return fake.syncs;
}

/** Syncs to mark the findings' cells after Periksa Semua: the first time, and each time after. */
async function markingSyncs(sheets: readonly SheetSnapshot[]): Promise<[number, number]> {
  const fake = fakeExcel(sheets);
  const host = new OfficeHost();
  const marks = highlightsFor(checkWorkbook({ sheets: [...sheets] }).findings);
  await host.highlight(marks);
  const first = fake.syncs;
  await host.highlight(marks);
  return [first, fake.syncs - first];
}

/**
 * The two context.sync rows: reading for Periksa Semua on the sample and on a
 * workbook 20× larger, and marking the findings' cells (first time, next time).
 */
export async function syncRows(): Promise<BenchRow[]> {
  const sample = buildSampleWorkbook().sheets;
  const big = repeatedSample(20).sheets;
  const syncs = [await syncsFor(sample), await syncsFor(big)];
  const marking = [...(await markingSyncs(sample)), ...(await markingSyncs(big))];
  return [
    {
      name: "context.sync untuk Periksa Semua: contoh / workbook 20× lebih besar",
      figure: syncs.join(" / "),
      goal: "≤ 3",
      met: syncs.every((n) => n <= 3),
    },
    {
      name: "context.sync untuk menandai sel temuan sesudahnya (pertama, berikutnya): contoh / 20×",
      figure: `${marking[0]}, ${marking[1]} / ${marking[2]}, ${marking[3]}`,
      goal: "dicatat (tetap)",
      met: marking[0] === marking[2] && marking[1] === marking[3],
    },
  ];
}

/** The rows of the pane's figures. */
export async function benchPane(): Promise<BenchRow[]> {
  const dist = mkdtempSync(join(tmpdir(), "lkjip-bench-dist-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist],
    { stdio: "pipe" }
  );
  const kb =
    ["taskpane.js", "functions.js"].reduce(
      (s, f) => s + gzipSync(readFileSync(join(dist, f))).length,
      0
    ) / 1024;
  return [
    {
      name: "muatan pertama panel (taskpane.js + functions.js, gzip)",
      figure: `${kb.toFixed(0)} KB`,
      goal: "≤ 350 KB",
      met: kb <= 350,
    },
    ...(await syncRows()),
  ];
}
