/**
 * `lkjip --help` and `lkjip --version` start as fast as bare Node because they
 * load only the CLI's five small modules: no workbook library (exceljs, the
 * .xlsx reader, the zip guard), no engine, no zod. Checked on what a fresh Node
 * process running the source through tsx has in require.cache when it exits,
 * not on a time.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative, sep } from "path";

const root = join(__dirname, "..", "..");
const hook = join(mkdtempSync(join(tmpdir(), "lkjip-start-")), "loaded.cjs");

writeFileSync(
  hook,
  'process.on("exit", () => process.stderr.write("\\nLOADED " + JSON.stringify(Object.keys(require.cache)) + "\\n"));'
);

/** Every module file the CLI loaded for `argv`. */
function loaded(argv: readonly string[]): string[] {
  const run = spawnSync(
    process.execPath,
    ["-r", require.resolve("tsx/cjs"), "-r", hook, join(root, "src", "cli", "main.ts"), ...argv],
    { encoding: "utf8", cwd: root }
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/lkjip/);
  const line = run.stderr.split("\n").find((l) => l.startsWith("LOADED "));
  return JSON.parse(line?.slice("LOADED ".length) ?? "[]");
}

/** The package a module file belongs to, or its path in the project. */
function owner(file: string): string {
  const parts = file.split(sep);
  const at = parts.lastIndexOf("node_modules");
  if (at >= 0)
    return parts[at + 1].startsWith("@") ? parts.slice(at + 1, at + 3).join("/") : parts[at + 1];
  return relative(root, file).split(sep).join("/");
}

describe.each([["--help"], ["--version"], ["periksa --help"], ["bantuan isi"]])(
  "lkjip %s",
  (command) => {
    let owners: string[] = [];
    beforeAll(() => {
      owners = loaded(command.split(" ")).map(owner);
    }, 30000);

    it("loads the CLI's small modules and no other of the project", () => {
      const project = owners.filter((o) => o.startsWith("src/"));
      expect(project.sort()).toEqual(
        ["args", "help", "io", "main", "version"].map((m) => `src/cli/${m}.ts`)
      );
    });

    it("loads no workbook library, engine or schema library", () => {
      for (const heavy of [
        "exceljs",
        "jszip",
        "zod",
        "sax",
        "saxes",
        "unzipper",
        "fast-xml-parser",
      ])
        expect(owners).not.toContain(heavy);
      expect(owners.filter((o) => /^src\/(engine|adapters|sample)\//.test(o))).toEqual([]);
    });
  }
);
