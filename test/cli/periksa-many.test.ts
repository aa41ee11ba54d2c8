/**
 * `lkjip periksa` on several files at once: checked in worker threads, with the
 * same findings, JSON and exit status as one file at a time; each file's text
 * printed whole, never interleaved; the JSON in argument order; and, when no
 * worker can start or a worker dies, the files checked on the main thread with
 * nothing more on stderr than the unreadable files' messages.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbookFile } from "../../src/adapters/xlsx/files";
import { checkInWorkers, workerScript } from "../../src/cli/check-pool";
import type { FileOutcome } from "../../src/cli/check-file";
import { main } from "../../src/cli/main";
import { buildSampleWorkbook } from "../../src/sample";
import { capture } from "../support/capture";
import { edited } from "../support/workbooks";

const dir = mkdtempSync(join(tmpdir(), "lkjip-many-"));
const sample = join(dir, "contoh.xlsx");
const changed = join(dir, "diubah.xlsx");
const broken = join(dir, "rusak.xlsx");
const missing = join(dir, "tidak-ada.xlsx");
const files = [sample, broken, changed, missing];

beforeAll(async () => {
  expect(await main(["contoh", "-o", sample], capture())).toBe(0);
  await writeWorkbookFile(edited(buildSampleWorkbook(), [["Tabel 3.4", "E5", 7]]), changed);
  writeFileSync(broken, "bukan workbook");
}, 60000);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(argv: readonly string[]): Promise<Run> {
  const io = capture();
  const code = await main(["periksa", ...argv], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** Each file checked alone, in a run of its own. */
async function oneByOne(list: readonly string[], options: readonly string[]): Promise<Run[]> {
  const runs: Run[] = [];
  for (const file of list) runs.push(await run([file, ...options]));
  return runs;
}

/** What lkjip periksa would exit with for these single runs together. */
function combined(codes: readonly number[]): number {
  return codes.includes(2) ? 2 : codes.includes(1) ? 1 : 0;
}

describe("lkjip periksa on several files", () => {
  it("uses the worker threads here (the worker script is found and starts)", async () => {
    const done: number[] = [];
    const left = await checkInWorkers(
      [sample, broken],
      { explain: false },
      (i) => done.push(i),
      workerScript(),
      2
    );
    expect(left).toEqual([]);
    expect([...done].sort()).toEqual([0, 1]);
  }, 60000);

  it("gives the same JSON, in argument order, and the same exit status as one by one", async () => {
    const together = await run([...files, "--format", "json"]);
    const alone = await oneByOne(files, ["--format", "json"]);
    const doc = JSON.parse(together.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(files);
    expect(doc.files).toEqual(alone.map((r) => JSON.parse(r.stdout).files[0]));
    expect(together.code).toBe(2);
    expect(together.code).toBe(combined(alone.map((r) => r.code)));
    const lines = (text: string) => text.split("\n").filter(Boolean);
    expect(lines(together.stderr).sort()).toEqual(alone.flatMap((r) => lines(r.stderr)).sort());
  }, 120000);

  it("keeps argument order in JSON whatever order the files finish in", async () => {
    const order = [changed, missing, sample, broken, sample];
    const doc = JSON.parse((await run([...order, "--format", "json", "--jelaskan"])).stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(order);
    expect(doc.files[2]).toEqual(doc.files[4]);
    expect(doc.files[2].penjelasan.length).toBeGreaterThan(0);
  }, 120000);

  it("prints each file's text and explanation whole, as one by one, never interleaved", async () => {
    const readable = [sample, changed, sample, changed];
    const together = await run([...readable, "--jelaskan"]);
    const alone = await oneByOne(readable, ["--jelaskan"]);
    expect(together.code).toBe(1);
    for (const single of alone) expect(together.stdout).toContain(single.stdout);
    expect(together.stdout.length).toBe(alone.reduce((n, r) => n + r.stdout.length, 0));
    const starts = [...together.stdout.matchAll(/^Berkas: (.*)$/gm)].map((m) => m[1]);
    expect([...starts].sort()).toEqual([...readable].sort());
  }, 120000);

  it("exits 0 when no file has an error, 1 when one has", async () => {
    expect((await run([sample, changed, "--aturan", "ANGKA_TIDAK_VALID"])).code).toBe(0);
    expect((await run([sample, changed, "--aturan", "TARGET_BEDA"])).code).toBe(1);
  }, 120000);
});

describe("when no worker can help", () => {
  const outcomes = async (script: { file: string }) => {
    const done: FileOutcome[] = [];
    const left = await checkInWorkers(files, { explain: false }, (_, o) => done.push(o), script, 2);
    return { done, left };
  };

  it("leaves every file to the main thread when the worker script is not there", async () => {
    const { done, left } = await outcomes({ file: join(dir, "tidak-ada-worker.js") });
    expect(done).toEqual([]);
    expect(left).toEqual([0, 1, 2, 3]);
  });

  it("leaves the file a worker held when it died, and the rest once none is left", async () => {
    const dies = join(dir, "mati.js");
    writeFileSync(
      dies,
      'require("worker_threads").parentPort.on("message", () => process.exit(3));'
    );
    const { done, left } = await outcomes({ file: dies });
    expect(done).toEqual([]);
    expect(left).toEqual([0, 1, 2, 3]);
  });

  it("checks on the main thread with the same output and no stack trace", async () => {
    const expected = await run([...files, "--format", "json"]);
    const written = jest.spyOn(process.stderr, "write");
    try {
      await jest.isolateModulesAsync(async () => {
        jest.doMock("../../src/cli/check-pool", () => {
          const actual = jest.requireActual("../../src/cli/check-pool");
          return {
            ...actual,
            checkInWorkers: (...args: Parameters<typeof checkInWorkers>) =>
              actual.checkInWorkers(args[0], args[1], args[2], { file: join(dir, "x.js") }, 2),
          };
        });
        const isolated = (await import("../../src/cli/main")).main;
        const io = capture();
        expect(await isolated(["periksa", ...files, "--format", "json"], io)).toBe(2);
        expect(io.stdout).toBe(expected.stdout);
        expect(io.stderr).toBe(expected.stderr);
        expect(io.stderr).not.toMatch(/\bat \S+ \(|Error:/);
      });
    } finally {
      jest.dontMock("../../src/cli/check-pool");
    }
    expect(written).not.toHaveBeenCalled();
    written.mockRestore();
  }, 120000);

  it("checks a single file without starting a worker", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../src/cli/check-pool", () => ({
        checkInWorkers: () => {
          throw new Error("a worker for one file");
        },
      }));
      const isolated = (await import("../../src/cli/main")).main;
      expect(await isolated(["periksa", sample], capture())).toBe(1);
    });
    jest.dontMock("../../src/cli/check-pool");
  }, 60000);
});
