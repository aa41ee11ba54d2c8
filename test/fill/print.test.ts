/**
 * Every generated table printed by LibreOffice Calc (one conversion of the filled
 * sample to PDF): each fits one A4 page wide in its orientation, every page of it
 * shows the whole header (so no column was pushed onto a page of its own, and the
 * header repeats), its text is printed at a readable size, and the .xlsx carries
 * the widths, borders, header fill and page setup the engine laid out, read back
 * with exceljs; read back as the CLI reads it, no generated cell looks edited (a
 * merged block's value is only in its first cell).
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { fillWorkbook } from "../../src/engine/fill/generate";
import { editedCells, printsOf } from "../../src/engine/fill/registry";
import { HEADER_FILL } from "../../src/engine/workbook/table-layout";
import { SheetSnapshot } from "../../src/engine/workbook/snapshot";
import { buildSampleWorkbook } from "../../src/sample";
import { pageSizes, PrintedTables, printTables } from "../support/print-tables";

const filled = fillWorkbook(buildSampleWorkbook());
let printed: PrintedTables;
let sizes: { width: number; height: number }[];
let book: ExcelJS.Workbook;

beforeAll(async () => {
  printed = await printTables(filled);
  sizes = pageSizes(printed.pdf);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(printed.xlsx) as unknown as ArrayBuffer);
}, 240000);

const sheetOf = (name: string): SheetSnapshot =>
  filled.workbook.sheets.find((s) => s.name === name)!;

/** The words of a table's header cells. */
function headerWords(sheet: SheetSnapshot): string[] {
  const { first, last } = sheet.layout!.print.repeatRows!;
  return sheet.rows
    .slice(first, last + 1)
    .flatMap((r) => (r ?? []).map((c) => (typeof c?.value === "string" ? c.value : "")))
    .flatMap((t) => t.split(/\s+/).filter(Boolean));
}

/** The median height in points of the words printed on a page (11-point text at full size: about 13–14). */
function wordHeight(page: number): number {
  const html = execFileSync(
    "pdftotext",
    ["-bbox", "-f", String(page), "-l", String(page), printed.pdf, "-"],
    { encoding: "utf8" }
  );
  const heights = [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
    .map((m) => Number(m[2]) - Number(m[1]))
    .sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)];
}

describe("the generated tables printed by LibreOffice", () => {
  it("prints every generated table, each starting on its own page", () => {
    expect(printed.tables.map((t) => t.id)).toEqual(filled.generated.map((g) => g.id));
    expect(filled.generated.length).toBeGreaterThanOrEqual(14);
    for (const t of printed.tables)
      expect({ id: t.id, first: t.pages[0] > 0 }).toEqual({ id: t.id, first: true });
    const all = printed.tables.flatMap((t) => t.pages);
    expect(all).toEqual(printed.texts.map((_, i) => i + 1));
  });

  it("fits each table one A4 page wide: every page shows the whole header, in the table's orientation", () => {
    for (const t of printed.tables) {
      const sheet = sheetOf(t.sheet);
      const words = headerWords(sheet);
      expect(words.length).toBeGreaterThan(2);
      for (const page of t.pages) {
        const onPage = new Set(printed.texts[page - 1].split(/\s+/));
        const missing = words.filter((w) => !onPage.has(w));
        expect({ table: t.id, page, missing }).toEqual({ table: t.id, page, missing: [] });
        const { width, height } = sizes[page - 1];
        const landscape = sheet.layout!.print.orientation === "landscape";
        expect({ table: t.id, page, landscape: width > height }).toEqual({
          table: t.id,
          page,
          landscape,
        });
        expect([Math.round(Math.min(width, height)), Math.round(Math.max(width, height))]).toEqual([
          595, 842,
        ]);
      }
    }
  });

  it("prints the text at a readable size (fitting the width shrinks it by less than a third)", () => {
    for (const t of printed.tables)
      expect({ table: t.id, small: wordHeight(t.pages[0]) < 9 }).toEqual({
        table: t.id,
        small: false,
      });
  });

  it("writes the laid-out widths, borders, header fill and page setup into the .xlsx", () => {
    for (const t of printed.tables) {
      const sheet = sheetOf(t.sheet);
      const layout = sheet.layout!;
      const ws = book.getWorksheet(t.sheet)!;
      const widths = layout.columnWidths.map(
        (_, c) => ws.getColumn(c + 1).width ?? ws.properties.defaultColWidth
      );
      expect({ table: t.id, widths }).toEqual({ table: t.id, widths: layout.columnWidths });
      const { first, last } = layout.print.repeatRows!;
      const sumber = sheet.rows.length;
      for (let r = first + 1; r < sumber; r++) {
        for (let c = 1; c <= layout.columnWidths.length; c++) {
          const cell = ws.getCell(r, c);
          expect({ table: t.id, at: cell.address, border: cell.border?.left?.style }).toEqual({
            table: t.id,
            at: cell.address,
            border: "thin",
          });
          const header = r <= last + 1;
          const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
          expect({ at: cell.address, fill }).toEqual({
            at: cell.address,
            fill: header ? `FF${HEADER_FILL}` : undefined,
          });
        }
      }
      expect(ws.getCell(sumber, 1).border?.left).toBeUndefined();
      expect(ws.pageSetup).toMatchObject({
        orientation: layout.print.orientation,
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${first + 1}:${last + 1}`,
      });
    }
  });

  it("reads the tables back as they were generated: merged blocks and styled empty cells are not edits", async () => {
    const back = await readWorkbook(readFileSync(printed.xlsx));
    for (const g of filled.generated) {
      const sheet = back.sheets.find((s) => s.name === g.sheet)!;
      const edited = editedCells(sheet, printsOf(g.id, sheetOf(g.sheet)));
      expect({ table: g.id, edited }).toEqual({ table: g.id, edited: [] });
    }
  });
});
