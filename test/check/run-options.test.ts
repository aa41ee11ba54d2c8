/**
 * The options the pane and the CLI pass to a check or a fill are read through
 * their schemas: a wrong one is refused with a sentence naming it, never
 * half-applied; correct ones behave as before.
 */
import { checkWorkbook } from "../../src/engine/check/run";
import { fillWorkbook } from "../../src/engine/fill/generate";
import { buildSampleWorkbook } from "../../src/sample";

const sample = buildSampleWorkbook();

describe("check and fill options", () => {
  it.each([
    [
      "rules given as text",
      () => checkWorkbook(sample, { rules: "PK_" } as never),
      /Pilihan pemeriksaan "rules" tidak dapat dipakai: harus berupa daftar/,
    ],
    [
      "an unknown check option",
      () => checkWorkbook(sample, { aturan: ["PK_"] } as never),
      /Pilihan pemeriksaan tidak dapat dipakai: pilihan tidak dikenal: aturan/,
    ],
    [
      "a table that is not in Bab III",
      () => fillWorkbook(sample, { tables: ["3.99"] }),
      /Pilihan pengisian "tables\.0" tidak dapat dipakai: nilainya tidak dikenal/,
    ],
    [
      "overwrite as text",
      () => fillWorkbook(sample, { overwrite: "ya" } as never),
      /Pilihan pengisian "overwrite" tidak dapat dipakai: harus berupa benar\/salah/,
    ],
  ])("refuses %s", (_name, run, message) => {
    expect(run).toThrow(message);
  });

  it("keeps correct options working", () => {
    const pk = checkWorkbook(sample, { rules: ["PK_"] });
    expect(pk.findings.every((f) => f.rule.startsWith("PK_"))).toBe(true);
    expect(fillWorkbook(sample, { tables: ["3.4"] }).generated.map((g) => g.id)).toEqual(["3.4"]);
  });
});
