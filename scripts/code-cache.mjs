/**
 * Part of `npm run build:lib`, after the bundles: V8's code cache beside each
 * command's bundle (`lib/cli/periksa.js.v8-cache`, see src/cli/code-cache.ts).
 * Each command runs once on the sample, in a process of its own, through the
 * same loader the CLI uses, and its cache then holds the bytecode of everything
 * that run compiled. A cache belongs to the Node that made it; another Node
 * refuses it and compiles as usual.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { createRequire } from "module";
import { tmpdir } from "os";
import { join, resolve } from "path";

const require = createRequire(import.meta.url);
const CLI = resolve("lib/cli");

/** Runs one command from its bundle with its output dropped, then writes the bundle's cache. */
async function cacheOne(name, argv) {
  const { loadBundle, writeCodeCache } = require(join(CLI, "code-cache.js"));
  const { parseArgs } = require(join(CLI, "args.js"));
  const bundle = join(CLI, `${name}.js`);
  const loaded = loadBundle(bundle);
  const quiet = { out: () => {}, err: () => {} };
  await loaded.exports[name](parseArgs([name, ...argv]), quiet);
  writeCodeCache(bundle, loaded);
}

/** Every command, each in its own process, on the sample written by `contoh`. */
function cacheAll() {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-code-cache-"));
  const sample = join(dir, "contoh.xlsx");
  const runs = [
    ["contoh", ["-o", sample]],
    ["periksa", [sample]],
    ["isi", [sample, "-o", join(dir, "isi.xlsx")]],
    ["aturan", []],
  ];
  try {
    for (const [name, argv] of runs)
      execFileSync(process.execPath, [import.meta.filename, name, ...argv], { stdio: "inherit" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [name, ...argv] = process.argv.slice(2);
if (name) await cacheOne(name, argv);
else cacheAll();
