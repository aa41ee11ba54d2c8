/**
 * The guard hands the reader one part at a time: each part inflated when it is
 * taken, once, and the entries never taken inflated last, so a bomb or a broken
 * entry anywhere in the package is refused as before with the same reason.
 */
import { deflateRawSync } from "zlib";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { guardZip, ZipLimits, ZipRefused } from "../../src/adapters/xlsx/zip-guard";
import { xlsxParts, zip, ZipFile } from "../support/zip-writer";

const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>';
const LIMITS: ZipLimits = { totalBytes: 64 * 1024, entryBytes: 32 * 1024, sheetRows: 10 };

/** An entry of 40 KiB of zeros whose header says it holds 100 bytes. */
function lyingBomb(name: string): ZipFile {
  const zeros = Buffer.alloc(40 * 1024);
  return { name, deflated: deflateRawSync(zeros), size: 100, crc: 0 };
}

function refusal(data: Buffer): string {
  try {
    readWorkbook(data, LIMITS);
  } catch (error) {
    expect(error).toBeInstanceOf(ZipRefused);
    return (error as Error).message;
  }
  throw new Error("not refused");
}

describe("the lazy ZIP guard", () => {
  it("reads a package whose parts are inflated only when taken", () => {
    const read = readWorkbook(zip(xlsxParts(SHEET)), LIMITS);
    expect(read.sheets[0].rows[0]?.[0]?.value).toBe(7);
  });

  it("hands each part over once, and only XML parts", () => {
    const guarded = guardZip(zip([...xlsxParts(SHEET), { name: "xl/media/a.png", data: "png" }]));
    expect(guarded.take("xl/workbook.xml")?.toString()).toContain("<workbook");
    expect(guarded.take("xl/workbook.xml")).toBeUndefined();
    expect(guarded.take("xl/media/a.png")).toBeUndefined();
    expect(guarded.take("xl/absent.xml")).toBeUndefined();
    expect(() => guarded.checkRest()).not.toThrow();
  });

  it("refuses a bomb in the last sheet after the others were read", () => {
    const parts = xlsxParts(SHEET);
    parts[2] = {
      name: "xl/workbook.xml",
      data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets></workbook>',
    };
    parts[3] = {
      name: "xl/_rels/workbook.xml.rels",
      data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    };
    expect(refusal(zip([...parts, lyingBomb("xl/worksheets/sheet2.xml")]))).toBe(
      "bagian xl/worksheets/sheet2.xml mengembang melebihi 0.03125 MB (bom ZIP)"
    );
  });

  it("refuses a bomb in a part the reader never takes, last in the package", () => {
    expect(refusal(zip([...xlsxParts(SHEET), lyingBomb("docProps/app.xml")]))).toBe(
      "bagian docProps/app.xml mengembang melebihi 0.03125 MB (bom ZIP)"
    );
    expect(refusal(zip([...xlsxParts(SHEET), lyingBomb("xl/media/image1.png")]))).toMatch(
      /bagian xl\/media\/image1\.png mengembang .* \(bom ZIP\)/
    );
  });

  it("refuses by the declared sizes before inflating anything", () => {
    const big = "x".repeat(20 * 1024);
    const parts = [
      ...xlsxParts(SHEET),
      ...[1, 2, 3, 4].map((i) => ({ name: `p${i}.bin`, data: big })),
    ];
    expect(refusal(zip(parts))).toBe("isi .xlsx melebihi 0.0625 MB setelah dibuka");
    expect(
      refusal(zip([...xlsxParts(SHEET), { name: "p.bin", data: "x".repeat(40 * 1024) }]))
    ).toMatch(/bagian p\.bin terlalu besar/);
  });

  it("counts what the entries really inflate to against the total", () => {
    const parts = [...xlsxParts(SHEET)];
    for (let i = 1; i <= 3; i++)
      parts.push({ ...lyingBomb(`p${i}.bin`), deflated: deflateRawSync(Buffer.alloc(30 * 1024)) });
    expect(refusal(zip(parts))).toBe("isi .xlsx melebihi 0.0625 MB setelah dibuka");
  });
});
