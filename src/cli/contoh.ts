/**
 * `lkjip contoh -o BERKAS.xlsx`: writes the sample workbook built from the
 * Kota Bangun 2023 report.
 */
import { writeWorkbookFile } from "../adapters/xlsx/files";
import { buildSampleWorkbook } from "../sample";
import { ParsedArgs } from "./args";
import { readOptions } from "./options";
import { CliIo } from "./io";

/** Runs the command; resolves to the exit status. */
export async function contoh(args: ParsedArgs, io: CliIo): Promise<number> {
  const read = readOptions("contoh", args);
  if ("error" in read) {
    io.err(read.error);
    return 2;
  }
  const out = read.options.output ?? args.files[0];
  if (!out) {
    io.err("Sebutkan berkas keluaran: lkjip contoh -o contoh.xlsx");
    return 2;
  }
  try {
    await writeWorkbookFile(buildSampleWorkbook(), out);
  } catch (error) {
    io.err(`Berkas ${out} tidak dapat ditulis: ${(error as Error).message}`);
    return 2;
  }
  io.out(`Contoh LKjIP Kecamatan Kota Bangun 2023 ditulis ke ${out}.`);
  return 0;
}
