import { readFileSync } from "fs";
import { checkManifest, requirementSets } from "./support/manifest-check";
import { apiUses, coveredBy, formatUse, projectScan, requirements } from "./support/api-sets";

const manifest = readFileSync("manifest.xml", "utf8");

/** Every Office.js use in src/, with its requirement set (one Program, read once). */
const report = apiUses(projectScan());
/** What the unguarded uses need, per requirement set. */
const needs = requirements(report.uses);
/** The ExcelApi version the code needs without a run-time check. */
const excelApi = needs.find((n) => n.set === "ExcelApi")?.version ?? "1.1";

const check = (xml: string) => checkManifest(xml, "assets", needs);

/** The manifest asking for ExcelApi `version` instead. */
function withExcelApi(xml: string, version: string): string {
  const changed = xml.replace(/(<Set\s+Name="ExcelApi"\s+MinVersion=")[^"]*"/, `$1${version}"`);
  if (changed === xml) throw new Error("the manifest has no ExcelApi MinVersion to change");
  return changed;
}

const [major, minor] = excelApi.split(".").map(Number);
/** A version just below what the code needs; and one above it with a two-digit minor. */
const older = `${major}.${minor - 1}`;
const newer = `${major}.${Math.max(minor + 1, 10)}`;

describe("manifest.xml", () => {
  it("passes the structural check, with the requirement sets the code needs", () => {
    expect(check(manifest)).toEqual([]);
  });

  it("asks for every requirement set an Office.js use outside a support check needs", () => {
    const declared = requirementSets(manifest);
    expect(declared.get("ExcelApi")).toBeDefined();
    expect(report.uses.filter((u) => !coveredBy(u, declared)).map(formatUse)).toEqual([]);
  });

  it("is checked against the Office adapter's uses (the deriver sees them)", () => {
    const members = new Set(
      report.uses.filter((u) => u.file.startsWith("src/adapters/office/")).map((u) => u.member)
    );
    expect(members).toContain("Excel.Range.getCellProperties");
    expect(members).toContain("Excel.Worksheet.getRanges");
    expect(members).toContain("Excel.Range.getMergedAreasOrNullObject");
  });

  it("loads only properties that exist, named in literals the check can read", () => {
    expect(report.problems).toEqual([]);
    expect(report.unchecked).toEqual([]);
  });

  it(`accepts a newer Excel API such as ${newer} (versions compared part by part)`, () => {
    expect(check(withExcelApi(manifest, newer))).toEqual([]);
  });

  it("fails on a requirement set a manifest cannot give", () => {
    const online = {
      set: "ExcelApiOnline",
      version: "1.1",
      declarable: false,
      members: ["Excel.Workbook.linkedWorkbooks"],
    };
    expect(checkManifest(manifest, "assets", [...needs, online]).join("\n")).toContain(
      "ExcelApiOnline 1.1 cannot come from the manifest"
    );
  });

  it.each([
    [
      "a resid that resolves nowhere",
      (x: string) => x.replace('resid="Functions.Script.Url"', 'resid="Functions.Nope"'),
      "does not resolve",
    ],
    [
      "a short runtime lifetime",
      (x: string) => x.replace('lifetime="long"', 'lifetime="short"'),
      "lifetime",
    ],
    [
      "a wider permission",
      (x: string) => x.replace(">ReadWriteDocument<", ">ReadWriteMailbox<"),
      "Permissions",
    ],
    [
      "an http URL",
      (x: string) =>
        x.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"),
      "not https",
    ],
    ["a missing icon", (x: string) => x.replace("icon-80.png", "icon-81.png"), "asset icon-81.png"],
    [
      "no shared runtime",
      (x: string) => x.replace('Name="SharedRuntime"', 'Name="CustomFunctionsRuntime"'),
      "SharedRuntime",
    ],
    [
      `an Excel API older than the code needs (${older})`,
      (x: string) => withExcelApi(x, older),
      `ExcelApi ${excelApi} is missing`,
    ],
    [
      "no Excel API at all",
      (x: string) => x.replace(/<Set\s+Name="ExcelApi"[^>]*\/>/, ""),
      `ExcelApi ${excelApi} is missing`,
    ],
    [
      "another namespace",
      (x: string) => x.replace('DefaultValue="LKJIP"', 'DefaultValue="CONTOSO"'),
      "namespace",
    ],
    ["a broken document", (x: string) => x.replace("<OfficeApp", "<Office"), "not well-formed"],
    ["another root element", (x: string) => x.replace(/OfficeApp/g, "OfficeAddin"), "OfficeApp"],
  ])("fails on %s", (_name, mutate, expected) => {
    const problems = check(mutate(manifest));
    expect(problems.join("\n")).toContain(expected);
  });
});
