/**
 * Commands loaded with V8's code cache: a cache is used only for the text it was
 * made from (V8 itself would take one made from any text of the same length and
 * run that text's code), a cache V8 refuses costs nothing but time, and the built
 * CLI's caches are taken by the Node that built them, in a process of its own (in
 * this one, V8 would answer from its own cache of what it compiled already; that
 * each bundle is registered in require.cache is checked by cli.test).
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import Module from "module";
import { tmpdir } from "os";
import { dirname, join, resolve } from "path";
import { Script } from "vm";
import { codeCacheOf, digestOf, loadBundle, loadCommand } from "../../src/cli/code-cache";

const dir = mkdtempSync(join(tmpdir(), "lkjip-code-cache-"));
let count = 0;

/** A new bundle file holding `source`. */
function bundleOf(source: string): string {
  const file = join(dir, `bundle-${++count}.js`);
  writeFileSync(file, source);
  return file;
}

/** The bytecode of `source` after it ran, as a cache file would hold it. */
function bytecodeOf(source: string): Buffer {
  const script = new Script(Module.wrap(source), { filename: join(dir, "other.js") });
  const module = { exports: {} };
  (script.runInThisContext() as (e: unknown, r: unknown, m: unknown) => void)(
    module.exports,
    require,
    module
  );
  return script.createCachedData();
}

describe("loading a bundle with its code cache", () => {
  it("never runs the code of a cache made from another text of the same length", () => {
    const mine = "module.exports = { v: 1 };";
    const other = "module.exports = { v: 2 };";
    const bundle = bundleOf(mine);
    writeFileSync(codeCacheOf(bundle), Buffer.concat([digestOf(other), bytecodeOf(other)]));
    const loaded = loadBundle(bundle);
    expect(loaded.cached).toBe(false);
    expect(loaded.exports).toEqual({ v: 1 });
  });

  it("loads the bundle as usual when V8 refuses the cache", () => {
    const source = "module.exports = { v: 3 };";
    const bundle = bundleOf(source);
    writeFileSync(
      codeCacheOf(bundle),
      Buffer.concat([digestOf(source), Buffer.from("no bytecode")])
    );
    const loaded = loadBundle(bundle);
    expect(loaded.cached).toBe(false);
    expect(loaded.exports).toEqual({ v: 3 });
  });

  it("loads the module itself where the build made no cache", async () => {
    const bundle = bundleOf("module.exports = { v: 5 };");
    expect(existsSync(codeCacheOf(bundle))).toBe(false);
    const loaded = await loadCommand(dir, bundle.slice(dir.length + 1, -3), async () => "itself");
    expect(loaded).toBe("itself");
  });
});

describe("the built command line", () => {
  it("has a cache for each command that the Node which built it takes", () => {
    const bin = JSON.parse(readFileSync("package.json", "utf8")).bin.lkjip as string;
    const cli = dirname(resolve(bin));
    if (!existsSync(codeCacheOf(join(cli, "periksa.js"))))
      execFileSync("npm", ["run", "build:lib"], { stdio: "pipe" });
    for (const name of ["periksa", "isi", "contoh", "aturan"]) {
      const probe = `process.stdout.write(String(require(${JSON.stringify(
        join(cli, "code-cache.js")
      )}).loadBundle(${JSON.stringify(join(cli, `${name}.js`))}).cached))`;
      const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
      expect(`${name}: ${run.stdout}`).toBe(`${name}: true`);
    }
  });
});

describe("a bundle that fails while it loads", () => {
  it("throws its error and, as require does, is not kept as a module", () => {
    const bundle = bundleOf('throw new Error("rusak");');
    expect(() => loadBundle(bundle)).toThrow("rusak");
    // Jest keeps require.cache apart per module: the built loader is asked in a process of its own.
    const loader = join(
      dirname(resolve(JSON.parse(readFileSync("package.json", "utf8")).bin.lkjip)),
      "code-cache.js"
    );
    const probe = [
      `try { require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundle)}); } catch {}`,
      `process.stdout.write(String(${JSON.stringify(bundle)} in require.cache));`,
    ].join("\n");
    expect(spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" }).stdout).toBe("false");
  });
});
