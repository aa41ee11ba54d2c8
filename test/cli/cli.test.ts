/**
 * The command line: lkjip contoh, lkjip periksa in text and JSON, exit codes, and
 * an unreadable file among readable ones.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { execFileSync, spawnSync } from "child_process";
import { dirname, join, resolve } from "path";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture";

const dir = mkdtempSync(join(tmpdir(), "lkjip-cli-"));
const sample = join(dir, "contoh.xlsx");

beforeAll(async () => {
  expect(await main(["contoh", "-o", sample], capture())).toBe(0);
}, 60000);

describe("lkjip contoh", () => {
  it("writes an .xlsx and leaves no temporary file", () => {
    expect(readFileSync(sample).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  it("says where it wrote, and asks for -o when it is missing", async () => {
    const io = capture();
    expect(await main(["contoh"], io)).toBe(2);
    expect(io.stderr).toMatch(/lkjip contoh -o/);
  });
});

describe("lkjip periksa", () => {
  it("prints findings grouped by table with cell addresses, and exits 1 on errors", async () => {
    const io = capture();
    expect(await main(["periksa", sample], io)).toBe(1);
    expect(io.stdout).toMatch(/^Tabel 3\.4 — lembar "Tabel 3\.4"$/m);
    expect(io.stdout).toMatch(/GALAT\s+D4\s+TARGET_BEDA: Target "Persentase keluhan/);
    expect(io.stdout).toMatch(/Ringkasan: \d+ galat, \d+ peringatan, 0 info/);
  });

  it("prints one JSON document in the SPEC's shape", async () => {
    const io = capture();
    expect(await main(["periksa", sample, "--format", "json"], io)).toBe(1);
    const doc = JSON.parse(io.stdout);
    expect(doc.files).toHaveLength(1);
    const [file] = doc.files;
    expect(file.file).toBe(sample);
    expect(file.summary.error).toBeGreaterThan(20);
    expect(file.findings[0]).toEqual(
      expect.objectContaining({
        rule: expect.any(String),
        severity: expect.any(String),
        sheet: expect.any(String),
        cell: expect.any(String),
        message: expect.any(String),
        expected: expect.any(String),
        actual: expect.any(String),
        related: expect.any(Array),
      })
    );
  });

  it("exits 0 when only warnings remain", async () => {
    const io = capture();
    expect(await main(["periksa", sample, "--aturan", "ANGKA_TIDAK_VALID"], io)).toBe(0);
    expect(io.stdout).toMatch(/0 galat/);
  });

  it("reports an unreadable file on stderr, checks the others, and exits 2", async () => {
    const bad = join(dir, "rusak.xlsx");
    writeFileSync(bad, "ini bukan workbook");
    const io = capture();
    expect(
      await main(["periksa", bad, sample, join(dir, "tidak-ada.xlsx"), "--format", "json"], io)
    ).toBe(2);
    expect(io.stderr).toMatch(/Berkas .*rusak\.xlsx tidak dapat dibaca: bukan berkas \.xlsx/);
    expect(io.stderr).toMatch(/tidak-ada\.xlsx tidak dapat dibaca: berkas tidak ditemukan/);
    const doc = JSON.parse(io.stdout);
    expect(doc.files.map((f: { error?: string }) => Boolean(f.error))).toEqual([true, false, true]);
    expect(doc.files[1].summary.error).toBeGreaterThan(0);
  });

  it("refuses unknown formats, rules and commands with a message", async () => {
    for (const argv of [
      ["periksa", sample, "--format", "xml"],
      ["periksa", sample, "--aturan", "BUKAN_ATURAN"],
      ["hapus"],
      ["periksa"],
    ]) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).not.toBe("");
    }
  });

  it("never modifies the file it checks", async () => {
    const before = readFileSync(sample);
    await main(["periksa", sample], capture());
    expect(readFileSync(sample).equals(before)).toBe(true);
    expect(existsSync(sample)).toBe(true);
  });
});

describe("the installed lkjip command", () => {
  it("runs from the package's bin entry", () => {
    const bin = JSON.parse(readFileSync("package.json", "utf8")).bin.lkjip as string;
    if (!existsSync(bin)) execFileSync("npm", ["run", "build:lib"], { stdio: "pipe" });
    const out = execFileSync(process.execPath, [bin, "bantuan"], { encoding: "utf8" });
    expect(out).toMatch(/lkjip periksa BERKAS\.xlsx/);
  });

  it("checks a workbook with its command bundled in one file: no engine module, no exceljs", () => {
    const bin = JSON.parse(readFileSync("package.json", "utf8")).bin.lkjip as string;
    if (!existsSync(bin)) execFileSync("npm", ["run", "build:lib"], { stdio: "pipe" });
    const probe = [
      'process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(Object.keys(require.cache)) + "\\n"));',
      `require(${JSON.stringify(resolve(bin))}).main(["periksa", ${JSON.stringify(sample)}]);`,
    ].join("\n");
    const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    const loaded = JSON.parse(/LOADED (.*)/.exec(run.stderr)![1]) as string[];
    const cli = dirname(resolve(bin));
    expect(loaded).toContain(join(cli, "periksa.js"));
    expect(loaded.filter((f) => dirname(f) !== cli)).toEqual([]);
    expect(loaded.length).toBeLessThanOrEqual(7);
    expect(run.stdout).toMatch(/Ringkasan: \d+ galat/);
  });
});
