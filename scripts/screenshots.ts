/**
 * `npm run screenshots`: the README's pictures of the pane, taken from the
 * production build's preview page in the machine's Chromium, on the Kota Bangun sample.
 * `npm run screenshots -- tabel`: the generated tables as LibreOffice prints them,
 * as PNGs in a temporary folder whose paths are printed.
 */
import { execFileSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { launch, ORIGIN, servedPage } from "../test/support/browser";
import { tablePictures } from "./table-pictures";

async function main(): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), "lkjip-shots-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist],
    { stdio: "inherit" }
  );
  const browser = await launch();
  try {
    const page = await servedPage(browser, dist, []);
    await page.goto(`${ORIGIN}/preview.html`);
    await page.getByRole("button", { name: "Periksa Semua" }).click();
    await page.getByRole("heading", { name: /\d+ galat/ }).waitFor();
    await page.getByRole("button", { name: /^Tabel 3\.4!D4:/ }).click();
    await page.locator('td[data-cell="D4"][aria-selected="true"]').waitFor();
    await page.screenshot({ path: "docs/pratinjau-periksa.png" });

    await page.getByRole("button", { name: /Isi Tabel/ }).click();
    await page.getByText(/tabel diisi/).waitFor();
    await page.getByRole("combobox", { name: "Lembar" }).selectOption("Tabel 3.4 (isi)");
    await page.screenshot({ path: "docs/pratinjau-isi.png" });
  } finally {
    await browser.close();
  }
}

async function tables(): Promise<void> {
  for (const path of await tablePictures()) console.log(path);
}

(process.argv.includes("tabel") ? tables() : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
