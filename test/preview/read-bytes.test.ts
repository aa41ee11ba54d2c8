/**
 * The preview reads the sample with the same reader as the CLI, unzipping with
 * DecompressionStream (Node has it too): the same snapshot as the Node reader.
 */
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { readWorkbookInBrowser } from "../../src/preview/read-bytes";
import { repeatedSample } from "../../src/sample";

describe("the preview's workbook reader", () => {
  it("reads the sample as the Node reader does", async () => {
    const bytes = await writeWorkbook(repeatedSample(2));
    const read = await readWorkbookInBrowser(bytes);
    expect(read).toEqual(readWorkbook(bytes));
    expect(read.sheets.length).toBeGreaterThan(3);
  });
});
