/**
 * Part of `npm run build:lib`: the command line as two files, `lib/cli/main.js`
 * and the worker thread's `lib/cli/periksa-worker.js`, each with everything it
 * runs in it, in place of tsc's one file per module. Node then compiles one file
 * instead of about two hundred (the engine and zod with its locales), which
 * saves about 30 ms on every `lkjip` and on every worker that starts.
 *
 * Commands and the workbook writer are still evaluated only when they run: a
 * dynamic import becomes a module initialised on first call. exceljs stays a
 * package required by the writer, so reading and checking never load it.
 */
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts", "src/cli/periksa-worker.ts"],
  outdir: "lib/cli",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  logLevel: "warning",
});
