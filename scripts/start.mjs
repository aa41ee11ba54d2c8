/**
 * `npm start`. Where Excel can be sideloaded (Windows, macOS), office-addin-debugging
 * starts the dev server and opens Excel with the add-in. Elsewhere the dev server
 * starts alone and this script says what to open.
 */
import { spawn } from "child_process";

const SIDELOAD_PLATFORMS = new Set(["win32", "darwin"]);
const URL = "https://localhost:3000";

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

if (SIDELOAD_PLATFORMS.has(process.platform) && !process.env.LKJIP_NO_SIDELOAD) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(
    [
      "Asisten LKjIP: server pengembangan dimulai.",
      `  Panel tugas : ${URL}/taskpane.html`,
      `  Manifes     : ${URL}/manifest.xml (juga file manifest.xml di repositori ini)`,
      "Excel tidak tersedia di mesin ini. Untuk mencoba di Excel untuk web:",
      "  Beranda > Add-in > Tambahkan Add-in lainnya > Add-in Saya > Unggah Add-in Saya > pilih manifest.xml.",
      "Hentikan dengan Ctrl+C.",
    ].join("\n")
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
