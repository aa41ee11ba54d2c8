/**
 * What the prerequisite check needs to know about the machine it runs on: the
 * environment (PATH and the Chromium variables), the platform, whether it runs as
 * root, the Linux distribution family, and where browsers are installed when they
 * are not on PATH. Tests build one by hand.
 */
import { readFileSync } from "fs";

/** Linux distributions whose packages the check knows by name. */
export type Distro = "debian" | "ubuntu";

/** The machine as the prerequisite check sees it. */
export interface Machine {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly root: boolean;
  readonly distro?: Distro;
  /** Where a Chromium-family browser is looked for after PATH. */
  readonly chromiumPlaces: readonly string[];
}

/** Distribution family from the text of /etc/os-release (ID, then ID_LIKE). */
export function distroOf(osRelease: string): Distro | undefined {
  const field = (key: string) =>
    new RegExp(`^${key}=["']?([^"'\\n]*)`, "m").exec(osRelease)?.[1].toLowerCase().split(/\s+/) ??
    [];
  const ids = [...field("ID"), ...field("ID_LIKE")];
  if (ids.includes("ubuntu")) return "ubuntu";
  if (ids.includes("debian")) return "debian";
  return undefined;
}

/** Browser programs outside PATH, where their installers put them. */
export function chromiumPlacesFor(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === "darwin") {
    return [
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
    ]);
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];
}

/** This machine. */
export function currentMachine(): Machine {
  let osRelease = "";
  try {
    osRelease = readFileSync("/etc/os-release", "utf8");
  } catch {
    // not Linux, or a Linux without os-release: no distribution packages known
  }
  return {
    env: process.env,
    platform: process.platform,
    root: process.getuid?.() === 0,
    distro: process.platform === "linux" ? distroOf(osRelease) : undefined,
    chromiumPlaces: chromiumPlacesFor(process.platform, process.env),
  };
}
