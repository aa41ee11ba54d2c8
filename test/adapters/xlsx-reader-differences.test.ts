/**
 * Where the package's own .xlsx reader departs from the exceljs reader it
 * replaced, on purpose: each case shows what exceljs gave and what is read now.
 */
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { readWorkbookWithExcelJS } from "../support/exceljs-reader";
import { FIXTURE_STYLES, fixtureXlsx } from "../support/xlsx-fixtures";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function oneSheet(body: string, options: Parameters<typeof fixtureXlsx>[1] = {}): Buffer {
  return fixtureXlsx([{ name: "L", file: "sheet1.xml", body }], options);
}

const rows = (xml: string) => `<sheetData>${xml}</sheetData>`;

describe("departures from the exceljs reader", () => {
  it('reads an ISO date cell (t="d") as its date, where exceljs kept only the year', async () => {
    const file = oneSheet(rows('<row r="1"><c r="A1" t="d"><v>2023-03-31T00:00:00</v></c></row>'));
    expect((await readWorkbookWithExcelJS(file)).sheets[0].rows[0]?.[0]?.value).toBe(2023);
    expect(readWorkbook(file).sheets[0].rows[0]?.[0]?.value).toBe("2023-03-31");
  });

  it("keeps a number with a hyperlink a number, where exceljs turned it into text", async () => {
    const file = oneSheet(
      rows('<row r="1"><c r="A1"><v>123</v></c></row>') +
        '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
      {
        extra: [
          {
            name: "xl/worksheets/_rels/sheet1.xml.rels",
            data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>`,
          },
        ],
      }
    );
    expect((await readWorkbookWithExcelJS(file)).sheets[0].rows[0]?.[0]?.value).toBe("123");
    expect(readWorkbook(file).sheets[0].rows[0]?.[0]?.value).toBe(123);
  });

  it("keeps a formula's text or error result under a date format, where exceljs gave empty text", async () => {
    const file = oneSheet(
      rows(
        '<row r="1"><c r="A1" s="1" t="str"><f>IF(B1="";"-";B1)</f><v>-</v></c>' +
          '<c r="B1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
      ),
      { styles: FIXTURE_STYLES }
    );
    const old = (await readWorkbookWithExcelJS(file)).sheets[0].rows[0];
    expect([old?.[0]?.value, old?.[1]?.value, old?.[1]?.error]).toEqual(["", "", undefined]);
    const now = readWorkbook(file).sheets[0].rows[0];
    expect(now?.[0]).toMatchObject({ value: "-", formula: 'IF(B1="";"-";B1)' });
    expect(now?.[1]).toMatchObject({ value: null, error: "#DIV/0!" });
  });

  it('reads <b val="0"/> as not bold and date1904="true" as the 1904 system', async () => {
    const styles = FIXTURE_STYLES.replace("<font><b/>", '<font><b val="0"/>');
    const file = oneSheet(
      rows('<row r="1"><c r="A1" s="2"><v>1</v></c><c r="B1" s="1"><v>0</v></c></row>'),
      { styles, workbookPr: '<workbookPr date1904="true"/>' }
    );
    const old = (await readWorkbookWithExcelJS(file)).sheets[0].rows[0];
    expect([old?.[0]?.bold, old?.[1]?.value]).toEqual([true, "1899-12-30"]);
    const now = readWorkbook(file).sheets[0].rows[0];
    expect([now?.[0]?.bold, now?.[1]?.value]).toEqual([undefined, "1904-01-01"]);
  });

  it("finds a sheet through the relationships whatever its part is called, where exceljs saw no sheet", async () => {
    const file = fixtureXlsx([
      { name: "Data", file: "data.xml", body: rows('<row r="1"><c r="A1"><v>1</v></c></row>') },
    ]);
    expect((await readWorkbookWithExcelJS(file)).sheets).toEqual([]);
    expect(readWorkbook(file).sheets.map((s) => [s.name, s.rows[0]?.[0]?.value])).toEqual([
      ["Data", 1],
    ]);
  });

  it("reads overlapping merges, which exceljs refused", async () => {
    const file = oneSheet(
      rows('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>') +
        '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'
    );
    await expect(readWorkbookWithExcelJS(file)).rejects.toThrow();
    const now = readWorkbook(file).sheets[0];
    expect(now.rows.map((r) => r?.map((c) => c?.value))).toEqual([[1], [], []]);
  });

  it("reads rows and cells without an address in sequence, CDATA as text, and leaves out inline phonetic guides", async () => {
    const file = oneSheet(
      rows(
        '<row><c t="inlineStr"><is><t><![CDATA[a < b]]></t></is></c><c><v>2</v></c></row>' +
          '<row><c t="inlineStr"><is><t>Kanji</t><rPh sb="0" eb="1"><t>kana</t></rPh></is></c></row>'
      )
    );
    const now = readWorkbook(file).sheets[0];
    expect(now.rows.map((r) => r?.map((c) => c?.value))).toEqual([["a < b", 2], ["Kanji"]]);
  });

  it("refuses a shared-string cell with no shared strings and a number that is no number, where exceljs read a wrong number", async () => {
    const index = oneSheet(rows('<row r="1"><c r="A1" t="s"><v>3</v></c></row>'));
    expect((await readWorkbookWithExcelJS(index)).sheets[0].rows[0]?.[0]?.value).toBe(3);
    expect(() => readWorkbook(index)).toThrow(/teks bersama nomor 3 tidak ada, sel A1/);
    const garbled = oneSheet(rows('<row r="1"><c r="A1"><v>12abc</v></c></row>'));
    expect((await readWorkbookWithExcelJS(garbled)).sheets[0].rows[0]?.[0]?.value).toBe(12);
    expect(() => readWorkbook(garbled)).toThrow(/angka "12abc" tidak sah di sel A1/);
  });
});
