/**
 * The add-in as webpack builds it for production (the run's shared build), with the
 * bundled functions.js run the way Excel does: evaluate it, collect what it
 * associates, call the functions.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { productionBuild } from "../support/build";
import { StubCustomFunctionError } from "../support/custom-functions-stub";

let dist: string;
const associated = new Map<string, (...args: unknown[]) => unknown>();

beforeAll(async () => {
  dist = await productionBuild();
  const CustomFunctions = {
    Error: StubCustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
  };
  runInNewContext(readFileSync(join(dist, "functions.js"), "utf8"), {
    CustomFunctions,
    self: {},
    window: {},
  });
}, 300000);

describe("the production bundle", () => {
  it("associates the seven functions with their metadata ids", () => {
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
    const ids = metadata.functions.map((f: { id: string }) => f.id).sort();
    expect([...associated.keys()].sort()).toEqual(ids);
  });

  it("computes the seed's figures from the bundled code", () => {
    expect(associated.get("CAPAIAN")?.("83,514", "B (75)")).toBeCloseTo(111.35, 2);
    expect(associated.get("KRITERIA")?.(71.89)).toBe("Sedang");
    expect(associated.get("SERAPAN")?.("50.049.438.561", "54.401.966.922")).toBeCloseTo(92, 2);
    const err = associated.get("CAPAIAN")?.(5, 0) as StubCustomFunctionError;
    expect(err.message).toBe("Target 0: capaian tidak dapat dihitung");
    const typed = { type: "FormattedNumber", basicValue: 83.514, numberFormat: "0.000" };
    expect(
      associated.get("CAPAIAN")?.(typed, { type: "String", basicValue: "B (75)" })
    ).toBeCloseTo(111.35, 2);
  });

  it("makes no network request: no fetch, XMLHttpRequest, WebSocket or sendBeacon in our code", () => {
    for (const file of ["functions.js", "taskpane.js"]) {
      const code = readFileSync(join(dist, file), "utf8");
      expect(code).not.toMatch(
        /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/
      );
    }
  });

  it("serves the pane with a Content-Security-Policy that allows no outside connection", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // Nothing for the add-in's own code beyond 'self': only Office.js's telemetry collector
    // (test/e2e/pages.test.ts checks every directive of every page).
    expect(/connect-src ([^;]*)/.exec(csp)?.[1]).toBe(
      "'self' https://browser.pipe.aria.microsoft.com"
    );
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
  });

  it("ships the manifest and its icons", () => {
    expect(readFileSync(join(dist, "manifest.xml"), "utf8")).toContain("Asisten LKjIP");
    expect(
      readFileSync(join(dist, "assets", "icon-80.png"))
        .subarray(1, 4)
        .toString()
    ).toBe("PNG");
  });
});
