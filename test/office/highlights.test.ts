/**
 * Marks in Excel as the add-in's own conditional formats, against the strict fake
 * Excel: earlier marks found by their rule in the batch that deletes them, never
 * by a kept id (an id is only a position); the user's conditional formats never
 * touched; protected sheets left alone; a sheet whose formats Excel cannot read
 * skipped with a note instead of an error.
 */
import {
  addressChunks,
  HIGHLIGHT_FILL,
  HIGHLIGHT_RULE,
} from "../../src/adapters/office/highlights";
import { OfficeHost } from "../../src/adapters/office/office-host";
import { FakeExcel, FakeFormat, FakeSheetInit } from "../support/fake-excel";

const USER: FakeFormat = { address: "B4:B9", type: "Custom", formula: "=$B4>100", fill: "#00FF00" };
const SCALE: FakeFormat = { address: "C4:C9", type: "ColorScale" };
const OLD_MARK: FakeFormat = {
  address: "D4",
  type: "Custom",
  formula: HIGHLIGHT_RULE,
  fill: "#FDE7E9",
};

function excel(sheets: readonly FakeSheetInit[]): FakeExcel {
  return new FakeExcel(sheets).install();
}

/** The marks of ours on a sheet, top priority first. */
const ours = (fake: FakeExcel, sheet: string) =>
  fake
    .sheet(sheet)
    .formats.filter((f) => f.formula === HIGHLIGHT_RULE)
    .map((f) => ({ address: f.address, fill: f.fill }));

/** The formats on a sheet that are not ours. */
const theirs = (fake: FakeExcel, sheet: string) =>
  fake.sheet(sheet).formats.filter((f) => f.formula !== HIGHLIGHT_RULE);

describe("OfficeHost.highlight", () => {
  it("finds and replaces only its own marks, over the user's conditional formats, in four syncs", async () => {
    const fake = excel([{ name: "Tabel 3.4", formats: [USER, SCALE, OLD_MARK] }]);
    const result = await new OfficeHost().highlight([
      { sheet: "Tabel 3.4", kind: "error", cells: ["D4", "D5"] },
      { sheet: "Lembar hilang", kind: "terkait", cells: ["F3"] },
    ]);
    expect(result).toEqual({ skipped: [] });
    expect(fake.syncs).toBe(4);
    expect(fake.failures).toEqual([]);
    expect(ours(fake, "Tabel 3.4")).toEqual([{ address: "D4,D5", fill: HIGHLIGHT_FILL.error }]);
    expect(theirs(fake, "Tabel 3.4")).toEqual([USER, SCALE]);
    expect(HIGHLIGHT_RULE).toBe('=ISTEXT("Asisten LKjIP")');
  });

  it("keeps a format the user added between two drawings (ids are positions, not keys)", async () => {
    const fake = excel([{ name: "Tabel 3.4", formats: [USER] }, { name: "PK" }]);
    const host = new OfficeHost();
    await host.highlight([{ sheet: "Tabel 3.4", kind: "error", cells: ["D4"] }]);
    const added: FakeFormat = {
      address: "A1:Z99",
      type: "Custom",
      formula: "=ROW()=1",
      fill: "#123456",
    };
    fake.sheet("Tabel 3.4").formats.unshift(added);
    await host.highlight([
      { sheet: "Tabel 3.4", kind: "warning", cells: ["E9"] },
      { sheet: "PK", kind: "terkait", cells: ["F3"] },
    ]);
    expect(theirs(fake, "Tabel 3.4")).toEqual([added, USER]);
    expect(ours(fake, "Tabel 3.4")).toEqual([{ address: "E9", fill: HIGHLIGHT_FILL.warning }]);
    expect(ours(fake, "PK")).toEqual([{ address: "F3", fill: HIGHLIGHT_FILL.terkait }]);
  });

  it("deletes several of its marks among the user's without shifting onto the user's", async () => {
    const mark = (address: string): FakeFormat => ({ ...OLD_MARK, address });
    const fake = excel([
      { name: "T", formats: [mark("A1"), USER, mark("A2"), SCALE, mark("A3"), mark("A4")] },
    ]);
    await new OfficeHost().highlight([{ sheet: "T", kind: "info", cells: ["C1"] }]);
    expect(theirs(fake, "T")).toEqual([USER, SCALE]);
    expect(ours(fake, "T")).toEqual([{ address: "C1", fill: HIGHLIGHT_FILL.info }]);
  });

  it("draws on a sheet that Isi Tabel added since the last drawing", async () => {
    const fake = excel([{ name: "Tabel 3.4" }]);
    const host = new OfficeHost();
    await host.highlight([{ sheet: "Tabel 3.4", kind: "error", cells: ["D4"] }]);
    fake.addSheet("Tabel 3.4 (isi)");
    await host.highlight([{ sheet: "Tabel 3.4 (isi)", kind: "error", cells: ["F4"] }]);
    expect(ours(fake, "Tabel 3.4")).toEqual([]);
    expect(ours(fake, "Tabel 3.4 (isi)")).toEqual([{ address: "F4", fill: HIGHLIGHT_FILL.error }]);
  });

  it("removes every mark and adds none when marking is turned off", async () => {
    const fake = excel([
      { name: "A", formats: [OLD_MARK] },
      { name: "B", formats: [OLD_MARK, USER] },
    ]);
    await new OfficeHost().highlight([]);
    expect([...ours(fake, "A"), ...ours(fake, "B")]).toEqual([]);
    expect(theirs(fake, "B")).toEqual([USER]);
  });

  it("leaves a protected sheet alone", async () => {
    const fake = excel([{ name: "PK", protected: true, formats: [OLD_MARK] }]);
    const host = new OfficeHost();
    await host.highlight([{ sheet: "PK", kind: "error", cells: ["F3"] }]);
    await host.highlight([{ sheet: "PK", kind: "error", cells: ["F4"] }]);
    expect(fake.sheet("PK").formats).toEqual([OLD_MARK]);
    expect(fake.failures).toEqual([]);
  });

  it("reads rules one by one on a sheet where Excel cannot read one of the user's (office-js 6835)", async () => {
    const broken: FakeFormat = { ...USER, unreadable: true };
    const fake = excel([
      { name: "Tabel 3.4", formats: [broken, OLD_MARK] },
      { name: "PK", formats: [OLD_MARK] },
    ]);
    const result = await new OfficeHost().highlight([
      { sheet: "Tabel 3.4", kind: "error", cells: ["D4"] },
      { sheet: "PK", kind: "error", cells: ["F3"] },
    ]);
    expect(result).toEqual({ skipped: [] });
    expect(theirs(fake, "Tabel 3.4")).toEqual([broken]);
    expect(ours(fake, "Tabel 3.4")).toEqual([{ address: "D4", fill: HIGHLIGHT_FILL.error }]);
    expect(ours(fake, "PK")).toEqual([{ address: "F3", fill: HIGHLIGHT_FILL.error }]);
  });

  it("skips, and names, a sheet whose formats Excel cannot list, and marks the others", async () => {
    const fake = excel([
      { name: "Tabel 3.4", formats: [USER, OLD_MARK], brokenFormats: true },
      { name: "PK" },
    ]);
    const result = await new OfficeHost().highlight([
      { sheet: "Tabel 3.4", kind: "error", cells: ["D4"] },
      { sheet: "PK", kind: "error", cells: ["F3"] },
    ]);
    expect(result).toEqual({ skipped: ["Tabel 3.4"] });
    expect(fake.sheet("Tabel 3.4").formats).toEqual([USER, OLD_MARK]);
    expect(ours(fake, "PK")).toEqual([{ address: "F3", fill: HIGHLIGHT_FILL.error }]);
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
