/**
 * Made-up machines for the prerequisite check's tests: a PATH that is a temporary
 * folder of stand-in programs, Linux, not root, and no browser outside PATH unless
 * a test says otherwise.
 */
import { chmodSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import { Machine } from "../support/prereqs/machine";

/** Every program the check looks for, under its first name. */
export const ALL = ["soffice", "pdftotext", "pdfinfo", "pdftoppm", "chromium"];

/** Writes runnable stand-ins for `names` into `dir`. */
export function standIns(dir: string, ...names: string[]): void {
  for (const name of names) {
    writeFileSync(join(dir, name), "#!/bin/sh\nexit 0\n");
    chmodSync(join(dir, name), 0o755);
  }
}

/** A new folder holding runnable stand-ins for `names`. */
export function bin(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-prereqs-"));
  standIns(dir, ...names);
  return dir;
}

/** A Linux machine with only `dirs` on PATH and no browser outside it. */
export function machine(dirs: string[], more: Partial<Machine> = {}): Machine {
  return {
    platform: "linux",
    root: false,
    chromiumPlaces: [],
    ...more,
    env: { PATH: dirs.join(delimiter), ...more.env },
  };
}
