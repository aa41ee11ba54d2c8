/**
 * Which of the system programs the tests need a machine lacks, and the packages
 * that provide them on its distribution.
 */
import { findOnPath } from "./executables";
import { Machine } from "./machine";
import { Tool, TOOLS } from "./tools";

/** A tool that was not found, with the reason when there is one. */
export interface Missing {
  readonly tool: Tool;
  readonly note?: string;
}

/** The tools of `tools` that `machine` lacks. */
export function missingTools(machine: Machine, tools: readonly Tool[] = TOOLS): Missing[] {
  return tools.flatMap((tool) => {
    const found = tool.find(machine);
    return found.path ? [] : [{ tool, note: found.note }];
  });
}

/** The packages that provide the `missing` tools on `machine`'s distribution (none if unknown). */
export function packagesFor(machine: Machine, missing: readonly Missing[]): string[] {
  const distro = machine.distro;
  return distro ? missing.map((m) => m.tool.apt[distro]) : [];
}

/** True on Debian or Ubuntu with apt-get on PATH: the distribution's packages are the way. */
export function aptAvailable(machine: Machine): boolean {
  return (
    machine.platform === "linux" &&
    machine.distro !== undefined &&
    findOnPath("apt-get", machine.env, machine.platform) !== undefined
  );
}
