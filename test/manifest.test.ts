import { readFileSync } from "fs";
import { checkManifest } from "./support/manifest-check";

const manifest = readFileSync("manifest.xml", "utf8");
const check = (xml: string) => checkManifest(xml, "assets");

describe("manifest.xml", () => {
  it("passes the structural check", () => {
    expect(check(manifest)).toEqual([]);
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
