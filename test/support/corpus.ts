/**
 * The corpus of real reports (test/corpus/*.txt): each file is a workbook
 * transcribed from an agency's published report, cell by cell as printed, with a
 * source note and the findings a careful reviewer expects. This module reads
 * that text format into a workbook snapshot and the expected findings
 * (the format is described in test/corpus/README.md).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  CellSnapshot,
  MergeRange,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/engine/workbook/snapshot";
import { parseA1 } from "../../src/engine/workbook/address";

/** One finding the note expects: a rule at a sheet-qualified cell, with the hand arithmetic. */
export interface ExpectedFinding {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly why: string;
}

/** A corpus workbook with its note. */
export interface CorpusEntry {
  readonly file: string;
  readonly meta: ReadonlyMap<string, string>;
  readonly errors: readonly ExpectedFinding[];
  readonly warnings: readonly ExpectedFinding[];
  /** Real mistakes the workbook alone cannot show (recorded, neither demanded nor forbidden). */
  readonly beyond: readonly ExpectedFinding[];
  readonly workbook: WorkbookSnapshot;
}

/** The folder of the corpus. */
export const CORPUS_DIR = join(__dirname, "..", "corpus");

const INDONESIAN = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?%?$/;
const FINDING = /^(\S+)\s+(?:'([^']+)'|([^!\s]+))!([A-Z]+\d+)\s*(?:[—:-]\s*(.*))?$/;

/** A number printed in Indonesian notation (`1.540.000`, `83,514`, `98,75%`) as a cell. */
function numberCell(text: string): CellSnapshot {
  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1) : text;
  const [whole, fraction = ""] = body.split(",");
  const grouped = whole.includes(".");
  const value = Number(`${whole.replace(/\./g, "")}${fraction ? `.${fraction}` : ""}`);
  const decimals = fraction.length ? `.${"0".repeat(fraction.length)}` : "";
  if (percent) return { value: value / 100, numFmt: `0${decimals}%` };
  if (grouped) return { value, numFmt: `#,##0${decimals}` };
  return fraction ? { value, numFmt: `0${decimals}` } : { value };
}

const STYLE = /\s*\{([^{}]*)\}$/;

/** One cell as transcribed: `'text`, a number as printed, or text; `{b}` bold, `{i2}` indent. */
function parseCell(raw: string, where: string): CellSnapshot | undefined {
  let text = raw.trim();
  let bold = false;
  let indent = 0;
  const style = STYLE.exec(text);
  if (style && /^(b|i\d)(\s+(b|i\d))*$/.test(style[1].trim())) {
    for (const flag of style[1].trim().split(/\s+/)) {
      if (flag === "b") bold = true;
      else indent = Number(flag.slice(1));
    }
    text = text.slice(0, style.index).trim();
  }
  if (text === "") return bold || indent ? { value: null, bold, indent } : undefined;
  let cell: CellSnapshot;
  if (text.startsWith("'")) cell = { value: text.slice(1) };
  else if (INDONESIAN.test(text)) cell = numberCell(text);
  else if (/^-?[\d.,]+%?$/.test(text) && /\d/.test(text))
    throw new Error(
      `${where}: "${text}" bukan angka bercetak Indonesia; tulis '${text} bila memang teks`
    );
  else cell = { value: text };
  return { ...cell, ...(bold ? { bold } : {}), ...(indent ? { indent } : {}) };
}

/** Merges marked by `<` (same merge as the cell to the left) and `^` (as the cell above). */
function markedMerges(marks: string[][]): MergeRange[] {
  const merges: MergeRange[] = [];
  const taken = new Set<string>();
  const isMark = (r: number, c: number) => marks[r]?.[c] === "<" || marks[r]?.[c] === "^";
  for (let r = 0; r < marks.length; r++) {
    for (let c = 0; c < (marks[r]?.length ?? 0); c++) {
      if (isMark(r, c) || taken.has(`${r},${c}`)) continue;
      let right = c;
      while (marks[r][right + 1] === "<") right++;
      let bottom = r;
      while (marks[bottom + 1]?.[c] === "^") bottom++;
      if (right === c && bottom === r) continue;
      for (let y = r; y <= bottom; y++) for (let x = c; x <= right; x++) taken.add(`${y},${x}`);
      merges.push({ top: r, left: c, bottom, right });
    }
  }
  return merges;
}

function splitRow(line: string): string[] {
  return line.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, "|"));
}

function parseSheet(name: string, lines: string[], file: string): SheetSnapshot {
  const rows: (CellSnapshot | undefined)[][] = [];
  const marks: string[][] = [];
  const merges: MergeRange[] = [];
  for (const line of lines) {
    const explicit = /^@merge\s+([A-Z]+\d+):([A-Z]+\d+)\s*$/.exec(line);
    if (explicit) {
      const a = parseA1(explicit[1]);
      const b = parseA1(explicit[2]);
      if (!a || !b) throw new Error(`${file}: merge ${line} tidak terbaca`);
      merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
      continue;
    }
    const r = rows.length;
    const cells = line.trim() === "" ? [] : splitRow(line);
    marks.push(cells.map((c) => c.trim()));
    rows.push(
      cells.map((c, col) =>
        c.trim() === "<" || c.trim() === "^"
          ? undefined
          : parseCell(c, `${file} ${name}!${String.fromCharCode(65 + col)}${r + 1}`)
      )
    );
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return { name, rows, merges: [...merges, ...markedMerges(marks)] };
}

function parseFinding(text: string, file: string): ExpectedFinding {
  const m = FINDING.exec(text.trim());
  if (!m)
    throw new Error(`${file}: temuan "${text}" tidak terbaca (ATURAN 'Lembar'!A1 — hitungan)`);
  return { rule: m[1], sheet: m[2] ?? m[3], cell: m[4], why: m[5] ?? "" };
}

/** Reads one corpus file. */
export function readCorpusText(text: string, file: string): CorpusEntry {
  const meta = new Map<string, string>();
  const errors: ExpectedFinding[] = [];
  const warnings: ExpectedFinding[] = [];
  const beyond: ExpectedFinding[] = [];
  const sheets: SheetSnapshot[] = [];
  let current: { name: string; lines: string[] } | undefined;
  const close = () => current && sheets.push(parseSheet(current.name, current.lines, file));
  for (const line of text.split(/\r?\n/)) {
    const sheetStart = /^===\s*(.+?)\s*$/.exec(line);
    if (sheetStart) {
      close();
      current = { name: sheetStart[1], lines: [] };
    } else if (current) current.lines.push(line);
    else {
      const m = /^#\s*([a-z-]+)\s*:\s*(.*)$/i.exec(line);
      if (!m) continue;
      const key = m[1].toLowerCase();
      if (key === "galat") errors.push(parseFinding(m[2], file));
      else if (key === "peringatan") warnings.push(parseFinding(m[2], file));
      else if (key === "di-luar-jangkauan") beyond.push(parseFinding(m[2], file));
      else meta.set(key, meta.has(key) ? `${meta.get(key)}\n${m[2]}` : m[2]);
    }
  }
  close();
  if (sheets.length === 0) throw new Error(`${file}: tidak ada lembar (=== Nama lembar)`);
  return { file, meta, errors, warnings, beyond, workbook: { sheets } };
}

/** Every corpus file, read. */
export function readCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readCorpusText(readFileSync(join(dir, f), "utf8"), f));
}
