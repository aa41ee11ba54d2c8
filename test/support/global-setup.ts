/**
 * Jest's global setup: a fresh folder for this run's shared production build,
 * named in LKJIP_TEST_BUILD for every worker. Nothing is built here; the first
 * suite that needs the build makes it (test/support/build.ts), so a run of unit
 * tests alone pays nothing.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BUILD_VARIABLE } from "./build";

/** Names the build folder of this run. */
export default function globalSetup(): void {
  process.env[BUILD_VARIABLE] = mkdtempSync(join(tmpdir(), "lkjip-build-"));
}
