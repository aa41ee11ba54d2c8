/**
 * The generated formulas evaluated by a real spreadsheet engine: LibreOffice Calc
 * recalculates the filled sample on load, and every generated cell agrees with the
 * value the engine computed; none evaluates to an error.
 */
import { mkdtempSync, writeFileSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { fillWorkbook } from "../../src/engine/fill/generate";
import { CellSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { buildSampleWorkbook } from "../../src/sample";
import { a1 } from "../../src/engine/workbook/address";
import { recalculate } from "../support/libreoffice";

const filled = fillWorkbook(buildSampleWorkbook());
let recalculated: WorkbookSnapshot;

/** A cell the engine wrote with a deliberately wrong cached value, to prove LibreOffice recalculates. */
const PROBE: CellSnapshot = { value: 999, formula: "1+1" };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-lo-"));
  const file = join(dir, "isi.xlsx");
  const probe = { name: "Uji", rows: [[PROBE]], merges: [] };
  writeFileSync(file, await writeWorkbook({ sheets: [...filled.workbook.sheets, probe] }));
  const out = recalculate(file);
  const data = readFileSync(out);
  recalculated = await readWorkbook(data);
}, 240000);

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  return (a ?? "") === (b ?? "");
}

describe("the filled sample recalculated by LibreOffice Calc", () => {
  it("really recalculates on load", () => {
    expect(recalculated.sheets.find((s) => s.name === "Uji")?.rows[0]?.[0]?.value).toBe(2);
  });

  it("agrees with the engine on every generated formula cell, and none is an error", () => {
    const disagreements: string[] = [];
    let compared = 0;
    for (const { sheet: name } of filled.generated) {
      const ours = filled.workbook.sheets.find((s) => s.name === name)!;
      const theirs = recalculated.sheets.find((s) => s.name === name);
      expect(theirs).toBeDefined();
      ours.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell?.formula) return;
          compared++;
          const lo = theirs!.rows[r]?.[c];
          if (lo?.error || !close(cell.value, lo?.value)) {
            disagreements.push(
              `${name}!${a1(r, c)} ${cell.formula}: engine ${cell.value}, LibreOffice ${lo?.error ?? lo?.value}`
            );
          }
        })
      );
    }
    expect(compared).toBeGreaterThan(300);
    expect(disagreements).toEqual([]);
  });
});
