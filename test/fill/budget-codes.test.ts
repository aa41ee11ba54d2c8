/**
 * Tabel 3.15 and 3.16 carry the budget source's codes in their Kode column, as
 * references to the source's code cells with the code as written (`1.01.02`,
 * never read as the number 1.0102).
 */
import { fillWorkbook } from "../../src/engine/fill/generate";
import { buildSampleWorkbook } from "../../src/sample";

const filled = fillWorkbook(buildSampleWorkbook());

describe.each([
  ["3.15", "Anggaran 2023"],
  ["3.16", "Anggaran 2022"],
])("Tabel %s's Kode column", (id, sourceName) => {
  const name = filled.generated.find((g) => g.id === id)!.sheet;
  const sheet = filled.workbook.sheets.find((s) => s.name === name)!;
  const source = filled.workbook.sheets.find((s) => s.name === sourceName)!;
  const body = sheet.rows.slice(2).filter((r) => r?.[2] && r[1]?.value !== "Jumlah");

  it("carries the source's code on every budget row, as a reference to it", () => {
    expect(body.length).toBeGreaterThan(30);
    for (const row of body) {
      const kode = row?.[0];
      expect(kode?.formula).toMatch(new RegExp(`^'${sourceName}'!A\\d+$`));
      const at = Number(/\d+$/.exec(kode!.formula!)![0]) - 1;
      expect(kode?.value).toBe(source.rows[at]?.[0]?.value);
      expect(source.rows[at]?.[1]?.value).toBe(row?.[1]?.value);
    }
    expect(body.map((r) => r?.[0]?.value).slice(0, 3)).toEqual(["1", "1.01", "1.01.01"]);
  });
});
