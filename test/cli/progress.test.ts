/**
 * Progress on stderr while `lkjip periksa` and `lkjip isi` run: only when stderr
 * is a terminal (faked here in-process through process.stderr.isTTY), with the
 * file, the stage, and the steps done of all (with several files checked at
 * once, how many are done); stdout and the exit status are the same either way,
 * and a non-terminal stderr gets nothing extra.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { GENERATORS } from "../../src/engine/fill/generate";
import { RULES } from "../../src/engine/rules";
import { buildSampleWorkbook } from "../../src/sample";
import { capture } from "../support/capture";

const dir = mkdtempSync(join(tmpdir(), "lkjip-progress-"));
const sample = join(dir, "contoh.xlsx");
const CLEAR = "\r\x1b[K";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI on the process's own streams, stderr a terminal or not. */
async function run(argv: string[], terminal: boolean): Promise<Run> {
  const saved = {
    isTTY: Object.getOwnPropertyDescriptor(process.stderr, "isTTY"),
    columns: Object.getOwnPropertyDescriptor(process.stderr, "columns"),
  };
  Object.defineProperty(process.stderr, "isTTY", { value: terminal, configurable: true });
  Object.defineProperty(process.stderr, "columns", { value: 200, configurable: true });
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const [name, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(process.stderr, name, descriptor);
      else delete (process.stderr as unknown as Record<string, unknown>)[name];
    }
  }
}

beforeAll(async () => {
  expect(await main(["contoh", "-o", sample], capture())).toBe(0);
}, 60000);

describe("lkjip periksa on a terminal", () => {
  it("shows the file, each stage and its steps of all, then clears the line", async () => {
    const shown = await run(["periksa", sample, "--format", "json"], true);
    const sheets = buildSampleWorkbook().sheets.length;
    expect(shown.stderr).toContain(`${CLEAR}${sample} — membaca berkas`);
    expect(shown.stderr).toContain(`${sample} — menyusun model laporan: lembar 1 dari ${sheets}`);
    expect(shown.stderr).toContain(`menyusun model laporan: lembar ${sheets} dari ${sheets}`);
    const last = RULES[RULES.length - 1].id;
    expect(shown.stderr).toContain(`${sample} — aturan 1 dari ${RULES.length} (${RULES[0].id})`);
    expect(shown.stderr).toContain(`aturan ${RULES.length} dari ${RULES.length} (${last})`);
    expect(shown.stderr.endsWith(CLEAR)).toBe(true);
    expect(shown.stderr).not.toContain("\n");
  }, 60000);

  it("prints the same JSON and exits the same as with stderr not a terminal, which gets nothing", async () => {
    const shown = await run(["periksa", sample, "--format", "json"], true);
    const quiet = await run(["periksa", sample, "--format", "json"], false);
    expect(quiet.stderr).toBe("");
    expect(shown.stdout).toBe(quiet.stdout);
    expect(JSON.parse(shown.stdout).files[0].summary.error).toBeGreaterThan(0);
    expect([shown.code, quiet.code]).toEqual([1, 1]);
  }, 60000);

  it("counts the files done when several are checked at once, and clears the line before a file's error", async () => {
    const bad = join(dir, "rusak.xlsx");
    writeFileSync(bad, "bukan workbook");
    const shown = await run(["periksa", sample, bad], true);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toContain(`${CLEAR}0 dari 2 berkas selesai`);
    expect(shown.stderr).toContain(`${CLEAR}1 dari 2 berkas selesai`);
    expect(shown.stderr).toContain(`${CLEAR}2 dari 2 berkas selesai`);
    expect(shown.stderr).not.toContain(" — aturan"); // the workers' stages are not interleaved
    const message = `Berkas ${bad} tidak dapat dibaca: bukan berkas .xlsx`;
    expect(shown.stderr).toContain(`${CLEAR}${message}\n`);
    expect(shown.stderr.endsWith(CLEAR)).toBe(true);
    const quiet = await run(["periksa", sample, bad], false);
    expect(quiet.stderr).toBe(`${message}\n`);
    expect(shown.stdout).toBe(quiet.stdout);
  }, 60000);
});

describe("lkjip isi on a terminal", () => {
  it("shows reading, the tables filled of all, and writing; the same report and exit either way", async () => {
    const out = join(dir, "hasil.xlsx");
    const shown = await run(["isi", sample, "-o", out], true);
    const total = GENERATORS.length;
    expect(shown.stderr).toContain(`${sample} — membaca berkas`);
    expect(shown.stderr).toContain(`${sample} — mengisi tabel 1 dari ${total}`);
    expect(shown.stderr).toContain(`${sample} — mengisi tabel ${total} dari ${total}`);
    expect(shown.stderr).toContain(`${sample} — menulis ${out}`);
    expect(shown.stderr.endsWith(CLEAR)).toBe(true);
    const quiet = await run(["isi", sample, "-o", out], false);
    expect(quiet.stderr).toBe("");
    expect(shown.stdout).toBe(quiet.stdout);
    expect(shown.code).toBe(quiet.code);
  }, 60000);
});
