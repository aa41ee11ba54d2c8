/**
 * The machine's own Chromium (or Chrome, or Edge) driven by playwright-core, with the
 * built add-in served from a folder through request routing: no server, no
 * certificates, no network, and no browser downloaded.
 */
import { readFileSync, existsSync } from "fs";
import { extname, join } from "path";
import { Browser, chromium, Page } from "playwright-core";
import { findChromium } from "./prereqs/chromium";
import { currentMachine } from "./prereqs/machine";
import { stopMessage } from "./prereqs/message";
import { CHROMIUM } from "./prereqs/tools";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** The origin the built files are served at. */
export const ORIGIN = "https://lkjip.test";

/**
 * The browser program: the one LKJIP_CHROMIUM or CHROMIUM_PATH names, else the first
 * Chromium-family program on PATH or where it is installed. Throws the message that
 * says how to install one when there is none.
 */
export function chromiumPath(): string {
  const machine = currentMachine();
  const found = findChromium(machine);
  if (found.path) return found.path;
  throw new Error(
    stopMessage(machine, [{ tool: CHROMIUM, note: found.note }], {
      lead: "Tidak ada peramban untuk tes di mesin ini.",
    })
  );
}

/** Launches the browser headless with the flags this machine needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A page whose requests to ORIGIN are answered from `dir`; any other request is
 * refused and recorded. `bypassCSP` only for injecting test tools such as axe-core.
 */
export async function servedPage(
  browser: Browser,
  dir: string,
  outside: string[],
  bypassCSP = false
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      outside.push(url.href);
      return route.abort();
    }
    const file = join(dir, url.pathname);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      contentType: TYPES[extname(file)] ?? "application/octet-stream",
    });
  });
  return page;
}
