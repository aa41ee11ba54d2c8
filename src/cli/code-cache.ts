/**
 * A command's bundle loaded with V8's code cache: the bytecode of the functions
 * the command ran when the cache was made (`npm run build:lib` checks the sample
 * with it), so that a run does not parse and compile them again. That is about
 * 30 ms of every `lkjip periksa`, a sixth of a small report's run.
 *
 * V8 checks only that a cache was made for a text of the same length, by the same
 * V8 with the same flags; a cache is therefore headed by a digest of the exact
 * text it was made from, and used for no other. Without a cache, or with one V8
 * refuses (another Node version), the bundle compiles as any module would.
 */
import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import Module, { createRequire } from "module";
import { dirname, join } from "path";
import { Script } from "vm";

/** The cache file beside a bundle. */
export function codeCacheOf(bundle: string): string {
  return `${bundle}.v8-cache`;
}

/** SHA-1: the digest only tells one text from another; nothing is trusted on it. */
const DIGEST_BYTES = 20;

/** The digest that heads a cache made from `source`. */
export function digestOf(source: string): Buffer {
  return createHash("sha1").update(source).digest();
}

/** The cache's bytecode, when the cache was made from the text whose digest is `digest`. */
function cachedDataFor(bundle: string, digest: Buffer): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(codeCacheOf(bundle));
  } catch {
    return undefined; // no cache: the bundle compiles as usual
  }
  if (cache.length <= DIGEST_BYTES) return undefined;
  return cache.subarray(0, DIGEST_BYTES).equals(digest) ? cache.subarray(DIGEST_BYTES) : undefined;
}

/** A bundle compiled and run as a CommonJS module, with the script it ran from. */
export interface LoadedBundle {
  readonly exports: unknown;
  readonly script: Script;
  /** The digest of the text it was compiled from. */
  readonly digest: Buffer;
  /** True when V8 took the cache's bytecode. */
  readonly cached: boolean;
}

type ModuleWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string
) => void;

/**
 * Loads a bundle as `require` would (it is registered in `require.cache`), with
 * its code cache when there is one made from this very text.
 */
export function loadBundle(bundle: string): LoadedBundle {
  const source = readFileSync(bundle, "utf8");
  const digest = digestOf(source);
  const cachedData = cachedDataFor(bundle, digest);
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = new Module(bundle);
  module.filename = bundle;
  require.cache[bundle] = module;
  try {
    const wrapper = script.runInThisContext() as ModuleWrapper;
    wrapper.call(
      module.exports,
      module.exports,
      createRequire(bundle),
      module,
      bundle,
      dirname(bundle)
    );
  } catch (error) {
    delete require.cache[bundle]; // as require does: a module that failed is not kept
    throw error;
  }
  module.loaded = true;
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  return { exports: module.exports, script, digest, cached };
}

/**
 * The command module `name` of the folder `dir`: the one already loaded, else its
 * bundle with its code cache when the build made one; otherwise what `fallback` loads (the module itself, as
 * under tsx or Jest, where there is no bundle).
 */
export async function loadCommand<T>(
  dir: string,
  name: string,
  fallback: () => Promise<T>
): Promise<T> {
  const bundle = join(dir, `${name}.js`);
  const loaded = require.cache[bundle];
  if (loaded?.loaded) return loaded.exports as T;
  if (!existsSync(codeCacheOf(bundle))) return fallback();
  return loadBundle(bundle).exports as T;
}

/** Writes the cache of a loaded bundle, with all it has compiled so far, headed by its text's digest. */
export function writeCodeCache(bundle: string, loaded: LoadedBundle): void {
  writeFileSync(
    codeCacheOf(bundle),
    Buffer.concat([loaded.digest, loaded.script.createCachedData()])
  );
}
