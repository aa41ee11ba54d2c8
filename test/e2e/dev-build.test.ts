/**
 * What `npm start` serves, end to end: webpack's development server really started
 * (`webpack serve --mode development`, over plain http on a free port), and its pages
 * opened in Chromium with their own Content-Security-Policy in force. The development
 * bundles must run without 'unsafe-eval', the reload socket must connect, the preview
 * must show the pane, taskpane.html must reach Office.onReady and associate every
 * custom function, and the help page must be there. Office.js itself is answered by a
 * stub; nothing leaves the machine.
 */
import { ChildProcess, spawn } from "child_process";
import { createServer } from "net";
import { join } from "path";
import { Browser, Page } from "playwright-core";
import { launch } from "../support/browser";

const root = join(__dirname, "..", "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Stands in for Office.js outside Office: records what the pane's bundles ask of it. */
const OFFICE_STUB = `
  window.officeStub = { ready: 0, associated: [] };
  window.Office = { onReady: function () { window.officeStub.ready++; return new Promise(function () {}); } };
  window.CustomFunctions = {
    associate: function (id) { window.officeStub.associated.push(id); },
    Error: function () {},
    ErrorCode: {},
  };
`;

let server: ChildProcess | undefined;
let serverOutput = "";
let browser: Browser;
let origin: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error())
      );
    });
  });
}

/** Resolves once the dev server answers `url` (it holds requests until the first build). */
async function served(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server?.exitCode !== null) {
      throw new Error(`dev server exited (${server?.exitCode}):\n${serverOutput}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`dev server did not answer ${url} in ${timeoutMs} ms:\n${serverOutput}`);
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "serve",
      "--mode",
      "development",
      "--port",
      String(port),
    ],
    {
      cwd: root,
      detached: true,
      env: { ...process.env, LKJIP_DEV_HTTP: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    }
  );
  server.stdout?.on("data", (d) => (serverOutput += d));
  server.stderr?.on("data", (d) => (serverOutput += d));
  await served(`${origin}/taskpane.html`, 120000);
  browser = await launch();
}, 150000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server?.once("exit", r));
    process.kill(-server.pid, "SIGTERM");
    await within(exited, 5000, "exit of the dev server").catch(() => {
      if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGKILL");
    });
  }
}, 30000);

interface Opened {
  readonly page: Page;
  /** Uncaught errors, and console errors about the Content-Security-Policy. */
  readonly problems: string[];
  /** Requests for anything but the dev server and Office.js. */
  readonly outside: string[];
  /** Resolves with the first message the dev server's reload socket receives. */
  readonly socketMessage: Promise<string>;
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const outside: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (/Content Security Policy|unsafe-eval|Refused to/i.test(m.text())) {
      problems.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`)
    );
  });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (url.href === OFFICE_JS) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
    }
    outside.push(url.href);
    return route.abort();
  });
  const socketMessage = new Promise<string>((resolve) =>
    page.on("websocket", (ws) => {
      if (ws.url().startsWith(`ws://localhost:${new URL(origin).port}/`)) {
        ws.once("framereceived", (frame) => resolve(String(frame.payload)));
      }
    })
  );
  await page.goto(`${origin}/${file}`);
  return { page, problems, outside, socketMessage };
}

/** `promise`, or a rejection naming `what` after `ms`, or the first of `problems` as soon as one is seen. */
async function within<T>(promise: Promise<T>, ms: number, what: string, problems: string[] = []) {
  let timer: NodeJS.Timeout | undefined;
  const deadline = Date.now() + ms;
  const watch = new Promise<never>((_, reject) => {
    const tick = () => {
      if (problems.length > 0) reject(new Error(`${what}: ${problems.join("\n")}`));
      else if (Date.now() > deadline) reject(new Error(`no ${what} in ${ms} ms`));
      else timer = setTimeout(tick, 200);
    };
    tick();
  });
  try {
    return await Promise.race([promise, watch]);
  } finally {
    clearTimeout(timer);
  }
}

async function cspOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute("content") ?? ""
  );
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe("the development server's pages under their Content-Security-Policy", () => {
  it("preview.html: the pane appears and checks the sample; the reload socket connects", async () => {
    const { page, problems, outside, socketMessage } = await open("preview.html");
    const csp = await cspOf(page);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("unsafe-eval");

    const periksa = page.getByRole("button", { name: "Periksa Semua" });
    await within(periksa.waitFor({ timeout: 60000 }), 60000, "Periksa Semua button", problems);
    await periksa.click();
    await page.getByRole("heading", { name: /^\d+ galat/ }).waitFor({ timeout: 60000 });
    await expect(within(socketMessage, 30000, "message on the reload socket")).resolves.toMatch(
      /"type"/
    );

    expect(problems).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 150000);

  it("taskpane.html: the bundles run, wait for Office and associate every custom function", async () => {
    const { page, problems, outside, socketMessage } = await open("taskpane.html");
    const csp = await cspOf(page);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("unsafe-eval");

    const metadata = (await (await fetch(`${origin}/functions.json`)).json()) as {
      functions: { id: string }[];
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    await within(
      page.waitForFunction(
        (n) => {
          const stub = (window as unknown as { officeStub: { associated: string[] } }).officeStub;
          return stub.associated.length >= n;
        },
        ids.length,
        { timeout: 60000 }
      ),
      60000,
      "CustomFunctions.associate for every function",
      problems
    );
    const stub = await page.evaluate(
      () =>
        (window as unknown as { officeStub: { ready: number; associated: string[] } }).officeStub
    );
    expect([...stub.associated].sort()).toEqual(ids);
    // Outside Office, Office.onReady never fires, so #root stays empty: the pane's entry ran
    // as far as it can without Excel.
    expect(stub.ready).toBe(1);
    await expect(within(socketMessage, 30000, "message on the reload socket")).resolves.toMatch(
      /"type"/
    );

    expect(problems).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 150000);

  it("bantuan.html: the help page the dev manifest's SupportUrl names is served, under its CSP", async () => {
    const { page, problems, outside } = await open("bantuan.html");
    expect(await cspOf(page)).not.toContain("unsafe-eval");
    await page.getByRole("heading", { level: 1, name: "Bantuan Asisten LKjIP" }).waitFor();
    expect(await page.locator("#aturan tbody tr").count()).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 60000);
});
