/**
 * The engine is pure TypeScript: every import stays inside src/engine (or is one
 * of the pure packages below), and no Office.js, React, DOM or Node global is
 * touched. This is the wall the rest of
 * the product stands on; ESLint enforces the same in the editor.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ENGINE = resolve(__dirname, "..", "src", "engine");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function imports(source: string): string[] {
  const found = [
    ...source.matchAll(
      /(?:import|export)[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g
    ),
  ];
  return found.map((m) => m[1] ?? m[2] ?? m[3]);
}

const files = sourceFiles(ENGINE);

/** Packages the engine may use: pure TypeScript, no I/O, no host (zod: the schemas of outside inputs). */
const PURE_PACKAGES = new Set(["zod"]);

/**
 * The engine's layers, bottom first: shared vocabulary (a cell, a finding, the
 * tolerance, number text) and the functions, then reading a report, the rules
 * over it, running them, and filling tables (which runs the PK rules first).
 */
const LAYERS = ["workbook", "", "functions", "read", "rules", "check", "fill"];

function layerOf(file: string): number | undefined {
  const rel = relative(ENGINE, file.replace(/\.tsx?$/, ""));
  if (rel === "index") return undefined;
  const top = rel.includes("/") ? rel.split("/")[0] : "";
  const layer = LAYERS.indexOf(top);
  return layer < 0 ? undefined : layer;
}

describe("the engine", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(ENGINE, f), f]))(
    "%s imports only engine modules",
    (_name, file) => {
      for (const spec of imports(readFileSync(file, "utf8"))) {
        if (PURE_PACKAGES.has(spec)) continue;
        expect(spec.startsWith(".")).toBe(true);
        expect(resolve(dirname(file), spec).startsWith(ENGINE)).toBe(true);
      }
    }
  );

  it.each(files.map((f) => [relative(ENGINE, f), f]))(
    "%s touches no host global",
    (_name, file) => {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code).not.toMatch(
        /\b(Office|Excel|CustomFunctions|document|window|process|fetch|XMLHttpRequest)\s*[.(]/
      );
    }
  );

  it.each(files.map((f) => [relative(ENGINE, f), f]))(
    "%s imports only its own layer and the layers below",
    (_name, file) => {
      const own = layerOf(file);
      if (own === undefined) return;
      for (const spec of imports(readFileSync(file, "utf8"))) {
        const target = layerOf(resolve(dirname(file), spec));
        expect({ spec, layer: target }).toEqual({ spec, layer: Math.min(target ?? 0, own) });
      }
    }
  );

  it("the check itself catches a forbidden import", () => {
    expect(imports('import { readFile } from "fs";\nimport x from "../adapters/xlsx";')).toEqual([
      "fs",
      "../adapters/xlsx",
    ]);
  });
});

describe("text from cells is shown as text", () => {
  it("no source file writes HTML from strings", () => {
    const all = sourceFiles(resolve(__dirname, "..", "src"));
    for (const file of all) {
      expect(readFileSync(file, "utf8")).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/
      );
    }
  });
});
