/**
 * `npm start`. Where Excel can be sideloaded (Windows, macOS), office-addin-debugging
 * starts the dev server and opens Excel with the add-in. Elsewhere the dev server
 * starts alone, serving the pane in a preview page on the bundled sample, and the
 * terminal shows `lkjip periksa` on that sample too.
 */
import { spawn, spawnSync } from "child_process";
import { existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const SIDELOAD_PLATFORMS = new Set(["win32", "darwin"]);
const URL = "https://localhost:3000";

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

/** The rules the first run shows on the sample, so that its findings fit on a screen. */
const SAMPLE_RULES = ["TARGET_BEDA", "CAPAIAN_SALAH", "IKM_SALAH", "EFISIENSI_SALAH"];

function checkSample() {
  const cli = join("lib", "cli", "main.js");
  if (!existsSync(cli)) spawnSync("npm", ["run", "build:lib"], { stdio: "inherit" });
  const sample = join(tmpdir(), "lkjip-contoh.xlsx");
  spawnSync(process.execPath, [cli, "contoh", "-o", sample], { stdio: "inherit" });
  console.log(
    [
      `Pemeriksaan contoh dengan ${SAMPLE_RULES.length} aturan saja: ${SAMPLE_RULES.join(", ")}.`,
      `Semua aturan: npx lkjip periksa ${sample}   (daftar aturan: npx lkjip aturan)`,
      "",
    ].join("\n")
  );
  spawnSync(process.execPath, [cli, "periksa", sample, "--aturan", SAMPLE_RULES.join(",")], {
    stdio: "inherit",
  });
}

if (SIDELOAD_PLATFORMS.has(process.platform) && !process.env.LKJIP_NO_SIDELOAD) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  checkSample();
  console.log(
    [
      "Asisten LKjIP: server pengembangan dimulai.",
      `  Pratinjau panel (contoh Kota Bangun 2023): ${URL}/preview.html`,
      `  Panel tugas untuk Excel                   : ${URL}/taskpane.html`,
      `  Bantuan                                   : ${URL}/bantuan.html`,
      `  Manifes                                   : ${URL}/manifest.xml (juga manifest.xml di repositori ini)`,
      "Excel tidak tersedia di mesin ini. Untuk mencoba di Excel untuk web:",
      "  Beranda > Add-in > Tambahkan Add-in lainnya > Add-in Saya > Unggah Add-in Saya > pilih manifest.xml.",
      "Hentikan dengan Ctrl+C.",
    ].join("\n")
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
