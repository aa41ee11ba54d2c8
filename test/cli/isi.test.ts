/**
 * `lkjip isi`: a new file written atomically, the input never touched, edits kept
 * and named, and no partial output from a file that cannot be read.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture";
import { readWorkbookFile, writeWorkbookFile } from "../../src/adapters/xlsx/files";
import { edited } from "../support/workbooks";

const dir = mkdtempSync(join(tmpdir(), "lkjip-isi-"));
const input = join(dir, "contoh.xlsx");
const out = join(dir, "hasil.xlsx");

beforeAll(async () => {
  expect(await main(["contoh", "-o", input], capture())).toBe(0);
}, 60000);

describe("lkjip isi", () => {
  it("writes the tables to a new file and never touches the input", async () => {
    const before = readFileSync(input);
    const io = capture();
    expect(await main(["isi", input, "-o", out], io)).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(io.stdout).toMatch(/Tabel 3\.4 → lembar "Tabel 3\.4 \(isi\)"/);
    expect(io.stdout).toMatch(/Tabel 3\.6 → lembar "Tabel 3\.6"/);
    expect(io.stdout).toMatch(/\n15 tabel diisi\.\n$/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60000);

  it("exits 1 when a source is missing, naming the table it could not fill", async () => {
    const partial = join(dir, "tanpa-lhkasn.xlsx");
    const sample = await readWorkbookFile(input);
    await writeWorkbookFile({ sheets: sample.sheets.filter((s) => s.name !== "LHKASN") }, partial);
    const io = capture();
    expect(await main(["isi", partial, "-o", join(dir, "sebagian.xlsx")], io)).toBe(1);
    expect(io.stdout).toMatch(/Tabel 3\.6 tidak diisi: lembar sumber "LHKASN" tidak ada/);
    expect(io.stdout).toMatch(/\n14 dari 15 tabel diisi; tidak diisi: Tabel 3\.6\.\n$/);
  }, 60000);

  it("checks clean on the generated tables", async () => {
    const io = capture();
    await main(["periksa", out, "--format", "json"], io);
    const findings = JSON.parse(io.stdout).files[0].findings as { sheet: string }[];
    expect(findings.filter((f) => /\(isi\)$|^Tabel 3\.(2|3|9|11|12)$/.test(f.sheet))).toEqual([]);
  }, 60000);

  it("keeps and names a generated cell a person edited, and replaces it with --timpa", async () => {
    const touched = join(dir, "diubah.xlsx");
    await writeWorkbookFile(
      edited(await readWorkbookFile(out), [["Tabel 3.4 (isi)", "G5", 142.86]]),
      touched
    );
    const io = capture();
    expect(await main(["isi", touched, "-o", join(dir, "lagi.xlsx")], io)).toBe(1);
    expect(io.stdout).toMatch(
      /Tabel 3\.4 TIDAK ditimpa: lembar "Tabel 3\.4 \(isi\)" sudah diubah di sel G5/
    );
    const forced = capture();
    expect(await main(["isi", touched, "-o", join(dir, "timpa.xlsx"), "--timpa"], forced)).toBe(0);
    expect(forced.stdout).not.toMatch(/TIDAK ditimpa/);
  }, 60000);

  it("refuses to write over its input", async () => {
    const io = capture();
    expect(await main(["isi", input, "-o", input], io)).toBe(2);
    expect(io.stderr).toMatch(/tidak akan ditimpa/);
  });

  it("leaves no output at all when the input cannot be read", async () => {
    const bad = join(dir, "rusak.xlsx");
    writeFileSync(bad, "bukan workbook");
    const target = join(dir, "tidak-ada.xlsx");
    const io = capture();
    expect(await main(["isi", bad, "-o", target], io)).toBe(2);
    expect(io.stderr).toMatch(/rusak\.xlsx tidak dapat dibaca: bukan berkas \.xlsx/);
    expect(existsSync(target)).toBe(false);
  });
});
