/**
 * `lkjip contoh -o BERKAS.xlsx`: writes the sample workbook built from the
 * Kota Bangun 2023 report.
 */
import { writeWorkbookFile } from "../adapters/xlsx/files";
import { buildSampleWorkbook } from "../sample";
import { optionText, ParsedArgs } from "./args";
import { CliIo } from "./io";

/** Runs the command; resolves to the exit status. */
export async function contoh(args: ParsedArgs, io: CliIo): Promise<number> {
  const out = optionText(args, "o", "output", "keluaran") ?? args.files[0];
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
