/**
 * Part of `npm run build:lib`: each command of the command line (and the worker
 * thread that `periksa` starts) as one file with everything it runs in it, in
 * place of tsc's one file per module. `lib/cli/main.js` stays tsc's small file,
 * so that `--help` and `--version` read only it and its four helpers; a command
 * then loads one file instead of about two hundred (the engine, and zod with its
 * locales), which saves about 30 ms on every `lkjip periksa` and every worker.
 *
 * The workbook writer is still evaluated only when it runs (a dynamic import
 * becomes a module initialised on first call), and exceljs stays a package it
 * requires, so reading and checking never load it.
 */
import { build } from "esbuild";

const COMMANDS = ["periksa", "isi", "contoh", "aturan", "periksa-worker"];

await build({
  entryPoints: COMMANDS.map((c) => `src/cli/${c}.ts`),
  outdir: "lib/cli",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  logLevel: "warning",
});
