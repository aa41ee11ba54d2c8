/**
 * The preview page in the browser tests: opened from the run's build with the pane
 * ready, and a check run to its end with every progress label it showed. A run is
 * over when a progress bar was seen and none is left, so a page that already shows
 * results from an earlier run can be checked again.
 */
import { Browser, Page } from "playwright-core";
import { ORIGIN, servedPage } from "./browser";

/** How to open the preview. */
export interface PreviewOptions {
  /** Only to inject test tools such as axe-core. */
  readonly bypassCSP?: boolean;
  /** `?salinan=20` and the like. */
  readonly query?: string;
}

/**
 * Opens preview.html from `dist` and waits for the pane; requests outside the
 * page's origin are refused and recorded in `outside`. Fails on an uncaught error.
 */
export async function openPreview(
  browser: Browser,
  dist: string,
  outside: string[],
  { bypassCSP = false, query = "" }: PreviewOptions = {}
): Promise<Page> {
  const page = await servedPage(browser, dist, outside, bypassCSP);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/preview.html${query}`);
  await page.getByRole("button", { name: "Periksa Semua" }).waitFor({ timeout: 60000 });
  expect(errors).toEqual([]);
  return page;
}

/**
 * Does `start` (by default a click on Periksa Semua), waits for the run it starts
 * to end with its summary shown, and returns every progress label seen, in order.
 */
export async function runToEnd(page: Page, start?: () => Promise<void>): Promise<string[]> {
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: string[]; progressWatched?: boolean };
    w.progressSeen = [];
    if (w.progressWatched) return;
    w.progressWatched = true;
    new MutationObserver(() => {
      const label = document.querySelector('[role="progressbar"]')?.getAttribute("aria-label");
      if (label && !w.progressSeen.includes(label)) w.progressSeen.push(label);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await (start ?? (() => page.getByRole("button", { name: "Periksa Semua" }).click()))();
  await page.waitForFunction(
    () =>
      (window as unknown as { progressSeen: string[] }).progressSeen.length > 0 &&
      !document.querySelector('[role="progressbar"]'),
    undefined,
    { timeout: 60000 }
  );
  await page.getByRole("heading", { name: /^\d+ galat/ }).waitFor({ timeout: 60000 });
  return page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}
