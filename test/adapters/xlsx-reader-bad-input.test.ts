/**
 * Property tests of the reader on bad XML inside a valid ZIP: a truncated or
 * garbled part is an UnreadableFileError with an Indonesian reason, never a crash;
 * a `<v>` is read as exactly the number it writes, or refused.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbookFile, UnreadableFileError } from "../../src/adapters/xlsx/files";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { DEFAULT_LIMITS } from "../../src/adapters/xlsx/zip-guard";
import { FIXTURE_STYLES, fixtureXlsx } from "../support/xlsx-fixtures";

const dir = mkdtempSync(join(tmpdir(), "lkjip-bad-xml-"));
const INDONESIAN = /^isi \.xlsx rusak \(.+\)$/;

const SHEET =
  '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>1500000</v></c>' +
  '<c r="C1" s="1"><f>B1*2</f><v>45016</v></c></row><row r="2"><c r="A2" t="inlineStr">' +
  '<is><r><t>Capa</t></r><r><t>ian &amp; target</t></r></is></c><c r="B2" t="e"><v>#REF!</v></c>' +
  '<c r="C2" t="b"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="D1:E2"/></mergeCells>';
const STRINGS = "<si><t>Indikator</t></si>";

function workbookWith(sheetXml: string, stringsXml = `<sst>${STRINGS}</sst>`): Buffer {
  return fixtureXlsx([{ name: "L", file: "sheet1.xml", body: "", part: sheetXml }], {
    styles: FIXTURE_STYLES,
    extra: [{ name: "xl/sharedStrings.xml", data: stringsXml }],
  });
}

/** The whole sheet part, as a generator writes it. */
const WHOLE = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${SHEET}</worksheet>`;

let files = 0;
async function readAsFile(bytes: Buffer): Promise<unknown> {
  const file = join(dir, `f${files++}.xlsx`);
  writeFileSync(file, bytes);
  try {
    return await readWorkbookFile(file);
  } catch (error) {
    return error;
  }
}

describe("the reader on bad XML inside a valid ZIP", () => {
  it("reads the intact fixture", async () => {
    const wb = readWorkbook(workbookWith(WHOLE));
    expect(wb.sheets[0].rows[0]?.map((c) => c?.value)).toEqual([
      "Indikator",
      1500000,
      "2023-03-31",
    ]);
  });

  it("refuses a sheet over the row limit, with or without a namespace prefix", () => {
    const sheetRows = 3;
    for (const prefix of [undefined, "x"]) {
      const bytes = fixtureXlsx(
        [{ name: "L", file: "sheet1.xml", body: `<sheetData>${"<row/>".repeat(4)}</sheetData>` }],
        { prefix }
      );
      expect(() => readWorkbook(bytes, { ...DEFAULT_LIMITS, sheetRows })).toThrow(
        "lembar xl/worksheets/sheet1.xml berisi lebih dari 3 baris"
      );
      expect(readWorkbook(bytes, { ...DEFAULT_LIMITS, sheetRows: 4 }).sheets).toHaveLength(1);
    }
  });

  it("refuses every truncation of a sheet with an Indonesian reason", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: WHOLE.length - 1 }), async (cut) => {
        const result = await readAsFile(workbookWith(WHOLE.slice(0, cut)));
        expect(result).toBeInstanceOf(UnreadableFileError);
        expect((result as UnreadableFileError).reason).toMatch(INDONESIAN);
      }),
      { numRuns: 150 }
    );
  });

  it("answers a garbled sheet or shared-strings part with a snapshot or an Indonesian reason, never a crash", async () => {
    const garble = fc.tuple(
      fc.nat(),
      fc.constantFrom("<", ">", "&", '"', "'", "/", "=", " ", "x", "1", ".", "-", "E", ";", "#")
    );
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(garble, { minLength: 1, maxLength: 3 }),
        async (inStrings, edits) => {
          let text = inStrings ? `<sst>${STRINGS}</sst>` : WHOLE;
          for (const [at, ch] of edits) {
            const i = at % text.length;
            text = text.slice(0, i) + ch + text.slice(i + 1);
          }
          const result = await readAsFile(
            inStrings ? workbookWith(WHOLE, text) : workbookWith(text)
          );
          if (result instanceof Error) {
            expect(result).toBeInstanceOf(UnreadableFileError);
            expect((result as UnreadableFileError).reason).toMatch(INDONESIAN);
          } else expect(result).toHaveProperty("sheets");
        }
      ),
      { numRuns: 200 }
    );
  });

  it("refuses random text as a part with an Indonesian reason", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (text) => {
        const result = await readAsFile(workbookWith(text));
        if (result instanceof Error) {
          expect(result).toBeInstanceOf(UnreadableFileError);
          expect((result as UnreadableFileError).reason).toMatch(INDONESIAN);
        }
      }),
      { numRuns: 100 }
    );
  });

  it("reads a <v> as exactly the number it writes, or refuses it: never a silent wrong number", async () => {
    const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const written = fc.oneof(
      fc.double().map(String),
      fc.integer().map(String),
      fc.constantFrom("1.5E+3", "-.5", "12abc", "1,5", "0x10", "1e", "--1", " 7 ", "١٢"),
      fc.string({ maxLength: 8 })
    );
    await fc.assert(
      fc.asyncProperty(written, async (v) => {
        const xml = WHOLE.replace("<v>1500000</v>", () => `<v>${escape(v)}</v>`);
        let value: unknown;
        try {
          value = readWorkbook(workbookWith(xml)).sheets[0].rows[0]?.[1]?.value;
        } catch (error) {
          expect((error as Error).message).toMatch(/tidak sah di sel B1/);
          return;
        }
        if (v.trim() === "") expect(value).toBeUndefined();
        else expect(value).toBe(Number(v.trim()));
      }),
      { numRuns: 300 }
    );
  });
});
