/**
 * Marks in Excel as the add-in's own conditional formats: earlier marks found by
 * their rule and removed, the user's conditional formats and cell formatting never
 * touched, protected sheets left alone, in four syncs.
 */
import {
  addressChunks,
  HIGHLIGHT_FILL,
  HIGHLIGHT_RULE,
} from "../../src/adapters/office/highlights";
import { OfficeHost } from "../../src/adapters/office/office-host";

interface FakeFormat {
  type: string;
  formula?: string;
  deleted?: boolean;
}

interface Added {
  sheet: string;
  addresses: string;
  type: string;
  formula?: string;
  fill?: string;
}

function fakeExcel(sheets: { name: string; protected?: boolean; formats: FakeFormat[] }[]) {
  const state = { syncs: 0, added: [] as Added[], touched: [] as string[] };
  const format = (f: FakeFormat) => ({
    get type() {
      return f.type;
    },
    get custom() {
      if (f.type !== "Custom")
        throw new Error("This operation is not permitted for the current object.");
      return { rule: { load: () => undefined, formula: f.formula } };
    },
    delete: () => {
      f.deleted = true;
    },
  });
  const worksheet = (s: (typeof sheets)[number]) => ({
    name: s.name,
    protection: { protected: !!s.protected },
    getRange: () => {
      if (s.protected) state.touched.push(s.name);
      const items = s.formats.map(format);
      return { conditionalFormats: { load: () => ({ items }) } };
    },
    getRanges: (addresses: string) => ({
      conditionalFormats: {
        add: (type: string) => {
          const added: Added = { sheet: s.name, addresses, type };
          state.added.push(added);
          const rule = {
            set formula(v: string) {
              added.formula = v;
            },
          };
          const fill = {
            set color(v: string) {
              added.fill = v;
            },
          };
          return { custom: { rule, format: { fill } } };
        },
      },
    }),
  });
  const context = {
    workbook: { worksheets: { items: sheets.map(worksheet), load: () => undefined } },
    sync: async () => void state.syncs++,
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (f: (c: unknown) => Promise<unknown>) => f(context),
    ConditionalFormatType: { custom: "Custom" },
  };
  return state;
}

describe("OfficeHost.highlight", () => {
  it("replaces only its own marks, over the user's conditional formats, in four syncs", async () => {
    const user: FakeFormat = { type: "Custom", formula: "=$B4>100" };
    const scale: FakeFormat = { type: "ColorScale" };
    const oldMark: FakeFormat = { type: "Custom", formula: HIGHLIGHT_RULE };
    const state = fakeExcel([{ name: "Tabel 3.4", formats: [user, scale, oldMark] }]);
    await new OfficeHost().highlight([
      { sheet: "Tabel 3.4", kind: "error", cells: ["D4", "D5"] },
      { sheet: "PK", kind: "terkait", cells: ["F3"] },
    ]);
    expect(state.syncs).toBe(4);
    expect(oldMark.deleted).toBe(true);
    expect(user.deleted).toBeUndefined();
    expect(scale.deleted).toBeUndefined();
    expect(state.added).toEqual([
      {
        sheet: "Tabel 3.4",
        addresses: "D4,D5",
        type: "Custom",
        formula: '=ISTEXT("Asisten LKjIP")',
        fill: HIGHLIGHT_FILL.error,
      },
    ]);
  });

  it("removes every mark and adds none when marking is turned off", async () => {
    const marks: FakeFormat[] = [
      { type: "Custom", formula: HIGHLIGHT_RULE },
      { type: "Custom", formula: HIGHLIGHT_RULE },
    ];
    const state = fakeExcel([
      { name: "A", formats: [marks[0]] },
      { name: "B", formats: [marks[1]] },
    ]);
    await new OfficeHost().highlight([]);
    expect(marks.map((m) => m.deleted)).toEqual([true, true]);
    expect(state.added).toEqual([]);
  });

  it("leaves a protected sheet alone", async () => {
    const mark: FakeFormat = { type: "Custom", formula: HIGHLIGHT_RULE };
    const state = fakeExcel([{ name: "PK", protected: true, formats: [mark] }]);
    await new OfficeHost().highlight([{ sheet: "PK", kind: "error", cells: ["F3"] }]);
    expect(mark.deleted).toBeUndefined();
    expect(state.added).toEqual([]);
    expect(state.touched).toEqual([]);
  });
});

describe("addressChunks", () => {
  it("keeps every cell, in order, in lists no longer than Excel accepts", () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `AB${i + 1}`);
    const chunks = addressChunks(cells);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(2000);
    expect(chunks.join(",").split(",")).toEqual(cells);
    expect(addressChunks([])).toEqual([]);
    expect(addressChunks(["A1"])).toEqual(["A1"]);
  });
});
