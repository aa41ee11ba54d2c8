/**
 * The sample workbook built from the Kota Bangun 2023 report: the checker finds
 * the report's own mistakes, and nothing where the report is right.
 */
import { checkWorkbook } from "../../src/engine/check/run";
import { buildSampleWorkbook } from "../../src/sample";

const result = checkWorkbook(buildSampleWorkbook());
const at = (rule: string, sheet: string, cell: string) =>
  result.findings.find((f) => f.rule === rule && f.sheet === sheet && f.cell === cell);

describe("the checker on the Kota Bangun 2023 sample", () => {
  it("flags targets 76 in Tabel 3.4 where the PK says 75, for the first two indicators", () => {
    expect(at("TARGET_BEDA", "Tabel 3.4", "D4")).toMatchObject({
      severity: "error",
      expected: "75",
      actual: "76",
      related: ["PK!F3"],
    });
    expect(at("TARGET_BEDA", "Tabel 3.4", "D5")).toMatchObject({
      severity: "error",
      expected: "75",
      actual: "76",
      related: ["PK!F4"],
    });
    expect(at("TARGET_BEDA", "Tabel 3.4", "D6")).toBeUndefined();
  });

  it("flags capaian 142.86 and 133.33 in Tabel 3.4 that no formula gives", () => {
    expect(at("CAPAIAN_SALAH", "Tabel 3.4", "F4")).toMatchObject({
      expected: "105,26",
      actual: "142,86",
    });
    expect(at("CAPAIAN_SALAH", "Tabel 3.4", "F5")).toMatchObject({
      expected: "131,58",
      actual: "133,33",
    });
  });

  it("flags the stunting capaian computed as positive where the PK declares negatif, and the SBS capaian", () => {
    expect(at("CAPAIAN_SALAH", "Tabel 3.4", "F24")).toMatchObject({
      expected: "123,64",
      actual: "76,36",
    });
    expect(at("CAPAIAN_SALAH", "Tabel 3.4", "F26")).toMatchObject({
      expected: "51,11",
      actual: "71,89",
    });
  });

  it("checks the kriteria words against the scale and finds them consistent with the written capaian", () => {
    expect(result.findings.filter((f) => f.rule === "KRITERIA_SALAH")).toEqual([]);
  });

  it("flags the IKM 83,514 of Tabel 3.3 and unsur U4 = 3.97 graded B", () => {
    expect(at("IKM_SALAH", "Tabel 3.2 dan 3.3", "B13")).toMatchObject({
      expected: "83,44",
      actual: "83,514",
    });
    expect(at("IKM_SALAH", "Tabel 3.2 dan 3.3", "E12")).toMatchObject({
      expected: "A",
      actual: "B",
    });
  });

  it("flags Tabel 3.11's program 2 realisasi 6,803,739,678 printed as 96.19 %", () => {
    expect(at("PERSEN_SALAH", "Tabel 3.11 dan 3.12", "E5")).toMatchObject({
      expected: "17,78",
      actual: "96,19",
    });
    expect(at("JUMLAH_SALAH", "Tabel 3.11 dan 3.12", "D5")).toMatchObject({
      expected: "36.803.739.678",
    });
  });

  it("flags program 4 written Tidak Efisien although capaian 100 and serapan 49.68 are Efisien", () => {
    expect(at("EFISIENSI_SALAH", "Tabel 3.11 dan 3.12", "F7")).toMatchObject({
      expected: "Efisien",
      actual: "Tidak Efisien",
    });
  });

  it("flags the capaian printed on the two rows of Tabel 3.15 whose pagu is 0", () => {
    expect(at("PERSEN_SALAH", "Tabel 3.15", "F10")).toMatchObject({ actual: "97,60" });
    expect(at("PERSEN_SALAH", "Tabel 3.15", "F21")).toMatchObject({ actual: "91,15" });
  });

  it("flags the malformed realisasi of Tabel 3.15 such as 1,540,00", () => {
    expect(at("ANGKA_TIDAK_VALID", "Tabel 3.15", "E4")).toMatchObject({
      severity: "warning",
      actual: "1,540,00",
    });
  });

  it("flags Tabel 3.16's grand total: realisasi that is not the sum of the rows, sisa equal to the pagu", () => {
    expect(at("JUMLAH_SALAH", "Tabel 3.16", "C47")).toMatchObject({
      expected: "17.266.144.494",
      actual: "22.547.389.944",
    });
    expect(at("SISA_SALAH", "Tabel 3.16", "E47")).toBeDefined();
  });

  it("flags the shifted row of Tabel 2.8 through its kegiatan total", () => {
    expect(at("JUMLAH_SALAH", "Tabel 2.8", "C8")).toMatchObject({ expected: "5.454.511.420" });
  });

  it("flags Tabel 3.7's target 76 for the tujuan indicator and the LHKASN realisasi 95 of the uncaptioned table", () => {
    expect(at("TARGET_BEDA", "Tabel 3.7", "F4")).toMatchObject({ expected: "75", actual: "76" });
    expect(at("REALISASI_BEDA", "Perbandingan 2023", "E12")).toMatchObject({
      expected: "100",
      actual: "95",
    });
  });

  it("finds nothing in the tables the report got right: 3.5, 3.13, 3.14, 3.12 and 2.5", () => {
    const errors = result.findings.filter((f) => f.severity === "error").map((f) => f.sheet);
    for (const sheet of ["Tabel 3.5", "Tabel 3.13", "Tabel 3.14", "Tabel 2.5", "Tabel 2.4"])
      expect(errors).not.toContain(sheet);
    expect(result.findings.filter((f) => f.table === "Tabel 3.12")).toEqual([]);
  });

  it("warns of the capaian written for a target of 0 in Tabel 3.8", () => {
    expect(at("TARGET_NOL", "Tabel 3.8", "F10")).toMatchObject({ severity: "warning" });
  });

  it("gives every finding a message, a table and an A1 cell", () => {
    for (const f of result.findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.table).not.toBe("");
    }
  });
});
