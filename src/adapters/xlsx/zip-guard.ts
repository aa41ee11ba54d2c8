/**
 * Looking inside an .xlsx before anything reads it: the ZIP central directory is
 * read by hand, and every entry is inflated once with a hard cap on its output, so
 * a zip bomb or a truncated file is refused with a reason instead of exhausting
 * memory. The inflated XML parts are handed to the reader, so nothing is inflated
 * twice; the reader refuses an oversized sheet as it reads it.
 */
import { inflateRawSync } from "zlib";
import { isXmlPart } from "./ooxml/read-parts";
import { entryData, zipEntries, ZipRefused } from "./ooxml/zip-directory";

export { ZipRefused } from "./ooxml/zip-directory";

/** Limits on what the checker agrees to unpack. */
export interface ZipLimits {
  /** Total bytes once inflated. */
  readonly totalBytes: number;
  /** Bytes of one inflated entry. */
  readonly entryBytes: number;
  /** Rows of one worksheet (counted by the reader as it reads the sheet). */
  readonly sheetRows: number;
}

/**
 * 256 MiB in all, 128 MiB per entry, 300,000 rows per sheet: far above a real
 * report (and the 200,000-row workbooks the checker is measured on), far below a bomb.
 */
export const DEFAULT_LIMITS: ZipLimits = {
  totalBytes: 256 * 1024 * 1024,
  entryBytes: 128 * 1024 * 1024,
  sheetRows: 300_000,
};

/**
 * Inflates every entry once under the limits and returns the XML parts (`.xml`,
 * `.rels`) by path; throws ZipRefused with the reason.
 */
export function guardZip(data: Buffer, limits: ZipLimits = DEFAULT_LIMITS): Map<string, Buffer> {
  const entries = zipEntries(data);
  const parts = new Map<string, Buffer>();
  if (!entries.some((e) => e.name === "[Content_Types].xml"))
    throw new ZipRefused("bukan berkas .xlsx (ZIP tanpa [Content_Types].xml)");
  let total = 0;
  for (const entry of entries) {
    const declared = Math.max(entry.uncompressedSize, 0);
    if (declared > limits.entryBytes)
      throw new ZipRefused(
        `bagian ${entry.name} terlalu besar (${Math.round(declared / 1048576)} MB setelah dibuka)`
      );
    let inflated: Buffer;
    if (entry.method === 8) {
      try {
        inflated = inflateRawSync(entryData(data, entry), { maxOutputLength: limits.entryBytes });
      } catch (error) {
        if (error instanceof ZipRefused) throw error;
        const bomb =
          (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ||
          error instanceof RangeError;
        throw new ZipRefused(
          bomb
            ? `bagian ${entry.name} mengembang melebihi ${limits.entryBytes / 1048576} MB (bom ZIP)`
            : `isi .xlsx rusak (bagian ${entry.name})`
        );
      }
    } else if (entry.method === 0) {
      const stored = entryData(data, entry);
      inflated = Buffer.from(stored.buffer, stored.byteOffset, stored.length);
    } else throw new ZipRefused(`metode kompresi ${entry.method} tidak didukung`);
    total += inflated.length;
    if (total > limits.totalBytes)
      throw new ZipRefused(`isi .xlsx melebihi ${limits.totalBytes / 1048576} MB setelah dibuka`);
    if (isXmlPart(entry.name)) parts.set(entry.name, inflated);
  }
  return parts;
}
