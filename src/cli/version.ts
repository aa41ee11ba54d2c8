/**
 * `lkjip --version`: the version of the package, read from its package.json
 * (two folders up from src/cli and from lib/cli alike), without loading the engine.
 */
import { readFileSync } from "fs";
import { join } from "path";

/** The package's version, e.g. "0.1.0". */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
  return String(manifest.version);
}
