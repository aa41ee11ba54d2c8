/**
 * `npx tsx scripts/corpus.ts test/corpus/NAMA.txt… [-o NAMA.xlsx]`: reads corpus
 * files, prints what the checker finds beside what each note expects (missed and
 * unexpected errors marked), and with -o writes the workbook as .xlsx so that
 * `lkjip periksa` can be run on it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { checkWorkbook } from "../src/engine/check/run";
import { formatText } from "../src/cli/format-text";
import { readCorpusText } from "../test/support/corpus";

async function run(files: string[], output?: string): Promise<number> {
  let missing = 0;
  for (const file of files) {
    const entry = readCorpusText(readFileSync(file, "utf8"), basename(file));
    const bytes = await writeWorkbook(entry.workbook);
    if (output) writeFileSync(output, bytes);
    const result = checkWorkbook(await readWorkbook(bytes));
    process.stdout.write(formatText(file, result));
    const found = new Set(result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`));
    const expected = new Set(entry.errors.map((f) => `${f.rule} ${f.sheet}!${f.cell}`));
    const beyond = new Set(entry.beyond.map((f) => `${f.rule} ${f.sheet}!${f.cell}`));
    for (const e of expected)
      if (!found.has(e)) {
        missing++;
        process.stdout.write(`  TIDAK DITEMUKAN: ${e}\n`);
      }
    for (const f of result.findings.filter((x) => x.severity === "error")) {
      const k = `${f.rule} ${f.sheet}!${f.cell}`;
      if (!expected.has(k) && !beyond.has(k)) {
        missing++;
        process.stdout.write(`  TIDAK DIHARAPKAN: ${k}\n`);
      }
    }
    process.stdout.write("\n");
  }
  return missing ? 1 : 0;
}

const args = process.argv.slice(2);
const o = args.indexOf("-o");
const output = o >= 0 ? args.splice(o, 2)[1] : undefined;
run(args, output).then((code) => (process.exitCode = code));
