/**
 * The share of the LHKASN list that reported is the realisasi of the LHKASN
 * indicator (SPEC section 5): a different figure typed for that indicator is
 * found at its cell, at the typed figure's own precision.
 */
import { CellInputSpec } from "../../src/engine/workbook/sheet-builder";
import { fillWorkbook } from "../../src/engine/fill/generate";
import { checkWorkbook } from "../../src/engine/check/run";
import { buildSampleWorkbook } from "../../src/sample";
import { findingsOf, sheet, T34_HEADER, workbook } from "../support/workbooks";

const INDIKATOR = "Tingkat Kapatuhan LHKASN Pertanggal 31 Maret 2023";
const S = "Mewujudkan tingkat kepatuhan atas LHKPN dan LHKASN";

/** 31 ASN who must report; those at `missing` (1-based) have not. */
function lhkasn(missing: Record<number, CellInputSpec>) {
  return sheet("LHKASN", [
    ["No", "Nama", "NIP", "Tanggal Lapor"],
    ...Array.from({ length: 31 }, (_, i) => [
      i + 1,
      `ASN ${i + 1}`,
      null,
      i + 1 in missing ? missing[i + 1] : "2023-03-20",
    ]),
  ]);
}

function t34(realisasi: number, capaian: number) {
  return sheet("T34", [
    ["Tabel 3.4 Perbandingan Antara Target dan Realisasi Kinerja Sasaran Tahun 2023"],
    T34_HEADER,
    [S, INDIKATOR, "Persen", 100, realisasi, capaian, "Sangat Tinggi"],
  ]);
}

describe("REALISASI_BEDA against the LHKASN list", () => {
  it("flags 100 typed where 30 of 31 ASN reported (96,77), naming who has not", () => {
    const wb = workbook(lhkasn({ 17: null }), t34(100, 100));
    const [finding, ...rest] = findingsOf(wb, "REALISASI_BEDA");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      sheet: "T34",
      cell: "E3",
      expected: "96,77",
      actual: "100",
      related: ["LHKASN!B2", "LHKASN!D18"],
    });
    expect(finding.message).toContain("30 dari 31 wajib lapor");
  });

  it("accepts 96,8: the share agrees at the written figure's precision", () => {
    expect(findingsOf(workbook(lhkasn({ 17: null }), t34(96.8, 96.8)), "REALISASI_BEDA")).toEqual(
      []
    );
  });

  it("counts Belum, Tidak, - and N/A as not reported, and any date or word else as reported", () => {
    const wb = workbook(
      lhkasn({ 3: "Belum", 4: "Tidak lapor", 5: "-", 6: "N/A", 7: "Sudah", 8: 45005 }),
      t34(87.1, 87.1)
    );
    expect(findingsOf(wb, "REALISASI_BEDA")).toEqual([]);
    expect(findingsOf(workbook(lhkasn({ 3: "Belum" }), t34(100, 100)), "REALISASI_BEDA")).toEqual([
      expect.objectContaining({
        cell: "E3",
        expected: "96,77",
        related: ["LHKASN!B2", "LHKASN!D4"],
      }),
    ]);
  });
});

describe("the Kota Bangun sample's LHKASN list", () => {
  const sample = buildSampleWorkbook();

  it("gives 100 (31 of 31), so only the 95 of the uncaptioned table is found, now against the list", () => {
    const found = checkWorkbook(sample).findings.filter(
      (f) => f.rule === "REALISASI_BEDA" && /LHKASN/.test(f.message)
    );
    expect(found).toMatchObject([
      { sheet: "Perbandingan 2023", cell: "E12", expected: "100", actual: "95" },
    ]);
    expect(found[0].message).toContain('lembar "LHKASN" (31 dari 31 wajib lapor)');
  });

  it("reads the filled Tabel 3.6 back without taking its Jumlah rows for ASN", () => {
    const filled = fillWorkbook(sample);
    expect(filled.generated).toContainEqual({ id: "3.6", sheet: "Tabel 3.6" });
    const findings = checkWorkbook(filled.workbook).findings.filter(
      (f) => f.rule === "REALISASI_BEDA" && /LHKASN/.test(f.message)
    );
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.expected}`)).toEqual([
      "Perbandingan 2023!E12 100",
    ]);
  });
});
