/**
 * Files on disk: reading a workbook with an Indonesian reason when it cannot be
 * read, and writing one atomically (temporary file, then rename).
 */
import { promises as fs, readFileSync } from "fs";
import { basename, dirname, join } from "path";
import { WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { XlsxContentError } from "./ooxml/xml";
import { readWorkbook } from "./read-workbook";
import { ZipRefused } from "./zip-guard";

/** A file that could not be read, with the reason in Indonesian. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`Berkas ${file} tidak dapat dibaca: ${reason}`);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const ENCRYPTED = Buffer.from("EncryptedPackage", "utf16le");

function reasonFor(data: Buffer, error: unknown): string {
  if (data.length === 0) return "berkas kosong";
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    return data.includes(ENCRYPTED)
      ? "workbook dilindungi password; buka di Excel dan simpan ulang tanpa password"
      : "format .xls lama; buka di Excel dan simpan ulang sebagai .xlsx";
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) return "bukan berkas .xlsx";
  if (error instanceof ZipRefused || error instanceof XlsxContentError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `isi .xlsx rusak atau tidak lengkap (${detail.slice(0, 120)})`;
}

/**
 * Reads a workbook file, or throws UnreadableFileError naming the file and the
 * reason. The bytes are read synchronously: a report is a few megabytes at most,
 * read whole in one call, where `fs.promises.readFile` takes several round trips
 * through the thread pool (about 2 ms a file when checking many small reports).
 */
export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      file,
      code === "ENOENT"
        ? "berkas tidak ditemukan"
        : code === "EISDIR"
          ? "ini sebuah folder"
          : "berkas tidak dapat dibuka"
    );
  }
  try {
    if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new Error("not a zip");
    return readWorkbook(data);
  } catch (error) {
    throw new UnreadableFileError(file, reasonFor(data, error));
  }
}

/**
 * Writes a workbook to `file` atomically: nothing half-written is ever left at `file`.
 * The writer (exceljs) is loaded only here, so that reading and checking never load it.
 */
export async function writeWorkbookFile(workbook: WorkbookSnapshot, file: string): Promise<void> {
  const { writeWorkbook } = await import("./write-workbook");
  const bytes = await writeWorkbook(workbook);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
