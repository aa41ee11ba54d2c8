/**
 * The Office.js adapter against a fake Excel that counts `context.sync` calls:
 * Periksa Semua reads any workbook in three syncs, whatever its size, and writes
 * whole sheets with bulk arrays.
 */
import { OfficeHost } from "../../src/adapters/office/office-host";
import { BLOCK_CELLS } from "../../src/adapters/office/read";
import { checkWorkbook } from "../../src/engine/check/run";

type Grid = (string | number | boolean)[][];

interface FakeSheet {
  name: string;
  values: Grid;
  formulas: Grid;
  bold: boolean[][];
  merges: string[];
}

/** A fake Excel; with `limit`, a sync that asked for more cells fails as Excel's payload limit does. */
function fakeExcel(sheets: FakeSheet[], limit = Infinity) {
  const state = {
    syncs: 0,
    requested: 0,
    writes: [] as { sheet: string; formulas?: unknown; numberFormat?: unknown }[],
    added: [] as string[],
    cleared: [] as string[],
  };
  const width = (s: FakeSheet) => Math.max(...s.values.map((r) => r.length));
  const range = (s: FakeSheet, top = 0, count = s.values.length) => ({
    isNullObject: s.values.length === 0,
    load: () => undefined,
    rowIndex: 0,
    columnIndex: 0,
    rowCount: s.values.length,
    columnCount: width(s),
    values: s.values.slice(top, top + count),
    formulas: s.formulas.slice(top, top + count),
    numberFormat: s.values.slice(top, top + count).map((r) => r.map(() => "General")),
    getMergedAreasOrNullObject: () => ({
      isNullObject: s.merges.length === 0,
      load: () => undefined,
      areas: { items: s.merges.map((address) => ({ address: `${s.name}!${address}` })) },
    }),
    getCellProperties: () => {
      state.requested += count * width(s);
      return {
        value: s.bold
          .slice(top, top + count)
          .map((r) => r.map((b) => ({ format: { font: { bold: b }, indentLevel: 0 } }))),
      };
    },
  });
  const worksheet = (s: FakeSheet) => ({
    name: s.name,
    visibility: "Visible",
    getUsedRangeOrNullObject: () => range(s),
    getRangeByIndexes: (row: number, _col: number, rows: number) => range(s, row, rows),
  });
  const written = (name: string) => ({
    getRangeByIndexes: () => {
      const w: { sheet: string; formulas?: unknown; numberFormat?: unknown } = { sheet: name };
      state.writes.push(w);
      return {
        set formulas(v: unknown) {
          w.formulas = v;
        },
        set numberFormat(v: unknown) {
          w.numberFormat = v;
        },
        format: { font: {} },
        merge: () => undefined,
      };
    },
  });
  const context = {
    workbook: {
      worksheets: {
        items: sheets.map(worksheet),
        load: () => undefined,
        getItemOrNullObject: (name: string) => ({
          isNullObject: !sheets.some((s) => s.name === name),
          load: () => undefined,
          ...written(name),
          getUsedRange: () => ({
            unmerge: () => undefined,
            clear: (what: string) => state.cleared.push(`${name}:${what}`),
          }),
        }),
        add: (name: string) => (state.added.push(name), written(name)),
      },
    },
    application: { suspendApiCalculationUntilNextSync: () => undefined },
    sync: async () => {
      state.syncs++;
      const asked = state.requested;
      state.requested = 0;
      if (asked > limit)
        throw Object.assign(new Error("too large"), { code: "ResponsePayloadSizeLimitExceeded" });
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (f: (c: unknown) => Promise<unknown>) => f(context),
    SheetVisibility: { hidden: "Hidden" },
    ClearApplyTo: { contents: "Contents" },
  };
  return state;
}

function table(rows: number, tableNo: number): FakeSheet {
  const values: Grid = [
    [`Tabel 3.${tableNo} Tahun 2023`],
    ["Indikator Kinerja Utama", "Target", "Realisasi", "Capaian Kinerja"],
  ];
  for (let i = 0; i < rows; i++) values.push([`Indikator ${i}`, 100, 80, i === 0 ? 90 : 80]);
  return {
    name: `T${tableNo}`,
    values,
    formulas: values.map((r) => r.map(() => "")),
    bold: values.map((r) => r.map(() => false)),
    merges: ["A1:D1"],
  };
}

describe("OfficeHost", () => {
  it.each([
    ["the size of the sample", 3, 25],
    ["twenty times larger", 60, 500],
  ])("reads a workbook %s in three syncs", async (_name, tables, rows) => {
    const state = fakeExcel(Array.from({ length: tables }, (_, i) => table(rows, i + 1)));
    const host = new OfficeHost();
    const workbook = await host.readWorkbook();
    expect(state.syncs).toBe(3);
    expect(workbook.sheets).toHaveLength(tables);
    expect(workbook.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    const capaian = checkWorkbook(workbook).findings.filter((f) => f.rule === "CAPAIAN_SALAH");
    expect(capaian).toHaveLength(tables);
    expect(capaian[0]).toMatchObject({ sheet: "T1", cell: "D3" });
  });

  it("reads a workbook too large for one answer again in blocks of rows, the same cells", async () => {
    const sheets = Array.from({ length: 60 }, (_, i) => table(500, i + 1));
    fakeExcel(sheets);
    const whole = await new OfficeHost().readWorkbook();
    const state = fakeExcel(sheets, 2 * BLOCK_CELLS);
    const blocks = await new OfficeHost().readWorkbook();
    expect(blocks).toEqual(whole);
    const cells = sheets.reduce((n, s) => n + s.values.length * 4, 0);
    expect(state.syncs).toBeGreaterThan(3 + 2);
    expect(state.syncs).toBeLessThanOrEqual(3 + 2 + Math.ceil(cells / BLOCK_CELLS) + 1);
  });

  it("says what Excel said when a workbook cannot be read for another reason, without retrying", async () => {
    let runs = 0;
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async () => {
        runs++;
        throw Object.assign(new Error("The workbook is busy."), { code: "GeneralException" });
      },
    };
    await expect(new OfficeHost().readWorkbook()).rejects.toThrow("The workbook is busy.");
    expect(runs).toBe(1);
  });

  it("rewrites an existing sheet in place with one formulas array and one number-format array", async () => {
    const state = fakeExcel([table(2, 1)]);
    await new OfficeHost().writeSheets([
      {
        name: "T1",
        merges: [],
        rows: [[{ value: "Jumlah" }, { value: 3, formula: "SUM(B1:B2)", numFmt: "#,##0" }]],
      },
    ]);
    expect(state.syncs).toBe(2);
    expect(state.cleared).toEqual(["T1:Contents"]);
    expect(state.added).toEqual([]);
    expect(state.writes[0]).toEqual({
      sheet: "T1",
      formulas: [["Jumlah", "=SUM(B1:B2)"]],
      numberFormat: [["General", "#,##0"]],
    });
  });
});

describe("OfficeHost charts", () => {
  it("draws a clustered column chart per spec, replacing one of the same title, in two syncs", async () => {
    const calls: string[] = [];
    let syncs = 0;
    const chart = () => ({
      title: {},
      series: {
        getItemAt: () => ({ setXAxisValues: (r: { a: string }) => calls.push(`x ${r.a}`) }),
        add: (name: string) => (
          calls.push(`add ${name}`),
          {
            setValues: (r: { a: string }) => calls.push(`v ${r.a}`),
            setXAxisValues: () => undefined,
          }
        ),
      },
      setPosition: (at: string) => calls.push(`at ${at}`),
    });
    const ws = {
      getRange: (a: string) => ({ a }),
      charts: {
        load: () => undefined,
        items: [{ name: "Grafik X", delete: () => calls.push("delete old") }],
        add: (type: string, r: { a: string }) => (calls.push(`${type} ${r.a}`), chart()),
      },
    };
    const context = {
      workbook: { worksheets: { getItem: () => ws } },
      sync: async () => void syncs++,
    };
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: (f: (c: unknown) => Promise<unknown>) => f(context),
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { columns: "Columns" },
    };
    await new OfficeHost().addCharts([
      {
        sheet: "T",
        title: "Grafik X",
        categories: "C3:C9",
        series: [
          { name: "Target", values: "E3:E9" },
          { name: "Realisasi", values: "F3:F9" },
        ],
        anchor: "J2",
      },
    ]);
    expect(syncs).toBe(2);
    expect(calls).toEqual([
      "delete old",
      "ColumnClustered E3:E9",
      "x C3:C9",
      "add Realisasi",
      "v F3:F9",
      "at J2",
    ]);
  });
});

describe("OfficeHost.onChanged", () => {
  it("tells the pane about a person's edits, not about the add-in's own writes", async () => {
    let handler: ((e: { triggerSource?: string }) => Promise<void>) | undefined;
    const context = {
      workbook: {
        worksheets: { onChanged: { add: (h: typeof handler) => void (handler = h) } },
      },
      sync: async () => undefined,
    };
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: (f: (c: unknown) => Promise<unknown>) => f(context),
    };
    let calls = 0;
    const stop = new OfficeHost().onChanged(() => calls++);
    await new Promise((r) => setTimeout(r, 0));
    await handler!({ triggerSource: "ThisLocalAddin" });
    expect(calls).toBe(0);
    await handler!({ triggerSource: "Unknown" });
    await handler!({});
    expect(calls).toBe(2);
    stop();
    await handler!({ triggerSource: "Unknown" });
    expect(calls).toBe(2);
  });

  it("sets aside, on Excel without trigger sources, the events that come during its own write", async () => {
    let handler: ((e: { triggerSource?: string }) => Promise<void>) | undefined;
    let finishWrite = () => undefined as void;
    const context = {
      workbook: {
        worksheets: { onChanged: { add: (h: typeof handler) => void (handler = h) } },
      },
      sync: async () => undefined,
    };
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: (f: (c: unknown) => Promise<unknown>) =>
        handler ? new Promise<void>((done) => (finishWrite = done)) : f(context),
    };
    const host = new OfficeHost();
    let calls = 0;
    host.onChanged(() => calls++);
    await new Promise((r) => setTimeout(r, 0));
    const writing = host.writeSheets([]);
    await handler!({});
    expect(calls).toBe(0);
    finishWrite();
    await writing;
    await handler!({});
    expect(calls).toBe(1);
  });
});
