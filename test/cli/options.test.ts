/**
 * Each command's options are read through a zod schema: a misspelt option, a
 * value where none belongs, a missing value or an unknown format is answered in
 * Indonesian with exit status 2, before any file is read; correct options work
 * under every name they answer to.
 */
import fc from "fast-check";
import { parseArgs } from "../../src/cli/args";
import { main } from "../../src/cli/main";
import { OPTIONS, readOptions } from "../../src/cli/options";
import { capture } from "../support/capture";

async function run(argv: string[]): Promise<{ code: number; err: string }> {
  const io = capture();
  const code = await main(argv, io);
  return { code, err: io.stderr };
}

describe("command options", () => {
  it.each([
    [
      ["periksa", "a.xlsx", "--formt", "json"],
      /Opsi --formt tidak dikenal untuk lkjip periksa; mungkin maksudnya --format\. Opsi yang ada: --format, --aturan, --jelaskan\./,
    ],
    [
      ["periksa", "a.xlsx", "--format", "xml"],
      /Format "xml" tidak dikenal; gunakan teks atau json\./,
    ],
    [
      ["periksa", "a.xlsx", "--format"],
      /Opsi --format membutuhkan nilai, misalnya --format json\./,
    ],
    [
      ["isi", "a.xlsx", "-o", "b.xlsx", "--timpa=ya"],
      /Opsi --timpa tidak membutuhkan nilai \("ya"\)/,
    ],
    [["contoh", "--keluran", "x.xlsx"], /Opsi --keluran tidak dikenal untuk lkjip contoh/],
    [
      ["aturan", "--semua"],
      /Opsi --semua tidak dikenal untuk lkjip aturan\. Perintah ini tidak punya opsi\./,
    ],
  ])("refuses %j with exit 2 and a sentence", async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("reads an output under -o, --output and --keluaran, and the rules as a list", () => {
    for (const flag of ["-o", "--output", "--keluaran"]) {
      const read = readOptions("isi", parseArgs(["isi", "a.xlsx", flag, "b.xlsx", "--timpa"]));
      expect(read).toEqual({ options: { output: "b.xlsx", timpa: true } });
    }
    const read = readOptions(
      "periksa",
      parseArgs(["periksa", "a.xlsx", "--aturan", "PK_, TARGET_BEDA"])
    );
    expect(read).toEqual({ options: { format: "teks", aturan: ["PK_", "TARGET_BEDA"] } });
  });

  it("answers any option a command does not have by naming it, never by throwing", async () => {
    const known = new Set([
      "help",
      "h",
      "version",
      "v",
      "o",
      "keluaran",
      ...Object.keys(OPTIONS.periksa.shape),
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z][a-z0-9-]{1,11}$/).filter((n) => !known.has(n)),
        async (name) => {
          const { code, err } = await run(["periksa", "a.xlsx", `--${name}`]);
          expect(code).toBe(2);
          expect(err).toContain(`--${name} tidak dikenal`);
        }
      ),
      { numRuns: 50 }
    );
  });
});
