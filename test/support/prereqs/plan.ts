/**
 * What to do before the tests: nothing when every system program is there;
 * install the missing ones with apt-get where that needs nobody's answer (root on
 * Debian or Ubuntu); otherwise stop with one message naming what to install and how.
 */
import { Machine } from "./machine";
import { stopMessage } from "./message";
import { aptAvailable, Missing, packagesFor } from "./missing";

/** What the check decided. */
export type Plan =
  | { readonly kind: "ready" }
  | {
      readonly kind: "install";
      readonly packages: readonly string[];
      readonly commands: readonly (readonly string[])[];
    }
  | { readonly kind: "stop"; readonly message: string };

/** The apt-get commands that install `packages` without a question (run with DEBIAN_FRONTEND=noninteractive). */
export function aptCommands(packages: readonly string[]): string[][] {
  return [
    ["apt-get", "update", "-qq"],
    ["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...packages],
  ];
}

/** True where apt-get can install without asking anyone: as root on Debian or Ubuntu. */
export function canInstall(machine: Machine): boolean {
  return machine.root && aptAvailable(machine);
}

/** The plan for `machine`, which lacks `missing`. A browser variable naming no program always stops. */
export function planFor(machine: Machine, missing: readonly Missing[]): Plan {
  if (missing.length === 0) return { kind: "ready" };
  if (canInstall(machine) && missing.every((m) => !m.note)) {
    const packages = packagesFor(machine, missing);
    return { kind: "install", packages, commands: aptCommands(packages) };
  }
  return { kind: "stop", message: stopMessage(machine, missing) };
}
