/**
 * The pages the build writes, read as Office and a browser would: each page's
 * Content-Security-Policy (production as built, development from the same config),
 * the help page bantuan.html that the manifest points to, with every rule and
 * function, opened in Chromium under its own CSP.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import { Browser } from "playwright-core";
import { RULES } from "../../src/engine/rules";
import { launch, ORIGIN, servedPage } from "../support/browser";
import { productionBuild } from "../support/build";

let dist: string;
const PAGES = ["taskpane.html", "preview.html", "bantuan.html"];
const OFFICE_JS_HOSTS = [
  "https://appsforoffice.microsoft.com",
  "https://officeapis.public.onecdn.static.microsoft",
];
const OFFICE_TELEMETRY = "https://browser.pipe.aria.microsoft.com";
const DEV_SOCKET = ["wss://localhost:*", "ws://localhost:*"];

let browser: Browser;

beforeAll(async () => {
  dist = await productionBuild();
  browser = await launch();
}, 300000);

afterAll(async () => {
  await browser?.close();
}, 30000);

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

describe("the help page", () => {
  it("is the file the manifest's SupportUrl and LearnMoreUrl name, and every add-in URL is built", () => {
    const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      readFileSync(join(dist, "manifest.xml"), "utf8")
    );
    const app = manifest.OfficeApp;
    const urls = app.VersionOverrides.Resources["bt:Urls"]["bt:Url"] as {
      id: string;
      DefaultValue: string;
    }[];
    const learnMore = urls.find((u) => u.id === "GetStarted.LearnMoreUrl")?.DefaultValue ?? "";
    const support = app.SupportUrl.DefaultValue as string;
    expect(new URL(support).pathname).toBe("/bantuan.html");
    expect(new URL(learnMore).pathname).toBe("/bantuan.html");

    const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
    const addinUrls = [...xml.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    expect(addinUrls.length).toBeGreaterThan(5);
    for (const url of addinUrls) {
      expect({ url, built: existsSync(join(dist, new URL(url).pathname)) }).toEqual({
        url,
        built: true,
      });
    }
  });

  it("names every rule of the engine and every function of the metadata", () => {
    const text = readFileSync(join(dist, "bantuan.html"), "utf8").replace(/<wbr\s*\/?>/g, "");
    for (const rule of RULES) {
      expect({ rule: rule.id, named: text.includes(rule.id) }).toEqual({
        rule: rule.id,
        named: true,
      });
    }
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
      functions: { name: string }[];
    };
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const f of metadata.functions) {
      expect({ fn: f.name, listed: text.includes(`=LKJIP.${f.name}(`) }).toEqual({
        fn: f.name,
        listed: true,
      });
    }
  });

  it("reads in Indonesian in Chromium, under its CSP, with no script and nothing from outside", async () => {
    const outside: string[] = [];
    const page = await servedPage(browser, dist, outside);
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => problems.push(`${m.type()}: ${m.text()}`));
    await page.goto(`${ORIGIN}/bantuan.html`);

    expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
    expect(await page.title()).toBe("Bantuan — Asisten LKjIP");
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await expect(
      page.getByRole("heading", { level: 1, name: "Bantuan Asisten LKjIP" }).isVisible()
    ).resolves.toBe(true);
    for (const name of [
      "Panel Asisten",
      "Fungsi LKJIP",
      "Aturan pemeriksaan",
      "Privasi dan data",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name }).isVisible()).resolves.toBe(true);
    }
    const rows = await page
      .locator("#aturan tbody tr")
      .evaluateAll((trs) => trs.map((tr) => ({ id: tr.id, text: (tr as HTMLElement).innerText })));
    expect(rows.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) {
      const severity = { error: "Galat", warning: "Peringatan", info: "Info" }[rule.severity];
      expect(rows[i].text).toContain(rule.id);
      expect(rows[i].text).toContain(severity);
      expect(rows[i].text).toContain(rule.title);
    }

    // Readable in a pane-wide window too: nothing wider than the window.
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);

    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  }, 60000);

  it("is one click from the pane: a Bantuan link opening it in a new window", async () => {
    const outside: string[] = [];
    const page = await servedPage(browser, dist, outside);
    await page.goto(`${ORIGIN}/preview.html`);
    const link = page.getByRole("link", { name: "Bantuan" });
    await link.waitFor({ timeout: 60000 });
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(`${ORIGIN}/bantuan.html`);
    expect(existsSync(join(dist, new URL(href).pathname))).toBe(true);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    expect(outside).toEqual([]);
  }, 90000);

  it("has no serious accessibility violation (axe-core)", async () => {
    // CSP bypassed only to inject axe-core; the page itself is the same file.
    const page = await servedPage(browser, dist, [], true);
    await page.goto(`${ORIGIN}/bantuan.html`);
    await page.addScriptTag({
      content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (c?: unknown) => Promise<{
              violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
  }, 60000);
});
