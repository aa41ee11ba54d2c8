/**
 * The cells the pane marks: each finding's cell by its worst severity, and the
 * related cells of the finding the user chose.
 */
import fc from "fast-check";
import { highlightsFor, SheetHighlight } from "../../src/engine/check/highlights";
import { Finding, Severity } from "../../src/engine/finding";
import { checkWorkbook } from "../../src/engine/check/run";
import { parseSheetCell, sheetCell } from "../../src/engine/workbook/address";
import { buildSampleWorkbook } from "../../src/sample";

const finding = (
  severity: Severity,
  sheet: string,
  cell: string,
  related: string[] = [],
  rule = "ATURAN"
): Finding => ({
  rule,
  severity,
  sheet,
  cell,
  table: sheet,
  message: "",
  expected: "",
  actual: "",
  related,
});

const kindOf = (marks: readonly SheetHighlight[], sheet: string, cell: string) =>
  marks.filter((m) => m.sheet === sheet && m.cells.includes(cell)).map((m) => m.kind);

describe("parseSheetCell", () => {
  it("reads quoted and plain sheet names, and the quotes doubled inside", () => {
    expect(parseSheetCell("'Tabel 3.4'!E5")).toEqual({ sheet: "Tabel 3.4", cell: "E5" });
    expect(parseSheetCell("PK!$F$3")).toEqual({ sheet: "PK", cell: "F3" });
    expect(parseSheetCell("'Pak''s sheet'!A1")).toEqual({ sheet: "Pak's sheet", cell: "A1" });
    expect(parseSheetCell("E5")).toBeUndefined();
    expect(parseSheetCell("'Tabel 3.4'!E5:F6")).toBeUndefined();
  });

  it("reads back every address the findings write", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[!\\/?*[\]:]/.test(s)),
        fc.nat(1_048_575),
        fc.nat(16_383),
        (sheet, row, col) => {
          const back = parseSheetCell(sheetCell(sheet, row, col));
          expect(back?.sheet).toBe(sheet);
        }
      )
    );
  });
});

describe("highlightsFor", () => {
  it("marks a cell with an error and a warning as an error, once", () => {
    const marks = highlightsFor([
      finding("warning", "Tabel 3.4", "F4", [], "A"),
      finding("error", "Tabel 3.4", "F4", [], "B"),
      finding("info", "Tabel 3.4", "G4"),
    ]);
    expect(kindOf(marks, "Tabel 3.4", "F4")).toEqual(["error"]);
    expect(kindOf(marks, "Tabel 3.4", "G4")).toEqual(["info"]);
  });

  it("marks the chosen finding's related cells, on other sheets too, and keeps its own cell's severity", () => {
    const chosen = finding("error", "Tabel 3.4", "D4", [
      "PK!F3",
      "'Tabel 3.4'!D4",
      "'Tabel 3.4'!E4",
    ]);
    const marks = highlightsFor([chosen, finding("warning", "Tabel 3.4", "E4")], chosen);
    expect(kindOf(marks, "PK", "F3")).toEqual(["terkait"]);
    expect(kindOf(marks, "Tabel 3.4", "E4")).toEqual(["terkait"]);
    expect(kindOf(marks, "Tabel 3.4", "D4")).toEqual(["error"]);
  });

  it("marks nothing related without a chosen finding, and nothing at all without findings", () => {
    const f = finding("error", "Tabel 3.4", "D4", ["PK!F3"]);
    expect(kindOf(highlightsFor([f]), "PK", "F3")).toEqual([]);
    expect(highlightsFor([])).toEqual([]);
  });

  it("marks each of the sample's finding cells exactly once", () => {
    const { findings } = checkWorkbook(buildSampleWorkbook());
    const marks = highlightsFor(findings);
    const cells = marks.flatMap((m) => m.cells.map((c) => `${m.sheet}!${c}`));
    expect(new Set(cells).size).toBe(cells.length);
    expect(new Set(cells)).toEqual(new Set(findings.map((f) => `${f.sheet}!${f.cell}`)));
    expect(kindOf(marks, "Tabel 3.4", "D4")).toEqual(["error"]);
  });
});
