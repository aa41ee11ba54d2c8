import {
  ApiReport,
  apiUses,
  compareVersions,
  coveredBy,
  formatUse,
  parseApiNote,
  requirements,
  snippetScan,
} from "./support/api-sets";

/** What each snippet may use: a range, a workbook, event arguments and the support checks. */
const PRELUDE = `
export {};
declare const range: Excel.Range;
declare const context: Excel.RequestContext;
declare const event: Excel.WorksheetChangedEventArgs;
declare function supportsExcelApi(version: string): boolean;
`;

const SNIPPETS: Record<string, string> = {
  "unguarded.ts": `range.getMergedAreasOrNullObject();`,
  "guarded.ts": `if (supportsExcelApi("1.13")) range.getMergedAreasOrNullObject();`,
  "too-low.ts": `if (supportsExcelApi("1.12")) range.getMergedAreasOrNullObject();`,
  "newer-guard.ts": `if (supportsExcelApi("1.14")) { range.getMergedAreasOrNullObject(); }`,
  "early-return.ts": `
function merges() {
  if (!supportsExcelApi("1.13")) return undefined;
  const areas = range.getMergedAreasOrNullObject();
  return areas;
}
function before() {
  range.getMergedAreasOrNullObject();
  if (!supportsExcelApi("1.13")) return;
}`,
  "or-return.ts": `
function merges(skip: boolean) {
  if (skip || !supportsExcelApi("1.13")) return [];
  return [range.getMergedAreasOrNullObject()];
}`,
  "else.ts": `
if (!supportsExcelApi("1.13")) console.log("old Excel");
else range.getMergedAreasOrNullObject();`,
  "conditional.ts": `
const a = supportsExcelApi("1.13") ? range.getMergedAreasOrNullObject() : null;
const b = supportsExcelApi("1.13") && range.getMergedAreasOrNullObject();
const c = !supportsExcelApi("1.13") || range.getMergedAreasOrNullObject();
const d = supportsExcelApi("1.13") || range.getMergedAreasOrNullObject();`,
  "office.ts": `
if (Office.context.requirements.isSetSupported("ExcelApi", "1.13")) range.getMergedAreasOrNullObject();
if (Office.context.requirements.isSetSupported("WordApi", "1.13")) range.getMergedAreasOrNullObject();`,
  "getitem.ts": `context.workbook.worksheets.getItem("Sheet1");`,
  "versions.ts": `
if (supportsExcelApi("1.9")) range.getMergedAreasOrNullObject();
range.getRangeEdge(Excel.KeyboardDirection.down);`,
  "enum.ts": `
range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
const v = Excel.SheetVisibility.hidden;`,
  "write.ts": `
const ws = context.workbook.worksheets.getItem("A");
const now = ws.visibility;
ws.visibility = Excel.SheetVisibility.hidden;`,
  "load.ts": `
context.workbook.worksheets.load("items/name,items/visibility");
range.load(["values", "formulas"]);
range.getMergedAreasOrNullObject().load("areas/items/address");
range.load("values,nonsense");`,
  "load-param.ts": `
function used(fields: string) { range.load(fields); }
used("rowIndex,columnIndex");
if (supportsExcelApi("1.13")) used("hasSpill");
export function open(fields: string) { range.load(fields); }`,
  "options.ts": `
const PROPS = { format: { font: { bold: true }, indentLevel: true } };
range.getCellProperties(PROPS);
range.getCellProperties({ format: { autoIndent: true } });`,
  "online.ts": `
event.triggerSource;
range.getMergedAreasOrNullObject();
if (Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")) context.workbook.linkedWorkbooks;
context.workbook.linkedWorkbooks;`,
};

let report: ApiReport;

beforeAll(() => {
  const sources = Object.fromEntries(
    Object.entries(SNIPPETS).map(([name, body]) => [name, PRELUDE + body])
  );
  report = apiUses(snippetScan(sources));
});

/** The line of a snippet's body (1 is its first line after the prelude). */
const line = (n: number) => PRELUDE.split("\n").length - 1 + n;

/** The uses of `member` (its last name part) in a snippet, as `line set version guarded`. */
function uses(file: string, member: string): string[] {
  return report.uses
    .filter((u) => u.file === file && u.member.endsWith(`.${member}`))
    .map((u) =>
      [u.line, u.needs?.set, u.needs?.version, u.write ? "write" : "", u.via, u.guarded]
        .filter((x) => x !== "")
        .join(" ")
    );
}

describe("the requirement-set deriver", () => {
  it("reads the typings' notes", () => {
    expect(parseApiNote("* [Api set: ExcelApi 1.13]")).toEqual({
      set: "ExcelApi",
      version: "1.13",
      setterVersion: undefined,
      text: "ExcelApi 1.13",
    });
    expect(
      parseApiNote("[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]")
    ).toMatchObject({ version: "1.1", setterVersion: "1.2" });
    expect(parseApiNote("[Api set: ExcelApi 1.1 for get, 1.8 for set]")).toMatchObject({
      setterVersion: "1.8",
    });
    expect(parseApiNote("[Api set: ExcelApiOnline 1.1]")).toMatchObject({ set: "ExcelApiOnline" });
    expect(parseApiNote("no note")).toBeUndefined();
  });

  it("compares versions part by part", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.9", "1.13")).toBeLessThan(0);
    expect(compareVersions("1.13", "1.13")).toBe(0);
    expect(compareVersions("2", "1.20")).toBeGreaterThan(0);
  });

  it("reports an unguarded getMergedAreasOrNullObject as ExcelApi 1.13", () => {
    expect(uses("unguarded.ts", "getMergedAreasOrNullObject")).toEqual([
      `${line(1)} ExcelApi 1.13 code false`,
    ]);
  });

  it("takes it as guarded inside if (supportsExcelApi('1.13')) or a newer version", () => {
    expect(uses("guarded.ts", "getMergedAreasOrNullObject")).toEqual([
      `${line(1)} ExcelApi 1.13 code true`,
    ]);
    expect(uses("newer-guard.ts", "getMergedAreasOrNullObject")[0]).toMatch(/ true$/);
  });

  it("reports it behind supportsExcelApi('1.12') or ('1.9'): versions compared part by part", () => {
    expect(uses("too-low.ts", "getMergedAreasOrNullObject")[0]).toMatch(/ false$/);
    expect(uses("versions.ts", "getMergedAreasOrNullObject")[0]).toMatch(/ false$/);
  });

  it("takes the rest of a block after an early return as guarded, not what comes before", () => {
    expect(uses("early-return.ts", "getMergedAreasOrNullObject")).toEqual([
      `${line(4)} ExcelApi 1.13 code true`,
      `${line(8)} ExcelApi 1.13 code false`,
    ]);
    expect(uses("or-return.ts", "getMergedAreasOrNullObject")[0]).toMatch(/ true$/);
  });

  it("follows else branches, conditional expressions, && and ||", () => {
    expect(uses("else.ts", "getMergedAreasOrNullObject")[0]).toMatch(/ true$/);
    expect(uses("conditional.ts", "getMergedAreasOrNullObject")).toEqual([
      `${line(2)} ExcelApi 1.13 code true`,
      `${line(3)} ExcelApi 1.13 code true`,
      `${line(4)} ExcelApi 1.13 code true`,
      `${line(5)} ExcelApi 1.13 code false`,
    ]);
  });

  it("knows Office.context.requirements.isSetSupported, for the set it names only", () => {
    expect(uses("office.ts", "getMergedAreasOrNullObject")).toEqual([
      `${line(2)} ExcelApi 1.13 code true`,
      `${line(3)} ExcelApi 1.13 code false`,
    ]);
  });

  it("finds worksheets.getItem as ExcelApi 1.1", () => {
    expect(uses("getitem.ts", "getItem")).toEqual([`${line(1)} ExcelApi 1.1 code false`]);
    expect(uses("getitem.ts", "worksheets")).toEqual([`${line(1)} ExcelApi 1.1 code false`]);
  });

  it("counts enum members and their enums", () => {
    expect(uses("enum.ts", "custom")).toEqual([`${line(2)} ExcelApi 1.6 code false`]);
    expect(uses("enum.ts", "ConditionalFormatType")).toEqual([
      `${line(2)} ExcelApi 1.6 code false`,
    ]);
    expect(uses("enum.ts", "hidden")).toEqual([`${line(3)} ExcelApi 1.1 code false`]);
    expect(uses("versions.ts", "getRangeEdge")).toEqual([`${line(3)} ExcelApi 1.13 code false`]);
  });

  it("uses the setter's version for a write", () => {
    expect(uses("write.ts", "visibility")).toEqual([
      `${line(3)} ExcelApi 1.1 code false`,
      `${line(4)} ExcelApi 1.2 write code false`,
    ]);
  });

  it("looks up the properties a load string names, path by path", () => {
    expect(uses("load.ts", "name")).toEqual([`${line(2)} ExcelApi 1.1 load false`]);
    expect(uses("load.ts", "visibility")).toEqual([`${line(2)} ExcelApi 1.1 load false`]);
    expect(uses("load.ts", "formulas")).toEqual([`${line(3)} ExcelApi 1.1 load false`]);
    expect(uses("load.ts", "areas")).toEqual([`${line(4)} ExcelApi 1.9 load false`]);
    expect(uses("load.ts", "address")).toEqual([`${line(4)} ExcelApi 1.1 load false`]);
    expect(report.problems).toEqual([
      `load.ts:${line(5)} load("values,nonsense"): Range has no property nonsense`,
    ]);
  });

  it("follows a load string passed to a function of the file, with that call's guards", () => {
    expect(uses("load-param.ts", "columnIndex")).toEqual([`${line(3)} ExcelApi 1.1 load false`]);
    expect(uses("load-param.ts", "hasSpill")).toEqual([`${line(4)} ExcelApi 1.12 load true`]);
    expect(report.unchecked).toEqual([
      `load-param.ts:${line(5)} Range.load(fields): not a literal`,
    ]);
  });

  it("counts the properties of options objects, also through a constant", () => {
    expect(uses("options.ts", "indentLevel")).toEqual([`${line(2)} ExcelApi 1.9 option false`]);
    expect(uses("options.ts", "autoIndent")).toEqual([`${line(4)} ExcelApi 1.9 option false`]);
  });

  it("derives what the unguarded uses need, and what a manifest cannot give", () => {
    const online = report.uses.filter((u) => u.file === "online.ts");
    const needs = requirements(online);
    expect(needs).toEqual([
      {
        set: "ExcelApi",
        version: "1.14",
        declarable: true,
        members: ["Excel.WorksheetChangedEventArgs.triggerSource"],
      },
      {
        set: "ExcelApiOnline",
        version: "1.1",
        declarable: false,
        members: ["Excel.Workbook.linkedWorkbooks"],
      },
    ]);
    const declared = new Map([
      ["ExcelApi", "1.13"],
      ["ExcelApiOnline", "1.1"],
    ]);
    expect(online.filter((u) => !coveredBy(u, declared)).map(formatUse)).toEqual([
      `online.ts:${line(2)} Excel.WorksheetChangedEventArgs.triggerSource [Api set: ExcelApi 1.14]`,
      `online.ts:${line(5)} Excel.Workbook.linkedWorkbooks [Api set: ExcelApiOnline 1.1]`,
    ]);
  });
});
