/**
 * Rule switches and "abaikan" stored in the workbook, and a workbook that holds
 * only the report's tables.
 */
import { checkWorkbook } from "../../src/engine/check/run";
import { buildSampleWorkbook } from "../../src/sample";
import { edited } from "../support/workbooks";

const sample = buildSampleWorkbook();

describe("settings in the Pengaturan sheet", () => {
  it("switches a rule off with a Nonaktif line", () => {
    const off = edited(sample, [
      ["Pengaturan", "A7", "Nonaktif"],
      ["Pengaturan", "B7", "ANGKA_TIDAK_VALID"],
    ]);
    const result = checkWorkbook(off);
    expect(result.findings.some((f) => f.rule === "ANGKA_TIDAK_VALID")).toBe(false);
    expect(result.summary.error).toBe(checkWorkbook(sample).summary.error);
  });

  it("ignores one finding with an Abaikan line and keeps its reason", () => {
    const ignored = edited(sample, [
      ["Pengaturan", "A7", "Abaikan"],
      ["Pengaturan", "B7", "capaian_salah"],
      ["Pengaturan", "C7", "Tabel 3.4"],
      ["Pengaturan", "D7", "$F$24"],
      ["Pengaturan", "E7", "Polaritas negatif baru disepakati setelah laporan dicetak"],
    ]);
    const result = checkWorkbook(ignored);
    expect(
      result.findings.find((f) => f.sheet === "Tabel 3.4" && f.cell === "F24")
    ).toBeUndefined();
    expect(result.ignored).toMatchObject([
      {
        finding: { rule: "CAPAIAN_SALAH", cell: "F24" },
        alasan: expect.stringMatching(/Polaritas/),
      },
    ]);
    expect(result.summary.error).toBe(checkWorkbook(sample).summary.error - 1);
  });

  it("runs only the rules asked for", () => {
    const result = checkWorkbook(sample, { rules: ["TARGET_BEDA", "PK_"] });
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(["TARGET_BEDA"]));
  });

  it("uses the efficiency method the workbook declares", () => {
    const indeks = edited(sample, [["Pengaturan", "B4", "indeks"]]);
    const efisiensi = checkWorkbook(indeks).findings.filter((f) => f.rule === "EFISIENSI_SALAH");
    expect(efisiensi.map((f) => f.cell)).toEqual(["F7"]);
    expect(efisiensi[0].message).toMatch(/metode indeks/);
  });
});

describe("a workbook that holds only the report's tables", () => {
  const reportOnly = {
    sheets: sample.sheets.filter(
      (s) => s.name.startsWith("Tabel") || s.name.startsWith("Perbandingan")
    ),
  };
  const result = checkWorkbook(reportOnly);

  it("takes Tabel 2.4 as the PK and still finds the targets 76", () => {
    expect(result.model.pk?.table.id).toBe("Tabel 2.4");
    const f = result.findings.find(
      (x) => x.rule === "TARGET_BEDA" && x.sheet === "Tabel 3.4" && x.cell === "D4"
    );
    expect(f?.related).toEqual(["'Tabel 2.4'!E3"]);
  });

  it("warns that the PK declares no polarity for stunting and AKI", () => {
    const warned = result.findings
      .filter((f) => f.rule === "POLARITAS_MERAGUKAN")
      .map((f) => f.message);
    expect(warned).toHaveLength(2);
    expect(warned.join()).toMatch(/stunting/);
    expect(warned.join()).toMatch(/Kematian Ibu/);
  });

  it("accepts the stunting capaian computed as positive, since no polarity is declared", () => {
    expect(
      result.findings.find((f) => f.rule === "CAPAIAN_SALAH" && f.cell === "F24")
    ).toBeUndefined();
  });

  it("reads the year from the captions", () => {
    expect(result.model.year).toBe(2023);
  });
});
