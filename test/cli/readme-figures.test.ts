/**
 * The README's figures are the program's: read from README.md at test time and
 * compared with what the program prints now, so a change to the sample, a rule
 * or the filler that moves a figure fails here until the README says it too.
 * Checked: the sample's summary line and every finding line quoted under
 * "**Contoh.**" (severity, cell and rule, under the same table heading); the
 * `N tabel diisi.` line of `lkjip isi` on the sample; the findings of each
 * workbook the bench checks (its table row, checked in memory, which finds the
 * same as through the .xlsx file); and the two context.sync rows of the bench
 * table, from the bench's own code.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { syncRows } from "../../bench/pane.bench";
import { WORKLOADS } from "../../bench/workloads";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/engine/check/run";
import { capture } from "../support/capture";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "lkjip-readme-"));
const sample = join(dir, "contoh.xlsx");

/** The README's code block that quotes `lkjip periksa` on the sample. */
function sampleBlock(): string[] {
  const after = README.slice(README.indexOf("**Contoh.**"));
  const block = /```\n([\s\S]*?)```/.exec(after);
  if (!block) throw new Error("README: no code block after **Contoh.**");
  return block[1].split("\n");
}

/** Output lines grouped under their table headings (`Tabel 3.4 — lembar "…"`). */
function sections(lines: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current = "";
  for (const line of lines) {
    if (/^\S.* — lembar ".*"$/.test(line)) current = line;
    else found.set(current, [...(found.get(current) ?? []), line]);
  }
  return found;
}

const FINDING = /^\s+(GALAT|PERINGATAN|INFO)\s+(\S+)\s+([A-Z_]+):/;

/** The bench table's row whose first cell starts with `name`, as its cells. */
function benchRow(name: string): string[] {
  const row = README.split("\n").find((l) => l.startsWith(`| ${name}`));
  if (!row) throw new Error(`README: no bench row "${name}"`);
  return row
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());
}

let periksa = "";

beforeAll(async () => {
  expect(await main(["contoh", "-o", sample], capture())).toBe(0);
  const io = capture();
  await main(["periksa", sample], io);
  periksa = io.stdout;
}, 60000);

describe("the README's figures of the sample", () => {
  it("quote the summary line lkjip periksa prints", () => {
    const quoted = sampleBlock().find((l) => l.startsWith("Ringkasan:"));
    const printed = periksa.split("\n").find((l) => l.startsWith("Ringkasan:"));
    expect(quoted).toMatch(/^Ringkasan: \d+ galat, \d+ peringatan, \d+ info$/);
    expect(printed).toBe(quoted);
  });

  it("quote findings lkjip periksa makes, each under its table", () => {
    const printed = sections(periksa.split("\n"));
    const quoted = [...sections(sampleBlock())].filter(([heading]) => heading);
    expect(quoted.length).toBeGreaterThan(3);
    for (const [heading, lines] of quoted) {
      const made = (printed.get(heading) ?? []).map((l) => FINDING.exec(l)?.slice(1).join(" "));
      for (const line of lines.filter((l) => FINDING.test(l))) {
        const finding = FINDING.exec(line)!.slice(1).join(" ");
        expect({ heading, finding, made: made.includes(finding) }).toEqual({
          heading,
          finding,
          made: true,
        });
      }
    }
  });

  it("quote the number of tables lkjip isi fills from it", async () => {
    const quoted = /`(\d+(?: dari \d+)? tabel diisi[^`]*)`/.exec(README);
    expect(quoted).not.toBeNull();
    const io = capture();
    await main(["isi", sample, "-o", join(dir, "terisi.xlsx")], io);
    expect(io.stdout.split("\n")).toContain(quoted![1]);
  }, 60000);
});

describe("the README's bench figures", () => {
  it.each(WORKLOADS.map((w) => [w.label, w] as const))(
    "give the findings the checker makes on %s",
    (label, workload) => {
      const [, figure] = benchRow(`lkjip periksa ${label},`);
      const findings = checkWorkbook(workload.build()).findings.length;
      expect(figure).toMatch(new RegExp(`; ${findings} temuan\\)$`));
    },
    120000
  );

  it("give the context.sync counts the bench measures", async () => {
    for (const row of await syncRows()) expect(benchRow(row.name)[1]).toBe(row.figure);
  }, 60000);
});
