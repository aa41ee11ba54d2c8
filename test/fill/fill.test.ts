/**
 * Filling Tabel 3.2–3.16 from the sample's source sheets: the numbers where the
 * seed is right, the correct values where it is wrong, no error when checked, and
 * nothing a person typed lost.
 */
import { checkWorkbook } from "../../src/engine/check/run";
import {
  fillSteps,
  fillWorkbook,
  FillProgress,
  FillResult,
  GENERATORS,
} from "../../src/engine/fill/generate";
import { chartsFor } from "../../src/engine/fill/charts";
import { SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { parseA1 } from "../../src/engine/workbook/address";
import { buildSampleWorkbook } from "../../src/sample";
import { edited } from "../support/workbooks";

const sample = buildSampleWorkbook();
const filled = fillWorkbook(sample);

function sheetOf(result: FillResult, id: string): SheetSnapshot {
  const name = result.generated.find((g) => g.id === id)?.sheet;
  const sheet = result.workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`Tabel ${id} not generated`);
  return sheet;
}

/** The row of a generated sheet whose cells include a label, as values. */
function rowWith(sheet: SheetSnapshot, label: RegExp): (string | number | boolean | null)[] {
  const row = sheet.rows.find((r) =>
    r?.some((c) => typeof c?.value === "string" && label.test(c.value))
  );
  if (!row) throw new Error(`no row ${label} in ${sheet.name}`);
  return row.map((c) => c?.value ?? null);
}

function cell(wb: WorkbookSnapshot, sheet: string, address: string) {
  const pos = parseA1(address)!;
  return wb.sheets.find((s) => s.name === sheet)?.rows[pos.row]?.[pos.col];
}

describe("lkjip isi on the sample", () => {
  it("generates all fifteen tables, 3.6 from the LHKASN list", () => {
    expect(filled.generated.map((g) => g.id)).toEqual([
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
      "3.7",
      "3.8",
      "3.9",
      "3.10",
      "3.11",
      "3.12",
      "3.13",
      "3.14",
      "3.15",
      "3.16",
    ]);
    expect(filled.skipped).toEqual([]);
  });

  it("says why Tabel 3.6 is missing when the workbook has no LHKASN list", () => {
    const result = fillWorkbook({ sheets: sample.sheets.filter((s) => s.name !== "LHKASN") });
    expect(result.generated).toHaveLength(14);
    expect(result.skipped).toEqual([{ id: "3.6", reason: 'lembar sumber "LHKASN" tidak ada' }]);
  });

  it("leaves the workbook's own sheets exactly as they were", () => {
    for (const s of sample.sheets)
      expect(filled.workbook.sheets.find((x) => x.name === s.name)).toEqual(s);
  });

  it("writes native formulas, never LKJIP.* ones", () => {
    const generated = new Set(filled.generated.map((g) => g.sheet));
    const formulas = filled.workbook.sheets
      .filter((s) => generated.has(s.name))
      .flatMap((s) => s.rows.flatMap((r) => (r ?? []).map((c) => c?.formula).filter(Boolean)));
    expect(formulas.length).toBeGreaterThan(300);
    expect(formulas.filter((f) => /LKJIP\./i.test(f!))).toEqual([]);
  });

  it("reports no finding of severity error on the generated tables", () => {
    const generated = new Set(filled.generated.map((g) => g.sheet));
    const onGenerated = checkWorkbook(filled.workbook).findings.filter((f) =>
      generated.has(f.sheet)
    );
    expect(onGenerated.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
  });

  it("carries the seed's numbers where the seed is right: 3.5, 3.13, 3.14, 3.15", () => {
    expect(rowWith(sheetOf(filled, "3.5"), /^Jumlah PAD$/).slice(2, 4)).toEqual([
      45899050, 53108741,
    ]);
    expect(rowWith(sheetOf(filled, "3.5"), /^Pertumbuhan/)[3]).toBeCloseTo(15.71, 2);
    const paten = sheetOf(filled, "3.13")
      .rows.filter((r) => r?.[1]?.value === "Total Perbulan")
      .map((r) => r![15]?.value);
    expect(paten).toEqual([715, 1155, 100, 3, 222]);
    expect(
      rowWith(sheetOf(filled, "3.14"), /^Jumlah$/)
        .slice(2, 5)
        .map((v) => (typeof v === "number" ? Math.round(v * 100) / 100 : v))
    ).toEqual([45539311794, 43465263548, 95.45]);
    const t315 = rowWith(sheetOf(filled, "3.15"), /^Jumlah$/);
    expect(t315.slice(2, 4)).toEqual([54401966922, 50049438561]);
    expect(t315[4]).toBeCloseTo(92.0, 2);
    expect(
      rowWith(sheetOf(filled, "3.15"), /^PROGRAM PENYELENGGARAAN PEMERINTAHAN/).slice(2, 4)
    ).toEqual([38261863564, 36803739678]);
  });

  it("carries the correct value where the seed is wrong", () => {
    const t34 = sheetOf(filled, "3.4");
    expect(rowWith(t34, /^Persentase keluhan/).slice(4, 8)).toEqual([
      75,
      80,
      expect.closeTo(106.67, 2),
      "Sangat Tinggi",
    ]);
    expect(rowWith(t34, /^Penurunan Prevalensi/).slice(4, 8)).toEqual([
      16.5,
      12.6,
      expect.closeTo(123.64, 2),
      "Sangat Tinggi",
    ]);
    expect(rowWith(t34, /^Persentase Desa \/ Kelurahan Stop/).slice(6, 8)).toEqual([
      expect.closeTo(51.11, 2),
      "Rendah",
    ]);
    const t33 = sheetOf(filled, "3.3");
    expect(rowWith(t33, /^IKM Unit Layanan$/)[1]).toBeCloseTo(83.44, 2);
    expect(rowWith(t33, /^Kategori$/)[4]).toBe("A");
    const t311 = sheetOf(filled, "3.11");
    expect(rowWith(t311, /PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN/).slice(3, 5)).toEqual([
      36803739678,
      expect.closeTo(96.19, 2),
    ]);
    expect(rowWith(t311, /PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM/)[6]).toBe("Efisien");
    expect(rowWith(sheetOf(filled, "3.16"), /^Jumlah$/)[3]).toBe(17266144494);
  });
});

describe("nothing a person typed is lost", () => {
  const t34 = filled.generated.find((g) => g.id === "3.4")!.sheet;

  it("keeps a generated sheet a person edited, and names the edited cells", () => {
    const touched = edited(filled.workbook, [[t34, "G5", 142.86]]);
    const again = fillWorkbook(touched);
    expect(again.kept).toEqual([{ id: "3.4", sheet: t34, cells: ["G5"] }]);
    expect(cell(again.workbook, t34, "G5")?.value).toBe(142.86);
    const third = fillWorkbook(again.workbook);
    expect(third.kept).toEqual([{ id: "3.4", sheet: t34, cells: ["G5"] }]);
  });

  it("overwrites it when asked (--timpa)", () => {
    const touched = edited(filled.workbook, [[t34, "G5", 142.86]]);
    const again = fillWorkbook(touched, { overwrite: true });
    expect(again.kept).toEqual([]);
    expect(cell(again.workbook, t34, "G5")?.formula).toMatch(/F5\/E5/);
  });

  it("updates the generated sheets from changed sources when nobody edited them", () => {
    const changed = edited(filled.workbook, [["PK", "F3", 80]]);
    const again = fillWorkbook(changed);
    expect(again.kept).toEqual([]);
    expect(cell(again.workbook, t34, "E3")?.value).toBe(80);
    expect(again.workbook.sheets.filter((s) => s.name === t34)).toHaveLength(1);
  });
});

describe("the PK is checked first", () => {
  it("stops the tables that use the PK when the PK has an error, and fills the rest", () => {
    const broken = edited(sample, [["PK", "F5", null]]);
    const result = fillWorkbook(broken);
    expect(result.pkErrors.map((f) => `${f.rule} ${f.cell}`)).toEqual(["PK_TARGET_KOSONG F5"]);
    const stopped = result.skipped
      .filter((s) => /PK berisi 1 galat \(PK!F5\)/.test(s.reason))
      .map((s) => s.id);
    expect(stopped).toEqual(["3.2", "3.4", "3.7", "3.8", "3.9", "3.10"]);
    expect(result.generated.map((g) => g.id)).toEqual([
      "3.3",
      "3.5",
      "3.6",
      "3.11",
      "3.12",
      "3.13",
      "3.14",
      "3.15",
      "3.16",
    ]);
  });
});

describe("Tabel 3.6 from the LHKASN list", () => {
  it("lists the sample's 31 ASN, 31 of whom reported: 100 %, the LHKASN indicator's realisasi", () => {
    const t36 = sheetOf(filled, "3.6");
    expect(rowWith(t36, /^ASN 01$/)).toEqual([1, "ASN 01", null, "Sudah"]);
    expect(rowWith(t36, /^ASN 31$/)[0]).toBe(31);
    expect(rowWith(t36, /^Jumlah wajib lapor$/)[2]).toBe(31);
    expect(rowWith(t36, /^Sudah melapor$/)[2]).toBe(31);
    expect(rowWith(t36, /^Persentase melapor$/)[2]).toBe(100);
    const t34 = sheetOf(filled, "3.4");
    const lhkasn = t34.rows.find((r) => /^Tingkat Kapatuhan LHKASN/.test(String(r?.[2]?.value)));
    expect(lhkasn?.slice(4, 8).map((c) => c?.value)).toEqual([100, 100, 100, "Sangat Tinggi"]);
    expect(lhkasn?.[5]?.formula).toMatch(/^IF\(COUNTIF\(LHKASN!B2:B32,"<>"\)=0,"-",COUNTIFS\(/);
  });

  it("counts who reported in a list where one of 31 has not: 96,77 in Tabel 3.6 and as realisasi", () => {
    const sheets = sample.sheets.map((s) =>
      s.name === "LHKASN" ? edited({ sheets: [s] }, [["LHKASN", "D18", "Belum"]]).sheets[0] : s
    );
    const result = fillWorkbook({ sheets });
    const t36 = sheetOf(result, "3.6");
    expect(rowWith(t36, /^Jumlah wajib lapor$/)[2]).toBe(31);
    expect(rowWith(t36, /^Sudah melapor$/)[2]).toBe(30);
    expect(rowWith(t36, /^Persentase melapor$/)[2]).toBeCloseTo(96.7742, 4);
    const lhkasn = rowWith(sheetOf(result, "3.4"), /^Tingkat Kapatuhan LHKASN/);
    expect(lhkasn[5]).toBeCloseTo(96.7742, 4);
    expect(lhkasn[7]).toBe("Sangat Tinggi");
  });
});

describe("sheet names", () => {
  it("never writes into a sheet it did not generate, even one named like its own", () => {
    const mine = { name: "Tabel 3.4 (isi)", merges: [], rows: [[{ value: "catatan saya" }]] };
    const result = fillWorkbook({ sheets: [...sample.sheets, mine] });
    expect(result.generated.find((g) => g.id === "3.4")?.sheet).toBe("Tabel 3.4 (isi 2)");
    expect(result.workbook.sheets.find((s) => s.name === "Tabel 3.4 (isi)")).toEqual(mine);
  });
});

describe("the report's charts", () => {
  it("describes target against realisasi, the two years and the serapan per program over the generated ranges", () => {
    const charts = chartsFor(filled);
    expect(
      charts.map((c) => [c.sheet, c.categories, c.series.map((s) => s.values).join(" ")])
    ).toEqual([
      ["Tabel 3.2", "C3:C3", "E3:E3 F3:F3"],
      ["Tabel 3.4 (isi)", "C3:C27", "E3:E27 F3:F27"],
      ["Tabel 3.8 (isi)", "B4:B28", "F4:F28 I4:I28"],
      ["Tabel 3.11", "B3:B7", "E3:E7"],
    ]);
  });

  it("points each series at the column its header names, and the categories at the indicator or program names", () => {
    const headerAbove = (sheet: string, range: string) => {
      const from = parseA1(range.split(":")[0])!;
      const rows = filled.workbook.sheets.find((s) => s.name === sheet)!.rows;
      return [1, 2].map((k) => rows[from.row - k]?.[from.col]?.value).join(" ");
    };
    const WORD: Record<string, RegExp> = {
      Target: /^Target/,
      Realisasi: /^Realisasi/,
      "Capaian tahun lalu": /Capaian Kinerja/,
      "Capaian tahun ini": /Capaian Kinerja/,
      "% Realisasi": /% Realisasi/,
    };
    for (const chart of chartsFor(filled)) {
      expect(headerAbove(chart.sheet, chart.categories)).toMatch(/Indikator Kinerja|Program/);
      for (const s of chart.series)
        expect(headerAbove(chart.sheet, s.values)).toMatch(WORD[s.name]);
    }
    const t34 = chartsFor(filled).find((c) => c.sheet === "Tabel 3.4 (isi)")!;
    expect(cell(filled.workbook, t34.sheet, t34.series[0].values.split(":")[0])?.value).toBe(75);
    expect(cell(filled.workbook, t34.sheet, t34.series[1].values.split(":")[0])?.value).toBe(80);
  });
});

describe("fillSteps", () => {
  it("reads every sheet, builds every table, and ends with fillWorkbook's result", () => {
    const steps = fillSteps(sample);
    const seen: FillProgress[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) seen.push(step.value);
    const reading = seen.filter((p) => p.stage === "menyusun");
    const building = seen.filter((p) => p.stage === "tabel");
    expect(reading.map((p) => p.done)).toEqual(sample.sheets.map((_, i) => i + 1));
    expect(building.map((p) => p.done)).toEqual(GENERATORS.map((_, i) => i + 1));
    expect(seen).toEqual([...reading, ...building]);
    expect(step.value).toEqual(filled);
  });
});
