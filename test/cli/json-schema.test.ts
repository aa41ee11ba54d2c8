/**
 * The JSON document of `lkjip periksa --format json` is a contract: it carries
 * its schemaVersion and validates against docs/temuan.schema.json (checked to be
 * what the engine's zod schema makes), for a checked file, an unreadable one and
 * --jelaskan; a field added or renamed without the schema fails here. The pane's
 * "Hasil Pemeriksaan" sheet has a column for every field of a finding.
 */
import Ajv2020 from "ajv/dist/2020";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { main } from "../../src/cli/main";
import { FINDING_COLUMNS } from "../../src/engine/check/findings-sheet";
import { checkOutputJsonSchema } from "../../src/engine/output-json-schema";
import { CHECK_OUTPUT, FINDING, SCHEMA_VERSION } from "../../src/engine/output-schema";
import { buildSampleWorkbook } from "../../src/sample";
import { capture } from "../support/capture";

const published = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "docs", "temuan.schema.json"), "utf8")
);
const validate = new Ajv2020({ allErrors: true }).compile(published);
const dir = mkdtempSync(join(tmpdir(), "lkjip-schema-"));
const sample = join(dir, "contoh.xlsx");
const broken = join(dir, "rusak.xlsx");

beforeAll(async () => {
  writeFileSync(sample, await writeWorkbook(buildSampleWorkbook()));
  writeFileSync(broken, "bukan zip");
});

async function jsonOf(args: string[]): Promise<unknown> {
  const io = capture();
  await main(["periksa", ...args, "--format", "json"], io);
  return JSON.parse(io.stdout);
}

describe("docs/temuan.schema.json", () => {
  it("is what the engine's schema makes (npx tsx scripts/schema.ts writes it)", () => {
    expect(published).toEqual(checkOutputJsonSchema());
  });

  it.each([
    ["a checked file", [sample]],
    ["a checked file and an unreadable one", [sample, broken]],
    ["--jelaskan", [sample, "--jelaskan"]],
  ])("validates the output for %s", async (_name, args) => {
    const doc = await jsonOf(args);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(doc)).toBe(true);
    expect(CHECK_OUTPUT.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ schemaVersion: SCHEMA_VERSION });
  });

  it("refuses a finding with a field the schema does not name, or without one it requires", async () => {
    const doc = (await jsonOf([sample])) as {
      files: { findings: Record<string, unknown>[] }[];
    };
    const finding = doc.files[0].findings[0];
    const extra = { ...doc, files: [{ ...doc.files[0], findings: [{ ...finding, baru: 1 }] }] };
    const missing = { ...finding };
    delete missing.message;
    const short = { ...doc, files: [{ ...doc.files[0], findings: [missing] }] };
    expect(validate(extra)).toBe(false);
    expect(validate(short)).toBe(false);
  });
});

describe("the Hasil Pemeriksaan sheet", () => {
  it("has one column for every field of a finding", () => {
    expect(FINDING_COLUMNS.map(([key]) => key).sort()).toEqual(
      Object.keys(FINDING.unwrap().shape).sort()
    );
  });
});
