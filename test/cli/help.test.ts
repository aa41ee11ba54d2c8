/**
 * A CLI that explains itself: a sentence per command, each command's options on
 * --help (exit 0), the version from package.json without loading the engine,
 * every rule listed with its severity and meaning, and an unknown rule answered
 * with the rules there are and the closest one.
 */
import { readFileSync } from "fs";
import { main } from "../../src/cli/main";
import { RULES } from "../../src/engine/rules";
import { capture } from "../support/capture";

const SEVERITY = { error: "galat", warning: "peringatan", info: "info" };

describe("lkjip --help", () => {
  it("describes each command in a sentence and exits 0", async () => {
    for (const argv of [["--help"], ["-h"], ["bantuan"], ["help"]]) {
      const io = capture();
      expect(await main(argv, io)).toBe(0);
      for (const command of ["periksa", "isi", "contoh", "aturan"])
        expect(io.stdout).toMatch(new RegExp(`^  ${command} +[A-Z][^\\n]{20,}\\.$`, "m"));
      expect(io.stdout).toMatch(/--version/);
    }
  });

  it.each([
    ["periksa", ["--format teks|json", "--aturan ATURAN", "--jelaskan", "Status keluar: 0"]],
    ["isi", ["-o, --output", "--timpa", "Status keluar: 0"]],
    ["contoh", ["-o, --output", "Status keluar: 0"]],
    ["aturan", ["Nonaktif", "Abaikan"]],
  ])("lkjip %s --help exits 0 with that command's options", async (command, options) => {
    for (const argv of [
      [command, "--help"],
      [command, "-h"],
      ["bantuan", command],
    ]) {
      const io = capture();
      expect(await main(argv, io)).toBe(0);
      expect(io.stdout).toMatch(new RegExp(`^lkjip ${command} — `));
      for (const option of options) expect(io.stdout).toContain(option);
      expect(io.stderr).toBe("");
    }
  });

  it("still refuses an unknown command, naming it, with exit 2", async () => {
    const io = capture();
    expect(await main(["hapus", "--help"], io)).toBe(2);
    expect(io.stderr).toMatch(/Perintah "hapus" tidak dikenal/);
  });
});

describe("lkjip --version", () => {
  const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;

  it("prints the package's version and exits 0", async () => {
    for (const argv of [["--version"], ["-v"]]) {
      const io = capture();
      expect(await main(argv, io)).toBe(0);
      expect(io.stdout).toBe(`lkjip ${version}\n`);
    }
  });

  it("answers help and version without loading the engine or the .xlsx reader", async () => {
    await jest.isolateModulesAsync(async () => {
      const refuse = () => {
        throw new Error("loaded");
      };
      jest.doMock("../../src/engine/rules", refuse);
      jest.doMock("../../src/adapters/xlsx/files", refuse);
      const isolated = (await import("../../src/cli/main")).main;
      for (const argv of [["--version"], ["--help"], ["periksa", "--help"], ["isi", "-h"]])
        expect(await isolated(argv, capture())).toBe(0);
      await expect(isolated(["periksa", "x.xlsx"], capture())).rejects.toThrow("loaded");
    });
    jest.dontMock("../../src/engine/rules");
    jest.dontMock("../../src/adapters/xlsx/files");
  });
});

describe("lkjip aturan", () => {
  it("lists every rule of the engine with its severity and its meaning", async () => {
    const io = capture();
    expect(await main(["aturan"], io)).toBe(0);
    const lines = io.stdout.split("\n");
    for (const rule of RULES) {
      expect(rule.description.trim()).not.toBe("");
      const line = lines.find((l) => l.trim().split(/\s+/)[0] === rule.id);
      expect(line).toMatch(new RegExp(`^  ${rule.id} +${SEVERITY[rule.severity]} +`));
      expect(line?.endsWith(rule.description)).toBe(true);
    }
    expect(io.stdout).toMatch(new RegExp(`^${RULES.length} aturan`));
  });
});

describe("an unknown rule in --aturan", () => {
  it("names the closest rule and every rule there is, and exits 2", async () => {
    const io = capture();
    expect(await main(["periksa", "x.xlsx", "--aturan", "TARGET_BEDA,capaian_salh"], io)).toBe(2);
    expect(io.stderr).toMatch(
      /Aturan tidak dikenal: capaian_salh \(mungkin maksudnya CAPAIAN_SALAH\)/
    );
    for (const rule of RULES) expect(io.stderr).toContain(rule.id);
    expect(io.stderr).not.toMatch(/TARGET_BEDA \(/);
  });

  it("refuses a prefix that picks no rule, and accepts one that does", async () => {
    const unknown = capture();
    expect(await main(["periksa", "x.xlsx", "--aturan", "BUKAN_"], unknown)).toBe(2);
    expect(unknown.stderr).toMatch(/Aturan tidak dikenal: BUKAN_\./);
    const known = capture();
    expect(await main(["periksa", "x.xlsx", "--aturan", "pk_"], known)).toBe(2);
    expect(known.stderr).not.toMatch(/Aturan tidak dikenal/);
    expect(known.stderr).toMatch(/x\.xlsx tidak dapat dibaca/);
  });
});
