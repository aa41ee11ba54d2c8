/**
 * `lkjip isi` run again on its own output updates every table it generated: a
 * merged block (a two-row header, a title across the table, a sasaran over its
 * indicators) reads back with its value in its first cell only, as in Excel, so
 * it is not mistaken for a cell a person edited.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture";
import { readWorkbookFile } from "../../src/adapters/xlsx/files";

const dir = mkdtempSync(join(tmpdir(), "lkjip-isi-lagi-"));

describe("lkjip isi on its own output", () => {
  it("updates all fifteen tables, and reads no merged cell as edited", async () => {
    const input = join(dir, "contoh.xlsx");
    const first = join(dir, "hasil.xlsx");
    expect(await main(["contoh", "-o", input], capture())).toBe(0);
    expect(await main(["isi", input, "-o", first], capture())).toBe(0);
    const io = capture();
    expect(await main(["isi", first, "-o", join(dir, "lagi.xlsx")], io)).toBe(0);
    expect(io.stdout).not.toMatch(/TIDAK ditimpa/);
    expect(io.stdout).toMatch(/\n15 tabel diisi\.\n$/);
  }, 120000);

  it("reads a merged block's value in its first cell only", async () => {
    const filled = await readWorkbookFile(join(dir, "hasil.xlsx"));
    const sheet = filled.sheets.find((s) => s.name === "Tabel 3.8 (isi)")!;
    const tahun = sheet.merges.find((m) => m.top === 1 && m.left === 3)!;
    expect(tahun).toEqual({ top: 1, left: 3, bottom: 1, right: 5 });
    expect(sheet.rows[1]?.[3]?.value).toBe("Tahun 2022");
    expect(sheet.rows[1]?.[4]).toBeUndefined();
    expect(sheet.rows[1]?.[5]).toBeUndefined();
  });
});
