/**
 * `lkjip --help` and `lkjip --version` start as fast as bare Node because they
 * load only the CLI's five small modules: no workbook library (exceljs, the
 * .xlsx reader, the zip guard), no engine, no zod. Checked on what a fresh Node
 * process running the source through tsx has in require.cache when it exits,
 * not on a time. `lkjip periksa` reads with the project's own reader and loads
 * no exceljs either.
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

/**
 * Every module file the CLI loaded for `argv`, which must end with `status`; through
 * tsx's require hook, or its loader when the command imports its code lazily.
 */
function loaded(argv: readonly string[], status = 0, lazy = false): string[] {
  const tsx = lazy ? ["--import", "tsx"] : ["-r", require.resolve("tsx/cjs")];
  const run = spawnSync(
    process.execPath,
    [...tsx, "-r", hook, join(root, "src", "cli", "main.ts"), ...argv],
    { encoding: "utf8", cwd: root }
  );
  expect(run.status).toBe(status);
  expect(run.stdout).toMatch(/lkjip|temuan/);
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

const WORKBOOK_LIBRARIES = ["exceljs", "jszip", "sax", "saxes", "unzipper", "fast-xml-parser"];

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
      for (const heavy of [...WORKBOOK_LIBRARIES, "zod"]) expect(owners).not.toContain(heavy);
      expect(owners.filter((o) => /^src\/(engine|adapters|sample)\//.test(o))).toEqual([]);
    });
  }
);

describe("lkjip periksa on the sample", () => {
  it("reads with the project's reader and loads no workbook library", async () => {
    const sample = join(mkdtempSync(join(tmpdir(), "lkjip-start-")), "contoh.xlsx");
    const { writeWorkbookFile } = await import("../../src/adapters/xlsx/files");
    const { buildSampleWorkbook } = await import("../../src/sample");
    await writeWorkbookFile(buildSampleWorkbook(), sample);
    const owners = loaded(["periksa", sample], 1, true).map(owner);
    expect(owners).toContain("src/adapters/xlsx/read-workbook.ts");
    for (const heavy of WORKBOOK_LIBRARIES) expect(owners).not.toContain(heavy);
  }, 60000);
});
