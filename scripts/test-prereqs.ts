/**
 * `npm test`'s first step, before the type check and Jest: the system programs the
 * tests need (LibreOffice Calc, Poppler, a Chromium-family browser) are found, or
 * installed with apt-get where that asks nobody (root on Debian or Ubuntu), or the
 * run stops here with one message naming what to install and how.
 */
import { spawnSync } from "child_process";
import { currentMachine } from "../test/support/prereqs/machine";
import { checkPrereqs } from "../test/support/prereqs/run";

const outcome = checkPrereqs(currentMachine(), (command, args) => {
  const run = spawnSync(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return run.error?.message ?? run.status ?? `dihentikan oleh ${run.signal}`;
});
for (const message of outcome.messages) console.error(message);
process.exitCode = outcome.status;
