/**
 * The generated tables of a filled workbook as LibreOffice prints them: the
 * workbook written with the tables first and every other sheet hidden (the first
 * sheet is always shown, hidden or not), converted to PDF once, and its
 * pages assigned to the tables whose captions they show (a table's later pages
 * carry its repeated header, not its caption). Used by the print test and by
 * `npm run screenshots -- tabel`.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { FillResult } from "../../src/engine/fill/generate";
import { convert } from "./libreoffice";

/** One generated table's printed pages (1-based page numbers of the PDF). */
export interface PrintedTable {
  readonly id: string;
  readonly sheet: string;
  readonly pages: number[];
}

/** The files written and which pages show which table. */
export interface PrintedTables {
  readonly xlsx: string;
  readonly pdf: string;
  /** Each page's text, as pdftotext lays it out. */
  readonly texts: readonly string[];
  readonly tables: readonly PrintedTable[];
}

/** Writes the filled workbook with only the generated tables visible and prints it to PDF. */
export async function printTables(
  filled: FillResult,
  dir = mkdtempSync(join(tmpdir(), "lkjip-tabel-"))
): Promise<PrintedTables> {
  const generated = new Set(filled.generated.map((g) => g.sheet));
  const sheets = [
    ...filled.workbook.sheets.filter((s) => generated.has(s.name)),
    ...filled.workbook.sheets
      .filter((s) => !generated.has(s.name))
      .map((s) => ({ ...s, hidden: true })),
  ];
  const xlsx = join(dir, "tabel.xlsx");
  writeFileSync(xlsx, await writeWorkbook({ sheets }));
  const pdf = convert(xlsx, "pdf");
  const texts = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, -1);
  const tables = filled.generated.map((g) => ({ ...g, pages: [] as number[] }));
  let current: PrintedTable | undefined;
  texts.forEach((text, i) => {
    const captioned = tables.find((t) =>
      new RegExp(`Tabel\\s+${t.id.replace(".", "\\.")}\\s`).test(text)
    );
    current = captioned ?? current;
    current?.pages.push(i + 1);
  });
  return { xlsx, pdf, texts, tables };
}

/** Each page's size in points, as pdfinfo reports it. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}
