/**
 * The Office.js adapter against the strict fake Excel (test/support/fake-excel):
 * Periksa Semua reads any workbook in three syncs, on every host version; what
 * Excel refuses (payload limits, 512 merged areas, null values) is read again in
 * smaller pieces; text is written as text; the add-in's own writes are not taken
 * for a person's edits.
 */
import { OfficeHost, OWN_EVENT_WINDOW_MS } from "../../src/adapters/office/office-host";
import { BLOCK_CELLS } from "../../src/adapters/office/read";
import { WRITE_BYTES } from "../../src/adapters/office/write";
import { checkWorkbook } from "../../src/engine/check/run";
import { SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { buildSampleWorkbook } from "../../src/sample";
import { fillWorkbook } from "../../src/engine/fill/generate";
import { a1 } from "../../src/engine/workbook/address";
import { columnPoints } from "../../src/adapters/office/layout";
import { FakeExcel, FakeExcelOptions, FakeSheetInit, fakeSheetOf } from "../support/fake-excel";

function table(rows: number, tableNo: number): FakeSheetInit {
  const values: (string | number)[][] = [
    [`Tabel 3.${tableNo} Tahun 2023`],
    ["Indikator Kinerja Utama", "Target", "Realisasi", "Capaian Kinerja"],
  ];
  for (let i = 0; i < rows; i++)
    values.push([`Indikator ${tableNo}.${i}`, 100, 80, i === 0 ? 90 : 80]);
  return { name: `T${tableNo}`, rows: values, merges: ["A1:D1"], bold: ["A2", "B2", "C2", "D2"] };
}

const tables = (count: number, rows: number) =>
  Array.from({ length: count }, (_, i) => table(rows, i + 1));

function excel(sheets: readonly FakeSheetInit[], options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(sheets, options).install();
}

describe("OfficeHost.readWorkbook", () => {
  it.each([
    ["the size of the sample", 3, 25],
    ["twenty times larger", 60, 500],
  ])("reads a workbook %s in three syncs", async (_name, count, rows) => {
    const fake = excel(tables(count, rows));
    const workbook = await new OfficeHost().readWorkbook();
    expect(fake.syncs).toBe(3);
    expect(fake.failures).toEqual([]);
    expect(fake.unsynced).toBe(0);
    expect(workbook.sheets).toHaveLength(count);
    expect(workbook.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(workbook.sheets[0].rows[1]?.[0]).toMatchObject({
      value: "Indikator Kinerja Utama",
      bold: true,
    });
    const capaian = checkWorkbook(workbook).findings.filter((f) => f.rule === "CAPAIAN_SALAH");
    expect(capaian).toHaveLength(count);
    expect(capaian[0]).toMatchObject({ sheet: "T1", cell: "D3" });
  });

  it("reads the sample to the same findings as the workbook it came from", async () => {
    const sample = buildSampleWorkbook();
    excel(sample.sheets.map(fakeSheetOf));
    const read = await new OfficeHost().readWorkbook();
    const found = (w: WorkbookSnapshot) =>
      checkWorkbook(w).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
    expect(found(read)).toEqual(found(sample));
    expect(found(read).length).toBeGreaterThan(40);
  });

  it("reads on Excel before ExcelApi 1.13 without merged areas, in three syncs", async () => {
    const fake = excel(tables(2, 5), { host: "1.9" });
    const workbook = await new OfficeHost().readWorkbook();
    expect(fake.failures).toEqual([]);
    expect(fake.syncs).toBe(3);
    expect(workbook.sheets[0].merges).toEqual([]);
    expect(workbook.sheets[0].rows[2]?.[3]).toMatchObject({ value: 90 });
  });

  it("reads a sheet of more than 512 merged areas in tiles, every merge found once", async () => {
    const rows = Array.from({ length: 700 }, (_, i) => [`Sasaran ${i}`, "", i]);
    const merges = rows.map((_, i) => `A${i + 1}:B${i + 1}`);
    const fake = excel([{ name: "Renstra", rows, merges }, table(3, 1)]);
    const workbook = await new OfficeHost().readWorkbook();
    expect(fake.failures).toEqual(["GeneralException"]);
    const renstra = workbook.sheets.find((s) => s.name === "Renstra")!;
    expect(renstra.merges).toHaveLength(700);
    expect(renstra.merges[699]).toEqual({ top: 699, left: 0, bottom: 699, right: 1 });
    expect(workbook.sheets.find((s) => s.name === "T1")!.merges).toHaveLength(1);
  });

  it.each([
    ["Excel on the desktop", "1.14", "ResponsePayloadSizeLimitExceeded"],
    ["Excel on the web", "web", "GeneralException"],
  ] as const)(
    "reads a workbook too large for one answer on %s again in blocks, the same cells",
    async (_name, host, code) => {
      const sheets = tables(60, 300);
      excel(sheets, { host });
      const whole = await new OfficeHost().readWorkbook();
      const fake = excel(sheets, { host, responseLimit: 3_000_000 });
      const blocks = await new OfficeHost().readWorkbook();
      expect(fake.failures).toEqual([code]);
      expect(blocks).toEqual(whole);
      expect(fake.largestResponse).toBeLessThanOrEqual(3_000_000);
      const cells = sheets.length * 302 * 4;
      expect(fake.syncs).toBeLessThanOrEqual(3 + 2 + Math.ceil(cells / BLOCK_CELLS) + 1);
    }
  );

  it("halves the blocks while Excel still refuses them", async () => {
    const sheets = tables(10, 300);
    excel(sheets);
    const whole = await new OfficeHost().readWorkbook();
    const fake = excel(sheets, { host: "web", responseLimit: 150_000 });
    expect(await new OfficeHost().readWorkbook()).toEqual(whole);
    expect(fake.largestResponse).toBeLessThanOrEqual(150_000);
  });

  it("reads again in blocks when Excel answers a range's values with null", async () => {
    const sheets = tables(4, 200);
    excel(sheets);
    const whole = await new OfficeHost().readWorkbook();
    const fake = excel(sheets, { host: "web", nullValuesAbove: 700 });
    expect(await new OfficeHost().readWorkbook()).toEqual(whole);
    expect(fake.syncs).toBeGreaterThan(3);
  });

  it("says what Excel said when a workbook cannot be read for another reason", async () => {
    let runs = 0;
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async () => {
        runs++;
        throw Object.assign(new Error("The workbook is busy."), { code: "GeneralException" });
      },
    };
    await expect(new OfficeHost().readWorkbook()).rejects.toThrow("The workbook is busy.");
    expect(runs).toBeLessThanOrEqual(2);
  });
});

/** A sheet of the given cells in one row. */
const row = (name: string, cells: SheetSnapshot["rows"][number]): SheetSnapshot => ({
  name,
  rows: [cells],
  merges: [],
});

describe("OfficeHost.writeSheets", () => {
  it("writes text as text, formulas as formulas, numbers as numbers", async () => {
    const fake = excel([]);
    const texts = ["83,514", "-5,3", "=B1/C1", "+62 812 555", "TRUE", "12%", "Sasaran 1"];
    await new OfficeHost().writeSheets([
      row("Hasil Pemeriksaan", [
        ...texts.map((value) => ({ value })),
        { value: 83.514, numFmt: "0.00" },
        { value: 7, formula: "SUM(H1:H1)" },
      ]),
    ]);
    expect(fake.failures).toEqual([]);
    const written = ["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1"].map((a) =>
      fake.cell("Hasil Pemeriksaan", a)
    );
    expect(written).toEqual([...texts, 83.514, "=SUM(H1:H1)"]);
    expect(fake.cellRecord("Hasil Pemeriksaan", "H1")?.numFmt).toBe("0.00");
  });

  it("rewrites an existing sheet in place in two syncs, keeping its formatting", async () => {
    const fake = excel([
      { name: "T1", rows: [["lama", 1, 2]], numFmts: { C1: "#,##0.00" }, merges: ["A1:B1"] },
    ]);
    await new OfficeHost().writeSheets([
      row("T1", [{ value: "Jumlah" }, { value: 3, formula: "SUM(B2:B3)", numFmt: "#,##0" }]),
    ]);
    expect(fake.syncs).toBe(2);
    expect(fake.cell("T1", "A1")).toBe("Jumlah");
    expect(fake.cell("T1", "B1")).toBe("=SUM(B2:B3)");
    expect(fake.cell("T1", "C1")).toBe("");
    expect(fake.cellRecord("T1", "C1")?.numFmt).toBe("#,##0.00");
    expect(fake.sheet("T1").merges).toEqual([]);
  });

  it("splits a large write over several syncs, each within Excel on the web's limit", async () => {
    const long = "Persentase capaian indikator kinerja sasaran strategis ".repeat(4);
    const rows = Array.from({ length: 30000 }, (_, i) => [
      { value: `${long}${i}` },
      { value: i, numFmt: "#,##0" },
      { value: i, formula: `B${i + 1}*2` },
    ]);
    const fake = excel([], { host: "web" });
    await new OfficeHost().writeSheets([{ name: "Besar", rows, merges: [] }]);
    expect(fake.failures).toEqual([]);
    expect(fake.syncs).toBeGreaterThan(3);
    expect(fake.largestRequest).toBeLessThanOrEqual(2 * WRITE_BYTES);
    expect(fake.cell("Besar", "A30000")).toBe(`${long}29999`);
    expect(fake.cell("Besar", "C30000")).toBe("=B30000*2");
  });

  it("sets bold on the bold cells only", async () => {
    const fake = excel([]);
    await new OfficeHost().writeSheets([
      {
        name: "T",
        rows: [
          [{ value: "No", bold: true }, { value: "Indikator", bold: true }, { value: "x" }],
          [{ value: 1 }, { value: "a", bold: true }],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      },
    ]);
    const bold = ["A1", "B1", "C1", "A2", "B2"].map((a) => fake.cellRecord("T", a)?.bold);
    expect(bold).toEqual([true, true, false, false, true]);
    expect(fake.sheet("T").merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("hides a hidden sheet when it creates it, and never sets visibility again", async () => {
    const fake = excel([]);
    const isi: SheetSnapshot = { ...row("LKJIP_Isi", [{ value: "x" }]), hidden: true };
    await new OfficeHost().writeSheets([isi]);
    expect(fake.sheet("LKJIP_Isi").visibility).toBe("Hidden");
    await new OfficeHost().writeSheets([isi]);
    expect(fake.visibilitySets).toBe(1);
  });
});

describe("OfficeHost.writeSheets of generated tables", () => {
  const filled = fillWorkbook(buildSampleWorkbook()).workbook;
  const table = filled.sheets.find((s) => s.name === "Tabel 3.4 (isi)")!;
  const layout = table.layout!;

  it("writes the table's layout: widths, heights, borders, header fill, alignment, page setup", async () => {
    const fake = excel([]);
    await new OfficeHost().writeSheets([table]);
    expect(fake.failures).toEqual([]);
    const sheet = fake.sheet(table.name);
    layout.columnWidths.forEach((w, c) =>
      expect(sheet.columnWidths.get(c)).toBeCloseTo(columnPoints(w))
    );
    for (const { row, height } of layout.rowHeights) expect(sheet.rowHeights.get(row)).toBe(height);
    for (const block of layout.styles) {
      const cell = a1(block.top, block.left);
      if (block.style.fill)
        expect(fake.look(table.name, cell, "fill")).toBe(`#${block.style.fill}`);
      if (block.style.border)
        expect(fake.look(table.name, cell, "border:EdgeTop:style")).toBe("Continuous");
      if (block.style.wrap !== undefined)
        expect(fake.look(table.name, cell, "wrapText")).toBe(block.style.wrap);
    }
    expect(layout.styles.some((b) => b.style.fill)).toBe(true);
    const print = layout.print;
    expect(sheet.pageLayout).toMatchObject({
      orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: print.margins.left * 72,
    });
    if (print.repeatRows)
      expect(sheet.pageLayout.printTitleRows).toBe(
        `$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`
      );
  });

  it("still writes the table and the rest of the page setup when Excel refuses the fit", async () => {
    const fake = excel([], { refuseZeroFit: true });
    await new OfficeHost().writeSheets([table]);
    expect(fake.failures).toEqual(["InvalidArgument"]);
    expect(fake.sheet(table.name).pageLayout).toMatchObject({ paperSize: "A4" });
    expect(fake.sheet(table.name).pageLayout.zoom).toBeUndefined();
    expect(fake.cell(table.name, "A1")).toBe(table.rows[0]![0]!.value);
  });
});

describe("OfficeHost.addCharts", () => {
  it("draws a clustered column chart per spec, replacing one of the same title, in two syncs", async () => {
    const fake = excel([table(7, 4)]);
    fake.sheet("T4").charts.push({ name: "Grafik X", series: [] });
    await new OfficeHost().addCharts([
      {
        sheet: "T4",
        title: "Grafik X",
        categories: "A3:A9",
        series: [
          { name: "Target", values: "B3:B9" },
          { name: "Realisasi", values: "C3:C9" },
        ],
        anchor: "F2",
      },
    ]);
    expect(fake.syncs).toBe(2);
    expect(fake.sheet("T4").charts).toEqual([
      {
        name: "Grafik X",
        title: "Grafik X",
        anchor: "F2",
        series: [
          { name: "Target", values: "T4!B3:B9", categories: "T4!A3:A9" },
          { name: "Realisasi", values: "T4!C3:C9", categories: "T4!A3:A9" },
        ],
      },
    ]);
  });
});

/** Lets timers and promises run, so Excel's late events arrive. */
const settle = () => new Promise((r) => setTimeout(r, 5));

describe("OfficeHost.onChanged", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(["1.13", "1.14"] as const)(
    "on ExcelApi %s, tells the pane about a person's edits, not about its own writes",
    async (host) => {
      const fake = excel([table(2, 1), table(2, 2)], { host });
      const office = new OfficeHost();
      let calls = 0;
      const stop = office.onChanged(() => calls++);
      await settle();
      await office.writeSheets([row("T1", [{ value: "baru" }])]);
      await settle();
      expect(calls).toBe(0);
      await fake.personEdits("T2", "B3", 75);
      expect(calls).toBe(1);
      stop();
      await fake.personEdits("T2", "B4", 75);
      expect(calls).toBe(1);
    }
  );

  it("before ExcelApi 1.14, sets aside events for the sheets just written only for a short while", async () => {
    const fake = excel([table(2, 1), table(2, 2)], { host: "1.13" });
    const office = new OfficeHost();
    let calls = 0;
    office.onChanged(() => calls++);
    await settle();
    await office.writeSheets([row("T1", [{ value: "baru" }])]);
    await fake.personEdits("T2", "B3", 75);
    expect(calls).toBe(1);
    const now = Date.now();
    jest.spyOn(Date, "now").mockReturnValue(now + OWN_EVENT_WINDOW_MS + 1);
    await fake.personEdits("T1", "B3", 75);
    expect(calls).toBe(2);
  });
});
