/**
 * A shared formula's dependents hold the master's formula moved to their own
 * place: relative references move, `$` references, texts, sheet names, names
 * and functions stay; a reference moved off the sheet becomes #REF!.
 */
import fc from "fast-check";
import { shiftFormula } from "../../src/adapters/xlsx/ooxml/shift-formula";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { fixtureXlsx } from "../support/xlsx-fixtures";
// exceljs's own mover, the reference for the shapes it handles.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require("exceljs/lib/utils/shared-formula");

describe("shiftFormula", () => {
  it.each([
    ["C3-D3", 1, 0, "C4-D4"],
    ["SUM(D6:D9)", 0, 1, "SUM(E6:E9)"],
    ["$C3-C$3+$C$3", 2, 2, "$C5-E$3+$C$3"],
    ["'Tabel 3.4'!E5/Data!F5*100", 3, 0, "'Tabel 3.4'!E8/Data!F8*100"],
    ['IF(B3="A1","A1",LOG10(B3))', 1, 0, 'IF(B4="A1","A1",LOG10(B4))'],
    ["Tabel_3+T1!A1", 1, 1, "Tabel_3+T1!B2"],
    ["SUM(C:C)-SUM(3:3)", 1, 1, "SUM(D:D)-SUM(4:4)"],
    ["SUM($C:C)+XFE1", 0, 1, "SUM($C:D)+XFE1"],
    ["A1+B2", -1, 0, "#REF!+B1"],
    ["_xlfn.STDEV.S(B2:B9)", 1, 0, "_xlfn.STDEV.S(B3:B10)"],
  ])("moves %s by %i rows and %i columns to %s", (formula, rows, cols, moved) => {
    expect(shiftFormula(formula, rows, cols)).toBe(moved);
  });

  const ref = fc
    .record({
      colFixed: fc.boolean(),
      col: fc.integer({ min: 0, max: 700 }),
      rowFixed: fc.boolean(),
      row: fc.integer({ min: 0, max: 5000 }),
    })
    .map(({ colFixed, col, rowFixed, row }) => {
      let letters = "";
      for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return `${colFixed ? "$" : ""}${letters}${rowFixed ? "$" : ""}${row + 1}`;
    });
  const formula = fc
    .array(
      fc.oneof(
        ref,
        fc.tuple(ref, ref).map(([a, b]) => `SUM(${a}:${b})`),
        fc.constantFrom("100", "0,5", "TRUE"),
        ref.map((r) => `Data!${r}`)
      ),
      { minLength: 1, maxLength: 6 }
    )
    .map((parts) => parts.join("+"));
  const offset = fc.integer({ min: 0, max: 300 });

  it("moves as exceljs's slideFormula does on plain references, ranges and sheet names", () => {
    fc.assert(
      fc.property(formula, offset, offset, (f, rows, cols) => {
        expect(shiftFormula(f, rows, cols)).toBe(
          slideFormula(f, "ZZ1000", shiftedAddress(rows, cols))
        );
      })
    );
  });

  it("comes back to the master's formula when moved back", () => {
    fc.assert(
      fc.property(formula, offset, offset, (f, rows, cols) => {
        const moved = shiftFormula(f, rows, cols);
        fc.pre(!moved.includes("#REF!"));
        expect(shiftFormula(moved, -rows, -cols)).toBe(f);
      })
    );
  });
});

/** The address `rows` rows and `cols` columns from ZZ1000, where slideFormula is asked to move. */
function shiftedAddress(rows: number, cols: number): string {
  let letters = "";
  for (let n = 702 + cols; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${1000 + rows}`;
}

describe("a shared formula read from a sheet part", () => {
  it("gives each dependent its own formula, filled down and across", () => {
    const c = (r: string, inner: string) => `<c r="${r}">${inner}</c>`;
    const file = fixtureXlsx(
      [
        {
          name: "Anggaran",
          file: "sheet1.xml",
          body:
            "<sheetData>" +
            `<row r="3">${c("B3", "<v>10</v>")}${c("C3", "<v>4</v>")}${c("D3", '<f t="shared" ref="D3:E5" si="0">B3-C3</f><v>6</v>')}${c("E3", '<f t="shared" si="0"/><v>-4</v>')}</row>` +
            `<row r="4">${c("D4", '<f t="shared" si="0"/><v>0</v>')}</row>` +
            `<row r="5">${c("E5", '<f t="shared" si="0"/><v>0</v>')}</row>` +
            "</sheetData>",
        },
      ],
      {}
    );
    const rows = readWorkbook(file).sheets[0].rows;
    expect(rows[2]?.[3]?.formula).toBe("B3-C3");
    expect(rows[2]?.[4]?.formula).toBe("C3-D3");
    expect(rows[3]?.[3]?.formula).toBe("B4-C4");
    expect(rows[4]?.[4]?.formula).toBe("C5-D5");
  });
});
