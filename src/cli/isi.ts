/**
 * `lkjip isi BERKAS.xlsx -o KELUARAN.xlsx [--timpa]`: fills Tabel 3.2–3.16 from the
 * template's source sheets into a new file, written atomically; the input file is
 * never touched. Exit status: 0 all done, 1 some tables not filled (PK errors, edited
 * sheets kept, missing sources), 2 a file could not be read or written. On a
 * terminal, stderr shows the progress: reading, the report model sheet by
 * sheet, the tables filled of all, writing.
 */
import { resolve } from "path";
import { fillSteps, FillResult } from "../engine/fill/generate";
import { filledCount, unfilledTables } from "../engine/fill/outcome";
import { readWorkbookFile, UnreadableFileError, writeWorkbookFile } from "../adapters/xlsx/files";
import { ParsedArgs } from "./args";
import { readOptions } from "./options";
import { CliIo } from "./io";
import { progressLine } from "./progress";

/** The last line: how many tables were filled, and which were not. */
function tally(result: FillResult): string {
  const missing = unfilledTables(result);
  const { filled, of } = filledCount(result);
  if (!missing.length) return `${filled} tabel diisi.`;
  const names = missing.map((id) => `Tabel ${id}`).join(", ");
  return `${filled} dari ${of} tabel diisi; tidak diisi: ${names}.`;
}

function report(result: FillResult, out: string): string {
  const lines = [`Tabel diisi ke ${out}:`];
  const kept = new Set(result.kept.map((k) => k.id));
  for (const g of result.generated)
    if (!kept.has(g.id)) lines.push(`  Tabel ${g.id} → lembar "${g.sheet}"`);
  for (const k of result.kept) {
    const cells =
      k.cells.slice(0, 10).join(", ") + (k.cells.length > 10 ? `, … (${k.cells.length} sel)` : "");
    lines.push(
      `  Tabel ${k.id} TIDAK ditimpa: lembar "${k.sheet}" sudah diubah di sel ${cells}. Jalankan dengan --timpa untuk menimpanya.`
    );
  }
  for (const s of result.skipped) lines.push(`  Tabel ${s.id} tidak diisi: ${s.reason}`);
  if (result.pkErrors.length) {
    lines.push("", "Galat di PK yang menghentikan tabel berbasis PK:");
    result.pkErrors.forEach((f) => lines.push(`  ${f.sheet}!${f.cell} ${f.rule}: ${f.message}`));
  }
  lines.push("", tally(result));
  return lines.join("\n");
}

/** Runs the command; resolves to the exit status. */
export async function isi(args: ParsedArgs, io: CliIo): Promise<number> {
  const read = readOptions("isi", args);
  if ("error" in read) {
    io.err(read.error);
    return 2;
  }
  const input = args.files[0];
  const out = read.options.output;
  if (!input || !out) {
    io.err("Pemakaian: lkjip isi BERKAS.xlsx -o KELUARAN.xlsx [--timpa]");
    return 2;
  }
  if (resolve(input) === resolve(out)) {
    io.err(`Berkas masukan ${input} tidak akan ditimpa: sebutkan berkas keluaran lain dengan -o.`);
    return 2;
  }
  const progress = progressLine(io, input);
  let result: FillResult;
  try {
    progress.stage("membaca berkas");
    const workbook = await readWorkbookFile(input);
    result = progress.steps(fillSteps(workbook, { overwrite: read.options.timpa === true }), (p) =>
      p.stage === "menyusun"
        ? `menyusun model laporan: lembar ${p.done} dari ${p.total}`
        : `mengisi tabel ${p.done} dari ${p.total}`
    );
  } catch (error) {
    progress.end();
    io.err(
      error instanceof UnreadableFileError
        ? error.message
        : `Berkas ${input} tidak dapat diisi: ${String(error)}`
    );
    return 2;
  }
  try {
    progress.stage(`menulis ${out}`);
    await writeWorkbookFile(result.workbook, out);
    progress.end();
  } catch (error) {
    progress.end();
    io.err(`Berkas ${out} tidak dapat ditulis: ${(error as Error).message}`);
    return 2;
  }
  io.out(report(result, out));
  return unfilledTables(result).length || result.pkErrors.length ? 1 : 0;
}
