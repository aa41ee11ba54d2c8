/**
 * A corrected copy of the sample: every mistake the checker found is fixed by
 * hand, and the checker then reports no finding of severity error — through the
 * engine directly and through an .xlsx round trip.
 */
import { checkWorkbook } from "../../src/engine/check/run";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { buildSampleWorkbook } from "../../src/sample";
import { Edit, edited } from "../support/workbooks";

/** Capaian against the PK target (75), and with the declared polarity. */
const SASARAN_FIXES = (
  sheet: string,
  target: string,
  capaian: string,
  kriteria?: string
): Edit[] => [
  [sheet, `${target}4`, 75],
  [sheet, `${target}5`, 75],
  [sheet, `${capaian}4`, 106.67],
  [sheet, `${capaian}5`, 133.33],
  [sheet, `${capaian}24`, 123.64],
  [sheet, `${capaian}26`, 51.11],
  ...(kriteria
    ? ([
        [sheet, `${kriteria}24`, "Sangat Tinggi"],
        [sheet, `${kriteria}26`, "Rendah"],
      ] as Edit[])
    : []),
];

const FIXES: Edit[] = [
  ["Tabel 2.8", "C11", 38390000],
  ["Tabel 2.8", "D11", -91610000],
  ["Tabel 3.2 dan 3.3", "E12", "A"],
  ["Tabel 3.2 dan 3.3", "B13", "83,44 (Baik)"],
  // The IKM is the tujuan indicator's realisasi: 83,44 wherever it is written.
  ["Tabel 3.2 dan 3.3", "F4", 83.44],
  ["Tabel 3.2 dan 3.3", "G4", 111.25],
  ...SASARAN_FIXES("Tabel 3.4", "D", "F", "G"),
  ["Tabel 3.7", "F4", 75],
  ["Tabel 3.7", "G4", 83.44],
  ["Tabel 3.7", "H4", 111.25],
  ...SASARAN_FIXES("Perbandingan 2023", "D", "F", "G"),
  ["Perbandingan 2023", "E12", 100],
  ["Perbandingan 2023", "F12", 100],
  ["Tabel 3.8", "I5", 106.67],
  ["Tabel 3.8", "I6", 133.33],
  ["Tabel 3.8", "I25", 123.64],
  ["Tabel 3.8", "I27", 51.11],
  ...SASARAN_FIXES("Tabel 3.10", "D", "F").slice(2),
  ["Tabel 3.11 dan 3.12", "D5", 36803739678],
  ["Tabel 3.11 dan 3.12", "F7", "Efisien"],
  ["Tabel 3.15", "F10", null],
  ["Tabel 3.15", "F21", null],
  // Tabel 3.16: program rows carry the sums of their kegiatan; the total the sum of the programs.
  ["Tabel 3.16", "C3", 1637007441],
  ["Tabel 3.16", "D3", 19.37],
  ["Tabel 3.16", "E3", 6812284395],
  ["Tabel 3.16", "C29", 15311927253],
  ["Tabel 3.16", "D29", 99.07],
  ["Tabel 3.16", "E29", 143220073],
  ["Tabel 3.16", "C35", 313669800],
  ["Tabel 3.16", "D35", 72.4],
  ["Tabel 3.16", "E35", 119578636],
  ["Tabel 3.16", "C43", 3540000],
  ["Tabel 3.16", "D43", 18.98],
  ["Tabel 3.16", "E43", 15114837],
  ["Tabel 3.16", "C47", 17266144494],
  ["Tabel 3.16", "D47", 70.37],
  ["Tabel 3.16", "E47", 7270197941],
];

const corrected = edited(buildSampleWorkbook(), FIXES);

describe("the corrected sample", () => {
  it("has no finding of severity error", () => {
    const errors = checkWorkbook(corrected).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });

  it("has no error after a round trip through an .xlsx file either", async () => {
    const reread = await readWorkbook(await writeWorkbook(corrected));
    expect(checkWorkbook(reread).summary.error).toBe(0);
  });

  it("differs from the sample only by the fixes, and each fix removes a finding", () => {
    const before = checkWorkbook(buildSampleWorkbook()).summary.error;
    expect(before).toBeGreaterThanOrEqual(30);
    const oneUndone = edited(corrected, [["Tabel 3.4", "F4", 142.86]]);
    expect(
      checkWorkbook(oneUndone)
        .findings.filter((f) => f.severity === "error")
        .map((f) => `${f.rule} ${f.cell}`)
    ).toEqual(["CAPAIAN_SALAH F4"]);
  });
});
