import { readFileSync } from "fs";
import { checkManifest } from "./support/manifest-check";

const manifest = readFileSync("manifest.xml", "utf8");
const check = (xml: string) => checkManifest(xml, "assets");

describe("manifest.xml", () => {
  it("passes the structural check", () => {
    expect(check(manifest)).toEqual([]);
  });

  it("accepts a newer Excel API such as 1.12 (versions compared part by part)", () => {
    expect(
      check(
        manifest.replace('Name="ExcelApi" MinVersion="1.9"', 'Name="ExcelApi" MinVersion="1.12"')
      )
    ).toEqual([]);
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
      "an Excel API older than the adapter needs",
      (x: string) =>
        x.replace('Name="ExcelApi" MinVersion="1.9"', 'Name="ExcelApi" MinVersion="1.4"'),
      "ExcelApi 1.9",
    ],
    [
      "ExcelApi 1.1",
      (x: string) =>
        x.replace('Name="ExcelApi" MinVersion="1.9"', 'Name="ExcelApi" MinVersion="1.1"'),
      "ExcelApi 1.9",
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
