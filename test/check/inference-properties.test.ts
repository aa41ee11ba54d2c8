/**
 * Properties of reading any layout: numbers that bear no relation to each other
 * give no error (a coincidence on a few rows is not a relationship), a table
 * built to follow a relationship is silent until one cell is changed, and no
 * grid of cells, however odd, makes the checker throw.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/engine/check/run";
import { CellSnapshot, SheetSnapshot } from "../../src/engine/workbook/snapshot";

const HEADER = ["No", "Uraian", "Volume", "Frekuensi", "Nilai Satuan", "Hasil Akhir"];

function sheetOf(rows: (CellSnapshot | undefined)[][]): SheetSnapshot {
  return { name: "Data", rows, merges: [] };
}

function table(body: number[][], last?: (number | string)[]): SheetSnapshot {
  const rows: (CellSnapshot | undefined)[][] = [HEADER.map((value) => ({ value }))];
  body.forEach((r, i) =>
    rows.push([{ value: i + 1 }, { value: `Uraian ${i + 1}` }, ...r.map((value) => ({ value }))])
  );
  if (last) rows.push(last.map((value) => ({ value })));
  return sheetOf(rows);
}

const errors = (sheet: SheetSnapshot) =>
  checkWorkbook({ sheets: [sheet] }).findings.filter((f) => f.severity === "error");

const amount = fc.integer({ min: 101, max: 99_999 });
const decimal = fc.integer({ min: 1_001, max: 999_999 }).map((n) => n / 100);

describe("inference properties", () => {
  it("finds no error among unrelated numbers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, amount, decimal, decimal), { minLength: 3, maxLength: 14 }),
        (body) => {
          expect(errors(table(body.map((r) => [...r])))).toEqual([]);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("is silent on a column that is A / B × 100 on every row, and names the one row changed", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(amount, amount).filter(([a, b]) => a !== b),
          { minLength: 4, maxLength: 12 }
        ),
        fc.nat(),
        (pairs, pick) => {
          const body = pairs.map(([a, b]) => [a, b, a + b, Math.round((a / b) * 10_000) / 100]);
          expect(errors(table(body))).toEqual([]);
          const row = pick % body.length;
          body[row][3] = Math.round(body[row][3] * 1.5 * 100) / 100 + 1;
          expect(errors(table(body)).map((f) => f.cell)).toEqual([`F${row + 2}`]);
        }
      ),
      { numRuns: 100 }
    );
  });

  it("never throws on odd grids, and every finding names a cell", () => {
    const cell = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: -5, max: 3000 }).map((value) => ({ value })),
      fc
        .constantFrom(
          "Jumlah",
          "Rata-rata",
          "%",
          "Target",
          "Realisasi",
          "Capaian",
          "T",
          "R",
          "2022",
          "1",
          "U1",
          "NRR",
          "-",
          "IKM",
          "Σ"
        )
        .map((value) => ({ value }))
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), (rows) => {
        const result = checkWorkbook({ sheets: [sheetOf(rows)] });
        for (const f of result.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      }),
      { numRuns: 300 }
    );
  });
});
