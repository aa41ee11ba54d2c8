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
  fill?: string;
  addresses?: string;
  id?: string;
  deleted?: boolean;
}

interface FakeSheet {
  name: string;
  protected?: boolean;
  formats: FakeFormat[];
}

/**
 * A fake Excel holding conditional formats per sheet. Like Excel, reading a custom
 * rule through a non-custom format fails, and a missing sheet or format id fails
 * the batch at its sync.
 */
function fakeExcel(sheets: FakeSheet[]) {
  const state = { syncs: 0, touched: [] as string[], failure: undefined as string | undefined };
  let nextId = 1;
  const fail = (why: string) => (state.failure ??= why);
  const live = (s: FakeSheet) => s.formats.filter((f) => !f.deleted);
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
  const worksheet = (s: FakeSheet) => ({
    name: s.name,
    protection: { protected: !!s.protected },
    getRange: () => {
      if (s.protected) state.touched.push(s.name);
      return {
        conditionalFormats: {
          load: () => ({ items: live(s).map(format) }),
          getItem: (id: string) => ({
            delete: () => {
              const found = live(s).find((f) => f.id === id);
              if (found) found.deleted = true;
              else fail(`ItemNotFound ${id}`);
            },
          }),
        },
      };
    },
    getRanges: (addresses: string) => ({
      conditionalFormats: {
        add: (type: string) => {
          if (s.protected) fail("AccessDenied");
          const added: FakeFormat = { type, addresses, id: `cf${nextId++}` };
          s.formats.push(added);
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
          return { custom: { rule, format: { fill } }, load: () => undefined, id: added.id };
        },
      },
    }),
  });
  const context = {
    workbook: {
      worksheets: {
        items: sheets.map(worksheet),
        load: () => undefined,
        getItem: (name: string) => {
          const sheet = sheets.find((s) => s.name === name);
          if (sheet) return worksheet(sheet);
          fail(`ItemNotFound ${name}`);
          return worksheet({ name, formats: [] });
        },
      },
    },
    sync: async () => {
      state.syncs++;
      const failure = state.failure;
      state.failure = undefined;
      if (failure) throw new Error(failure);
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (f: (c: unknown) => Promise<unknown>) => f(context),
    ConditionalFormatType: { custom: "Custom" },
  };
  return state;
}

/** The marks of ours still in a sheet. */
const ours = (s: FakeSheet) =>
  s.formats
    .filter((f) => !f.deleted && f.formula === HIGHLIGHT_RULE)
    .map((f) => ({ addresses: f.addresses, fill: f.fill }));

describe("OfficeHost.highlight", () => {
  it("first finds and replaces only its own marks, over the user's conditional formats, in four syncs", async () => {
    const user: FakeFormat = { type: "Custom", formula: "=$B4>100" };
    const scale: FakeFormat = { type: "ColorScale" };
    const oldMark: FakeFormat = { type: "Custom", formula: HIGHLIGHT_RULE };
    const sheet: FakeSheet = { name: "Tabel 3.4", formats: [user, scale, oldMark] };
    const state = fakeExcel([sheet]);
    await new OfficeHost().highlight([
      { sheet: "Tabel 3.4", kind: "error", cells: ["D4", "D5"] },
      { sheet: "Lembar hilang", kind: "terkait", cells: ["F3"] },
    ]);
    expect(state.syncs).toBe(4);
    expect(oldMark.deleted).toBe(true);
    expect(user.deleted).toBeUndefined();
    expect(scale.deleted).toBeUndefined();
    expect(ours(sheet)).toEqual([{ addresses: "D4,D5", fill: HIGHLIGHT_FILL.error }]);
    expect(HIGHLIGHT_RULE).toBe('=ISTEXT("Asisten LKjIP")');
  });

  it("then redraws by id in one sync", async () => {
    const user: FakeFormat = { type: "Custom", formula: "=$B4>100" };
    const pk: FakeSheet = { name: "PK", formats: [] };
    const t34: FakeSheet = { name: "Tabel 3.4", formats: [user] };
    const state = fakeExcel([pk, t34]);
    const host = new OfficeHost();
    await host.highlight([{ sheet: "Tabel 3.4", kind: "error", cells: ["D4"] }]);
    state.syncs = 0;
    await host.highlight([
      { sheet: "Tabel 3.4", kind: "warning", cells: ["E9"] },
      { sheet: "PK", kind: "terkait", cells: ["F3"] },
    ]);
    expect(state.syncs).toBe(1);
    expect(ours(t34)).toEqual([{ addresses: "E9", fill: HIGHLIGHT_FILL.warning }]);
    expect(ours(pk)).toEqual([{ addresses: "F3", fill: HIGHLIGHT_FILL.terkait }]);
    expect(user.deleted).toBeUndefined();
  });

  it("searches again when the user deleted one of its marks, leaving exactly the new ones", async () => {
    const sheet: FakeSheet = { name: "Tabel 3.4", formats: [] };
    const state = fakeExcel([sheet]);
    const host = new OfficeHost();
    await host.highlight([
      { sheet: "Tabel 3.4", kind: "error", cells: ["D4"] },
      { sheet: "Tabel 3.4", kind: "info", cells: ["G4"] },
    ]);
    sheet.formats[0].deleted = true;
    state.syncs = 0;
    await host.highlight([{ sheet: "Tabel 3.4", kind: "error", cells: ["D5"] }]);
    expect(state.syncs).toBe(1 + 4);
    expect(ours(sheet)).toEqual([{ addresses: "D5", fill: HIGHLIGHT_FILL.error }]);
  });

  it("searches again for a sheet it has not seen, such as one Isi Tabel just added", async () => {
    const first: FakeSheet = { name: "Tabel 3.4", formats: [] };
    fakeExcel([first]);
    const host = new OfficeHost();
    await host.highlight([{ sheet: "Tabel 3.4", kind: "error", cells: ["D4"] }]);
    const added: FakeSheet = { name: "Tabel 3.4 (isi)", formats: [] };
    const later = fakeExcel([first, added]);
    await host.highlight([{ sheet: "Tabel 3.4 (isi)", kind: "error", cells: ["F4"] }]);
    expect(ours(first)).toEqual([]);
    expect(ours(added)).toEqual([{ addresses: "F4", fill: HIGHLIGHT_FILL.error }]);
    expect(later.syncs).toBe(4);
  });

  it("removes every mark and adds none when marking is turned off", async () => {
    const a: FakeSheet = { name: "A", formats: [{ type: "Custom", formula: HIGHLIGHT_RULE }] };
    const b: FakeSheet = { name: "B", formats: [{ type: "Custom", formula: HIGHLIGHT_RULE }] };
    fakeExcel([a, b]);
    await new OfficeHost().highlight([]);
    expect([...ours(a), ...ours(b)]).toEqual([]);
  });

  it("leaves a protected sheet alone", async () => {
    const mark: FakeFormat = { type: "Custom", formula: HIGHLIGHT_RULE };
    const pk: FakeSheet = { name: "PK", protected: true, formats: [mark] };
    const state = fakeExcel([pk]);
    const host = new OfficeHost();
    await host.highlight([{ sheet: "PK", kind: "error", cells: ["F3"] }]);
    await host.highlight([{ sheet: "PK", kind: "error", cells: ["F4"] }]);
    expect(mark.deleted).toBeUndefined();
    expect(pk.formats).toEqual([mark]);
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
