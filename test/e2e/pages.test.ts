/**
 * The pages the build writes, read as Office and a browser would: each page's
 * Content-Security-Policy, production as built and development from the same config.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const root = join(__dirname, "..", "..");
const dist = mkdtempSync(join(tmpdir(), "lkjip-pages-"));
const PAGES = ["taskpane.html", "preview.html"];
const OFFICE_JS_HOSTS = [
  "https://appsforoffice.microsoft.com",
  "https://officeapis.public.onecdn.static.microsoft",
];
const OFFICE_TELEMETRY = "https://browser.pipe.aria.microsoft.com";
const DEV_SOCKET = ["wss://localhost:*", "ws://localhost:*"];

beforeAll(() => {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist],
    { cwd: root, stdio: "pipe" }
  );
}, 240000);

type Policy = Map<string, string[]>;

function parsePolicy(csp: string): Policy {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources])
  );
}

function builtPolicy(page: string): { html: string; policy: Policy } {
  const html = readFileSync(join(dist, page), "utf8");
  const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
  return { html, policy: parsePolicy(csp) };
}

/** The CSP each page gets from webpack.config.js in a mode, without building. */
async function configuredPolicies(mode: string): Promise<Map<string, Policy>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require("../../webpack.config.js")({}, { mode });
  const pages = (config.plugins as { userOptions?: { filename?: string; csp?: string } }[])
    .map((p) => p.userOptions)
    .filter((o): o is { filename: string; csp: string } => !!o?.filename && !!o.csp);
  return new Map(pages.map((o) => [o.filename, parsePolicy(o.csp)]));
}

/** What every page's policy must hold, in either mode. */
function expectStrict(policy: Policy, page: string, dev: boolean): void {
  const office = page === "taskpane.html";
  const all = [...policy.values()].flat();
  expect(all).not.toContain("'unsafe-eval'");
  expect(all).not.toContain("*");
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("script-src")).toEqual(["'self'", ...(office ? OFFICE_JS_HOSTS : [])]);
  expect(policy.get("connect-src")).toEqual([
    "'self'",
    ...(office ? [OFFICE_TELEMETRY] : []),
    ...(dev ? DEV_SOCKET : []),
  ]);
  expect(policy.get("frame-src")).toEqual(office ? OFFICE_JS_HOSTS : undefined);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
}

describe("each page's Content-Security-Policy", () => {
  it.each(PAGES)("%s as built for production: no eval, scripts and connections held in", (page) => {
    const { html, policy } = builtPolicy(page);
    expect(policy.size).toBeGreaterThan(0);
    const script = html.indexOf("<script");
    if (script >= 0) expect(html.indexOf("Content-Security-Policy")).toBeLessThan(script);
    expectStrict(policy, page, false);
  });

  it.each(PAGES)(
    "%s in development: the same, plus the dev server's reload socket",
    async (page) => {
      const policy = (await configuredPolicies("development")).get(page);
      expect(policy).toBeDefined();
      expectStrict(policy as Policy, page, true);
    }
  );

  it("lets taskpane.html load Office.js from a host its script-src allows", () => {
    const { html, policy } = builtPolicy("taskpane.html");
    const officeJs = /<script[^>]*src="?(https:\/\/[^" >]+\/office\.js)/.exec(html)?.[1] ?? "";
    expect(officeJs).not.toBe("");
    expect(policy.get("script-src")).toContain(new URL(officeJs).origin);
  });
});
