/**
 * The checker on workbooks transcribed from other agencies' published reports
 * (test/corpus/*.txt), each written to .xlsx and read back as the CLI reads it:
 * every mistake the note records is found at its cell, and no error is raised
 * where the note says none belongs.
 */
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { checkWorkbook } from "../../src/engine/check/run";
import { readCorpus } from "../support/corpus";

const corpus = readCorpus();
const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;

describe("the corpus of real reports", () => {
  it("holds at least 15 workbooks from at least 10 agencies, each with its source", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    const agencies = new Set(corpus.map((c) => c.meta.get("instansi")));
    expect(agencies.size).toBeGreaterThanOrEqual(10);
    for (const c of corpus) {
      expect(c.meta.get("sumber")).toMatch(/^https?:\/\//);
      expect(c.meta.get("tahun")).toMatch(/^20\d\d/);
    }
  });

  it.each(corpus.map((c) => [c.file, c] as const))("%s", async (_file, entry) => {
    const snapshot = await readWorkbook(await writeWorkbook(entry.workbook));
    const result = checkWorkbook(snapshot);
    const beyond = new Set(entry.beyond.map(key));
    const errors = result.findings
      .filter((f) => f.severity === "error" && !beyond.has(key(f)))
      .map(key);
    expect(errors.sort()).toEqual(entry.errors.map(key).sort());
    const all = result.findings.map(key);
    for (const w of entry.warnings) expect(all).toContain(key(w));
  });
});
