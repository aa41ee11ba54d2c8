/**
 * Where the browser for the browser tests is: the program a variable names, else the
 * first Chromium-family program on PATH, else one where its installer puts it. No
 * tool downloads a browser of its own.
 */
import { findOnPath, isExecutable } from "./executables";
import { Machine } from "./machine";

/** Variables that name the browser program; the first one set is used. */
export const CHROMIUM_VARIABLES = ["LKJIP_CHROMIUM", "CHROMIUM_PATH"] as const;

/** Program names looked for along PATH, in this order. */
export const CHROMIUM_COMMANDS = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "microsoft-edge",
  "microsoft-edge-stable",
  "chrome",
  "msedge",
] as const;

/** A program found (`path`), or why not (`note`, Indonesian, when there is more to say). */
export interface Lookup {
  readonly path?: string;
  readonly note?: string;
}

/** The browser program on `machine`; a variable that names no program is reported, not skipped. */
export function findChromium(machine: Machine): Lookup {
  for (const name of CHROMIUM_VARIABLES) {
    const value = machine.env[name];
    if (!value) continue;
    return isExecutable(value)
      ? { path: value }
      : { note: `${name}=${value} bukan program yang dapat dijalankan` };
  }
  for (const command of CHROMIUM_COMMANDS) {
    const path = findOnPath(command, machine.env, machine.platform);
    if (path) return { path };
  }
  const place = machine.chromiumPlaces.find(isExecutable);
  return place ? { path: place } : {};
}
