/**
 * One production build per Jest run, shared by every suite that needs it (the
 * pages, the preview, the bundled functions): the first suite to ask builds into
 * the folder the global setup named in LKJIP_TEST_BUILD, the others wait for it.
 * A lock folder keeps parallel workers from building twice.
 */
import { spawn } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** The variable naming the folder of this run's build (test/support/global-setup.ts). */
export const BUILD_VARIABLE = "LKJIP_TEST_BUILD";

const root = join(__dirname, "..", "..");

/** `webpack --mode production` into `dist`; rejects with webpack's output when it fails. */
function webpack(dist: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    const child = spawn(process.execPath, [cli, "--mode", "production", "--output-path", dist], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack exited ${code}:\n${output}`))
    );
  });
}

/** Resolves once another worker's build in `folder` is done; rejects if it failed. */
async function builtElsewhere(folder: string): Promise<void> {
  for (;;) {
    if (existsSync(join(folder, "done"))) return;
    if (existsSync(join(folder, "failed"))) {
      throw new Error(readFileSync(join(folder, "failed"), "utf8"));
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The folder holding this run's production build, built on the first call. */
export async function productionBuild(): Promise<string> {
  const folder =
    process.env[BUILD_VARIABLE] ??
    (process.env[BUILD_VARIABLE] = mkdtempSync(join(tmpdir(), "lkjip-build-")));
  const dist = join(folder, "dist");
  try {
    mkdirSync(join(folder, "lock"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    await builtElsewhere(folder);
    return dist;
  }
  try {
    await webpack(dist);
  } catch (e) {
    writeFileSync(join(folder, "failed"), String(e));
    throw e;
  }
  writeFileSync(join(folder, "done"), "");
  return dist;
}
