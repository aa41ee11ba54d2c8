/**
 * `npm run screenshots -- tabel`: the sample's generated tables as LibreOffice
 * prints them, one PNG per printed page in a temporary folder (never in the
 * repository), with their paths printed, to look at what a report writer pastes.
 */
import { execFileSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fillWorkbook } from "../src/engine/fill/generate";
import { buildSampleWorkbook } from "../src/sample";
import { printTables } from "../test/support/print-tables";

/** Prints the filled sample's tables and writes `tabel-3.x[-n].png` per page; returns their paths. */
export async function tablePictures(
  dir = mkdtempSync(join(tmpdir(), "lkjip-tabel-"))
): Promise<string[]> {
  const printed = await printTables(fillWorkbook(buildSampleWorkbook()), dir);
  return printed.tables.flatMap((t) =>
    t.pages.map((page, i) => {
      const base = join(dir, `tabel-${t.id}${i ? `-${i + 1}` : ""}`);
      const args = ["-png", "-r", "80", "-singlefile", "-f", String(page), "-l", String(page)];
      execFileSync("pdftoppm", [...args, printed.pdf, base]);
      return `${base}.png`;
    })
  );
}
