/**
 * Finding programs the way a shell does: by name along PATH (with PATHEXT on
 * Windows), or by an exact path. Only what the environment given says counts, so
 * tests can hand in a PATH of their own.
 */
import { accessSync, constants, statSync } from "fs";
import { delimiter, join } from "path";

/** True when `file` is a regular file this process may run. */
export function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of the program `name` found along `env.PATH`, or undefined. */
export function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): string | undefined {
  const dirs = (env.PATH ?? env.Path ?? "").split(delimiter).filter(Boolean);
  const extensions =
    platform === "win32" ? ["", ...(env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";")] : [""];
  for (const dir of dirs) {
    for (const ext of extensions) {
      const file = join(dir, name + ext);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}
