/**
 * What `lkjip periksa` says besides its findings: which rules ran when not all
 * did (as `npm start` filters them on the sample), and, on a workbook `lkjip isi`
 * filled, which generated sheets it checked and what it found on each.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { readWorkbookFile, writeWorkbookFile } from "../../src/adapters/xlsx/files";
import { RULES } from "../../src/engine/rules";
import { capture } from "../support/capture";
import { edited } from "../support/workbooks";

const dir = mkdtempSync(join(tmpdir(), "lkjip-periksa-"));
const sample = join(dir, "contoh.xlsx");
const filled = join(dir, "terisi.xlsx");
let filledSheets: string[] = [];

beforeAll(async () => {
  expect(await main(["contoh", "-o", sample], capture())).toBe(0);
  const io = capture();
  await main(["isi", sample, "-o", filled], io);
  filledSheets = [...io.stdout.matchAll(/^ {2}Tabel (3\.\d+) → lembar "([^"]+)"$/gm)].map(
    (m) => `Tabel ${m[1]} → lembar "${m[2]}"`
  );
  expect(filledSheets.length).toBeGreaterThan(10);
}, 60000);

describe("the rules that ran", () => {
  it("are named with their count when --aturan picks some", async () => {
    const io = capture();
    await main(["periksa", sample, "--aturan", "TARGET_BEDA,IKM_SALAH,pk_"], io);
    const pk = RULES.filter((r) => r.id.startsWith("PK_")).map((r) => r.id);
    const ran = RULES.map((r) => r.id).filter(
      (id) => pk.includes(id) || /^(TARGET_BEDA|IKM_SALAH)$/.test(id)
    );
    expect(io.stdout).toContain(
      `  Aturan yang dijalankan: ${ran.length} dari ${RULES.length} (${ran.join(", ")})`
    );
  });

  it("are not listed when all of them ran", async () => {
    const io = capture();
    await main(["periksa", sample], io);
    expect(io.stdout).not.toMatch(/Aturan yang dijalankan/);
  });
});

describe("lkjip periksa on what lkjip isi wrote", () => {
  it("names every generated sheet it checked, each with no finding", async () => {
    const io = capture();
    await main(["periksa", filled], io);
    expect(io.stdout).toContain(
      `Lembar buatan lkjip isi yang diperiksa (${filledSheets.length}, menurut lembar LKJIP_Isi):`
    );
    for (const sheet of filledSheets)
      expect(io.stdout).toContain(`  ${sheet}: diperiksa (1 tabel), tanpa temuan`);
  });

  it("counts the findings on a generated sheet a person edited", async () => {
    const touched = join(dir, "diubah.xlsx");
    await writeWorkbookFile(
      edited(await readWorkbookFile(filled), [["Tabel 3.4 (isi)", "G5", 142.86]]),
      touched
    );
    const io = capture();
    await main(["periksa", touched], io);
    expect(io.stdout).toMatch(
      /^ {2}Tabel 3\.4 → lembar "Tabel 3\.4 \(isi\)": diperiksa \(1 tabel\), [1-9]\d* temuan$/m
    );
  });

  it("says nothing of generated sheets in a workbook isi never filled", async () => {
    const io = capture();
    await main(["periksa", sample], io);
    expect(io.stdout).not.toMatch(/Lembar buatan lkjip isi/);
  });
});
