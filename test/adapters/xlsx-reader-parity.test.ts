/**
 * The package's own .xlsx reader against the exceljs reader it replaced: the
 * same snapshot and the same findings on the sample, every corpus workbook, a
 * file saved by LibreOffice Calc, files saved by exceljs, and hand-built parts
 * for each feature of the format the reader handles. Where the new reader departs
 * from exceljs on purpose, the departure is tested on its own.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { checkWorkbook } from "../../src/engine/check/run";
import { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { repeatedSample } from "../../src/sample";
import { readCorpus } from "../support/corpus";
import { readWorkbookWithExcelJS } from "../support/exceljs-reader";
import { recalculate } from "../support/libreoffice";
import { FIXTURE_STYLES, fixtureXlsx, FixtureSheet } from "../support/xlsx-fixtures";

/** Reads with both readers and asserts the same snapshot and the same findings. */
async function expectParity(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const mine = readWorkbook(bytes);
  const old = await readWorkbookWithExcelJS(bytes);
  expect(mine).toEqual(old);
  expect(checkWorkbook(mine).findings).toEqual(checkWorkbook(old).findings);
  return mine;
}

function sheetData(rows: string): string {
  return `<sheetData>${rows}</sheetData>`;
}

describe("parity with the exceljs reader", () => {
  it("on the sample workbook", async () => {
    const wb = await expectParity(await writeWorkbook(repeatedSample(1)));
    expect(wb.sheets.length).toBeGreaterThan(3);
  });

  it.each(readCorpus().map((c) => [c.file, c] as const))("on corpus %s", async (_f, entry) => {
    await expectParity(await writeWorkbook(entry.workbook));
  });

  it("on the sample saved by LibreOffice Calc", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lkjip-parity-"));
    const file = join(dir, "contoh.xlsx");
    writeFileSync(file, await writeWorkbook(repeatedSample(1)));
    const wb = await expectParity(readFileSync(recalculate(file)));
    expect(wb.sheets.some((s) => s.rows.some((r) => r?.some((c) => c?.formula)))).toBe(true);
  }, 180000);

  it("on a file saved by exceljs with dates, rich text, errors, booleans and shared formulas", async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet("Data");
      wb.addWorksheet("Tersembunyi", { state: "hidden" }).getCell("A1").value = 1;
      ws.getCell("A1").value = new Date(Date.UTC(2023, 2, 31));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
      ws.getCell("A2").value = {
        richText: [{ text: "Rea" }, { font: { bold: true }, text: "lisasi" }],
      };
      ws.getCell("A3").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("A4").value = true;
      ws.getCell("A5").value = false;
      ws.getCell("B1").value = 5;
      ws.getCell("B2").value = 7;
      ws.getCell("C1").value = { formula: "B1*2", result: 10 } as ExcelJS.CellFormulaValue;
      ws.getCell("C2").value = { sharedFormula: "C1", result: 0 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("D1").value = {
        formula: "B1/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell("E1").value = "Judul";
      ws.getCell("E1").font = { bold: true };
      ws.getCell("E2").value = 12.5;
      ws.getCell("E2").alignment = { indent: 3 };
      ws.getCell("E2").numFmt = "#,##0.00";
      ws.getCell("F9").numFmt = "0%";
      ws.mergeCells("A7:C8");
      ws.getCell("A7").value = "Gabungan";
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const read = await expectParity(bytes);
      expect(read.sheets[0].rows[0]?.[0]?.value).toBe("2023-03-31");
      expect(read.sheets[0].rows[1]?.[2]).toMatchObject({ formula: "B2*2", value: 0 });
    }
  });

  const cell = (r: string, inner: string, attrs = "") => `<c r="${r}"${attrs}>${inner}</c>`;
  const fixtures: [string, FixtureSheet[], Parameters<typeof fixtureXlsx>[1]][] = [
    [
      "shared formulas with a falsy cached result",
      [
        {
          name: "Rumus",
          file: "sheet1.xml",
          body: sheetData(
            `<row r="1">${cell("A1", "<v>1</v>")}${cell("B1", "<v>2</v>")}${cell("C1", '<f t="shared" ref="C1:C3" si="0">A1+B1</f><v>3</v>')}</row>` +
              `<row r="2">${cell("A2", "<v>0</v>")}${cell("B2", "<v>0</v>")}${cell("C2", '<f t="shared" si="0"/><v>0</v>')}</row>` +
              `<row r="3">${cell("C3", '<f t="shared" si="0"/><v>5.5</v>')}${cell("D3", "<f>SUM(C1:C3)</f>")}</row>`
          ),
        },
      ],
      {},
    ],
    [
      "inline strings, rich text and escapes",
      [
        {
          name: "Teks",
          file: "sheet1.xml",
          body: sheetData(
            `<row r="1">${cell("A1", "<is><t>Dinas &amp; Badan</t></is>", ' t="inlineStr"')}${cell("B1", '<is><r><t>Capa</t></r><r><rPr><b/></rPr><t xml:space="preserve">ian_x000D_ </t></r></is>', ' t="inlineStr"')}${cell("C1", "<v>0</v>", ' t="s"')}${cell("D1", "<v>1</v>", ' t="s"')}${cell("E1", "<v>2</v>", ' t="s"')}${cell("F1", "<f>A1</f><v>a &amp;amp;lt; b</v>", ' t="str"')}</row>`
          ),
        },
      ],
      {
        sharedStrings:
          '<si><t>Baris_x000A_dua</t></si><si><r><t>Kin</t></r><r><rPr><i/></rPr><t>erja</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t></t></si>',
      },
    ],
    [
      "dates, number formats, bold and indent",
      [
        {
          name: "Gaya",
          file: "sheet1.xml",
          body: sheetData(
            `<row r="1">${cell("A1", "<v>45016</v>", ' s="1"')}${cell("B1", "<v>45016.75</v>", ' s="5"')}${cell("C1", "<f>A1+1</f><v>45017</v>", ' s="1"')}${cell("D1", "<v>1500000</v>", ' s="4"')}</row>` +
              `<row r="2">${cell("A2", "<v>1234.5</v>", ' s="2"')}${cell("B2", "<v>Sub</v>", ' t="str" s="3"')}${cell("C2", "", ' s="2"')}${cell("D2", "<v>7</v>", ' s="0"')}</row>` +
              `<row r="4" s="2" customFormat="1">${cell("A4", "", ' s="3"')}</row>`
          ),
        },
      ],
      { styles: FIXTURE_STYLES },
    ],
    [
      "1904 dates",
      [
        {
          name: "Mac",
          file: "sheet1.xml",
          body: sheetData(
            `<row r="1">${cell("A1", "<v>43554</v>", ' s="1"')}${cell("B1", "<v>43554</v>")}</row>`
          ),
        },
      ],
      { styles: FIXTURE_STYLES, workbookPr: '<workbookPr date1904="1"/>' },
    ],
    [
      "errors and booleans",
      [
        {
          name: "Galat",
          file: "sheet1.xml",
          body: sheetData(
            `<row r="2">${cell("A2", "<v>#REF!</v>", ' t="e"')}${cell("B2", "<f>1/0</f><v>#DIV/0!</v>", ' t="e"')}${cell("C2", "<v>1</v>", ' t="b"')}${cell("D2", "<f>1&gt;2</f><v>0</v>", ' t="b"')}${cell("E2", "<v>-1.5E-3</v>")}</row>`
          ),
        },
      ],
      {},
    ],
    [
      "merged cells, style-only cells and rows that hold nothing",
      [
        {
          name: "Gabung",
          file: "sheet1.xml",
          body:
            sheetData(
              `<row r="1">${cell("A1", "<v>1</v>")}${cell("B1", "<v>2</v>")}${cell("C1", "<v>3</v>")}</row>` +
                `<row r="2">${cell("A2", "<v>4</v>")}${cell("B2", "", ' s="1"')}<c r="C2"/></row>` +
                `<row r="3" ht="20" customHeight="1"/>`
            ) +
            '<mergeCells count="3"><mergeCell ref="B1:C2"/><mergeCell ref="A6:A9"/><mergeCell ref="E1"/></mergeCells>',
        },
      ],
      { styles: FIXTURE_STYLES },
    ],
    [
      "hidden sheets and a sheet order that differs from the file names",
      [
        {
          name: "Kedua dulu",
          file: "sheet2.xml",
          body: sheetData(`<row r="1">${cell("A1", "<v>2</v>")}</row>`),
        },
        { name: "Tersembunyi", file: "sheet3.xml", body: sheetData(""), state: "hidden" },
        {
          name: "Pertama",
          file: "sheet1.xml",
          body: sheetData(`<row r="1">${cell("A1", "<v>1</v>")}</row>`),
        },
        { name: "Sangat", file: "sheet4.xml", body: "<sheetData/>", state: "veryHidden" },
      ],
      {},
    ],
  ];

  it.each(fixtures)("on hand-built parts: %s", async (_name, sheets, options) => {
    const read = await expectParity(fixtureXlsx(sheets, options));
    expect(read.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  });

  it("reads prefixed SpreadsheetML (`<x:row>`) as exceljs reads the same file unprefixed", async () => {
    for (const [, sheets, options] of fixtures) {
      const plain = await readWorkbookWithExcelJS(fixtureXlsx(sheets, options));
      expect(readWorkbook(fixtureXlsx(sheets, { ...options, prefix: "x" }))).toEqual(plain);
    }
  });
});
