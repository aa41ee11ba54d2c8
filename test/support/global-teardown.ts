/** Jest's global teardown: removes this run's build folder (test/support/global-setup.ts). */
import { rmSync } from "fs";
import { BUILD_VARIABLE } from "./build";

/** Removes the build folder named in LKJIP_TEST_BUILD. */
export default function globalTeardown(): void {
  const folder = process.env[BUILD_VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
